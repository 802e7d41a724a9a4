/* test-meeting-brief-view.c: the brief widget, its Markdown and its PDF
 *
 * A window holds a CspMeetingBriefView on a small account with Chinese
 * names and notes. The tests wait for the worker's read, look at the
 * rows, change the store and wait for the view to read again, copy the
 * Markdown and read the clipboard back, and export PDFs that poppler's
 * tools (pdfinfo, pdftotext, pdffonts) must read: a valid file, Chinese
 * text in it with a Chinese font embedded, more pages for long notes,
 * and a clear error naming the path for a folder that is not there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "csp-meeting-brief-view.h"
#include "csp-store-records.h"
#include "csp-test-ui.h"
#include "csp-test-util.h"

#define ACCOUNT "华东精密制造集团"

typedef struct
{
  CspTestFolder        folder;
  CspStore            *store;
  gint64               account;
  gint64               plan;
  gint64               meeting;
  GtkWindow           *window;
  CspMeetingBriefView *view;
} Fixture;

/* Helpers */

static gint64
add (CspStore *store,
     gpointer  record)
{
  g_autoptr(GError) error = NULL;

  csp_store_insert (store, CSP_RECORD (record), &error);
  g_assert_no_error (error);
  return csp_record_get_id (CSP_RECORD (record));
}

static void
add_history (Fixture *f)
{
  g_autoptr(CspAccount) account = csp_account_new (ACCOUNT);
  g_autoptr(CspSuccessPlan) plan = NULL;
  g_autoptr(CspStakeholder) person = NULL;
  g_autoptr(CspHealthSnapshot) snapshot = NULL;
  g_autoptr(CspMeeting) meeting = NULL;
  g_autoptr(CspAttendee) attendee = NULL;

  csp_account_set_currency (account, "CNY");
  csp_account_set_arr_minor (account, 85000000);
  csp_account_set_renewal_on (account, "2026-09-30");
  f->account = add (f->store, account);
  plan = csp_success_plan_new (f->account, "数字化转型计划");
  f->plan = add (f->store, plan);
  person = csp_stakeholder_new (f->account, "王建国");
  csp_stakeholder_set_level (person, CSP_LEVEL_EXECUTIVE);
  csp_stakeholder_set_title (person, "首席信息官");
  add (f->store, person);
  snapshot = csp_health_snapshot_new (f->account, "2026-05-20");
  csp_health_snapshot_set_score (snapshot, 64);
  add (f->store, snapshot);

  meeting = csp_meeting_new (f->account, "年度战略会议", "2026-06-01T02:00:00Z");
  csp_meeting_set_kind (meeting, CSP_MEETING_STRATEGY);
  csp_meeting_set_status (meeting, CSP_MEETING_HELD);
  csp_meeting_set_agenda (meeting, "一、回顾上季度进展\n二、确定续约计划");
  csp_meeting_set_notes (meeting, "客户对新功能满意，希望加快推广。");
  f->meeting = add (f->store, meeting);
  attendee = csp_attendee_new (f->meeting, "王建国");
  csp_attendee_set_stakeholder_id (attendee, csp_record_get_id (CSP_RECORD (person)));
  add (f->store, attendee);
}

static gboolean
view_ready (gpointer data)
{
  CspMeetingBriefView *view = data;

  return csp_meeting_brief_view_get_brief (view) != NULL &&
         !csp_meeting_brief_view_get_loading (view);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  csp_test_folder_set_up (&f->folder, data);
  f->store = csp_test_open_store (f->folder.db);
  add_history (f);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 420, 700);
  f->view = CSP_MEETING_BRIEF_VIEW (csp_meeting_brief_view_new ());
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (f->view));
  gtk_window_set_child (f->window, scrolled);
  g_object_ref (f->window);
  gtk_window_present (f->window);

  csp_meeting_brief_view_set_store (f->view, f->store);
  csp_meeting_brief_view_show_meeting (f->view, f->meeting);
  csp_test_wait_until (view_ready, f->view);
  csp_test_wait_for_frame (GTK_WIDGET (f->view));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  csp_test_close_window (f->window);
  g_assert_finalize_object (f->store);
  csp_test_folder_tear_down (&f->folder, data);
}

