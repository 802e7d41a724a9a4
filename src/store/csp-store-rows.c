/* csp-store-rows.c: records read from the columns of a joined SELECT
 *
 * A query that joins several tables reads each table's record from its
 * run of columns: "x.id, x.created_at, x.updated_at, x.col, …" in the
 * order of the type's own properties. A LEFT JOIN that matched nothing
 * leaves the run NULL, and there is no record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-store-private.h"

/* The select list of @type's columns under @alias. Program text, never
 * user text. */
char *
_csp_store_select_columns (GType       type,
                           const char *alias)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree GParamSpec **all = NULL;
  GString *sql = g_string_new (NULL);
  guint n_all;

  g_string_printf (sql, "%s.id, %s.created_at, %s.updated_at", alias, alias, alias);
  all = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_all);
  for (guint i = 0; i < n_all; i++)
    {
      g_autofree char *name = NULL;

      if (all[i]->owner_type != type)
        continue;
      name = g_strdelimit (g_strdup (all[i]->name), "-", '_');
      g_string_append_printf (sql, ", %s.%s", alias, name);
    }

  return g_string_free (sql, FALSE);
}

/* The record of @type whose columns start at @first, or NULL when its
 * id is NULL (an outer join without a match); *@next (if not NULL) is
 * set to the column after the run either way. */
gpointer
_csp_store_read_record (GType         type,
                        sqlite3_stmt *stmt,
                        int           first,
                        int          *next)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree GParamSpec **all = NULL;
  gboolean missing = sqlite3_column_type (stmt, first) == SQLITE_NULL;
  CspRecord *record = missing ? NULL : g_object_new (type, NULL);
  int column = first + 3;
  guint n_all;

  if (record != NULL)
    {
      csp_record_set_id (record, sqlite3_column_int64 (stmt, first));
      csp_record_set_timestamps (record,
                                 (const char *) sqlite3_column_text (stmt, first + 1),
                                 (const char *) sqlite3_column_text (stmt, first + 2));
    }
  all = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_all);
  for (guint i = 0; i < n_all; i++)
    if (all[i]->owner_type == type)
      {
        if (record != NULL)
          _csp_store_read_column (record, all[i], stmt, column);
        column++;
      }

  if (next != NULL)
    *next = column;
  return record;
}
