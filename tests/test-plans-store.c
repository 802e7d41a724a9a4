/* test-plans-store.c: a plan's order, completion and undo on disk
 *
 * Objectives and actions keep the order the user gives them across a
 * reopening of the file, renumbered 0, 1, 2… with no gaps; completing a
 * plan records the day and cancels only what was still to do when
 * asked; restoring what a delete took puts the rows back with their
 * ids and their links.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-store-plans.h"
#include "csp-store-records.h"
#include "csp-test-util.h"

#define TODAY "2026-06-30"

typedef struct
{
  CspTestFolder  folder;
  CspStore      *store;
  gint64         plan_id;
  gint64         objectives[3];
  gint64         actions[5];
} Fixture;

static const CspActionStatus statuses[] = {
  CSP_ACTION_DONE, CSP_ACTION_OPEN, CSP_ACTION_IN_PROGRESS, CSP_ACTION_BLOCKED,
  CSP_ACTION_CANCELLED,
};

/* Helpers */

static void
add_objectives (Fixture *fixture)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture->objectives); i++)
    {
      g_autofree char *title = g_strdup_printf ("Objective %u", i);
      g_autoptr(CspObjective) objective = csp_objective_new (fixture->plan_id, title);
      g_autoptr(GError) error = NULL;

      g_assert_true (csp_store_append_objective (fixture->store, objective, &error));
      g_assert_no_error (error);
      g_assert_cmpint (csp_objective_get_position (objective), ==, i);
      fixture->objectives[i] = csp_record_get_id (CSP_RECORD (objective));
    }
}

/* Actions with the statuses above, all serving the first objective. */
static void
add_actions (Fixture *fixture)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture->actions); i++)
    {
      g_autofree char *title = g_strdup_printf ("Action %u", i);
      g_autoptr(CspActionItem) action = csp_action_item_new (fixture->plan_id, title);
      g_autoptr(GError) error = NULL;

      if (statuses[i] == CSP_ACTION_DONE)
        csp_action_item_mark_done (action, "2026-06-01");
      else
        csp_action_item_reopen (action, statuses[i]);
      csp_action_item_set_objective_id (action, fixture->objectives[0]);
      g_assert_true (csp_store_append_action (fixture->store, action, &error));
      g_assert_no_error (error);
      g_assert_cmpint (csp_action_item_get_position (action), ==, i);
      fixture->actions[i] = csp_record_get_id (CSP_RECORD (action));
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CspAccount) account = csp_account_new ("Northwind");
  g_autoptr(CspSuccessPlan) plan = NULL;

  csp_test_folder_set_up (&fixture->folder, data);
  fixture->store = csp_test_open_store (fixture->folder.db);
  g_assert_true (csp_store_add_account (fixture->store, account, NULL));
  plan = csp_success_plan_new (csp_record_get_id (CSP_RECORD (account)), "Onboarding");
  csp_success_plan_set_status (plan, CSP_PLAN_ACTIVE);
  g_assert_true (csp_store_add_success_plan (fixture->store, plan, NULL));
  fixture->plan_id = csp_record_get_id (CSP_RECORD (plan));
  add_objectives (fixture);
  add_actions (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  csp_test_folder_tear_down (&fixture->folder, data);
}

/* Closes the file and opens it again: what is asserted next is on disk. */
static void
reopen (Fixture *fixture)
{
  g_clear_object (&fixture->store);
  fixture->store = csp_test_open_store (fixture->folder.db);
}

/* The ids of @list in order; positions must be 0, 1, 2…. */
static void
assert_order (GListModel   *list,
              const gint64 *expected,
              guint         n)
{
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CspRecord) record = g_list_model_get_item (list, i);
      int position;

      g_object_get (record, "position", &position, NULL);
      g_assert_cmpint (csp_record_get_id (record), ==, expected[i]);
      g_assert_cmpint (position, ==, i);
    }
}

static void
count_changed_cb (CspStore   *store,
                  const char *table,
                  guint      *count)
{
  (*count)++;
}

/* Tests */

static void
test_move_action (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 *a = fixture->actions;
  const gint64 after_down[] = { a[1], a[2], a[0], a[3], a[4] };
  const gint64 after_last[] = { a[1], a[0], a[3], a[4], a[2] };
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  guint changes = 0;

  g_signal_connect (fixture->store, "changed::action_item", G_CALLBACK (count_changed_cb),
                    &changes);
  g_assert_true (csp_store_move_action (fixture->store, a[0], 2, &error));
  g_assert_no_error (error);
  /* One transaction, one signal. */
  g_assert_cmpuint (changes, ==, 1);

  reopen (fixture);
  list = csp_store_list_action_items (fixture->store, fixture->plan_id, NULL);
  assert_order (list, after_down, G_N_ELEMENTS (after_down));
  g_clear_object (&list);

  /* Up by one, then a position past the end means last. */
  g_assert_true (csp_store_move_action (fixture->store, a[0], 1, NULL));
  g_assert_true (csp_store_move_action (fixture->store, a[2], 99, NULL));
  reopen (fixture);
  list = csp_store_list_action_items (fixture->store, fixture->plan_id, NULL);
  assert_order (list, after_last, G_N_ELEMENTS (after_last));
}

