/* csp-objective-progress.h: how far an objective, or a plan, has come
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "csp-objective.h"

G_BEGIN_DECLS

/* What a fraction was computed from. */
typedef enum {
  CSP_PROGRESS_NONE,    /* nothing to measure: no numbers, no actions */
  CSP_PROGRESS_METRIC,  /* baseline → current → target, all numbers */
  CSP_PROGRESS_ACTIONS, /* done actions among those not cancelled */
} CspProgressBasis;

typedef struct
{
  CspProgressBasis basis;
  double           fraction;   /* 0 to 1; 0 when basis is NONE */
  guint            n_done;     /* actions done */
  guint            n_counted;  /* actions not cancelled */
} CspProgress;

gboolean csp_progress_parse_number   (const char   *text,
                                      double       *out_value);
gboolean csp_progress_metric_fraction (const char  *baseline,
                                      const char   *current,
                                      const char   *target,
                                      double       *out_fraction);
void     csp_progress_count_actions  (GListModel   *actions,
                                      gint64        objective_id,
                                      guint        *out_done,
                                      guint        *out_counted);
void     csp_progress_for_plan       (GListModel   *actions,
                                      CspProgress  *out_progress);
void     csp_progress_for_objective  (CspObjective *objective,
                                      GListModel   *actions,
                                      CspProgress  *out_progress);

G_END_DECLS
