/* test-plan-page.c: using a plan's page, under Xvfb
 *
 * A user opens a plan from its account's page, marks an action done
 * with one click on its check button, sees it done, undoes that from
 * the toast, and moves an action down with Alt+Down or by dropping it
 * on another row; the store must hold each change. The page reads the
 * plan again in an idle after the store says it changed, so the tests
 * wait for what the widgets show. The Plans tab opens plans too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "csp-account-page.h"
#include "csp-plan-page.h"
#include "csp-plans-page.h"
#include "csp-store-records.h"
#include "csp-test-plan.h"

static CspActionItem *
first_open_action (CspStore *store,
                   gint64    plan_id)
{
  g_autoptr(GListModel) actions = csp_store_list_action_items (store, plan_id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CspActionItem) action = g_list_model_get_item (actions, i);

      if (csp_action_item_get_status (action) == CSP_ACTION_OPEN)
        return g_steal_pointer (&action);
    }

  g_assert_not_reached ();
}

typedef struct
{
  CspPlanPage *page;
  gint64       id;
  gboolean     done;
} RowDone;

/* The action's row shows its check button as @done. */
static gboolean
row_shows_done (gpointer data)
{
  RowDone *wanted = data;
  GtkWidget *row = csp_test_action_row (wanted->page, wanted->id);
  GtkWidget *check = row ? csp_test_find_widget (row, GTK_TYPE_CHECK_BUTTON, NULL) : NULL;

  return check != NULL &&
         gtk_check_button_get_active (GTK_CHECK_BUTTON (check)) == wanted->done;
}

/* Activates the shortcut of @widget's class triggered by @accelerator,
 * as pressing the keys does. */
static void
press_shortcut (GtkWidget  *widget,
                const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger =
            gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_strcmp0 (trigger, accelerator) == 0)
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                           0, widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }

  g_assert_not_reached ();
}

typedef struct
{
  CspStore *store;
  gint64    plan_id;
  gint64    first_id;
} Order;

static gboolean
first_action_is (gpointer data)
{
  Order *order = data;
  g_autoptr(GListModel) actions = csp_store_list_action_items (order->store, order->plan_id,
                                                               NULL);
  g_autoptr(CspRecord) first = g_list_model_get_item (actions, 0);

  return csp_record_get_id (first) == order->first_id;
}

/* Done in one click, seen done, undone from the toast. */
static void
test_mark_done_and_undo (CspPlanFixture *fixture,
                         gconstpointer   data)
{
  g_autoptr(CspSuccessPlan) plan = csp_test_find_plan (fixture->store);
  gint64 plan_id = csp_record_get_id (CSP_RECORD (plan));
  g_autoptr(CspActionItem) open = first_open_action (fixture->store, plan_id);
  gint64 id = csp_record_get_id (CSP_RECORD (open));
  CspWindow *window = csp_test_show_window (fixture->store);
  CspPlanPage *page = csp_test_open_plan (window, plan, fixture->store);
  RowDone wanted = { page, id, TRUE };
  g_autoptr(CspActionItem) stored = NULL;
  GtkWidget *check, *undo;

  g_assert_nonnull (csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL,
                                          csp_success_plan_get_title (plan)));
  check = csp_test_find_widget (csp_test_action_row (page, id), GTK_TYPE_CHECK_BUTTON, NULL);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_signal_emit_by_name (check, "activate");
  csp_test_wait_until (row_shows_done, &wanted);

  stored = csp_store_get_action_item (fixture->store, id, NULL);
  g_assert_cmpint (csp_action_item_get_status (stored), ==, CSP_ACTION_DONE);
  g_assert_cmpstr (csp_action_item_get_completed_on (stored), ==, CSP_TEST_PLAN_TODAY);

  undo = csp_test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  wanted.done = FALSE;
  csp_test_wait_until (row_shows_done, &wanted);
  g_clear_object (&stored);
  stored = csp_store_get_action_item (fixture->store, id, NULL);
  g_assert_cmpint (csp_action_item_get_status (stored), ==, CSP_ACTION_OPEN);
  g_assert_null (csp_action_item_get_completed_on (stored));

  /* Back where the plan was opened from. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (
    gtk_widget_get_ancestor (GTK_WIDGET (page), ADW_TYPE_LEAFLET))) ==
    csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNT_PAGE, NULL));
  csp_test_close_window (GTK_WINDOW (window));
}

/* Alt+Down on the focused first action moves it below the second, in
 * the store, and the moved row keeps the focus. */
