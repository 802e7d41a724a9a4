/* test-plan-edit.c: changing a plan from its page, under Xvfb
 *
 * Completing a plan from its status control (after the question,
 * cancelling the open actions), deleting an objective or the whole
 * plan, each undone from its toast; and the action form, which marks
 * the field at fault and saves on Enter. What the store holds is
 * checked after each step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "csp-account-page.h"
#include "csp-plan-page.h"
#include "csp-store-plans.h"
#include "csp-store-records.h"
#include "csp-test-plan.h"

typedef struct
{
  CspStore      *store;
  gint64         plan_id;
  CspPlanStatus  status;
} PlanStatus;

static gboolean
plan_has_status (gpointer data)
{
  PlanStatus *wanted = data;
  g_autoptr(CspSuccessPlan) plan = csp_store_get_success_plan (wanted->store, wanted->plan_id,
                                                               NULL);

  return csp_success_plan_get_status (plan) == wanted->status;
}

/* Completed from the status control, after the question, cancelling
 * the open actions; Undo brings back the plan's status and each
 * action's. */
static void
test_complete_and_undo (CspPlanFixture *fixture,
                        gconstpointer   data)
{
  g_autoptr(CspSuccessPlan) plan = csp_test_find_plan (fixture->store);
  gint64 plan_id = csp_record_get_id (CSP_RECORD (plan));
  CspPlanStatus before = csp_success_plan_get_status (plan);
  g_autoptr(GListModel) actions = csp_store_list_action_items (fixture->store, plan_id, NULL);
  CspWindow *window = csp_test_show_window (fixture->store);
  CspPlanPage *page = csp_test_open_plan (window, plan, fixture->store);
  PlanStatus wanted = { fixture->store, plan_id, CSP_PLAN_COMPLETED };
  g_autoptr(CspSuccessPlan) completed = NULL;
  g_autoptr(GListModel) cancelled = NULL;
  GtkWidget *dropdown = csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN, NULL);
  AdwMessageDialog *dialog;

  g_assert_cmpint (before, !=, CSP_PLAN_COMPLETED);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), CSP_PLAN_COMPLETED);
  dialog = csp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "complete-cancel");
  csp_test_wait_until (plan_has_status, &wanted);

  completed = csp_store_get_success_plan (fixture->store, plan_id, NULL);
  g_assert_cmpstr (csp_success_plan_get_completed_on (completed), ==, CSP_TEST_PLAN_TODAY);
  cancelled = csp_store_list_action_items (fixture->store, plan_id, NULL);
  g_assert_cmpuint (csp_test_count_open (cancelled), ==, 0);

  csp_test_click_undo (window);
  wanted.status = before;
  csp_test_wait_until (plan_has_status, &wanted);
  g_clear_object (&completed);
  completed = csp_store_get_success_plan (fixture->store, plan_id, NULL);
  g_assert_null (csp_success_plan_get_completed_on (completed));
  g_clear_object (&cancelled);
  cancelled = csp_store_list_action_items (fixture->store, plan_id, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CspActionItem) was = g_list_model_get_item (actions, i);
      g_autoptr(CspActionItem) is = g_list_model_get_item (cancelled, i);

      g_assert_cmpint (csp_action_item_get_status (is), ==, csp_action_item_get_status (was));
    }
  csp_test_close_window (GTK_WINDOW (window));
}

typedef struct
{
  CspStore *store;
  gint64    objective_id;
  guint     n_actions;
} Serving;

static gboolean
objective_serves (gpointer data)
{
  Serving *wanted = data;
  g_autoptr(GListModel) actions =
    csp_store_list_objective_actions (wanted->store, wanted->objective_id, NULL);

  return g_list_model_get_n_items (actions) == wanted->n_actions;
}

static gboolean
page_objectives_current (gpointer data)
{
  CspPlanPage *page = data;
  g_autoptr(GListModel) shown = NULL;
  g_autoptr(GListModel) stored = csp_store_list_objectives (
    csp_plan_page_get_store (page), csp_plan_page_get_plan_id (page), NULL);

  shown = g_object_ref (csp_plan_page_get_objectives (page));
  return g_list_model_get_n_items (shown) == g_list_model_get_n_items (stored);
}

/* Deleting an objective unlinks its actions; Undo brings it back with
 * the same id and the actions serve it again. */
static void
test_delete_objective_and_undo (CspPlanFixture *fixture,
                                gconstpointer   data)
{
  g_autoptr(CspSuccessPlan) plan = csp_test_find_plan (fixture->store);
  CspWindow *window = csp_test_show_window (fixture->store);
  CspPlanPage *page = csp_test_open_plan (window, plan, fixture->store);
  g_autoptr(CspObjective) objective =
    g_list_model_get_item (csp_plan_page_get_objectives (page), 0);
  gint64 id = csp_record_get_id (CSP_RECORD (objective));
  g_autoptr(GListModel) serving = csp_store_list_objective_actions (fixture->store, id, NULL);
  Serving wanted = { fixture->store, id, 0 };
  g_autoptr(CspObjective) back = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (serving), >, 0);
  g_assert_true (csp_plan_page_delete (page, CSP_TYPE_OBJECTIVE, id, &error));
  g_assert_no_error (error);
  csp_test_wait_until (objective_serves, &wanted);
  csp_test_wait_until (page_objectives_current, page);
  g_assert_null (csp_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW,
                                       csp_objective_get_title (objective)));

  csp_test_click_undo (window);
  wanted.n_actions = g_list_model_get_n_items (serving);
  csp_test_wait_until (objective_serves, &wanted);
  back = csp_store_get_objective (fixture->store, id, NULL);
  g_assert_cmpstr (csp_objective_get_title (back), ==, csp_objective_get_title (objective));
  csp_test_close_window (GTK_WINDOW (window));
}

