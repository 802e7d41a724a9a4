/* csp-decision.h: a decision taken in a meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-record.h"

G_BEGIN_DECLS

#define CSP_TYPE_DECISION (csp_decision_get_type ())

G_DECLARE_FINAL_TYPE (CspDecision, csp_decision, CSP, DECISION, CspRecord)

CspDecision *csp_decision_new            (gint64       meeting_id,
                                          const char  *body);
gint64       csp_decision_get_meeting_id (CspDecision *self);
void         csp_decision_set_meeting_id (CspDecision *self,
                                          gint64       value);
gint64       csp_decision_get_action_id  (CspDecision *self);
void         csp_decision_set_action_id  (CspDecision *self,
                                          gint64       value);
int          csp_decision_get_position   (CspDecision *self);
void         csp_decision_set_position   (CspDecision *self,
                                          int          value);
const char  *csp_decision_get_body       (CspDecision *self);
void         csp_decision_set_body       (CspDecision *self,
                                          const char  *value);

G_END_DECLS
