/* test-cli.c: success-planner-cli as scripts run it
 *
 * Runs the real binary ($CSP_CLI) with no display and checks exit
 * statuses, the one-line errors on stderr, and that refused files are
 * left exactly as they were.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "csp-test-util.h"

#define TODAY "2026-03-15"

typedef CspTestFolder Fixture;

/* Runs the CLI in the fixture's folder with @args, and with
 * SUCCESS_PLANNER_DB set to @env_db (RUN_ENV) or unset (RUN). */
#define RUN(fixture, result, ...) \
  CSP_TEST_RUN_CLI (result, (fixture)->dir, NULL, __VA_ARGS__)
#define RUN_ENV(fixture, result, env_db, ...) \
  CSP_TEST_RUN_CLI (result, (fixture)->dir, env_db, __VA_ARGS__)

/* One line on stderr, naming @path. */
static void
assert_one_error_line (const CspTestResult *result,
                       const char          *path)
{
  const char *newline = strchr (result->err, '\n');

  g_assert_nonnull (newline);
  g_assert_cmpstr (newline + 1, ==, "");
  g_assert_true (g_str_has_prefix (result->err, "success-planner-cli: "));
  g_assert_nonnull (strstr (result->err, path));
}

static void
demo (Fixture    *fixture,
      const char *path,
      const char *accounts)
{
  g_auto(CspTestResult) result = { 0 };

  RUN (fixture, &result, "--db", path, "demo", "--accounts", accounts, "--weeks", "4",
       "--today", TODAY);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);
}

static gint64
count_accounts (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM account", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return n;
}

static void
test_help (Fixture       *fixture,
           gconstpointer  data)
{
  g_auto(CspTestResult) result = { 0 };
  const char * const expected[] = {
    "demo", "check", "backup", "--db", "Exit status", "0  success", "2  usage error",
    "3  bad input or refused data file", "4  I/O error",
  };

  RUN (fixture, &result, "--help");
  g_assert_cmpint (result.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_nonnull (strstr (result.out, expected[i]));

  RUN (fixture, &result, "demo", "--help");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "--accounts"));
  g_assert_nonnull (strstr (result.out, "--seed"));
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(CspTestResult) result = { 0 };

  RUN (fixture, &result, "frobnicate");
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "frobnicate"));
  g_assert_nonnull (strstr (result.err, "Usage"));

  RUN (fixture, &result, "--db", fixture->db);
  g_assert_cmpint (result.status, ==, 2);

  RUN (fixture, &result, "--no-such-option", "check");
  g_assert_cmpint (result.status, ==, 2);

  RUN (fixture, &result, "check", "extra");
  g_assert_cmpint (result.status, ==, 2);

  RUN (fixture, &result, "backup");
  g_assert_cmpint (result.status, ==, 2);

  /* Nothing is created by a command line that was refused. */
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
}

