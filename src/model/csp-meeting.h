/* csp-meeting.h: a meeting with a customer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-record.h"

G_BEGIN_DECLS

#define CSP_TYPE_MEETING (csp_meeting_get_type ())

G_DECLARE_FINAL_TYPE (CspMeeting, csp_meeting, CSP, MEETING, CspRecord)

CspMeeting        *csp_meeting_new                  (gint64             account_id,
                                                     const char        *title,
                                                     const char        *scheduled_at);
gint64             csp_meeting_get_account_id       (CspMeeting        *self);
void               csp_meeting_set_account_id       (CspMeeting        *self,
                                                     gint64             value);
CspMeetingKind     csp_meeting_get_kind             (CspMeeting        *self);
void               csp_meeting_set_kind             (CspMeeting        *self,
                                                     CspMeetingKind     value);
const char        *csp_meeting_get_title            (CspMeeting        *self);
void               csp_meeting_set_title            (CspMeeting        *self,
                                                     const char        *value);
const char        *csp_meeting_get_scheduled_at     (CspMeeting        *self);
void               csp_meeting_set_scheduled_at     (CspMeeting        *self,
                                                     const char        *value);
int                csp_meeting_get_duration_minutes (CspMeeting        *self);
void               csp_meeting_set_duration_minutes (CspMeeting        *self,
                                                     int                value);
CspMeetingChannel  csp_meeting_get_channel          (CspMeeting        *self);
void               csp_meeting_set_channel          (CspMeeting        *self,
                                                     CspMeetingChannel  value);
CspMeetingStatus   csp_meeting_get_status           (CspMeeting        *self);
void               csp_meeting_set_status           (CspMeeting        *self,
                                                     CspMeetingStatus   value);
const char        *csp_meeting_get_agenda           (CspMeeting        *self);
void               csp_meeting_set_agenda           (CspMeeting        *self,
                                                     const char        *value);
const char        *csp_meeting_get_notes            (CspMeeting        *self);
void               csp_meeting_set_notes            (CspMeeting        *self,
                                                     const char        *value);

G_END_DECLS
