/* csp-plan-page.h: one success plan, its objectives and actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_PLAN_PAGE (csp_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (CspPlanPage, csp_plan_page, CSP, PLAN_PAGE, AdwBin)

CspStore       *csp_plan_page_get_store      (CspPlanPage  *self);
void            csp_plan_page_set_store      (CspPlanPage  *self,
                                              CspStore     *store);
void            csp_plan_page_set_today      (CspPlanPage  *self,
                                              const char   *today);
void            csp_plan_page_show_plan      (CspPlanPage  *self,
                                              gint64        plan_id);
gint64          csp_plan_page_get_plan_id    (CspPlanPage  *self);
CspSuccessPlan *csp_plan_page_get_plan       (CspPlanPage  *self);
GListModel     *csp_plan_page_get_objectives (CspPlanPage  *self);
GListModel     *csp_plan_page_get_actions    (CspPlanPage  *self);
void            csp_plan_page_reload         (CspPlanPage  *self);

gboolean        csp_plan_page_set_done       (CspPlanPage  *self,
                                              gint64        action_id,
                                              gboolean      done,
                                              GError      **error);
gboolean        csp_plan_page_move           (CspPlanPage  *self,
                                              GType         type,
                                              gint64        id,
                                              int           delta,
                                              GError      **error);
gboolean        csp_plan_page_delete         (CspPlanPage  *self,
                                              GType         type,
                                              gint64        id,
                                              GError      **error);
gboolean        csp_plan_page_set_status     (CspPlanPage  *self,
                                              CspPlanStatus status,
                                              gboolean      cancel_remaining,
                                              GError      **error);

G_END_DECLS
