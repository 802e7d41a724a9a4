/* csp-meeting-summary.h: one row of the upcoming meetings list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-model-types.h"

G_BEGIN_DECLS

#define CSP_TYPE_MEETING_SUMMARY (csp_meeting_summary_get_type ())

G_DECLARE_FINAL_TYPE (CspMeetingSummary, csp_meeting_summary, CSP, MEETING_SUMMARY, GObject)

CspMeetingSummary *csp_meeting_summary_new              (CspMeeting        *meeting,
                                                         const char        *account_name);
CspMeeting        *csp_meeting_summary_get_meeting      (CspMeetingSummary *self);
const char        *csp_meeting_summary_get_account_name (CspMeetingSummary *self);

G_END_DECLS
