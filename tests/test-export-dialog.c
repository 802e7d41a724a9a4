/* test-export-dialog.c: the export and import dialogs on real databases
 *
 * The window gets a demo database injected, as in test-window.c; the
 * dialogs are opened through the window's actions and driven through
 * their internal entry points (csp_export_dialog_export_to(),
 * csp_window_import_file()) in place of the native file chooser. The
 * work runs in workers: the tests spin the main loop until the state
 * they expect appears, never for a fixed time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <adwaita.h>

#include "csp-accounts-page.h"
#include "csp-demo.h"
#include "csp-export-dialog.h"
#include "csp-import-dialog.h"
#include "csp-meetings-page.h"
#include "csp-plans-page.h"
#include "csp-store-records.h"
#include "csp-test-ui.h"
#include "csp-test-util.h"
#include "csp-window.h"

#define N_DEMO_ACCOUNTS 25

typedef struct
{
  char      *dir;
  char      *db_path;
  CspStore  *store;
  CspWindow *window;
} Fixture;

/* Waiting */

static gboolean
no_export_dialog (gpointer data)
{
  return csp_test_find_toplevel (CSP_TYPE_EXPORT_DIALOG) == NULL;
}

static gboolean
no_import_dialog (gpointer data)
{
  return csp_test_find_toplevel (CSP_TYPE_IMPORT_DIALOG) == NULL;
}

static gboolean
export_idle (gpointer dialog)
{
  return !csp_export_dialog_get_busy (dialog);
}

static gboolean
import_idle (gpointer dialog)
{
  return !csp_import_dialog_get_busy (dialog);
}

/* Finding widgets */

/* An action row whose title begins with @prefix. */
static gboolean
is_row_with_prefix (GtkWidget     *widget,
                    gconstpointer  prefix)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), prefix);
}

static GtkWidget *
find_row_with_prefix (GtkWidget  *root,
                      const char *prefix)
{
  return csp_test_find (root, is_row_with_prefix, prefix);
}