/* Runs a poppler tool on @path; returns what it printed. */
static char *
run_tool (const char *tool,
          const char *path)
{
  const char *argv[] = { tool, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  /* pdftotext writes to "-"; pdfinfo and pdffonts take one file. */
  if (!g_str_equal (tool, "pdftotext"))
    argv[2] = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s %s: %s", tool, path, err);
  return out;
}

static int
count_pages (const char *path)
{
  g_autofree char *info = run_tool ("pdfinfo", path);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return atoi (pages + strlen ("Pages:"));
}

static char *
export (Fixture    *f,
        const char *name)
{
  char *path = g_build_filename (f->folder.dir, name, NULL);

  g_assert_true (csp_meeting_brief_view_export_pdf (f->view, path));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return path;
}

static gboolean
label_contains (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_child_visible (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

static gboolean
row_shown (gpointer data)
{
  gpointer *args = data;

  return csp_test_find_widget (args[0], ADW_TYPE_ACTION_ROW, args[1]) != NULL;
}

/* Tests */

/* Sections as groups, attendees as rows, the buttons usable. */
static void
test_shows_brief (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (f->view);

  g_assert_nonnull (csp_test_find_widget (view, ADW_TYPE_PREFERENCES_GROUP, NULL));
  g_assert_nonnull (csp_test_find_widget (view, ADW_TYPE_ACTION_ROW, "王建国"));
  g_assert_nonnull (csp_test_find_widget (view, ADW_TYPE_ACTION_ROW, "No open actions"));
  g_assert_true (gtk_widget_is_sensitive (csp_test_find_widget (view, GTK_TYPE_BUTTON,
                                                                "_Copy as Markdown")));
  g_assert_true (gtk_widget_is_sensitive (csp_test_find_widget (view, GTK_TYPE_BUTTON,
                                                                "_Export PDF…")));
}

/* A write anywhere in the store makes the view read again. */
static void
test_reloads_on_change (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CspActionItem) action = csp_action_item_new (f->plan, "准备续约报价");
  gpointer args[] = { f->view, "准备续约报价" };

  csp_action_item_set_due_on (action, "2026-07-15");
  add (f->store, action);
  csp_test_wait_until (row_shown, args);
}

static void
read_text_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
text_read (gpointer data)
{
  return *(char **) data != NULL;
}

/* "Copy as Markdown" puts the brief, with its agenda, on the clipboard. */
static void
test_copy_markdown (Fixture       *f,
                    gconstpointer  data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->view));
  g_autofree char *text = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "brief.copy-markdown", NULL));
  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &text);
  csp_test_wait_until (text_read, &text);

  g_assert_true (g_str_has_prefix (text, "# 年度战略会议\n"));
  g_assert_nonnull (strstr (text, ACCOUNT));
  g_assert_nonnull (strstr (text, "## Agenda\n\n一、回顾上季度进展  \n二、确定续约计划\n"));
  g_assert_nonnull (csp_test_find (GTK_WIDGET (f->view), label_contains, "Brief copied"));
}

static gboolean
brief_replaced (gpointer data)
{
  gpointer *args = data;

  return csp_meeting_brief_view_get_brief (args[0]) != args[1] && view_ready (args[0]);
}

/* A valid PDF with the Chinese text and a Chinese font in it; long
 * notes take more pages. */
static void
test_export_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *short_pdf = export (f, "short.pdf");
  g_autofree char *text = run_tool ("pdftotext", short_pdf);
  g_autofree char *fonts = run_tool ("pdffonts", short_pdf);
  g_autoptr(CspMeeting) meeting = csp_store_get_meeting (f->store, f->meeting, NULL);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autofree char *long_pdf = NULL;
  gpointer args[] = { f->view, csp_meeting_brief_view_get_brief (f->view) };
  int short_pages = count_pages (short_pdf);

  g_assert_cmpint (short_pages, >=, 1);
  g_assert_nonnull (strstr (text, ACCOUNT));
  g_assert_nonnull (strstr (text, "客户对新功能满意"));
  g_assert_nonnull (strstr (text, "Page 1 of"));
  g_assert_nonnull (strstr (fonts, "WenQuanYi"));

  for (int i = 1; i <= 300; i++)
    g_string_append_printf (notes, "%d. 第%d条会议记录：讨论了推广计划与培训安排。\n", i, i);
  csp_meeting_set_notes (meeting, notes->str);
  g_assert_true (csp_store_update_meeting (f->store, meeting, NULL));
  csp_test_wait_until (brief_replaced, args);

  long_pdf = export (f, "long.pdf");
  g_assert_cmpint (count_pages (long_pdf), >, short_pages + 3);
}

static gboolean
dialog_open (gpointer data)
{
  return (csp_test_find_toplevel (GTK_TYPE_DIALOG) != NULL) == GPOINTER_TO_INT (data);
}

/* Print… opens the print dialog; cancelling it closes it and says
 * nothing. */
static void
test_print_dialog (Fixture       *f,
                   gconstpointer  data)
{
  GtkDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "brief.print", NULL));
  csp_test_wait_until (dialog_open, GINT_TO_POINTER (TRUE));
  dialog = csp_test_find_toplevel (GTK_TYPE_DIALOG);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == f->window);

  gtk_dialog_response (dialog, GTK_RESPONSE_CANCEL);
  csp_test_wait_until (dialog_open, GINT_TO_POINTER (FALSE));
  g_assert_null (csp_test_find (GTK_WIDGET (f->view), label_contains, "Could not"));
}

/* A folder that is not there: no file, and a message naming the path. */
static void
test_export_error (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->folder.dir, "missing", "brief.pdf", NULL);

  g_assert_false (csp_meeting_brief_view_export_pdf (f->view, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (csp_test_find (GTK_WIDGET (f->view), label_contains, path));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  csp_test_ui_init ();

#define ADD(path, func) \
  g_test_add ("/meeting-brief-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("shows-brief", test_shows_brief);
  ADD ("reloads-on-change", test_reloads_on_change);
  ADD ("copy-markdown", test_copy_markdown);
  ADD ("export-pdf", test_export_pdf);
  ADD ("export-error", test_export_error);
  ADD ("print-dialog", test_print_dialog);
#undef ADD

  return g_test_run ();
}
