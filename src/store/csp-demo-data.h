/* csp-demo-data.h: the words the sample portfolio is made of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-model.h"

G_BEGIN_DECLS

/* Each sample account is Chinese or English throughout: its name, most
 * of its people and the text of its plans, meetings and notes. */
typedef enum {
  CSP_DEMO_EN,
  CSP_DEMO_ZH,
  CSP_DEMO_N_LANGUAGES
} CspDemoLanguage;

/* A text in both languages, indexed by CspDemoLanguage. */
typedef struct
{
  const char *text[CSP_DEMO_N_LANGUAGES];
} CspDemoText;

typedef const char *CspDemoString;

/* A name and its ASCII spelling for e-mail addresses and domains. */
typedef struct
{
  const char *text;
  const char *slug;
} CspDemoWord;

/* A trade word of company names ("科技", "Analytics") and the industry
 * it stands for (an index into csp_demo_industries). */
typedef struct
{
  const char *text;
  const char *slug;
  guint       industry;
} CspDemoTrade;

/* A city or legal form around a company name. For Chinese names it is
 * a city before the name (region set) or a suffix such as 集团. */
typedef struct
{
  const char *text;
  gboolean    before;
  const char *region;   /* NULL: any region of the language */
  const char *currency; /* NULL: the language's usual one */
} CspDemoForm;

/* One of "our people": who owns accounts and joins meetings. */
typedef struct
{
  const char      *name;
  CspDemoLanguage  language;
  CspCounterpart   counterpart;
} CspDemoColleague;

typedef struct
{
  CspDemoText title;
  CspDemoText metric;
  int         baseline;
  int         target;
  CspDemoText unit;     /* after the number, with its space if any */
  int         due_days; /* after the plan starts */
} CspDemoObjective;

typedef struct
{
  CspDemoText title;
  CspSide     side;
  int         objective; /* index in the template, or -1 */
  int         due_days;
  CspPriority priority;
} CspDemoAction;

typedef struct
{
  const char             *key;
  CspDemoText             title;
  CspDemoText             outcome;
  int                     length_days;
  const CspDemoObjective *objectives;
  guint                   n_objectives;
  const CspDemoAction    *actions;
  guint                   n_actions;
} CspDemoPlanTemplate;

typedef enum {
  CSP_DEMO_PLAN_ONBOARDING,
  CSP_DEMO_PLAN_ADOPTION,
  CSP_DEMO_PLAN_RENEWAL,
  CSP_DEMO_PLAN_EXPANSION,
  CSP_DEMO_PLAN_RECOVERY,
  CSP_DEMO_N_PLANS
} CspDemoPlanKind;

#define CSP_DEMO_TABLE(type, name) \
  extern const type csp_demo_##name[]; \
  extern const guint csp_demo_n_##name;

CSP_DEMO_TABLE (CspDemoWord, zh_brands)
CSP_DEMO_TABLE (CspDemoTrade, zh_trades)
CSP_DEMO_TABLE (CspDemoForm, zh_forms)
CSP_DEMO_TABLE (CspDemoWord, en_brands)
CSP_DEMO_TABLE (CspDemoTrade, en_trades)
CSP_DEMO_TABLE (CspDemoForm, en_forms)
CSP_DEMO_TABLE (CspDemoText, industries)
CSP_DEMO_TABLE (CspDemoString, zh_regions)
CSP_DEMO_TABLE (CspDemoString, en_regions)

CSP_DEMO_TABLE (CspDemoWord, zh_surnames)
CSP_DEMO_TABLE (CspDemoWord, zh_given_names)
CSP_DEMO_TABLE (CspDemoWord, en_first_names)
CSP_DEMO_TABLE (CspDemoWord, en_last_names)
CSP_DEMO_TABLE (CspDemoText, executive_titles)
CSP_DEMO_TABLE (CspDemoText, lead_titles)
CSP_DEMO_TABLE (CspDemoText, member_titles)
CSP_DEMO_TABLE (CspDemoText, stakeholder_notes)
CSP_DEMO_TABLE (CspDemoColleague, colleagues)
CSP_DEMO_TABLE (CspDemoText, colleague_roles) /* by CspCounterpart */
CSP_DEMO_TABLE (CspDemoText, account_notes)

CSP_DEMO_TABLE (CspDemoPlanTemplate, plans)   /* by CspDemoPlanKind */
CSP_DEMO_TABLE (CspDemoText, blocked_reasons)
CSP_DEMO_TABLE (CspDemoText, done_notes)

CSP_DEMO_TABLE (CspDemoText, meeting_titles)  /* by CspMeetingKind */
CSP_DEMO_TABLE (CspDemoText, meeting_agendas) /* by CspMeetingKind */
CSP_DEMO_TABLE (CspDemoText, meeting_notes)
CSP_DEMO_TABLE (CspDemoText, decisions)
CSP_DEMO_TABLE (CspDemoText, linked_decision) /* prefix and suffix of an action */

CSP_DEMO_TABLE (CspDemoText, risk_notes)      /* by CspRiskKind */
CSP_DEMO_TABLE (CspDemoText, saved_notes)
CSP_DEMO_TABLE (CspDemoText, activity_summaries) /* 4 per CspActivityKind */
CSP_DEMO_TABLE (CspDemoText, activity_details)

/* How many activity summaries each kind has in activity_summaries. */
#define CSP_DEMO_SUMMARIES_PER_KIND 4

G_END_DECLS
