/* test-plan-page.c: the plan page in the main window, under Xvfb
 *
 * A user opens a plan from its account's page, marks an action done
 * with one click on its check button, sees it done, undoes that from
 * the toast, and moves an action down with Alt+Down; the store must
 * hold each change. The page reads the plan again in an idle after the
 * store says it changed, so the tests wait for what the widgets show.
 *
 * With CSP_PLAN_PAGE_SHOT=FILE.png set the program instead shows a plan
 * at CSP_PLAN_PAGE_WIDTH (default 1200) pixels and saves a picture of
 * the window: how the screenshots of the page are taken.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "csp-account-page.h"
#include "csp-accounts-page.h"
#include "csp-plan-page.h"
#include "csp-plans-page.h"
#include "csp-plan-rows.h"
#include "csp-store-plans.h"
#include "csp-store-records.h"
#include "csp-test-ui.h"
#include "csp-test-util.h"
#include "csp-window.h"

#define TODAY "2026-06-30"

typedef struct
{
  CspTestFolder  folder;
  CspStore      *store;
} Fixture;

/* Helpers */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  csp_test_folder_set_up (&fixture->folder, data);
  fixture->store = csp_test_open_demo (fixture->folder.db, 12, 20, 7, TODAY);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  csp_test_folder_tear_down (&fixture->folder, data);
}

static guint
count_open (GListModel *actions)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CspActionItem) action = g_list_model_get_item (actions, i);

      n += csp_action_item_get_status (action) == CSP_ACTION_OPEN;
    }
  return n;
}

/* A plan of the demo with at least two open actions, and the objectives
 * and actions that make a page worth looking at. */
static CspSuccessPlan *
find_plan (CspStore *store)
{
  g_autoptr(GListModel) accounts = csp_store_list_accounts (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(CspRecord) account = g_list_model_get_item (accounts, i);
      g_autoptr(GListModel) plans = csp_store_list_success_plans (store, csp_record_get_id (account),
                                                                  NULL);

      for (guint j = 0; j < g_list_model_get_n_items (plans); j++)
        {
          g_autoptr(CspSuccessPlan) plan = g_list_model_get_item (plans, j);
          g_autoptr(GListModel) actions =
            csp_store_list_action_items (store, csp_record_get_id (CSP_RECORD (plan)), NULL);

          if (count_open (actions) >= 2 && g_list_model_get_n_items (actions) >= 4)
            return g_steal_pointer (&plan);
        }
    }

  g_assert_not_reached ();
}

static gboolean
account_read (gpointer data)
{
  CspAccountPage *page = data;

  return !csp_account_page_get_loading (page) && csp_account_page_get_overview (page) != NULL;
}

typedef struct
{
  CspPlanPage *page;
  gint64       plan_id;
} PlanShown;

static gboolean
plan_shown (gpointer data)
{
  PlanShown *shown = data;
  CspSuccessPlan *plan = csp_plan_page_get_plan (shown->page);

  return gtk_widget_get_mapped (GTK_WIDGET (shown->page)) && plan != NULL &&
         csp_record_get_id (CSP_RECORD (plan)) == shown->plan_id;
}

/* Opens the account of @plan from the Accounts table, then @plan from
 * the account page's plans section, as a user would. */
static CspPlanPage *
open_plan (CspWindow      *window,
           CspSuccessPlan *plan,
           CspStore       *store)
{
  GtkWidget *accounts = csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNTS_PAGE, NULL);
  GtkWidget *account_page = csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNT_PAGE,
                                                  NULL);
  GtkWidget *page = csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_PLAN_PAGE, NULL);
  g_autoptr(CspAccount) account =
    csp_store_get_account (store, csp_success_plan_get_account_id (plan), NULL);
  PlanShown shown = { CSP_PLAN_PAGE (page), csp_record_get_id (CSP_RECORD (plan)) };
  GtkWidget *row;

  csp_plan_page_set_today (CSP_PLAN_PAGE (page), TODAY);
  csp_account_page_set_today (CSP_ACCOUNT_PAGE (account_page), TODAY);
  g_signal_emit_by_name (accounts, "account-activated", account);
  csp_test_wait_until (account_read, account_page);
  csp_test_wait_for_frame (account_page);

  row = csp_test_find_widget (account_page, ADW_TYPE_ACTION_ROW,
                              csp_success_plan_get_title (plan));
  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_signal_emit_by_name (row, "activate");
  csp_test_wait_until (plan_shown, &shown);
  csp_test_wait_for_frame (page);
  return CSP_PLAN_PAGE (page);
}

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

