/* test-import-cli.c: success-planner-cli import as scripts run it
 *
 * Runs the real binary ($CSP_CLI) in a temporary folder, with file
 * names relative to it as a user types them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

typedef struct
{
  char *dir;
  char *db; /* "planner.db" in dir, not created */
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-import-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db = g_build_filename (fixture->dir, "planner.db", NULL);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db);
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

/* Runs the CLI in the fixture's folder, on its database. */
static void
run (Fixture            *fixture,
     Result             *result,
     const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("CSP_CLI");
  int wait_status = 0;

  g_assert_nonnull (cli);
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_setenv (env, "XDG_DATA_HOME", fixture->dir, TRUE);
  env = g_environ_setenv (env, "SUCCESS_PLANNER_DB", fixture->db, TRUE);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  result_clear (result);
  g_spawn_sync (fixture->dir, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  result->status = exit_status (wait_status);
}

#define RUN(fixture, result, ...) \
  run (fixture, result, (const char * const[]) { __VA_ARGS__, NULL })

static void
write_file (Fixture    *fixture,
            const char *name,
            const char *content)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, content, -1, &error);
  g_assert_no_error (error);
}

static GBytes *
read_db (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (fixture->db, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in:\n%s", part, text);
}

#define ACCOUNTS "name,external_id,segment,arr\nAcme,CRM-1,enterprise,10.00\n华为,,smb,5\n"

static void
import_accounts (Fixture *fixture)
{
  g_auto(Result) result = { 0 };

  write_file (fixture, "accounts.csv", ACCOUNTS);
  RUN (fixture, &result, "import", "accounts", "accounts.csv");
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);
  assert_contains (result.out, "To create: 2\n");
  assert_contains (result.out, "To update: 0\n");
  assert_contains (result.out, "Errors: 0\n");
}

static void
test_accounts_then_unchanged (Fixture       *fixture,
                              gconstpointer  data)
{
  g_auto(Result) result = { 0 };

  import_accounts (fixture);
  RUN (fixture, &result, "import", "accounts", "accounts.csv");
  g_assert_cmpint (result.status, ==, 0);
  assert_contains (result.out, "To create: 0\n");
  assert_contains (result.out, "Unchanged: 2\n");
}

static void
test_health (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(Result) result = { 0 };

  import_accounts (fixture);
  write_file (fixture, "health.csv",
              "account,date,score,usage\nCRM-1,2026-01-05,80,\n华为,2026-01-05,,40\n");
  RUN (fixture, &result, "--db", fixture->db, "import", "health", "health.csv");
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);
  assert_contains (result.out, "To create: 2\n");
}

static void
test_dry_run (Fixture       *fixture,
              gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  import_accounts (fixture);
  before = read_db (fixture);
  write_file (fixture, "more.csv", "name,external_id,arr\nAcme Corp,CRM-1,10\nNew Co,,1\n");
  RUN (fixture, &result, "import", "accounts", "more.csv", "--dry-run");
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);
  assert_contains (result.out, "To create: 1\n");
  assert_contains (result.out, "To update: 1\n");
  assert_contains (result.out, "Dry run: nothing was written.\n");
  after = read_db (fixture);
  g_assert_true (g_bytes_equal (before, after));
}

/* A dry run on a database that does not exist creates none. */
static void
test_dry_run_creates_no_database (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_auto(Result) result = { 0 };

  write_file (fixture, "accounts.csv", ACCOUNTS);
  RUN (fixture, &result, "import", "--dry-run", "accounts", "accounts.csv");
  g_assert_cmpint (result.status, ==, 4);
  assert_contains (result.err, "no such database");
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  import_accounts (fixture);
  before = read_db (fixture);
  write_file (fixture, "bad.csv",
              "name,arr,segment,colour\nGood Co,1\nBad Co,-1,smb,red\nWorse Co,2,huge,blue\n");
  RUN (fixture, &result, "import", "accounts", "bad.csv");
  g_assert_cmpint (result.status, ==, 3);
  g_assert_cmpstr (result.err, ==,
                   "warning: bad.csv:1: column colour: unknown column; it is ignored\n"
                   "bad.csv:2: the row has 2 fields, but the header has 4\n"
                   "bad.csv:3: column arr: an amount of money cannot be negative\n"
                   "bad.csv:4: column segment: “huge” is not one of enterprise, mid_market, smb\n"
                   "success-planner-cli: bad.csv: 3 errors; nothing was imported\n");
  assert_contains (result.out, "Errors: 3\n");
  after = read_db (fixture);
  g_assert_true (g_bytes_equal (before, after));

  /* The same with --dry-run: still a failure for scripts. */
  RUN (fixture, &result, "import", "accounts", "bad.csv", "--dry-run");
  g_assert_cmpint (result.status, ==, 3);
}

static void
test_warning (Fixture       *fixture,
              gconstpointer  data)
{
  g_auto(Result) result = { 0 };

  write_file (fixture, "w.csv", "name,colour\nNew Co,red\n");
  RUN (fixture, &result, "import", "accounts", "w.csv");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==,
                   "warning: w.csv:1: column colour: unknown column; it is ignored\n");
  assert_contains (result.out, "Warnings: 1\n");
}

static void
test_unreadable_file (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_autofree char *folder = g_build_filename (fixture->dir, "folder.csv", NULL);

  RUN (fixture, &result, "import", "accounts", "missing.csv");
  g_assert_cmpint (result.status, ==, 4);
  g_assert_cmpstr (result.err, ==, "success-planner-cli: missing.csv: no such file\n");
  /* A mistyped file name leaves no new database behind. */
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  RUN (fixture, &result, "import", "health", "folder.csv");
  g_assert_cmpint (result.status, ==, 4);
  assert_contains (result.err, "folder.csv");
}

static void
test_usage (Fixture       *fixture,
            gconstpointer  data)
{
  g_auto(Result) result = { 0 };

  write_file (fixture, "accounts.csv", ACCOUNTS);
  RUN (fixture, &result, "import", "stakeholders", "accounts.csv");
  g_assert_cmpint (result.status, ==, 2);
  assert_contains (result.err, "unknown kind “stakeholders”; use accounts or health");

  RUN (fixture, &result, "import", "accounts");
  g_assert_cmpint (result.status, ==, 2);
  RUN (fixture, &result, "import", "accounts", "accounts.csv", "--frobnicate");
  g_assert_cmpint (result.status, ==, 2);
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));

  RUN (fixture, &result, "--help");
  assert_contains (result.out, "import accounts|health FILE [--dry-run]");
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/import-cli/accounts", test_accounts_then_unchanged);
  ADD ("/import-cli/health", test_health);
  ADD ("/import-cli/dry-run", test_dry_run);
  ADD ("/import-cli/dry-run-creates-no-database", test_dry_run_creates_no_database);
  ADD ("/import-cli/errors", test_errors);
  ADD ("/import-cli/warning", test_warning);
  ADD ("/import-cli/unreadable-file", test_unreadable_file);
  ADD ("/import-cli/usage", test_usage);

  return g_test_run ();
}
