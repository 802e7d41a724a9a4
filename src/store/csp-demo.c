/* csp-demo.c: a realistic, deterministic sample portfolio
 *
 * Everything random comes from one GRand seeded with the caller's seed
 * (never g_random_*), and every date counts from options->today, so the
 * same seed and day give the same rows; only created_at and updated_at
 * differ. Rows go through the typed store API inside one transaction:
 * an error or a cancellation leaves the database as it was.
 *
 * Each account is made in an order where later rows can point at
 * earlier ones: the account, its stakeholders, its weekly health, its
 * meetings (attendees, decisions), its success plans (objectives,
 * actions, and decisions that led to actions), its risks and its
 * timeline. The story is consistent within an account: a declining
 * account has open risks, a recovery plan and overdue actions; a
 * recovering one had its risk resolved, often with the revenue saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "csp-demo.h"
#include "csp-demo-data.h"
#include "csp-store-records.h"

typedef char DayText[11];  /* YYYY-MM-DD */
typedef char TimeText[21]; /* YYYY-MM-DDTHH:MM:SSZ */

typedef enum {
  TREND_FLAT_HEALTHY,
  TREND_FLAT_WATCH,
  TREND_GROWTH,
  TREND_DECLINE,
  TREND_RECOVERY,
  TREND_DIP,
  N_TRENDS
} Trend;

typedef enum {
  SCORES_FROM_COMPONENTS,
  SCORES_EXPLICIT,       /* the CSM also typed a score */
  SCORES_QUARTERLY_NPS,  /* NPS only from the quarterly survey */
  N_SCORE_MODES
} ScoreMode;

typedef struct
{
  gint64               id;
  char                *name;
  const char          *title;
  CspStakeholderLevel  level;
} Person;

typedef struct
{
  gint64  id;
  guint32 day;
  int     n_decisions;
} HeldMeeting;

/* The shape of an account's health over the weeks, t from 0 to 1. */
typedef struct
{
  int    start;
  int    end;
  int    low;
  double turn;     /* when the change begins */
  double turn_end; /* when it is complete */
} Curve;

typedef struct
{
  guint              index;
  CspDemoLanguage    lang;
  gint64             id;
  CspSegment         segment;
  CspLifecycleStage  stage;
  Trend              trend;
  Curve              curve;
  guint32            since;
  guint32            renewal;
  guint32            churned;   /* 0 unless churned */
  guint32            turn;      /* the day the health began to change */
  guint32            turn_end;  /* the day the change was complete */
  gint64             arr_minor;
  const char        *currency;
  const char        *csm;
  char              *domain;
  GArray            *people;    /* Person, in the order added */
  GArray            *meetings;  /* HeldMeeting, oldest first */
} Sample;

typedef struct
{
  CspStore          *store;
  GRand             *rand;
  guint32            today;     /* Julian day */
  guint              n_weeks;
  CspHealthWeights   weights;
  guint             *name_order; /* a shuffle of every company name */
  guint              n_names;
  guint              n_zh_names;
  CspHealthSnapshot *snapshot;  /* reused: by far the most frequent row */
} Demo;

/* Random choices. */

static int
rand_int (Demo *demo,
          int   low,
          int   high)
{
  return g_rand_int_range (demo->rand, low, high + 1);
}

static gboolean
chance (Demo   *demo,
        double  probability)
{
  return g_rand_double (demo->rand) < probability;
}

static guint
pick (Demo  *demo,
      guint  n)
{
  return (guint) g_rand_int_range (demo->rand, 0, (gint32) n);
}

static guint
pick_weighted (Demo      *demo,
               const int *weights,
               guint      n)
{
  int total = 0, r;

  for (guint i = 0; i < n; i++)
    total += weights[i];

  r = rand_int (demo, 0, total - 1);
  for (guint i = 0; i < n; i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }

  return n - 1;
}

static const char *
text (const CspDemoText *t,
      CspDemoLanguage    lang)
{
  return t->text[lang];
}

/* Dates, as Julian day numbers while generating. */

static void
format_day (guint32 day,
            DayText out)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_snprintf (out, sizeof (DayText), "%04u-%02u-%02u", (guint) g_date_get_year (&date),
              (guint) g_date_get_month (&date), (guint) g_date_get_day (&date));
}

static guint32
add_years (guint32 day,
           int     years)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  if (years >= 0)
    g_date_add_years (&date, (guint) years);
  else
    g_date_subtract_years (&date, (guint) -years);

  return g_date_get_julian (&date);
}

/* The first anniversary of @since on or after @from. */
static guint32
next_anniversary (guint32 since,
                  guint32 from)
{
  int years = 1;

  while (add_years (since, years) < from)
    years++;

  return add_years (since, years);
}

/* Moves a weekend day to a working day: back for past meetings (so a
 * held one never lands in the future), forward for planned ones. */
static guint32
working_day (guint32  day,
             gboolean past)
{
  GDate date;
  GDateWeekday weekday;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  weekday = g_date_get_weekday (&date);

  if (weekday == G_DATE_SATURDAY)
    return past ? day - 1 : day + 2;
  if (weekday == G_DATE_SUNDAY)
    return past ? day - 2 : day + 1;
  return day;
}

static guint32
clamp_day (guint32 day,
           guint32 low,
           guint32 high)
{
  return low > high ? high : CLAMP (day, low, high);
}

static guint32
week_day (Demo  *demo,
          guint  week)
{
  return demo->today - 7 * (demo->n_weeks - 1 - week);
}

/* The day at fraction @t of the health history. */
static guint32
history_day (Demo   *demo,
             double  t)
{
  return demo->today - (guint32) ((1.0 - t) * 7 * (demo->n_weeks - 1) + 0.5);
}

static gboolean
parse_today (const char  *today,
             guint32     *day,
             GError     **error)
{
  g_autofree char *now = today ? NULL : csp_date_today_text ();
  GDate date;

  if (!csp_date_parse (today ? today : now, &date, error))
    return FALSE;

  *day = g_date_get_julian (&date);
  return TRUE;
}

/* Company names: every combination of brand, trade and form is a code;
 * a shuffle of the codes gives each account its own name until they run
 * out, after which names repeat with a number. */

static guint
n_names_of (guint n_brands,
            guint n_trades,
            guint n_forms)
{
  return n_brands * n_trades * n_forms;
}

static void
shuffle_names (Demo *demo)
{
  demo->n_zh_names = n_names_of (csp_demo_n_zh_brands, csp_demo_n_zh_trades, csp_demo_n_zh_forms);
  demo->n_names = demo->n_zh_names +
                  n_names_of (csp_demo_n_en_brands, csp_demo_n_en_trades, csp_demo_n_en_forms);
  demo->name_order = g_new (guint, demo->n_names);

  for (guint i = 0; i < demo->n_names; i++)
    demo->name_order[i] = i;

  for (guint i = demo->n_names - 1; i > 0; i--)
    {
      guint j = pick (demo, i + 1);
      guint swap = demo->name_order[i];

      demo->name_order[i] = demo->name_order[j];
      demo->name_order[j] = swap;
    }
}

static const char *
choose_currency (Demo              *demo,
                 Sample            *sample,
                 const CspDemoForm *form)
{
  if (form->currency != NULL)
    return form->currency;
  if (sample->lang == CSP_DEMO_ZH)
    return "CNY";
  return chance (demo, 0.7) ? "USD" : "EUR";
}

static const char *
choose_region (Demo              *demo,
               Sample            *sample,
               const CspDemoForm *form)
{
  if (form->region != NULL)
    return form->region;
  if (sample->lang == CSP_DEMO_ZH)
    return csp_demo_zh_regions[pick (demo, csp_demo_n_zh_regions)];
  if (g_str_equal (sample->currency, "EUR"))
    return "EMEA";
  return csp_demo_en_regions[pick (demo, csp_demo_n_en_regions)];
}

