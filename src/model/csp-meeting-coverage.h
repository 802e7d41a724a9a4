/* csp-meeting-coverage.h: who is missing from a meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "csp-enums.h"

G_BEGIN_DECLS

typedef enum {
  CSP_MEETING_COVERAGE_OK                = 0,
  CSP_MEETING_COVERAGE_NO_EXECUTIVE      = 1 << 0, /* no customer executive attends */
  CSP_MEETING_COVERAGE_NO_COUNTERPART    = 1 << 1, /* an attending executive lacks ours */
} CspMeetingCoverage;

CspMeetingCoverage csp_meeting_coverage_check (CspMeetingKind   kind,
                                            GListModel      *attendees,
                                            GListModel      *stakeholders,
                                            GPtrArray      **out_uncovered);
gboolean        csp_meeting_kind_needs_executive (CspMeetingKind kind);
gboolean        csp_counterpart_from_role  (const char      *role,
                                            CspCounterpart  *out_counterpart);

G_END_DECLS
