/* test-window.c: the main window on real databases, under Xvfb
 *
 * The window gets its store injected, as the application would give
 * it; the tests wait for the first frame and for the pages' lists,
 * read in worker threads, then look at what the widgets show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "csp-accounts-page.h"
#include "csp-demo.h"
#include "csp-meetings-page.h"
#include "csp-new-account-dialog.h"
#include "csp-new-meeting-dialog.h"
#include "csp-new-plan-dialog.h"
#include "csp-plan-page.h"
#include "csp-plans-page.h"
#include "csp-store-records.h"
#include "csp-test-ui.h"
#include "csp-test-util.h"
#include "csp-window.h"

typedef CspTestFolder Fixture;

/* Helpers */

static void
show_page (CspWindow  *window,
           const char *name)
{
  GtkWidget *stack = csp_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL);

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), name);
  csp_test_wait_for_frame (GTK_WIDGET (window));
  csp_test_wait_until (csp_test_pages_loaded, window);
}

static CspAccountsPage *
accounts_page (CspWindow *window)
{
  return CSP_ACCOUNTS_PAGE (csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNTS_PAGE,
                                                  NULL));
}

static GHashTable *
account_names (GListModel *accounts)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (accounts, i);
      CspAccount *account = CSP_IS_ACCOUNT_SUMMARY (item)
                            ? csp_account_summary_get_account (CSP_ACCOUNT_SUMMARY (item))
                            : CSP_ACCOUNT (item);

      g_hash_table_add (names, g_strdup (csp_account_get_name (account)));
    }

  return names;
}

/* Tests */

/* The demo's accounts are all in the Accounts list, the first of them
 * drawn in the table; plans and meetings have rows too. */
static void
test_demo_accounts (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CspStore) store = csp_test_open_demo (fixture->db, 30, 8, 7, NULL);
  g_autoptr(GListModel) stored = csp_store_list_accounts (store, NULL);
  g_autoptr(GHashTable) expected = account_names (stored);
  g_autoptr(GHashTable) shown = NULL;
  g_autoptr(CspAccountSummary) first = NULL;
  CspWindow *window = csp_test_show_window (store);
  GListModel *rows = csp_accounts_page_get_model (accounts_page (window));
  GHashTableIter iter;
  const char *name;

  g_assert_cmpuint (g_hash_table_size (expected), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, g_list_model_get_n_items (stored));
  shown = account_names (rows);
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, NULL))
    g_assert_true (g_hash_table_contains (shown, name));

  /* The table draws its rows after the model changed. */
  csp_test_wait_for_frame (GTK_WIDGET (window));
  first = g_list_model_get_item (rows, 0);
  g_assert_nonnull (csp_test_find_widget (
    GTK_WIDGET (window), GTK_TYPE_LABEL,
    csp_account_get_name (csp_account_summary_get_account (first))));

  /* The other pages read their lists when first shown. */
  show_page (window, "plans");
  g_assert_cmpuint (g_list_model_get_n_items (csp_plans_page_get_model (
    CSP_PLANS_PAGE (csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_PLANS_PAGE,
                                          NULL)))), >, 0);
  show_page (window, "meetings");
  g_assert_cmpuint (g_list_model_get_n_items (csp_meetings_page_get_model (
    CSP_MEETINGS_PAGE (csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_MEETINGS_PAGE,
                                             NULL)))), >, 0);

  csp_test_close_window (GTK_WINDOW (window));
}

/* Search */

typedef struct
{
  GListModel *shown;
  guint       n_expected;
} FilterWait;

/* The table's filter has looked at every row and found what it should. */
static gboolean
filter_settled (gpointer data)
{
  FilterWait *wait = data;

  return gtk_filter_list_model_get_pending (GTK_FILTER_LIST_MODEL (wait->shown)) == 0 &&
         g_list_model_get_n_items (wait->shown) == wait->n_expected;
}

/* Written apart from the page's matching, the plain way: casefold both
 * and look for one in each of the four fields. */
static gboolean
field_has (const char *field,
           const char *query)
{
  g_autofree char *folded_field = field ? g_utf8_casefold (field, -1) : NULL;
  g_autofree char *folded_query = g_utf8_casefold (query, -1);

  return folded_field != NULL && strstr (folded_field, folded_query) != NULL;
}

