/* test-meeting-page.c: a meeting from creation to action item, under Xvfb
 *
 * Creates a meeting through win.new-meeting for an account, types notes
 * and closes the window at once (the notes must be in the database),
 * opens the meeting again, adds a decision, turns it into an action
 * item through the dialog (a bad due date first), and finds that action
 * in the store, linked both ways, and on the Plans page. Further tests:
 * removing an attendee and undoing it, the coverage warning, reordering
 * decisions and a time that cannot be saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "csp-account-page.h"
#include "csp-date-button.h"
#include "csp-decision-action-dialog.h"
#include "csp-meeting-page.h"
#include "csp-meetings-page.h"
#include "csp-new-meeting-dialog.h"
#include "csp-plans-page.h"
#include "csp-store-meetings.h"
#include "csp-store-records.h"
#include "csp-test-ui.h"
#include "csp-test-util.h"

#define TODAY "2026-06-30"
#define NOTES "Renewal risk discussed; 续约风险已讨论。"

typedef struct
{
  CspTestFolder  folder;
  CspStore      *store;
  gint64         account_id;  /* has an active plan and stakeholders */
  gint64         plan_id;
} Fixture;

/* Helpers */

static void
find_account_with_plan (Fixture *fixture)
{
  g_autoptr(GListModel) accounts = csp_store_list_accounts (fixture->store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(CspRecord) account = g_list_model_get_item (accounts, i);
      g_autoptr(GListModel) plans =
        csp_store_list_success_plans (fixture->store, csp_record_get_id (account), NULL);
      g_autoptr(GListModel) people =
        csp_store_list_stakeholders (fixture->store, csp_record_get_id (account), NULL);

      for (guint j = 0; j < g_list_model_get_n_items (plans); j++)
        {
          g_autoptr(CspSuccessPlan) plan = g_list_model_get_item (plans, j);

          if (csp_success_plan_get_status (plan) == CSP_PLAN_ACTIVE &&
              g_list_model_get_n_items (people) > 0)
            {
              fixture->account_id = csp_record_get_id (account);
              fixture->plan_id = csp_record_get_id (CSP_RECORD (plan));
              return;
            }
        }
    }
  g_assert_not_reached ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  csp_test_folder_set_up (&fixture->folder, data);
  fixture->store = csp_test_open_demo (fixture->folder.db, 12, 20, 5, TODAY);
  find_account_with_plan (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  csp_test_folder_tear_down (&fixture->folder, data);
}

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);
}

static CspMeetingPage *
meeting_page (CspWindow *window)
{
  return CSP_MEETING_PAGE (csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_MEETING_PAGE,
                                                 NULL));
}

static gboolean
meeting_page_shown (gpointer window)
{
  AdwLeaflet *leaflet = child (window, CSP_TYPE_WINDOW, "leaflet");

  return adw_leaflet_get_visible_child (leaflet) == GTK_WIDGET (meeting_page (window));
}

static gpointer
wait_for_toplevel (GType type)
{
  gpointer toplevel;

  csp_test_wait_until ((CspTestCondition) csp_test_no_pending_events, NULL);
  toplevel = csp_test_find_toplevel (type);
  g_assert_nonnull (toplevel);
  return toplevel;
}

