/* csp-brief-decision.h: a decision with the state of its action
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-model-types.h"

G_BEGIN_DECLS

#define CSP_TYPE_BRIEF_DECISION (csp_brief_decision_get_type ())

G_DECLARE_FINAL_TYPE (CspBriefDecision, csp_brief_decision, CSP, BRIEF_DECISION, GObject)

CspBriefDecision *csp_brief_decision_new              (CspDecision      *decision,
                                                       CspActionItem    *action);
CspDecision      *csp_brief_decision_get_decision     (CspBriefDecision *self);
CspActionItem    *csp_brief_decision_get_action       (CspBriefDecision *self);
CspActionStatus   csp_brief_decision_get_status_on    (CspBriefDecision *self,
                                                       const char       *date);

G_END_DECLS
