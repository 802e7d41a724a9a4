/* test-meetings-page.c: the Meetings tab, under Xvfb
 *
 * The page alone in a bare window, on a store of a few meetings around
 * the real present (the page reads "now" from the clock: the meetings
 * are years away from it). The window carries a test "win" action
 * group standing in for the main window's win.open-meeting and
 * win.new-meeting, so the test sees what the page asks the window to
 * do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "csp-account.h"
#include "csp-decision.h"
#include "csp-meeting.h"
#include "csp-meetings-page.h"
#include "csp-store-records.h"
#include "csp-test-ui.h"
#include "csp-test-util.h"

#define FLAG_TOOLTIP "Held, but no notes or decisions recorded"

typedef struct
{
  CspTestFolder    folder;
  CspStore        *store;
  GtkWindow       *window;
  CspMeetingsPage *page;
  gint64           acme;
  gint64           dragon;
  gint64           unrecorded;  /* held, no notes, no decisions */
  gint64           opened;      /* the last win.open-meeting's id, or -1 */
  gint64           new_for;     /* the last win.new-meeting's id, or -1 */
} Fixture;

/* Helpers */

static void
record_id_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  *(gint64 *) user_data = g_variant_get_int64 (parameter);
}

/* The stand-ins for the main window's actions. */
static void
install_win_actions (Fixture *fixture)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) open = g_simple_action_new ("open-meeting", G_VARIANT_TYPE_INT64);
  g_autoptr(GSimpleAction) create = g_simple_action_new ("new-meeting", G_VARIANT_TYPE_INT64);

  fixture->opened = fixture->new_for = -1;
  g_signal_connect (open, "activate", G_CALLBACK (record_id_cb), &fixture->opened);
  g_signal_connect (create, "activate", G_CALLBACK (record_id_cb), &fixture->new_for);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (open));
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (create));
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (group));
}

static gboolean
page_loaded (gpointer page)
{
  return !csp_meetings_page_get_loading (page);
}

static void
show_page (Fixture *fixture)
{
  fixture->window = g_object_ref (GTK_WINDOW (gtk_window_new ()));
  gtk_window_set_default_size (fixture->window, 1000, 600);
  install_win_actions (fixture);
  fixture->page = g_object_new (CSP_TYPE_MEETINGS_PAGE, "store", fixture->store, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  csp_test_wait_for_frame (GTK_WIDGET (fixture->window));
  csp_test_wait_until (page_loaded, fixture->page);
}

/* The meetings to come are in 2099, the past ones in 2020. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  CspStore *store;
  gint64 decided;
  g_autoptr(CspDecision) decision = NULL;

  csp_test_folder_set_up (&fixture->folder, data);
  store = fixture->store = csp_test_open_store (fixture->folder.db);
  fixture->acme = csp_test_add_account (store, "Acme Robotics");
  fixture->dragon = csp_test_add_account (store, "青龙科技");

  csp_test_add_meeting (store, fixture->acme, "Quarterly EBR", "2099-03-01T09:00:00Z",
                        CSP_MEETING_EBR, CSP_MEETING_PLANNED, NULL);
  csp_test_add_meeting (store, fixture->dragon, "战略规划会", "2099-02-01T09:00:00Z",
                        CSP_MEETING_STRATEGY, CSP_MEETING_PLANNED, NULL);
  csp_test_add_meeting (store, fixture->acme, "Monthly check-in", "2099-01-01T09:00:00Z",
                        CSP_MEETING_CHECK_IN, CSP_MEETING_PLANNED, NULL);
  csp_test_add_meeting (store, fixture->acme, "Kickoff", "2020-05-01T09:00:00Z",
                        CSP_MEETING_KICKOFF, CSP_MEETING_HELD, "Agreed on the rollout plan");
  decided = csp_test_add_meeting (store, fixture->dragon, "Escalation review",
                                  "2020-06-01T09:00:00Z", CSP_MEETING_ESCALATION,
                                  CSP_MEETING_HELD, NULL);
  decision = csp_decision_new (decided, "Weekly calls until the fix ships");
  g_assert_true (csp_store_add_decision (store, decision, NULL));
  fixture->unrecorded = csp_test_add_meeting (store, fixture->dragon, "月度沟通会",
                                              "2020-07-01T09:00:00Z", CSP_MEETING_CHECK_IN,
                                              CSP_MEETING_HELD, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    csp_test_close_window (fixture->window);
  g_clear_object (&fixture->store);
  csp_test_folder_tear_down (&fixture->folder, data);
}

/* The titles of the rows shown, in order, joined with "|". */
static char *
shown_titles (CspMeetingsPage *page)
{
  GListModel *model = csp_meetings_page_get_model (page);
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CspMeetingSummary) summary = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (titles, '|');
      g_string_append (titles, csp_meeting_get_title (csp_meeting_summary_get_meeting (summary)));
    }
  return g_string_free (g_steal_pointer (&titles), FALSE);
}

