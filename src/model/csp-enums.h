/* csp-enums.h: the enumerations of the data model
 *
 * The nicks are the lower-case text stored in the database and used in
 * files, so they are spelled out explicitly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  CSP_SEGMENT_ENTERPRISE, /*< nick=enterprise >*/
  CSP_SEGMENT_MID_MARKET, /*< nick=mid_market >*/
  CSP_SEGMENT_SMB,        /*< nick=smb >*/
} CspSegment;

typedef enum {
  CSP_LIFECYCLE_NEW,        /*< nick=new >*/
  CSP_LIFECYCLE_ONBOARDING, /*< nick=onboarding >*/
  CSP_LIFECYCLE_GROWTH,     /*< nick=growth >*/
  CSP_LIFECYCLE_EXPANSION,  /*< nick=expansion >*/
  CSP_LIFECYCLE_RENEWAL,    /*< nick=renewal >*/
  CSP_LIFECYCLE_ADVOCACY,   /*< nick=advocacy >*/
  CSP_LIFECYCLE_CHURNED,    /*< nick=churned >*/
} CspLifecycleStage;

typedef enum {
  CSP_LEVEL_EXECUTIVE,    /*< nick=executive >*/
  CSP_LEVEL_PROJECT_LEAD, /*< nick=project_lead >*/
  CSP_LEVEL_MEMBER,       /*< nick=member >*/
} CspStakeholderLevel;

typedef enum {
  CSP_ROLE_SPONSOR,        /*< nick=sponsor >*/
  CSP_ROLE_CHAMPION,       /*< nick=champion >*/
  CSP_ROLE_DECISION_MAKER, /*< nick=decision_maker >*/
  CSP_ROLE_USER,           /*< nick=user >*/
  CSP_ROLE_DETRACTOR,      /*< nick=detractor >*/
} CspStakeholderRole;

typedef enum {
  CSP_COUNTERPART_EXECUTIVE_SPONSOR, /*< nick=executive_sponsor >*/
  CSP_COUNTERPART_ACCOUNT_MANAGER,   /*< nick=account_manager >*/
  CSP_COUNTERPART_SUPPORT_TEAM,      /*< nick=support_team >*/
} CspCounterpart;

typedef enum {
  CSP_CHANNEL_EMAIL,      /*< nick=email >*/
  CSP_CHANNEL_PHONE,      /*< nick=phone >*/
  CSP_CHANNEL_SMS,        /*< nick=sms >*/
  CSP_CHANNEL_WECHAT,     /*< nick=wechat >*/
  CSP_CHANNEL_DINGTALK,   /*< nick=dingtalk >*/
  CSP_CHANNEL_IN_PRODUCT, /*< nick=in_product >*/
  CSP_CHANNEL_IN_PERSON,  /*< nick=in_person >*/
  CSP_CHANNEL_OTHER,      /*< nick=other >*/
} CspChannel;

typedef enum {
  CSP_PLAN_DRAFT,     /*< nick=draft >*/
  CSP_PLAN_ACTIVE,    /*< nick=active >*/
  CSP_PLAN_COMPLETED, /*< nick=completed >*/
  CSP_PLAN_CANCELLED, /*< nick=cancelled >*/
} CspPlanStatus;

typedef enum {
  CSP_OBJECTIVE_NOT_STARTED, /*< nick=not_started >*/
  CSP_OBJECTIVE_ON_TRACK,    /*< nick=on_track >*/
  CSP_OBJECTIVE_AT_RISK,     /*< nick=at_risk >*/
  CSP_OBJECTIVE_ACHIEVED,    /*< nick=achieved >*/
  CSP_OBJECTIVE_MISSED,      /*< nick=missed >*/
} CspObjectiveStatus;

typedef enum {
  CSP_SIDE_CUSTOMER, /*< nick=customer >*/
  CSP_SIDE_OURS,     /*< nick=ours >*/
} CspSide;

