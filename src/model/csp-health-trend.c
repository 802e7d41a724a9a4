/* csp-health-trend.c: the points of an account's health chart
 *
 * A series is the score (or one component) of an account's snapshots
 * in a window of 3, 6 or 12 months ending at the latest snapshot, or
 * all of them. Snapshots usually come at a steady pace (weekly); where
 * one is missing the chart must not draw a line across the hole as if
 * the value were known, so a point that follows its predecessor after
 * more than twice the usual spacing (the median interval) starts a new
 * stretch. Values are never interpolated.
 *
 * The change over 30 days compares the latest score with the score of
 * the latest snapshot taken at least 30 days before it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "csp-date.h"
#include "csp-health-snapshot.h"
#include "csp-health-trend.h"

#define GAP_FACTOR 2

/* Auxiliary methods */

static int
snapshot_value (CspHealthSnapshot      *snapshot,
                const CspHealthWeights *weights,
                guint                   series)
{
  if (series == CSP_TREND_SCORE)
    return csp_health_snapshot_get_effective_score (snapshot, weights);

  return csp_health_snapshot_get_component (snapshot, series);
}

static const char *
latest_date (GListModel *snapshots)
{
  guint n = g_list_model_get_n_items (snapshots);
  g_autoptr(CspHealthSnapshot) last = NULL;

  if (n == 0)
    return NULL;

  /* The model keeps the snapshot alive; the string lives with it. */
  last = g_list_model_get_item (snapshots, n - 1);
  return csp_health_snapshot_get_taken_on (last);
}

static int
months_of (CspTrendWindow window)
{
  switch (window)
    {
    case CSP_TREND_3_MONTHS:
      return 3;
    case CSP_TREND_6_MONTHS:
      return 6;
    case CSP_TREND_12_MONTHS:
      return 12;
    case CSP_TREND_ALL:
    default:
      return 0;
    }
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  int ia = *(const int *) a, ib = *(const int *) b;

  return (ia > ib) - (ia < ib);
}

/* The usual spacing: the median of the intervals between points. */
static int
median_interval (GArray *points)
{
  g_autoptr(GArray) intervals = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 1; i < points->len; i++)
    {
      int interval = g_array_index (points, CspTrendPoint, i).day -
                     g_array_index (points, CspTrendPoint, i - 1).day;

      g_array_append_val (intervals, interval);
    }
  if (intervals->len == 0)
    return 0;

  g_array_sort (intervals, compare_int);
  return g_array_index (intervals, int, intervals->len / 2);
}

static void
mark_gaps (CspTrendSeries *self)
{
  int usual = median_interval (self->points);

  for (guint i = 1; i < self->points->len; i++)
    {
      CspTrendPoint *point = &g_array_index (self->points, CspTrendPoint, i);
      CspTrendPoint *previous = point - 1;

      point->gap_before = usual > 0 && point->day - previous->day > GAP_FACTOR * usual;
    }
}

static void
add_point (CspTrendSeries *self,
           const char     *date,
           int             value)
{
  CspTrendPoint point = { .value = value };

  g_strlcpy (point.date, date, sizeof point.date);
  point.day = csp_date_days_between (self->start, date);
  g_array_append_val (self->points, point);

  if (self->min_value == CSP_UNSET || value < self->min_value)
    self->min_value = value;
  self->max_value = MAX (self->max_value, value);
}

/* Public API */

/* The first day of @window, which ends at the latest of @snapshots
 * (CspHealthSnapshot items, oldest first); NULL when there are none. */
char *
csp_health_trend_window_start (GListModel     *snapshots,
                               CspTrendWindow  window)
{
  const char *end = latest_date (snapshots);
  g_autoptr(CspHealthSnapshot) first = NULL;
  GDate date;

  if (end == NULL)
    return NULL;
  if (months_of (window) == 0)
    {
      first = g_list_model_get_item (snapshots, 0);
      return g_strdup (csp_health_snapshot_get_taken_on (first));
    }

  g_date_clear (&date, 1);
  if (!csp_date_parse (end, &date, NULL))
    return NULL;
  g_date_subtract_months (&date, months_of (window));
  return csp_date_to_text (&date);
}

