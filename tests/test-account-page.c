/* test-account-page.c: the account page on a demo portfolio, under Xvfb
 *
 * The page reads an account in a worker; the tests wait for it, look
 * for what the widgets show, write through the page's own code path
 * (the one its forms call) and check what it shows after reading again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "csp-account-page.h"
#include "csp-accounts-page.h"
#include "csp-demo.h"
#include "csp-export-dialog.h"
#include "csp-stakeholder-contact.h"
#include "csp-store-records.h"
#include "csp-test-ui.h"
#include "csp-test-util.h"
#include "csp-timeline-entry.h"
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
  fixture->store = csp_test_open_demo (fixture->folder.db, 40, 60, 11, TODAY);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  csp_test_folder_tear_down (&fixture->folder, data);
}

typedef struct
{
  CspAccountPage     *page;
  CspAccountOverview *before; /* the overview that must be replaced */
} PageWait;

static gboolean
page_read (gpointer data)
{
  PageWait *wait = data;
  CspAccountOverview *overview = csp_account_page_get_overview (wait->page);

  return !csp_account_page_get_loading (wait->page) && overview != NULL &&
         overview != wait->before;
}

/* Waits for the page to show a fresh read of its account. */
static CspAccountOverview *
wait_for_read (CspAccountPage     *page,
               CspAccountOverview *before)
{
  PageWait wait = { page, before };

  csp_test_wait_until (page_read, &wait);
  csp_test_wait_for_frame (GTK_WIDGET (page));
  return csp_account_page_get_overview (page);
}

/* The demo account with the most stakeholders. */
static gint64
account_with_stakeholders (CspStore *store)
{
  g_autoptr(GListModel) accounts = csp_store_list_accounts (store, NULL);
  gint64 best = 0;
  guint most = 0;

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(CspRecord) account = g_list_model_get_item (accounts, i);
      gint64 id = csp_record_get_id (account);
      g_autoptr(GListModel) people = csp_store_list_stakeholders (store, id, NULL);

      if (g_list_model_get_n_items (people) > most)
        {
          most = g_list_model_get_n_items (people);
          best = id;
        }
    }

  g_assert_cmpuint (most, >, 0);
  return best;
}

static void
assert_stakeholders_shown (GtkWidget *root,
                           CspStore  *store,
                           gint64     account_id)
{
  g_autoptr(GListModel) people = csp_store_list_stakeholders (store, account_id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CspStakeholder) person = g_list_model_get_item (people, i);

      g_assert_nonnull (csp_test_find_widget (root, GTK_TYPE_LABEL,
                                              csp_stakeholder_get_name (person)));
    }
}

static GtkWidget *
fact_value (GtkWidget  *root,
            const char *caption)
{
  GtkWidget *label = csp_test_find_widget (root, GTK_TYPE_LABEL, caption);

  g_assert_nonnull (label);
  return gtk_widget_get_next_sibling (label);
}

/* Tests */

static CspAccountPage *
show_page (CspStore   *store,
           gint64      account_id,
           GtkWindow **out_window)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  CspAccountPage *page = g_object_new (CSP_TYPE_ACCOUNT_PAGE, "store", store, NULL);

  csp_account_page_set_today (page, TODAY);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (page));
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_present (GTK_WINDOW (window));
  csp_account_page_show_account (page, account_id);
  wait_for_read (page, NULL);

  *out_window = g_object_ref (GTK_WINDOW (window));
  return page;
}

/* The page lists the account's stakeholders by name; raising a risk
 * and resolving it (as the forms do) changes the open-risk count and
 * adds to the timeline. */
