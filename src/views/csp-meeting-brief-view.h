/* csp-meeting-brief-view.h: a meeting's brief, with copy, print and PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-meeting-brief.h"
#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_MEETING_BRIEF_VIEW (csp_meeting_brief_view_get_type ())

G_DECLARE_FINAL_TYPE (CspMeetingBriefView, csp_meeting_brief_view, CSP, MEETING_BRIEF_VIEW, GtkWidget)

GtkWidget       *csp_meeting_brief_view_new          (void);
void             csp_meeting_brief_view_set_store    (CspMeetingBriefView *self,
                                                      CspStore            *store);
void             csp_meeting_brief_view_show_meeting (CspMeetingBriefView *self,
                                                      gint64               meeting_id);
CspMeetingBrief *csp_meeting_brief_view_get_brief    (CspMeetingBriefView *self);
gboolean         csp_meeting_brief_view_get_loading  (CspMeetingBriefView *self);
gboolean         csp_meeting_brief_view_export_pdf   (CspMeetingBriefView *self,
                                                      const char          *path);

G_END_DECLS