static void
set_text (gpointer    editable,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

/* Creates a meeting with the fixture's account through the New Meeting
 * dialog; the window then shows it. */
static CspMeeting *
create_meeting (Fixture   *fixture,
                CspWindow *window,
                const char *title)
{
  CspNewMeetingDialog *dialog;
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Asia/Shanghai");
  CspMeeting *meeting;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-meeting", "x", fixture->account_id);
  dialog = wait_for_toplevel (CSP_TYPE_NEW_MEETING_DIALOG);
  csp_new_meeting_dialog_set_zone (dialog, zone);

  /* No title yet: the dialog says so and stays. */
  g_assert_false (csp_new_meeting_dialog_create (dialog));
  g_assert_true (gtk_widget_get_visible (child (dialog, CSP_TYPE_NEW_MEETING_DIALOG,
                                                "error_label")));
  set_text (child (dialog, CSP_TYPE_NEW_MEETING_DIALOG, "title_row"), title);
  set_text (child (dialog, CSP_TYPE_NEW_MEETING_DIALOG, "time_row"), "09:30");
  csp_date_button_set_date (child (dialog, CSP_TYPE_NEW_MEETING_DIALOG, "date_button"),
                            "2026-07-02");
  g_assert_true (csp_new_meeting_dialog_create (dialog));

  csp_test_wait_until (meeting_page_shown, window);
  meeting = csp_meeting_page_get_meeting (meeting_page (window));
  g_assert_nonnull (meeting);
  g_assert_cmpstr (csp_meeting_get_title (meeting), ==, title);
  /* 09:30 in Shanghai (UTC+8). */
  g_assert_cmpstr (csp_meeting_get_scheduled_at (meeting), ==, "2026-07-02T01:30:00Z");
  g_assert_cmpint (csp_meeting_get_account_id (meeting), ==, fixture->account_id);
  return meeting;
}

static void
type_into (GtkTextView *view,
           const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter end;

  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert_interactive (buffer, &end, text, -1, TRUE);
}

/* How many rows @owned (a list the caller hands over) has. */
static guint
n_rows (GListModel *owned)
{
  g_autoptr(GListModel) list = owned;

  return g_list_model_get_n_items (list);
}

static GtkWidget *
first_row (GtkListBox *list)
{
  return gtk_widget_get_first_child (GTK_WIDGET (list));
}

static gboolean
plans_loaded (gpointer page)
{
  return !csp_plans_page_get_loading (page);
}

static gboolean
plans_page_lists (CspPlansPage *page,
                  gint64        action_id)
{
  GListModel *model = csp_plans_page_get_model (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      /* The list has section headings between the actions. */
      if (CSP_IS_ACTION_SUMMARY (item) &&
          csp_record_get_id (CSP_RECORD (csp_action_summary_get_action (
            CSP_ACTION_SUMMARY (item)))) == action_id)
        return TRUE;
    }
  return FALSE;
}

/* Tests */

static void
test_meeting_to_action (Fixture       *fixture,
                        gconstpointer  data)
{
  CspWindow *window = csp_test_show_window (fixture->store);
  CspMeetingPage *page;
  CspDecisionActionDialog *dialog;
  g_autoptr(CspMeeting) stored = NULL;
  g_autoptr(CspDecision) decision = NULL;
  g_autoptr(CspActionItem) action = NULL;
  g_autoptr(GListModel) decisions = NULL;
  CspPlansPage *plans;
  GtkWidget *row;
  gint64 meeting_id, decision_id;

  meeting_id = csp_record_get_id (CSP_RECORD (create_meeting (fixture, window, "Strategy 2027")));

  /* Notes typed, then the window closed at once: nothing is lost. */
  type_into (child (meeting_page (window), CSP_TYPE_MEETING_PAGE, "notes_view"), NOTES);
  csp_test_close_window (GTK_WINDOW (window));
  stored = csp_store_get_meeting (fixture->store, meeting_id, NULL);
  g_assert_cmpstr (csp_meeting_get_notes (stored), ==, NOTES);

  /* Open again: the notes show; add a decision. */
  window = csp_test_show_window (fixture->store);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-meeting", "x", meeting_id);
  csp_test_wait_until (meeting_page_shown, window);
  page = meeting_page (window);
  g_assert_nonnull (csp_test_find_widget (GTK_WIDGET (page), ADW_TYPE_WINDOW_TITLE, NULL));
  {
    GtkTextBuffer *buffer =
      gtk_text_view_get_buffer (child (page, CSP_TYPE_MEETING_PAGE, "notes_view"));
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, NOTES);
  }
  set_text (child (page, CSP_TYPE_MEETING_PAGE, "new_decision_row"), "Roll out SSO to all regions");
  g_signal_emit_by_name (child (page, CSP_TYPE_MEETING_PAGE, "new_decision_row"), "apply");
  decisions = csp_store_list_decisions (fixture->store, meeting_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (decisions), ==, 1);
  decision = g_list_model_get_item (decisions, 0);
  row = first_row (child (page, CSP_TYPE_MEETING_PAGE, "decisions_list"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Roll out SSO to all regions");

  /* Into an action item: a due date that does not exist is refused. */
  gtk_widget_activate_action (GTK_WIDGET (page), "meeting.decision-to-action", "x",
                              csp_record_get_id (CSP_RECORD (decision)));
  dialog = wait_for_toplevel (CSP_TYPE_DECISION_ACTION_DIALOG);
  set_text (child (dialog, CSP_TYPE_DECISION_ACTION_DIALOG, "owner_row"), "Ana Ruiz");
  set_text (child (dialog, CSP_TYPE_DECISION_ACTION_DIALOG, "due_row"), "2026-02-30");
  g_assert_false (csp_decision_action_dialog_create (dialog));
  g_assert_true (gtk_widget_has_css_class (child (dialog, CSP_TYPE_DECISION_ACTION_DIALOG,
                                                  "due_row"), "error"));
  /* Enter in a field creates it, as Create does. */
  set_text (child (dialog, CSP_TYPE_DECISION_ACTION_DIALOG, "due_row"), "2026-08-15");
  g_signal_emit_by_name (gtk_editable_get_delegate (
                           child (dialog, CSP_TYPE_DECISION_ACTION_DIALOG, "due_row")),
                         "activate");

  /* Linked both ways in the store. */
  decision_id = csp_record_get_id (CSP_RECORD (decision));
  g_clear_object (&decision);
  decision = csp_store_get_decision (fixture->store, decision_id, NULL);
  g_assert_cmpint (csp_decision_get_action_id (decision), !=, 0);
  action = csp_store_get_action_item (fixture->store, csp_decision_get_action_id (decision), NULL);
  g_assert_cmpint (csp_action_item_get_meeting_id (action), ==, meeting_id);
  g_assert_cmpint (csp_action_item_get_plan_id (action), ==, fixture->plan_id);
  g_assert_cmpstr (csp_action_item_get_title (action), ==, "Roll out SSO to all regions");
  g_assert_cmpstr (csp_action_item_get_owner_name (action), ==, "Ana Ruiz");
  g_assert_cmpstr (csp_action_item_get_due_on (action), ==, "2026-08-15");

  /* The decision shows its action's status, and follows it. */
  row = first_row (child (page, CSP_TYPE_MEETING_PAGE, "decisions_list"));
  g_assert_nonnull (csp_test_find_widget (row, GTK_TYPE_LABEL, "Action: Open"));
  csp_action_item_mark_done (action, TODAY);
  g_assert_true (csp_store_update_action_item (fixture->store, action, NULL));
  g_assert_nonnull (csp_test_find_widget (row, GTK_TYPE_LABEL, "Action: Done"));
  csp_action_item_reopen (action, CSP_ACTION_OPEN);
  g_assert_true (csp_store_update_action_item (fixture->store, action, NULL));

  /* And it is on the Plans page. */
  plans = CSP_PLANS_PAGE (csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_PLANS_PAGE, NULL));
  csp_plans_page_reload (plans);
  csp_test_wait_until (plans_loaded, plans);
  g_assert_true (plans_page_lists (plans, csp_record_get_id (CSP_RECORD (action))));

  csp_test_close_window (GTK_WINDOW (window));
}

/* Without an account, the dialog asks for one. */
static void
test_new_meeting_any_account (Fixture       *fixture,
                              gconstpointer  data)
{
  CspWindow *window = csp_test_show_window (fixture->store);
  CspNewMeetingDialog *dialog;
  GtkDropDown *accounts;
  g_autoptr(CspAccount) account = NULL;
  CspMeeting *meeting;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-meeting", "x", (gint64) 0);
  dialog = wait_for_toplevel (CSP_TYPE_NEW_MEETING_DIALOG);
  accounts = child (dialog, CSP_TYPE_NEW_MEETING_DIALOG, "account_dropdown");
  g_assert_true (gtk_widget_get_visible (child (dialog, CSP_TYPE_NEW_MEETING_DIALOG,
                                                "account_row")));
  set_text (child (dialog, CSP_TYPE_NEW_MEETING_DIALOG, "title_row"), "Kickoff");
  g_assert_false (csp_new_meeting_dialog_create (dialog));
  g_assert_nonnull (strstr (gtk_label_get_text (child (dialog, CSP_TYPE_NEW_MEETING_DIALOG,
                                                       "error_label")), "Account"));

  gtk_drop_down_set_selected (accounts, 2);
  account = g_list_model_get_item (gtk_drop_down_get_model (accounts), 2);
  g_assert_true (csp_new_meeting_dialog_create (dialog));
  csp_test_wait_until (meeting_page_shown, window);
  meeting = csp_meeting_page_get_meeting (meeting_page (window));
  g_assert_cmpint (csp_meeting_get_account_id (meeting), ==,
                   csp_record_get_id (CSP_RECORD (account)));

  csp_test_close_window (GTK_WINDOW (window));
}

static gboolean
account_page_read (gpointer page)
{
  return !csp_account_page_get_loading (page) && csp_account_page_get_account (page) != NULL;
}

static gboolean
opens_meeting (GtkWidget     *widget,
               gconstpointer  data)
{
  GVariant *target;

  if (!GTK_IS_LIST_BOX_ROW (widget) ||
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.open-meeting") != 0)
    return FALSE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  return g_variant_get_int64 (target) == *(const gint64 *) data;
}

/* The account page's meeting rows open the meeting; its New Meeting…
 * button starts one with that account, and back returns there. */
static void
test_from_account_page (Fixture       *fixture,
                        gconstpointer  data)
{
  CspWindow *window = csp_test_show_window (fixture->store);
  CspAccountPage *account_page =
    CSP_ACCOUNT_PAGE (csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNT_PAGE, NULL));
  AdwLeaflet *leaflet = child (window, CSP_TYPE_WINDOW, "leaflet");
  g_autoptr(CspMeeting) meeting =
    csp_meeting_new (fixture->account_id, "Roadmap review", "2026-07-02T00:01:00Z");
  gint64 meeting_id;
  GtkWidget *row;

  g_assert_true (csp_store_add_meeting (fixture->store, meeting, NULL));
  meeting_id = csp_record_get_id (CSP_RECORD (meeting));
  /* The page lists the soonest upcoming meetings: this one. */
  csp_account_page_set_today (account_page, "2026-07-02");
  csp_account_page_show_account (account_page, fixture->account_id);
  adw_leaflet_set_visible_child (leaflet, GTK_WIDGET (account_page));
  csp_test_wait_until (account_page_read, account_page);

  row = csp_test_find (GTK_WIDGET (account_page), opens_meeting, &meeting_id);
  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_signal_emit_by_name (row, "activate");
  csp_test_wait_until (meeting_page_shown, window);
  g_assert_cmpint (csp_record_get_id (CSP_RECORD (csp_meeting_page_get_meeting (
                     meeting_page (window)))), ==, meeting_id);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == GTK_WIDGET (account_page));

  gtk_widget_activate_action (GTK_WIDGET (account_page), "account.new-meeting", NULL);
  g_assert_false (gtk_widget_get_visible (
    child (wait_for_toplevel (CSP_TYPE_NEW_MEETING_DIALOG), CSP_TYPE_NEW_MEETING_DIALOG,
           "account_row")));
  gtk_window_destroy (csp_test_find_toplevel (CSP_TYPE_NEW_MEETING_DIALOG));

  csp_test_close_window (GTK_WINDOW (window));
}