static void
test_reorder_with_keyboard (CspPlanFixture *fixture,
                            gconstpointer   data)
{
  g_autoptr(CspSuccessPlan) plan = csp_test_find_plan (fixture->store);
  gint64 plan_id = csp_record_get_id (CSP_RECORD (plan));
  g_autoptr(GListModel) before = csp_store_list_action_items (fixture->store, plan_id, NULL);
  g_autoptr(CspRecord) first = g_list_model_get_item (before, 0);
  g_autoptr(CspRecord) second = g_list_model_get_item (before, 1);
  CspWindow *window = csp_test_show_window (fixture->store);
  CspPlanPage *page = csp_test_open_plan (window, plan, fixture->store);
  Order order = { fixture->store, plan_id, csp_record_get_id (second) };
  g_autoptr(GListModel) after = NULL;
  g_autoptr(CspRecord) moved = NULL;
  g_autoptr(CspRecord) shown_first = NULL;
  GtkWidget *focus;

  gtk_widget_grab_focus (csp_test_action_row (page, csp_record_get_id (first)));
  press_shortcut (GTK_WIDGET (page), "<Alt>Down");
  csp_test_wait_until (first_action_is, &order);

  after = csp_store_list_action_items (fixture->store, plan_id, NULL);
  moved = g_list_model_get_item (after, 1);
  g_assert_cmpint (csp_record_get_id (moved), ==, csp_record_get_id (first));
  for (guint i = 0; i < g_list_model_get_n_items (after); i++)
    {
      g_autoptr(CspActionItem) action = g_list_model_get_item (after, i);

      g_assert_cmpint (csp_action_item_get_position (action), ==, i);
    }

  /* The page shows the new order, with the focus on the moved row. */
  csp_test_wait_until ((CspTestCondition) csp_test_no_pending_events, NULL);
  shown_first = g_list_model_get_item (csp_plan_page_get_actions (page), 0);
  g_assert_cmpint (csp_record_get_id (shown_first), ==, csp_record_get_id (second));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == csp_test_action_row (page, csp_record_get_id (first)));
  csp_test_close_window (GTK_WINDOW (window));
}

static GtkDropTarget *
drop_target (GtkWidget *row)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  g_assert_not_reached ();
}

/* Dropping the first action on the third puts it third, in the store.
 * Action rows take actions only (an objective cannot land among them). */
static void
test_reorder_by_drop (CspPlanFixture *fixture,
                      gconstpointer   data)
{
  g_autoptr(CspSuccessPlan) plan = csp_test_find_plan (fixture->store);
  gint64 plan_id = csp_record_get_id (CSP_RECORD (plan));
  g_autoptr(GListModel) before = csp_store_list_action_items (fixture->store, plan_id, NULL);
  g_autoptr(CspRecord) first = g_list_model_get_item (before, 0);
  g_autoptr(CspRecord) second = g_list_model_get_item (before, 1);
  g_autoptr(CspRecord) third = g_list_model_get_item (before, 2);
  CspWindow *window = csp_test_show_window (fixture->store);
  CspPlanPage *page = csp_test_open_plan (window, plan, fixture->store);
  GtkDropTarget *target = drop_target (csp_test_action_row (page, csp_record_get_id (third)));
  Order order = { fixture->store, plan_id, csp_record_get_id (second) };
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(CspRecord) moved = NULL;
  gboolean dropped = FALSE;

  g_assert_cmpuint (gtk_drop_target_get_gtypes (target, NULL)[0], ==, CSP_TYPE_ACTION_ITEM);
  g_value_init (&value, CSP_TYPE_ACTION_ITEM);
  g_value_set_object (&value, first);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &dropped);
  g_assert_true (dropped);
  csp_test_wait_until (first_action_is, &order);

  after = csp_store_list_action_items (fixture->store, plan_id, NULL);
  moved = g_list_model_get_item (after, 2);
  g_assert_cmpint (csp_record_get_id (moved), ==, csp_record_get_id (first));
  csp_test_close_window (GTK_WINDOW (window));
}

static gboolean
plans_tab_read (gpointer data)
{
  CspPlansPage *plans = data;

  return !csp_plans_page_get_loading (plans) &&
         g_list_model_get_n_items (csp_plans_page_get_model (plans)) > 0;
}

/* Enter on an action of the Plans tab opens its plan; back returns to
 * the tab. */
static void
test_open_from_plans_tab (CspPlanFixture *fixture,
                          gconstpointer   data)
{
  CspWindow *window = csp_test_show_window (fixture->store);
  GtkWidget *stack = csp_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL);
  GtkWidget *plans = csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_PLANS_PAGE, NULL);
  GtkWidget *view = GTK_WIDGET (gtk_widget_get_template_child (plans, CSP_TYPE_PLANS_PAGE,
                                                              "list_view"));
  GtkWidget *page = csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_PLAN_PAGE, NULL);
  GtkWidget *leaflet = gtk_widget_get_ancestor (page, ADW_TYPE_LEAFLET);
  g_autoptr(GObject) first = NULL;
  GListModel *rows;
  guint position = 0;

  /* The tab reads its list when it is first shown. */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "plans");
  csp_test_wait_until (plans_tab_read, plans);
  /* The first action, after its section's heading. */
  rows = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (view)));
  while (first == NULL || !CSP_IS_ACTION_SUMMARY (first))
    {
      g_clear_object (&first);
      first = g_list_model_get_item (rows, position++);
      g_assert_nonnull (first);
    }
  g_signal_emit_by_name (view, "activate", position - 1);
  csp_test_wait_until (csp_test_page_shows_plan, page);
  g_assert_cmpint (csp_plan_page_get_plan_id (CSP_PLAN_PAGE (page)), ==,
                   csp_action_item_get_plan_id (csp_action_summary_get_action (
                     CSP_ACTION_SUMMARY (first))));

  gtk_widget_activate_action (page, "plan.back", NULL);
  g_assert_true (gtk_widget_is_ancestor (stack,
                                         adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet))));
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

  ADD ("/plan-page/mark-done-and-undo", test_mark_done_and_undo);
  ADD ("/plan-page/reorder-with-keyboard", test_reorder_with_keyboard);
  ADD ("/plan-page/reorder-by-drop", test_reorder_by_drop);
  ADD ("/plan-page/open-from-plans-tab", test_open_from_plans_tab);

#undef ADD

  return g_test_run ();
}