static void
name_account (Demo       *demo,
              Sample     *sample,
              CspAccount *account)
{
  guint code = demo->name_order[sample->index % demo->n_names];
  guint round = sample->index / demo->n_names;
  gboolean zh = code < demo->n_zh_names;
  const CspDemoWord *brands = zh ? csp_demo_zh_brands : csp_demo_en_brands;
  const CspDemoTrade *trades = zh ? csp_demo_zh_trades : csp_demo_en_trades;
  const CspDemoForm *forms = zh ? csp_demo_zh_forms : csp_demo_en_forms;
  guint n_brands = zh ? csp_demo_n_zh_brands : csp_demo_n_en_brands;
  guint n_trades = zh ? csp_demo_n_zh_trades : csp_demo_n_en_trades;
  const CspDemoWord *brand;
  const CspDemoTrade *trade;
  const CspDemoForm *form;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  if (!zh)
    code -= demo->n_zh_names;
  brand = &brands[code % n_brands];
  trade = &trades[(code / n_brands) % n_trades];
  form = &forms[code / n_brands / n_trades];

  sample->lang = zh ? CSP_DEMO_ZH : CSP_DEMO_EN;
  /* Chinese names run together; English ones have spaces. */
  base = form->before ? g_strconcat (form->text, brand->text, trade->text, NULL)
                      : g_strconcat (brand->text, zh ? "" : " ", trade->text, form->text, NULL);
  name = round ? g_strdup_printf ("%s (%u)", base, round + 1) : g_strdup (base);
  sample->domain = round ? g_strdup_printf ("%s-%s-%u.example", brand->slug, trade->slug, round + 1)
                         : g_strdup_printf ("%s-%s.example", brand->slug, trade->slug);
  sample->currency = choose_currency (demo, sample, form);

  csp_account_set_name (account, name);
  csp_account_set_industry (account, text (&csp_demo_industries[trade->industry], sample->lang));
  csp_account_set_region (account, choose_region (demo, sample, form));
  csp_account_set_currency (account, sample->currency);
}

/* Profile: segment, stage, health trend, dates and revenue. */

static Trend
choose_trend (Demo   *demo,
              Sample *sample)
{
  static const int weights[N_TRENDS] = { 25, 10, 15, 18, 22, 10 };

  if (sample->stage == CSP_LIFECYCLE_CHURNED)
    return TREND_DECLINE;
  if (sample->stage == CSP_LIFECYCLE_ADVOCACY)
    return chance (demo, 0.6) ? TREND_FLAT_HEALTHY : TREND_GROWTH;
  /* As with stages: the first accounts show every trend. */
  if (sample->index < N_TRENDS)
    return (Trend) sample->index;

  return (Trend) pick_weighted (demo, weights, N_TRENDS);
}

static void
choose_profile (Demo   *demo,
                Sample *sample)
{
  static const int segment_weights[] = { 15, 40, 45 };
  static const int stage_weights[] = { 5, 10, 30, 15, 20, 12, 8 };

  /* The first accounts take each segment and stage in turn, so even a
   * small sample portfolio shows every one of them. */
  sample->segment = sample->index < G_N_ELEMENTS (segment_weights)
                    ? (CspSegment) sample->index
                    : (CspSegment) pick_weighted (demo, segment_weights,
                                                  G_N_ELEMENTS (segment_weights));
  sample->stage = sample->index < G_N_ELEMENTS (stage_weights)
                  ? (CspLifecycleStage) sample->index
                  : (CspLifecycleStage) pick_weighted (demo, stage_weights,
                                                       G_N_ELEMENTS (stage_weights));
  sample->trend = choose_trend (demo, sample);
}

static void
choose_dates (Demo   *demo,
              Sample *sample)
{
  /* How long ago each stage's customers signed, in days. */
  static const int since_min[] = { 5, 40, 150, 300, 0, 500, 0 };
  static const int since_max[] = { 40, 120, 900, 1500, 0, 2500, 0 };

  switch (sample->stage)
    {
    case CSP_LIFECYCLE_RENEWAL:
      sample->renewal = demo->today + (guint32) rand_int (demo, -20, 90);
      sample->since = add_years (sample->renewal, -rand_int (demo, 1, 4));
      break;
    case CSP_LIFECYCLE_CHURNED:
      sample->churned = demo->today - (guint32) rand_int (demo, 3, 60);
      sample->renewal = sample->churned;
      sample->since = add_years (sample->churned, -rand_int (demo, 1, 3));
      break;
    default:
      sample->since = demo->today - (guint32) rand_int (demo, since_min[sample->stage],
                                                        since_max[sample->stage]);
      /* Some renewals are already a few weeks overdue. */
      sample->renewal = next_anniversary (sample->since, demo->today - 45);
      break;
    }
}

static gint64
choose_arr (Demo   *demo,
            Sample *sample)
{
  static const int low[] = { 300000, 40000, 5000 };
  static const int high[] = { 3000000, 300000, 40000 };
  double rate = g_str_equal (sample->currency, "CNY") ? 7.2
              : g_str_equal (sample->currency, "EUR") ? 0.92 : 1.0;
  double dollars = rand_int (demo, low[sample->segment], high[sample->segment]);

  /* Whole hundreds, in minor units. */
  return (gint64) (dollars * rate / 100 + 0.5) * 100 * 100;
}

static const char *
pick_colleague (Demo            *demo,
                CspDemoLanguage  lang,
                CspCounterpart   counterpart)
{
  const char *found[8];
  guint n_found = 0;

  for (guint i = 0; i < csp_demo_n_colleagues && n_found < G_N_ELEMENTS (found); i++)
    if (csp_demo_colleagues[i].language == lang && csp_demo_colleagues[i].counterpart == counterpart)
      found[n_found++] = csp_demo_colleagues[i].name;

  return found[pick (demo, n_found)];
}

static CspDemoLanguage
other_language (CspDemoLanguage lang)
{
  return lang == CSP_DEMO_ZH ? CSP_DEMO_EN : CSP_DEMO_ZH;
}

static gboolean
add_account (Demo    *demo,
             Sample  *sample,
             GError **error)
{
  g_autoptr(CspAccount) account = g_object_new (CSP_TYPE_ACCOUNT, NULL);
  char external_id[24];
  DayText day;

  name_account (demo, sample, account);
  choose_profile (demo, sample);
  choose_dates (demo, sample);
  sample->arr_minor = choose_arr (demo, sample);
  sample->csm = pick_colleague (demo, chance (demo, 0.85) ? sample->lang : other_language (sample->lang),
                                CSP_COUNTERPART_ACCOUNT_MANAGER);

  g_snprintf (external_id, sizeof external_id, "CRM-%06u", sample->index + 1);
  csp_account_set_external_id (account, external_id);
  csp_account_set_segment (account, sample->segment);
  csp_account_set_lifecycle_stage (account, sample->stage);
  csp_account_set_csm (account, sample->csm);
  csp_account_set_arr_minor (account, sample->arr_minor);
  format_day (sample->renewal, day);
  csp_account_set_renewal_on (account, day);
  format_day (sample->since, day);
  csp_account_set_customer_since (account, day);
  if (sample->churned != 0)
    {
      format_day (sample->churned, day);
      csp_account_set_churned_on (account, day);
    }
  if (chance (demo, 0.12))
    csp_account_set_notes (account, text (&csp_demo_account_notes[pick (demo, csp_demo_n_account_notes)],
                                          sample->lang));

  if (!csp_store_add_account (demo->store, account, error))
    return FALSE;

  sample->id = csp_record_get_id (CSP_RECORD (account));
  return TRUE;
}

/* Stakeholders: an executive, a project lead, then a mix, mapped to our
 * counterparts (executives ↔ executive sponsor, project leads ↔ account
 * manager, team members ↔ support team). */

static CspStakeholderLevel
choose_level (Demo  *demo,
              guint  position)
{
  static const int weights[] = { 15, 30, 55 };

  if (position < 2)
    return position == 0 ? CSP_LEVEL_EXECUTIVE : CSP_LEVEL_PROJECT_LEAD;
  return (CspStakeholderLevel) pick_weighted (demo, weights, G_N_ELEMENTS (weights));
}

static CspStakeholderRole
choose_role (Demo                *demo,
             CspStakeholderLevel  level,
             guint                position)
{
  /* Weights of sponsor, champion, decision maker, user, detractor. */
  static const int weights[][5] = {
    [CSP_LEVEL_EXECUTIVE] = { 20, 0, 60, 0, 20 },
    [CSP_LEVEL_PROJECT_LEAD] = { 0, 40, 15, 30, 15 },
    [CSP_LEVEL_MEMBER] = { 0, 10, 0, 75, 15 },
  };

  if (position == 0)
    return chance (demo, 0.6) ? CSP_ROLE_SPONSOR : CSP_ROLE_DECISION_MAKER;
  if (position == 1)
    return CSP_ROLE_CHAMPION;
  return (CspStakeholderRole) pick_weighted (demo, weights[level], 5);
}

static CspCounterpart
choose_counterpart (Demo                *demo,
                    CspStakeholderLevel  level)
{
  if (level == CSP_LEVEL_EXECUTIVE)
    return CSP_COUNTERPART_EXECUTIVE_SPONSOR;
  if (level == CSP_LEVEL_PROJECT_LEAD || chance (demo, 0.15))
    return CSP_COUNTERPART_ACCOUNT_MANAGER;
  return CSP_COUNTERPART_SUPPORT_TEAM;
}

