/* csp-meeting-brief.h: what a CSM reads before a meeting, as of its day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "csp-health.h"
#include "csp-model-types.h"
#include "csp-stakeholder-contact.h"

G_BEGIN_DECLS

/* The account's health on a day: the latest snapshot on or before it. */
typedef struct
{
  char date[11];                        /* the snapshot's day; "" when none */
  int  score;                           /* CSP_UNSET when none */
  int  components[CSP_N_COMPONENTS];    /* CSP_UNSET where unset */
} CspBriefHealth;

/* A component that moved between the two health points. */
typedef struct
{
  CspHealthComponent component;
  int                from;
  int                to;
} CspBriefMove;

typedef enum {
  CSP_BRIEF_DONE_ACTIONS,      /* CspActionSummary: done since the previous meeting */
  CSP_BRIEF_OPEN_ACTIONS,      /* CspActionSummary: not done by the day, overdue flagged */
  CSP_BRIEF_OPEN_RISKS,        /* CspRisk: raised by the day and not resolved by then */
  CSP_BRIEF_RESOLVED_RISKS,    /* CspRisk: resolved since the previous meeting */
  CSP_BRIEF_PREVIOUS_DECISIONS,/* CspBriefDecision: of the previous held meeting */
  CSP_BRIEF_DECISIONS,         /* CspBriefDecision: of this meeting */
  CSP_BRIEF_ATTENDEES,         /* CspBriefAttendee: customer by level, then ours */
  CSP_BRIEF_STAKEHOLDERS,      /* CspStakeholderContact: met before this meeting */
  CSP_BRIEF_N_LISTS
} CspBriefList;

/* How many components csp_meeting_brief_get_moves() reports at most. */
#define CSP_BRIEF_MAX_MOVES 3

#define CSP_TYPE_MEETING_BRIEF (csp_meeting_brief_get_type ())

G_DECLARE_FINAL_TYPE (CspMeetingBrief, csp_meeting_brief, CSP, MEETING_BRIEF, GObject)

CspMeetingBrief      *csp_meeting_brief_new              (CspMeeting      *meeting,
                                                          CspAccount      *account,
                                                          CspMeeting      *previous);
char                 *csp_meeting_brief_local_day        (const char      *timestamp);
CspMeeting           *csp_meeting_brief_get_meeting      (CspMeetingBrief *self);
CspAccount           *csp_meeting_brief_get_account      (CspMeetingBrief *self);
const char           *csp_meeting_brief_get_date         (CspMeetingBrief *self);
CspMeeting           *csp_meeting_brief_get_previous     (CspMeetingBrief *self);
const char           *csp_meeting_brief_get_since        (CspMeetingBrief *self);

const CspBriefHealth *csp_meeting_brief_get_health_now   (CspMeetingBrief *self);
const CspBriefHealth *csp_meeting_brief_get_health_then  (CspMeetingBrief *self);
void                  csp_meeting_brief_set_health       (CspMeetingBrief *self,
                                                          const CspBriefHealth *now,
                                                          const CspBriefHealth *then);
gboolean              csp_meeting_brief_get_health_change (CspMeetingBrief *self,
                                                           int             *out_change);
guint                 csp_meeting_brief_get_moves        (CspMeetingBrief *self,
                                                          CspBriefMove     moves[CSP_BRIEF_MAX_MOVES]);

GListModel           *csp_meeting_brief_get_list         (CspMeetingBrief *self,
                                                          CspBriefList     list);
void                  csp_meeting_brief_set_list         (CspMeetingBrief *self,
                                                          CspBriefList     list,
                                                          GListModel      *model);
guint                 csp_meeting_brief_count_actions    (CspMeetingBrief *self,
                                                          CspBriefList     list,
                                                          int              side,
                                                          gboolean         overdue_only);
gint64                csp_meeting_brief_get_saved_arr    (CspMeetingBrief *self);
int                   csp_meeting_brief_get_renewal_days (CspMeetingBrief *self);
CspCoverageGaps       csp_meeting_brief_get_gaps         (CspMeetingBrief *self);

void                  csp_brief_health_clear             (CspBriefHealth  *health);

G_END_DECLS
