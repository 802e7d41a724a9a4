/* csp-store-account-view.c: what the account page reads, one query each
 *
 * The page shows an account with its health history, stakeholders (and
 * when we last met each: the latest held meeting they attended;
 * activities name no stakeholder, so they do not count), risks, a
 * timeline, plans with their progress, open actions and meetings.
 * Each list is one SELECT; csp_store_read_account_overview() reads them
 * all, which csp_store_query_async() runs in a worker thread.
 *
 * Snapshots come with their components, so their effective scores are
 * computed in C with csp_health_snapshot_get_effective_score(), which
 * rounds exactly as the health_score view does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-plan-progress.h"
#include "csp-stakeholder-contact.h"
#include "csp-store-account-view.h"
#include "csp-store-private.h"
#include "csp-store-records.h"
#include "csp-timeline-entry.h"

typedef gpointer (*RowFunc) (sqlite3_stmt *stmt,
                             gpointer      data);

/* Runs @stmt (bound) to its end, collecting what @row_func makes of
 * each row into a list of @item_type. */
static GListModel *
collect (CspStore      *self,
         sqlite3_stmt  *stmt,
         GType          item_type,
         RowFunc        row_func,
         gpointer       data,
         GError       **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) list = g_list_store_new (item_type);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, row_func (stmt, data));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (rc != SQLITE_DONE)
    {
      _csp_store_set_error (self, rc, error);
      return NULL;
    }

  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* Prepares "SELECT <the columns of @type under x>@rest". */
static sqlite3_stmt *
prepare_with_columns (CspStore    *self,
                      const char  *rest,
                      GType        type,
                      GError     **error)
{
  g_autofree char *columns = _csp_store_select_columns (type, "x");
  g_autofree char *sql = g_strconcat ("SELECT ", columns, rest, NULL);

  return _csp_store_prepare (self, sql, error);
}

/* Stakeholders */

static gpointer
contact_from_row (sqlite3_stmt *stmt,
                  gpointer      data)
{
  int next;
  g_autoptr(CspStakeholder) stakeholder =
    _csp_store_read_record (CSP_TYPE_STAKEHOLDER, stmt, 0, &next);

  return csp_stakeholder_contact_new (stakeholder,
                                      (const char *) sqlite3_column_text (stmt, next));
}

/* The account's stakeholders, executives first, then project leads,
 * then members, each by name, with the day of the latest held meeting
 * they attended (CROSS JOIN: through the stakeholder's attendee rows,
 * not every held meeting of the portfolio). */
GListModel *
csp_store_list_stakeholder_contacts (CspStore  *self,
                                     gint64     account_id,
                                     GError   **error)
{
  sqlite3_stmt *stmt = prepare_with_columns (self,
    ", (SELECT max(substr(m.scheduled_at, 1, 10)) FROM attendee t"
    "            CROSS JOIN meeting m ON m.id = t.meeting_id"
    "            WHERE t.stakeholder_id = x.id AND m.status = 'held')"
    " FROM stakeholder x WHERE x.account_id = ?1"
    " ORDER BY CASE x.level WHEN 'executive' THEN 0 WHEN 'project_lead' THEN 1 ELSE 2 END,"
    "          x.name, x.id", CSP_TYPE_STAKEHOLDER, error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, account_id);
  return collect (self, stmt, CSP_TYPE_STAKEHOLDER_CONTACT, contact_from_row, NULL, error);
}

/* Risks */

static gpointer
risk_from_row (sqlite3_stmt *stmt,
               gpointer      data)
{
  return _csp_store_read_record (CSP_TYPE_RISK, stmt, 0, NULL);
}

/* The account's risks: open ones first, each group newest first. */
GListModel *
csp_store_list_account_risks (CspStore  *self,
                              gint64     account_id,
                              GError   **error)
{
  sqlite3_stmt *stmt = prepare_with_columns (self,
    " FROM risk x WHERE x.account_id = ?1"
    " ORDER BY x.resolved_on IS NOT NULL, x.raised_on DESC, x.id DESC", CSP_TYPE_RISK, error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, account_id);
  return collect (self, stmt, CSP_TYPE_RISK, risk_from_row, NULL, error);
}

/* Timeline */

static gpointer
timeline_entry_from_row (sqlite3_stmt *stmt,
                         gpointer      data)
{
  return csp_timeline_entry_new (sqlite3_column_int (stmt, 0),
                                 (const char *) sqlite3_column_text (stmt, 1),
                                 (const char *) sqlite3_column_text (stmt, 2),
                                 (const char *) sqlite3_column_text (stmt, 3),
                                 (const char *) sqlite3_column_text (stmt, 4),
                                 sqlite3_column_int64 (stmt, 5));
}

/* An entry for each snapshot whose band differs from the previous
 * scored snapshot's: subkind the new band, title the old one, detail
 * the score. */
