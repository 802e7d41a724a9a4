/* csp-import.c: accounts and health snapshots from CSV files
 *
 * prepare reads the whole file through CspCsvReader and turns every row
 * into a record to create or update, or into error lines; it writes
 * nothing. apply writes a plan without errors in one transaction, so
 * an import is all or nothing even when SQLite refuses a row midway.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-csv-reader.h"
#include "csp-import-private.h"
#include "csp-store-records.h"

G_DEFINE_QUARK (csp-import-error-quark, csp_import_error)

static const char * const kind_nicks[] = { "accounts", "health" };

gboolean
csp_import_kind_from_nick (const char    *nick,
                           CspImportKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_nicks); i++)
    if (g_strcmp0 (nick, kind_nicks[i]) == 0)
      {
        *kind = (CspImportKind) i;
        return TRUE;
      }

  return FALSE;
}

const char *
csp_import_kind_to_nick (CspImportKind kind)
{
  g_return_val_if_fail (kind <= CSP_IMPORT_HEALTH, NULL);

  return kind_nicks[kind];
}

static void
row_init (CspImportRow  *row,
          CspStore      *store,
          CspImportPlan *plan)
{
  gboolean accounts = csp_import_plan_get_kind (plan) == CSP_IMPORT_ACCOUNTS;

  row->store = store;
  row->plan = plan;
  row->cells = accounts ? csp_import_account_cells : csp_import_health_cells;
  row->n_cells = accounts ? csp_import_n_account_cells : csp_import_n_health_cells;
  row->index = g_new (int, row->n_cells);
  for (guint i = 0; i < row->n_cells; i++)
    row->index[i] = -1;
  row->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
row_clear (CspImportRow *row)
{
  g_clear_pointer (&row->index, g_free);
  g_clear_pointer (&row->seen, g_hash_table_unref);
  g_clear_pointer (&row->fields, g_strfreev);
}

static int
find_cell (CspImportRow *row,
           const char   *column)
{
  for (guint i = 0; i < row->n_cells; i++)
    if (g_strcmp0 (row->cells[i].column, column) == 0)
      return (int) i;

  return -1;
}

/* Maps one header name to its cell; unknown names are a warning,
 * repeated ones an error. */
static void
read_header_field (CspImportRow *row,
                   const char   *field,
                   guint         position)
{
  g_autofree char *stripped = g_strstrip (g_strdup (field));
  g_autofree char *column = g_utf8_strdown (stripped, -1);
  int cell = find_cell (row, column);

  if (cell < 0)
    csp_import_plan_add_warning (row->plan, row->line, stripped,
                                 _("unknown column; it is ignored"));
  else if (row->index[cell] >= 0)
    _csp_import_error (row, column, _("the column appears more than once"));
  else
    row->index[cell] = (int) position;
}

static gboolean
has_score_column (CspImportRow *row)
{
  for (guint i = 0; i < row->n_cells; i++)
    if (row->cells[i].kind == CSP_CELL_SCORE && row->index[i] >= 0)
      return TRUE;

  return FALSE;
}

/* Reads the header row; FALSE when the file cannot be read further. */
static gboolean
read_header (CspImportRow *row)
{
  gboolean accounts = row->cells == csp_import_account_cells;

  row->n_fields = g_strv_length (row->fields);
  for (guint i = 0; i < row->n_fields; i++)
    read_header_field (row, row->fields[i], i);

  /* The first one or two cells are the key columns of either kind. */
  for (guint i = 0; i < (accounts ? 1u : 2u); i++)
    if (row->index[i] < 0)
      _csp_import_error (row, row->cells[i].column, _("the required column is missing"));
  if (!accounts && !has_score_column (row))
    _csp_import_error (row, "score",
                       _("the file needs a score column or at least one component "
                         "column (usage, support, satisfaction, nps, engagement, relationship)"));

  return !row->row_failed;
}

static gboolean
is_blank_row (char **fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    if (*fields[i] != '\0')
      return FALSE;

  return TRUE;
}

static gboolean
read_row (CspImportRow  *row,
          GError       **error)
{
  guint n = g_strv_length (row->fields);
  g_autofree char *reason = NULL;

  row->row_failed = FALSE;
  if (n == row->n_fields)
    return row->cells == csp_import_account_cells ? _csp_import_account_row (row, error)
                                                  : _csp_import_health_row (row, error);

  reason = g_strdup_printf (ngettext ("the row has %u field, but the header has %u",
                                      "the row has %u fields, but the header has %u", n),
                            n, row->n_fields);
  csp_import_plan_add_error (row->plan, row->line, NULL, reason);
  return TRUE;
}