static void
test_page_risks (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 id = account_with_stakeholders (fixture->store);
  GtkWindow *window;
  CspAccountPage *page = show_page (fixture->store, id, &window);
  CspAccountOverview *overview = csp_account_page_get_overview (page);
  guint open_before = csp_account_overview_count_open_risks (overview);
  guint timeline_before = g_list_model_get_n_items (
    csp_account_overview_get_list (overview, CSP_OVERVIEW_TIMELINE));
  g_autofree char *open_text = NULL;
  g_autoptr(CspRisk) risk = csp_risk_new (id, CSP_RISK_CHAMPION_LEFT, TODAY);
  g_autoptr(CspRecord) resolved = NULL;
  g_autoptr(GError) error = NULL;

  assert_stakeholders_shown (GTK_WIDGET (page), fixture->store, id);
  open_text = g_strdup_printf ("%u", open_before);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (fact_value (GTK_WIDGET (page), "Open risks"))),
                   ==, open_text);

  csp_risk_set_severity (risk, CSP_PRIORITY_CRITICAL);
  g_assert_true (csp_account_page_save (page, CSP_RECORD (risk), &error));
  g_assert_no_error (error);
  overview = wait_for_read (page, overview);
  g_assert_cmpuint (csp_account_overview_count_open_risks (overview), ==, open_before + 1);
  g_free (open_text);
  open_text = g_strdup_printf ("%u", open_before + 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (fact_value (GTK_WIDGET (page), "Open risks"))),
                   ==, open_text);
  g_assert_nonnull (csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL,
                                          "Risk raised: Champion left"));
  g_assert_cmpuint (g_list_model_get_n_items (
    csp_account_overview_get_list (overview, CSP_OVERVIEW_TIMELINE)), ==, timeline_before + 1);

  resolved = csp_record_copy (CSP_RECORD (risk));
  csp_risk_set_resolved_on (CSP_RISK (resolved), TODAY);
  g_assert_true (csp_account_page_save (page, resolved, &error));
  overview = wait_for_read (page, overview);
  g_assert_cmpuint (csp_account_overview_count_open_risks (overview), ==, open_before);
  g_assert_cmpuint (g_list_model_get_n_items (
    csp_account_overview_get_list (overview, CSP_OVERVIEW_TIMELINE)), ==, timeline_before + 2);
  g_assert_nonnull (csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL,
                                          "Risk resolved: Champion left"));

  /* Delete, then undo: the risk comes back with its id. */
  g_assert_true (csp_account_page_delete (page, CSP_TYPE_RISK,
                                          csp_record_get_id (CSP_RECORD (risk)), &error));
  overview = wait_for_read (page, overview);
  g_assert_cmpuint (g_list_model_get_n_items (
    csp_account_overview_get_list (overview, CSP_OVERVIEW_TIMELINE)), ==, timeline_before);
  g_assert_null (csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL,
                                       "Risk raised: Champion left"));
  g_assert_true (csp_account_page_undo_delete (page, &error));
  g_assert_no_error (error);
  overview = wait_for_read (page, overview);
  g_assert_cmpuint (g_list_model_get_n_items (
    csp_account_overview_get_list (overview, CSP_OVERVIEW_TIMELINE)), ==, timeline_before + 2);
  g_clear_object (&resolved);
  resolved = csp_store_get (fixture->store, CSP_TYPE_RISK, csp_record_get_id (CSP_RECORD (risk)),
                            &error);
  g_assert_no_error (error);
  g_assert_cmpstr (csp_risk_get_resolved_on (CSP_RISK (resolved)), ==, TODAY);

  csp_test_close_window (window);
}

/* The window selector changes how many points the chart draws. */
static void
test_page_chart_window (Fixture       *fixture,
                        gconstpointer  data)
{
  gint64 id = account_with_stakeholders (fixture->store);
  GtkWindow *window;
  CspAccountPage *page = show_page (fixture->store, id, &window);
  CspHealthChart *chart = csp_account_page_get_chart (page);
  guint n_all, n_three;

  csp_account_page_set_chart_window (page, CSP_TREND_ALL);
  n_all = csp_health_chart_get_n_points (chart);
  csp_account_page_set_chart_window (page, CSP_TREND_3_MONTHS);
  n_three = csp_health_chart_get_n_points (chart);
  g_assert_cmpuint (csp_health_chart_get_window (chart), ==, CSP_TREND_3_MONTHS);
  g_assert_cmpuint (n_all, >=, 50);
  g_assert_cmpuint (n_three, >, 0);
  g_assert_cmpuint (n_three, <, n_all);

  /* Keyboard: End picks the latest point, Left the one before. */
  csp_health_chart_select (chart, (int) n_three - 1);
  g_assert_cmpint (csp_health_chart_get_selected (chart), ==, (int) n_three - 1);
  csp_health_chart_select (chart, -1);
  csp_test_wait_for_frame (GTK_WIDGET (page));

  csp_test_close_window (window);
}

