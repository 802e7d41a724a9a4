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
#include "csp-action-section.h"
#include "csp-accounts-page.h"
#include "csp-demo.h"
#include "csp-export-dialog.h"
#include "csp-meetings-page.h"
#include "csp-plans-page.h"
#include "csp-store-account-view.h"
#include "csp-stakeholder-contact.h"
#include "csp-store-lookup.h"
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
  /* Valid, the message says the score the snapshot will have. */
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_false (gtk_widget_has_css_class (message, "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (message)), "Score 12 (entered)"));
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

/* The account dialog's row titled @title. */
static GtkEditable *
dialog_row (CspNewAccountDialog *dialog,
            const char          *title)
{
  GtkWidget *row = csp_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  return GTK_EDITABLE (row);
}

/* The reason shown beside @row, or NULL when it shows none. */
static const char *
row_reason (GtkEditable *row)
{
  GtkWidget *label = csp_test_find_with_class (GTK_WIDGET (row), GTK_TYPE_LABEL, "error");

  g_assert_nonnull (label);
  if (!gtk_widget_get_visible (label))
    {
      g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
      return NULL;
    }
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  return gtk_label_get_text (GTK_LABEL (label));
}

static gboolean
can_save (CspNewAccountDialog *dialog)
{
  GtkWidget *button = csp_test_find_with_class (GTK_WIDGET (dialog), GTK_TYPE_BUTTON,
                                                "suggested-action");

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

static const char *
other_external_id (CspStore *store,
                   gint64    account_id)
{
  g_autoptr(GListModel) accounts = csp_store_list_accounts (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(CspAccount) account = g_list_model_get_item (accounts, i);

      if (csp_record_get_id (CSP_RECORD (account)) != account_id &&
          csp_account_get_external_id (account) != NULL)
        return g_intern_string (csp_account_get_external_id (account));
    }

  g_assert_not_reached ();
}

static gint64
account_with_external_id (CspStore   *store,
                          const char *external_id)
{
  gint64 id = 0;

  g_assert_true (csp_store_find_account_by_external_id (store, external_id, &id, NULL));
  g_assert_cmpint (id, >, 0);
  return id;
}

static gboolean
table_has_account (CspAccountsPage *accounts,
                   gint64           id)
{
  GListModel *model = csp_accounts_page_get_model (accounts);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CspAccountSummary) item = g_list_model_get_item (model, i);

      if (csp_record_get_id (CSP_RECORD (csp_account_summary_get_account (item))) == id)
        return TRUE;
    }

  return FALSE;
}

typedef struct
{
  CspAccountsPage *accounts;
  gint64           id;
  gboolean         present;
} TableWait;

static gboolean
table_shows (gpointer data)
{
  TableWait *wait = data;

  return !csp_accounts_page_get_loading (wait->accounts) &&
         table_has_account (wait->accounts, wait->id) == wait->present;
}

/* The Plans tab is no CspListPage: its own getters. */
static GListModel *
tab_model (gpointer page)
{
  if (CSP_IS_PLANS_PAGE (page))
    return csp_plans_page_get_model (page);
  return csp_list_page_get_model (page);
}

static gboolean
list_page_loaded (gpointer page)
{
  gboolean loading = CSP_IS_PLANS_PAGE (page) ? csp_plans_page_get_loading (page)
                                               : csp_list_page_get_loading (page);

  return !loading && g_list_model_get_n_items (tab_model (page)) > 0;
}

static gboolean
list_page_settled (gpointer page)
{
  return CSP_IS_PLANS_PAGE (page) ? !csp_plans_page_get_loading (page)
                                  : !csp_list_page_get_loading (page);
}

/* The account a row of the Plans or Meetings tab belongs to; 0 for the
 * Plans tab's section headings. */
static gint64
row_account_id (gpointer row)
{
  if (CSP_IS_ACTION_SECTION (row))
    return 0;
  if (CSP_IS_ACTION_SUMMARY (row))
    return csp_action_summary_get_account_id (row);
  return csp_meeting_get_account_id (csp_meeting_summary_get_meeting (row));
}

/* The rows that are items, not headings. */
static guint
count_items (GListModel *model)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (model, i);

      n += row_account_id (row) != 0;
    }
  return n;
}

static guint
count_rows_of (GListModel *model,
               gint64      id)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (model, i);

      n += row_account_id (row) == id;
    }
  return n;
}

/* Opens the account page of @id, then @action ("Show in Plans" or
 * "Show in Meetings") shows the tab @tab with that account's @expected
 * rows alone, under a bar whose Show All brings back every row. */