/* Header bar buttons follow their actions' enabled state. */
static gboolean
button_sensitive (GtkWidget  *root,
                  const char *label)
{
  GtkWidget *button = csp_test_find_widget (root, GTK_TYPE_BUTTON, label);

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

/* Files */

static guint
count_files (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* Fixture: a demo database in the window */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *db_dir = NULL;

  fixture->dir = csp_test_make_dir ("test-export-dialog-XXXXXX");
  /* The database lives apart, so the folder holds only what is exported. */
  db_dir = g_build_filename (fixture->dir, "db", NULL);
  g_assert_cmpint (g_mkdir (db_dir, 0700), ==, 0);
  fixture->db_path = g_build_filename (db_dir, "planner.db", NULL);
  fixture->store = csp_test_open_demo (fixture->db_path, N_DEMO_ACCOUNTS, 8, 11, NULL);
  fixture->window = csp_test_show_window (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  csp_test_close_window (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->store);
  csp_test_remove_tree (fixture->dir);
  g_free (fixture->db_path);
  g_free (fixture->dir);
}

static CspExportDialog *
open_export_dialog (Fixture *fixture)
{
  CspExportDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.export-report", NULL));
  dialog = csp_test_find_toplevel (CSP_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (dialog);
  csp_test_wait_for_frame (GTK_WIDGET (dialog));
  return dialog;
}

static guint
count_active_accounts (CspStore *store)
{
  g_autoptr(GListModel) accounts = csp_store_list_accounts (store, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(CspAccount) account = g_list_model_get_item (accounts, i);

      n += !csp_account_get_archived (account);
    }
  return n;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; (p = strstr (p, "\r\n")) != NULL; p += 2)
    n++;
  return n;
}

/* Tests: export */

/* The default report is the EBR summary as CSV of every account, with
 * the byte order mark the settings ask for; the dialog closes when the
 * file is complete, and nothing else is left in the folder. */
static void
test_export_summary_csv (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "summary.csv", NULL);
  g_autofree char *text = NULL;
  CspExportDialog *dialog = open_export_dialog (fixture);
  const char *body;
  gsize length;

  g_assert_true (csp_export_dialog_export_to (dialog, path));
  csp_test_wait_until (no_export_dialog, NULL);

  text = csp_test_read_file (path, &length);
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  body = text + 3;
  g_assert_true (g_str_has_prefix (body, "account,external_id,segment,lifecycle_stage,csm,arr,"
                                         "currency,renewal_on,health_start,health_end,"
                                         "health_change,plan_progress_pct,actions_done,"
                                         "actions_open,actions_overdue,meetings_held,"
                                         "last_meeting_on,next_meeting_on,open_risks,"
                                         "saved_arr"));
  g_assert_cmpuint (count_lines (body), ==, 1 + count_active_accounts (fixture->store));
  g_assert_cmpuint (count_files (fixture->dir), ==, 2); /* db/ and the report */
}

static gboolean
search_active (gpointer page)
{
  g_autoptr(GArray) ids = csp_accounts_page_dup_filtered_ids (page);

  return ids != NULL;
}

/* The ids of the accounts a search for @query finds in the Accounts
 * table, once the search entry has passed the search on. */
static GArray *
search_accounts (Fixture    *fixture,
                 const char *query)
{
  CspAccountsPage *page = CSP_ACCOUNTS_PAGE (csp_test_find_widget (GTK_WIDGET (fixture->window),
                                                                   CSP_TYPE_ACCOUNTS_PAGE, NULL));
  GtkWidget *entry = csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  gtk_editable_set_text (GTK_EDITABLE (entry), query);
  csp_test_wait_until (search_active, page);
  return csp_accounts_page_dup_filtered_ids (page);
}

/* The first word of the first account that is not archived. */
static char *
dup_query (CspStore *store)
{
  g_autoptr(GListModel) accounts = csp_store_list_accounts (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(CspAccount) account = g_list_model_get_item (accounts, i);
      const char *name = csp_account_get_name (account);

      if (!csp_account_get_archived (account) && g_str_is_ascii (name))
        return g_strndup (name, strcspn (name, " "));
    }
  g_assert_not_reached ();
}

/* With a search in the Accounts table, "Current Filter" is offered (and
 * chosen) with the number found, and the report has exactly those
 * accounts. */
static void
test_export_current_filter (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "filtered.csv", NULL);
  g_autofree char *query = dup_query (fixture->store);
  g_autoptr(GArray) ids = search_accounts (fixture, query);
  g_autofree char *text = NULL;
  CspExportDialog *dialog = open_export_dialog (fixture);
  GtkWidget *row = csp_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                         "C_urrent Filter");
  g_autofree char *count = g_strdup_printf ("%u ", ids->len);

  g_assert_cmpuint (ids->len, >, 0);
  g_assert_cmpuint (ids->len, <, N_DEMO_ACCOUNTS);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_visible (row));
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), count));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), query));

  g_assert_true (csp_export_dialog_export_to (dialog, path));
  csp_test_wait_until (no_export_dialog, NULL);
  text = csp_test_read_file (path, NULL);
  g_assert_cmpuint (count_lines (text), ==, 1 + ids->len);
}

/* Without a search there is no "Current Filter" to choose. */
static void
test_export_no_filter (Fixture       *fixture,
                       gconstpointer  data)
{
  CspExportDialog *dialog = open_export_dialog (fixture);
  GtkWidget *row = csp_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                         "C_urrent Filter");

  g_assert_nonnull (row);
  g_assert_false (gtk_widget_is_visible (row));
  gtk_window_close (GTK_WINDOW (dialog));
  csp_test_wait_until (no_export_dialog, NULL);
}

/* Action items are a plain table: JSON cannot be chosen (and the row
 * says why), CSV is; the EBR has both again. */