static gboolean
has_items (gpointer model)
{
  return g_list_model_get_n_items (model) > 0;
}

/* A row of the Meetings tab opens its meeting. */
static void
test_from_meetings_tab (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(CspMeeting) meeting =
    csp_meeting_new (fixture->account_id, "Far ahead", "2040-01-10T08:00:00Z");
  CspWindow *window = NULL;
  GtkWidget *meetings;
  GListModel *model;
  gint64 meeting_id;

  g_assert_true (csp_store_add_meeting (fixture->store, meeting, NULL));
  meeting_id = csp_record_get_id (CSP_RECORD (meeting));
  window = csp_test_show_window (fixture->store);
  meetings = csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_MEETINGS_PAGE, NULL);
  model = csp_meetings_page_get_model (CSP_MEETINGS_PAGE (meetings));
  /* The tab reads its rows when first shown. */
  adw_view_stack_set_visible_child_name (child (window, CSP_TYPE_WINDOW, "view_stack"),
                                         "meetings");
  csp_test_wait_until (has_items, model);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CspMeetingSummary) summary = g_list_model_get_item (model, i);

      if (csp_record_get_id (CSP_RECORD (csp_meeting_summary_get_meeting (summary))) != meeting_id)
        continue;
      g_signal_emit_by_name (child (meetings, CSP_TYPE_MEETINGS_PAGE, "column_view"),
                             "activate", i);
      break;
    }
  csp_test_wait_until (meeting_page_shown, window);
  g_assert_cmpstr (csp_meeting_get_title (csp_meeting_page_get_meeting (meeting_page (window))),
                   ==, "Far ahead");

  csp_test_close_window (GTK_WINDOW (window));
}