typedef struct
{
  CspStore *store;
  gint64    plan_id;
  gboolean  exists;
} PlanExists;

static gboolean
plan_exists (gpointer data)
{
  PlanExists *wanted = data;
  g_autoptr(CspSuccessPlan) plan = csp_store_get_success_plan (wanted->store, wanted->plan_id,
                                                               NULL);

  return (plan != NULL) == wanted->exists;
}

/* Deleting the plan goes to its account; Undo puts the plan back with
 * everything in it and shows it again. */
static void
test_delete_plan_and_undo (CspPlanFixture *fixture,
                           gconstpointer   data)
{
  g_autoptr(CspSuccessPlan) plan = csp_test_find_plan (fixture->store);
  gint64 plan_id = csp_record_get_id (CSP_RECORD (plan));
  g_autoptr(GListModel) actions = csp_store_list_action_items (fixture->store, plan_id, NULL);
  g_autoptr(GListModel) objectives = csp_store_list_objectives (fixture->store, plan_id, NULL);
  CspWindow *window = csp_test_show_window (fixture->store);
  CspPlanPage *page = csp_test_open_plan (window, plan, fixture->store);
  GtkWidget *leaflet = gtk_widget_get_ancestor (GTK_WIDGET (page), ADW_TYPE_LEAFLET);
  PlanExists wanted = { fixture->store, plan_id, FALSE };
  g_autoptr(GListModel) actions_back = NULL;
  g_autoptr(GListModel) objectives_back = NULL;

  gtk_widget_activate_action (GTK_WIDGET (page), "plan.delete", NULL);
  csp_test_wait_until (plan_exists, &wanted);
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) ==
                 csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNT_PAGE, NULL));

  csp_test_click_undo (window);
  wanted.exists = TRUE;
  csp_test_wait_until (plan_exists, &wanted);
  csp_test_wait_until (csp_test_page_shows_plan, page);
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) == GTK_WIDGET (page));
  actions_back = csp_store_list_action_items (fixture->store, plan_id, NULL);
  objectives_back = csp_store_list_objectives (fixture->store, plan_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (actions_back), ==,
                    g_list_model_get_n_items (actions));
  g_assert_cmpuint (g_list_model_get_n_items (objectives_back), ==,
                    g_list_model_get_n_items (objectives));
  csp_test_close_window (GTK_WINDOW (window));
}

/* Enter in an entry row: its text, in focus, emits "activate". */
static void
press_enter (GtkWidget *entry_row)
{
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (entry_row)));

  gtk_widget_grab_focus (text);
  g_signal_emit_by_name (text, "activate");
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* The action form marks the field at fault and says why; Save waits
 * for a valid action, which then lands last in the plan. */
static void
test_action_form (CspPlanFixture *fixture,
                  gconstpointer   data)
{
  g_autoptr(CspSuccessPlan) plan = csp_test_find_plan (fixture->store);
  gint64 plan_id = csp_record_get_id (CSP_RECORD (plan));
  g_autoptr(GListModel) before = csp_store_list_action_items (fixture->store, plan_id, NULL);
  CspWindow *window = csp_test_show_window (fixture->store);
  CspPlanPage *page = csp_test_open_plan (window, plan, fixture->store);
  GtkWidget *dialog = csp_test_show_action_form (page);
  GtkWidget *title = csp_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, NULL);
  GtkWidget *due = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (
    gtk_widget_get_next_sibling (title)));
  g_autoptr(GListModel) after = NULL;
  g_autoptr(CspActionItem) last = NULL;
  guint n_before = g_list_model_get_n_items (before);

  g_assert_true (gtk_widget_has_css_class (due, "error"));
  g_assert_false (gtk_widget_has_css_class (title, "error"));
  g_assert_nonnull (csp_test_find_widget (dialog, GTK_TYPE_LABEL,
                                          "Due (YYYY-MM-DD): “2026-02-30” is not a valid date: "
                                          "month 2 of 2026 has 28 days"));

  gtk_editable_set_text (GTK_EDITABLE (due), "2026-07-15");
  g_assert_false (gtk_widget_has_css_class (due, "error"));
  /* Enter in a field saves, as Save does (the default button answers
   * an activation once its pressed look has shown, from the main loop). */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  press_enter (due);
  csp_test_wait_until (is_gone, &dialog);
  after = csp_store_list_action_items (fixture->store, plan_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, n_before + 1);
  last = g_list_model_get_item (after, n_before);
  g_assert_cmpstr (csp_action_item_get_title (last), ==, "Send the renewal quote");
  g_assert_cmpstr (csp_action_item_get_due_on (last), ==, "2026-07-15");
  g_assert_cmpint (csp_action_item_get_position (last), ==, n_before);
  csp_test_close_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  csp_test_ui_init ();

#define ADD(path, func) \
  g_test_add (path, CspPlanFixture, NULL, csp_plan_fixture_set_up, func, \
              csp_plan_fixture_tear_down)

  ADD ("/plan-edit/complete-and-undo", test_complete_and_undo);
  ADD ("/plan-edit/delete-objective-and-undo", test_delete_objective_and_undo);
  ADD ("/plan-edit/delete-plan-and-undo", test_delete_plan_and_undo);
  ADD ("/plan-edit/action-form", test_action_form);

#undef ADD

  return g_test_run ();
}
