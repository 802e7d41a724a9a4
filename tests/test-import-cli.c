/* test-import-cli.c: success-planner-cli import as scripts run it
 *
 * Runs the real binary ($CSP_CLI) in a temporary folder, with file
 * names relative to it as a user types them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

#include "csp-test-util.h"

typedef CspTestFolder Fixture;

/* Runs the CLI in the fixture's folder, on its database. */
#define RUN(fixture, result, ...) \
  CSP_TEST_RUN_CLI (result, (fixture)->dir, (fixture)->db, __VA_ARGS__)

static void
write_file (Fixture    *fixture,
            const char *name,
            const char *content)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  csp_test_write_file (path, content, -1);
}

static GBytes *
read_db (Fixture *fixture)
{
  gsize len = 0;
  char *data = csp_test_read_file (fixture->db, &len);

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
  g_auto(CspTestResult) result = { 0 };

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
  g_auto(CspTestResult) result = { 0 };

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
  g_auto(CspTestResult) result = { 0 };

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
  g_auto(CspTestResult) result = { 0 };
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
  g_auto(CspTestResult) result = { 0 };

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
  g_auto(CspTestResult) result = { 0 };
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
  g_auto(CspTestResult) result = { 0 };

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
  g_auto(CspTestResult) result = { 0 };
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
  g_auto(CspTestResult) result = { 0 };

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
  g_test_add (path, Fixture, NULL, csp_test_folder_set_up, func, csp_test_folder_tear_down)

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