static void
assert_shows_account_rows (CspWindow   *window,
                           GtkWidget   *list,
                           const char  *tab,
                           const char  *action,
                           gint64       id,
                           guint        expected)
{
  CspAccountPage *page =
    CSP_ACCOUNT_PAGE (csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNT_PAGE, NULL));
  GtkWidget *leaflet = csp_test_find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL);
  GtkWidget *stack = csp_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL);
  GtkWidget *revealer = csp_test_find_widget (GTK_WIDGET (list), GTK_TYPE_REVEALER, NULL);
  GListModel *model = tab_model (list);
  guint all = count_items (model);

  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (expected, <, all);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  csp_account_page_show_account (page, id);
  adw_leaflet_set_visible_child (ADW_LEAFLET (leaflet), GTK_WIDGET (page));
  csp_test_wait_until (account_page_shown, window);
  wait_for_read (page, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), action, NULL));
  csp_test_wait_until (views_shown, window);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack)), ==, tab);
  csp_test_wait_until (list_page_loaded, list);
  csp_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (list)));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_cmpuint (count_items (model), ==, expected);
  g_assert_cmpuint (count_rows_of (model, id), ==, expected);

  g_signal_emit_by_name (csp_test_find_widget (revealer, GTK_TYPE_BUTTON, "Show All"),
                         "clicked");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  /* The Plans tab puts long lists in a few rows per frame. */
  csp_test_wait_until (list_page_settled, list);
  g_assert_cmpuint (count_items (model), ==, all);
}

/* "Show in Plans" and "Show in Meetings" on the account page show the
 * Plans and Meetings tabs filtered to that account. */
static void
test_show_in_lists (Fixture       *fixture,
                    gconstpointer  data)
{
  CspWindow *window = g_object_ref (g_object_new (CSP_TYPE_WINDOW, "store", fixture->store,
                                                  "default-width", 1000,
                                                  "default-height", 600, NULL));
  GtkWidget *stack;
  GtkWidget *plans;
  GtkWidget *meetings;
  g_autoptr(GObject) first_action = NULL;
  g_autoptr(GObject) first_meeting = NULL;
  g_autoptr(GListModel) accounts = csp_store_list_accounts (fixture->store, NULL);
  gint64 id;

  /* The demo's meetings are around its own today: some to come, of two
   * accounts. */
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(CspRecord) owner = g_list_model_get_item (accounts, i == 2);
      g_autoptr(CspMeeting) meeting =
        csp_meeting_new (csp_record_get_id (owner), "Future review", "2099-01-15T10:00:00Z");

      g_assert_true (csp_store_add_meeting (fixture->store, meeting, NULL));
    }

  gtk_window_present (GTK_WINDOW (window));
  stack = csp_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL);
  plans = csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_PLANS_PAGE, NULL);
  meetings = csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_MEETINGS_PAGE, NULL);

  /* Both lists read in full first. */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "plans");
  csp_test_wait_until (list_page_loaded, plans);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "meetings");
  csp_test_wait_until (list_page_loaded, meetings);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "accounts");

  /* Plans: the account's items (after the first section heading). */
  first_action = g_list_model_get_item (tab_model (plans), 1);
  id = row_account_id (first_action);
  g_assert_cmpint (id, !=, 0);
  assert_shows_account_rows (window, plans, "plans", "account.show-plans", id,
                             count_rows_of (tab_model (plans), id));

  /* Meetings: the account's upcoming meetings. */
  first_meeting = g_list_model_get_item (accounts, 0);
  id = csp_record_get_id (CSP_RECORD (first_meeting));
  g_assert_cmpuint (count_rows_of (tab_model (meetings), id), >=, 2);
  assert_shows_account_rows (window, meetings, "meetings", "account.show-meetings", id,
                             count_rows_of (tab_model (meetings), id));

  csp_test_close_window (GTK_WINDOW (window));
}

/* In the window: deleting returns to the table, which no longer lists
 * the account; Undo shows the account page again with its stakeholders,
 * and back in the table the account is listed again. */
