/* csp-health-trend.h: the points of an account's health chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "csp-health.h"

G_BEGIN_DECLS

typedef enum {
  CSP_TREND_3_MONTHS,
  CSP_TREND_6_MONTHS,
  CSP_TREND_12_MONTHS,
  CSP_TREND_ALL,
} CspTrendWindow;

/* CSP_N_COMPONENTS stands for the score itself. */
#define CSP_TREND_SCORE CSP_N_COMPONENTS

typedef struct
{
  char     date[11];   /* YYYY-MM-DD */
  int      day;        /* days after the window's start */
  int      value;      /* 0–100 */
  gboolean gap_before; /* too long since the previous point: not joined */
} CspTrendPoint;

typedef struct
{
  GArray *points;      /* CspTrendPoint, oldest first */
  char    start[11];   /* the window's first day ("" when empty) */
  char    end[11];     /* the latest snapshot's day */
  int     n_days;      /* from start to end */
  int     min_value;   /* of the points; CSP_UNSET when there are none */
  int     max_value;
} CspTrendSeries;

CspTrendSeries *csp_trend_series_new        (GListModel             *snapshots,
                                             const CspHealthWeights *weights,
                                             CspTrendWindow          window,
                                             guint                   series);
void            csp_trend_series_free       (CspTrendSeries         *self);
const CspTrendPoint *csp_trend_series_get   (const CspTrendSeries   *self,
                                             guint                   index);
guint           csp_trend_series_len        (const CspTrendSeries   *self);

char           *csp_health_trend_window_start (GListModel           *snapshots,
                                               CspTrendWindow        window);
int             csp_health_trend_latest      (GListModel             *snapshots,
                                              const CspHealthWeights *weights);
gboolean        csp_health_trend_change      (GListModel             *snapshots,
                                              const CspHealthWeights *weights,
                                              int                    *out_change);
gboolean        csp_trend_points_change      (const CspTrendPoint    *points,
                                              guint                   n_points,
                                              int                    *out_change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CspTrendSeries, csp_trend_series_free)

G_END_DECLS
