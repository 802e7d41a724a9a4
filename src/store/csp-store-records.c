/* csp-store-records.c: create, read, update and delete any entity
 *
 * Each entity's table has the entity's properties as columns (with '-'
 * spelled '_'), so one mapping serves them all: the SQL for a table is
 * built once from the property list, which is program text, never user
 * text, and then kept as a prepared statement.
 *
 * Values map as: strings ↔ TEXT ("" is NULL), enums ↔ their nick,
 * booleans ↔ 0/1, integers ↔ INTEGER. An integer property whose default
 * is CSP_UNSET (an optional score or amount), or a foreign key "…-id"
 * whose default is 0, is NULL in the table when it holds that default.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-store-private.h"
#include "csp-store-records.h"

typedef struct
{
  GType        type;
  const char  *table;
  GParamSpec **columns;   /* the entity's own properties, in order */
  guint        n_columns;
  char        *select_sql;  /* SELECT id, created_at, updated_at, columns… FROM table */
  char        *insert_sql;
  char        *update_sql;
  char        *delete_sql;
} TableInfo;

static const struct {
  GType (*get_type) (void);
  const char *table;
} table_names[] = {
  { csp_account_get_type, "account" },
  { csp_stakeholder_get_type, "stakeholder" },
  { csp_health_snapshot_get_type, "health_snapshot" },
  { csp_success_plan_get_type, "success_plan" },
  { csp_objective_get_type, "objective" },
  { csp_action_item_get_type, "action_item" },
  { csp_meeting_get_type, "meeting" },
  { csp_attendee_get_type, "attendee" },
  { csp_decision_get_type, "decision" },
  { csp_risk_get_type, "risk" },
  { csp_activity_get_type, "activity" },
  { csp_plan_template_get_type, "plan_template" },
};

const char *
csp_store_table_for (GType record_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (table_names); i++)
    if (table_names[i].get_type () == record_type)
      return table_names[i].table;

  return NULL;
}

static char *
column_name (GParamSpec *pspec)
{
  return g_strdelimit (g_strdup (pspec->name), "-", '_');
}

static char *
build_column_list (TableInfo  *info,
                   const char *suffix)
{
  g_autoptr(GString) sql = g_string_new (NULL);

  for (guint i = 0; i < info->n_columns; i++)
    {
      g_autofree char *name = column_name (info->columns[i]);

      g_string_append_printf (sql, "%s%s%s", i ? ", " : "", name, suffix);
    }

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

static TableInfo *
table_info_new (GType type)
{
  TableInfo *info = g_new0 (TableInfo, 1);
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree GParamSpec **all = NULL;
  g_autofree char *names = NULL;
  g_autofree char *assignments = NULL;
  g_autoptr(GString) marks = g_string_new (NULL);
  guint n_all;

  info->type = type;
  info->table = csp_store_table_for (type);
  g_return_val_if_fail (info->table != NULL, NULL);

  all = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_all);
  info->columns = g_new0 (GParamSpec *, n_all);
  for (guint i = 0; i < n_all; i++)
    if (all[i]->owner_type == type)
      info->columns[info->n_columns++] = all[i];

  for (guint i = 0; i < info->n_columns; i++)
    g_string_append (marks, ", ?");

  names = build_column_list (info, "");
  assignments = build_column_list (info, " = ?");
  info->select_sql = g_strdup_printf ("SELECT id, created_at, updated_at, %s FROM %s",
                                      names, info->table);
  info->insert_sql = g_strdup_printf ("INSERT INTO %s (id, created_at, updated_at, %s) "
                                      "VALUES (?, ?, ?%s)", info->table, names, marks->str);
  info->update_sql = g_strdup_printf ("UPDATE %s SET updated_at = ?, %s WHERE id = ?",
                                      info->table, assignments);
  info->delete_sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", info->table);

  return info;
}

/* Table descriptions are built on first use and never freed: a dozen
 * small structs for the life of the process, shared by all threads. */
static TableInfo *
table_info_for (GType type)
{
  static GMutex lock;
  static GHashTable *infos;
  TableInfo *info;

  g_mutex_lock (&lock);
  if (infos == NULL)
    infos = g_hash_table_new (NULL, NULL);
  info = g_hash_table_lookup (infos, GSIZE_TO_POINTER (type));
  if (info == NULL)
    {
      info = table_info_new (type);
      g_hash_table_insert (infos, GSIZE_TO_POINTER (type), info);
    }
  g_mutex_unlock (&lock);

  return info;
}

