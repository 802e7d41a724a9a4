/* test-plan-progress.c: how far objectives and plans have come
 *
 * The arithmetic of csp-objective-progress.c, without a database: a
 * plan without actions or with all of them cancelled has no progress;
 * cancelled actions count neither way; an objective's numeric metric
 * wins over its actions, also when the target is below the baseline,
 * clamped to 0…1; text metrics fall back to the objective's actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "csp-model.h"
#include "csp-objective-progress.h"

#define OBJECTIVE_ID 7

/* Helpers */

/* Actions of a plan with the given statuses, those before @n_serving
 * serving the objective OBJECTIVE_ID. */
static GListModel *
make_actions (const CspActionStatus *statuses,
              guint                  n,
              guint                  n_serving)
{
  GListStore *store = g_list_store_new (CSP_TYPE_ACTION_ITEM);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CspActionItem) action = csp_action_item_new (1, "Action");

      if (statuses[i] == CSP_ACTION_DONE)
        csp_action_item_mark_done (action, "2026-06-01");
      else
        csp_action_item_reopen (action, statuses[i]);
      csp_action_item_set_objective_id (action, i < n_serving ? OBJECTIVE_ID : 0);
      g_list_store_append (store, action);
    }

  return G_LIST_MODEL (store);
}

static CspObjective *
make_objective (const char *baseline,
                const char *current,
                const char *target)
{
  CspObjective *objective = csp_objective_new (1, "Weekly active users");

  csp_record_set_id (CSP_RECORD (objective), OBJECTIVE_ID);
  csp_objective_set_baseline (objective, baseline);
  csp_objective_set_current (objective, current);
  csp_objective_set_target (objective, target);
  return objective;
}

/* Tests */

static void
test_plan_without_actions (void)
{
  g_autoptr(GListModel) actions = make_actions (NULL, 0, 0);
  CspProgress progress;

  csp_progress_for_plan (actions, &progress);
  g_assert_cmpint (progress.basis, ==, CSP_PROGRESS_NONE);
  g_assert_cmpfloat (progress.fraction, ==, 0);
  g_assert_cmpuint (progress.n_counted, ==, 0);
}

static void
test_plan_all_cancelled (void)
{
  const CspActionStatus statuses[] = { CSP_ACTION_CANCELLED, CSP_ACTION_CANCELLED };
  g_autoptr(GListModel) actions = make_actions (statuses, G_N_ELEMENTS (statuses), 0);
  CspProgress progress;

  csp_progress_for_plan (actions, &progress);
  g_assert_cmpint (progress.basis, ==, CSP_PROGRESS_NONE);
  g_assert_cmpfloat (progress.fraction, ==, 0);
  g_assert_cmpuint (progress.n_done, ==, 0);
  g_assert_cmpuint (progress.n_counted, ==, 0);
}

/* Cancelled actions are neither done nor left to do. */
static void
test_plan_share_done (void)
{
  const CspActionStatus statuses[] = { CSP_ACTION_DONE, CSP_ACTION_CANCELLED, CSP_ACTION_OPEN,
                                       CSP_ACTION_BLOCKED, CSP_ACTION_DONE,
                                       CSP_ACTION_IN_PROGRESS };
  g_autoptr(GListModel) actions = make_actions (statuses, G_N_ELEMENTS (statuses), 0);
  CspProgress progress;

  csp_progress_for_plan (actions, &progress);
  g_assert_cmpint (progress.basis, ==, CSP_PROGRESS_ACTIONS);
  g_assert_cmpuint (progress.n_done, ==, 2);
  g_assert_cmpuint (progress.n_counted, ==, 5);
  g_assert_cmpfloat_with_epsilon (progress.fraction, 0.4, 1e-9);
}

static void
test_metric_rising (void)
{
  g_autoptr(CspObjective) objective = make_objective ("20 %", "35%", "80 %");
  g_autoptr(GListModel) actions = make_actions (NULL, 0, 0);
  CspProgress progress;

  csp_progress_for_objective (objective, actions, &progress);
  g_assert_cmpint (progress.basis, ==, CSP_PROGRESS_METRIC);
  g_assert_cmpfloat_with_epsilon (progress.fraction, 0.25, 1e-9);
}