#define assert_shown(page, expected)                  \
  G_STMT_START {                                      \
    g_autofree char *titles = shown_titles (page);    \
    g_assert_cmpstr (titles, ==, expected);           \
  } G_STMT_END

typedef struct
{
  CspMeetingsPage *page;
  const char      *titles;
} ShownWait;

static gboolean
titles_shown (gpointer data)
{
  ShownWait *wait = data;
  g_autofree char *titles = shown_titles (wait->page);

  return g_strcmp0 (titles, wait->titles) == 0;
}

/* The search entry reports a change after a short pause. */
static void
search_for (Fixture    *fixture,
            const char *text,
            const char *expected)
{
  /* The page's own entry, not the one of the accounts drop-down. */
  GtkWidget *bar = csp_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_BAR, NULL);
  GtkWidget *entry = csp_test_find_widget (bar, GTK_TYPE_SEARCH_ENTRY, NULL);
  ShownWait wait = { fixture->page, expected };

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  csp_test_wait_until (titles_shown, &wait);
}

static gboolean
match_page_stack (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "error");
}

static AdwStatusPage *
empty_page (Fixture *fixture)
{
  GtkWidget *stack = csp_test_find (GTK_WIDGET (fixture->page), match_page_stack, NULL);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  return ADW_STATUS_PAGE (gtk_stack_get_visible_child (GTK_STACK (stack)));
}

static gboolean
button_shown (GtkWidget  *root,
              const char *label)
{
  GtkWidget *button = csp_test_find_widget (root, GTK_TYPE_BUTTON, label);

  return button != NULL && gtk_widget_get_visible (button);
}

static void
count_flags (GtkWidget *widget,
             guint     *n)
{
  if (gtk_widget_has_css_class (widget, "meeting-unrecorded"))
    {
      GtkWidget *flag = gtk_widget_get_last_child (widget);

      g_assert_true (GTK_IS_IMAGE (flag));
      g_assert_true (gtk_widget_get_visible (flag));
      g_assert_cmpstr (gtk_widget_get_tooltip_text (flag), ==, FLAG_TOOLTIP);
      (*n)++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    count_flags (child, n);
}

/* The page has read the decision and drawn its rows again: no flag. */
static gboolean
no_flags (gpointer view)
{
  guint n = 0;

  count_flags (view, &n);
  return n == 0;
}

static gboolean
match_new_meeting (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)),
                    "win.new-meeting") == 0;
}

/* Tests */

/* Upcoming soonest first, past latest first; a kind filter narrows
 * both, and its count shows on the button; a filter that matches
 * nothing says so and offers to clear the filters. */
