/* csp-plan-template.h: a reusable shape of success plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-record.h"

G_BEGIN_DECLS

#define CSP_TYPE_PLAN_TEMPLATE (csp_plan_template_get_type ())

G_DECLARE_FINAL_TYPE (CspPlanTemplate, csp_plan_template, CSP, PLAN_TEMPLATE, CspRecord)

CspPlanTemplate   *csp_plan_template_new                 (const char        *key,
                                                          const char        *name);
const char        *csp_plan_template_get_key             (CspPlanTemplate   *self);
void               csp_plan_template_set_key             (CspPlanTemplate   *self,
                                                          const char        *value);
const char        *csp_plan_template_get_name            (CspPlanTemplate   *self);
void               csp_plan_template_set_name            (CspPlanTemplate   *self,
                                                          const char        *value);
CspLifecycleStage  csp_plan_template_get_lifecycle_stage (CspPlanTemplate   *self);
void               csp_plan_template_set_lifecycle_stage (CspPlanTemplate   *self,
                                                          CspLifecycleStage  value);
const char        *csp_plan_template_get_description     (CspPlanTemplate   *self);
void               csp_plan_template_set_description     (CspPlanTemplate   *self,
                                                          const char        *value);
const char        *csp_plan_template_get_body            (CspPlanTemplate   *self);
void               csp_plan_template_set_body            (CspPlanTemplate   *self,
                                                          const char        *value);

G_END_DECLS