static gboolean
is_nullable_integer (GParamSpec *pspec,
                     gint64      value)
{
  gint64 unset = g_str_has_suffix (pspec->name, "-id") ? 0 : CSP_UNSET;

  if (G_IS_PARAM_SPEC_INT (pspec))
    return G_PARAM_SPEC_INT (pspec)->default_value == unset && value == unset;
  return G_PARAM_SPEC_INT64 (pspec)->default_value == unset && value == unset;
}

static void
bind_property (sqlite3_stmt *stmt,
               int           index,
               CspRecord    *record,
               GParamSpec   *pspec)
{
  if (G_IS_PARAM_SPEC_STRING (pspec))
    {
      const char *text = csp_record_peek_string (record, pspec);

      if (text == NULL || *text == '\0')
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
    }
  else if (G_IS_PARAM_SPEC_ENUM (pspec))
    sqlite3_bind_text (stmt, index,
                       csp_enum_to_nick (pspec->value_type, csp_record_peek_enum (record, pspec)),
                       -1, SQLITE_STATIC);
  else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    sqlite3_bind_int (stmt, index, csp_record_peek_boolean (record, pspec) ? 1 : 0);
  else
    {
      gint64 value = G_IS_PARAM_SPEC_INT (pspec) ? csp_record_peek_int (record, pspec)
                                                 : csp_record_peek_int64 (record, pspec);

      if (is_nullable_integer (pspec, value))
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_int64 (stmt, index, value);
    }
}

/* Sets one property of @record from a column of the current row: NULL
 * is the property's default, enums are stored as their nick. Shared
 * with the view queries, which read records out of joins. */
void
_csp_store_read_column (CspRecord    *record,
                        GParamSpec   *pspec,
                        sqlite3_stmt *stmt,
                        int           column)
{
  gboolean is_null = sqlite3_column_type (stmt, column) == SQLITE_NULL;
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  if (G_IS_PARAM_SPEC_STRING (pspec))
    csp_record_set_string (record, pspec, text);
  else if (G_IS_PARAM_SPEC_ENUM (pspec))
    {
      int value = G_PARAM_SPEC_ENUM (pspec)->default_value;

      /* The CHECK constraints keep unknown text out of the table. */
      csp_enum_from_nick (pspec->value_type, text, &value, NULL);
      csp_record_set_enum (record, pspec, value);
    }
  else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    csp_record_set_boolean (record, pspec, sqlite3_column_int (stmt, column) != 0);
  else if (G_IS_PARAM_SPEC_INT (pspec))
    csp_record_set_int (record, pspec, is_null ? G_PARAM_SPEC_INT (pspec)->default_value
                                               : sqlite3_column_int (stmt, column));
  else
    csp_record_set_int64 (record, pspec, is_null ? G_PARAM_SPEC_INT64 (pspec)->default_value
                                                 : sqlite3_column_int64 (stmt, column));
}

static CspRecord *
record_from_row (TableInfo    *info,
                 sqlite3_stmt *stmt)
{
  CspRecord *record = g_object_new (info->type, NULL);

  csp_record_set_id (record, sqlite3_column_int64 (stmt, 0));
  csp_record_set_timestamps (record,
                             (const char *) sqlite3_column_text (stmt, 1),
                             (const char *) sqlite3_column_text (stmt, 2));
  for (guint i = 0; i < info->n_columns; i++)
    _csp_store_read_column (record, info->columns[i], stmt, (int) i + 3);

  return record;
}

/* Inserts @record; a record that already has an id (one being restored
 * by undo) keeps it, a new one gets the id SQLite assigns. */
gboolean
csp_store_insert (CspStore   *self,
                  CspRecord  *record,
                  GError    **error)
{
  TableInfo *info = table_info_for (G_OBJECT_TYPE (record));
  g_autofree char *now = csp_timestamp_now_text ();
  const char *created_at = csp_record_get_created_at (record);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);

  if (!csp_record_validate (record, error) ||
      !(stmt = _csp_store_prepare (self, info->insert_sql, error)))
    return FALSE;

  if (csp_record_get_id (record) > 0)
    sqlite3_bind_int64 (stmt, 1, csp_record_get_id (record));
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_text (stmt, 2, created_at ? created_at : now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, now, -1, SQLITE_TRANSIENT);
  for (guint i = 0; i < info->n_columns; i++)
    bind_property (stmt, (int) i + 4, record, info->columns[i]);

  if (!_csp_store_step_done (self, stmt, error))
    return FALSE;

  csp_record_set_id (record, sqlite3_last_insert_rowid (_csp_store_get_db (self)));
  csp_record_set_timestamps (record, created_at ? created_at : now, now);
  csp_store_emit_changed (self, info->table);
  return TRUE;
}

