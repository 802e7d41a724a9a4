/* csp-store-brief-lists.c: the lists of a brief, one query each
 *
 * Actions, risks, decisions, attendees and stakeholders of the brief's
 * account, as of the meeting's day D, since the day S of the previous
 * held meeting (or 90 days before):
 *
 * - done actions: completed after S and on or before D;
 * - open actions: not cancelled (nor their plan) and not done by D (one
 *   done later was still open then, and shows so); overdue when due
 *   before D;
 * - open risks: raised by D and not resolved by D; resolved risks:
 *   resolved after S and on or before D;
 * - decisions of the previous meeting (and of this one) with the action
 *   each produced, if it still exists;
 * - attendees with the stakeholder they were picked from; stakeholders
 *   with the day of the latest held meeting before this one that they
 *   attended (for the coverage gaps).
 *
 * CROSS JOIN fixes the order of a join where SQLite would otherwise
 * scan every account's rows through a wider index (done actions by
 * status, held meetings by time): the account's own rows come first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-brief-attendee.h"
#include "csp-brief-decision.h"
#include "csp-store-brief-private.h"
#include "csp-store-private.h"

#define PRIORITY_ORDER(col) "CASE " col " WHEN 'critical' THEN 0 WHEN 'urgent' THEN 1" \
                            " WHEN 'normal' THEN 2 ELSE 3 END"
#define LEVEL_ORDER(col) "CASE " col " WHEN 'executive' THEN 0 WHEN 'project_lead' THEN 1" \
                         " WHEN 'member' THEN 2 ELSE 3 END"

typedef gpointer (*RowFunc) (sqlite3_stmt    *stmt,
                             CspMeetingBrief *brief);

/* Prepares "SELECT <@first's columns under x>[, <@second's under y>]@rest". */
static sqlite3_stmt *
prepare_join (CspStore    *self,
              GType        first,
              GType        second,
              const char  *rest,
              GError     **error)
{
  g_autofree char *x = _csp_store_select_columns (first, "x");
  g_autofree char *y = second ? _csp_store_select_columns (second, "y") : NULL;
  g_autofree char *sql = g_strconcat ("SELECT ", x, y ? ", " : "", y ? y : "", rest, NULL);

  return _csp_store_prepare (self, sql, error);
}

/* Runs @stmt (bound) to its end; what @row_func makes of each row goes
 * into a list of @item_type set as @list of @brief. */
static gboolean
collect (CspStore         *self,
         sqlite3_stmt     *stmt,
         GType             item_type,
         RowFunc           row_func,
         CspMeetingBrief  *brief,
         CspBriefList      list,
         GError          **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) store = g_list_store_new (item_type);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, row_func (stmt, brief));
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      _csp_store_set_error (self, rc, error);
      return FALSE;
    }

  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  csp_meeting_brief_set_list (brief, list, G_LIST_MODEL (store));
  return TRUE;
}

static gint64
account_id (CspMeetingBrief *brief)
{
  return csp_record_get_id (CSP_RECORD (csp_meeting_brief_get_account (brief)));
}

static void
bind_days (sqlite3_stmt    *stmt,
           CspMeetingBrief *brief)
{
  sqlite3_bind_int64 (stmt, 1, account_id (brief));
  sqlite3_bind_text (stmt, 2, csp_meeting_brief_get_since (brief), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, csp_meeting_brief_get_date (brief), -1, SQLITE_TRANSIENT);
}

/* Actions */

static gpointer
action_from_row (sqlite3_stmt    *stmt,
                 CspMeetingBrief *brief)
{
  const char *date = csp_meeting_brief_get_date (brief);
  CspAccount *account = csp_meeting_brief_get_account (brief);
  int next;
  g_autoptr(CspActionItem) action = _csp_store_read_record (CSP_TYPE_ACTION_ITEM, stmt, 0, &next);
  const char *due_on = csp_action_item_get_due_on (action);
  gboolean done = csp_action_item_get_status (action) == CSP_ACTION_DONE;

  /* Done after the meeting's day: still open on it. */
  if (done && g_strcmp0 (csp_action_item_get_completed_on (action), date) > 0)
    {
      csp_action_item_reopen (action, CSP_ACTION_OPEN);
      done = FALSE;
    }

  return csp_action_summary_new (action, account_id (brief), csp_account_get_name (account),
                                 (const char *) sqlite3_column_text (stmt, next),
                                 !done && due_on != NULL && g_strcmp0 (due_on, date) < 0);
}