static AdwMessageDialog *
find_dialog (void)
{
  return csp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

static GtkEditable *
dialog_entry (AdwMessageDialog *dialog,
              const char       *title)
{
  GtkWidget *list = csp_test_find_widget (adw_message_dialog_get_extra_child (dialog),
                                          GTK_TYPE_LIST_BOX, NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ENTRY_ROW (row) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
      return GTK_EDITABLE (row);

  g_assert_not_reached ();
}

static gboolean
no_dialog (gpointer data)
{
  return find_dialog () == NULL;
}

/* A chart point activated opens its snapshot for editing: another
 * snapshot's date is refused with the reason, a new score is saved and
 * the page shows it, with the account at risk. */
static void
test_page_edit_snapshot (Fixture       *fixture,
                         gconstpointer  data)
{
  gint64 id = account_with_stakeholders (fixture->store);
  GtkWindow *window;
  CspAccountPage *page = show_page (fixture->store, id, &window);
  CspHealthChart *chart = csp_account_page_get_chart (page);
  CspAccountOverview *overview = csp_account_page_get_overview (page);
  int last = (int) csp_health_chart_get_n_points (chart) - 1;
  g_autofree char *date = g_strdup (csp_health_chart_get_point_date (chart, last));
  const char *earlier = csp_health_chart_get_point_date (chart, last - 1);
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(CspHealthSnapshot) latest = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *message;
  guint n_snapshots = g_list_model_get_n_items (
    csp_account_overview_get_list (overview, CSP_OVERVIEW_SNAPSHOTS));

  g_signal_emit_by_name (chart, "point-activated", last);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (dialog_entry (dialog, "Date (YYYY-MM-DD)")), ==, date);

  gtk_editable_set_text (dialog_entry (dialog, "Date (YYYY-MM-DD)"), earlier);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  /* The form's message is the last child of its box. */
  message = gtk_widget_get_last_child (adw_message_dialog_get_extra_child (dialog));
  g_assert_true (GTK_IS_LABEL (message));
  g_assert_true (gtk_widget_has_css_class (message, "error"));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "already a snapshot"));

  gtk_editable_set_text (dialog_entry (dialog, "Date (YYYY-MM-DD)"), date);
  gtk_editable_set_text (dialog_entry (dialog, "Score (optional)"), "101");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  gtk_editable_set_text (dialog_entry (dialog, "Score (optional)"), "12");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  /* As a click on Save does: the response, then the dialog closes. */
  g_signal_emit_by_name (csp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Save"),
                         "clicked");
  csp_test_wait_until (no_dialog, NULL);

  overview = wait_for_read (page, overview);
  stored = csp_store_list_health_snapshots (fixture->store, id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, n_snapshots);
  latest = g_list_model_get_item (stored, n_snapshots - 1);
  g_assert_cmpstr (csp_health_snapshot_get_taken_on (latest), ==, date);
  g_assert_cmpint (csp_health_snapshot_get_score (latest), ==, 12);
  g_assert_nonnull (csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL, "12"));
  g_assert_nonnull (csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL, "At risk"));

  csp_test_close_window (window);
}

static gboolean
accounts_loaded (gpointer page)
{
  return !csp_accounts_page_get_loading (page) &&
         g_list_model_get_n_items (csp_accounts_page_get_model (page)) > 0;
}

static gboolean
account_page_shown (gpointer window)
{
  GtkWidget *leaflet = csp_test_find_widget (window, ADW_TYPE_LEAFLET, NULL);

  return CSP_IS_ACCOUNT_PAGE (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)));
}

static gboolean
views_shown (gpointer window)
{
  return !account_page_shown (window);
}

/* "Export EBR…" on the account page offers the account on show as
 * "This account". */