/* Used for action-item priority and for risk severity alike. */
typedef enum {
  CSP_PRIORITY_CRITICAL, /*< nick=critical >*/
  CSP_PRIORITY_URGENT,   /*< nick=urgent >*/
  CSP_PRIORITY_NORMAL,   /*< nick=normal >*/
  CSP_PRIORITY_LOW,      /*< nick=low >*/
} CspPriority;

typedef enum {
  CSP_ACTION_OPEN,        /*< nick=open >*/
  CSP_ACTION_IN_PROGRESS, /*< nick=in_progress >*/
  CSP_ACTION_BLOCKED,     /*< nick=blocked >*/
  CSP_ACTION_DONE,        /*< nick=done >*/
  CSP_ACTION_CANCELLED,   /*< nick=cancelled >*/
} CspActionStatus;

typedef enum {
  CSP_MEETING_STRATEGY,   /*< nick=strategy >*/
  CSP_MEETING_EBR,        /*< nick=ebr >*/
  CSP_MEETING_KICKOFF,    /*< nick=kickoff >*/
  CSP_MEETING_CHECK_IN,   /*< nick=check_in >*/
  CSP_MEETING_ESCALATION, /*< nick=escalation >*/
} CspMeetingKind;

typedef enum {
  CSP_MEETING_CHANNEL_IN_PERSON, /*< nick=in_person >*/
  CSP_MEETING_CHANNEL_VIDEO,     /*< nick=video >*/
  CSP_MEETING_CHANNEL_PHONE,     /*< nick=phone >*/
  CSP_MEETING_CHANNEL_WECHAT,    /*< nick=wechat >*/
  CSP_MEETING_CHANNEL_DINGTALK,  /*< nick=dingtalk >*/
  CSP_MEETING_CHANNEL_OTHER,     /*< nick=other >*/
} CspMeetingChannel;

typedef enum {
  CSP_MEETING_PLANNED,   /*< nick=planned >*/
  CSP_MEETING_HELD,      /*< nick=held >*/
  CSP_MEETING_CANCELLED, /*< nick=cancelled >*/
} CspMeetingStatus;

typedef enum {
  CSP_RISK_LOW_USAGE,           /*< nick=low_usage >*/
  CSP_RISK_DATA_EXPORT_REQUEST, /*< nick=data_export_request >*/
  CSP_RISK_BILLING_QUESTION,    /*< nick=billing_question >*/
  CSP_RISK_CHAMPION_LEFT,       /*< nick=champion_left >*/
  CSP_RISK_UNRESOLVED_CRITICAL, /*< nick=unresolved_critical >*/
  CSP_RISK_COMPETITOR,          /*< nick=competitor >*/
  CSP_RISK_BUDGET_CUT,          /*< nick=budget_cut >*/
  CSP_RISK_OTHER,               /*< nick=other >*/
} CspRiskKind;

typedef enum {
  CSP_ACTIVITY_NOTE,       /*< nick=note >*/
  CSP_ACTIVITY_CALL,       /*< nick=call >*/
  CSP_ACTIVITY_EMAIL,      /*< nick=email >*/
  CSP_ACTIVITY_ESCALATION, /*< nick=escalation >*/
  CSP_ACTIVITY_MILESTONE,  /*< nick=milestone >*/
} CspActivityKind;

typedef enum {
  CSP_HEALTH_HEALTHY, /*< nick=healthy >*/
  CSP_HEALTH_WATCH,   /*< nick=watch >*/
  CSP_HEALTH_AT_RISK, /*< nick=at_risk >*/
} CspHealthBand;

const char *csp_enum_to_nick   (GType        enum_type,
                                int          value);
gboolean    csp_enum_from_nick (GType        enum_type,
                                const char  *nick,
                                int         *value,
                                GError     **error);
const char *csp_enum_to_label  (GType        enum_type,
                                int          value);

G_END_DECLS
