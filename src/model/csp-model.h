/* csp-model.h: the whole model layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-model-types.h"
#include "csp-enums.h"
#include "csp-enum-types.h"
#include "csp-model-error.h"
#include "csp-date.h"
#include "csp-health.h"
#include "csp-record.h"
#include "csp-account.h"
#include "csp-stakeholder.h"
#include "csp-health-snapshot.h"
#include "csp-success-plan.h"
#include "csp-objective.h"
#include "csp-action-item.h"
#include "csp-meeting.h"
#include "csp-attendee.h"
#include "csp-decision.h"
#include "csp-risk.h"
#include "csp-activity.h"
#include "csp-plan-template.h"
#include "csp-account-summary.h"
#include "csp-action-summary.h"
#include "csp-meeting-summary.h"