static void
assert_exports_account (CspWindow *window,
                        gint64     id)
{
  g_autoptr(CspAccount) offered = NULL;
  CspExportDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-report", NULL));
  dialog = csp_test_find_toplevel (CSP_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_object_get (dialog, "account", &offered, NULL);
  g_assert_nonnull (offered);
  g_assert_cmpint (csp_record_get_id (CSP_RECORD (offered)), ==, id);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Activating a row of the Accounts table (Enter or a double click: the
 * column view's "activate") opens that account's page, which lists its
 * stakeholders; going back shows the table as it was left. */
static void
test_window_navigation (Fixture       *fixture,
                        gconstpointer  data)
{
  CspWindow *window = g_object_ref (g_object_new (CSP_TYPE_WINDOW, "store", fixture->store,
                                                  "default-width", 1000,
                                                  "default-height", 500, NULL));
  CspAccountsPage *accounts;
  CspAccountPage *page;
  GtkWidget *view;
  GtkAdjustment *adjustment;
  GtkSelectionModel *selection;
  g_autoptr(CspAccountSummary) row = NULL;
  g_autoptr(CspRisk) risk = NULL;
  gint64 id = account_with_stakeholders (fixture->store);
  guint position = G_MAXUINT;
  double scrolled;

  gtk_window_present (GTK_WINDOW (window));
  accounts = CSP_ACCOUNTS_PAGE (csp_test_find_widget (GTK_WIDGET (window),
                                                      CSP_TYPE_ACCOUNTS_PAGE, NULL));
  csp_test_wait_until (accounts_loaded, accounts);
  csp_test_wait_for_frame (GTK_WIDGET (window));
  for (guint i = 0; i < g_list_model_get_n_items (csp_accounts_page_get_model (accounts)); i++)
    {
      g_autoptr(CspAccountSummary) item =
        g_list_model_get_item (csp_accounts_page_get_model (accounts), i);

      if (csp_record_get_id (CSP_RECORD (csp_account_summary_get_account (item))) == id)
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);

  view = csp_test_find_widget (GTK_WIDGET (accounts), GTK_TYPE_COLUMN_VIEW, NULL);
  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (view));
  gtk_selection_model_select_item (selection, position, TRUE);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  csp_test_wait_for_frame (GTK_WIDGET (window));
  scrolled = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (scrolled, >, 0);

  g_signal_emit_by_name (view, "activate", position);
  csp_test_wait_until (account_page_shown, window);
  page = CSP_ACCOUNT_PAGE (csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNT_PAGE, NULL));
  g_assert_cmpint (csp_account_page_get_account_id (page), ==, id);
  wait_for_read (page, NULL);
  assert_stakeholders_shown (GTK_WIDGET (page), fixture->store, id);

  /* A risk raised there leaves the table's rows (and selection) alone. */
  risk = csp_risk_new (id, CSP_RISK_COMPETITOR, TODAY);
  g_assert_true (csp_account_page_save (page, CSP_RECORD (risk), NULL));
  wait_for_read (page, csp_account_page_get_overview (page));

  /* Even with another row selected in the table behind it. */
  gtk_selection_model_select_item (selection, position == 0 ? 1 : 0, TRUE);
  assert_exports_account (window, id);
  gtk_selection_model_select_item (selection, position, TRUE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  csp_test_wait_until (views_shown, window);
  csp_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (gtk_selection_model_is_selected (selection, position));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, scrolled);
  row = g_list_model_get_item (csp_accounts_page_get_model (accounts), position);
  g_assert_true (csp_accounts_page_get_selected_account (accounts) ==
                 csp_account_summary_get_account (row));

  csp_test_close_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  csp_test_ui_init ();

  g_test_add ("/account-page/risks", Fixture, NULL, fixture_set_up, test_page_risks,
              fixture_tear_down);
  g_test_add ("/account-page/chart-window", Fixture, NULL, fixture_set_up,
              test_page_chart_window, fixture_tear_down);
  g_test_add ("/account-page/edit-snapshot", Fixture, NULL, fixture_set_up,
              test_page_edit_snapshot, fixture_tear_down);
  g_test_add ("/account-page/from-window", Fixture, NULL, fixture_set_up,
              test_window_navigation, fixture_tear_down);

  return g_test_run ();
}