static void
test_export_csv_only (Fixture       *fixture,
                      gconstpointer  data)
{
  CspExportDialog *dialog = open_export_dialog (fixture);
  AdwComboRow *kind = ADW_COMBO_ROW (csp_test_find_widget (GTK_WIDGET (dialog),
                                                           ADW_TYPE_COMBO_ROW, "_Report"));
  GtkWidget *json = csp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "JSON");
  GtkWidget *csv = csp_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "CSV");
  GtkWidget *format = csp_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, "Format");

  g_assert_nonnull (kind);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (json), TRUE);
  adw_combo_row_set_selected (kind, 2); /* Action Items */
  g_assert_false (gtk_widget_get_sensitive (json));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (csv)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (format)), "CSV only"));

  adw_combo_row_set_selected (kind, 0); /* EBR */
  g_assert_true (gtk_widget_get_sensitive (json));

  gtk_window_close (GTK_WINDOW (dialog));
  csp_test_wait_until (no_export_dialog, NULL);
}

/* A date that does not exist says why beside its field and blocks the
 * export; correcting it unblocks it. */
static void
test_export_invalid_date (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "custom.csv", NULL);
  CspExportDialog *dialog = open_export_dialog (fixture);
  GtkWidget *custom = csp_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_EXPANDER_ROW,
                                            "C_ustom Dates");
  GtkWidget *from = csp_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW,
                                          "From (YYYY-MM-DD)");

  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (custom), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (from), "2026-02-30");
  g_assert_nonnull (csp_test_find_error (GTK_WIDGET (dialog), "“2026-02-30” is not a valid date"));
  g_assert_true (gtk_widget_has_css_class (from, "error"));
  g_assert_false (button_sensitive (GTK_WIDGET (dialog), "_Export…"));
  g_assert_false (csp_export_dialog_export_to (dialog, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_editable_set_text (GTK_EDITABLE (from), "2026-02-01");
  g_assert_null (csp_test_find_error (GTK_WIDGET (dialog), "is not a valid date"));
  g_assert_true (button_sensitive (GTK_WIDGET (dialog), "_Export…"));

  gtk_window_close (GTK_WINDOW (dialog));
  csp_test_wait_until (no_export_dialog, NULL);
}

/* Into a "folder" that is a regular file: the dialog stays open and
 * names the path and the reason; no file and no temporary file appear. */
static void
test_export_unwritable (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *blocker = g_build_filename (fixture->dir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "summary.csv", NULL);
  CspExportDialog *dialog = open_export_dialog (fixture);

  csp_test_write_file (blocker, "x", -1);
  g_assert_true (csp_export_dialog_export_to (dialog, path));
  csp_test_wait_until (export_idle, dialog);

  g_assert_true (csp_test_find_toplevel (CSP_TYPE_EXPORT_DIALOG) == dialog);
  g_assert_nonnull (csp_test_find_error (GTK_WIDGET (dialog), "not-a-folder"));
  g_assert_true (g_file_test (blocker, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_files (fixture->dir), ==, 2); /* db/ and the blocker */

  gtk_window_close (GTK_WINDOW (dialog));
  csp_test_wait_until (no_export_dialog, NULL);
}

/* Tests: import */

static gboolean
has_account (gpointer data)
{
  Fixture *fixture = data;
  CspAccountsPage *page = CSP_ACCOUNTS_PAGE (csp_test_find_widget (GTK_WIDGET (fixture->window),
                                                                   CSP_TYPE_ACCOUNTS_PAGE, NULL));
  GListModel *rows = csp_accounts_page_get_model (page);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CspAccountSummary) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (csp_account_get_name (csp_account_summary_get_account (row)),
                     "Nordlicht 北光 GmbH") == 0)
        return TRUE;
    }
  return FALSE;
}

/* The number on the right of the preview row @title. */
static const char *
row_count (CspImportDialog *dialog,
           const char      *title)
{
  GtkWidget *row = csp_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  return gtk_label_get_text (GTK_LABEL (csp_test_find_with_class (row, GTK_TYPE_LABEL, "numeric")));
}