static guint
count_matches (GListModel *accounts,
               const char *query)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(CspAccount) account = g_list_model_get_item (accounts, i);

      n += field_has (csp_account_get_name (account), query) ||
           field_has (csp_account_get_csm (account), query) ||
           field_has (csp_account_get_external_id (account), query) ||
           field_has (csp_account_get_industry (account), query);
    }
  return n;
}

/* The first word of the first account whose name is (or is not) ASCII. */
static char *
dup_name_part (GListModel *accounts,
               gboolean    ascii)
{
  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(CspAccount) account = g_list_model_get_item (accounts, i);
      const char *name = csp_account_get_name (account);

      if (ascii != g_str_is_ascii (name))
        continue;
      /* Chinese names have no spaces: their first two characters are the brand. */
      return ascii ? g_strndup (name, strcspn (name, " "))
                   : g_strndup (name, g_utf8_offset_to_pointer (name, 2) - name);
    }
  g_assert_not_reached ();
}

/* Types @query into the search entry and waits for the table to show
 * exactly the accounts it finds; returns how many. */
static guint
search_for (CspAccountsPage *page,
            GListModel      *stored,
            const char      *query)
{
  GtkWidget *entry = csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, NULL);
  FilterWait wait = { csp_accounts_page_get_shown_model (page), 0 };
  g_autoptr(GArray) ids = NULL;

  wait.n_expected = *query ? count_matches (stored, query) : g_list_model_get_n_items (stored);
  gtk_editable_set_text (GTK_EDITABLE (entry), query);
  csp_test_wait_until (filter_settled, &wait);

  ids = csp_accounts_page_dup_filtered_ids (page);
  if (*query == '\0')
    g_assert_null (ids);
  else
    g_assert_cmpuint (ids->len, ==, wait.n_expected);
  return wait.n_expected;
}

static void
select_first_row (CspAccountsPage *page)
{
  GtkWidget *view = csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW, NULL);

  gtk_selection_model_select_item (gtk_column_view_get_model (GTK_COLUMN_VIEW (view)), 0, TRUE);
}

/* Typing filters the Accounts table by name (any case, Chinese too) and
 * the rest; a search that finds nothing says so; the selection still
 * names the account picked; closing the search shows every row again. */
static void
test_search_accounts (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(CspStore) store = csp_test_open_demo (fixture->db, 40, 4, 7, NULL);
  g_autoptr(GListModel) stored = csp_store_list_accounts (store, NULL);
  g_autofree char *english = dup_name_part (stored, TRUE);
  g_autofree char *shouted = g_utf8_strup (english, -1);
  g_autofree char *chinese = dup_name_part (stored, FALSE);
  CspWindow *window = csp_test_show_window (store);
  CspAccountsPage *page = accounts_page (window);
  GListModel *shown = csp_accounts_page_get_shown_model (page);
  FilterWait all = { shown, g_list_model_get_n_items (stored) };
  g_autoptr(CspAccountSummary) first = NULL;
  GtkWidget *no_match;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_true (csp_accounts_page_get_search_mode (page));

  g_assert_cmpuint (search_for (page, stored, shouted), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, all.n_expected);
  g_assert_cmpuint (search_for (page, stored, chinese), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, all.n_expected);

  /* The selection is of the rows shown. */
  select_first_row (page);
  first = g_list_model_get_item (shown, 0);
  g_assert_true (csp_accounts_page_get_selected_account (page) ==
                 csp_account_summary_get_account (first));

  g_assert_cmpuint (search_for (page, stored, "zzz-no-such-account"), ==, 0);
  no_match = csp_test_find_widget (GTK_WIDGET (page), ADW_TYPE_STATUS_PAGE, "No Matching Accounts");
  g_assert_nonnull (no_match);
  g_assert_true (gtk_widget_is_visible (no_match));

  search_for (page, stored, "");
  search_for (page, stored, english);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_false (csp_accounts_page_get_search_mode (page));
  g_assert_null (csp_accounts_page_dup_filtered_ids (page));
  csp_test_wait_until (filter_settled, &all);

  csp_test_close_window (GTK_WINDOW (window));
}

static gboolean
has_one_account (gpointer page)
{
  return !csp_accounts_page_get_loading (page) &&
         g_list_model_get_n_items (csp_accounts_page_get_model (page)) == 1;
}

static gboolean
dialog_closed (gpointer data)
{
  return csp_test_find_toplevel (CSP_TYPE_NEW_ACCOUNT_DIALOG) == NULL;
}

/* An empty database shows the status page; an account created through
 * the dialog (after a refused empty name) then shows in the list. */
