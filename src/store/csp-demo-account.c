/* csp-demo-account.c: sample accounts and their stakeholders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-demo-private.h"

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

void
_csp_demo_shuffle_names (Demo *demo)
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

static CspDemoLanguage
other_language (CspDemoLanguage lang)
{
  return lang == CSP_DEMO_ZH ? CSP_DEMO_EN : CSP_DEMO_ZH;
}

gboolean
_csp_demo_add_account (Demo    *demo,
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

gboolean
_csp_demo_add_stakeholders (Demo    *demo,
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
