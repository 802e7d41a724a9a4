/* csp-account-summary.h: one row of the accounts list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-model-types.h"

G_BEGIN_DECLS

#define CSP_TYPE_ACCOUNT_SUMMARY (csp_account_summary_get_type ())

G_DECLARE_FINAL_TYPE (CspAccountSummary, csp_account_summary, CSP, ACCOUNT_SUMMARY, GObject)

CspAccountSummary *csp_account_summary_new              (CspAccount        *account,
                                                         int                health_score);
CspAccount        *csp_account_summary_get_account      (CspAccountSummary *self);
int                csp_account_summary_get_health_score (CspAccountSummary *self);
CspHealthBand      csp_account_summary_get_health_band  (CspAccountSummary *self);

G_END_DECLS