static void
test_demo_arguments (Fixture       *fixture,
                     gconstpointer  data)
{
  const char * const bad[][3] = {
    { "--accounts", "0", NULL },
    { "--accounts", "abc", NULL },
    { "--accounts", "-5", NULL },
    { "--weeks", "3", NULL },               /* no --accounts */
    { "--accounts", "3", "--weeks=0" },
    { "--accounts", "3", "--seed=-1" },
    { "--accounts", "3", "--today=2026-02-30" },
    { "--accounts", "3", "surplus" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(CspTestResult) result = { 0 };

      RUN (fixture, &result, "--db", fixture->db, "demo", bad[i][0], bad[i][1], bad[i][2]);
      g_test_message ("demo %s %s %s", bad[i][0], bad[i][1], bad[i][2]);
      g_assert_cmpint (result.status, ==, 2);
      g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
    }
}

static void
test_demo_then_check (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(CspTestResult) result = { 0 };

  /* --db after the command works as well as before it. */
  RUN (fixture, &result, "demo", "--accounts", "30", "--seed", "5", "--db", fixture->db);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpint (count_accounts (fixture->db), ==, 30);

  RUN (fixture, &result, "--db", fixture->db, "check");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_nonnull (strstr (result.out, "integrity_check: ok"));
  g_assert_nonnull (strstr (result.out, "foreign_key_check: ok"));
}

static void
test_demo_refuses_non_empty (Fixture       *fixture,
                             gconstpointer  data)
{
  g_auto(CspTestResult) result = { 0 };

  demo (fixture, fixture->db, "3");
  RUN (fixture, &result, "--db", fixture->db, "demo", "--accounts", "3");
  g_assert_cmpint (result.status, ==, 3);
  assert_one_error_line (&result, fixture->db);
  g_assert_cmpint (count_accounts (fixture->db), ==, 3);
}

/* Refused files: each is checked, demoed and backed up, and must come
 * out byte for byte as it went in, with no journal beside it. */

static void
assert_refused (Fixture    *fixture,
                const char *path)
{
  g_autofree char *before = NULL;
  g_autofree char *backup = g_build_filename (fixture->dir, "refused-copy.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  gsize length_before;
  g_auto(CspTestResult) result = { 0 };

  before = csp_test_read_file (path, &length_before);

  RUN (fixture, &result, "--db", path, "check");
  g_assert_cmpint (result.status, ==, 3);
  assert_one_error_line (&result, path);

  RUN (fixture, &result, "--db", path, "demo", "--accounts", "2");
  g_assert_cmpint (result.status, ==, 3);
  assert_one_error_line (&result, path);

  RUN (fixture, &result, "--db", path, "backup", backup);
  g_assert_cmpint (result.status, ==, 3);
  assert_one_error_line (&result, path);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  {
    g_autofree char *after = NULL;
    gsize length_after;

    after = csp_test_read_file (path, &length_after);
    g_assert_cmpmem (before, length_before, after, length_after);
  }
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refuses_not_sqlite (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "notes.db", NULL);

  csp_test_write_file (path, "Meeting notes, not a database.\n", -1);
  assert_refused (fixture, path);
}

static void
test_refuses_truncated (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "truncated.db", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  demo (fixture, fixture->db, "20");
  contents = csp_test_read_file (fixture->db, &length);
  g_assert_cmpuint (length, >, 8192);

  /* Cut at a page boundary: only the header's page count tells. */
  csp_test_write_file (path, contents, (gssize) (length / 2 / 4096 * 4096));
  assert_refused (fixture, path);

  csp_test_write_file (path, contents, (gssize) (length / 2 + 100));
  assert_refused (fixture, path);
}

static void
test_refuses_too_new (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "future.db", NULL);

  /* 1129533489 is 0x43535031, "CSP1": ours, but from a later version. */
  csp_test_exec_sql (path, "PRAGMA application_id = 1129533489; PRAGMA user_version = 99;"
                      "CREATE TABLE account (id INTEGER PRIMARY KEY, name TEXT);");
  assert_refused (fixture, path);
}

static void
test_refuses_foreign (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "places.sqlite", NULL);

  csp_test_exec_sql (path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                      "INSERT INTO moz_places (url) VALUES ('https://www.gnome.org/');");
  assert_refused (fixture, path);
}

static void
test_check_missing_file (Fixture       *fixture,
                         gconstpointer  data)
{
  g_auto(CspTestResult) result = { 0 };

  RUN (fixture, &result, "--db", fixture->db, "check");
  g_assert_cmpint (result.status, ==, 4);
  assert_one_error_line (&result, fixture->db);
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
}

static void
test_backup (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);
  g_auto(CspTestResult) result = { 0 };

  demo (fixture, fixture->db, "12");
  RUN (fixture, &result, "--db", fixture->db, "backup", copy);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");

  RUN (fixture, &result, "--db", copy, "check");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpint (count_accounts (copy), ==, 12);

  RUN (fixture, &result, "--db", fixture->db, "backup", fixture->db);
  g_assert_cmpint (result.status, ==, 3);
  assert_one_error_line (&result, fixture->db);
  g_assert_cmpint (count_accounts (fixture->db), ==, 12);
}