static gboolean
read_done_actions (CspStore         *self,
                   CspMeetingBrief  *brief,
                   GError          **error)
{
  sqlite3_stmt *stmt = prepare_join (self, CSP_TYPE_ACTION_ITEM, G_TYPE_INVALID,
    ", p.title FROM success_plan p CROSS JOIN action_item x ON x.plan_id = p.id"
    " WHERE p.account_id = ?1 AND x.status = 'done'"
    "   AND x.completed_on > ?2 AND x.completed_on <= ?3"
    " ORDER BY x.completed_on DESC, x.id", error);

  if (stmt == NULL)
    return FALSE;
  bind_days (stmt, brief);
  return collect (self, stmt, CSP_TYPE_ACTION_SUMMARY, action_from_row, brief,
                  CSP_BRIEF_DONE_ACTIONS, error);
}

/* Overdue first (soonest due first within), undated last, then by
 * priority. */
static gboolean
read_open_actions (CspStore         *self,
                   CspMeetingBrief  *brief,
                   GError          **error)
{
  sqlite3_stmt *stmt = prepare_join (self, CSP_TYPE_ACTION_ITEM, G_TYPE_INVALID,
    ", p.title FROM action_item x JOIN success_plan p ON p.id = x.plan_id"
    " WHERE p.account_id = ?1 AND p.status <> 'cancelled' AND x.status <> 'cancelled'"
    "   AND (x.status <> 'done' OR x.completed_on > ?3)"
    " ORDER BY x.due_on IS NULL, x.due_on, " PRIORITY_ORDER ("x.priority") ", x.id", error);

  if (stmt == NULL)
    return FALSE;
  bind_days (stmt, brief);
  return collect (self, stmt, CSP_TYPE_ACTION_SUMMARY, action_from_row, brief,
                  CSP_BRIEF_OPEN_ACTIONS, error);
}

gboolean
_csp_store_brief_read_actions (CspStore         *self,
                               CspMeetingBrief  *brief,
                               GError          **error)
{
  return read_done_actions (self, brief, error) && read_open_actions (self, brief, error);
}

/* Risks */

static gpointer
risk_from_row (sqlite3_stmt    *stmt,
               CspMeetingBrief *brief)
{
  CspRisk *risk = _csp_store_read_record (CSP_TYPE_RISK, stmt, 0, NULL);

  /* Resolved after the meeting's day: still open on it. */
  if (g_strcmp0 (csp_risk_get_resolved_on (risk), csp_meeting_brief_get_date (brief)) > 0)
    {
      csp_risk_set_resolved_on (risk, NULL);
      csp_risk_set_saved_arr_minor (risk, CSP_UNSET);
    }
  return risk;
}

/* One query for both lists: open ones have no resolved_on as read. */
static void
split_risks (CspMeetingBrief *brief)
{
  GListModel *all = csp_meeting_brief_get_list (brief, CSP_BRIEF_OPEN_RISKS);
  g_autoptr(GListStore) open = g_list_store_new (CSP_TYPE_RISK);
  g_autoptr(GListStore) resolved = g_list_store_new (CSP_TYPE_RISK);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CspRisk) risk = g_list_model_get_item (all, i);

      g_list_store_append (csp_risk_get_resolved_on (risk) ? resolved : open, risk);
    }
  csp_meeting_brief_set_list (brief, CSP_BRIEF_OPEN_RISKS, G_LIST_MODEL (open));
  csp_meeting_brief_set_list (brief, CSP_BRIEF_RESOLVED_RISKS, G_LIST_MODEL (resolved));
}

/* The most severe first, then the newest. */
gboolean
_csp_store_brief_read_risks (CspStore         *self,
                             CspMeetingBrief  *brief,
                             GError          **error)
{
  sqlite3_stmt *stmt = prepare_join (self, CSP_TYPE_RISK, G_TYPE_INVALID,
    " FROM risk x WHERE x.account_id = ?1 AND x.raised_on <= ?3"
    "   AND (x.resolved_on IS NULL OR x.resolved_on > ?2)"
    " ORDER BY " PRIORITY_ORDER ("x.severity") ", x.raised_on DESC, x.id DESC", error);

  if (stmt == NULL)
    return FALSE;
  bind_days (stmt, brief);
  if (!collect (self, stmt, CSP_TYPE_RISK, risk_from_row, brief, CSP_BRIEF_OPEN_RISKS, error))
    return FALSE;

  split_risks (brief);
  return TRUE;
}

/* Decisions */

static gpointer
decision_from_row (sqlite3_stmt    *stmt,
                   CspMeetingBrief *brief)
{
  int next;
  g_autoptr(CspDecision) decision = _csp_store_read_record (CSP_TYPE_DECISION, stmt, 0, &next);
  g_autoptr(CspActionItem) action = _csp_store_read_record (CSP_TYPE_ACTION_ITEM, stmt, next, NULL);

  return csp_brief_decision_new (decision, action);
}

