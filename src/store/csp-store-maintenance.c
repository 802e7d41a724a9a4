/* csp-store-maintenance.c: backup, integrity checks and settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "csp-store-private.h"

static gboolean
copy_pages (CspStore    *self,
            sqlite3     *dest,
            const char  *dest_path,
            GError     **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (dest, "main", _csp_store_get_db (self), "main");
  int rc;

  if (backup == NULL)
    {
      g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_IO,
                   "%s: %s", dest_path, sqlite3_errmsg (dest));
      return FALSE;
    }

  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_IO,
                   "%s: %s", dest_path, sqlite3_errstr (rc));
      return FALSE;
    }

  return TRUE;
}

/* An online copy through SQLite's backup API, written to a temporary
 * file beside @destination and renamed into place, so a failure never
 * leaves half a database behind. */
gboolean
csp_store_backup_to (CspStore    *self,
                     const char  *destination,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (destination);
  g_autofree char *template = g_build_filename (dir, ".success-planner-backup-XXXXXX", NULL);
  sqlite3 *dest = NULL;
  gboolean ok;
  int fd;

  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);

  fd = g_mkstemp_full (template, O_RDWR, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_IO,
                   "%s: %s", destination, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  ok = sqlite3_open_v2 (template, &dest, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
       copy_pages (self, dest, destination, error);
  if (dest != NULL && !ok && error != NULL && *error == NULL)
    g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_IO,
                 "%s: %s", destination, sqlite3_errmsg (dest));
  sqlite3_close_v2 (dest);

  if (ok && g_rename (template, destination) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_IO,
                   "%s: %s", destination, g_strerror (saved_errno));
      ok = FALSE;
    }

  if (!ok)
    g_unlink (template);

  return ok;
}

/* Appends each problem of one check pragma to @report; TRUE if none. */
static gboolean
run_check (CspStore    *self,
           const char  *sql,
           gboolean     ok_row_is_ok,
           GString     *report,
           GError     **error)
{
  sqlite3_stmt *stmt = _csp_store_prepare (self, sql, error);
  gboolean clean = TRUE;
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *first = (const char *) sqlite3_column_text (stmt, 0);

      if (ok_row_is_ok && g_strcmp0 (first, "ok") == 0)
        continue;

      clean = FALSE;
      if (ok_row_is_ok)
        g_string_append_printf (report, "integrity_check: %s\n", first);
      else
        g_string_append_printf (report, _("foreign_key_check: table %s row %lld has no %s row %lld\n"),
                                first, (long long) sqlite3_column_int64 (stmt, 1),
                                (const char *) sqlite3_column_text (stmt, 2),
                                (long long) sqlite3_column_int64 (stmt, 3));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _csp_store_set_error (self, rc, error);
      return FALSE;
    }

  return clean;
}

/* The schema version, integrity_check and foreign_key_check, each with
 * a line in @report. FALSE when any fails (with @error set only when a
 * check could not run at all). */
gboolean
csp_store_check (CspStore    *self,
                 GString     *report,
                 GError     **error)
{
  gboolean version_ok, integrity_ok, keys_ok;
  GError *local_error = NULL;

  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);

  version_ok = csp_store_get_schema_version (self) == CSP_SCHEMA_VERSION;
  g_string_append_printf (report, _("schema version: %d (%s)\n"),
                          csp_store_get_schema_version (self), version_ok ? "ok" : _("expected 1"));

  integrity_ok = run_check (self, "PRAGMA integrity_check", TRUE, report, &local_error);
  if (local_error == NULL)
    g_string_append_printf (report, "integrity_check: %s\n", integrity_ok ? "ok" : _("failed"));

  keys_ok = local_error == NULL &&
            run_check (self, "PRAGMA foreign_key_check", FALSE, report, &local_error);
  if (local_error == NULL)
    g_string_append_printf (report, "foreign_key_check: %s\n", keys_ok ? "ok" : _("failed"));

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return version_ok && integrity_ok && keys_ok;
}

gboolean
csp_store_get_health_weights (CspStore          *self,
                              CspHealthWeights  *weights,
                              GError           **error)
{
  sqlite3_stmt *stmt;

  csp_health_weights_init (weights);

  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    {
      g_autofree char *key = g_strconcat ("health.weight.", csp_health_component_key (i), NULL);

      stmt = _csp_store_prepare (self, "SELECT CAST(value AS INTEGER) FROM setting WHERE key = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        weights->weight[i] = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
    }

  return TRUE;
}

gboolean
csp_store_set_health_weights (CspStore                *self,
                              const CspHealthWeights  *weights,
                              GError                 **error)
{
  if (!csp_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    {
      g_autofree char *key = g_strconcat ("health.weight.", csp_health_component_key (i), NULL);
      sqlite3_stmt *stmt = _csp_store_prepare (self,
          "INSERT INTO setting (key, value) VALUES (?, ?) "
          "ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);

      if (stmt == NULL)
        goto fail;
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, MAX (weights->weight[i], 0));
      if (!_csp_store_step_done (self, stmt, error))
        goto fail;
    }

  return csp_store_commit (self, error);

fail:
  csp_store_rollback (self);
  return FALSE;
}