/* Nothing but the database (and its WAL files) in the folder: a failed
 * backup leaves no temporary file behind. */
static void
assert_no_leftovers (Fixture *fixture)
{
  GDir *dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_test_message ("found %s", name);
      g_assert_true (g_str_has_prefix (name, "planner.db") || g_str_equal (name, "existing-dir"));
    }
  g_dir_close (dir);
}

static void
test_backup_io_errors (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "no", "such", "dir", "copy.db", NULL);
  g_autofree char *existing_dir = g_build_filename (fixture->dir, "existing-dir", NULL);
  g_autofree char *under_file = g_build_filename (fixture->db, "copy.db", NULL);
  g_auto(CspTestResult) result = { 0 };

  demo (fixture, fixture->db, "2");
  g_assert_cmpint (g_mkdir (existing_dir, 0700), ==, 0);

  RUN (fixture, &result, "--db", fixture->db, "backup", missing);
  g_assert_cmpint (result.status, ==, 4);
  assert_one_error_line (&result, missing);

  /* A path under a plain file: refused even for root, unlike modes. */
  RUN (fixture, &result, "--db", fixture->db, "backup", under_file);
  g_assert_cmpint (result.status, ==, 4);
  assert_one_error_line (&result, under_file);

  /* The copy is made, then cannot replace a folder. */
  RUN (fixture, &result, "--db", fixture->db, "backup", existing_dir);
  g_assert_cmpint (result.status, ==, 4);
  assert_one_error_line (&result, existing_dir);

  assert_no_leftovers (fixture);
}

static void
test_environment_database (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *env_db = g_build_filename (fixture->dir, "from-env.db", NULL);
  g_autofree char *junk = g_build_filename (fixture->dir, "junk.db", NULL);
  g_autofree char *default_db = g_build_filename (fixture->dir, "success-planner", "planner.db", NULL);
  g_auto(CspTestResult) result = { 0 };

  RUN_ENV (fixture, &result, env_db, "demo", "--accounts", "4", "--weeks", "2");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpint (count_accounts (env_db), ==, 4);
  RUN_ENV (fixture, &result, env_db, "check");
  g_assert_cmpint (result.status, ==, 0);

  /* --db wins over the environment. */
  csp_test_write_file (junk, "junk", -1);
  RUN_ENV (fixture, &result, junk, "--db", env_db, "check");
  g_assert_cmpint (result.status, ==, 0);
  RUN_ENV (fixture, &result, junk, "check");
  g_assert_cmpint (result.status, ==, 3);
  assert_one_error_line (&result, junk);

  /* Neither: the user data folder ($XDG_DATA_HOME here). */
  RUN (fixture, &result, "demo", "--accounts", "2", "--weeks", "1");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_file_test (default_db, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (strstr (result.out, default_db));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, csp_test_folder_set_up, func, csp_test_folder_tear_down)

  ADD ("/cli/help", test_help);
  ADD ("/cli/usage-errors", test_usage_errors);
  ADD ("/cli/demo/arguments", test_demo_arguments);
  ADD ("/cli/demo/then-check", test_demo_then_check);
  ADD ("/cli/demo/refuses-non-empty", test_demo_refuses_non_empty);
  ADD ("/cli/refuses/not-sqlite", test_refuses_not_sqlite);
  ADD ("/cli/refuses/truncated", test_refuses_truncated);
  ADD ("/cli/refuses/too-new", test_refuses_too_new);
  ADD ("/cli/refuses/foreign", test_refuses_foreign);
  ADD ("/cli/check/missing-file", test_check_missing_file);
  ADD ("/cli/backup/ok", test_backup);
  ADD ("/cli/backup/io-errors", test_backup_io_errors);
  ADD ("/cli/environment-database", test_environment_database);

  return g_test_run ();
}