static void
test_move_objective (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 *o = fixture->objectives;
  const gint64 expected[] = { o[2], o[0], o[1] };
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (csp_store_move_objective (fixture->store, o[2], 0, &error));
  g_assert_no_error (error);
  reopen (fixture);
  list = csp_store_list_objectives (fixture->store, fixture->plan_id, NULL);
  assert_order (list, expected, G_N_ELEMENTS (expected));
}

static void
test_move_missing (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (csp_store_move_action (fixture->store, 9999, 0, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND);
}

static CspActionStatus
action_status (Fixture *fixture,
               guint    index,
               char   **out_completed_on)
{
  g_autoptr(CspActionItem) action =
    csp_store_get_action_item (fixture->store, fixture->actions[index], NULL);

  *out_completed_on = g_strdup (csp_action_item_get_completed_on (action));
  return csp_action_item_get_status (action);
}

static void
assert_completed (Fixture *fixture)
{
  g_autoptr(CspSuccessPlan) plan = csp_store_get_success_plan (fixture->store,
                                                               fixture->plan_id, NULL);

  g_assert_cmpint (csp_success_plan_get_status (plan), ==, CSP_PLAN_COMPLETED);
  g_assert_cmpstr (csp_success_plan_get_completed_on (plan), ==, TODAY);
}

static void
test_complete_cancelling (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (csp_store_complete_plan (fixture->store, fixture->plan_id, TODAY, TRUE, &error));
  g_assert_no_error (error);
  reopen (fixture);
  assert_completed (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (fixture->actions); i++)
    {
      g_autofree char *completed_on = NULL;
      CspActionStatus status = action_status (fixture, i, &completed_on);

      /* Done stays done on its own day; everything else is cancelled. */
      if (statuses[i] == CSP_ACTION_DONE)
        {
          g_assert_cmpint (status, ==, CSP_ACTION_DONE);
          g_assert_cmpstr (completed_on, ==, "2026-06-01");
        }
      else
        {
          g_assert_cmpint (status, ==, CSP_ACTION_CANCELLED);
          g_assert_null (completed_on);
        }
    }
}

static void
test_complete_leaving_open (Fixture       *fixture,
                            gconstpointer  data)
{
  g_assert_true (csp_store_complete_plan (fixture->store, fixture->plan_id, TODAY, FALSE, NULL));
  reopen (fixture);
  assert_completed (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (fixture->actions); i++)
    {
      g_autofree char *completed_on = NULL;

      g_assert_cmpint (action_status (fixture, i, &completed_on), ==, statuses[i]);
    }
}

static void
test_complete_missing (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (csp_store_complete_plan (fixture->store, 9999, TODAY, TRUE, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND);
}

/* What the plan page keeps for undo when it deletes an objective: the
 * objective, and the actions that served it (the schema unlinks them). */
static void
test_restore_objective (Fixture       *fixture,
                        gconstpointer  data)
{
  gint64 id = fixture->objectives[0];
  g_autoptr(GPtrArray) inserts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) updates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) serving = csp_store_list_objective_actions (fixture->store, id, NULL);
  g_autoptr(GListModel) unlinked = NULL;
  g_autoptr(GListModel) relinked = NULL;
  g_autoptr(CspObjective) restored = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (serving), ==, G_N_ELEMENTS (fixture->actions));
  g_ptr_array_add (inserts, csp_store_get_objective (fixture->store, id, NULL));
  for (guint i = 0; i < g_list_model_get_n_items (serving); i++)
    g_ptr_array_add (updates, g_list_model_get_item (serving, i));

  g_assert_true (csp_store_delete_objective (fixture->store, id, NULL));
  unlinked = csp_store_list_objective_actions (fixture->store, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (unlinked), ==, 0);

  g_assert_true (csp_store_restore_records (fixture->store, inserts, updates, &error));
  g_assert_no_error (error);
  reopen (fixture);
  relinked = csp_store_list_objective_actions (fixture->store, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (relinked), ==, G_N_ELEMENTS (fixture->actions));
  restored = csp_store_get_objective (fixture->store, id, NULL);
  g_assert_nonnull (restored);
}

/* A restore that fails half way changes nothing. */
static void
test_restore_all_or_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) inserts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CspActionItem) fresh = csp_action_item_new (fixture->plan_id, "Restored");
  g_autoptr(CspActionItem) missing = csp_action_item_new (fixture->plan_id, "Never stored");
  g_autoptr(GPtrArray) updates = g_ptr_array_new ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (inserts, g_object_ref (fresh));
  csp_record_set_id (CSP_RECORD (missing), 9999);
  g_ptr_array_add (updates, missing);
  g_assert_false (csp_store_restore_records (fixture->store, inserts, updates, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND);
  list = csp_store_list_action_items (fixture->store, fixture->plan_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (fixture->actions));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/plans-store/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("move/action", test_move_action);
  ADD ("move/objective", test_move_objective);
  ADD ("move/missing", test_move_missing);
  ADD ("complete/cancelling", test_complete_cancelling);
  ADD ("complete/leaving-open", test_complete_leaving_open);
  ADD ("complete/missing", test_complete_missing);
  ADD ("restore/objective", test_restore_objective);
  ADD ("restore/all-or-nothing", test_restore_all_or_nothing);

#undef ADD

  return g_test_run ();
}