static gboolean
match_record (GtkWidget     *widget,
              gconstpointer  data)
{
  CspRecord *record = GTK_IS_LIST_BOX_ROW (widget) ? csp_plan_row_get_record (widget) : NULL;

  return record != NULL && csp_record_get_id (record) == *(const gint64 *) data &&
         CSP_IS_ACTION_ITEM (record);
}

/* The row of the action @id as the page shows it now. */
static GtkWidget *
action_row (CspPlanPage *page,
            gint64       id)
{
  return csp_test_find (GTK_WIDGET (page), match_record, &id);
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
  GtkWidget *row = action_row (wanted->page, wanted->id);
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

/* Tests */

/* Done in one click, seen done, undone from the toast. */
static void
test_mark_done_and_undo (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(CspSuccessPlan) plan = find_plan (fixture->store);
  gint64 plan_id = csp_record_get_id (CSP_RECORD (plan));
  g_autoptr(CspActionItem) open = first_open_action (fixture->store, plan_id);
  gint64 id = csp_record_get_id (CSP_RECORD (open));
  CspWindow *window = csp_test_show_window (fixture->store);
  CspPlanPage *page = open_plan (window, plan, fixture->store);
  RowDone wanted = { page, id, TRUE };
  g_autoptr(CspActionItem) stored = NULL;
  GtkWidget *check, *undo;

  g_assert_nonnull (csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL,
                                          csp_success_plan_get_title (plan)));
  check = csp_test_find_widget (action_row (page, id), GTK_TYPE_CHECK_BUTTON, NULL);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_signal_emit_by_name (check, "activate");
  csp_test_wait_until (row_shows_done, &wanted);

  stored = csp_store_get_action_item (fixture->store, id, NULL);
  g_assert_cmpint (csp_action_item_get_status (stored), ==, CSP_ACTION_DONE);
  g_assert_cmpstr (csp_action_item_get_completed_on (stored), ==, TODAY);

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
test_reorder_with_keyboard (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(CspSuccessPlan) plan = find_plan (fixture->store);
  gint64 plan_id = csp_record_get_id (CSP_RECORD (plan));
  g_autoptr(GListModel) before = csp_store_list_action_items (fixture->store, plan_id, NULL);
  g_autoptr(CspRecord) first = g_list_model_get_item (before, 0);
  g_autoptr(CspRecord) second = g_list_model_get_item (before, 1);
  CspWindow *window = csp_test_show_window (fixture->store);
  CspPlanPage *page = open_plan (window, plan, fixture->store);
  Order order = { fixture->store, plan_id, csp_record_get_id (second) };
  g_autoptr(GListModel) after = NULL;
  g_autoptr(CspRecord) moved = NULL;
  g_autoptr(CspRecord) shown_first = NULL;
  GtkWidget *focus;

  gtk_widget_grab_focus (action_row (page, csp_record_get_id (first)));
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
  g_assert_true (focus == action_row (page, csp_record_get_id (first)));
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
test_reorder_by_drop (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(CspSuccessPlan) plan = find_plan (fixture->store);
  gint64 plan_id = csp_record_get_id (CSP_RECORD (plan));
  g_autoptr(GListModel) before = csp_store_list_action_items (fixture->store, plan_id, NULL);
  g_autoptr(CspRecord) first = g_list_model_get_item (before, 0);
  g_autoptr(CspRecord) second = g_list_model_get_item (before, 1);
  g_autoptr(CspRecord) third = g_list_model_get_item (before, 2);
  CspWindow *window = csp_test_show_window (fixture->store);
  CspPlanPage *page = open_plan (window, plan, fixture->store);
  GtkDropTarget *target = drop_target (action_row (page, csp_record_get_id (third)));
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

static void
click_undo (CspWindow *window)
{
  GtkWidget *undo = csp_test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo");

  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
}

/* Completed from the status control, after the question, cancelling
 * the open actions; Undo brings back the plan's status and each
 * action's. */
static void
test_complete_and_undo (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(CspSuccessPlan) plan = find_plan (fixture->store);
  gint64 plan_id = csp_record_get_id (CSP_RECORD (plan));
  CspPlanStatus before = csp_success_plan_get_status (plan);
  g_autoptr(GListModel) actions = csp_store_list_action_items (fixture->store, plan_id, NULL);
  CspWindow *window = csp_test_show_window (fixture->store);
  CspPlanPage *page = open_plan (window, plan, fixture->store);
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
  g_assert_cmpstr (csp_success_plan_get_completed_on (completed), ==, TODAY);
  cancelled = csp_store_list_action_items (fixture->store, plan_id, NULL);
  g_assert_cmpuint (count_open (cancelled), ==, 0);

  click_undo (window);
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
test_delete_objective_and_undo (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(CspSuccessPlan) plan = find_plan (fixture->store);
  CspWindow *window = csp_test_show_window (fixture->store);
  CspPlanPage *page = open_plan (window, plan, fixture->store);
  g_autoptr(CspObjective) objective = g_list_model_get_item (csp_plan_page_get_objectives (page), 0);
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

  click_undo (window);
  wanted.n_actions = g_list_model_get_n_items (serving);
  csp_test_wait_until (objective_serves, &wanted);
  back = csp_store_get_objective (fixture->store, id, NULL);
  g_assert_cmpstr (csp_objective_get_title (back), ==, csp_objective_get_title (objective));
  csp_test_close_window (GTK_WINDOW (window));
}

static gboolean
page_shows_plan (gpointer data)
{
  CspPlanPage *page = data;

  return gtk_widget_get_mapped (GTK_WIDGET (page)) && csp_plan_page_get_plan (page) != NULL;
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
test_open_from_plans_tab (Fixture       *fixture,
                          gconstpointer  data)
{
  CspWindow *window = csp_test_show_window (fixture->store);
  GtkWidget *stack = csp_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL);
  GtkWidget *plans = csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_PLANS_PAGE, NULL);
  GtkWidget *view = csp_test_find_widget (plans, GTK_TYPE_COLUMN_VIEW, NULL);
  GtkWidget *page = csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_PLAN_PAGE, NULL);
  GtkWidget *leaflet = gtk_widget_get_ancestor (page, ADW_TYPE_LEAFLET);
  g_autoptr(CspActionSummary) first = NULL;

  /* The tab reads its list when it is first shown. */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "plans");
  csp_test_wait_until (plans_tab_read, plans);
  first = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (view))),
                                 0);
  g_signal_emit_by_name (view, "activate", 0);
  csp_test_wait_until (page_shows_plan, page);
  g_assert_cmpint (csp_plan_page_get_plan_id (CSP_PLAN_PAGE (page)), ==,
                   csp_action_item_get_plan_id (csp_action_summary_get_action (first)));

  gtk_widget_activate_action (page, "plan.back", NULL);
  g_assert_true (gtk_widget_is_ancestor (stack, adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet))));
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
test_delete_plan_and_undo (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(CspSuccessPlan) plan = find_plan (fixture->store);
  gint64 plan_id = csp_record_get_id (CSP_RECORD (plan));
  g_autoptr(GListModel) actions = csp_store_list_action_items (fixture->store, plan_id, NULL);
  g_autoptr(GListModel) objectives = csp_store_list_objectives (fixture->store, plan_id, NULL);
  CspWindow *window = csp_test_show_window (fixture->store);
  CspPlanPage *page = open_plan (window, plan, fixture->store);
  GtkWidget *leaflet = gtk_widget_get_ancestor (GTK_WIDGET (page), ADW_TYPE_LEAFLET);
  PlanExists wanted = { fixture->store, plan_id, FALSE };
  g_autoptr(GListModel) actions_back = NULL;
  g_autoptr(GListModel) objectives_back = NULL;

  gtk_widget_activate_action (GTK_WIDGET (page), "plan.delete", NULL);
  csp_test_wait_until (plan_exists, &wanted);
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) ==
                 csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNT_PAGE, NULL));

  click_undo (window);
  wanted.exists = TRUE;
  csp_test_wait_until (plan_exists, &wanted);
  csp_test_wait_until (page_shows_plan, page);
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) == GTK_WIDGET (page));
  actions_back = csp_store_list_action_items (fixture->store, plan_id, NULL);
  objectives_back = csp_store_list_objectives (fixture->store, plan_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (actions_back), ==,
                    g_list_model_get_n_items (actions));
  g_assert_cmpuint (g_list_model_get_n_items (objectives_back), ==,
                    g_list_model_get_n_items (objectives));
  csp_test_close_window (GTK_WINDOW (window));
}