/* Back (Alt+Left's action) returns where the meeting was opened from. */
static void
test_back (Fixture       *fixture,
           gconstpointer  data)
{
  CspWindow *window = csp_test_show_window (fixture->store);
  AdwLeaflet *leaflet = child (window, CSP_TYPE_WINDOW, "leaflet");
  GtkWidget *views = child (window, CSP_TYPE_WINDOW, "views_box");

  create_meeting (fixture, window, "Kickoff");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == views);

  csp_test_close_window (GTK_WINDOW (window));
}

static void
test_attendees (Fixture       *fixture,
                gconstpointer  data)
{
  CspWindow *window = csp_test_show_window (fixture->store);
  CspMeetingPage *page;
  CspMeeting *meeting = create_meeting (fixture, window, "EBR");
  gint64 meeting_id = csp_record_get_id (CSP_RECORD (meeting));
  GtkListBox *choices, *attendees;
  GtkRevealer *warning;
  g_autoptr(GListModel) stored = NULL;
  gint64 attendee_id;

  page = meeting_page (window);
  choices = child (page, CSP_TYPE_MEETING_PAGE, "stakeholder_choices");
  attendees = child (page, CSP_TYPE_MEETING_PAGE, "attendees_list");
  warning = child (page, CSP_TYPE_MEETING_PAGE, "coverage_revealer");

  /* An EBR with nobody: no customer executive, says the page. */
  adw_combo_row_set_selected (child (page, CSP_TYPE_MEETING_PAGE, "kind_row"), CSP_MEETING_EBR);
  g_assert_true (gtk_revealer_get_reveal_child (warning));
  /* A check-in is not checked. */
  adw_combo_row_set_selected (child (page, CSP_TYPE_MEETING_PAGE, "kind_row"),
                              CSP_MEETING_CHECK_IN);
  g_assert_false (gtk_revealer_get_reveal_child (warning));

  /* Pick the first stakeholder offered (executives come first). */
  g_signal_emit_by_name (choices, "row-activated", first_row (choices));
  g_assert_cmpuint (n_rows (csp_store_list_attendees (fixture->store, meeting_id, NULL)), ==, 1);

  /* One of ours by name. */
  set_text (child (page, CSP_TYPE_MEETING_PAGE, "our_name_entry"), "Sam Lee");
  gtk_drop_down_set_selected (child (page, CSP_TYPE_MEETING_PAGE, "our_role_dropdown"),
                              CSP_COUNTERPART_EXECUTIVE_SPONSOR);
  g_signal_emit_by_name (child (page, CSP_TYPE_MEETING_PAGE, "our_name_entry"), "activate");
  g_assert_nonnull (csp_test_find_widget (GTK_WIDGET (attendees), ADW_TYPE_ACTION_ROW, "Sam Lee"));

  /* Removed, then back through the toast's undo. */
  stored = csp_store_list_attendees (fixture->store, meeting_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 2);
  {
    g_autoptr(CspRecord) ours = g_list_model_get_item (stored, 1);

    attendee_id = csp_record_get_id (ours);
  }
  g_clear_object (&stored);
  gtk_widget_activate_action (GTK_WIDGET (page), "meeting.remove-attendee", "x", attendee_id);
  g_assert_null (csp_test_find_widget (GTK_WIDGET (attendees), ADW_TYPE_ACTION_ROW, "Sam Lee"));
  gtk_widget_activate_action (GTK_WIDGET (page), "meeting.undo-remove", NULL);
  g_assert_nonnull (csp_test_find_widget (GTK_WIDGET (attendees), ADW_TYPE_ACTION_ROW, "Sam Lee"));
  g_assert_cmpuint (n_rows (csp_store_list_attendees (fixture->store, meeting_id, NULL)), ==, 2);

  csp_test_close_window (GTK_WINDOW (window));
}

