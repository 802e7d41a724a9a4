/* csp-test-util.c: helpers every test program shares
 *
 * Temporary folders, whole files, runs of the real CLI and sample
 * portfolios. Every helper fails the calling test on an unexpected
 * error, so the tests read as the steps they take.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "csp-account.h"
#include "csp-demo.h"
#include "csp-meeting.h"
#include "csp-store-records.h"
#include "csp-test-util.h"

void
csp_test_result_clear (CspTestResult *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

/* A new folder from @tmpl ("test-cli-XXXXXX") in the temporary folder. */
char *
csp_test_make_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes @path and all below it; FALSE when anything stayed, which
 * tests that must leave nothing open or read-only assert on. */
gboolean
csp_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  gboolean removed = TRUE;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        removed &= csp_test_remove_tree (child);
      else
        removed &= g_unlink (child) == 0;
    }

  return g_rmdir (path) == 0 && removed;
}

/* The whole of @path; @length (may be NULL) gets its size. */
char *
csp_test_read_file (const char *path,
                    gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

/* The folder is named after the test program (test-cli-XXXXXX), so a
 * folder left behind says who left it. */
void
csp_test_folder_set_up (CspTestFolder *folder,
                        gconstpointer  data)
{
  g_autofree char *program = g_path_get_basename (g_get_prgname ());
  g_autofree char *tmpl = g_strconcat (program, "-XXXXXX", NULL);

  folder->dir = csp_test_make_dir (tmpl);
  folder->db = g_build_filename (folder->dir, "planner.db", NULL);
}

void
csp_test_folder_tear_down (CspTestFolder *folder,
                           gconstpointer  data)
{
  csp_test_remove_tree (folder->dir);
  g_clear_pointer (&folder->dir, g_free);
  g_clear_pointer (&folder->db, g_free);
}

/* Writes @length bytes of @contents (-1: up to its NUL) to @path. */
void
csp_test_write_file (const char *path,
                     const char *contents,
                     gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* Runs @sql on the SQLite file @path, behind the store's back. */
void
csp_test_exec_sql (const char *path,
                   const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static int
exit_status (int wait_status)
{
  g_autoptr(GError) error = NULL;

  if (g_spawn_check_wait_status (wait_status, &error))
    return 0;
  g_assert_error (error, G_SPAWN_EXIT_ERROR, error->code);
  return error->code;
}

/* The CLI's environment: no display at all, the user data folder in
 * @dir (so the default database is never the user's), and
 * SUCCESS_PLANNER_DB only when @db is given. */
static char **
cli_environment (const char *dir,
                 const char *db)
{
  char **env = g_get_environ ();

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_setenv (env, "XDG_DATA_HOME", dir, TRUE);
  if (db != NULL)
    env = g_environ_setenv (env, "SUCCESS_PLANNER_DB", db, TRUE);
  else
    env = g_environ_unsetenv (env, "SUCCESS_PLANNER_DB");

  return env;
}

/* Runs $CSP_CLI with @args (NULL-terminated) in @dir, as a user would
 * in a terminal there, into @result (cleared first). */
void
csp_test_run_cli (CspTestResult      *result,
                  const char         *dir,
                  const char         *db,
                  const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = cli_environment (dir, db);
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("CSP_CLI");
  int wait_status = 0;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  csp_test_result_clear (result);
  g_spawn_sync (dir, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  result->status = exit_status (wait_status);
}

/* Fills @store with the sample portfolio; a fixed @seed and @today
 * (NULL: the real date) make the same rows every run. */
void
csp_test_fill_demo (CspStore   *store,
                    guint       n_accounts,
                    guint       n_weeks,
                    guint32     seed,
                    const char *today)
{
  CspDemoOptions options = { n_accounts, n_weeks, seed, today };
  g_autoptr(GError) error = NULL;

  g_assert_true (csp_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* Opens the database at @path, creating it when missing. */
CspStore *
csp_test_open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  CspStore *store = csp_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

/* A new database at @path holding the sample portfolio. */
CspStore *
csp_test_open_demo (const char *path,
                    guint       n_accounts,
                    guint       n_weeks,
                    guint32     seed,
                    const char *today)
{
  CspStore *store = csp_test_open_store (path);

  csp_test_fill_demo (store, n_accounts, n_weeks, seed, today);
  return store;
}

/* A new account named @name in @store; its id. */
gint64
csp_test_add_account (CspStore   *store,
                      const char *name)
{
  g_autoptr(CspAccount) account = csp_account_new (name);
  g_autoptr(GError) error = NULL;

  g_assert_true (csp_store_add_account (store, account, &error));
  g_assert_no_error (error);
  return csp_record_get_id (CSP_RECORD (account));
}

/* A new meeting in @store; its id. */
gint64
csp_test_add_meeting (CspStore         *store,
                      gint64            account_id,
                      const char       *title,
                      const char       *scheduled_at,
                      CspMeetingKind    kind,
                      CspMeetingStatus  status,
                      const char       *notes)
{
  g_autoptr(CspMeeting) meeting = csp_meeting_new (account_id, title, scheduled_at);
  g_autoptr(GError) error = NULL;

  csp_meeting_set_kind (meeting, kind);
  csp_meeting_set_status (meeting, status);
  csp_meeting_set_notes (meeting, notes);
  g_assert_true (csp_store_add_meeting (store, meeting, &error));
  g_assert_no_error (error);
  return csp_record_get_id (CSP_RECORD (meeting));
}

/* Adds a health snapshot of @account taken on @taken_on with the
 * overall @score. */
void
csp_test_add_snapshot (CspStore   *store,
                       gint64      account,
                       const char *taken_on,
                       int         score)
{
  g_autoptr(CspHealthSnapshot) snapshot = csp_health_snapshot_new (account, taken_on);
  g_autoptr(GError) error = NULL;

  csp_health_snapshot_set_score (snapshot, score);
  g_assert_true (csp_store_add_health_snapshot (store, snapshot, &error));
  g_assert_no_error (error);
}

/* The build's catalogues (CSP_LOCALEDIR) in the environment's locale,
 * before g_test_init(): in the tests' C.UTF-8, LANGUAGE then picks the
 * language of the messages, at each translation. */
void
csp_test_bind_catalogue (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CSP_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
}
