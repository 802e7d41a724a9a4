/* test-recovery.c: finding health recoveries and what came before them
 *
 * A constructed history: an account that went from watch to healthy,
 * stayed healthy, fell to at risk and recovered again, and an account
 * that was healthy all along; action items done inside and just outside
 * the 60 days before each recovery.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "csp-action-item.h"
#include "csp-recovery-count.h"
#include "csp-recovery.h"
#include "csp-store-records.h"
#include "csp-store-recovery.h"
#include "csp-test-util.h"

typedef struct
{
  char     *dir;
  CspStore *store;
  gint64    recovering;  /* account */
  gint64    steady;      /* account */
} Fixture;

static gint64
add_plan (CspStore *store,
          gint64    account)
{
  g_autoptr(CspSuccessPlan) plan = csp_success_plan_new (account, "Recovery plan");
  g_autoptr(GError) error = NULL;

  g_assert_true (csp_store_add_success_plan (store, plan, &error));
  g_assert_no_error (error);
  return csp_record_get_id (CSP_RECORD (plan));
}

/* Done on @done_on, or still open when NULL. */
static void
add_action (CspStore   *store,
            gint64      plan,
            const char *title,
            const char *done_on)
{
  g_autoptr(CspActionItem) action = csp_action_item_new (plan, title);
  g_autoptr(GError) error = NULL;

  if (done_on != NULL)
    csp_action_item_mark_done (action, done_on);
  g_assert_true (csp_store_add_action_item (store, action, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  gint64 plan, steady_plan;

  fixture->dir = csp_test_make_dir ("csp-recovery-XXXXXX");
  path = g_build_filename (fixture->dir, "planner.db", NULL);
  fixture->store = csp_test_open_store (path);
  fixture->recovering = csp_test_add_account (fixture->store, "Acme");
  fixture->steady = csp_test_add_account (fixture->store, "Steady");

  csp_test_add_snapshot (fixture->store, fixture->recovering, "2026-01-01", 55);  /* watch */
  csp_test_add_snapshot (fixture->store, fixture->recovering, "2026-02-01", 75);  /* recovery 1 */
  csp_test_add_snapshot (fixture->store, fixture->recovering, "2026-03-01", 80);  /* healthy → healthy */
  csp_test_add_snapshot (fixture->store, fixture->recovering, "2026-04-01", 30);  /* at risk */
  csp_test_add_snapshot (fixture->store, fixture->recovering, "2026-05-01", 70);  /* recovery 2 */
  csp_test_add_snapshot (fixture->store, fixture->steady, "2026-01-01", 80);
  csp_test_add_snapshot (fixture->store, fixture->steady, "2026-02-01", 90);

  plan = add_plan (fixture->store, fixture->recovering);
  /* 2026-02-01 less 60 days is 2025-12-03: the window is 12-04 … 02-01. */
  add_action (fixture->store, plan, "Too early", "2025-12-03");
  add_action (fixture->store, plan, "Executive alignment", "2025-12-04");
  add_action (fixture->store, plan, "Training", "2026-02-01");
  add_action (fixture->store, plan, "Not done yet", NULL);
  add_action (fixture->store, plan, "After the first", "2026-02-02");
  /* Recovery 2's window is 2026-03-02 … 05-01. */
  add_action (fixture->store, plan, "executive  alignment", "2026-04-15");
  steady_plan = add_plan (fixture->store, fixture->steady);
  add_action (fixture->store, steady_plan, "Steady work", "2026-01-20");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  g_assert_true (csp_test_remove_tree (fixture->dir));
  g_free (fixture->dir);
}

static char *
action_titles (CspRecovery *recovery)
{
  GListModel *actions = csp_recovery_get_actions (recovery);
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CspActionItem) action = g_list_model_get_item (actions, i);

      g_string_append_printf (titles, "%s%s", i > 0 ? "|" : "", csp_action_item_get_title (action));
    }
  return g_string_free (g_steal_pointer (&titles), FALSE);
}