/* A metric that should go down: days to resolve a ticket from 10 to 2. */
static void
test_metric_target_below_baseline (void)
{
  const CspActionStatus statuses[] = { CSP_ACTION_OPEN, CSP_ACTION_OPEN };
  g_autoptr(GListModel) actions = make_actions (statuses, G_N_ELEMENTS (statuses), 2);
  g_autoptr(CspObjective) falling = make_objective ("10", "4", "2");
  g_autoptr(CspObjective) worse = make_objective ("10", "12", "2");
  g_autoptr(CspObjective) beyond = make_objective ("10", "1", "2");
  CspProgress progress;

  csp_progress_for_objective (falling, actions, &progress);
  g_assert_cmpint (progress.basis, ==, CSP_PROGRESS_METRIC);
  g_assert_cmpfloat_with_epsilon (progress.fraction, 0.75, 1e-9);
  /* The action counts are there all the same. */
  g_assert_cmpuint (progress.n_counted, ==, 2);

  /* No change yet is 0, not -0 (which would print as "-0%"). */
  g_assert_true (csp_progress_metric_fraction ("4", "4", "0", &progress.fraction));
  g_assert_false (signbit (progress.fraction));

  csp_progress_for_objective (worse, actions, &progress);
  g_assert_cmpfloat (progress.fraction, ==, 0);
  csp_progress_for_objective (beyond, actions, &progress);
  g_assert_cmpfloat (progress.fraction, ==, 1);
}

static void
test_metric_thousands (void)
{
  double fraction;

  g_assert_true (csp_progress_metric_fraction ("1,000", "1,500", "3,000", &fraction));
  g_assert_cmpfloat_with_epsilon (fraction, 0.25, 1e-9);
}

/* Text metrics, a missing value or a target equal to the baseline:
 * progress comes from the objective's own actions. */
static void
test_metric_fallbacks (void)
{
  const CspActionStatus statuses[] = { CSP_ACTION_DONE, CSP_ACTION_OPEN, CSP_ACTION_CANCELLED,
                                       CSP_ACTION_DONE };
  /* The first three serve the objective; the last is another's. */
  g_autoptr(GListModel) actions = make_actions (statuses, G_N_ELEMENTS (statuses), 3);
  const char *cases[][3] = {
    { "¥1.2M", "¥1.5M", "¥2M" },
    { "2 of 5 teams", "3 of 5 teams", "5 of 5 teams" },
    { "20", NULL, "80" },
    { "20", "30", "20" },
    { "", "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CspObjective) objective = make_objective (cases[i][0], cases[i][1], cases[i][2]);
      CspProgress progress;

      csp_progress_for_objective (objective, actions, &progress);
      g_assert_cmpint (progress.basis, ==, CSP_PROGRESS_ACTIONS);
      g_assert_cmpuint (progress.n_done, ==, 1);
      g_assert_cmpuint (progress.n_counted, ==, 2);
      g_assert_cmpfloat_with_epsilon (progress.fraction, 0.5, 1e-9);
    }
}

static void
test_objective_without_anything (void)
{
  g_autoptr(CspObjective) objective = make_objective ("high", NULL, "higher");
  g_autoptr(GListModel) actions = make_actions (NULL, 0, 0);
  CspProgress progress;

  csp_progress_for_objective (objective, actions, &progress);
  g_assert_cmpint (progress.basis, ==, CSP_PROGRESS_NONE);
  g_assert_cmpfloat (progress.fraction, ==, 0);
}

static void
test_parse_number (void)
{
  double value;

  g_assert_true (csp_progress_parse_number (" 42.5 ", &value));
  g_assert_cmpfloat (value, ==, 42.5);
  g_assert_true (csp_progress_parse_number ("-3", &value));
  g_assert_cmpfloat (value, ==, -3);
  g_assert_false (csp_progress_parse_number ("", &value));
  g_assert_false (csp_progress_parse_number ("%", &value));
  g_assert_false (csp_progress_parse_number ("12 days", &value));
  g_assert_false (csp_progress_parse_number ("nan", &value));
  g_assert_false (csp_progress_parse_number ("inf", &value));
  g_assert_false (csp_progress_parse_number (NULL, &value));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-progress/plan/no-actions", test_plan_without_actions);
  g_test_add_func ("/plan-progress/plan/all-cancelled", test_plan_all_cancelled);
  g_test_add_func ("/plan-progress/plan/share-done", test_plan_share_done);
  g_test_add_func ("/plan-progress/objective/metric-rising", test_metric_rising);
  g_test_add_func ("/plan-progress/objective/target-below-baseline",
                   test_metric_target_below_baseline);
  g_test_add_func ("/plan-progress/objective/thousands", test_metric_thousands);
  g_test_add_func ("/plan-progress/objective/fallbacks", test_metric_fallbacks);
  g_test_add_func ("/plan-progress/objective/nothing", test_objective_without_anything);
  g_test_add_func ("/plan-progress/parse-number", test_parse_number);

  return g_test_run ();
}