static void
test_spans_and_kind (Fixture       *fixture,
                     gconstpointer  data)
{
  CspMeetingsFilters *filters;
  GtkWidget *filter_button;
  AdwStatusPage *status;

  show_page (fixture);
  filters = csp_meetings_page_get_filters (fixture->page);
  filter_button = csp_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_MENU_BUTTON, NULL);

  assert_shown (fixture->page, "Monthly check-in|战略规划会|Quarterly EBR");
  csp_meetings_page_set_past (fixture->page, TRUE);
  assert_shown (fixture->page, "月度沟通会|Escalation review|Kickoff");

  csp_meetings_filters_set_kind (filters, CSP_MEETING_KICKOFF);
  assert_shown (fixture->page, "Kickoff");
  g_assert_nonnull (csp_test_find_widget (filter_button, GTK_TYPE_LABEL, "1 Filter"));
  csp_meetings_page_set_past (fixture->page, FALSE);
  assert_shown (fixture->page, "");

  status = empty_page (fixture);
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Matching Meetings");
  g_assert_cmpstr (adw_status_page_get_description (status), ==, "No meetings match the filters.");
  g_assert_true (button_shown (GTK_WIDGET (status), "C_lear Filters"));
  g_assert_false (button_shown (GTK_WIDGET (status), "_New Meeting…"));

  g_signal_emit_by_name (csp_test_find_widget (GTK_WIDGET (status), GTK_TYPE_BUTTON,
                                               "C_lear Filters"), "clicked");
  assert_shown (fixture->page, "Monthly check-in|战略规划会|Quarterly EBR");
  g_assert_nonnull (csp_test_find_widget (filter_button, GTK_TYPE_LABEL, "Filters"));
}

/* The search folds case, finds Chinese and account names, and an empty
 * result talks of the search, not of filters. */
static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  AdwStatusPage *status;

  GtkSearchBar *bar;

  show_page (fixture);
  bar = GTK_SEARCH_BAR (csp_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_BAR,
                                              NULL));

  /* Ctrl+F's action opens the search bar, and closes it again. */
  g_assert_false (gtk_search_bar_get_search_mode (bar));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "meetings.search", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (bar));

  search_for (fixture, "QUARTERLY", "Quarterly EBR");
  search_for (fixture, "战略", "战略规划会");
  search_for (fixture, "acme", "Monthly check-in|Quarterly EBR");
  csp_meetings_page_set_past (fixture->page, TRUE);
  assert_shown (fixture->page, "Kickoff");
  search_for (fixture, "rollout", "Kickoff");

  search_for (fixture, "no such meeting", "");
  status = empty_page (fixture);
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Matching Meetings");
  g_assert_cmpstr (adw_status_page_get_description (status), ==, "Try a different search.");
  g_assert_false (button_shown (GTK_WIDGET (status), "C_lear Filters"));

  csp_meetings_filters_set_status (csp_meetings_page_get_filters (fixture->page),
                                   CSP_MEETING_HELD);
  g_assert_cmpstr (adw_status_page_get_description (empty_page (fixture)), ==,
                   "Try a different search, or clear the filters.");

  search_for (fixture, "", "月度沟通会|Escalation review|Kickoff");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "meetings.search", NULL));
  g_assert_false (gtk_search_bar_get_search_mode (bar));
}

/* Only the held meeting without notes or decisions carries the flag. */
static void
test_unrecorded_flag (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *view;
  guint n = 0;

  show_page (fixture);
  view = csp_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW, NULL);
  count_flags (view, &n);
  g_assert_cmpuint (n, ==, 0);

  csp_meetings_page_set_past (fixture->page, TRUE);
  csp_test_wait_for_frame (GTK_WIDGET (fixture->window));
  count_flags (view, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_nonnull (csp_test_find_with_class (view, GTK_TYPE_WIDGET, "meeting-unrecorded"));
}

/* A row opens its meeting through win.open-meeting; New Meeting asks
 * win.new-meeting for the account the list is narrowed to, or 0. */
