/* csp-account-overview.h: what the account page shows, read at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-health.h"
#include <gio/gio.h>

#include "csp-model-types.h"

G_BEGIN_DECLS

typedef enum {
  CSP_OVERVIEW_SNAPSHOTS,    /* CspHealthSnapshot, oldest first */
  CSP_OVERVIEW_STAKEHOLDERS, /* CspStakeholderContact, by level then name */
  CSP_OVERVIEW_RISKS,        /* CspRisk, open first, newest first */
  CSP_OVERVIEW_TIMELINE,     /* CspTimelineEntry, newest first */
  CSP_OVERVIEW_PLANS,        /* CspPlanProgress, active first */
  CSP_OVERVIEW_OPEN_ACTIONS, /* CspActionSummary, soonest due first */
  CSP_OVERVIEW_MEETINGS,     /* CspMeeting, by time */
  CSP_OVERVIEW_N_LISTS
} CspOverviewList;

#define CSP_TYPE_ACCOUNT_OVERVIEW (csp_account_overview_get_type ())

G_DECLARE_FINAL_TYPE (CspAccountOverview, csp_account_overview, CSP, ACCOUNT_OVERVIEW, GObject)

CspAccountOverview     *csp_account_overview_new         (CspAccount             *account,
                                                          const CspHealthWeights *weights);
CspAccount             *csp_account_overview_get_account (CspAccountOverview     *self);
const CspHealthWeights *csp_account_overview_get_weights (CspAccountOverview     *self);
GListModel             *csp_account_overview_get_list    (CspAccountOverview     *self,
                                                          CspOverviewList         list);
void                    csp_account_overview_set_list    (CspAccountOverview     *self,
                                                          CspOverviewList         list,
                                                          GListModel             *model);
guint                   csp_account_overview_count_open_risks (CspAccountOverview *self);

G_END_DECLS
