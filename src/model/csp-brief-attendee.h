/* csp-brief-attendee.h: who attends a meeting, with their place in the map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-model-types.h"

G_BEGIN_DECLS

#define CSP_TYPE_BRIEF_ATTENDEE (csp_brief_attendee_get_type ())

G_DECLARE_FINAL_TYPE (CspBriefAttendee, csp_brief_attendee, CSP, BRIEF_ATTENDEE, GObject)

CspBriefAttendee *csp_brief_attendee_new             (CspAttendee      *attendee,
                                                      CspStakeholder   *stakeholder);
CspAttendee      *csp_brief_attendee_get_attendee    (CspBriefAttendee *self);
CspStakeholder   *csp_brief_attendee_get_stakeholder (CspBriefAttendee *self);
int               csp_brief_attendee_get_level       (CspBriefAttendee *self);

G_END_DECLS
