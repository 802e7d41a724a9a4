/* csp-meeting-summary.h: one row of the meetings list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-model-types.h"

G_BEGIN_DECLS

#define CSP_TYPE_MEETING_SUMMARY (csp_meeting_summary_get_type ())

G_DECLARE_FINAL_TYPE (CspMeetingSummary, csp_meeting_summary, CSP, MEETING_SUMMARY, GObject)

CspMeetingSummary *csp_meeting_summary_new_full         (CspMeeting        *meeting,
                                                         const char        *account_name,
                                                         guint              n_attendees,
                                                         guint              n_decisions,
                                                         gboolean           upcoming);
CspMeeting        *csp_meeting_summary_get_meeting      (CspMeetingSummary *self);
const char        *csp_meeting_summary_get_account_name (CspMeetingSummary *self);
guint              csp_meeting_summary_get_n_attendees  (CspMeetingSummary *self);
guint              csp_meeting_summary_get_n_decisions  (CspMeetingSummary *self);
gboolean           csp_meeting_summary_get_upcoming     (CspMeetingSummary *self);
gboolean           csp_meeting_summary_is_unrecorded    (CspMeetingSummary *self);

G_END_DECLS