static void
test_empty_then_new_account (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspStore) store = csp_store_open (fixture->db, &error);
  g_autoptr(CspAccountSummary) row = NULL;
  CspWindow *window;
  CspNewAccountDialog *dialog;
  GtkWidget *status, *entry, *error_label;

  g_assert_no_error (error);
  window = csp_test_show_window (store);
  csp_test_wait_for_frame (GTK_WIDGET (window));
  status = csp_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, "No Accounts Yet");
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_mapped (status));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-account", NULL));
  dialog = csp_test_find_toplevel (CSP_TYPE_NEW_ACCOUNT_DIALOG);
  g_assert_nonnull (dialog);

  /* An empty name: the reason shows and the dialog stays. */
  g_assert_false (csp_new_account_dialog_save (dialog));
  error_label = csp_test_find_with_class (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "error");
  g_assert_nonnull (error_label);
  g_assert_true (gtk_widget_get_visible (error_label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), !=, "");
  g_assert_true (csp_test_find_toplevel (CSP_TYPE_NEW_ACCOUNT_DIALOG) == dialog);

  entry = csp_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "  Acme 北京科技  ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  csp_test_wait_until (dialog_closed, NULL);

  csp_test_wait_until (has_one_account, accounts_page (window));
  row = g_list_model_get_item (csp_accounts_page_get_model (accounts_page (window)), 0);
  g_assert_cmpstr (csp_account_get_name (csp_account_summary_get_account (row)), ==,
                   "Acme 北京科技");
  g_assert_false (csp_store_is_empty (store));

  csp_test_close_window (GTK_WINDOW (window));
}

/* A file that is not ours is refused: the window says which and why,
 * offers the sample, and the file stays byte for byte as it was. */
static void
test_refused_file (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char text[] = "name,arr\nAcme,100\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(CspStore) store = NULL;
  g_autofree char *after = NULL;
  CspWindow *window;
  GtkWidget *status;
  gsize length;

  g_file_set_contents (fixture->db, text, -1, &error);
  g_assert_no_error (error);
  store = csp_store_open (fixture->db, &error);
  g_assert_null (store);
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_SQLITE);

  window = csp_test_show_window (NULL);
  csp_window_show_store_error (window, error);
  csp_test_wait_for_frame (GTK_WIDGET (window));
  status = csp_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE,
                                 "Cannot Open the Database");
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)),
                            fixture->db));

  csp_test_close_window (GTK_WINDOW (window));
  after = csp_test_read_file (fixture->db, &length);
  g_assert_cmpmem (after, length, text, sizeof text - 1);
}

static gboolean
store_is_sample (gpointer window)
{
  CspStore *store = csp_window_get_store (window);

  return store != NULL && g_str_has_suffix (csp_store_get_path (store), "sample-portfolio.db") &&
         csp_test_pages_loaded (window);
}

/* "Open Sample Portfolio" makes the sample in a worker and switches the
 * window to it, leaving the user's own database alone. */
static void
test_open_sample (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspStore) store = csp_store_open (fixture->db, &error);
  CspWindow *window;

  g_assert_no_error (error);
  window = csp_test_show_window (store);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  csp_test_wait_until (store_is_sample, window);
  g_assert_cmpuint (g_list_model_get_n_items (csp_accounts_page_get_model (accounts_page (window))),
                    ==, 200);
  g_assert_true (csp_store_is_empty (store));

  csp_test_close_window (GTK_WINDOW (window));
}

static gboolean
only_one_reference (gpointer object)
{
  return G_OBJECT (object)->ref_count == 1;
}

/* Cancelling returns to where the window was, the store untouched;
 * closing the window while the sample is made stops the worker and
 * frees the window once it is done. */
static void
test_cancel_sample (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspStore) store = csp_store_open (fixture->db, &error);
  CspWindow *window;

  g_assert_no_error (error);
  window = csp_test_show_window (store);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-sample", NULL));
  /* The worker stops at its next check; then the status page is back. */
  csp_test_wait_until ((CspTestCondition) gtk_widget_get_mapped,
                       csp_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE,
                                             "No Accounts Yet"));
  g_assert_true (csp_window_get_store (window) == store);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  gtk_window_destroy (GTK_WINDOW (window));
  csp_test_wait_until (only_one_reference, window);
  g_assert_finalize_object (window);
}