/* Watch → healthy and at risk → healthy count, latest first; healthy →
 * healthy and an account healthy all along do not; only items done in
 * the 60 days up to the healthy snapshot come with each. */
static void
test_detect (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) recoveries = csp_store_list_recoveries (fixture->store, 0, &error);
  g_autoptr(CspRecovery) latest = NULL;
  g_autoptr(CspRecovery) earlier = NULL;
  g_autofree char *latest_titles = NULL;
  g_autofree char *earlier_titles = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (recoveries), ==, 2);
  latest = g_list_model_get_item (recoveries, 0);
  earlier = g_list_model_get_item (recoveries, 1);

  g_assert_cmpint (csp_recovery_get_account_id (latest), ==, fixture->recovering);
  g_assert_cmpstr (csp_recovery_get_account_name (latest), ==, "Acme");
  g_assert_cmpstr (csp_recovery_get_recovered_on (latest), ==, "2026-05-01");
  g_assert_cmpstr (csp_recovery_get_previous_on (latest), ==, "2026-04-01");
  g_assert_cmpint (csp_recovery_get_from_band (latest), ==, CSP_HEALTH_AT_RISK);
  latest_titles = action_titles (latest);
  g_assert_cmpstr (latest_titles, ==, "executive  alignment");

  g_assert_cmpstr (csp_recovery_get_recovered_on (earlier), ==, "2026-02-01");
  g_assert_cmpint (csp_recovery_get_from_band (earlier), ==, CSP_HEALTH_WATCH);
  earlier_titles = action_titles (earlier);
  g_assert_cmpstr (earlier_titles, ==, "Executive alignment|Training");
}

/* Counted per title across recoveries, most frequent first, shown as
 * first seen (latest recovery first), single-spaced. */
static void
test_counts (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GListModel) recoveries = csp_store_list_recoveries (fixture->store, 0, NULL);
  g_autoptr(GListModel) counts = csp_recovery_count_tally (recoveries);
  g_autoptr(CspRecoveryCount) first = NULL;
  g_autoptr(CspRecoveryCount) second = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (counts), ==, 2);
  first = g_list_model_get_item (counts, 0);
  second = g_list_model_get_item (counts, 1);
  g_assert_cmpstr (csp_recovery_count_get_title (first), ==, "executive alignment");
  g_assert_cmpuint (csp_recovery_count_get_n_recoveries (first), ==, 2);
  g_assert_cmpuint (csp_recovery_count_get_n_accounts (first), ==, 1);
  g_assert_cmpstr (csp_recovery_count_get_title (second), ==, "Training");
  g_assert_cmpuint (csp_recovery_count_get_n_recoveries (second), ==, 1);
}

/* One account's recoveries only; a recovery nothing came before is
 * still listed, with no actions. */
static void
test_one_account (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GListModel) steady = csp_store_list_recoveries (fixture->store, fixture->steady, NULL);
  g_autoptr(GListModel) acme = NULL;
  g_autoptr(CspRecovery) bare = NULL;
  gint64 lone = csp_test_add_account (fixture->store, "Lone");

  g_assert_cmpuint (g_list_model_get_n_items (steady), ==, 0);
  acme = csp_store_list_recoveries (fixture->store, fixture->recovering, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (acme), ==, 2);

  csp_test_add_snapshot (fixture->store, lone, "2026-01-01", 20);
  csp_test_add_snapshot (fixture->store, lone, "2026-02-01", 71);
  g_clear_object (&acme);
  acme = csp_store_list_recoveries (fixture->store, lone, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (acme), ==, 1);
  bare = g_list_model_get_item (acme, 0);
  g_assert_cmpuint (g_list_model_get_n_items (csp_recovery_get_actions (bare)), ==, 0);
}

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/recovery/detect", test_detect);
  ADD_TEST ("/recovery/counts", test_counts);
  ADD_TEST ("/recovery/one-account", test_one_account);

  return g_test_run ();
}