static void
add_band_changes (GPtrArray              *entries,
                  GListModel             *snapshots,
                  const CspHealthWeights *weights)
{
  int previous = -1;

  for (guint i = 0; i < g_list_model_get_n_items (snapshots); i++)
    {
      g_autoptr(CspHealthSnapshot) snapshot = g_list_model_get_item (snapshots, i);
      int score = csp_health_snapshot_get_effective_score (snapshot, weights);
      g_autofree char *text = NULL;
      int band;

      if (score == CSP_UNSET)
        continue;
      band = csp_health_band_for_score (score);
      if (previous != -1 && band != previous)
        {
          text = g_strdup_printf ("%d", score);
          g_ptr_array_add (entries, csp_timeline_entry_new (
            CSP_TIMELINE_HEALTH_BAND, csp_health_snapshot_get_taken_on (snapshot),
            csp_enum_to_nick (CSP_TYPE_HEALTH_BAND, band),
            csp_enum_to_nick (CSP_TYPE_HEALTH_BAND, previous), text,
            csp_record_get_id (CSP_RECORD (snapshot))));
        }
      previous = band;
    }
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return csp_timeline_entry_compare (*(gpointer *) a, *(gpointer *) b, NULL);
}

/* The account's history, newest first: activities (subkind the kind),
 * held meetings (subkind the kind), done actions (subkind the owner
 * side, detail the plan), risks raised and resolved (subkind the kind,
 * title the severity, detail the notes) in one query, and changes of
 * health band from @snapshots (oldest first) under @weights. */
