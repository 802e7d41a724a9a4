/* test-plans-page.c: the Plans tab with real widgets
 *
 * One account's plan with an item in each section (and a cancelled one
 * and one done long ago, which are not listed but count in progress),
 * and a second account. Marking an item done with its row's check
 * button moves it to Recently Done and writes it; Undo, from the page
 * or the toast's button, puts it back. The filters, the account filter
 * of "Show in Plans", and the recoveries view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "csp-account-page.h"
#include "csp-account-progress.h"
#include "csp-account-recoveries.h"
#include "csp-recovery.h"
#include "csp-action-section.h"
#include "csp-action-summary.h"
#include "csp-date.h"
#include "csp-file-launch.h"
#include "csp-plans-page.h"
#include "csp-plans-row.h"
#include "csp-recovery-count.h"
#include "csp-recovery-counts.h"
#include "csp-store-records.h"
#include "csp-test-ui.h"
#include "csp-test-util.h"

/* A Wednesday. */
#define TODAY "2026-11-25"

enum { OVERDUE, THIS_WEEK, LATER, UNDATED, DONE, CANCELLED, DONE_LONG_AGO, OTHER, N_ITEMS };

typedef struct
{
  char         *dir;
  CspStore     *store;
  gint64        acme;
  gint64        other;
  gint64        ids[N_ITEMS];
  CspWindow    *window;
  CspPlansPage *page;
} Fixture;

static gint64
add_plan (CspStore *store,
          gint64    account)
{
  g_autoptr(CspSuccessPlan) plan = csp_success_plan_new (account, "Onboarding");

  csp_success_plan_set_status (plan, CSP_PLAN_ACTIVE);
  g_assert_true (csp_store_add_success_plan (store, plan, NULL));
  return csp_record_get_id (CSP_RECORD (plan));
}

static gint64
add_action (CspStore        *store,
            gint64           plan,
            const char      *title,
            const char      *due_on,
            CspActionStatus  status,
            const char      *done_on)
{
  g_autoptr(CspActionItem) action = csp_action_item_new (plan, title);
  g_autoptr(GError) error = NULL;

  csp_action_item_set_due_on (action, due_on);
  csp_action_item_set_owner_side (action, CSP_SIDE_OURS);
  csp_action_item_set_owner_name (action, g_str_has_prefix (title, "Kick") ? "Lin Wei" : "Sam");
  if (done_on != NULL)
    csp_action_item_mark_done (action, done_on);
  else
    csp_action_item_set_status (action, status);
  g_assert_true (csp_store_add_action_item (store, action, &error));
  g_assert_no_error (error);
  return csp_record_get_id (CSP_RECORD (action));
}

static void
fill (Fixture *fixture)
{
  CspStore *store = fixture->store;
  gint64 plan, other_plan;

  fixture->acme = csp_test_add_account (store, "Acme");
  fixture->other = csp_test_add_account (store, "北京数据");
  plan = add_plan (store, fixture->acme);
  other_plan = add_plan (store, fixture->other);
  fixture->ids[OVERDUE] = add_action (store, plan, "Kickoff call", "2026-11-24", CSP_ACTION_OPEN, NULL);
  fixture->ids[THIS_WEEK] = add_action (store, plan, "Training", TODAY, CSP_ACTION_BLOCKED, NULL);
  fixture->ids[LATER] = add_action (store, plan, "Usage review", "2026-12-20", CSP_ACTION_OPEN, NULL);
  fixture->ids[UNDATED] = add_action (store, plan, "Find a champion", NULL, CSP_ACTION_IN_PROGRESS, NULL);
  fixture->ids[DONE] = add_action (store, plan, "Welcome message", NULL, CSP_ACTION_DONE, "2026-11-20");
  fixture->ids[CANCELLED] = add_action (store, plan, "Old idea", NULL, CSP_ACTION_CANCELLED, NULL);
  fixture->ids[DONE_LONG_AGO] = add_action (store, plan, "Contract", NULL, CSP_ACTION_DONE, "2026-09-01");
  fixture->ids[OTHER] = add_action (store, other_plan, "培训管理员", "2026-11-27", CSP_ACTION_OPEN, NULL);

  /* Acme recovered on 11-22, after its welcome message (11-20). */
  csp_test_add_snapshot (store, fixture->acme, "2026-11-01", 50);
  csp_test_add_snapshot (store, fixture->acme, "2026-11-22", 80);
}