/* Screenshots */

static void
save_shot (GtkWidget  *widget,
           const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* The plan page scrolled to its last action. */
static void
scroll_to_end (GtkWidget *page)
{
  /* Not the error page's scrolled window: the one around the lists. */
  GtkWidget *scrolled = gtk_widget_get_ancestor (csp_test_find_widget (page, GTK_TYPE_LIST_BOX,
                                                                       NULL),
                                                 GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  csp_test_wait_for_frame (page);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

/* Back on the account page, scrolled to show the plans' heading. */
static void
show_plans_section (CspWindow   *window,
                    CspPlanPage *page)
{
  GtkWidget *account = csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNT_PAGE, NULL);
  GtkWidget *scrolled = gtk_widget_get_ancestor (csp_test_find_widget (account, GTK_TYPE_LIST_BOX,
                                                                       NULL),
                                                 GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  gtk_widget_activate_action (GTK_WIDGET (page), "plan.back", NULL);
  csp_test_wait_until (account_read, account);
  csp_test_wait_for_frame (account);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) - 160);
}

/* The Add Action form with a due date that is not one. */
static GtkWidget *
show_dialog (CspPlanPage *page)
{
  GtkWidget *dialog;
  GtkWidget *row;

  gtk_widget_activate_action (GTK_WIDGET (page), "plan.add-action", NULL);
  dialog = csp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  row = csp_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, NULL);
  gtk_editable_set_text (GTK_EDITABLE (row), "Send the renewal quote");
  /* Title, owner side, owner name, due date. */
  row = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (
    row)));
  gtk_editable_set_text (GTK_EDITABLE (row), "2026-02-30");
  csp_test_wait_for_frame (dialog);
  return dialog;
}