static void
test_delete_undo_in_window (Fixture       *fixture,
                            gconstpointer  data)
{
  CspWindow *window = g_object_ref (g_object_new (CSP_TYPE_WINDOW, "store", fixture->store,
                                                  "default-width", 1000,
                                                  "default-height", 600, NULL));
  gint64 id = account_with_stakeholders (fixture->store);
  CspAccountsPage *accounts;
  CspAccountPage *page;
  GtkWidget *leaflet;
  CspAccountOverview *overview;
  TableWait wait;
  g_autoptr(GError) error = NULL;

  gtk_window_present (GTK_WINDOW (window));
  accounts = CSP_ACCOUNTS_PAGE (csp_test_find_widget (GTK_WIDGET (window),
                                                      CSP_TYPE_ACCOUNTS_PAGE, NULL));
  csp_test_wait_until (accounts_loaded, accounts);
  g_assert_true (table_has_account (accounts, id));
  page = CSP_ACCOUNT_PAGE (csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNT_PAGE, NULL));
  leaflet = csp_test_find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL);
  csp_account_page_show_account (page, id);
  adw_leaflet_set_visible_child (ADW_LEAFLET (leaflet), GTK_WIDGET (page));
  overview = wait_for_read (page, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "account.delete", NULL));
  csp_test_wait_until (views_shown, window);
  wait = (TableWait) { accounts, id, FALSE };
  csp_test_wait_until (table_shows, &wait);

  g_assert_true (csp_account_page_undo_delete_account (page, &error));
  g_assert_no_error (error);
  csp_test_wait_until (account_page_shown, window);
  wait_for_read (page, overview);
  assert_stakeholders_shown (GTK_WIDGET (page), fixture->store, id);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  csp_test_wait_until (views_shown, window);
  wait.present = TRUE;
  csp_test_wait_until (table_shows, &wait);

  csp_test_close_window (GTK_WINDOW (window));
}

/* The account dialog on the account on show: each invalid field says
 * why beside itself and Save stays off; a valid edit is written and the
 * page shows it. */
static void
test_account_dialog (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 id = account_with_stakeholders (fixture->store);
  GtkWindow *window;
  CspAccountPage *page = show_page (fixture->store, id, &window);
  CspAccountOverview *overview = csp_account_page_get_overview (page);
  g_autoptr(CspAccount) stored = NULL;
  g_autoptr(CspAccount) other = NULL;
  g_autoptr(GError) error = NULL;
  CspNewAccountDialog *dialog;
  GtkEditable *renewal, *arr, *external, *name;
  const char *taken = other_external_id (fixture->store, id);
  g_autofree char *original_external = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "account.edit", NULL));
  dialog = csp_test_find_toplevel (CSP_TYPE_NEW_ACCOUNT_DIALOG);
  g_assert_nonnull (dialog);
  name = dialog_row (dialog, "Name");
  g_assert_cmpstr (gtk_editable_get_text (name), ==,
                   csp_account_get_name (csp_account_page_get_account (page)));
  g_assert_true (can_save (dialog));

  /* A date that does not exist. */
  renewal = dialog_row (dialog, "Renewal Date (YYYY-MM-DD)");
  gtk_editable_set_text (renewal, "2026-02-30");
  g_assert_nonnull (row_reason (renewal));
  g_assert_nonnull (strstr (row_reason (renewal), "2026-02-30"));
  g_assert_false (can_save (dialog));
  g_assert_false (csp_new_account_dialog_save (dialog));
  g_assert_true (csp_test_find_toplevel (CSP_TYPE_NEW_ACCOUNT_DIALOG) == dialog);
  gtk_editable_set_text (renewal, "2026-02-28");
  g_assert_null (row_reason (renewal));
  g_assert_true (can_save (dialog));

  /* ARR: negative, or not an amount like 1234.50. */
  arr = dialog_row (dialog, "ARR (like 1234.50)");
  gtk_editable_set_text (arr, "-12.00");
  g_assert_cmpstr (row_reason (arr), ==, "an amount of money cannot be negative");
  g_assert_false (can_save (dialog));
  gtk_editable_set_text (arr, "1234,50");
  g_assert_nonnull (row_reason (arr));
  g_assert_false (can_save (dialog));
  gtk_editable_set_text (arr, "1234.5");
  g_assert_null (row_reason (arr));
  g_assert_true (can_save (dialog));

  /* Another account's external id. */
  external = dialog_row (dialog, "External ID");
  original_external = g_strdup (gtk_editable_get_text (external));
  gtk_editable_set_text (external, taken);
  g_assert_cmpstr (row_reason (external), ==, "Another account has this external ID");
  g_assert_false (can_save (dialog));
  gtk_editable_set_text (external, "CRM-NEW-1");
  g_assert_null (row_reason (external));

  /* …or taken by another program after it was checked: the store
   * refuses, and the reason shows beside the same row. */
  other = csp_store_get_account (fixture->store, account_with_external_id (fixture->store, taken),
                                 &error);
  g_assert_no_error (error);
  csp_account_set_external_id (other, "CRM-NEW-1");
  g_assert_true (csp_store_update_account (fixture->store, other, &error));
  g_assert_no_error (error);
  g_assert_false (csp_new_account_dialog_save (dialog));
  g_assert_cmpstr (row_reason (external), ==, "Another account has this external ID");
  gtk_editable_set_text (external, original_external);
  g_assert_null (row_reason (external));

  /* A valid edit is saved, and the page reads it again. */
  gtk_editable_set_text (name, "  Renamed 北京 Co  ");
  g_assert_true (csp_new_account_dialog_save (dialog));
  g_assert_null (csp_test_find_toplevel (CSP_TYPE_NEW_ACCOUNT_DIALOG));
  wait_for_read (page, overview);
  g_assert_cmpstr (csp_account_get_name (csp_account_page_get_account (page)), ==, "Renamed 北京 Co");
  g_assert_nonnull (csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL, "Renamed 北京 Co"));
  stored = csp_store_get_account (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (csp_account_get_name (stored), ==, "Renamed 北京 Co");
  g_assert_cmpint (csp_account_get_arr_minor (stored), ==, 123450);
  g_assert_cmpstr (csp_account_get_renewal_on (stored), ==, "2026-02-28");
  g_assert_cmpstr (csp_account_get_external_id (stored), ==, original_external);

  csp_test_close_window (window);
}

