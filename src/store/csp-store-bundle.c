/* csp-store-bundle.c: an account with everything that hangs off it
 *
 * Deleting an account cascades to its stakeholders, health snapshots,
 * plans (objectives, action items), meetings (attendees, decisions),
 * risks and activities. To undo that, the views first take a bundle: a
 * copy of every one of those rows, kept in foreign-key order, so that
 * restoring is inserting them again in that order with their original
 * ids (ids are AUTOINCREMENT, so nothing can have taken them since).
 *
 * The order matters beyond parents before children: an action item may
 * point at a meeting and a decision at an action item, so meetings go
 * before action items and decisions after them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-store-bundle.h"
#include "csp-store-records.h"

struct _CspAccountBundle
{
  GPtrArray *records;  /* of CspRecord, account first, in foreign-key order */
};

typedef GListModel *(*ListFunc) (CspStore *self, gint64 owner_id, GError **error);

/* Auxiliary methods */

/* Appends the rows @list returns for @owner_id; collects the ids of
 * those rows into @ids when given, for the next level down. */
static gboolean
append_list (CspAccountBundle  *bundle,
             CspStore          *store,
             ListFunc           list,
             gint64             owner_id,
             GArray            *ids,
             GError           **error)
{
  g_autoptr(GListModel) rows = list (store, owner_id, error);
  guint n;

  if (rows == NULL)
    return FALSE;

  n = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n; i++)
    {
      CspRecord *record = g_list_model_get_item (rows, i);
      gint64 id = csp_record_get_id (record);

      if (ids != NULL)
        g_array_append_val (ids, id);
      g_ptr_array_add (bundle->records, record);
    }

  return TRUE;
}

static gboolean
append_children (CspAccountBundle  *bundle,
                 CspStore          *store,
                 ListFunc           list,
                 GArray            *owner_ids,
                 GError           **error)
{
  for (guint i = 0; i < owner_ids->len; i++)
    if (!append_list (bundle, store, list, g_array_index (owner_ids, gint64, i), NULL, error))
      return FALSE;

  return TRUE;
}

static gboolean
fill_bundle (CspAccountBundle  *bundle,
             CspStore          *store,
             gint64             account_id,
             GError           **error)
{
  g_autoptr(GArray) plans = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) meetings = g_array_new (FALSE, FALSE, sizeof (gint64));

  return append_list (bundle, store, csp_store_list_stakeholders, account_id, NULL, error) &&
         append_list (bundle, store, csp_store_list_health_snapshots, account_id, NULL, error) &&
         append_list (bundle, store, csp_store_list_success_plans, account_id, plans, error) &&
         append_children (bundle, store, csp_store_list_objectives, plans, error) &&
         append_list (bundle, store, csp_store_list_meetings, account_id, meetings, error) &&
         append_children (bundle, store, csp_store_list_action_items, plans, error) &&
         append_children (bundle, store, csp_store_list_attendees, meetings, error) &&
         append_children (bundle, store, csp_store_list_decisions, meetings, error) &&
         append_list (bundle, store, csp_store_list_risks, account_id, NULL, error) &&
         append_list (bundle, store, csp_store_list_activities, account_id, NULL, error);
}

/* Public API */

/* Reads the account @account_id and every row that its deletion would
 * take with it. Reading happens in one transaction so the copy is
 * consistent. */
CspAccountBundle *
csp_store_take_account_bundle (CspStore  *self,
                               gint64     account_id,
                               GError   **error)
{
  g_autoptr(CspAccountBundle) bundle = NULL;
  CspAccount *account;

  g_return_val_if_fail (CSP_IS_STORE (self), NULL);

  if (!csp_store_begin (self, error))
    return NULL;
  if (!(account = csp_store_get_account (self, account_id, error)))
    {
      csp_store_rollback (self);
      return NULL;
    }

  bundle = g_new0 (CspAccountBundle, 1);
  bundle->records = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (bundle->records, account);

  if (!fill_bundle (bundle, self, account_id, error))
    {
      csp_store_rollback (self);
      return NULL;
    }
  csp_store_rollback (self);  /* nothing was written */

  return g_steal_pointer (&bundle);
}

/* Inserts every row of @bundle again, with its original id, all or
 * nothing. */
gboolean
csp_store_restore_account_bundle (CspStore          *self,
                                  CspAccountBundle  *bundle,
                                  GError           **error)
{
  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);
  g_return_val_if_fail (bundle != NULL, FALSE);

  if (!csp_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < bundle->records->len; i++)
    if (!csp_store_insert (self, g_ptr_array_index (bundle->records, i), error))
      {
        csp_store_rollback (self);
        return FALSE;
      }

  if (!csp_store_commit (self, error))
    {
      csp_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

CspAccount *
csp_account_bundle_get_account (CspAccountBundle *bundle)
{
  g_return_val_if_fail (bundle != NULL, NULL);

  return g_ptr_array_index (bundle->records, 0);
}

guint
csp_account_bundle_get_n_records (CspAccountBundle *bundle)
{
  g_return_val_if_fail (bundle != NULL, 0);

  return bundle->records->len;
}

CspRecord *
csp_account_bundle_get_record (CspAccountBundle *bundle,
                               guint             index)
{
  g_return_val_if_fail (bundle != NULL, NULL);
  g_return_val_if_fail (index < bundle->records->len, NULL);

  return g_ptr_array_index (bundle->records, index);
}

void
csp_account_bundle_free (CspAccountBundle *bundle)
{
  if (bundle == NULL)
    return;

  g_clear_pointer (&bundle->records, g_ptr_array_unref);
  g_free (bundle);
}