/* The action form marks the field at fault and says why; Save waits
 * for a valid action, which then lands last in the plan. */
static void
test_action_form (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CspSuccessPlan) plan = find_plan (fixture->store);
  gint64 plan_id = csp_record_get_id (CSP_RECORD (plan));
  g_autoptr(GListModel) before = csp_store_list_action_items (fixture->store, plan_id, NULL);
  CspWindow *window = csp_test_show_window (fixture->store);
  CspPlanPage *page = open_plan (window, plan, fixture->store);
  GtkWidget *dialog = show_dialog (page);
  GtkWidget *title = csp_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, NULL);
  GtkWidget *due = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (
    gtk_widget_get_next_sibling (title)));
  g_autoptr(GListModel) after = NULL;
  g_autoptr(CspActionItem) last = NULL;
  guint n_before = g_list_model_get_n_items (before);

  g_assert_true (gtk_widget_has_css_class (due, "error"));
  g_assert_false (gtk_widget_has_css_class (title, "error"));
  g_assert_nonnull (csp_test_find_widget (dialog, GTK_TYPE_LABEL,
                                          "due_on: “2026-02-30” is not a valid date: "
                                          "month 2 of 2026 has 28 days"));

  gtk_editable_set_text (GTK_EDITABLE (due), "2026-07-15");
  g_assert_false (gtk_widget_has_css_class (due, "error"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
  after = csp_store_list_action_items (fixture->store, plan_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, n_before + 1);
  last = g_list_model_get_item (after, n_before);
  g_assert_cmpstr (csp_action_item_get_title (last), ==, "Send the renewal quote");
  g_assert_cmpstr (csp_action_item_get_due_on (last), ==, "2026-07-15");
  g_assert_cmpint (csp_action_item_get_position (last), ==, n_before);
  csp_test_close_window (GTK_WINDOW (window));
}

static int
take_shot (const char *path)
{
  CspTestFolder folder = { NULL, NULL };
  g_autoptr(CspStore) store = NULL;
  g_autoptr(CspSuccessPlan) plan = NULL;
  const char *width = g_getenv ("CSP_PLAN_PAGE_WIDTH");
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  const char *what = g_getenv ("CSP_PLAN_PAGE_SHOT_WHAT");
  GtkWidget *shown = NULL;
  CspPlanPage *page;
  CspWindow *window;

  /* As the application does: its translations (LANGUAGE picks one)
   * and its style sheet. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CSP_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  csp_test_folder_set_up (&folder, NULL);
  store = csp_test_open_demo (folder.db, 12, 20, 7, TODAY);
  plan = find_plan (store);
  window = g_object_ref (g_object_new (CSP_TYPE_WINDOW, "store", store, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 860);
  gtk_window_present (GTK_WINDOW (window));
  csp_test_wait_for_frame (GTK_WIDGET (window));
  csp_test_wait_until (csp_test_pages_loaded, window);
  page = open_plan (window, plan, store);
  /* Narrow only now: the Accounts table warns at 360 pixels. */
  gtk_window_set_default_size (GTK_WINDOW (window), width ? atoi (width) : 1200, 860);
  if (g_strcmp0 (what, "account") == 0)
    show_plans_section (window, page);
  else if (g_strcmp0 (what, "dialog") == 0)
    shown = show_dialog (page);
  else if (g_strcmp0 (what, "actions") == 0)
    scroll_to_end (GTK_WIDGET (page));
  /* A new width refills the page in an idle after a frame. */
  for (guint i = 0; i < 3; i++)
    {
      csp_test_wait_until ((CspTestCondition) csp_test_no_pending_events, NULL);
      csp_test_wait_for_frame (GTK_WIDGET (window));
    }
  save_shot (shown ? shown : GTK_WIDGET (window), path);
  if (shown != NULL)
    gtk_window_destroy (GTK_WINDOW (shown));
  csp_test_close_window (GTK_WINDOW (window));
  g_clear_object (&store);
  csp_test_folder_tear_down (&folder, NULL);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  csp_test_ui_init ();

  if (g_getenv ("CSP_PLAN_PAGE_SHOT") != NULL)
    return take_shot (g_getenv ("CSP_PLAN_PAGE_SHOT"));

  g_test_add ("/plan-page/mark-done-and-undo", Fixture, NULL, fixture_set_up,
              test_mark_done_and_undo, fixture_tear_down);
  g_test_add ("/plan-page/reorder-with-keyboard", Fixture, NULL, fixture_set_up,
              test_reorder_with_keyboard, fixture_tear_down);
  g_test_add ("/plan-page/reorder-by-drop", Fixture, NULL, fixture_set_up,
              test_reorder_by_drop, fixture_tear_down);
  g_test_add ("/plan-page/complete-and-undo", Fixture, NULL, fixture_set_up,
              test_complete_and_undo, fixture_tear_down);
  g_test_add ("/plan-page/delete-objective-and-undo", Fixture, NULL, fixture_set_up,
              test_delete_objective_and_undo, fixture_tear_down);
  g_test_add ("/plan-page/delete-plan-and-undo", Fixture, NULL, fixture_set_up,
              test_delete_plan_and_undo, fixture_tear_down);
  g_test_add ("/plan-page/action-form", Fixture, NULL, fixture_set_up,
              test_action_form, fixture_tear_down);
  g_test_add ("/plan-page/open-from-plans-tab", Fixture, NULL, fixture_set_up,
              test_open_from_plans_tab, fixture_tear_down);

  return g_test_run ();
}