static CspImportDialog *
import_file (Fixture    *fixture,
             const char *path)
{
  CspImportDialog *dialog;

  csp_window_import_file (fixture->window, path);
  dialog = csp_test_find_toplevel (CSP_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  csp_test_wait_until (import_idle, dialog);
  csp_test_wait_for_frame (GTK_WIDGET (dialog));
  return dialog;
}

/* One new account and one known by name: the preview counts them,
 * Import writes them, and the Accounts list shows the new one. */
static void
test_import_accounts (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "accounts.csv", NULL);
  g_autoptr(GListModel) before = csp_store_list_accounts (fixture->store, NULL);
  g_autoptr(CspAccount) known = g_list_model_get_item (before, 0);
  g_autofree char *text = g_strdup_printf ("name,csm\r\n"
                                           "Nordlicht 北光 GmbH,Ada\r\n"
                                           "\"%s\",Someone Else\r\n",
                                           csp_account_get_name (known));
  g_autoptr(GListModel) after = NULL;
  CspImportDialog *dialog;

  csp_test_write_file (path, text, -1);
  dialog = import_file (fixture, path);
  g_assert_cmpstr (row_count (dialog, "New"), ==, "1");
  g_assert_cmpstr (row_count (dialog, "Updated"), ==, "1");
  g_assert_true (button_sensitive (GTK_WIDGET (dialog), "_Import"));
  g_assert_false (has_account (fixture));

  g_assert_true (csp_import_dialog_apply (dialog));
  csp_test_wait_until (no_import_dialog, NULL);
  csp_test_wait_until (has_account, fixture);
  after = csp_store_list_accounts (fixture->store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before) + 1);
}

/* A bad date: the error names the file, line and column, Import stays
 * off, and the database is as it was. */
static void
test_import_error (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "bad.csv", NULL);
  g_autofree char *expected = g_strdup_printf ("%s:3: column renewal_on:", path);
  g_autoptr(GListModel) before = csp_store_list_accounts (fixture->store, NULL);
  g_autoptr(GListModel) after = NULL;
  CspImportDialog *dialog;

  csp_test_write_file (path, "name,renewal_on\nGood Co,2026-10-01\nBad Co,2026-13-01\n", -1);
  dialog = import_file (fixture, path);
  g_assert_nonnull (find_row_with_prefix (GTK_WIDGET (dialog), expected));
  g_assert_false (button_sensitive (GTK_WIDGET (dialog), "_Import"));
  g_assert_false (csp_import_dialog_apply (dialog));

  after = csp_store_list_accounts (fixture->store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before));
  gtk_window_close (GTK_WINDOW (dialog));
  csp_test_wait_until (no_import_dialog, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  csp_test_ui_init ();

  g_test_add ("/export-dialog/export/summary-csv", Fixture, NULL,
              fixture_set_up, test_export_summary_csv, fixture_tear_down);
  g_test_add ("/export-dialog/export/current-filter", Fixture, NULL,
              fixture_set_up, test_export_current_filter, fixture_tear_down);
  g_test_add ("/export-dialog/export/no-filter", Fixture, NULL,
              fixture_set_up, test_export_no_filter, fixture_tear_down);
  g_test_add ("/export-dialog/export/csv-only", Fixture, NULL,
              fixture_set_up, test_export_csv_only, fixture_tear_down);
  g_test_add ("/export-dialog/export/invalid-date", Fixture, NULL,
              fixture_set_up, test_export_invalid_date, fixture_tear_down);
  g_test_add ("/export-dialog/export/unwritable", Fixture, NULL,
              fixture_set_up, test_export_unwritable, fixture_tear_down);
  g_test_add ("/export-dialog/import/accounts", Fixture, NULL,
              fixture_set_up, test_import_accounts, fixture_tear_down);
  g_test_add ("/export-dialog/import/error", Fixture, NULL,
              fixture_set_up, test_import_error, fixture_tear_down);

  return g_test_run ();
}
