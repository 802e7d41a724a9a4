/* test-store-watch.c: widgets read again after the store's writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-store-records.h"
#include "csp-store-watch.h"
#include "csp-test-ui.h"
#include "csp-test-util.h"

static guint n_reads;

static void
count_read (GtkWidget *widget)
{
  n_reads++;
}

static const char * const tables[] = { "account", NULL };

static void
add_account (CspStore   *store,
             const char *name)
{
  g_autoptr(CspAccount) account = csp_account_new (name);

  g_assert_true (csp_store_add_account (store, account, NULL));
}

static void
settle (void)
{
  csp_test_wait_until (csp_test_no_pending_events, NULL);
}

/* On show: a burst of writes is read once; other tables are ignored.
 * Hidden: nothing until the widget is shown again, then one read. */
static void
test_watch (CspTestFolder *folder,
            gconstpointer  data)
{
  g_autoptr(CspStore) store = csp_test_open_store (folder->db);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = gtk_label_new ("watched");
  g_autoptr(CspStoreWatch) watch = csp_store_watch_new (label, tables, count_read);

  gtk_window_set_child (GTK_WINDOW (window), label);
  gtk_window_present (GTK_WINDOW (window));
  csp_test_wait_for_frame (window);
  csp_store_watch_set_store (watch, store);

  n_reads = 0;
  add_account (store, "One");
  add_account (store, "Two");
  add_account (store, "Three");
  g_assert_true (csp_store_watch_get_pending (watch));
  settle ();
  g_assert_cmpuint (n_reads, ==, 1);
  g_assert_false (csp_store_watch_get_pending (watch));

  {
    g_autoptr(CspAccount) account = csp_account_new ("Four");
    g_autoptr(CspStakeholder) person = NULL;

    g_assert_true (csp_store_add_account (store, account, NULL));
    settle ();
    n_reads = 0;
    person = csp_stakeholder_new (csp_record_get_id (CSP_RECORD (account)), "Li Wei");
    g_assert_true (csp_store_add_stakeholder (store, person, NULL));
    settle ();
    g_assert_cmpuint (n_reads, ==, 0);
  }

  gtk_widget_set_visible (label, FALSE);
  add_account (store, "Hidden");
  settle ();
  g_assert_cmpuint (n_reads, ==, 0);
  g_assert_true (csp_store_watch_get_pending (watch));
  gtk_widget_set_visible (label, TRUE);
  settle ();
  g_assert_cmpuint (n_reads, ==, 1);

  /* The widget read by itself: the write before it needs no read. */
  add_account (store, "Read anyway");
  csp_store_watch_reading (watch);
  settle ();
  g_assert_cmpuint (n_reads, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  csp_test_ui_init ();

  g_test_add ("/store-watch/reads", CspTestFolder, NULL, csp_test_folder_set_up, test_watch,
              csp_test_folder_tear_down);

  return g_test_run ();
}
