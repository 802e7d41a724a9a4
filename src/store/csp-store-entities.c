/* csp-store-entities.c: the typed store API, one set per entity
 *
 * Thin wrappers over the generic mapping of csp-store-records.c, so
 * callers get the entity's own type and the compiler checks it. Each
 * list names the column it is ordered by; all end with the id, so rows
 * that tie keep the order they were added in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-store-records.h"

#define CSP_STORE_DEFINE_ENTITY(TypeName, name, TYPE)                                  \
  gboolean csp_store_add_##name (CspStore *self, TypeName *record, GError **error)     \
  { return csp_store_insert (self, CSP_RECORD (record), error); }                      \
  TypeName *csp_store_get_##name (CspStore *self, gint64 id, GError **error)           \
  { return csp_store_get (self, TYPE, id, error); }                                    \
  gboolean csp_store_update_##name (CspStore *self, TypeName *record, GError **error)  \
  { return csp_store_update (self, CSP_RECORD (record), error); }                      \
  gboolean csp_store_delete_##name (CspStore *self, gint64 id, GError **error)         \
  { return csp_store_delete (self, TYPE, id, error); }

CSP_STORE_DEFINE_ENTITY (CspAccount, account, CSP_TYPE_ACCOUNT)
CSP_STORE_DEFINE_ENTITY (CspStakeholder, stakeholder, CSP_TYPE_STAKEHOLDER)
CSP_STORE_DEFINE_ENTITY (CspHealthSnapshot, health_snapshot, CSP_TYPE_HEALTH_SNAPSHOT)
CSP_STORE_DEFINE_ENTITY (CspSuccessPlan, success_plan, CSP_TYPE_SUCCESS_PLAN)
CSP_STORE_DEFINE_ENTITY (CspObjective, objective, CSP_TYPE_OBJECTIVE)
CSP_STORE_DEFINE_ENTITY (CspActionItem, action_item, CSP_TYPE_ACTION_ITEM)
CSP_STORE_DEFINE_ENTITY (CspMeeting, meeting, CSP_TYPE_MEETING)
CSP_STORE_DEFINE_ENTITY (CspAttendee, attendee, CSP_TYPE_ATTENDEE)
CSP_STORE_DEFINE_ENTITY (CspDecision, decision, CSP_TYPE_DECISION)
CSP_STORE_DEFINE_ENTITY (CspRisk, risk, CSP_TYPE_RISK)
CSP_STORE_DEFINE_ENTITY (CspActivity, activity, CSP_TYPE_ACTIVITY)
CSP_STORE_DEFINE_ENTITY (CspPlanTemplate, plan_template, CSP_TYPE_PLAN_TEMPLATE)

GListModel *
csp_store_list_accounts (CspStore  *self,
                         GError   **error)
{
  return csp_store_list (self, CSP_TYPE_ACCOUNT, NULL, 0, "name", error);
}

GListModel *
csp_store_list_stakeholders (CspStore  *self,
                             gint64     account_id,
                             GError   **error)
{
  return csp_store_list (self, CSP_TYPE_STAKEHOLDER, "account_id", account_id, "name", error);
}

/* Oldest first, so the last item is the current health. */
GListModel *
csp_store_list_health_snapshots (CspStore  *self,
                                 gint64     account_id,
                                 GError   **error)
{
  return csp_store_list (self, CSP_TYPE_HEALTH_SNAPSHOT, "account_id", account_id,
                         "taken_on", error);
}

GListModel *
csp_store_list_success_plans (CspStore  *self,
                              gint64     account_id,
                              GError   **error)
{
  return csp_store_list (self, CSP_TYPE_SUCCESS_PLAN, "account_id", account_id, NULL, error);
}

/* Timestamps are UTC text of one fixed form, so text order is time order. */
GListModel *
csp_store_list_meetings (CspStore  *self,
                         gint64     account_id,
                         GError   **error)
{
  return csp_store_list (self, CSP_TYPE_MEETING, "account_id", account_id,
                         "scheduled_at", error);
}

GListModel *
csp_store_list_risks (CspStore  *self,
                      gint64     account_id,
                      GError   **error)
{
  return csp_store_list (self, CSP_TYPE_RISK, "account_id", account_id, "raised_on", error);
}

GListModel *
csp_store_list_activities (CspStore  *self,
                           gint64     account_id,
                           GError   **error)
{
  return csp_store_list (self, CSP_TYPE_ACTIVITY, "account_id", account_id,
                         "occurred_on", error);
}

GListModel *
csp_store_list_objectives (CspStore  *self,
                           gint64     plan_id,
                           GError   **error)
{
  return csp_store_list (self, CSP_TYPE_OBJECTIVE, "plan_id", plan_id, "position", error);
}

GListModel *
csp_store_list_action_items (CspStore  *self,
                             gint64     plan_id,
                             GError   **error)
{
  return csp_store_list (self, CSP_TYPE_ACTION_ITEM, "plan_id", plan_id, "position", error);
}

GListModel *
csp_store_list_attendees (CspStore  *self,
                          gint64     meeting_id,
                          GError   **error)
{
  return csp_store_list (self, CSP_TYPE_ATTENDEE, "meeting_id", meeting_id, NULL, error);
}

GListModel *
csp_store_list_decisions (CspStore  *self,
                          gint64     meeting_id,
                          GError   **error)
{
  return csp_store_list (self, CSP_TYPE_DECISION, "meeting_id", meeting_id, "position", error);
}

GListModel *
csp_store_list_plan_templates (CspStore  *self,
                               GError   **error)
{
  return csp_store_list (self, CSP_TYPE_PLAN_TEMPLATE, NULL, 0, "name", error);
}