static gboolean
read_meeting_decisions (CspStore         *self,
                        CspMeetingBrief  *brief,
                        CspMeeting       *meeting,
                        CspBriefList      list,
                        GError          **error)
{
  sqlite3_stmt *stmt;

  if (meeting == NULL)
    return TRUE;
  stmt = prepare_join (self, CSP_TYPE_DECISION, CSP_TYPE_ACTION_ITEM,
    " FROM decision x LEFT JOIN action_item y ON y.id = x.action_id"
    " WHERE x.meeting_id = ?1 ORDER BY x.position, x.id", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, csp_record_get_id (CSP_RECORD (meeting)));
  return collect (self, stmt, CSP_TYPE_BRIEF_DECISION, decision_from_row, brief, list, error);
}

gboolean
_csp_store_brief_read_decisions (CspStore         *self,
                                 CspMeetingBrief  *brief,
                                 GError          **error)
{
  return read_meeting_decisions (self, brief, csp_meeting_brief_get_previous (brief),
                                 CSP_BRIEF_PREVIOUS_DECISIONS, error) &&
         read_meeting_decisions (self, brief, csp_meeting_brief_get_meeting (brief),
                                 CSP_BRIEF_DECISIONS, error);
}

/* Attendees and stakeholders */

static gpointer
attendee_from_row (sqlite3_stmt    *stmt,
                   CspMeetingBrief *brief)
{
  int next;
  g_autoptr(CspAttendee) attendee = _csp_store_read_record (CSP_TYPE_ATTENDEE, stmt, 0, &next);
  g_autoptr(CspStakeholder) person =
    _csp_store_read_record (CSP_TYPE_STAKEHOLDER, stmt, next, NULL);

  return csp_brief_attendee_new (attendee, person);
}

/* The customer's first, by level (those not from the map after), then
 * ours; each by name. */
static gboolean
read_attendees (CspStore         *self,
                CspMeetingBrief  *brief,
                GError          **error)
{
  sqlite3_stmt *stmt = prepare_join (self, CSP_TYPE_ATTENDEE, CSP_TYPE_STAKEHOLDER,
    " FROM attendee x LEFT JOIN stakeholder y ON y.id = x.stakeholder_id"
    " WHERE x.meeting_id = ?1"
    " ORDER BY x.side = 'ours', " LEVEL_ORDER ("y.level") ", x.name, x.id", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1,
                      csp_record_get_id (CSP_RECORD (csp_meeting_brief_get_meeting (brief))));
  return collect (self, stmt, CSP_TYPE_BRIEF_ATTENDEE, attendee_from_row, brief,
                  CSP_BRIEF_ATTENDEES, error);
}

static gpointer
contact_from_row (sqlite3_stmt    *stmt,
                  CspMeetingBrief *brief)
{
  int next;
  g_autoptr(CspStakeholder) person = _csp_store_read_record (CSP_TYPE_STAKEHOLDER, stmt, 0, &next);

  return csp_stakeholder_contact_new (person, (const char *) sqlite3_column_text (stmt, next));
}

/* As the account page lists them, but met only before this meeting. */
static gboolean
read_stakeholders (CspStore         *self,
                   CspMeetingBrief  *brief,
                   GError          **error)
{
  CspMeeting *meeting = csp_meeting_brief_get_meeting (brief);
  sqlite3_stmt *stmt = prepare_join (self, CSP_TYPE_STAKEHOLDER, G_TYPE_INVALID,
    ", (SELECT max(substr(m.scheduled_at, 1, 10)) FROM attendee t"
    "            CROSS JOIN meeting m ON m.id = t.meeting_id"
    "            WHERE t.stakeholder_id = x.id AND m.status = 'held' AND m.scheduled_at < ?2)"
    " FROM stakeholder x WHERE x.account_id = ?1"
    " ORDER BY " LEVEL_ORDER ("x.level") ", x.name, x.id", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, account_id (brief));
  sqlite3_bind_text (stmt, 2, csp_meeting_get_scheduled_at (meeting), -1, SQLITE_TRANSIENT);
  return collect (self, stmt, CSP_TYPE_STAKEHOLDER_CONTACT, contact_from_row, brief,
                  CSP_BRIEF_STAKEHOLDERS, error);
}

gboolean
_csp_store_brief_read_people (CspStore         *self,
                              CspMeetingBrief  *brief,
                              GError          **error)
{
  return read_attendees (self, brief, error) && read_stakeholders (self, brief, error);
}
