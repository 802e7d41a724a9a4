/* csp-model-types.h: forward declarations shared by the model headers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _CspRecord         CspRecord;
typedef struct _CspAccount        CspAccount;
typedef struct _CspStakeholder    CspStakeholder;
typedef struct _CspHealthSnapshot CspHealthSnapshot;
typedef struct _CspSuccessPlan    CspSuccessPlan;
typedef struct _CspObjective      CspObjective;
typedef struct _CspActionItem     CspActionItem;
typedef struct _CspMeeting        CspMeeting;
typedef struct _CspAttendee       CspAttendee;
typedef struct _CspDecision       CspDecision;
typedef struct _CspRisk           CspRisk;
typedef struct _CspActivity       CspActivity;
typedef struct _CspPlanTemplate   CspPlanTemplate;

/* Optional scores and optional money are stored as SQL NULL; in the
 * models they are this sentinel, so properties stay plain integers
 * that views can bind to. */
#define CSP_UNSET (-1)

G_END_DECLS
