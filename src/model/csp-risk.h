/* csp-risk.h: a churn risk raised on an account
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-record.h"

G_BEGIN_DECLS

#define CSP_TYPE_RISK (csp_risk_get_type ())

G_DECLARE_FINAL_TYPE (CspRisk, csp_risk, CSP, RISK, CspRecord)

CspRisk     *csp_risk_new                 (gint64       account_id,
                                           CspRiskKind  kind,
                                           const char  *raised_on);
gint64       csp_risk_get_account_id      (CspRisk     *self);
void         csp_risk_set_account_id      (CspRisk     *self,
                                           gint64       value);
CspRiskKind  csp_risk_get_kind            (CspRisk     *self);
void         csp_risk_set_kind            (CspRisk     *self,
                                           CspRiskKind  value);
CspPriority  csp_risk_get_severity        (CspRisk     *self);
void         csp_risk_set_severity        (CspRisk     *self,
                                           CspPriority  value);
const char  *csp_risk_get_raised_on       (CspRisk     *self);
void         csp_risk_set_raised_on       (CspRisk     *self,
                                           const char  *value);
const char  *csp_risk_get_resolved_on     (CspRisk     *self);
void         csp_risk_set_resolved_on     (CspRisk     *self,
                                           const char  *value);
gint64       csp_risk_get_saved_arr_minor (CspRisk     *self);
void         csp_risk_set_saved_arr_minor (CspRisk     *self,
                                           gint64       value);
const char  *csp_risk_get_notes           (CspRisk     *self);
void         csp_risk_set_notes           (CspRisk     *self,
                                           const char  *value);

G_END_DECLS