/* The points of @series (a CspHealthComponent, or CSP_TREND_SCORE) of
 * @snapshots in @window. Snapshots without a value for the series are
 * left out (they make no gap unless they leave a hole in time). */
CspTrendSeries *
csp_trend_series_new (GListModel             *snapshots,
                      const CspHealthWeights *weights,
                      CspTrendWindow          window,
                      guint                   series)
{
  CspTrendSeries *self = g_new0 (CspTrendSeries, 1);
  g_autofree char *start = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (snapshots), self);
  g_return_val_if_fail (series <= CSP_TREND_SCORE, self);

  self->points = g_array_new (FALSE, TRUE, sizeof (CspTrendPoint));
  self->min_value = self->max_value = CSP_UNSET;
  if ((start = csp_health_trend_window_start (snapshots, window)) == NULL)
    return self;

  g_strlcpy (self->start, start, sizeof self->start);
  g_strlcpy (self->end, latest_date (snapshots), sizeof self->end);
  self->n_days = csp_date_days_between (self->start, self->end);
  for (guint i = 0; i < g_list_model_get_n_items (snapshots); i++)
    {
      g_autoptr(CspHealthSnapshot) snapshot = g_list_model_get_item (snapshots, i);
      const char *date = csp_health_snapshot_get_taken_on (snapshot);
      int value = snapshot_value (snapshot, weights, series);

      if (strcmp (date, self->start) >= 0 && value != CSP_UNSET)
        add_point (self, date, value);
    }
  mark_gaps (self);

  return self;
}

void
csp_trend_series_free (CspTrendSeries *self)
{
  if (self == NULL)
    return;

  if (self->points != NULL)
    g_array_unref (self->points);
  g_free (self);
}

guint
csp_trend_series_len (const CspTrendSeries *self)
{
  return self->points ? self->points->len : 0;
}

const CspTrendPoint *
csp_trend_series_get (const CspTrendSeries *self,
                      guint                 index)
{
  g_return_val_if_fail (index < csp_trend_series_len (self), NULL);

  return &g_array_index (self->points, CspTrendPoint, index);
}

/* The score of the latest of @snapshots; CSP_UNSET when there is none. */
int
csp_health_trend_latest (GListModel             *snapshots,
                         const CspHealthWeights *weights)
{
  guint n = g_list_model_get_n_items (snapshots);
  g_autoptr(CspHealthSnapshot) last = NULL;

  if (n == 0)
    return CSP_UNSET;

  last = g_list_model_get_item (snapshots, n - 1);
  return csp_health_snapshot_get_effective_score (last, weights);
}

/* The change of the latest of @points (oldest first) against the
 * latest scored point taken 30 or more days before it. FALSE (and 0)
 * when either is missing. The account page and the accounts table
 * both come here, so they always agree. */
gboolean
csp_trend_points_change (const CspTrendPoint *points,
                         guint                n_points,
                         int                 *out_change)
{
  g_autofree char *cutoff = NULL;

  *out_change = 0;
  if (n_points == 0 || points[n_points - 1].value == CSP_UNSET)
    return FALSE;

  cutoff = csp_date_add_days (points[n_points - 1].date, -30);
  for (guint i = n_points; i-- > 0;)
    if (points[i].value != CSP_UNSET && strcmp (points[i].date, cutoff) <= 0)
      {
        *out_change = points[n_points - 1].value - points[i].value;
        return TRUE;
      }

  return FALSE;
}

/* The change of the latest score against the score of the latest
 * snapshot taken 30 or more days before it. FALSE (and 0) when either
 * is missing. */
gboolean
csp_health_trend_change (GListModel             *snapshots,
                         const CspHealthWeights *weights,
                         int                    *out_change)
{
  guint n = g_list_model_get_n_items (snapshots);
  g_autofree CspTrendPoint *points = g_new0 (CspTrendPoint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CspHealthSnapshot) snapshot = g_list_model_get_item (snapshots, i);

      g_strlcpy (points[i].date, csp_health_snapshot_get_taken_on (snapshot),
                 sizeof points[i].date);
      points[i].value = csp_health_snapshot_get_effective_score (snapshot, weights);
    }

  return csp_trend_points_change (points, n, out_change);
}
