/* csp-store-records.h: create, read, update and delete any entity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-store.h"

G_BEGIN_DECLS

/* Generic access, by the record's type. Columns are the record's
 * properties with '-' spelled '_'. */
gboolean    csp_store_insert   (CspStore    *self,
                                CspRecord   *record,
                                GError     **error);
gboolean    csp_store_update   (CspStore    *self,
                                CspRecord   *record,
                                GError     **error);
gboolean    csp_store_delete   (CspStore    *self,
                                GType        record_type,
                                gint64       id,
                                GError     **error);
gpointer    csp_store_get      (CspStore    *self,
                                GType        record_type,
                                gint64       id,
                                GError     **error);
GListModel *csp_store_list     (CspStore    *self,
                                GType        record_type,
                                const char  *parent_column,
                                gint64       parent_id,
                                const char  *order_column,
                                GError     **error);
const char *csp_store_table_for (GType       record_type);

/* Typed wrappers, one set per entity: add (insert; sets the id),
 * get, update, delete, and list by the owning row. */
#define CSP_STORE_DECLARE_ENTITY(TypeName, name)                                   \
  gboolean    csp_store_add_##name    (CspStore *self, TypeName *record, GError **error); \
  TypeName   *csp_store_get_##name    (CspStore *self, gint64 id, GError **error);        \
  gboolean    csp_store_update_##name (CspStore *self, TypeName *record, GError **error); \
  gboolean    csp_store_delete_##name (CspStore *self, gint64 id, GError **error);

CSP_STORE_DECLARE_ENTITY (CspAccount, account)
CSP_STORE_DECLARE_ENTITY (CspStakeholder, stakeholder)
CSP_STORE_DECLARE_ENTITY (CspHealthSnapshot, health_snapshot)
CSP_STORE_DECLARE_ENTITY (CspSuccessPlan, success_plan)
CSP_STORE_DECLARE_ENTITY (CspObjective, objective)
CSP_STORE_DECLARE_ENTITY (CspActionItem, action_item)
CSP_STORE_DECLARE_ENTITY (CspMeeting, meeting)
CSP_STORE_DECLARE_ENTITY (CspAttendee, attendee)
CSP_STORE_DECLARE_ENTITY (CspDecision, decision)
CSP_STORE_DECLARE_ENTITY (CspRisk, risk)
CSP_STORE_DECLARE_ENTITY (CspActivity, activity)
CSP_STORE_DECLARE_ENTITY (CspPlanTemplate, plan_template)

/* Lists of the rows that belong to one owner, as GListModels of the
 * entity type, in the order the views show them (ties by id). */
GListModel *csp_store_list_accounts         (CspStore  *self,
                                             GError   **error);
GListModel *csp_store_list_stakeholders     (CspStore  *self,
                                             gint64     account_id,
                                             GError   **error);
GListModel *csp_store_list_health_snapshots (CspStore  *self,
                                             gint64     account_id,
                                             GError   **error);
GListModel *csp_store_list_success_plans    (CspStore  *self,
                                             gint64     account_id,
                                             GError   **error);
GListModel *csp_store_list_meetings         (CspStore  *self,
                                             gint64     account_id,
                                             GError   **error);
GListModel *csp_store_list_risks            (CspStore  *self,
                                             gint64     account_id,
                                             GError   **error);
GListModel *csp_store_list_activities       (CspStore  *self,
                                             gint64     account_id,
                                             GError   **error);
GListModel *csp_store_list_objectives       (CspStore  *self,
                                             gint64     plan_id,
                                             GError   **error);
GListModel *csp_store_list_action_items     (CspStore  *self,
                                             gint64     plan_id,
                                             GError   **error);
GListModel *csp_store_list_attendees        (CspStore  *self,
                                             gint64     meeting_id,
                                             GError   **error);
GListModel *csp_store_list_decisions        (CspStore  *self,
                                             gint64     meeting_id,
                                             GError   **error);
GListModel *csp_store_list_plan_templates   (CspStore  *self,
                                             GError   **error);

G_END_DECLS
