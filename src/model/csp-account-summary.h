/* csp-account-summary.h: one row of the accounts list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-model-types.h"

G_BEGIN_DECLS

#define CSP_TYPE_ACCOUNT_SUMMARY (csp_account_summary_get_type ())

#define CSP_SPARKLINE_MAX 12

/* What the accounts table shows beside an account, read with it. */
typedef struct
{
  int      health_score;         /* CSP_UNSET when the account has no snapshot */
  int      health_change;        /* over 30 days; 0 unless has_change */
  gboolean has_change;
  int      sparkline[CSP_SPARKLINE_MAX]; /* the latest scores, oldest first */
  guint    n_sparkline;
  int      renewal_days;         /* from today; G_MAXINT without a renewal date */
  guint    n_open_actions;
  guint    n_overdue_actions;
  char     next_meeting[21];     /* UTC timestamp; "" when none is planned */
} CspAccountFacts;

G_DECLARE_FINAL_TYPE (CspAccountSummary, csp_account_summary, CSP, ACCOUNT_SUMMARY, GObject)

CspAccountSummary *csp_account_summary_new              (CspAccount        *account,
                                                         int                health_score);
CspAccountSummary *csp_account_summary_new_with_facts   (CspAccount             *account,
                                                         const CspAccountFacts  *facts);
const CspAccountFacts *csp_account_summary_get_facts    (CspAccountSummary *self);
CspAccount        *csp_account_summary_get_account      (CspAccountSummary *self);
int                csp_account_summary_get_health_score (CspAccountSummary *self);
CspHealthBand      csp_account_summary_get_health_band  (CspAccountSummary *self);
const char        *csp_account_summary_get_search_key   (CspAccountSummary *self);
const char        *csp_account_summary_get_name_sort_key (CspAccountSummary *self);
const char        *csp_account_summary_get_csm_sort_key (CspAccountSummary *self);

G_END_DECLS
