/* csp-action-summary.h: one row of the cross-account action list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-model-types.h"

G_BEGIN_DECLS

#define CSP_TYPE_ACTION_SUMMARY (csp_action_summary_get_type ())

G_DECLARE_FINAL_TYPE (CspActionSummary, csp_action_summary, CSP, ACTION_SUMMARY, GObject)

CspActionSummary *csp_action_summary_new              (CspActionItem    *action,
                                                       gint64            account_id,
                                                       const char       *account_name,
                                                       const char       *plan_title,
                                                       gboolean          overdue);
CspActionItem    *csp_action_summary_get_action       (CspActionSummary *self);
gint64            csp_action_summary_get_account_id   (CspActionSummary *self);
const char       *csp_action_summary_get_account_name (CspActionSummary *self);
const char       *csp_action_summary_get_plan_title   (CspActionSummary *self);
gboolean          csp_action_summary_get_overdue      (CspActionSummary *self);
const char       *csp_action_summary_get_search_key   (CspActionSummary *self);

G_END_DECLS
