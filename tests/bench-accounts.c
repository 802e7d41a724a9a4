/* bench-accounts.c: how the Accounts table behaves at portfolio scale
 *
 * Not a test: it asserts nothing about time. It opens the real window on
 * a large database and prints the time to a filled table and, for each
 * keystroke of a search, each column sorted and a scroll through the
 * table, the longest gap in the main loop (what a user sees as a
 * stall).
 *
 *   meson test -C _build --benchmark accounts
 *
 * uses $CSP_BENCH_DB when set, else makes a demo database of
 * $CSP_BENCH_ACCOUNTS accounts (default 20000, 104 weeks) in a
 * temporary folder first (about half a minute).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "csp-accounts-page.h"
#include "csp-test-ui.h"
#include "csp-test-util.h"
#include "csp-window.h"

static gint64 last_tick;
static gint64 longest_gap;

static gboolean
tick_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();

  if (last_tick != 0 && now - last_tick > longest_gap)
    longest_gap = now - last_tick;
  last_tick = now;
  return G_SOURCE_CONTINUE;
}

static gboolean
table_filled (gpointer page)
{
  return !csp_accounts_page_get_loading (page) &&
         g_list_model_get_n_items (csp_accounts_page_get_model (page)) > 0;
}

static gboolean
filter_done (gpointer page)
{
  GListModel *shown = csp_accounts_page_get_shown_model (page);

  return !GTK_IS_FILTER_LIST_MODEL (shown) ||
         gtk_filter_list_model_get_pending (GTK_FILTER_LIST_MODEL (shown)) == 0;
}

static CspStore *
open_database (char **dir)
{
  const char *path = g_getenv ("CSP_BENCH_DB");
  const char *accounts = g_getenv ("CSP_BENCH_ACCOUNTS");
  g_autofree char *demo = NULL;

  if (path != NULL && *path != '\0')
    return csp_test_open_store (path);

  *dir = csp_test_make_dir ("bench-accounts-XXXXXX");
  demo = g_build_filename (*dir, "planner.db", NULL);
  return csp_test_open_demo (demo, accounts ? (guint) atoi (accounts) : 20000, 104, 1,
                             "2026-11-25");
}

/* Puts @text in the search as a user would: typed on at the end when
 * it extends what is there, else over a selection of all of it (which
 * empties the entry for a moment), and reports when the table has
 * caught up. */
static void
measure_keystroke (CspAccountsPage *page,
                   GtkEditable     *entry,
                   const char      *text)
{
  const char *shown = gtk_editable_get_text (entry);
  gint64 start = g_get_monotonic_time ();
  gint64 settle = start + 300 * 1000; /* past the entry's own delay */

  longest_gap = 0;
  last_tick = 0;
  if (*shown != '\0' && g_str_has_prefix (text, shown))
    {
      int position = -1;

      gtk_editable_insert_text (entry, text + strlen (shown), -1, &position);
    }
  else
    gtk_editable_set_text (entry, text);
  while (g_get_monotonic_time () < settle)
    g_main_context_iteration (NULL, FALSE);
  csp_test_wait_until (filter_done, page);

  g_print ("search “%s”: %u rows, done %.0f ms after the keystroke, longest main-loop gap %.1f ms\n",
           text, g_list_model_get_n_items (csp_accounts_page_get_shown_model (page)),
           (g_get_monotonic_time () - start) / 1000.0, longest_gap / 1000.0);
}

/* Lets the main loop run for @ms and returns the longest gap meanwhile. */
static double
settle_gap (guint ms)
{
  gint64 settle = g_get_monotonic_time () + ms * 1000;

  longest_gap = 0;
  last_tick = 0;
  while (g_get_monotonic_time () < settle)
    g_main_context_iteration (NULL, FALSE);
  return longest_gap / 1000.0;
}

static gboolean
reloaded (gpointer page)
{
  return !csp_accounts_page_get_loading (page);
}

/* What a write elsewhere costs the table: it reads all rows again in a
 * worker, then swaps them in one step. */
static void
measure_reload (CspAccountsPage *page)
{
  gint64 start = g_get_monotonic_time ();
  double took, gap;

  longest_gap = 0;
  last_tick = 0;
  csp_accounts_page_reload (page);
  csp_test_wait_until (reloaded, page);
  took = (g_get_monotonic_time () - start) / 1000.0;
  gap = longest_gap / 1000.0;
  g_print ("reload after a write: %.0f ms, longest main-loop gap %.1f ms (then %.1f ms)\n",
           took, gap, settle_gap (300));
}

/* A click on each column header in turn (the sort then runs in slices
 * between frames), and pages of scrolling down the sorted table. */
static void
measure_sort_and_scroll (GtkColumnView *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  GtkScrolledWindow *scrolled =
    GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  double worst = 0;

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (gtk_column_view_column_get_sorter (column) == NULL)
        continue;
      gtk_column_view_sort_by_column (view, column, GTK_SORT_DESCENDING);
      g_print ("sort by “%s”: longest main-loop gap %.1f ms\n",
               gtk_column_view_column_get_title (column), settle_gap (600));
    }

  for (guint step = 1; step <= 20; step++)
    {
      double end = gtk_adjustment_get_upper (adjustment) -
                   gtk_adjustment_get_page_size (adjustment);

      gtk_adjustment_set_value (adjustment, end * step / 20.0);
      worst = MAX (worst, settle_gap (50));
    }
  g_print ("scroll in 20 jumps through the table: longest main-loop gap %.1f ms\n", worst);
}

int
main (int    argc,
      char **argv)
{
  const char *keystrokes[] = { "n", "no", "nor", "nort", "north", "北", "北京", "", "a", "ac", "acm", "acme", "北", "" };
  g_autofree char *dir = NULL;
  g_autoptr(CspStore) store = NULL;
  CspAccountsPage *page;
  CspWindow *window;
  GtkWidget *entry;
  gint64 start;

  csp_test_ui_init ();
  store = open_database (&dir);

  start = g_get_monotonic_time ();
  window = g_object_new (CSP_TYPE_WINDOW, "store", store,
                         "default-width", 1280, "default-height", 800, NULL);
  gtk_window_present (GTK_WINDOW (window));
  page = CSP_ACCOUNTS_PAGE (csp_test_find_widget (GTK_WIDGET (window),
                                                  CSP_TYPE_ACCOUNTS_PAGE, NULL));
  csp_test_wait_until (table_filled, page);
  g_print ("filled table: %u rows %.0f ms after the window was made\n",
           g_list_model_get_n_items (csp_accounts_page_get_model (page)),
           (g_get_monotonic_time () - start) / 1000.0);

  csp_test_wait_for_frame (GTK_WIDGET (window));
  g_timeout_add (1, tick_cb, NULL);
  csp_accounts_page_set_search_mode (page, TRUE);
  entry = csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (keystrokes); i++)
    measure_keystroke (page, GTK_EDITABLE (entry), keystrokes[i]);
  measure_reload (page);
  measure_sort_and_scroll (GTK_COLUMN_VIEW (csp_test_find_widget (GTK_WIDGET (page),
                                                                  GTK_TYPE_COLUMN_VIEW, NULL)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  if (dir != NULL)
    csp_test_remove_tree (dir);
  return 0;
}
