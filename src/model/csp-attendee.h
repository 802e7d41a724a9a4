/* csp-attendee.h: a person at a meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-record.h"

G_BEGIN_DECLS

#define CSP_TYPE_ATTENDEE (csp_attendee_get_type ())

G_DECLARE_FINAL_TYPE (CspAttendee, csp_attendee, CSP, ATTENDEE, CspRecord)

CspAttendee *csp_attendee_new                (gint64       meeting_id,
                                              const char  *name);
gint64       csp_attendee_get_meeting_id     (CspAttendee *self);
void         csp_attendee_set_meeting_id     (CspAttendee *self,
                                              gint64       value);
gint64       csp_attendee_get_stakeholder_id (CspAttendee *self);
void         csp_attendee_set_stakeholder_id (CspAttendee *self,
                                              gint64       value);
const char  *csp_attendee_get_name           (CspAttendee *self);
void         csp_attendee_set_name           (CspAttendee *self,
                                              const char  *value);
CspSide      csp_attendee_get_side           (CspAttendee *self);
void         csp_attendee_set_side           (CspAttendee *self,
                                              CspSide      value);
const char  *csp_attendee_get_role           (CspAttendee *self);
void         csp_attendee_set_role           (CspAttendee *self,
                                              const char  *value);

G_END_DECLS
