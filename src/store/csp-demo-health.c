/* csp-demo-health.c: weekly health, risks and the timeline of a sample account
 *
 * The three tell one story per account: a declining account has open
 * risks and escalations, a recovering one had its risk resolved, often
 * with the revenue saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "csp-demo-private.h"

/* Health: a curve per trend, per-component offsets and weekly noise. */

/* The customer's part of the history: the curve plays out between the
 * first week the account was a customer and today (or its churn), so a
 * young account does not recover before it signed. Weeks outside hold
 * the curve's start or end. */
static void
lifetime (Demo    *demo,
          Sample  *sample,
          guint32 *first,
          guint32 *last)
{
  *last = sample->churned ? sample->churned : demo->today;
  *first = MIN (MAX (week_day (demo, 0), sample->since), *last);
}

static double
lifetime_fraction (Demo    *demo,
                   Sample  *sample,
                   guint32  day)
{
  guint32 first, last;

  lifetime (demo, sample, &first, &last);
  if (day >= last)
    return 1.0;
  if (day <= first)
    return 0.0;
  return (double) (day - first) / (last - first);
}

static guint32
lifetime_day (Demo    *demo,
              Sample  *sample,
              double   t)
{
  guint32 first, last;

  lifetime (demo, sample, &first, &last);
  return first + (guint32) (t * (last - first) + 0.5);
}

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

  sample->turn = lifetime_day (demo, sample, c->turn);
  sample->turn_end = lifetime_day (demo, sample, c->turn_end);
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

gboolean
_csp_demo_add_health_history (Demo    *demo,
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
      double t = lifetime_fraction (demo, sample, week_day (demo, week));

      if (!add_snapshot (demo, sample, week, curve_level (&sample->curve, sample->trend, t),
                         offsets, mode, error))
        return FALSE;
    }

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

gboolean
_csp_demo_add_risks (Demo    *demo,
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

gboolean
_csp_demo_add_activities (Demo    *demo,
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