static gboolean
page_loaded (gpointer data)
{
  CspPlansPage *page = data;

  return !csp_plans_page_get_loading (page) &&
         g_list_model_get_n_items (csp_plans_page_get_model (page)) > 0;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  GtkWidget *stack;

  fixture->dir = csp_test_make_dir ("csp-plans-page-XXXXXX");
  path = g_build_filename (fixture->dir, "planner.db", NULL);
  fixture->store = csp_test_open_store (path);
  fill (fixture);

  fixture->window = csp_test_show_window (fixture->store);
  fixture->page = CSP_PLANS_PAGE (csp_test_find_widget (GTK_WIDGET (fixture->window),
                                                        CSP_TYPE_PLANS_PAGE, NULL));
  csp_plans_page_set_today (fixture->page, TODAY);
  stack = csp_test_find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK, NULL);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "plans");
  csp_test_wait_for_frame (GTK_WIDGET (fixture->window));
  csp_test_wait_until (page_loaded, fixture->page);
  csp_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  csp_test_close_window (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->store);
  g_assert_true (csp_test_remove_tree (fixture->dir));
  g_free (fixture->dir);
}

/* The section the item @id is listed in, or -1 when it is not. */
static int
section_of (CspPlansPage *page,
            gint64        id)
{
  GListModel *model = csp_plans_page_get_model (page);
  int group = -1;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (CSP_IS_ACTION_SECTION (item))
        group = (int) csp_action_section_get_group (CSP_ACTION_SECTION (item));
      else if (csp_record_get_id (CSP_RECORD (csp_action_summary_get_action (
                 CSP_ACTION_SUMMARY (item)))) == id)
        return group;
    }
  return -1;
}

typedef struct
{
  CspPlansPage *page;
  gint64        id;
  int           group;
} SectionWait;

static gboolean
in_section (gpointer data)
{
  SectionWait *wait = data;

  return !csp_plans_page_get_loading (wait->page) &&
         section_of (wait->page, wait->id) == wait->group;
}

static void
wait_in_section (Fixture *fixture,
                 int      item,
                 int      group)
{
  SectionWait wait = { fixture->page, fixture->ids[item], group };

  csp_test_wait_until (in_section, &wait);
}

static gboolean
row_shows (GtkWidget     *widget,
           gconstpointer  data)
{
  GObject *item;

  if (!CSP_IS_PLANS_ROW (widget))
    return FALSE;
  item = csp_plans_row_get_item (CSP_PLANS_ROW (widget));
  return CSP_IS_ACTION_SUMMARY (item) &&
         csp_record_get_id (CSP_RECORD (csp_action_summary_get_action (
           CSP_ACTION_SUMMARY (item)))) == *(const gint64 *) data;
}

/* Ticks or clears the check button of the row showing the item @id. */
static void
click_done (Fixture *fixture,
            gint64   id,
            gboolean done)
{
  GtkWidget *row = csp_test_find (GTK_WIDGET (fixture->page), row_shows, &id);
  GtkWidget *check;

  g_assert_nonnull (row);
  check = csp_test_find_widget (row, GTK_TYPE_CHECK_BUTTON, NULL);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)) != done);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), done);
}

static void
assert_stored (Fixture         *fixture,
               gint64           id,
               CspActionStatus  status,
               const char      *completed_on)
{
  g_autoptr(CspActionItem) stored = csp_store_get_action_item (fixture->store, id, NULL);

  g_assert_nonnull (stored);
  g_assert_cmpint (csp_action_item_get_status (stored), ==, status);
  g_assert_cmpstr (csp_action_item_get_completed_on (stored), ==, completed_on);
}

