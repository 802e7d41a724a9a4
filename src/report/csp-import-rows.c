/* csp-import-rows.c: one row of an accounts or a health file
 *
 * A row either becomes a record in the plan or adds its errors to the
 * plan; only a failing SQLite query returns FALSE.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-import-private.h"
#include "csp-store-lookup.h"
#include "csp-store-records.h"

enum { ACCOUNT_NAME, ACCOUNT_EXTERNAL_ID };
enum { HEALTH_ACCOUNT, HEALTH_DATE };

static gboolean
is_blank (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  return *stripped == '\0';
}

/* The stored account this row updates: by external id when the row has
 * one, else by name. *out_id is 0 for a new account, -1 when the name
 * is ambiguous (an error is added). */
static gboolean
find_account (CspImportRow  *row,
              const char    *name,
              const char    *external_id,
              gint64        *out_id,
              GError       **error)
{
  guint n = 0;

  if (!is_blank (external_id))
    return csp_store_find_account_by_external_id (row->store, external_id, out_id, error);

  if (!csp_store_find_account_by_name (row->store, name, out_id, &n, error))
    return FALSE;
  if (n > 1)
    {
      g_autofree char *reason =
        g_strdup_printf (_("several accounts are named “%s”; add an external_id column "
                           "to say which one"), name);

      _csp_import_error (row, "name", reason);
      *out_id = -1;
    }

  return TRUE;
}

/* A row's key may not repeat: by external id or name, and by the
 * stored account both would update. */
static gboolean
check_account_unique (CspImportRow *row,
                      const char   *name,
                      const char   *external_id,
                      gint64        id)
{
  g_autofree char *key = NULL;
  g_autofree char *id_key = NULL;
  gboolean by_id = !is_blank (external_id);

  key = g_strconcat (by_id ? "x:" : "n:", by_id ? external_id : name, NULL);
  if (!_csp_import_check_seen (row, by_id ? "external_id" : "name", key,
                               by_id ? external_id : name))
    return FALSE;
  if (id <= 0)
    return TRUE;

  id_key = g_strdup_printf ("#%" G_GINT64_FORMAT, id);
  return _csp_import_check_seen (row, by_id ? "external_id" : "name", id_key,
                                 by_id ? external_id : name);
}

gboolean
_csp_import_account_row (CspImportRow  *row,
                         GError       **error)
{
  const char *name = _csp_import_unneutralise (_csp_import_cell (row, ACCOUNT_NAME));
  const char *external_id = _csp_import_cell (row, ACCOUNT_EXTERNAL_ID);
  g_autoptr(CspRecord) existing = NULL;
  g_autoptr(CspRecord) record = NULL;
  gint64 id = 0;

  if (external_id != NULL)
    external_id = _csp_import_unneutralise (external_id);

  if (is_blank (name))
    {
      _csp_import_error (row, "name", _("a value is required"));
      return TRUE;
    }
  if (!find_account (row, name, external_id, &id, error))
    return FALSE;
  if (id < 0 || !check_account_unique (row, name, external_id, id))
    return TRUE;

  if (id > 0 && !(existing = csp_store_get (row->store, CSP_TYPE_ACCOUNT, id, error)))
    return FALSE;
  record = existing ? csp_record_copy (existing) : CSP_RECORD (csp_account_new (name));
  _csp_import_set_cells (row, record);
  _csp_import_finish_row (row, existing, record);

  return TRUE;
}

/* `account` is an external id, else a name. *out_id is 0 when the row
 * has an error instead. */
static gboolean
resolve_account (CspImportRow  *row,
                 const char    *text,
                 gint64        *out_id,
                 GError       **error)
{
  g_autofree char *reason = NULL;
  guint n = 0;

  if (!csp_store_find_account_by_external_id (row->store, text, out_id, error))
    return FALSE;
  if (*out_id > 0)
    return TRUE;
  if (!csp_store_find_account_by_name (row->store, text, out_id, &n, error))
    return FALSE;
  if (n == 1)
    return TRUE;

  if (n == 0)
    reason = g_strdup_printf (_("no account has the external id or name “%s”"), text);
  else
    reason = g_strdup_printf (_("several accounts are named “%s”; use its external id"), text);
  _csp_import_error (row, "account", reason);
  *out_id = 0;
  return TRUE;
}

/* The account and the day of the row, or an error on the row. */
static gboolean
read_health_key (CspImportRow  *row,
                 gint64        *account_id,
                 char         **date,
                 GError       **error)
{
  const char *account = _csp_import_unneutralise (_csp_import_cell (row, HEALTH_ACCOUNT));
  g_autofree char *day = g_strstrip (g_strdup (_csp_import_cell (row, HEALTH_DATE)));
  g_autoptr(GError) date_error = NULL;

  if (is_blank (account))
    _csp_import_error (row, "account", _("a value is required"));
  else if (!resolve_account (row, account, account_id, error))
    return FALSE;

  if (*day == '\0')
    _csp_import_error (row, "date", _("a value is required"));
  else if (!csp_date_parse (day, NULL, &date_error))
    _csp_import_error (row, "date", date_error->message);

  *date = g_steal_pointer (&day);
  return TRUE;
}

static gboolean
has_value (CspHealthSnapshot *snapshot)
{
  return csp_health_snapshot_get_score (snapshot) != CSP_UNSET ||
         csp_health_snapshot_has_components (snapshot);
}

gboolean
_csp_import_health_row (CspImportRow  *row,
                        GError       **error)
{
  g_autofree char *date = NULL;
  g_autofree char *key = NULL;
  g_autoptr(CspRecord) existing = NULL;
  g_autoptr(CspRecord) record = NULL;
  gint64 account_id = 0, id = 0;

  if (!read_health_key (row, &account_id, &date, error))
    return FALSE;
  if (row->row_failed)
    return TRUE;

  key = g_strdup_printf ("%" G_GINT64_FORMAT "|%s", account_id, date);
  if (!_csp_import_check_seen (row, "date", key, date))
    return TRUE;

  if (!csp_store_find_health_snapshot (row->store, account_id, date, &id, error) ||
      (id > 0 && !(existing = csp_store_get (row->store, CSP_TYPE_HEALTH_SNAPSHOT, id, error))))
    return FALSE;
  record = existing ? csp_record_copy (existing)
                    : CSP_RECORD (csp_health_snapshot_new (account_id, date));
  _csp_import_set_cells (row, record);

  if (!row->row_failed && !has_value (CSP_HEALTH_SNAPSHOT (record)))
    _csp_import_error (row, "score", _("a score or at least one component is required"));
  _csp_import_finish_row (row, existing, record);

  return TRUE;
}
