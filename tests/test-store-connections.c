/* test-store-connections.c: worker connections keep the app's writes safe
 *
 * Pages read in worker threads, each on a connection of its own to the
 * file the app has open. Opening one must not drop the locks of the
 * app's connection: without them the next process that looks at the
 * file (the CLI, sqlite3) takes itself for the last user, checkpoints
 * and deletes the -wal file, and what the app writes after that is
 * lost to every other reader.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-store-records.h"
#include "csp-test-util.h"

/* Where the subprocess finds the database, and how many accounts it
 * must see there. */
#define DB_VAR "CSP_TEST_CONNECTIONS_DB"
#define N_VAR  "CSP_TEST_CONNECTIONS_ACCOUNTS"

static guint
count_accounts (CspStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) accounts = csp_store_list_accounts (store, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (accounts);
}

/* Another process: opens the file as the CLI does, reads, closes. */
static void
look_from_another_process (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspStore) store = csp_store_open (g_getenv (DB_VAR), &error);

  g_assert_no_error (error);
  g_assert_cmpuint (count_accounts (store), ==, (guint) g_ascii_strtoull (g_getenv (N_VAR), NULL, 10));
}

static void
run_other_process (const char *path,
                   guint       n_accounts)
{
  g_autofree char *n = g_strdup_printf ("%u", n_accounts);

  g_setenv (DB_VAR, path, TRUE);
  g_setenv (N_VAR, n, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_worker_connection (CspTestFolder *folder,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspStore) app = NULL;
  g_autofree char *wal = g_strconcat (folder->db, "-wal", NULL);

  if (g_test_subprocess ())
    {
      look_from_another_process ();
      return;
    }

  app = csp_store_open (folder->db, &error);
  g_assert_no_error (error);
  csp_test_add_account (app, "Before");

  /* A page's read in a worker, on a connection of its own. */
  {
    g_autoptr(CspStore) worker = csp_store_open_connection (folder->db, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (count_accounts (worker), ==, 1);
  }

  /* Another process looks and leaves; the app's -wal stays, and what
   * the app writes next is what the following look sees. */
  run_other_process (folder->db, 1);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  csp_test_add_account (app, "After");
  run_other_process (folder->db, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store-connections/worker", CspTestFolder, NULL, csp_test_folder_set_up,
              test_worker_connection, csp_test_folder_tear_down);

  return g_test_run ();
}