static void
test_window_actions (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *view;
  GtkWidget *new_button;
  g_autoptr(CspMeetingSummary) first = NULL;

  show_page (fixture);
  view = csp_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW, NULL);
  csp_meetings_page_set_past (fixture->page, TRUE);
  first = g_list_model_get_item (csp_meetings_page_get_model (fixture->page), 0);

  g_signal_emit_by_name (view, "activate", 0);
  g_assert_cmpint (fixture->opened, ==, fixture->unrecorded);
  g_assert_cmpint (fixture->opened, ==,
                   csp_record_get_id (CSP_RECORD (csp_meeting_summary_get_meeting (first))));

  /* The toolbar's, first in the page; the empty page has one too. */
  new_button = csp_test_find (GTK_WIDGET (fixture->page), match_new_meeting, NULL);
  g_assert_nonnull (new_button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (new_button), ==, "New Meeting…");
  g_assert_true (gtk_widget_is_sensitive (new_button));
  g_signal_emit_by_name (new_button, "clicked");
  g_assert_cmpint (fixture->new_for, ==, 0);

  /* As after "Show in Meetings" on the account page. */
  csp_meetings_page_show_account (fixture->page, fixture->acme, "Acme Robotics");
  g_assert_cmpint (csp_meetings_page_get_account_id (fixture->page), ==, fixture->acme);
  assert_shown (fixture->page, "Kickoff");
  g_assert_nonnull (csp_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL,
                                          "Showing “Acme Robotics” only"));
  g_signal_emit_by_name (new_button, "clicked");
  g_assert_cmpint (fixture->new_for, ==, fixture->acme);

  g_signal_emit_by_name (csp_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_BUTTON,
                                               "Show All"), "clicked");
  g_assert_cmpint (csp_meetings_page_get_account_id (fixture->page), ==, 0);
  assert_shown (fixture->page, "月度沟通会|Escalation review|Kickoff");
}

/* A meeting added, or a decision recorded, shows at once. */
static void
test_reloads_on_change (Fixture       *fixture,
                        gconstpointer  data)
{
  ShownWait wait = { NULL, "Monthly check-in|New one|战略规划会|Quarterly EBR" };
  g_autoptr(CspDecision) decision = csp_decision_new (0, "Ship it");
  GtkWidget *view;
  guint n = 0;

  show_page (fixture);
  wait.page = fixture->page;
  csp_test_add_meeting (fixture->store, fixture->acme, "New one", "2099-01-15T09:00:00Z",
                        CSP_MEETING_CHECK_IN, CSP_MEETING_PLANNED, NULL);
  csp_test_wait_until (titles_shown, &wait);

  /* A decision for the flagged meeting takes its flag away. */
  csp_meetings_page_set_past (fixture->page, TRUE);
  csp_decision_set_meeting_id (decision, fixture->unrecorded);
  g_assert_true (csp_store_add_decision (fixture->store, decision, NULL));
  /* "Loaded" holds before the reload starts too: wait for what it shows. */
  view = csp_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_COLUMN_VIEW, NULL);
  csp_test_wait_until (no_flags, view);
  csp_test_wait_until (page_loaded, fixture->page);
  csp_test_wait_for_frame (GTK_WIDGET (fixture->window));
  count_flags (view, &n);
  g_assert_cmpuint (n, ==, 0);
}

/* With no meetings at all, the page offers to plan one. */
static void
test_no_meetings (Fixture       *fixture,
                  gconstpointer  data)
{
  AdwStatusPage *status;

  g_clear_object (&fixture->store);
  csp_test_exec_sql (fixture->folder.db, "DELETE FROM meeting;");
  fixture->store = csp_test_open_store (fixture->folder.db);
  show_page (fixture);

  status = empty_page (fixture);
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Meetings Yet");
  g_assert_true (button_shown (GTK_WIDGET (status), "_New Meeting…"));
  g_assert_false (button_shown (GTK_WIDGET (status), "C_lear Filters"));
  csp_meetings_page_set_past (fixture->page, TRUE);
  g_assert_cmpstr (adw_status_page_get_title (empty_page (fixture)), ==, "No Meetings Yet");
}

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  csp_test_ui_init ();

  ADD_TEST ("/meetings-page/spans-and-kind", test_spans_and_kind);
  ADD_TEST ("/meetings-page/search", test_search);
  ADD_TEST ("/meetings-page/unrecorded-flag", test_unrecorded_flag);
  ADD_TEST ("/meetings-page/window-actions", test_window_actions);
  ADD_TEST ("/meetings-page/reloads-on-change", test_reloads_on_change);
  ADD_TEST ("/meetings-page/no-meetings", test_no_meetings);

  return g_test_run ();
}