/* Alt+Down's action moves a decision; delete offers undo. */
static void
test_decisions (Fixture       *fixture,
                gconstpointer  data)
{
  CspWindow *window = csp_test_show_window (fixture->store);
  CspMeeting *meeting = create_meeting (fixture, window, "Check-in");
  gint64 meeting_id = csp_record_get_id (CSP_RECORD (meeting));
  CspMeetingPage *page = meeting_page (window);
  GtkWidget *entry = child (page, CSP_TYPE_MEETING_PAGE, "new_decision_row");
  GtkListBox *list = child (page, CSP_TYPE_MEETING_PAGE, "decisions_list");
  g_autoptr(GListModel) decisions = NULL;
  g_autoptr(CspDecision) first = NULL;

  set_text (entry, "First");
  g_signal_emit_by_name (entry, "apply");
  set_text (entry, "Second");
  g_signal_emit_by_name (entry, "apply");
  decisions = csp_store_list_decisions (fixture->store, meeting_id, NULL);
  first = g_list_model_get_item (decisions, 0);

  gtk_widget_activate_action (GTK_WIDGET (page), "meeting.decision-down", "x",
                              csp_record_get_id (CSP_RECORD (first)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (first_row (list))), ==, "Second");

  gtk_widget_activate_action (GTK_WIDGET (page), "meeting.delete-decision", "x",
                              csp_record_get_id (CSP_RECORD (first)));
  g_assert_cmpuint (n_rows (csp_store_list_decisions (fixture->store, meeting_id, NULL)), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (page), "meeting.undo-remove", NULL);
  g_assert_cmpuint (n_rows (csp_store_list_decisions (fixture->store, meeting_id, NULL)), ==, 2);

  csp_test_close_window (GTK_WINDOW (window));
}