/* Each item in its section; cancelled and long-done items not listed,
 * but counted in progress: 2 done (one long ago) of 6 not cancelled. */
static void
test_sections (Fixture       *fixture,
               gconstpointer  data)
{
  GListModel *progress = csp_plans_page_get_progress (fixture->page);
  g_autoptr(CspAccountProgress) acme = NULL;

  g_assert_cmpint (section_of (fixture->page, fixture->ids[OVERDUE]), ==, CSP_ACTION_GROUP_OVERDUE);
  g_assert_cmpint (section_of (fixture->page, fixture->ids[THIS_WEEK]), ==, CSP_ACTION_GROUP_THIS_WEEK);
  g_assert_cmpint (section_of (fixture->page, fixture->ids[LATER]), ==, CSP_ACTION_GROUP_LATER);
  g_assert_cmpint (section_of (fixture->page, fixture->ids[UNDATED]), ==, CSP_ACTION_GROUP_NO_DUE_DATE);
  g_assert_cmpint (section_of (fixture->page, fixture->ids[DONE]), ==, CSP_ACTION_GROUP_RECENTLY_DONE);
  g_assert_cmpint (section_of (fixture->page, fixture->ids[CANCELLED]), ==, -1);
  g_assert_cmpint (section_of (fixture->page, fixture->ids[DONE_LONG_AGO]), ==, -1);

  g_assert_cmpuint (g_list_model_get_n_items (progress), ==, 2);
  acme = g_list_model_get_item (progress, 0);
  g_assert_cmpstr (csp_account_progress_get_account_name (acme), ==, "Acme");
  g_assert_cmpuint (csp_account_progress_get_n_done (acme), ==, 2);
  g_assert_cmpuint (csp_account_progress_get_n_counted (acme), ==, 6);

  /* Activating an item opens its plan, through an action of the window
   * that may not be there yet: quietly nothing then. */
  g_signal_emit_by_name (gtk_widget_get_ancestor (csp_test_find_widget (
                           GTK_WIDGET (fixture->page), CSP_TYPE_PLANS_ROW, NULL), GTK_TYPE_LIST_VIEW),
                         "activate", 1);
  g_assert_cmpint (csp_plans_page_get_account_id (fixture->page), ==, 0);
}

/* The row's check button marks the item done today: it moves to Recently
 * Done and is written; Undo puts it back, in the list and the file. */
static void
test_mark_done_and_undo (Fixture       *fixture,
                         gconstpointer  data)
{
  gint64 id = fixture->ids[OVERDUE];
  g_autoptr(GError) error = NULL;
  GtkWidget *undo_button;

  click_done (fixture, id, TRUE);
  wait_in_section (fixture, OVERDUE, CSP_ACTION_GROUP_RECENTLY_DONE);
  assert_stored (fixture, id, CSP_ACTION_DONE, TODAY);

  g_assert_true (csp_plans_page_undo (fixture->page, &error));
  g_assert_no_error (error);
  wait_in_section (fixture, OVERDUE, CSP_ACTION_GROUP_OVERDUE);
  assert_stored (fixture, id, CSP_ACTION_OPEN, NULL);

  /* Again, undone with the toast's button this time. */
  csp_test_wait_for_frame (GTK_WIDGET (fixture->window));
  click_done (fixture, id, TRUE);
  wait_in_section (fixture, OVERDUE, CSP_ACTION_GROUP_RECENTLY_DONE);
  csp_test_wait_for_frame (GTK_WIDGET (fixture->window));
  undo_button = csp_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON, "_Undo");
  g_assert_nonnull (undo_button);
  g_signal_emit_by_name (undo_button, "clicked");
  wait_in_section (fixture, OVERDUE, CSP_ACTION_GROUP_OVERDUE);
  assert_stored (fixture, id, CSP_ACTION_OPEN, NULL);
}

