/* test-export-cli.c: success-planner-cli export as scripts run it
 *
 * Runs the real binary ($CSP_CLI) on a small demo database and checks
 * exit statuses (0 done, 2 usage, 4 I/O), the one-line error naming the
 * argument or the path, the ebr-summary header and --bom.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "csp-test-util.h"

#define SUMMARY_HEADER \
  "account,external_id,segment,lifecycle_stage,csm,arr,currency,renewal_on,health_start," \
  "health_end,health_change,plan_progress_pct,actions_done,actions_open,actions_overdue," \
  "meetings_held,last_meeting_on,next_meeting_on,open_risks,saved_arr"

typedef struct
{
  char          *dir;
  char          *db;
  CspTestResult  result;  /* of the last RUN */
} Fixture;

/* Runs the CLI in the fixture's folder, on its database. */
#define RUN(f, ...) CSP_TEST_RUN_CLI (&(f)->result, (f)->dir, (f)->db, __VA_ARGS__)

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = csp_test_make_dir ("test-export-cli-XXXXXX");
  f->db = g_build_filename (f->dir, "planner.db", NULL);
  RUN (f, "demo", "--accounts", "6", "--weeks", "30", "--seed", "3");
  g_assert_cmpint (f->result.status, ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  csp_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
  csp_test_result_clear (&f->result);
}

/* A usage error: status 2 and one line naming @needle. */
static void
assert_usage_error (Fixture    *f,
                    const char *needle)
{
  g_autofree char *first_line = NULL;

  g_assert_cmpint (f->result.status, ==, 2);
  first_line = g_strndup (f->result.err, strcspn (f->result.err, "\n"));
  g_assert_nonnull (strstr (first_line, needle));
}

static void
test_summary_stdout (Fixture       *f,
                     gconstpointer  data)
{
  RUN (f, "export", "ebr-summary", "--format", "csv");
  g_assert_cmpint (f->result.status, ==, 0);
  g_assert_true (g_str_has_prefix (f->result.out, SUMMARY_HEADER "\r\n"));
  g_assert_cmpstr (f->result.err, ==, "");
}

static void
test_bom (Fixture       *f,
          gconstpointer  data)
{
  RUN (f, "export", "accounts", "--format", "csv", "--bom");
  g_assert_cmpint (f->result.status, ==, 0);
  g_assert_true (g_str_has_prefix (f->result.out, "\xEF\xBB\xBF" "name,external_id,"));

  RUN (f, "export", "accounts", "--format", "csv");
  g_assert_true (g_str_has_prefix (f->result.out, "name,external_id,"));
}

static void
test_output_file (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "ebr.json", NULL);
  g_autofree char *contents = NULL;

  RUN (f, "export", "ebr", "--format", "json", "--from", "2025-01-01", "--to", "2025-12-31",
       "--account", "CRM-000001", "--output", path);
  g_assert_cmpint (f->result.status, ==, 0);
  g_assert_cmpstr (f->result.out, ==, "");
  contents = csp_test_read_file (path, NULL);
  g_assert_true (g_str_has_prefix (contents, "{\"format\":\"success-planner.ebr\",\"version\":1,"));
  g_assert_nonnull (strstr (contents, "\"external_id\":\"CRM-000001\""));
  g_assert_null (strstr (contents, "\"external_id\":\"CRM-000002\""));
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  RUN (f, "export", "pie-chart", "--format", "csv");
  assert_usage_error (f, "pie-chart");
  RUN (f, "export", "ebr", "--format", "xml");
  assert_usage_error (f, "--format");
  RUN (f, "export", "ebr");
  assert_usage_error (f, "--format");
  RUN (f, "export", "ebr", "--format", "csv", "--from", "2026-02-30");
  assert_usage_error (f, "--from");
  RUN (f, "export", "ebr", "--format", "csv", "--from", "2026-01-01", "--to", "yesterday");
  assert_usage_error (f, "--to");
  RUN (f, "export", "ebr", "--format", "csv", "--from", "2026-04-01", "--to", "2026-03-31");
  assert_usage_error (f, "--from");
  RUN (f, "export", "ebr", "--format", "csv", "--account", "No Such Company");
  assert_usage_error (f, "--account");
  RUN (f, "export", "actions", "--format", "json");
  assert_usage_error (f, "actions");
}

/* I/O failures: status 4 naming the path, and nothing left behind. */
static void
test_io_error (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *file = g_build_filename (f->dir, "file.txt", NULL);
  g_autofree char *path = g_build_filename (file, "out.csv", NULL);

  csp_test_write_file (file, "x", -1);
  RUN (f, "export", "ebr-summary", "--format", "csv", "--output", path);
  g_assert_cmpint (f->result.status, ==, 4);
  g_assert_nonnull (strstr (f->result.err, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/export-cli/ebr-summary/stdout", test_summary_stdout);
  ADD ("/export-cli/bom", test_bom);
  ADD ("/export-cli/output-file", test_output_file);
  ADD ("/export-cli/usage-errors", test_usage_errors);
  ADD ("/export-cli/io-error", test_io_error);
#undef ADD

  return g_test_run ();
}