static CspChannel
choose_channel (Demo            *demo,
                CspDemoLanguage  lang)
{
  /* email, phone, sms, wechat, dingtalk, in_product, in_person, other */
  static const int weights[CSP_DEMO_N_LANGUAGES][8] = {
    [CSP_DEMO_EN] = { 55, 18, 4, 2, 0, 10, 9, 2 },
    [CSP_DEMO_ZH] = { 15, 15, 3, 42, 18, 2, 5, 0 },
  };

  return (CspChannel) pick_weighted (demo, weights[lang], 8);
}

static const char *
choose_title (Demo                *demo,
              CspStakeholderLevel  level,
              CspDemoLanguage      lang)
{
  const CspDemoText *titles[] = {
    csp_demo_executive_titles, csp_demo_lead_titles, csp_demo_member_titles,
  };
  const guint n_titles[] = {
    csp_demo_n_executive_titles, csp_demo_n_lead_titles, csp_demo_n_member_titles,
  };

  return text (&titles[level][pick (demo, n_titles[level])], lang);
}

/* A person's name and the local part of their e-mail address. */
static char *
person_name (Demo            *demo,
             CspDemoLanguage  lang,
             char           **mailbox)
{
  if (lang == CSP_DEMO_ZH)
    {
      const CspDemoWord *surname = &csp_demo_zh_surnames[pick (demo, csp_demo_n_zh_surnames)];
      const CspDemoWord *given = &csp_demo_zh_given_names[pick (demo, csp_demo_n_zh_given_names)];

      *mailbox = g_strconcat (surname->slug, given->slug, NULL);
      return g_strconcat (surname->text, given->text, NULL);
    }
  else
    {
      const CspDemoWord *first = &csp_demo_en_first_names[pick (demo, csp_demo_n_en_first_names)];
      const CspDemoWord *last = &csp_demo_en_last_names[pick (demo, csp_demo_n_en_last_names)];

      *mailbox = g_strconcat (first->slug, ".", last->slug, NULL);
      return g_strconcat (first->text, " ", last->text, NULL);
    }
}

static gboolean
has_person (Sample     *sample,
            const char *name)
{
  for (guint i = 0; i < sample->people->len; i++)
    if (g_str_equal (g_array_index (sample->people, Person, i).name, name))
      return TRUE;

  return FALSE;
}

/* Phone numbers in ranges that reach no one (555-01xx and the like). */
static char *
phone_number (Demo   *demo,
              Sample *sample)
{
  if (g_str_equal (sample->currency, "CNY"))
    return g_strdup_printf ("+86 10 5550 %04d", rand_int (demo, 100, 199));
  if (g_str_equal (sample->currency, "EUR"))
    return g_strdup_printf ("+49 30 555 01%02d", rand_int (demo, 0, 99));
  return g_strdup_printf ("+1 %03d-555-01%02d", rand_int (demo, 201, 989), rand_int (demo, 0, 99));
}

static void
fill_stakeholder (Demo           *demo,
                  Sample         *sample,
                  CspStakeholder *stakeholder,
                  Person         *person)
{
  CspDemoLanguage lang = chance (demo, 0.9) ? sample->lang : other_language (sample->lang);
  g_autofree char *mailbox = NULL;
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;

  person->name = person_name (demo, lang, &mailbox);
  for (guint tries = 0; tries < 8 && has_person (sample, person->name); tries++)
    {
      g_free (person->name);
      g_free (mailbox);
      person->name = person_name (demo, lang, &mailbox);
    }
  email = g_strconcat (mailbox, "@", sample->domain, NULL);
  person->title = choose_title (demo, person->level, sample->lang);

  csp_stakeholder_set_name (stakeholder, person->name);
  csp_stakeholder_set_title (stakeholder, person->title);
  csp_stakeholder_set_email (stakeholder, email);
  if (chance (demo, 0.6))
    {
      phone = phone_number (demo, sample);
      csp_stakeholder_set_phone (stakeholder, phone);
    }
  csp_stakeholder_set_preferred_channel (stakeholder, choose_channel (demo, lang));
}

static gboolean
add_stakeholder (Demo    *demo,
                 Sample  *sample,
                 guint    position,
                 GError **error)
{
  g_autoptr(CspStakeholder) stakeholder = g_object_new (CSP_TYPE_STAKEHOLDER, NULL);
  Person person = { 0, NULL, NULL, choose_level (demo, position) };
  CspStakeholderRole role = choose_role (demo, person.level, position);

  fill_stakeholder (demo, sample, stakeholder, &person);
  csp_stakeholder_set_account_id (stakeholder, sample->id);
  csp_stakeholder_set_level (stakeholder, person.level);
  csp_stakeholder_set_role (stakeholder, role);
  csp_stakeholder_set_counterpart (stakeholder, choose_counterpart (demo, person.level));
  if (role == CSP_ROLE_DETRACTOR || chance (demo, 0.1))
    csp_stakeholder_set_notes (stakeholder,
                               text (&csp_demo_stakeholder_notes[role == CSP_ROLE_DETRACTOR
                                                                 ? 3 : pick (demo, csp_demo_n_stakeholder_notes)],
                                     sample->lang));

  if (!csp_store_add_stakeholder (demo->store, stakeholder, error))
    {
      g_free (person.name);
      return FALSE;
    }

  person.id = csp_record_get_id (CSP_RECORD (stakeholder));
  g_array_append_val (sample->people, person);
  return TRUE;
}

static gboolean
add_stakeholders (Demo    *demo,
                  Sample  *sample,
                  GError **error)
{
  static const int low[] = { 5, 3, 2 };
  static const int high[] = { 8, 6, 4 };
  int n = rand_int (demo, low[sample->segment], high[sample->segment]);

  for (int i = 0; i < n; i++)
    if (!add_stakeholder (demo, sample, (guint) i, error))
      return FALSE;

  return TRUE;
}

/* The first person at @level, else the first person of all. */
static const Person *
find_person (Sample              *sample,
             CspStakeholderLevel  level)
{
  for (guint i = 0; i < sample->people->len; i++)
    if (g_array_index (sample->people, Person, i).level == level)
      return &g_array_index (sample->people, Person, i);

  return &g_array_index (sample->people, Person, 0);
}

/* Health: a curve per trend, per-component offsets and weekly noise. */

static void
choose_curve (Demo   *demo,
              Sample *sample)
{
  Curve *c = &sample->curve;

  c->turn = 0.2 + 0.3 * g_rand_double (demo->rand);
  c->turn_end = 1.0;
  switch (sample->trend)
    {
    case TREND_FLAT_HEALTHY:
      c->start = c->end = rand_int (demo, 74, 90);
      break;
    case TREND_FLAT_WATCH:
      c->start = c->end = rand_int (demo, 45, 64);
      break;
    case TREND_GROWTH:
      c->start = rand_int (demo, 55, 66);
      c->end = rand_int (demo, 76, 90);
      c->turn = 0;
      break;
    case TREND_DECLINE:
      c->start = rand_int (demo, 72, 88);
      c->end = sample->churned ? rand_int (demo, 20, 38) : rand_int (demo, 25, 52);
      break;
    case TREND_RECOVERY:
      c->start = rand_int (demo, 28, 55);
      c->end = rand_int (demo, 74, 88);
      c->turn = 0.3 + 0.3 * g_rand_double (demo->rand);
      c->turn_end = MIN (c->turn + 0.25, 0.95);
      break;
    case TREND_DIP:
    case N_TRENDS:
    default:
      c->start = c->end = rand_int (demo, 76, 88);
      c->low = rand_int (demo, 35, 55);
      c->turn = 0.5;
      break;
    }

  sample->turn = history_day (demo, c->turn);
  sample->turn_end = history_day (demo, c->turn_end);
}

static double
curve_level (const Curve *c,
             Trend        trend,
             double       t)
{
  if (trend == TREND_DIP)
    return c->low + (c->start - c->low) * fabs (t - 0.5) * 2;
  if (t <= c->turn)
    return c->start;
  if (t >= c->turn_end)
    return c->end;
  return c->start + (c->end - c->start) * (t - c->turn) / (c->turn_end - c->turn);
}

/* Per-component offsets whose weighted mean is zero with or without
 * NPS (which has none), so the score follows the curve either way. */