/* Feeds the reader's records to the header and row readers. Errors in
 * the file go to the plan; FALSE only when reading or SQLite fails. */
static gboolean
read_file (CspImportRow  *row,
           CspCsvReader  *reader,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  guint n_rows = 0;

  while ((row->fields = csp_csv_reader_read_record (reader, &row->line, cancellable,
                                                    &local_error)) != NULL)
    {
      if (n_rows == 0)
        {
          /* A bad header makes every row's errors noise: stop there. */
          if (!read_header (row))
            return TRUE;
          n_rows++;
        }
      /* Spreadsheet programs append rows of empty cells: skip them. */
      else if (!is_blank_row (row->fields))
        {
          if (!read_row (row, error))
            return FALSE;
          n_rows++;
        }
      g_clear_pointer (&row->fields, g_strfreev);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }

  if (local_error != NULL && local_error->domain != CSP_CSV_ERROR)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (local_error != NULL)
    csp_import_plan_add_error_text (row->plan, local_error->message);
  else if (n_rows == 0)
    csp_import_plan_add_error (row->plan, 0, NULL, _("the file is empty"));
  else if (n_rows == 1)
    csp_import_plan_add_warning (row->plan, 0, NULL, _("the file has no rows after the header"));

  return TRUE;
}

/* Reads @path as a @kind CSV file and plans what importing it would
 * write, without writing. Problems in the file are the plan's errors
 * and warnings; NULL only when the file cannot be read, SQLite fails or
 * @cancellable is cancelled. */
CspImportPlan *
csp_import_prepare (CspStore       *store,
                    CspImportKind   kind,
                    const char     *path,
                    GCancellable   *cancellable,
                    GError        **error)
{
  g_autoptr(CspCsvReader) reader = NULL;
  g_autoptr(CspImportPlan) plan = NULL;
  CspImportRow row = { 0 };
  gboolean ok;

  g_return_val_if_fail (CSP_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  reader = csp_csv_reader_open (path, cancellable, error);
  if (reader == NULL)
    return NULL;

  plan = csp_import_plan_new (kind, path);
  row_init (&row, store, plan);
  ok = read_file (&row, reader, cancellable, error);
  row_clear (&row);

  return ok ? g_steal_pointer (&plan) : NULL;
}

static gboolean
write_row (CspStore       *store,
           CspImportPlan  *plan,
           guint           position,
           GError        **error)
{
  g_autoptr(CspRecord) row = g_list_model_get_item (csp_import_plan_get_rows (plan), position);
  /* A copy: the plan stays as prepared, even when this transaction fails. */
  g_autoptr(CspRecord) record = csp_record_copy (row);
  gboolean ok = csp_record_get_id (record) == 0 ? csp_store_insert (store, record, error)
                                                : csp_store_update (store, record, error);

  if (!ok)
    g_prefix_error (error, "%s:%u: ", csp_import_plan_get_path (plan),
                    csp_import_plan_get_row_line (plan, position));
  return ok;
}

static gboolean
write_rows (CspStore               *store,
            CspImportPlan          *plan,
            CspImportProgressFunc   progress,
            gpointer                user_data,
            GCancellable           *cancellable,
            GError                **error)
{
  guint n = g_list_model_get_n_items (csp_import_plan_get_rows (plan));

  for (guint i = 0; i < n; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !write_row (store, plan, i, error))
        return FALSE;
      if (progress != NULL)
        progress (i + 1, n, user_data);
    }

  return TRUE;
}

/* Writes the rows of @plan, all in one transaction: on any error or
 * cancellation nothing is written. @plan must have no errors. */
gboolean
csp_import_apply (CspStore               *store,
                  CspImportPlan          *plan,
                  CspImportProgressFunc   progress,
                  gpointer                user_data,
                  GCancellable           *cancellable,
                  GError                **error)
{
  g_return_val_if_fail (CSP_IS_STORE (store), FALSE);
  g_return_val_if_fail (CSP_IS_IMPORT_PLAN (plan), FALSE);

  if (csp_import_plan_has_errors (plan))
    {
      g_set_error (error, CSP_IMPORT_ERROR, CSP_IMPORT_ERROR_INVALID,
                   _("%s: the file has errors; nothing was imported"),
                   csp_import_plan_get_path (plan));
      return FALSE;
    }

  if (!csp_store_begin (store, error))
    return FALSE;
  if (!write_rows (store, plan, progress, user_data, cancellable, error) ||
      !csp_store_commit (store, error))
    {
      csp_store_rollback (store);
      return FALSE;
    }

  return TRUE;
}