GListModel *
csp_store_list_account_timeline (CspStore               *self,
                                 gint64                  account_id,
                                 GListModel             *snapshots,
                                 const CspHealthWeights *weights,
                                 GError                **error)
{
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) list = g_list_store_new (CSP_TYPE_TIMELINE_ENTRY);
  g_autofree char *sql = g_strdup_printf (
    "SELECT %d, occurred_on, kind, summary, details, id FROM activity WHERE account_id = ?1"
    " UNION ALL SELECT %d, substr(scheduled_at, 1, 10), kind, title, NULL, id FROM meeting"
    "  WHERE account_id = ?1 AND status = 'held'"
    " UNION ALL SELECT %d, x.completed_on, x.owner_side, x.title, p.title, x.id"
    "  FROM action_item x JOIN success_plan p ON p.id = x.plan_id"
    "  WHERE p.account_id = ?1 AND x.status = 'done' AND x.completed_on IS NOT NULL"
    " UNION ALL SELECT %d, raised_on, kind, severity, notes, id FROM risk WHERE account_id = ?1"
    " UNION ALL SELECT %d, resolved_on, kind, severity, notes, id FROM risk"
    "  WHERE account_id = ?1 AND resolved_on IS NOT NULL",
    CSP_TIMELINE_ACTIVITY, CSP_TIMELINE_MEETING, CSP_TIMELINE_ACTION_DONE,
    CSP_TIMELINE_RISK_RAISED, CSP_TIMELINE_RISK_RESOLVED);
  sqlite3_stmt *stmt = _csp_store_prepare (self, sql, error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, account_id);
  rows = collect (self, stmt, CSP_TYPE_TIMELINE_ENTRY, timeline_entry_from_row, NULL, error);
  if (rows == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    g_ptr_array_add (entries, g_list_model_get_item (rows, i));
  if (snapshots != NULL)
    add_band_changes (entries, snapshots, weights);
  g_ptr_array_sort (entries, compare_entries);

  g_list_store_splice (list, 0, 0, entries->pdata, entries->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* Plans */

static gpointer
plan_progress_from_row (sqlite3_stmt *stmt,
                        gpointer      data)
{
  int next;
  g_autoptr(CspSuccessPlan) plan = _csp_store_read_record (CSP_TYPE_SUCCESS_PLAN, stmt, 0, &next);

  return csp_plan_progress_new (plan, sqlite3_column_int (stmt, next + 1),
                                sqlite3_column_int (stmt, next));
}

/* The account's plans, active then draft, completed and cancelled,
 * each with its count of actions not cancelled and of done ones. */
GListModel *
csp_store_list_plan_progress (CspStore  *self,
                              gint64     account_id,
                              GError   **error)
{
  sqlite3_stmt *stmt = prepare_with_columns (self,
    ","
    " (SELECT count(*) FROM action_item a WHERE a.plan_id = x.id AND a.status <> 'cancelled'),"
    " (SELECT count(*) FROM action_item a WHERE a.plan_id = x.id AND a.status = 'done')"
    " FROM success_plan x WHERE x.account_id = ?1"
    " ORDER BY CASE x.status WHEN 'active' THEN 0 WHEN 'draft' THEN 1"
    "          WHEN 'completed' THEN 2 ELSE 3 END, x.target_on IS NULL, x.target_on, x.id",
    CSP_TYPE_SUCCESS_PLAN, error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, account_id);
  return collect (self, stmt, CSP_TYPE_PLAN_PROGRESS, plan_progress_from_row, NULL, error);
}

/* Open actions */

static gpointer
action_summary_from_row (sqlite3_stmt *stmt,
                         gpointer      data)
{
  CspAccount *account = data;
  int next;
  g_autoptr(CspActionItem) action = _csp_store_read_record (CSP_TYPE_ACTION_ITEM, stmt, 0, &next);

  return csp_action_summary_new (action, csp_record_get_id (CSP_RECORD (account)),
                                 csp_account_get_name (account),
                                 (const char *) sqlite3_column_text (stmt, next),
                                 sqlite3_column_int (stmt, next + 1) != 0);
}

/* The actions still to do in the account's draft and active plans,
 * soonest due first (undated last), then by priority; those due before
 * @today are overdue. */
GListModel *
csp_store_list_account_open_actions (CspStore    *self,
                                     CspAccount  *account,
                                     const char  *today,
                                     GError     **error)
{
  sqlite3_stmt *stmt = prepare_with_columns (self,
    ", p.title, x.due_on IS NOT NULL AND x.due_on < ?2"
    " FROM action_item x JOIN success_plan p ON p.id = x.plan_id"
    " WHERE p.account_id = ?1 AND p.status IN ('draft', 'active')"
    "   AND x.status IN ('open', 'in_progress', 'blocked')"
    " ORDER BY x.due_on IS NULL, x.due_on, CASE x.priority WHEN 'critical' THEN 0"
    "          WHEN 'urgent' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, x.id",
    CSP_TYPE_ACTION_ITEM, error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, csp_record_get_id (CSP_RECORD (account)));
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_TRANSIENT);
  return collect (self, stmt, CSP_TYPE_ACTION_SUMMARY, action_summary_from_row, account,
                  error);
}

/* Everything at once */

static gboolean
read_lists (CspStore            *self,
            CspAccountOverview  *overview,
            const char          *today,
            GError             **error)
{
  CspAccount *account = csp_account_overview_get_account (overview);
  const CspHealthWeights *weights = csp_account_overview_get_weights (overview);
  gint64 id = csp_record_get_id (CSP_RECORD (account));
  GListModel *lists[CSP_OVERVIEW_N_LISTS] = { NULL, };
  gboolean ok;

  ok = (lists[CSP_OVERVIEW_SNAPSHOTS] = csp_store_list_health_snapshots (self, id, error)) &&
       (lists[CSP_OVERVIEW_STAKEHOLDERS] = csp_store_list_stakeholder_contacts (self, id, error)) &&
       (lists[CSP_OVERVIEW_RISKS] = csp_store_list_account_risks (self, id, error)) &&
       (lists[CSP_OVERVIEW_TIMELINE] = csp_store_list_account_timeline (
          self, id, lists[CSP_OVERVIEW_SNAPSHOTS], weights, error)) &&
       (lists[CSP_OVERVIEW_PLANS] = csp_store_list_plan_progress (self, id, error)) &&
       (lists[CSP_OVERVIEW_OPEN_ACTIONS] = csp_store_list_account_open_actions (
          self, account, today, error)) &&
       (lists[CSP_OVERVIEW_MEETINGS] = csp_store_list_meetings (self, id, error));

  for (guint i = 0; i < CSP_OVERVIEW_N_LISTS; i++)
    {
      if (ok)
        csp_account_overview_set_list (overview, i, lists[i]);
      g_clear_object (&lists[i]);
    }

  return ok;
}

/* The account @account_id with everything its page shows, as of
 * @today (YYYY-MM-DD). */
CspAccountOverview *
csp_store_read_account_overview (CspStore    *self,
                                 gint64       account_id,
                                 const char  *today,
                                 GError     **error)
{
  g_autoptr(CspAccount) account = NULL;
  g_autoptr(CspAccountOverview) overview = NULL;
  CspHealthWeights weights;

  g_return_val_if_fail (CSP_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  if (!(account = csp_store_get_account (self, account_id, error)) ||
      !csp_store_get_health_weights (self, &weights, error))
    return NULL;

  overview = csp_account_overview_new (account, &weights);
  if (!read_lists (self, overview, today, error))
    return NULL;

  return g_steal_pointer (&overview);
}

/* csp_store_read_account_overview() as a CspStoreQueryFunc: @query is
 * a CspAccountViewQuery; the list holds the one overview. */
GListModel *
csp_store_query_account_overview (CspStore  *self,
                                  gpointer   query,
                                  GError   **error)
{
  CspAccountViewQuery *q = query;
  g_autoptr(CspAccountOverview) overview = NULL;
  GListStore *list;

  if (!(overview = csp_store_read_account_overview (self, q->account_id, q->today, error)))
    return NULL;

  list = g_list_store_new (CSP_TYPE_ACCOUNT_OVERVIEW);
  g_list_store_append (list, overview);
  return G_LIST_MODEL (list);
}