static void
component_offsets (Demo *demo,
                   int   offsets[CSP_N_COMPONENTS])
{
  int sum = 0, total = 0, mean;

  for (guint c = 0; c < CSP_N_COMPONENTS; c++)
    {
      offsets[c] = c == CSP_COMPONENT_NPS ? 0 : rand_int (demo, -8, 8);
      if (c != CSP_COMPONENT_NPS)
        {
          sum += offsets[c] * demo->weights.weight[c];
          total += demo->weights.weight[c];
        }
    }

  mean = total > 0 ? (int) lround ((double) sum / total) : 0;
  for (guint c = 0; c < CSP_N_COMPONENTS; c++)
    if (c != CSP_COMPONENT_NPS)
      offsets[c] -= mean;
}

/* A function, not CLAMP(): the argument draws a random number. */
static int
clamp_score (int score)
{
  return CLAMP (score, 0, 100);
}

static gboolean
add_snapshot (Demo       *demo,
              Sample     *sample,
              guint       week,
              double      level,
              const int   offsets[CSP_N_COMPONENTS],
              ScoreMode   mode,
              GError    **error)
{
  CspHealthSnapshot *snapshot = demo->snapshot;
  int values[CSP_N_COMPONENTS];
  int score;
  DayText day;

  for (guint c = 0; c < CSP_N_COMPONENTS; c++)
    values[c] = clamp_score ((int) lround (level) + offsets[c] + rand_int (demo, -3, 3));
  /* The survey runs every 13 weeks, the latest one this week. */
  if (mode == SCORES_QUARTERLY_NPS && (demo->n_weeks - 1 - week) % 13 != 0)
    values[CSP_COMPONENT_NPS] = CSP_UNSET;
  score = csp_health_weighted_score (values, &demo->weights);

  format_day (week_day (demo, week), day);
  csp_record_set_id (CSP_RECORD (snapshot), 0);
  csp_health_snapshot_set_account_id (snapshot, sample->id);
  csp_health_snapshot_set_taken_on (snapshot, day);
  csp_health_snapshot_set_score (snapshot, mode == SCORES_EXPLICIT
                                           ? clamp_score (score + rand_int (demo, -2, 2))
                                           : CSP_UNSET);
  for (guint c = 0; c < CSP_N_COMPONENTS; c++)
    csp_health_snapshot_set_component (snapshot, c, values[c]);

  return csp_store_add_health_snapshot (demo->store, snapshot, error);
}

