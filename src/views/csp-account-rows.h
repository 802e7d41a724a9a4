/* csp-account-rows.h: the rows and texts of the account page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store.h"
#include "csp-stakeholder-contact.h"
#include "csp-timeline-entry.h"
#include "csp-plan-progress.h"

G_BEGIN_DECLS

char      *csp_account_format_countdown (const char            *today,
                                         const char            *date);
GtkWidget *csp_account_fact_new         (const char            *caption,
                                         const char            *value,
                                         const char            *css_class);
GtkWidget *csp_account_stakeholder_row  (CspStakeholderContact *contact);
GtkWidget *csp_account_gap_row          (CspCoverageGaps        gap);
GtkWidget *csp_account_risk_row         (CspRisk               *risk,
                                         const char            *currency);
GtkWidget *csp_account_timeline_row     (CspTimelineEntry      *entry);
GtkWidget *csp_account_plan_row         (CspPlanProgress       *progress);
GtkWidget *csp_account_action_row       (CspActionSummary      *summary);
GtkWidget *csp_account_meeting_row      (CspMeeting            *meeting);
GtkWidget *csp_account_note_row         (const char            *text);

G_END_DECLS
