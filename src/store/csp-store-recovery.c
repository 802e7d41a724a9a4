/* csp-store-recovery.c: health recoveries and the actions before them
 *
 * A recovery is a scored health snapshot in the healthy band whose
 * previous scored snapshot of the same account was in the watch or at
 * risk band (bands by the thresholds of csp-health.h, scores from the
 * health_score view, which applies the component weights). Snapshots
 * without a score are skipped, so "consecutive" means consecutive among
 * those that have one. With each recovery come the account's action
 * items done in the CSP_RECOVERY_WINDOW_DAYS days up to and including
 * the healthy snapshot's date: one query, a row per (recovery, action),
 * or one row with no action for a recovery nothing came before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-store-private.h"
#include "csp-store-recovery.h"

#include "csp-action-item.h"
#include "csp-health.h"
#include "csp-recovery.h"

static const char recoveries_sql[] =
  "WITH s AS (SELECT account_id, taken_on, score,"
  "    lag(score) OVER w AS prev_score, lag(taken_on) OVER w AS prev_on"
  "  FROM health_score WHERE score IS NOT NULL AND (?1 = 0 OR account_id = ?1)"
  "  WINDOW w AS (PARTITION BY account_id ORDER BY taken_on)),"
  " r AS (SELECT * FROM s WHERE score >= " G_STRINGIFY (CSP_HEALTHY_MIN)
  "   AND prev_score < " G_STRINGIFY (CSP_HEALTHY_MIN) "),"
  " d AS (SELECT x.id, x.plan_id, x.title, x.completed_on, p.account_id"
  "   FROM action_item x JOIN success_plan p ON p.id = x.plan_id"
  "   WHERE x.status = 'done' AND (?1 = 0 OR p.account_id = ?1))"
  " SELECT r.account_id, a.name, r.prev_score >= " G_STRINGIFY (CSP_WATCH_MIN) ","
  "   r.prev_on, r.taken_on, d.id, d.plan_id, d.title, d.completed_on"
  " FROM r JOIN account a ON a.id = r.account_id"
  " LEFT JOIN d ON d.account_id = r.account_id AND d.completed_on <= r.taken_on"
  "   AND d.completed_on > date(r.taken_on, '-" G_STRINGIFY (CSP_RECOVERY_WINDOW_DAYS) " days')"
  " ORDER BY r.taken_on DESC, a.name, r.account_id, d.completed_on, d.id";

static gboolean
same_recovery (CspRecovery  *recovery,
               sqlite3_stmt *stmt)
{
  return recovery != NULL &&
         csp_recovery_get_account_id (recovery) == sqlite3_column_int64 (stmt, 0) &&
         g_strcmp0 (csp_recovery_get_recovered_on (recovery),
                    (const char *) sqlite3_column_text (stmt, 4)) == 0;
}

static CspRecovery *
recovery_from_row (sqlite3_stmt *stmt)
{
  return csp_recovery_new (sqlite3_column_int64 (stmt, 0),
                           (const char *) sqlite3_column_text (stmt, 1),
                           sqlite3_column_int (stmt, 2) ? CSP_HEALTH_WATCH : CSP_HEALTH_AT_RISK,
                           (const char *) sqlite3_column_text (stmt, 3),
                           (const char *) sqlite3_column_text (stmt, 4));
}

/* The done action item of the row, if it has one; only what the lists
 * show is read. */
static CspActionItem *
action_from_row (sqlite3_stmt *stmt)
{
  CspActionItem *action;

  if (sqlite3_column_type (stmt, 5) == SQLITE_NULL)
    return NULL;

  action = csp_action_item_new (sqlite3_column_int64 (stmt, 6),
                                (const char *) sqlite3_column_text (stmt, 7));
  csp_record_set_id (CSP_RECORD (action), sqlite3_column_int64 (stmt, 5));
  csp_action_item_set_status (action, CSP_ACTION_DONE);
  csp_action_item_set_completed_on (action, (const char *) sqlite3_column_text (stmt, 8));
  return action;
}

/* Every recovery of the account @account_id (of all accounts when 0),
 * latest first, each with the CspActionItem items done before it. */
GListModel *
csp_store_list_recoveries (CspStore  *self,
                           gint64     account_id,
                           GError   **error)
{
  g_autoptr(GListStore) list = g_list_store_new (CSP_TYPE_RECOVERY);
  g_autoptr(CspRecovery) recovery = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CSP_IS_STORE (self), NULL);

  if (!(stmt = _csp_store_prepare (self, recoveries_sql, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, account_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CspActionItem) action = NULL;

      if (!same_recovery (recovery, stmt))
        {
          g_set_object (&recovery, NULL);
          recovery = recovery_from_row (stmt);
          g_list_store_append (list, recovery);
        }
      if ((action = action_from_row (stmt)) != NULL)
        csp_recovery_add_action (recovery, action);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _csp_store_set_error (self, rc, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* csp_store_list_recoveries() as a CspStoreQueryFunc for
 * csp_store_query_async(): @data points to the account id (a gint64,
 * 0 for all accounts). */
GListModel *
csp_store_query_recoveries (CspStore  *self,
                            gpointer   data,
                            GError   **error)
{
  return csp_store_list_recoveries (self, *(gint64 *) data, error);
}
