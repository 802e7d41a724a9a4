/* csp-plan-progress.h: a success plan and how far along it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-model-types.h"

G_BEGIN_DECLS

#define CSP_TYPE_PLAN_PROGRESS (csp_plan_progress_get_type ())

G_DECLARE_FINAL_TYPE (CspPlanProgress, csp_plan_progress, CSP, PLAN_PROGRESS, GObject)

CspPlanProgress *csp_plan_progress_new          (CspSuccessPlan  *plan,
                                                 guint            n_done,
                                                 guint            n_actions);
CspSuccessPlan  *csp_plan_progress_get_plan     (CspPlanProgress *self);
guint            csp_plan_progress_get_n_done   (CspPlanProgress *self);
guint            csp_plan_progress_get_n_actions (CspPlanProgress *self);
double           csp_plan_progress_get_fraction (CspPlanProgress *self);

G_END_DECLS