static void
set_not_found (CspStore    *self,
               const char  *table,
               gint64       id,
               GError     **error)
{
  /* xgettext cannot see through G_GINT64_FORMAT: format the id first. */
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND,
               _("%s: no %s with id %s"), csp_store_get_path (self), table, number);
}

static gboolean
check_changed (CspStore    *self,
               const char  *table,
               gint64       id,
               GError     **error)
{
  if (sqlite3_changes (_csp_store_get_db (self)) > 0)
    return TRUE;

  set_not_found (self, table, id, error);
  return FALSE;
}

gboolean
csp_store_update (CspStore   *self,
                  CspRecord  *record,
                  GError    **error)
{
  TableInfo *info = table_info_for (G_OBJECT_TYPE (record));
  g_autofree char *now = csp_timestamp_now_text ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);

  if (!csp_record_validate (record, error) ||
      !(stmt = _csp_store_prepare (self, info->update_sql, error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  for (guint i = 0; i < info->n_columns; i++)
    bind_property (stmt, (int) i + 2, record, info->columns[i]);
  sqlite3_bind_int64 (stmt, (int) info->n_columns + 2, csp_record_get_id (record));

  if (!_csp_store_step_done (self, stmt, error) ||
      !check_changed (self, info->table, csp_record_get_id (record), error))
    return FALSE;

  csp_record_set_timestamps (record, csp_record_get_created_at (record), now);
  csp_store_emit_changed (self, info->table);
  return TRUE;
}

/* Deletes the row; the schema's ON DELETE rules take its dependants. */
gboolean
csp_store_delete (CspStore   *self,
                  GType       record_type,
                  gint64      id,
                  GError    **error)
{
  TableInfo *info = table_info_for (record_type);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);

  if (!(stmt = _csp_store_prepare (self, info->delete_sql, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (!_csp_store_step_done (self, stmt, error) ||
      !check_changed (self, info->table, id, error))
    return FALSE;

  csp_store_emit_changed (self, info->table);
  return TRUE;
}

gpointer
csp_store_get (CspStore   *self,
               GType       record_type,
               gint64      id,
               GError    **error)
{
  TableInfo *info = table_info_for (record_type);
  g_autofree char *sql = g_strconcat (info->select_sql, " WHERE id = ?", NULL);
  sqlite3_stmt *stmt;
  CspRecord *record = NULL;
  int rc;

  g_return_val_if_fail (CSP_IS_STORE (self), NULL);

  if (!(stmt = _csp_store_prepare (self, sql, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = record_from_row (info, stmt);
  else if (rc == SQLITE_DONE)
    set_not_found (self, info->table, id, error);
  else
    _csp_store_set_error (self, rc, error);
  sqlite3_reset (stmt);

  return record;
}

static gboolean
is_column (TableInfo  *info,
           const char *name)
{
  if (g_strcmp0 (name, "id") == 0)
    return TRUE;

  for (guint i = 0; i < info->n_columns; i++)
    {
      g_autofree char *column = column_name (info->columns[i]);

      if (g_strcmp0 (column, name) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Rows of @record_type, those whose @parent_column is @parent_id when a
 * column is given, ordered by @order_column then id. Both column names
 * are the program's own; anything else is a programmer error. */
GListModel *
csp_store_list (CspStore    *self,
                GType        record_type,
                const char  *parent_column,
                gint64       parent_id,
                const char  *order_column,
                GError     **error)
{
  TableInfo *info = table_info_for (record_type);
  g_autoptr(GListStore) list = g_list_store_new (record_type);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CSP_IS_STORE (self), NULL);
  g_return_val_if_fail (parent_column == NULL || is_column (info, parent_column), NULL);
  g_return_val_if_fail (order_column == NULL || is_column (info, order_column), NULL);

  sql = g_strdup_printf ("%s%s%s%s ORDER BY %s, id", info->select_sql,
                         parent_column ? " WHERE " : "",
                         parent_column ? parent_column : "",
                         parent_column ? " = ?" : "",
                         order_column ? order_column : "id");
  if (!(stmt = _csp_store_prepare (self, sql, error)))
    return NULL;

  if (parent_column != NULL)
    sqlite3_bind_int64 (stmt, 1, parent_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CspRecord) record = record_from_row (info, stmt);

      g_list_store_append (list, record);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _csp_store_set_error (self, rc, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}