/* Clearing a done item's check button opens it again. */
static void
test_reopen (Fixture       *fixture,
             gconstpointer  data)
{
  csp_test_wait_for_frame (GTK_WIDGET (fixture->window));
  click_done (fixture, fixture->ids[DONE], FALSE);
  wait_in_section (fixture, DONE, CSP_ACTION_GROUP_NO_DUE_DATE);
  assert_stored (fixture, fixture->ids[DONE], CSP_ACTION_OPEN, NULL);
}

typedef struct
{
  CspPlansPage *page;
  guint         n_items;
} CountWait;

/* Items listed, headings aside. */
static gboolean
items_listed (gpointer data)
{
  CountWait *wait = data;
  GListModel *model = csp_plans_page_get_model (wait->page);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      n += CSP_IS_ACTION_SUMMARY (item);
    }
  return n == wait->n_items;
}

static void
wait_items (Fixture *fixture,
            guint    n_items)
{
  CountWait wait = { fixture->page, n_items };

  csp_test_wait_until (items_listed, &wait);
}

static void
choose_account (Fixture    *fixture,
                const char *name)
{
  GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (
    csp_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_MENU_BUTTON, NULL)));
  GtkWidget *drop = csp_test_find_widget (GTK_WIDGET (popover), GTK_TYPE_DROP_DOWN, NULL);
  GListModel *names = gtk_drop_down_get_model (GTK_DROP_DOWN (drop));

  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 3);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name))
      {
        gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), i);
        return;
      }
  g_assert_not_reached ();
}

/* Search (case-folded, Chinese too), "Mine" with the name from
 * Preferences, and one account's items. */
static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *search = csp_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY, NULL);
  GtkWidget *mine = csp_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_TOGGLE_BUTTON, "Mine");
  g_autoptr(GSettings) settings = csp_app_settings_new ();

  wait_items (fixture, 6);
  gtk_editable_set_text (GTK_EDITABLE (search), "KICKOFF");
  wait_items (fixture, 1);
  gtk_editable_set_text (GTK_EDITABLE (search), "培训");
  wait_items (fixture, 1);
  g_assert_cmpint (section_of (fixture->page, fixture->ids[OTHER]), ==, CSP_ACTION_GROUP_THIS_WEEK);
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  wait_items (fixture, 6);

  g_assert_false (gtk_widget_get_sensitive (mine));
  g_settings_set_string (settings, "csm-name", "lin wei");
  g_assert_true (gtk_widget_get_sensitive (mine));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (mine), TRUE);
  wait_items (fixture, 1);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (mine), FALSE);
  g_settings_reset (settings, "csm-name");
  wait_items (fixture, 6);

  csp_plans_page_show_account (fixture->page, fixture->other, "北京数据");
  g_assert_cmpint (csp_plans_page_get_account_id (fixture->page), ==, fixture->other);
  wait_items (fixture, 1);
  g_assert_cmpuint (g_list_model_get_n_items (csp_plans_page_get_progress (fixture->page)), ==, 1);
  csp_plans_page_show_account (fixture->page, 0, NULL);
  wait_items (fixture, 6);

  /* The same through the filters' account choice, which lists the
   * accounts read ("Any" first). */
  choose_account (fixture, "北京数据");
  g_assert_cmpint (csp_plans_page_get_account_id (fixture->page), ==, fixture->other);
  wait_items (fixture, 1);
  choose_account (fixture, "Any");
  g_assert_cmpint (csp_plans_page_get_account_id (fixture->page), ==, 0);
  wait_items (fixture, 6);
}

static gboolean
counts_read (gpointer data)
{
  CspRecoveryCounts *counts = data;

  return !csp_recovery_counts_get_loading (counts) && csp_recovery_counts_get_counts (counts);
}

