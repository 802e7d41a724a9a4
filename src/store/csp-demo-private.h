/* csp-demo-private.h: what the parts of the demo generator share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The generator is split by entity: csp-demo.c drives it, and
 * csp-demo-{account,health,meetings,plans}.c make the rows. */

#include "csp-demo.h"
#include "csp-demo-data.h"
#include "csp-store-records.h"

G_BEGIN_DECLS

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

/* The account being made, and what its later parts refer to. */
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

/* The generator: one per csp_demo_generate() call. */
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

/* Small helpers every part uses, inline so each file stays on its own.
 * Random choices: all from demo->rand, never g_random_*. */

static inline int
rand_int (Demo *demo,
          int   low,
          int   high)
{
  return g_rand_int_range (demo->rand, low, high + 1);
}

static inline gboolean
chance (Demo   *demo,
        double  probability)
{
  return g_rand_double (demo->rand) < probability;
}

static inline guint
pick (Demo  *demo,
      guint  n)
{
  return (guint) g_rand_int_range (demo->rand, 0, (gint32) n);
}

static inline guint
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

static inline const char *
text (const CspDemoText *t,
      CspDemoLanguage    lang)
{
  return t->text[lang];
}

/* Dates, as Julian day numbers while generating. */

static inline void
format_day (guint32 day,
            DayText out)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  g_snprintf (out, sizeof (DayText), "%04u-%02u-%02u", (guint) g_date_get_year (&date),
              (guint) g_date_get_month (&date), (guint) g_date_get_day (&date));
}

static inline guint32
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

/* Moves a weekend day to a working day: back for past meetings (so a
 * held one never lands in the future), forward for planned ones. */
static inline guint32
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

static inline guint32
clamp_day (guint32 day,
           guint32 low,
           guint32 high)
{
  return low > high ? high : CLAMP (day, low, high);
}

static inline guint32
week_day (Demo  *demo,
          guint  week)
{
  return demo->today - 7 * (demo->n_weeks - 1 - week);
}

static inline const char *
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

/* The first person at @level, else the first person of all. */
static inline const Person *
find_person (Sample              *sample,
             CspStakeholderLevel  level)
{
  for (guint i = 0; i < sample->people->len; i++)
    if (g_array_index (sample->people, Person, i).level == level)
      return &g_array_index (sample->people, Person, i);

  return &g_array_index (sample->people, Person, 0);
}

static inline gboolean
is_struggling (Sample *sample)
{
  return sample->trend == TREND_DECLINE || sample->trend == TREND_FLAT_WATCH;
}

/* The parts of one account, in the order csp-demo.c calls them. */
void     _csp_demo_shuffle_names       (Demo     *demo);
gboolean _csp_demo_add_account         (Demo     *demo,
                                        Sample   *sample,
                                        GError  **error);
gboolean _csp_demo_add_stakeholders    (Demo     *demo,
                                        Sample   *sample,
                                        GError  **error);
gboolean _csp_demo_add_health_history  (Demo     *demo,
                                        Sample   *sample,
                                        GError  **error);
gboolean _csp_demo_add_meetings        (Demo     *demo,
                                        Sample   *sample,
                                        GError  **error);
/* A decision of a held meeting; @action_id is the action it became, or 0. */
gboolean _csp_demo_add_decision        (Demo         *demo,
                                        HeldMeeting  *meeting,
                                        gint64        action_id,
                                        const char   *body,
                                        GError      **error);
gboolean _csp_demo_add_plans           (Demo     *demo,
                                        Sample   *sample,
                                        GError  **error);
gboolean _csp_demo_add_risks           (Demo     *demo,
                                        Sample   *sample,
                                        GError  **error);
gboolean _csp_demo_add_activities      (Demo     *demo,
                                        Sample   *sample,
                                        GError  **error);

G_END_DECLS
