/* csp-meeting-filter.h: which meetings the Meetings tab shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-meeting-summary.h"

G_BEGIN_DECLS

/* What a filter field holds when it lets every value through. */
#define CSP_MEETING_FILTER_ANY (-1)

typedef struct
{
  gboolean  past;        /* the meetings that have ended, else those to come */
  int       kind;        /* a CspMeetingKind, or CSP_MEETING_FILTER_ANY */
  int       status;      /* a CspMeetingStatus, or CSP_MEETING_FILTER_ANY */
  gint64    account_id;  /* 0 for any account */
  char     *needle;      /* the search, folded; NULL when none */
} CspMeetingFilter;

CspMeetingFilter *csp_meeting_filter_new          (void);
void              csp_meeting_filter_free         (CspMeetingFilter  *self);
gboolean          csp_meeting_filter_set_search   (CspMeetingFilter  *self,
                                                   const char        *text);
gboolean          csp_meeting_filter_match        (CspMeetingFilter  *self,
                                                   CspMeetingSummary *summary);
guint             csp_meeting_filter_get_n_active (CspMeetingFilter  *self);

char             *csp_text_fold                   (const char        *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CspMeetingFilter, csp_meeting_filter_free)

G_END_DECLS