/* The second view counts what came before Acme's recovery. */
static void
test_recoveries_view (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *stack = csp_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_STACK, NULL);
  CspRecoveryCounts *counts = CSP_RECOVERY_COUNTS (
    csp_test_find_widget (GTK_WIDGET (fixture->page), CSP_TYPE_RECOVERY_COUNTS, NULL));
  g_autoptr(CspRecoveryCount) first = NULL;

  gtk_stack_set_visible_child_name (GTK_STACK (stack), "recoveries");
  csp_test_wait_until (counts_read, counts);
  g_assert_cmpuint (g_list_model_get_n_items (csp_recovery_counts_get_counts (counts)), ==, 1);
  first = g_list_model_get_item (csp_recovery_counts_get_counts (counts), 0);
  g_assert_cmpstr (csp_recovery_count_get_title (first), ==, "Welcome message");
  g_assert_cmpuint (csp_recovery_count_get_n_recoveries (first), ==, 1);
  g_assert_nonnull (csp_test_find_widget (GTK_WIDGET (counts), ADW_TYPE_ACTION_ROW,
                                          "Welcome message"));
}

static gboolean
recoveries_read (gpointer data)
{
  CspAccountRecoveries *group = data;

  return !csp_account_recoveries_get_loading (group) &&
         g_list_model_get_n_items (csp_account_recoveries_get_model (group)) > 0;
}

static gboolean
recoveries_settled (gpointer data)
{
  return !csp_account_recoveries_get_loading (data);
}

/* The account page's "What Came Before Recoveries": Acme's recovery,
 * with the item done before it; the other account has none. */
static void
test_account_recoveries (Fixture       *fixture,
                         gconstpointer  data)
{
  CspAccountPage *page = CSP_ACCOUNT_PAGE (
    csp_test_find_widget (GTK_WIDGET (fixture->window), CSP_TYPE_ACCOUNT_PAGE, NULL));
  CspAccountRecoveries *group = CSP_ACCOUNT_RECOVERIES (
    csp_test_find_widget (GTK_WIDGET (page), CSP_TYPE_ACCOUNT_RECOVERIES, NULL));
  g_autoptr(CspRecovery) recovery = NULL;
  g_autoptr(CspActionItem) action = NULL;

  csp_account_page_show_account (page, fixture->acme);
  csp_test_wait_until (recoveries_read, group);
  g_assert_cmpuint (g_list_model_get_n_items (csp_account_recoveries_get_model (group)), ==, 1);
  recovery = g_list_model_get_item (csp_account_recoveries_get_model (group), 0);
  g_assert_cmpstr (csp_recovery_get_recovered_on (recovery), ==, "2026-11-22");
  g_assert_cmpint (csp_recovery_get_from_band (recovery), ==, CSP_HEALTH_WATCH);
  g_assert_cmpuint (g_list_model_get_n_items (csp_recovery_get_actions (recovery)), ==, 1);
  action = g_list_model_get_item (csp_recovery_get_actions (recovery), 0);
  g_assert_cmpstr (csp_action_item_get_title (action), ==, "Welcome message");
  g_assert_nonnull (csp_test_find_widget (GTK_WIDGET (group), ADW_TYPE_EXPANDER_ROW, NULL));

  csp_account_page_show_account (page, fixture->other);
  csp_test_wait_until (recoveries_settled, group);
  g_assert_cmpuint (g_list_model_get_n_items (csp_account_recoveries_get_model (group)), ==, 0);
}

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  csp_test_ui_init ();

  ADD_TEST ("/plans-page/sections", test_sections);
  ADD_TEST ("/plans-page/mark-done-undo", test_mark_done_and_undo);
  ADD_TEST ("/plans-page/reopen", test_reopen);
  ADD_TEST ("/plans-page/filters", test_filters);
  ADD_TEST ("/plans-page/recoveries", test_recoveries_view);
  ADD_TEST ("/plans-page/account-recoveries", test_account_recoveries);

  return g_test_run ();
}