typedef struct
{
  CspStore *store;
  gint64    meeting_id;
} AgendaWait;

static gboolean
agenda_stored (gpointer data)
{
  AgendaWait *wait = data;
  g_autoptr(CspMeeting) stored = csp_store_get_meeting (wait->store, wait->meeting_id, NULL);

  return g_strcmp0 (csp_meeting_get_agenda (stored), "1. Renewal") == 0;
}

/* Typing is saved once it pauses, with nothing else done. */
static void
test_agenda_saved_while_typing (Fixture       *fixture,
                                gconstpointer  data)
{
  CspWindow *window = csp_test_show_window (fixture->store);
  CspMeeting *meeting = create_meeting (fixture, window, "QBR");
  AgendaWait wait = { fixture->store, csp_record_get_id (CSP_RECORD (meeting)) };

  type_into (child (meeting_page (window), CSP_TYPE_MEETING_PAGE, "agenda_view"), "1. Renewal");
  g_assert_false (agenda_stored (&wait));
  csp_test_wait_until (agenda_stored, &wait);

  csp_test_close_window (GTK_WINDOW (window));
}

/* A time that is no time is marked and kept as typed; the stored time
 * stays until a valid one is typed. */
static void
test_invalid_time (Fixture       *fixture,
                   gconstpointer  data)
{
  CspWindow *window = csp_test_show_window (fixture->store);
  CspMeeting *meeting = create_meeting (fixture, window, "Escalation");
  g_autofree char *before = g_strdup (csp_meeting_get_scheduled_at (meeting));
  gint64 meeting_id = csp_record_get_id (CSP_RECORD (meeting));
  CspMeetingPage *page = meeting_page (window);
  GtkWidget *time_row = child (page, CSP_TYPE_MEETING_PAGE, "time_row");
  GtkLabel *error = child (page, CSP_TYPE_MEETING_PAGE, "details_error");
  g_autoptr(CspMeeting) stored = NULL;

  set_text (time_row, "25:00");
  g_assert_true (gtk_widget_has_css_class (time_row, "error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error)));
  g_assert_nonnull (strstr (gtk_label_get_text (error), "25:00"));
  csp_meeting_page_save (page);
  stored = csp_store_get_meeting (fixture->store, meeting_id, NULL);
  g_assert_cmpstr (csp_meeting_get_scheduled_at (stored), ==, before);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (time_row)), ==, "25:00");

  /* The window's own zone is UTC here (the test environment's TZ). */
  set_text (time_row, "14:05");
  g_assert_false (gtk_widget_has_css_class (time_row, "error"));
  csp_meeting_page_save (page);
  g_clear_object (&stored);
  stored = csp_store_get_meeting (fixture->store, meeting_id, NULL);
  g_assert_cmpstr (csp_meeting_get_scheduled_at (stored), ==, "2026-07-02T14:05:00Z");

  csp_test_close_window (GTK_WINDOW (window));
}

