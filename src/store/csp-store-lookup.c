/* csp-store-lookup.c: finding rows by their natural keys
 *
 * Imports match a file's rows to stored ones by what a user knows (an
 * external id, a name, an account and a day), not by our ids.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-store-lookup.h"
#include "csp-store-private.h"

/* Steps @stmt over at most two rows: the first row's id and whether
 * there was a second (so a name can be found ambiguous). */
static gboolean
collect_ids (CspStore      *self,
             sqlite3_stmt  *stmt,
             gint64        *out_id,
             guint         *out_n_matches,
             GError       **error)
{
  guint n = 0;
  int rc = SQLITE_DONE;

  *out_id = 0;
  while (n < 2 && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (n++ == 0)
        *out_id = sqlite3_column_int64 (stmt, 0);
    }
  if (n < 2 && rc != SQLITE_DONE)
    {
      _csp_store_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  if (out_n_matches != NULL)
    *out_n_matches = n;
  return TRUE;
}

gboolean
csp_store_find_account_by_external_id (CspStore    *self,
                                       const char  *external_id,
                                       gint64      *out_id,
                                       GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);
  g_return_val_if_fail (external_id != NULL && out_id != NULL, FALSE);

  stmt = _csp_store_prepare (self, "SELECT id FROM account WHERE external_id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, external_id, -1, SQLITE_TRANSIENT);
  return collect_ids (self, stmt, out_id, NULL, error);
}

/* Names need not be unique: *out_n_matches is 0, 1 or 2 (two or more),
 * and *out_id the oldest match. */
gboolean
csp_store_find_account_by_name (CspStore    *self,
                                const char  *name,
                                gint64      *out_id,
                                guint       *out_n_matches,
                                GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL && out_id != NULL, FALSE);

  stmt = _csp_store_prepare (self, "SELECT id FROM account WHERE name = ? ORDER BY id LIMIT 2",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  return collect_ids (self, stmt, out_id, out_n_matches, error);
}

gboolean
csp_store_find_health_snapshot (CspStore    *self,
                                gint64       account_id,
                                const char  *taken_on,
                                gint64      *out_id,
                                GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);
  g_return_val_if_fail (taken_on != NULL && out_id != NULL, FALSE);

  stmt = _csp_store_prepare (self, "SELECT id FROM health_snapshot "
                                   "WHERE account_id = ? AND taken_on = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_text (stmt, 2, taken_on, -1, SQLITE_TRANSIENT);
  return collect_ids (self, stmt, out_id, NULL, error);
}