/* Ctrl+N's action opens the dialog of the tab on show, then closes it. */
static void
expect_new_dialog (CspWindow *window,
                   GType      dialog_type)
{
  GtkWindow *dialog;

  g_assert_null (csp_test_find_toplevel (dialog_type));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  dialog = csp_test_find_toplevel (dialog_type);
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  csp_test_wait_until (csp_test_no_pending_events, NULL);
}

/* The focus is in @widget (a search entry gives it to its text). */
static gboolean
focus_within (gpointer widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static GtkSearchBar *
search_bar_of (gpointer page)
{
  return GTK_SEARCH_BAR (csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_BAR, NULL));
}

/* Ctrl+N and Ctrl+F act on the page on show. */
static void
test_shortcuts_in_context (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(CspStore) store = csp_test_open_demo (fixture->db, 12, 20, 3, "2026-06-30");
  g_autoptr(GListModel) accounts = csp_store_list_accounts (store, NULL);
  g_autoptr(CspRecord) account = g_list_model_get_item (accounts, 0);
  CspWindow *window = csp_test_show_window (store);
  GtkWidget *meetings = csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_MEETINGS_PAGE, NULL);
  GtkWidget *plans = csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_PLANS_PAGE, NULL);
  AdwMessageDialog *chooser;
  GtkWindow *new_plan;
  GtkWidget *plans_search = GTK_WIDGET (gtk_widget_get_template_child (plans, CSP_TYPE_PLANS_PAGE,
                                                                       "search_entry"));

  expect_new_dialog (window, CSP_TYPE_NEW_ACCOUNT_DIALOG);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_true (csp_accounts_page_get_search_mode (accounts_page (window)));

  show_page (window, "meetings");
  expect_new_dialog (window, CSP_TYPE_NEW_MEETING_DIALOG);
  g_assert_false (gtk_search_bar_get_search_mode (search_bar_of (meetings)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (search_bar_of (meetings)));

  /* A plan needs an account: the unfiltered tab asks which first. */
  show_page (window, "plans");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  g_assert_null (csp_test_find_toplevel (CSP_TYPE_NEW_PLAN_DIALOG));
  chooser = csp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (chooser);
  g_assert_false (adw_message_dialog_get_response_enabled (chooser, "choose"));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (csp_test_find_widget (GTK_WIDGET (chooser),
                                                                   GTK_TYPE_DROP_DOWN, NULL)), 0);
  g_assert_true (adw_message_dialog_get_response_enabled (chooser, "choose"));
  adw_message_dialog_response (chooser, "choose");
  csp_test_wait_until (csp_test_no_pending_events, NULL);
  new_plan = csp_test_find_toplevel (CSP_TYPE_NEW_PLAN_DIALOG);
  g_assert_nonnull (new_plan);
  gtk_window_destroy (new_plan);
  csp_test_wait_until (csp_test_no_pending_events, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_true (focus_within (plans_search));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-account-plans", "x",
                                             csp_record_get_id (account)));
  expect_new_dialog (window, CSP_TYPE_NEW_PLAN_DIALOG);

  csp_test_close_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  /* The sample portfolio goes to the user data dir: keep it private. */
  data_home = csp_test_make_dir ("test-window-data-XXXXXX");
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  csp_test_ui_init ();

  g_test_add ("/window/accounts/demo", Fixture, NULL,
              csp_test_folder_set_up, test_demo_accounts, csp_test_folder_tear_down);
  g_test_add ("/window/accounts/search", Fixture, NULL,
              csp_test_folder_set_up, test_search_accounts, csp_test_folder_tear_down);
  g_test_add ("/window/accounts/empty-then-new", Fixture, NULL,
              csp_test_folder_set_up, test_empty_then_new_account, csp_test_folder_tear_down);
  g_test_add ("/window/store/refused", Fixture, NULL,
              csp_test_folder_set_up, test_refused_file, csp_test_folder_tear_down);
  g_test_add ("/window/store/open-sample", Fixture, NULL,
              csp_test_folder_set_up, test_open_sample, csp_test_folder_tear_down);
  g_test_add ("/window/shortcuts-in-context", Fixture, NULL,
              csp_test_folder_set_up, test_shortcuts_in_context, csp_test_folder_tear_down);
  g_test_add ("/window/store/cancel-sample", Fixture, NULL,
              csp_test_folder_set_up, test_cancel_sample, csp_test_folder_tear_down);

  status = g_test_run ();
  csp_test_remove_tree (data_home);

  return status;
}
