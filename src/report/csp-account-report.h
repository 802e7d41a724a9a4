/* csp-account-report.h: one account's figures for a report period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-store-report.h"

G_BEGIN_DECLS

typedef struct
{
  CspAccount        *account;
  CspHealthPoint     health_start;  /* nearest snapshot at or before the first day */
  CspHealthPoint     health_end;    /* nearest snapshot at or before the last day */
  GArray            *trend;         /* CspHealthPoint in the period, oldest first */
  CspActionFigures   actions;
  CspMeetingFigures  meetings;
  GPtrArray         *held_meetings; /* CspHeldMeeting in the period, oldest first */
  CspRiskFigures     risks;
  GPtrArray         *risk_list;     /* CspRisk raised by the last day, open in the period */
} CspAccountReport;

CspAccountReport *csp_account_report_load         (CspStore          *store,
                                                   CspAccount        *account,
                                                   const char        *from,
                                                   const char        *to,
                                                   GError           **error);
void              csp_account_report_free         (CspAccountReport  *self);
gboolean          csp_account_report_health_change (const CspAccountReport *self,
                                                   int               *change);
int               csp_account_report_progress_pct (const CspAccountReport *self);
int               csp_account_report_sum_sides    (const int          by_side[2]);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CspAccountReport, csp_account_report_free)

G_END_DECLS