static gboolean
add_health_history (Demo    *demo,
                    Sample  *sample,
                    GError **error)
{
  static const int mode_weights[N_SCORE_MODES] = { 55, 30, 15 };
  ScoreMode mode = (ScoreMode) pick_weighted (demo, mode_weights, N_SCORE_MODES);
  int offsets[CSP_N_COMPONENTS];

  choose_curve (demo, sample);
  component_offsets (demo, offsets);

  for (guint week = 0; week < demo->n_weeks; week++)
    {
      double t = demo->n_weeks > 1 ? (double) week / (demo->n_weeks - 1) : 1.0;

      if (!add_snapshot (demo, sample, week, curve_level (&sample->curve, sample->trend, t),
                         offsets, mode, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_struggling (Sample *sample)
{
  return sample->trend == TREND_DECLINE || sample->trend == TREND_FLAT_WATCH;
}

/* Meetings: held ones over the last year (with attendees, notes and
 * decisions), a few cancelled, and planned ones in the coming weeks. */

static gboolean
add_attendee (Demo        *demo,
              gint64       meeting_id,
              gint64       stakeholder_id,
              const char  *name,
              CspSide      side,
              const char  *role,
              GError     **error)
{
  g_autoptr(CspAttendee) attendee = g_object_new (CSP_TYPE_ATTENDEE, NULL);

  csp_attendee_set_meeting_id (attendee, meeting_id);
  csp_attendee_set_stakeholder_id (attendee, stakeholder_id);
  csp_attendee_set_name (attendee, name);
  csp_attendee_set_side (attendee, side);
  csp_attendee_set_role (attendee, role);

  return csp_store_add_attendee (demo->store, attendee, error);
}

/* Whether a stakeholder at @level joins a meeting of @kind; @taken
 * counts who already joins, by level. */
static gboolean
joins_meeting (Demo                *demo,
               CspMeetingKind       kind,
               CspStakeholderLevel  level,
               guint                taken[3])
{
  gboolean senior = kind != CSP_MEETING_CHECK_IN;

  switch (level)
    {
    case CSP_LEVEL_EXECUTIVE:
      return senior && taken[level] < 1;
    case CSP_LEVEL_PROJECT_LEAD:
      return taken[level] < (kind == CSP_MEETING_KICKOFF ? 2u : 1u);
    case CSP_LEVEL_MEMBER:
    default:
      return (kind == CSP_MEETING_KICKOFF || kind == CSP_MEETING_CHECK_IN) &&
             taken[level] < 1 && chance (demo, 0.4);
    }
}

static gboolean
add_customer_attendees (Demo            *demo,
                        Sample          *sample,
                        gint64           meeting_id,
                        CspMeetingKind   kind,
                        GError         **error)
{
  guint taken[3] = { 0, 0, 0 };
  guint n_added = 0;

  for (guint i = 0; i < sample->people->len; i++)
    {
      const Person *person = &g_array_index (sample->people, Person, i);

      if (!joins_meeting (demo, kind, person->level, taken))
        continue;
      taken[person->level]++;
      n_added++;
      if (!add_attendee (demo, meeting_id, person->id, person->name, CSP_SIDE_CUSTOMER,
                         person->title, error))
        return FALSE;
    }

  if (n_added == 0)
    {
      const Person *person = &g_array_index (sample->people, Person, 0);

      return add_attendee (demo, meeting_id, person->id, person->name, CSP_SIDE_CUSTOMER,
                           person->title, error);
    }

  return TRUE;
}

static gboolean
add_our_attendees (Demo            *demo,
                   Sample          *sample,
                   gint64           meeting_id,
                   CspMeetingKind   kind,
                   GError         **error)
{
  const CspDemoText *roles = csp_demo_colleague_roles;
  gboolean senior = kind == CSP_MEETING_EBR || kind == CSP_MEETING_STRATEGY ||
                    kind == CSP_MEETING_ESCALATION;
  gboolean support = kind == CSP_MEETING_ESCALATION || kind == CSP_MEETING_KICKOFF ||
                     (kind == CSP_MEETING_CHECK_IN && chance (demo, 0.25));

  if (!add_attendee (demo, meeting_id, 0, sample->csm, CSP_SIDE_OURS,
                     text (&roles[CSP_COUNTERPART_ACCOUNT_MANAGER], sample->lang), error))
    return FALSE;

  if (senior &&
      !add_attendee (demo, meeting_id, 0,
                     pick_colleague (demo, sample->lang, CSP_COUNTERPART_EXECUTIVE_SPONSOR),
                     CSP_SIDE_OURS, text (&roles[CSP_COUNTERPART_EXECUTIVE_SPONSOR], sample->lang),
                     error))
    return FALSE;

  return !support ||
         add_attendee (demo, meeting_id, 0,
                       pick_colleague (demo, sample->lang, CSP_COUNTERPART_SUPPORT_TEAM),
                       CSP_SIDE_OURS, text (&roles[CSP_COUNTERPART_SUPPORT_TEAM], sample->lang),
                       error);
}

static gboolean
add_decision (Demo        *demo,
              HeldMeeting *meeting,
              gint64       action_id,
              const char  *body,
              GError     **error)
{
  g_autoptr(CspDecision) decision = g_object_new (CSP_TYPE_DECISION, NULL);

  csp_decision_set_meeting_id (decision, meeting->id);
  csp_decision_set_action_id (decision, action_id);
  csp_decision_set_position (decision, meeting->n_decisions++);
  csp_decision_set_body (decision, body);

  return csp_store_add_decision (demo->store, decision, error);
}

static gboolean
add_decisions (Demo         *demo,
               Sample       *sample,
               HeldMeeting  *meeting,
               GError      **error)
{
  int n = rand_int (demo, 1, 2);
  guint first = pick (demo, csp_demo_n_decisions);

  for (int i = 0; i < n; i++)
    {
      const CspDemoText *body = &csp_demo_decisions[(first + (guint) i) % csp_demo_n_decisions];

      if (!add_decision (demo, meeting, 0, text (body, sample->lang), error))
        return FALSE;
    }

  return TRUE;
}

static char *
meeting_title (CspMeetingKind   kind,
               guint32          day,
               CspDemoLanguage  lang)
{
  const char *title = text (&csp_demo_meeting_titles[kind], lang);
  GDate date;

  if (kind != CSP_MEETING_EBR)
    return g_strdup (title);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_strdup_printf ("%s · Q%d %u", title, (g_date_get_month (&date) + 2) / 3,
                          (guint) g_date_get_year (&date));
}

static char *
meeting_notes (Demo   *demo,
               Sample *sample)
{
  guint first = pick (demo, csp_demo_n_meeting_notes);
  guint second = (first + 1 + pick (demo, csp_demo_n_meeting_notes - 1)) % csp_demo_n_meeting_notes;

  return g_strconcat (text (&csp_demo_meeting_notes[first], sample->lang),
                      sample->lang == CSP_DEMO_ZH ? "" : " ",
                      text (&csp_demo_meeting_notes[second], sample->lang), NULL);
}

/* Working hours of the account's time zone, in UTC. */
static void
meeting_time (Demo     *demo,
              Sample   *sample,
              guint32   day,
              TimeText  out)
{
  int hour = g_str_equal (sample->currency, "CNY") ? rand_int (demo, 1, 8)
           : g_str_equal (sample->currency, "EUR") ? rand_int (demo, 7, 15)
           : rand_int (demo, 14, 21);
  DayText date;

  format_day (day, date);
  g_snprintf (out, sizeof (TimeText), "%sT%02d:%s:00Z", date, hour, chance (demo, 0.3) ? "30" : "00");
}

static CspMeetingChannel
meeting_channel (Demo   *demo,
                 Sample *sample)
{
  /* in_person, video, phone, wechat, dingtalk, other */
  static const int weights[CSP_DEMO_N_LANGUAGES][6] = {
    [CSP_DEMO_EN] = { 20, 65, 12, 0, 0, 3 },
    [CSP_DEMO_ZH] = { 25, 25, 5, 25, 20, 0 },
  };

  return (CspMeetingChannel) pick_weighted (demo, weights[sample->lang], 6);
}

static void
fill_meeting (Demo             *demo,
              Sample           *sample,
              CspMeeting       *meeting,
              CspMeetingKind    kind,
              guint32           day,
              CspMeetingStatus  status)
{
  static const int durations[] = { 30, 45, 60, 60, 90 };
  g_autofree char *title = meeting_title (kind, day, sample->lang);
  g_autofree char *notes = NULL;
  TimeText when;

  meeting_time (demo, sample, day, when);
  csp_meeting_set_account_id (meeting, sample->id);
  csp_meeting_set_kind (meeting, kind);
  csp_meeting_set_title (meeting, title);
  csp_meeting_set_scheduled_at (meeting, when);
  csp_meeting_set_duration_minutes (meeting, kind == CSP_MEETING_CHECK_IN
                                             ? durations[pick (demo, 3)]
                                             : durations[2 + pick (demo, 3)]);
  csp_meeting_set_channel (meeting, meeting_channel (demo, sample));
  csp_meeting_set_status (meeting, status);
  csp_meeting_set_agenda (meeting, text (&csp_demo_meeting_agendas[kind], sample->lang));
  if (status == CSP_MEETING_HELD)
    {
      notes = meeting_notes (demo, sample);
      csp_meeting_set_notes (meeting, notes);
    }
}

static gboolean
add_meeting (Demo              *demo,
             Sample            *sample,
             CspMeetingKind     kind,
             guint32            day,
             CspMeetingStatus   status,
             GError           **error)
{
  g_autoptr(CspMeeting) meeting = g_object_new (CSP_TYPE_MEETING, NULL);
  HeldMeeting held = { 0, day, 0 };

  fill_meeting (demo, sample, meeting, kind, day, status);
  if (!csp_store_add_meeting (demo->store, meeting, error))
    return FALSE;

  held.id = csp_record_get_id (CSP_RECORD (meeting));
  if (!add_customer_attendees (demo, sample, held.id, kind, error) ||
      !add_our_attendees (demo, sample, held.id, kind, error))
    return FALSE;

  if (status != CSP_MEETING_HELD)
    return TRUE;

  if (!add_decisions (demo, sample, &held, error))
    return FALSE;
  g_array_append_val (sample->meetings, held);
  return TRUE;
}

static CspMeetingKind
past_meeting_kind (Demo    *demo,
                   Sample  *sample,
                   guint    position,
                   guint32  day,
                   gboolean *escalated)
{
  static const int smb_weights[] = { 20, 10, 0, 70, 0 };
  static const int weights[] = { 25, 30, 0, 45, 0 };
  gboolean troubled = sample->trend == TREND_DECLINE || sample->trend == TREND_RECOVERY ||
                      sample->trend == TREND_DIP;

  if (position == 0 && sample->since + 150 > demo->today)
    return CSP_MEETING_KICKOFF;
  if (troubled && !*escalated && day + 45 > sample->turn)
    {
      *escalated = TRUE;
      return CSP_MEETING_ESCALATION;
    }

  return (CspMeetingKind) pick_weighted (demo, sample->segment == CSP_SEGMENT_SMB ? smb_weights : weights,
                                         G_N_ELEMENTS (weights));
}

static gboolean
add_past_meetings (Demo    *demo,
                   Sample  *sample,
                   GError **error)
{
  static const int low[] = { 4, 2, 1 };
  static const int high[] = { 7, 5, 3 };
  guint32 last = (sample->churned ? sample->churned : demo->today) - 1;
  guint32 first = MAX (sample->since + 2, demo->today - 365);
  guint span = last >= first ? last - first + 1 : 0;
  guint n = MIN ((guint) rand_int (demo, low[sample->segment], high[sample->segment]), span / 7 + 1);
  gboolean escalated = FALSE;

  for (guint i = 0; span > 0 && i < n; i++)
    {
      guint32 day = first + (guint32) ((span * (2 * i + 1)) / (2 * n)) + (guint32) rand_int (demo, -3, 3);
      CspMeetingKind kind;

      day = clamp_day (working_day (clamp_day (day, first, last), TRUE), first - 2, last);
      kind = past_meeting_kind (demo, sample, i, day, &escalated);
      if (!add_meeting (demo, sample, kind, day,
                        kind != CSP_MEETING_KICKOFF && chance (demo, 0.08) ? CSP_MEETING_CANCELLED
                                                                           : CSP_MEETING_HELD,
                        error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_planned_meeting (Demo    *demo,
                     Sample  *sample,
                     int      from,
                     int      to,
                     GError **error)
{
  static const int weights[] = { 25, 25, 0, 50, 0 };
  CspMeetingKind kind = sample->stage == CSP_LIFECYCLE_RENEWAL
                        ? CSP_MEETING_EBR
                        : (CspMeetingKind) pick_weighted (demo, weights, G_N_ELEMENTS (weights));
  guint32 day = working_day (demo->today + (guint32) rand_int (demo, from, to), FALSE);

  return add_meeting (demo, sample, kind, day, CSP_MEETING_PLANNED, error);
}

static gboolean
add_meetings (Demo    *demo,
              Sample  *sample,
              GError **error)
{
  if (!add_past_meetings (demo, sample, error))
    return FALSE;
  if (sample->churned != 0)
    return TRUE;

  return (!chance (demo, 0.85) || add_planned_meeting (demo, sample, 1, 30, error)) &&
         (!chance (demo, 0.35) || add_planned_meeting (demo, sample, 31, 75, error));
}

/* Success plans: one per account after its stage and health, sometimes
 * with an earlier completed onboarding plan or a draft for what is next.
 * What happened to each action is decided first, so that objectives
 * can report the progress of their actions. */

typedef struct
{
  CspActionStatus  status;
  guint32          due;
  guint32          completed; /* 0 unless done */
} ActionState;

typedef struct
{
  CspDemoPlanKind  kind;
  CspPlanStatus    status;
  gint64           id;
  guint32          start;
  guint32          target;
  guint32          completed;
  ActionState     *actions;
} PlanState;

static CspActionStatus
active_action_status (Demo    *demo,
                      Sample  *sample,
                      guint32  due)
{
  /* Weights of open, in progress, blocked, done, cancelled. */
  static const int soon[] = { 35, 35, 10, 20, 0 };
  static const int later[] = { 70, 15, 5, 10, 0 };
  static const int overdue_ok[] = { 7, 5, 10, 75, 3 };
  static const int overdue_struggling[] = { 18, 14, 15, 50, 3 };

  if (due < demo->today)
    return (CspActionStatus) pick_weighted (demo, is_struggling (sample) ? overdue_struggling
                                                                         : overdue_ok, 5);
  return (CspActionStatus) pick_weighted (demo, due <= demo->today + 14 ? soon : later, 5);
}

static void
decide_action (Demo                *demo,
               Sample              *sample,
               const PlanState     *plan,
               const CspDemoAction *template,
               ActionState         *action)
{
  guint32 last = plan->status == CSP_PLAN_COMPLETED ? plan->completed : demo->today;

  action->due = plan->start + (guint32) template->due_days;
  switch (plan->status)
    {
    case CSP_PLAN_COMPLETED:
      action->status = chance (demo, 0.05) ? CSP_ACTION_CANCELLED : CSP_ACTION_DONE;
      break;
    case CSP_PLAN_CANCELLED:
      action->status = action->due + 10 < sample->churned && chance (demo, 0.6)
                       ? CSP_ACTION_DONE : CSP_ACTION_CANCELLED;
      last = sample->churned;
      break;
    case CSP_PLAN_DRAFT:
      action->status = CSP_ACTION_OPEN;
      break;
    case CSP_PLAN_ACTIVE:
    default:
      action->status = active_action_status (demo, sample, action->due);
      break;
    }

  /* Done around the due day: some early, some a little late. */
  action->completed = action->status != CSP_ACTION_DONE ? 0
                      : clamp_day (action->due + (guint32) rand_int (demo, -7, 5), plan->start, last);
}

static char *
objective_value (int                     value,
                 const CspDemoObjective *objective,
                 CspDemoLanguage         lang)
{
  return g_strdup_printf ("%d%s", value, text (&objective->unit, lang));
}

static CspObjectiveStatus
objective_status (Demo            *demo,
                  Sample          *sample,
                  const PlanState *plan,
                  guint32          due,
                  double           done)
{
  switch (plan->status)
    {
    case CSP_PLAN_DRAFT:
      return CSP_OBJECTIVE_NOT_STARTED;
    case CSP_PLAN_COMPLETED:
      return CSP_OBJECTIVE_ACHIEVED;
    case CSP_PLAN_CANCELLED:
      return CSP_OBJECTIVE_MISSED;
    case CSP_PLAN_ACTIVE:
    default:
      if (done >= 1.0)
        return CSP_OBJECTIVE_ACHIEVED;
      if (due < demo->today)
        return CSP_OBJECTIVE_MISSED;
      if (done == 0 && plan->start + 14 > demo->today)
        return CSP_OBJECTIVE_NOT_STARTED;
      if (is_struggling (sample) || (due < demo->today + 21 && done < 0.5))
        return CSP_OBJECTIVE_AT_RISK;
      return CSP_OBJECTIVE_ON_TRACK;
    }
}

/* The share of the objective's actions that are done. */
static double
objective_progress (const PlanState *plan,
                    guint            objective)
{
  const CspDemoPlanTemplate *template = &csp_demo_plans[plan->kind];
  guint n = 0, n_done = 0;

  for (guint i = 0; i < template->n_actions; i++)
    if (template->actions[i].objective == (int) objective)
      {
        n++;
        n_done += plan->actions[i].status == CSP_ACTION_DONE;
      }

  return plan->status == CSP_PLAN_COMPLETED ? 1.0 : n ? (double) n_done / n : 0.0;
}

static gboolean
add_objective (Demo             *demo,
               Sample           *sample,
               const PlanState  *plan,
               guint             position,
               gint64           *id,
               GError          **error)
{
  const CspDemoObjective *template = &csp_demo_plans[plan->kind].objectives[position];
  g_autoptr(CspObjective) objective = g_object_new (CSP_TYPE_OBJECTIVE, NULL);
  g_autofree char *baseline = objective_value (template->baseline, template, sample->lang);
  g_autofree char *target = objective_value (template->target, template, sample->lang);
  g_autofree char *current = NULL;
  guint32 due = plan->start + (guint32) template->due_days;
  double done = objective_progress (plan, position);
  CspObjectiveStatus status = objective_status (demo, sample, plan, due, done);
  DayText day;

  if (status != CSP_OBJECTIVE_NOT_STARTED)
    current = objective_value (template->baseline +
                               (int) lround ((template->target - template->baseline) * done),
                               template, sample->lang);
  format_day (due, day);
  csp_objective_set_plan_id (objective, plan->id);
  csp_objective_set_position (objective, (int) position);
  csp_objective_set_title (objective, text (&template->title, sample->lang));
  csp_objective_set_metric (objective, text (&template->metric, sample->lang));
  csp_objective_set_baseline (objective, baseline);
  csp_objective_set_target (objective, target);
  csp_objective_set_current (objective, current);
  csp_objective_set_due_on (objective, day);
  csp_objective_set_status (objective, status);

  if (!csp_store_add_objective (demo->store, objective, error))
    return FALSE;

  *id = csp_record_get_id (CSP_RECORD (objective));
  return TRUE;
}

static const char *
action_owner (Demo    *demo,
              Sample  *sample,
              CspSide  side)
{
  if (side == CSP_SIDE_CUSTOMER)
    return chance (demo, 0.7)
           ? find_person (sample, CSP_LEVEL_PROJECT_LEAD)->name
           : g_array_index (sample->people, Person, pick (demo, sample->people->len)).name;

  if (chance (demo, 0.7))
    return sample->csm;
  return pick_colleague (demo, sample->lang, chance (demo, 0.7) ? CSP_COUNTERPART_SUPPORT_TEAM
                                                                : CSP_COUNTERPART_EXECUTIVE_SPONSOR);
}

static const char *
action_notes (Demo              *demo,
              Sample            *sample,
              const ActionState *state)
{
  if (state->status == CSP_ACTION_BLOCKED)
    return text (&csp_demo_blocked_reasons[pick (demo, csp_demo_n_blocked_reasons)], sample->lang);
  if (state->status == CSP_ACTION_DONE && chance (demo, 0.15))
    return text (&csp_demo_done_notes[pick (demo, csp_demo_n_done_notes)], sample->lang);
  return NULL;
}

/* A held meeting where the action was agreed: the latest one between
 * the plan's start and the action's due day, if any. */
static HeldMeeting *
originating_meeting (Sample          *sample,
                     const PlanState *plan,
                     guint32          due)
{
  HeldMeeting *found = NULL;

  for (guint i = 0; i < sample->meetings->len; i++)
    {
      HeldMeeting *meeting = &g_array_index (sample->meetings, HeldMeeting, i);

      if (meeting->day + 14 >= plan->start && meeting->day < due &&
          (found == NULL || meeting->day > found->day))
        found = meeting;
    }

  return found;
}

static void
fill_action (Demo                *demo,
             Sample              *sample,
             const PlanState     *plan,
             guint                position,
             CspActionItem       *action)
{
  const CspDemoAction *template = &csp_demo_plans[plan->kind].actions[position];
  const ActionState *state = &plan->actions[position];
  DayText day;

  csp_action_item_set_plan_id (action, plan->id);
  csp_action_item_set_position (action, (int) position);
  csp_action_item_set_title (action, text (&template->title, sample->lang));
  csp_action_item_set_owner_side (action, template->side);
  csp_action_item_set_owner_name (action, action_owner (demo, sample, template->side));
  format_day (state->due, day);
  csp_action_item_set_due_on (action, day);
  csp_action_item_set_priority (action, template->priority);
  csp_action_item_set_status (action, state->status);
  if (state->completed != 0)
    {
      format_day (state->completed, day);
      csp_action_item_set_completed_on (action, day);
    }
  csp_action_item_set_notes (action, action_notes (demo, sample, state));
}

static gboolean
add_action (Demo             *demo,
            Sample           *sample,
            const PlanState  *plan,
            guint             position,
            const gint64     *objective_ids,
            GError          **error)
{
  const CspDemoAction *template = &csp_demo_plans[plan->kind].actions[position];
  g_autoptr(CspActionItem) action = g_object_new (CSP_TYPE_ACTION_ITEM, NULL);
  HeldMeeting *meeting = NULL;
  g_autofree char *decision = NULL;

  fill_action (demo, sample, plan, position, action);
  if (template->objective >= 0)
    csp_action_item_set_objective_id (action, objective_ids[template->objective]);
  if (plan->status != CSP_PLAN_DRAFT && chance (demo, 0.25))
    meeting = originating_meeting (sample, plan, plan->actions[position].due);
  if (meeting != NULL)
    csp_action_item_set_meeting_id (action, meeting->id);

  if (!csp_store_add_action_item (demo->store, action, error))
    return FALSE;
  if (meeting == NULL)
    return TRUE;

  decision = g_strconcat (text (&csp_demo_linked_decision[0], sample->lang),
                          text (&template->title, sample->lang),
                          text (&csp_demo_linked_decision[1], sample->lang), NULL);
  return add_decision (demo, meeting, csp_record_get_id (CSP_RECORD (action)), decision, error);
}

static gboolean
add_plan_record (Demo       *demo,
                 Sample     *sample,
                 PlanState  *plan,
                 GError    **error)
{
  const CspDemoPlanTemplate *template = &csp_demo_plans[plan->kind];
  g_autoptr(CspSuccessPlan) record = g_object_new (CSP_TYPE_SUCCESS_PLAN, NULL);
  DayText day;

  csp_success_plan_set_account_id (record, sample->id);
  csp_success_plan_set_title (record, text (&template->title, sample->lang));
  csp_success_plan_set_desired_outcome (record, text (&template->outcome, sample->lang));
  csp_success_plan_set_status (record, plan->status);
  format_day (plan->start, day);
  csp_success_plan_set_start_on (record, day);
  format_day (plan->target, day);
  csp_success_plan_set_target_on (record, day);
  if (plan->status == CSP_PLAN_COMPLETED)
    {
      format_day (plan->completed, day);
      csp_success_plan_set_completed_on (record, day);
    }
  csp_success_plan_set_template_key (record, template->key);

  if (!csp_store_add_success_plan (demo->store, record, error))
    return FALSE;

  plan->id = csp_record_get_id (CSP_RECORD (record));
  return TRUE;
}

static gboolean
add_plan (Demo            *demo,
          Sample          *sample,
          CspDemoPlanKind  kind,
          guint32          start,
          CspPlanStatus    status,
          GError         **error)
{
  const CspDemoPlanTemplate *template = &csp_demo_plans[kind];
  g_autofree ActionState *actions = g_new0 (ActionState, template->n_actions);
  g_autofree gint64 *objective_ids = g_new0 (gint64, template->n_objectives);
  PlanState plan = { kind, status, 0, start, start + (guint32) template->length_days, 0, actions };

  if (status == CSP_PLAN_COMPLETED)
    plan.completed = clamp_day (plan.target + (guint32) rand_int (demo, -5, 10), start, demo->today);
  for (guint i = 0; i < template->n_actions; i++)
    decide_action (demo, sample, &plan, &template->actions[i], &actions[i]);

  if (!add_plan_record (demo, sample, &plan, error))
    return FALSE;
  for (guint i = 0; i < template->n_objectives; i++)
    if (!add_objective (demo, sample, &plan, i, &objective_ids[i], error))
      return FALSE;
  for (guint i = 0; i < template->n_actions; i++)
    if (!add_action (demo, sample, &plan, i, objective_ids, error))
      return FALSE;

  return TRUE;
}

static CspDemoPlanKind
plan_kind_for_stage (Demo   *demo,
                     Sample *sample)
{
  switch (sample->stage)
    {
    case CSP_LIFECYCLE_NEW:
    case CSP_LIFECYCLE_ONBOARDING:
      return CSP_DEMO_PLAN_ONBOARDING;
    case CSP_LIFECYCLE_EXPANSION:
      return CSP_DEMO_PLAN_EXPANSION;
    case CSP_LIFECYCLE_RENEWAL:
      return CSP_DEMO_PLAN_RENEWAL;
    case CSP_LIFECYCLE_ADVOCACY:
      return chance (demo, 0.5) ? CSP_DEMO_PLAN_EXPANSION : CSP_DEMO_PLAN_ADOPTION;
    case CSP_LIFECYCLE_GROWTH:
    case CSP_LIFECYCLE_CHURNED:
    default:
      return CSP_DEMO_PLAN_ADOPTION;
    }
}

/* The plan the account works on now, after its stage and its health:
 * a recovery plan when health fell (it began before a recovery, which
 * is what the app's "what came before it" looks for). */
static gboolean
add_main_plan (Demo    *demo,
               Sample  *sample,
               GError **error)
{
  int recovery_days = csp_demo_plans[CSP_DEMO_PLAN_RECOVERY].length_days;
  CspDemoPlanKind kind = plan_kind_for_stage (demo, sample);
  guint32 start;

  if (sample->churned != 0)
    return add_plan (demo, sample, CSP_DEMO_PLAN_RECOVERY,
                     sample->churned - (guint32) rand_int (demo, 40, 80), CSP_PLAN_CANCELLED, error);
  if (sample->trend == TREND_DECLINE)
    return add_plan (demo, sample, CSP_DEMO_PLAN_RECOVERY,
                     demo->today - (guint32) rand_int (demo, 7, 35), CSP_PLAN_ACTIVE, error);
  if (sample->trend == TREND_RECOVERY)
    {
      start = sample->turn - (guint32) rand_int (demo, 0, 14);
      return add_plan (demo, sample, CSP_DEMO_PLAN_RECOVERY, start,
                       start + (guint32) recovery_days + 20 < demo->today ? CSP_PLAN_COMPLETED
                                                                           : CSP_PLAN_ACTIVE,
                       error);
    }

  if (kind == CSP_DEMO_PLAN_ONBOARDING)
    start = sample->since + (guint32) rand_int (demo, 0, 5);
  else if (kind == CSP_DEMO_PLAN_RENEWAL)
    start = MIN (sample->renewal - 95, demo->today - 3);
  else
    start = demo->today - (guint32) rand_int (demo, 10, 100);

  return add_plan (demo, sample, kind, MAX (start, sample->since), CSP_PLAN_ACTIVE, error);
}

static gboolean
add_plans (Demo    *demo,
           Sample  *sample,
           GError **error)
{
  gboolean established = sample->since + 200 < demo->today &&
                         sample->stage != CSP_LIFECYCLE_NEW &&
                         sample->stage != CSP_LIFECYCLE_ONBOARDING;

  if (!add_main_plan (demo, sample, error))
    return FALSE;

  if (established && chance (demo, 0.6))
    return add_plan (demo, sample, CSP_DEMO_PLAN_ONBOARDING,
                     sample->since + (guint32) rand_int (demo, 0, 5), CSP_PLAN_COMPLETED, error);

  /* A draft for what comes next. */
  if (sample->churned == 0 && chance (demo, 0.25))
    return add_plan (demo, sample,
                     sample->renewal < demo->today + 200 && sample->stage != CSP_LIFECYCLE_RENEWAL
                     ? CSP_DEMO_PLAN_RENEWAL : CSP_DEMO_PLAN_EXPANSION,
                     demo->today + (guint32) rand_int (demo, 14, 60), CSP_PLAN_DRAFT, error);

  return TRUE;
}

/* Risks: churn signals that match the health story. */

static CspPriority
risk_severity (Demo        *demo,
               CspRiskKind  kind)
{
  switch (kind)
    {
    case CSP_RISK_UNRESOLVED_CRITICAL:
      return CSP_PRIORITY_CRITICAL;
    case CSP_RISK_DATA_EXPORT_REQUEST:
    case CSP_RISK_CHAMPION_LEFT:
    case CSP_RISK_COMPETITOR:
    case CSP_RISK_BUDGET_CUT:
      return chance (demo, 0.3) ? CSP_PRIORITY_CRITICAL : CSP_PRIORITY_URGENT;
    case CSP_RISK_LOW_USAGE:
      return chance (demo, 0.5) ? CSP_PRIORITY_URGENT : CSP_PRIORITY_NORMAL;
    case CSP_RISK_BILLING_QUESTION:
    case CSP_RISK_OTHER:
    default:
      return chance (demo, 0.5) ? CSP_PRIORITY_NORMAL : CSP_PRIORITY_LOW;
    }
}

static gboolean
add_risk (Demo         *demo,
          Sample       *sample,
          CspRiskKind   kind,
          guint32       raised,
          guint32       resolved,
          gboolean      saved,
          GError      **error)
{
  g_autoptr(CspRisk) risk = g_object_new (CSP_TYPE_RISK, NULL);
  const char *notes = text (&csp_demo_risk_notes[kind], sample->lang);
  g_autofree char *saved_notes = NULL;
  DayText day;

  csp_risk_set_account_id (risk, sample->id);
  csp_risk_set_kind (risk, kind);
  csp_risk_set_severity (risk, risk_severity (demo, kind));
  format_day (raised, day);
  csp_risk_set_raised_on (risk, day);
  if (resolved != 0)
    {
      format_day (MAX (resolved, raised), day);
      csp_risk_set_resolved_on (risk, day);
    }
  if (saved)
    {
      saved_notes = g_strconcat (notes, sample->lang == CSP_DEMO_ZH ? "" : " ",
                                 text (&csp_demo_saved_notes[pick (demo, csp_demo_n_saved_notes)],
                                       sample->lang), NULL);
      csp_risk_set_saved_arr_minor (risk, sample->arr_minor);
    }
  csp_risk_set_notes (risk, saved_notes ? saved_notes : notes);

  return csp_store_add_risk (demo->store, risk, error);
}

/* The signals of an account in decline: all but "other". */
static CspRiskKind
decline_risk_kind (Demo *demo)
{
  return (CspRiskKind) pick (demo, CSP_RISK_OTHER);
}

static gboolean
add_risks (Demo    *demo,
           Sample  *sample,
           GError **error)
{
  guint32 end = sample->churned ? sample->churned : demo->today;
  guint32 recent = MAX (sample->turn, end - 90);
  gboolean ok = TRUE;

  switch (sample->trend)
    {
    case TREND_DECLINE:
      for (int i = rand_int (demo, 1, 2); ok && i > 0; i--)
        ok = add_risk (demo, sample, decline_risk_kind (demo),
                       clamp_day (recent + (guint32) rand_int (demo, 0, 30), sample->since, end),
                       sample->churned, FALSE, error);
      return ok;
    case TREND_RECOVERY:
      return add_risk (demo, sample, decline_risk_kind (demo),
                       MAX (sample->turn - (guint32) rand_int (demo, 0, 14), sample->since),
                       clamp_day (sample->turn_end + (guint32) rand_int (demo, 0, 14), 0, demo->today),
                       chance (demo, 0.6), error);
    case TREND_DIP:
      return add_risk (demo, sample, CSP_RISK_UNRESOLVED_CRITICAL,
                       MAX (sample->turn - 14, sample->since),
                       clamp_day (sample->turn + (guint32) rand_int (demo, 20, 40), 0, demo->today),
                       chance (demo, 0.4), error);
    case TREND_FLAT_WATCH:
      return !chance (demo, 0.5) ||
             add_risk (demo, sample, chance (demo, 0.5) ? CSP_RISK_LOW_USAGE : CSP_RISK_BILLING_QUESTION,
                       MAX (demo->today - (guint32) rand_int (demo, 5, 60), sample->since), 0, FALSE, error);
    case TREND_FLAT_HEALTHY:
    case TREND_GROWTH:
    case N_TRENDS:
    default:
      return !chance (demo, 0.15) ||
             add_risk (demo, sample, chance (demo, 0.5) ? CSP_RISK_BILLING_QUESTION : CSP_RISK_OTHER,
                       MAX (demo->today - (guint32) rand_int (demo, 60, 300), sample->since),
                       demo->today - (guint32) rand_int (demo, 0, 50), FALSE, error);
    }
}

/* The timeline: notes, calls, e-mails, escalations and milestones. */

static CspActivityKind
activity_kind (Demo   *demo,
               Sample *sample)
{
  /* note, call, email, escalation, milestone */
  int weights[] = { 25, 25, 30, 2, 8 };

  if (sample->trend == TREND_DECLINE || sample->trend == TREND_RECOVERY || sample->trend == TREND_DIP)
    weights[CSP_ACTIVITY_ESCALATION] = 12;

  return (CspActivityKind) pick_weighted (demo, weights, G_N_ELEMENTS (weights));
}

/* A summary for @kind that fits the day: no renewal signed in the
 * first year, no go-live in the first month. */
static const char *
activity_summary (Demo            *demo,
                  Sample          *sample,
                  CspActivityKind  kind,
                  guint32          day)
{
  guint choice = pick (demo, CSP_DEMO_SUMMARIES_PER_KIND);

  if (kind == CSP_ACTIVITY_MILESTONE &&
      ((choice == 0 && day < sample->since + 30) ||
       (choice == 2 && day < add_years (sample->since, 1))))
    choice = 1;

  return text (&csp_demo_activity_summaries[kind * CSP_DEMO_SUMMARIES_PER_KIND + choice],
               sample->lang);
}

static gboolean
add_activity (Demo    *demo,
              Sample  *sample,
              guint32  first,
              guint32  last,
              GError **error)
{
  g_autoptr(CspActivity) activity = g_object_new (CSP_TYPE_ACTIVITY, NULL);
  CspActivityKind kind = activity_kind (demo, sample);
  guint32 day = first + (guint32) rand_int (demo, 0, (int) (last - first));
  DayText text_day;

  format_day (day, text_day);
  csp_activity_set_account_id (activity, sample->id);
  csp_activity_set_occurred_on (activity, text_day);
  csp_activity_set_kind (activity, kind);
  csp_activity_set_summary (activity, activity_summary (demo, sample, kind, day));
  if (chance (demo, 0.5))
    csp_activity_set_details (activity,
                              text (&csp_demo_activity_details[pick (demo, csp_demo_n_activity_details)],
                                    sample->lang));

  return csp_store_add_activity (demo->store, activity, error);
}

static gboolean
add_activities (Demo    *demo,
                Sample  *sample,
                GError **error)
{
  guint32 last = sample->churned ? sample->churned : demo->today;
  guint32 first = clamp_day (MAX (sample->since, week_day (demo, 0) - 14), 0, last);
  int n = 3 + rand_int (demo, 0, 3) + (int) MIN (demo->n_weeks / 13, 6);

  for (int i = 0; i < n; i++)
    if (!add_activity (demo, sample, first, last, error))
      return FALSE;

  return TRUE;
}

/* One account and everything that belongs to it. */

static void
clear_sample (Sample *sample)
{
  for (guint i = 0; i < sample->people->len; i++)
    g_free (g_array_index (sample->people, Person, i).name);
  g_array_unref (sample->people);
  g_array_unref (sample->meetings);
  g_free (sample->domain);
}

static gboolean
add_sample (Demo    *demo,
            guint    index,
            GError **error)
{
  Sample sample = { .index = index };
  gboolean ok;

  sample.people = g_array_new (FALSE, TRUE, sizeof (Person));
  sample.meetings = g_array_new (FALSE, TRUE, sizeof (HeldMeeting));

  ok = add_account (demo, &sample, error) &&
       add_stakeholders (demo, &sample, error) &&
       add_health_history (demo, &sample, error) &&
       add_meetings (demo, &sample, error) &&
       add_plans (demo, &sample, error) &&
       add_risks (demo, &sample, error) &&
       add_activities (demo, &sample, error);

  clear_sample (&sample);
  return ok;
}

static gboolean
demo_init (Demo                  *demo,
           CspStore              *store,
           const CspDemoOptions  *options,
           GError               **error)
{
  demo->store = store;
  demo->n_weeks = MAX (options->n_weeks, 1);
  demo->rand = g_rand_new_with_seed (options->seed);
  demo->snapshot = g_object_new (CSP_TYPE_HEALTH_SNAPSHOT, NULL);
  shuffle_names (demo);

  return parse_today (options->today, &demo->today, error) &&
         csp_store_get_health_weights (store, &demo->weights, error);
}

static void
demo_clear (Demo *demo)
{
  g_clear_pointer (&demo->rand, g_rand_free);
  g_clear_object (&demo->snapshot);
  g_clear_pointer (&demo->name_order, g_free);
}

static gboolean
check_empty (CspStore  *store,
             GError   **error)
{
  if (csp_store_is_empty (store))
    return TRUE;

  g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CONSTRAINT,
               _("%s: the database already holds accounts; a sample portfolio goes only "
                 "into an empty database"), csp_store_get_path (store));
  return FALSE;
}

/* Reports progress when the whole percentage changes: at most about
 * 100 calls, whatever the number of accounts. */
static void
report_progress (CspDemoProgress  progress,
                 gpointer         user_data,
                 guint            done,
                 guint            total)
{
  if (progress != NULL && (done * 100 / total) != ((done - 1) * 100 / total))
    progress ((double) done / total, user_data);
}

/**
 * csp_demo_generate:
 * @store: an empty database
 * @options: how many accounts and weeks, the seed and the day
 * @progress: (nullable): called with the fraction done, from this thread
 * @cancellable: (nullable): cancelling rolls everything back
 *
 * Fills @store with a sample portfolio in one transaction. The same
 * options give the same rows. Refuses a store that already has accounts.
 */
gboolean
csp_demo_generate (CspStore              *store,
                   const CspDemoOptions  *options,
                   CspDemoProgress        progress,
                   gpointer               user_data,
                   GCancellable          *cancellable,
                   GError               **error)
{
  Demo demo = { NULL };
  gboolean ok;

  g_return_val_if_fail (CSP_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  if (!csp_store_begin (store, error))
    return FALSE;

  ok = check_empty (store, error) && demo_init (&demo, store, options, error);
  for (guint i = 0; ok && i < options->n_accounts; i++)
    {
      ok = !g_cancellable_set_error_if_cancelled (cancellable, error) &&
           add_sample (&demo, i, error);
      if (ok)
        report_progress (progress, user_data, i + 1, options->n_accounts);
    }
  ok = ok && csp_store_commit (store, error);

  if (!ok)
    csp_store_rollback (store);
  demo_clear (&demo);
  return ok;
}
