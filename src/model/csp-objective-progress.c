/* csp-objective-progress.c: how far an objective, or a plan, has come
 *
 * A plan's progress is the share of its done actions among those not
 * cancelled (a cancelled action is neither work left nor work done), as
 * CspPlanProgress counts it. An objective's is read off its metric when
 * baseline, current value and target are all numbers: the part of the
 * way from baseline to target that the current value has covered, which
 * works as well for a metric that should go down (target below
 * baseline), clamped to 0…1 so overshooting reads as done and sliding
 * back as not started. Otherwise it falls back to the objective's own
 * actions, counted like a plan's.
 *
 * Metrics are free text ("40 %", "1,200", "¥1.2M"): only plain numbers,
 * with thousands separators, spaces or a trailing per cent sign, count
 * as numbers here; anything else is text, and progress comes from the
 * actions instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "csp-action-item.h"
#include "csp-objective-progress.h"

/* @text as a finite number, ignoring spaces, ',' between digits and a
 * trailing '%'. FALSE for empty or other text. */
gboolean
csp_progress_parse_number (const char *text,
                           double     *out_value)
{
  g_autofree char *plain = NULL;
  char *end = NULL;
  double value;
  guint j = 0;

  g_return_val_if_fail (out_value != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  plain = g_strdup (text);
  for (guint i = 0; plain[i] != '\0'; i++)
    if (!g_ascii_isspace (plain[i]) && plain[i] != ',')
      plain[j++] = plain[i];
  if (j > 0 && plain[j - 1] == '%')
    j--;
  plain[j] = '\0';
  if (j == 0)
    return FALSE;

  value = g_ascii_strtod (plain, &end);
  if (end == NULL || *end != '\0' || !isfinite (value))
    return FALSE;

  *out_value = value;
  return TRUE;
}

/* The way from @baseline to @target that @current has covered, 0…1.
 * FALSE when one of them is not a number or the target is the
 * baseline (no way to cover). */
gboolean
csp_progress_metric_fraction (const char *baseline,
                              const char *current,
                              const char *target,
                              double     *out_fraction)
{
  double from, now, to;

  g_return_val_if_fail (out_fraction != NULL, FALSE);

  if (!csp_progress_parse_number (baseline, &from) ||
      !csp_progress_parse_number (current, &now) ||
      !csp_progress_parse_number (target, &to) ||
      to == from)
    return FALSE;

  /* Dividing by (to - from) handles a falling target too: both signs
   * flip together. */
  *out_fraction = CLAMP ((now - from) / (to - from), 0.0, 1.0);
  /* No change towards a falling target is -0.0, which prints as "-0". */
  *out_fraction += 0.0;
  return TRUE;
}

/* Counts the CspActionItems of @actions that serve @objective_id (all
 * of them when it is 0): done ones, and those not cancelled. */
void
csp_progress_count_actions (GListModel *actions,
                            gint64      objective_id,
                            guint      *out_done,
                            guint      *out_counted)
{
  guint done = 0, counted = 0;

  g_return_if_fail (G_IS_LIST_MODEL (actions));

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CspActionItem) action = g_list_model_get_item (actions, i);
      CspActionStatus status = csp_action_item_get_status (action);

      if (objective_id != 0 && csp_action_item_get_objective_id (action) != objective_id)
        continue;
      if (status == CSP_ACTION_CANCELLED)
        continue;
      counted++;
      done += status == CSP_ACTION_DONE;
    }

  if (out_done != NULL)
    *out_done = done;
  if (out_counted != NULL)
    *out_counted = counted;
}

static void
progress_from_actions (GListModel  *actions,
                       gint64       objective_id,
                       CspProgress *out_progress)
{
  csp_progress_count_actions (actions, objective_id, &out_progress->n_done,
                              &out_progress->n_counted);
  if (out_progress->n_counted == 0)
    {
      out_progress->basis = CSP_PROGRESS_NONE;
      out_progress->fraction = 0;
      return;
    }

  out_progress->basis = CSP_PROGRESS_ACTIONS;
  out_progress->fraction = (double) out_progress->n_done / out_progress->n_counted;
}

/* A plan's progress from all its @actions; NONE when every one was
 * cancelled or there are none. */
void
csp_progress_for_plan (GListModel  *actions,
                       CspProgress *out_progress)
{
  g_return_if_fail (out_progress != NULL);

  progress_from_actions (actions, 0, out_progress);
}

/* @objective's progress: from its metric when numeric, else from the
 * actions of @actions (the plan's) that serve it. The action counts
 * are filled in either way. */
void
csp_progress_for_objective (CspObjective *objective,
                            GListModel   *actions,
                            CspProgress  *out_progress)
{
  double fraction;

  g_return_if_fail (CSP_IS_OBJECTIVE (objective));
  g_return_if_fail (out_progress != NULL);

  progress_from_actions (actions, csp_record_get_id (CSP_RECORD (objective)), out_progress);
  if (csp_progress_metric_fraction (csp_objective_get_baseline (objective),
                                    csp_objective_get_current (objective),
                                    csp_objective_get_target (objective), &fraction))
    {
      out_progress->basis = CSP_PROGRESS_METRIC;
      out_progress->fraction = fraction;
    }
}
