/* csp-success-plan.h: a success plan agreed with a customer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-record.h"

G_BEGIN_DECLS

#define CSP_TYPE_SUCCESS_PLAN (csp_success_plan_get_type ())

G_DECLARE_FINAL_TYPE (CspSuccessPlan, csp_success_plan, CSP, SUCCESS_PLAN, CspRecord)

CspSuccessPlan *csp_success_plan_new                 (gint64          account_id,
                                                      const char     *title);
gint64          csp_success_plan_get_account_id      (CspSuccessPlan *self);
void            csp_success_plan_set_account_id      (CspSuccessPlan *self,
                                                      gint64          value);
const char     *csp_success_plan_get_title           (CspSuccessPlan *self);
void            csp_success_plan_set_title           (CspSuccessPlan *self,
                                                      const char     *value);
const char     *csp_success_plan_get_desired_outcome (CspSuccessPlan *self);
void            csp_success_plan_set_desired_outcome (CspSuccessPlan *self,
                                                      const char     *value);
CspPlanStatus   csp_success_plan_get_status          (CspSuccessPlan *self);
void            csp_success_plan_set_status          (CspSuccessPlan *self,
                                                      CspPlanStatus   value);
const char     *csp_success_plan_get_start_on        (CspSuccessPlan *self);
void            csp_success_plan_set_start_on        (CspSuccessPlan *self,
                                                      const char     *value);
const char     *csp_success_plan_get_target_on       (CspSuccessPlan *self);
void            csp_success_plan_set_target_on       (CspSuccessPlan *self,
                                                      const char     *value);
const char     *csp_success_plan_get_completed_on    (CspSuccessPlan *self);
void            csp_success_plan_set_completed_on    (CspSuccessPlan *self,
                                                      const char     *value);
const char     *csp_success_plan_get_template_key    (CspSuccessPlan *self);
void            csp_success_plan_set_template_key    (CspSuccessPlan *self,
                                                      const char     *value);

G_END_DECLS
