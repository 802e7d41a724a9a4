/* csp-meeting-page.h: one meeting, its attendees, notes and decisions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_MEETING_PAGE (csp_meeting_page_get_type ())

G_DECLARE_FINAL_TYPE (CspMeetingPage, csp_meeting_page, CSP, MEETING_PAGE, AdwBin)

void        csp_meeting_page_set_store    (CspMeetingPage *self,
                                           CspStore       *store);
gboolean    csp_meeting_page_show_meeting (CspMeetingPage *self,
                                           gint64          meeting_id,
                                           GError        **error);
CspMeeting *csp_meeting_page_get_meeting  (CspMeetingPage *self);
void        csp_meeting_page_save         (CspMeetingPage *self);

G_END_DECLS