static gint64
count_stakeholders (CspStore *store,
                    gint64    account_id)
{
  g_autoptr(GListModel) people = csp_store_list_stakeholders (store, account_id, NULL);

  return g_list_model_get_n_items (people);
}

/* Deleting the account takes its stakeholders with it; Undo brings
 * both back, and the page shows them again. Archiving is undone too. */
static void
test_delete_account_undo (Fixture       *fixture,
                          gconstpointer  data)
{
  gint64 id = account_with_stakeholders (fixture->store);
  gint64 n_people = count_stakeholders (fixture->store, id);
  GtkWindow *window;
  CspAccountPage *page = show_page (fixture->store, id, &window);
  CspAccountOverview *overview = csp_account_page_get_overview (page);
  g_autoptr(CspAccount) account = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  /* Archive, then take it out again. */
  g_assert_true (csp_account_page_set_archived (page, TRUE, &error));
  g_assert_no_error (error);
  account = csp_store_get_account (fixture->store, id, &error);
  g_assert_true (csp_account_get_archived (account));
  g_clear_object (&account);
  overview = wait_for_read (page, overview);
  /* The page says so, and offers the way back instead. */
  g_assert_true (g_str_has_prefix (adw_window_title_get_subtitle (
    ADW_WINDOW_TITLE (csp_test_find_widget (GTK_WIDGET (page), ADW_TYPE_WINDOW_TITLE, NULL))),
    "Archived"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "account.unarchive", NULL));
  g_assert_no_error (error);
  account = csp_store_get_account (fixture->store, id, &error);
  g_assert_false (csp_account_get_archived (account));
  g_clear_object (&account);
  overview = wait_for_read (page, overview);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "account.delete", NULL));
  account = csp_store_get_account (fixture->store, id, &error);
  g_assert_null (account);
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (count_stakeholders (fixture->store, id), ==, 0);

  g_assert_true (csp_account_page_undo_delete_account (page, &error));
  g_assert_no_error (error);
  wait_for_read (page, overview);
  g_assert_cmpint (count_stakeholders (fixture->store, id), ==, n_people);
  assert_stakeholders_shown (GTK_WIDGET (page), fixture->store, id);
  g_assert_true (csp_store_check (fixture->store, report, &error));
  g_assert_no_error (error);

  csp_test_close_window (window);
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
  g_test_add ("/account-page/account-dialog", Fixture, NULL, fixture_set_up,
              test_account_dialog, fixture_tear_down);
  g_test_add ("/account-page/delete-undo", Fixture, NULL, fixture_set_up,
              test_delete_account_undo, fixture_tear_down);
  g_test_add ("/account-page/show-in-lists", Fixture, NULL, fixture_set_up,
              test_show_in_lists, fixture_tear_down);
  g_test_add ("/account-page/delete-undo-in-window", Fixture, NULL, fixture_set_up,
              test_delete_undo_in_window, fixture_tear_down);

  return g_test_run ();
}