static guint
count (GListModel *model)
{
  guint n = model ? g_list_model_get_n_items (model) : 0;

  g_clear_object (&model);
  return n;
}

/* A meeting of the demo with decisions that made actions. */
static gint64
meeting_with_actions (Fixture *fixture)
{
  g_autoptr(GListModel) accounts = csp_store_list_accounts (fixture->store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(CspRecord) account = g_list_model_get_item (accounts, i);
      g_autoptr(GListModel) meetings =
        csp_store_list_meetings (fixture->store, csp_record_get_id (account), NULL);

      for (guint j = 0; j < g_list_model_get_n_items (meetings); j++)
        {
          g_autoptr(CspRecord) meeting = g_list_model_get_item (meetings, j);
          gint64 id = csp_record_get_id (meeting);

          if (count (csp_store_list_meeting_actions (fixture->store, id, NULL)) > 0 &&
              count (csp_store_list_attendees (fixture->store, id, NULL)) > 0)
            return id;
        }
    }
  g_assert_not_reached ();
}

/* Deleting a meeting takes its attendees and decisions and unlinks its
 * actions; Undo in the window's toast brings all of it back. */
static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 id = meeting_with_actions (fixture);
  guint n_attendees = count (csp_store_list_attendees (fixture->store, id, NULL));
  guint n_decisions = count (csp_store_list_decisions (fixture->store, id, NULL));
  guint n_actions = count (csp_store_list_meeting_actions (fixture->store, id, NULL));
  CspWindow *window = csp_test_show_window (fixture->store);
  g_autoptr(CspMeeting) gone = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *undo;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-meeting", "x", id));
  g_assert_true (meeting_page_shown (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (meeting_page (window)),
                                             "meeting.delete", NULL));
  gone = csp_store_get_meeting (fixture->store, id, &error);
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (count (csp_store_list_meeting_actions (fixture->store, id, NULL)), ==, 0);
  g_assert_false (meeting_page_shown (window));

  undo = csp_test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  g_assert_cmpuint (count (csp_store_list_attendees (fixture->store, id, NULL)), ==, n_attendees);
  g_assert_cmpuint (count (csp_store_list_decisions (fixture->store, id, NULL)), ==, n_decisions);
  g_assert_cmpuint (count (csp_store_list_meeting_actions (fixture->store, id, NULL)), ==,
                    n_actions);
  g_assert_true (meeting_page_shown (window));

  csp_test_close_window (GTK_WINDOW (window));
}

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  csp_test_ui_init ();

  ADD_TEST ("/meeting-page/to-action", test_meeting_to_action);
  ADD_TEST ("/meeting-page/back", test_back);
  ADD_TEST ("/meeting-page/from-account-page", test_from_account_page);
  ADD_TEST ("/meeting-page/from-meetings-tab", test_from_meetings_tab);
  ADD_TEST ("/meeting-page/new-any-account", test_new_meeting_any_account);
  ADD_TEST ("/meeting-page/attendees", test_attendees);
  ADD_TEST ("/meeting-page/decisions", test_decisions);
  ADD_TEST ("/meeting-page/invalid-time", test_invalid_time);
  ADD_TEST ("/meeting-page/agenda-saved-while-typing", test_agenda_saved_while_typing);
  ADD_TEST ("/meeting-page/delete-and-undo", test_delete_and_undo);

  return g_test_run ();
}
