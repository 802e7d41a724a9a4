/* test-report.c: the report model, its writers and atomic files
 *
 * Golden files: every report in every format it has, from a fixed demo
 * portfolio (seed, size, today), a fixed period and SOURCE_DATE_EPOCH,
 * compared byte for byte with tests/data/golden/. After an intended
 * change, regenerate them with
 *
 *   CSP_UPDATE_GOLDEN=1 meson test -C _build report
 *
 * and review the diff. JSON output is validated against
 * data/success-planner-ebr.schema.json and CSV read back by Python's csv
 * module (tests/validate-json.py, tests/read-csv.py): readers that share
 * no code with ours. /usr/bin/python3 and python3-jsonschema are
 * required; without them the tests fail rather than skip.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "csp-atomic-file.h"
#include "csp-csv-writer.h"
#include "csp-demo.h"
#include "csp-report-export.h"
#include "csp-store-records.h"
#include "csp-test-util.h"

#define PYTHON "/usr/bin/python3"
#define EPOCH "1767225600" /* 2026-01-01T00:00:00Z */

/* Helpers */

static char *
make_tmp_dir (void)
{
  return csp_test_make_dir ("test-report-XXXXXX");
}

static guint
count_entries (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  g_dir_close (dir);
  return n;
}

static CspStore *
open_store (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "planner.db", NULL);

  return csp_test_open_store (path);
}

static CspReport *
new_report (const char *from,
            const char *to)
{
  CspPeriod period;
  g_autoptr(GError) error = NULL;

  csp_period_parse (&period, from, to, &error);
  g_assert_no_error (error);
  return csp_report_new (&period);
}

/* Runs a Python helper; returns its stdout, failing the test when
 * Python is missing or the helper reports an error. */
static char *
run_python (const char *script,
            const char *arg1,
            const char *arg2)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, script, NULL);
  const char *argv[] = { PYTHON, path, arg1, arg2, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("%s is required to check reports (and python3-jsonschema)", PYTHON);

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s %s: %s", script, arg1, err);
  return out;
}

static JsonNode *
read_csv (const char *path)
{
  g_autofree char *out = run_python ("read-csv.py", path, NULL);
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (out, &error);

  g_assert_no_error (error);
  return node;
}

static JsonArray *
csv_rows (JsonNode *node)
{
  return json_object_get_array_member (json_node_get_object (node), "rows");
}

/* Golden files */

typedef struct
{
  CspReportKind   kind;
  CspReportFormat format;
} GoldenCase;

static const GoldenCase golden_cases[] = {
  { CSP_REPORT_KIND_EBR, CSP_REPORT_FORMAT_JSON },
  { CSP_REPORT_KIND_EBR, CSP_REPORT_FORMAT_CSV },
  { CSP_REPORT_KIND_EBR_SUMMARY, CSP_REPORT_FORMAT_JSON },
  { CSP_REPORT_KIND_EBR_SUMMARY, CSP_REPORT_FORMAT_CSV },
  { CSP_REPORT_KIND_ACTIONS, CSP_REPORT_FORMAT_CSV },
  { CSP_REPORT_KIND_HEALTH, CSP_REPORT_FORMAT_CSV },
  { CSP_REPORT_KIND_ACCOUNTS, CSP_REPORT_FORMAT_CSV },
};

static char *demo_dir;
static CspStore *demo_store;

static CspStore *
get_demo_store (void)
{
  if (demo_store != NULL)
    return demo_store;

  demo_dir = make_tmp_dir ();
  demo_store = open_store (demo_dir);
  csp_test_fill_demo (demo_store, 12, 40, 7, "2026-05-15");
  return demo_store;
}

static void
check_output (const GoldenCase *c,
              const char       *path)
{
  if (c->format == CSP_REPORT_FORMAT_JSON)
    {
      g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "data",
                                                       "success-planner-ebr.schema.json",
                                                       NULL);
      g_free (run_python ("validate-json.py", schema, path));
    }
  else
    {
      g_autoptr(JsonNode) node = read_csv (path);
      JsonArray *rows = csv_rows (node);
      guint width = json_array_get_length (json_array_get_array_element (rows, 0));

      g_assert_cmpuint (json_array_get_length (rows), >, 1);
      for (guint i = 1; i < json_array_get_length (rows); i++)
        g_assert_cmpuint (json_array_get_length (json_array_get_array_element (rows, i)),
                          ==, width);
    }
}

static void
test_golden (gconstpointer data)
{
  const GoldenCase *c = data;
  g_autoptr(CspReport) report = new_report ("2026-01-01", "2026-03-31");
  g_autofree char *name = g_strdup_printf ("%s.%s", csp_report_kind_to_name (c->kind),
                                           csp_report_format_to_name (c->format));
  g_autofree char *golden = g_test_build_filename (G_TEST_DIST, "data", "golden", name, NULL);
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *expected = NULL, *actual = NULL;
  g_autoptr(GError) error = NULL;

  csp_report_export_to_file (report, get_demo_store (), c->kind, c->format, FALSE, path,
                             NULL, &error);
  g_assert_no_error (error);
  check_output (c, path);

  actual = csp_test_read_file (path, NULL);
  if (g_getenv ("CSP_UPDATE_GOLDEN") != NULL)
    csp_test_write_file (golden, actual, -1);
  expected = csp_test_read_file (golden, NULL);
  g_assert_cmpstr (actual, ==, expected);
  csp_test_remove_tree (dir);
}

static void
test_json_unsupported (void)
{
  g_autoptr(CspReport) report = new_report ("2026-01-01", "2026-03-31");
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_false (csp_report_export (report, get_demo_store (), CSP_REPORT_KIND_HEALTH,
                                     CSP_REPORT_FORMAT_JSON, FALSE, out, NULL, &error));
  g_assert_error (error, CSP_REPORT_ERROR, CSP_REPORT_ERROR_UNSUPPORTED);
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)), ==, 0);
}

/* A small constructed portfolio */

typedef struct
{
  const char *name;
  const char *since;
  const char *churned;
  const char *renewal;
  gint64      arr_minor;
  const char *currency;
  gboolean    archived;
} AccountSpec;

static gint64
add_account (CspStore          *store,
             const AccountSpec *spec)
{
  g_autoptr(CspAccount) account = csp_account_new (spec->name);
  g_autoptr(GError) error = NULL;

  csp_account_set_customer_since (account, spec->since);
  csp_account_set_churned_on (account, spec->churned);
  csp_account_set_renewal_on (account, spec->renewal);
  csp_account_set_arr_minor (account, spec->arr_minor);
  csp_account_set_currency (account, spec->currency);
  csp_account_set_archived (account, spec->archived);
  csp_store_add_account (store, account, &error);
  g_assert_no_error (error);
  return csp_record_get_id (CSP_RECORD (account));
}

static void
add_snapshot (CspStore   *store,
              gint64      account_id,
              const char *day,
              int         score,
              int         usage)
{
  g_autoptr(CspHealthSnapshot) snapshot = csp_health_snapshot_new (account_id, day);
  g_autoptr(GError) error = NULL;

  csp_health_snapshot_set_score (snapshot, score);
  csp_health_snapshot_set_usage (snapshot, usage);
  csp_store_add_health_snapshot (store, snapshot, &error);
  g_assert_no_error (error);
}

static void
add_risk (CspStore   *store,
          gint64      account_id,
          const char *raised,
          const char *resolved,
          gint64      saved)
{
  g_autoptr(CspRisk) risk = csp_risk_new (account_id, CSP_RISK_COMPETITOR, raised);
  g_autoptr(GError) error = NULL;

  csp_risk_set_resolved_on (risk, resolved);
  csp_risk_set_saved_arr_minor (risk, saved);
  csp_store_add_risk (store, risk, &error);
  g_assert_no_error (error);
}

/* Period 2026-Q1. By hand: at start A B D G (E churned before, C came
 * later, F archived) = 4; new C = 1; churned B = 1; at end A C D G = 4;
 * CRR = (4 − 1) / 4 × 100 = 75.0. Bands at the end: A 30 at risk, D 80
 * healthy, G 55 watch, C none. USD ARR A+D+G = 1000+200+700; at risk:
 * A (at-risk band) and D (open risk), both renewing by 06-29 = 1200;
 * saved: G's risk resolved in the period, 3000. CNY: C 500, none at risk. */
static gint64 ids[7];

static void
build_portfolio (CspStore *store)
{
  static const AccountSpec specs[] = {
    { "A", "2020-01-01", NULL, "2026-05-01", 100000, "USD", FALSE },
    { "B", "2025-06-01", "2026-02-10", "2026-06-01", 40000, "USD", FALSE },
    { "C", "2026-02-01", NULL, "2027-02-01", 50000, "CNY", FALSE },
    { "D", "2025-01-01", NULL, "2026-06-15", 20000, "USD", FALSE },
    { "E", "2025-01-01", "2025-12-01", NULL, 90000, "USD", FALSE },
    { "F", "2020-01-01", NULL, "2026-04-01", 10000, "USD", TRUE },
    { "G", "2024-01-01", NULL, "2026-12-01", 70000, "USD", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    ids[i] = add_account (store, &specs[i]);

  add_snapshot (store, ids[0], "2025-12-20", 60, CSP_UNSET);
  add_snapshot (store, ids[0], "2026-01-01", CSP_UNSET, 50); /* components only */
  add_snapshot (store, ids[0], "2026-03-20", 30, CSP_UNSET);
  add_snapshot (store, ids[0], "2026-04-05", 90, CSP_UNSET); /* after the period */
  add_snapshot (store, ids[3], "2026-02-01", 80, CSP_UNSET);
  add_snapshot (store, ids[6], "2026-01-15", 55, CSP_UNSET);
  add_risk (store, ids[3], "2026-03-01", NULL, CSP_UNSET);
  add_risk (store, ids[6], "2026-01-10", "2026-02-15", 300000);
}

static const CspCurrencyFigures *
find_currency (const CspPortfolioFigures *p,
               const char                *code)
{
  for (guint i = 0; i < p->currencies->len; i++)
    if (g_str_equal (g_array_index (p->currencies, CspCurrencyFigures, i).currency, code))
      return &g_array_index (p->currencies, CspCurrencyFigures, i);

  g_assert_not_reached ();
}

static void
test_portfolio (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(CspStore) store = open_store (dir);
  g_autoptr(CspReport) report = new_report ("2026-01-01", "2026-03-31");
  CspPortfolioFigures p;
  g_autoptr(GError) error = NULL;
  g_autofree char *crr = NULL;

  build_portfolio (store);
  csp_report_load_portfolio (report, store, &p, &error);
  g_assert_no_error (error);

  g_assert_cmpint (p.at_start, ==, 4);
  g_assert_cmpint (p.new_in_period, ==, 1);
  g_assert_cmpint (p.churned, ==, 1);
  g_assert_cmpint (p.at_end, ==, 4);
  crr = csp_report_format_crr (&p);
  g_assert_cmpstr (crr, ==, "75.0");
  g_assert_cmpint (p.bands[CSP_HEALTH_HEALTHY], ==, 1);
  g_assert_cmpint (p.bands[CSP_HEALTH_WATCH], ==, 1);
  g_assert_cmpint (p.bands[CSP_HEALTH_AT_RISK], ==, 1);
  g_assert_cmpint (p.no_health, ==, 1);
  g_assert_cmpuint (p.currencies->len, ==, 2);
  g_assert_cmpint (find_currency (&p, "USD")->arr_minor, ==, 190000);
  g_assert_cmpint (find_currency (&p, "USD")->at_risk_minor, ==, 120000);
  g_assert_cmpint (find_currency (&p, "USD")->saved_minor, ==, 300000);
  g_assert_cmpint (find_currency (&p, "CNY")->arr_minor, ==, 50000);
  g_assert_cmpint (find_currency (&p, "CNY")->at_risk_minor, ==, 0);
  csp_portfolio_figures_clear (&p);
  csp_test_remove_tree (dir);
}

/* Only A and C chosen: start 1 (A), new 1 (C), end 2: CRR 100.0. */
static void
test_portfolio_selection (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(CspStore) store = open_store (dir);
  g_autoptr(CspReport) report = new_report ("2026-01-01", "2026-03-31");
  CspPortfolioFigures p;
  g_autoptr(GError) error = NULL;
  g_autofree char *crr = NULL;

  build_portfolio (store);
  csp_report_add_account (report, ids[0]);
  csp_report_add_account (report, ids[2]);
  csp_report_load_portfolio (report, store, &p, &error);
  g_assert_no_error (error);
  g_assert_cmpint (p.at_start, ==, 1);
  g_assert_cmpint (p.new_in_period, ==, 1);
  g_assert_cmpint (p.at_end, ==, 2);
  crr = csp_report_format_crr (&p);
  g_assert_cmpstr (crr, ==, "100.0");
  csp_portfolio_figures_clear (&p);
  csp_test_remove_tree (dir);
}

static void
test_crr_rounding (void)
{
  CspPortfolioFigures p = { .at_start = 3, .new_in_period = 0, .at_end = 2 };
  g_autofree char *two_thirds = csp_report_format_crr (&p);
  g_autofree char *none = NULL;

  g_assert_cmpstr (two_thirds, ==, "66.7");
  p.at_start = 0;
  none = csp_report_format_crr (&p);
  g_assert_null (none);
}

/* Health: nearest snapshot at or before each day */

static void
test_health_nearest (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(CspStore) store = open_store (dir);
  g_autoptr(CspAccount) account = NULL;
  g_autoptr(CspAccountReport) r = NULL;
  CspHealthPoint point;
  g_autoptr(GError) error = NULL;
  int change;

  build_portfolio (store);
  csp_store_health_at (store, ids[0], "2025-12-31", &point, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (point.date, ==, "2025-12-20");
  g_assert_cmpint (point.score, ==, 60);

  account = csp_store_get_account (store, ids[0], &error);
  r = csp_account_report_load (store, account, "2026-01-01", "2026-03-31", &error);
  g_assert_no_error (error);
  /* On the first day itself; a components-only snapshot scores its weighted mean. */
  g_assert_cmpstr (r->health_start.date, ==, "2026-01-01");
  g_assert_cmpint (r->health_start.score, ==, 50);
  /* Not the 04-05 snapshot after the period. */
  g_assert_cmpstr (r->health_end.date, ==, "2026-03-20");
  g_assert_cmpint (r->health_end.score, ==, 30);
  g_assert_true (csp_account_report_health_change (r, &change));
  g_assert_cmpint (change, ==, -20);
  g_assert_cmpuint (r->trend->len, ==, 2);

  csp_store_health_at (store, ids[2], "2026-03-31", &point, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (point.date, ==, "");
  g_assert_cmpint (point.score, ==, CSP_UNSET);
  csp_test_remove_tree (dir);
}

/* Actions at the period's end */

static void
add_action (CspStore        *store,
            gint64           plan_id,
            CspSide          side,
            const char      *due,
            CspActionStatus  status,
            const char      *completed)
{
  g_autoptr(CspActionItem) action = csp_action_item_new (plan_id, "Do it");
  g_autoptr(GError) error = NULL;

  csp_action_item_set_owner_side (action, side);
  csp_action_item_set_due_on (action, due);
  csp_action_item_set_status (action, status);
  csp_action_item_set_completed_on (action, completed);
  csp_store_add_action_item (store, action, &error);
  g_assert_no_error (error);
}

static void
test_actions_overdue (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(CspStore) store = open_store (dir);
  g_autoptr(CspSuccessPlan) plan = NULL;
  g_autoptr(CspAccount) account = NULL;
  g_autoptr(CspAccountReport) r = NULL;
  g_autoptr(GError) error = NULL;
  gint64 plan_id;

  build_portfolio (store);
  plan = csp_success_plan_new (ids[0], "Plan");
  csp_store_add_success_plan (store, plan, &error);
  g_assert_no_error (error);
  plan_id = csp_record_get_id (CSP_RECORD (plan));

  add_action (store, plan_id, CSP_SIDE_OURS, "2026-03-10", CSP_ACTION_OPEN, NULL);
  add_action (store, plan_id, CSP_SIDE_CUSTOMER, "2026-03-31", CSP_ACTION_BLOCKED, NULL);
  add_action (store, plan_id, CSP_SIDE_OURS, "2026-04-10", CSP_ACTION_IN_PROGRESS, NULL);
  /* Done, but only after the period: open and overdue at its end. */
  add_action (store, plan_id, CSP_SIDE_OURS, "2026-03-01", CSP_ACTION_DONE, "2026-04-05");
  add_action (store, plan_id, CSP_SIDE_CUSTOMER, "2026-02-10", CSP_ACTION_DONE, "2026-02-01");
  add_action (store, plan_id, CSP_SIDE_OURS, "2026-01-01", CSP_ACTION_CANCELLED, NULL);

  account = csp_store_get_account (store, ids[0], &error);
  r = csp_account_report_load (store, account, "2026-01-01", "2026-03-31", &error);
  g_assert_no_error (error);
  g_assert_cmpint (r->actions.done_in_period[CSP_SIDE_OURS], ==, 0);
  g_assert_cmpint (r->actions.done_in_period[CSP_SIDE_CUSTOMER], ==, 1);
  g_assert_cmpint (r->actions.open_at_end[CSP_SIDE_OURS], ==, 3);
  g_assert_cmpint (r->actions.open_at_end[CSP_SIDE_CUSTOMER], ==, 1);
  g_assert_cmpint (r->actions.overdue_at_end[CSP_SIDE_OURS], ==, 2);
  g_assert_cmpint (r->actions.overdue_at_end[CSP_SIDE_CUSTOMER], ==, 1);
  g_assert_cmpint (r->actions.total, ==, 5);
  g_assert_cmpint (csp_account_report_progress_pct (r), ==, 20);
  csp_test_remove_tree (dir);
}

/* CSV escaping, read back by Python */

static const char * const tricky[] = {
  "plain", "a,b", "say \"hi\"", "line\r\nbreak", "lf\nonly", "cr\ronly",
  "=SUM(A1:A2)", "+1", "-1", "@cmd", "\tTAB", "\rCR", "'quoted", "😀 emoji",
  "北京星辰科技有限公司", "مرحبا بالعالم", "שלום עולם", "=\"a,b\"", "", " space",
};

static void
write_tricky (const char *path,
              gboolean    bom)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspAtomicFile) file = csp_atomic_file_new (path, &error);
  g_autoptr(CspCsvWriter) writer = NULL;

  g_assert_no_error (error);
  writer = csp_csv_writer_new (csp_atomic_file_get_stream (file), bom);
  for (guint i = 0; i < G_N_ELEMENTS (tricky); i++)
    {
      csp_csv_writer_add_text (writer, tricky[i]);
      csp_csv_writer_add_int (writer, -(gint64) i);
      csp_csv_writer_add_number (writer, "-12.50");
      g_assert_true (csp_csv_writer_end_row (writer, NULL, &error));
    }
  g_assert_true (csp_csv_writer_flush (writer, NULL, &error));
  g_assert_true (csp_atomic_file_commit (file, NULL, &error));
  g_assert_no_error (error);
}

static void
check_tricky (gconstpointer data)
{
  gboolean bom = GPOINTER_TO_INT (data);
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "tricky.csv", NULL);
  g_autoptr(JsonNode) node = NULL;
  JsonArray *rows;

  write_tricky (path, bom);
  node = read_csv (path);
  g_assert_cmpint (json_object_get_boolean_member (json_node_get_object (node), "bom"), ==, bom);
  rows = csv_rows (node);
  g_assert_cmpuint (json_array_get_length (rows), ==, G_N_ELEMENTS (tricky));
  for (guint i = 0; i < G_N_ELEMENTS (tricky); i++)
    {
      JsonArray *row = json_array_get_array_element (rows, i);
      g_autofree char *number = g_strdup_printf ("%d", -(int) i);
      g_autofree char *text = NULL;

      /* Formula triggers come back with the single quote in front. */
      text = tricky[i][0] != '\0' && strchr ("=+-@\t\r", tricky[i][0])
             ? g_strconcat ("'", tricky[i], NULL) : g_strdup (tricky[i]);
      g_assert_cmpuint (json_array_get_length (row), ==, 3);
      g_assert_cmpstr (json_array_get_string_element (row, 0), ==, text);
      /* Numbers, negative ones too, are never neutralised. */
      g_assert_cmpstr (json_array_get_string_element (row, 1), ==, number);
      g_assert_cmpstr (json_array_get_string_element (row, 2), ==, "-12.50");
    }
  csp_test_remove_tree (dir);
}

/* Atomic files */

static void
test_atomic_not_a_folder (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *file = g_build_filename (dir, "file.txt", NULL);
  g_autofree char *path = g_build_filename (file, "out.csv", NULL);
  g_autoptr(CspReport) report = new_report ("2026-01-01", "2026-03-31");
  g_autoptr(GError) error = NULL;

  /* A folder that is a regular file: refused even to root, whom a
   * chmod 0500 folder would not stop. */
  csp_test_write_file (file, "x", -1);
  g_assert_false (csp_report_export_to_file (report, get_demo_store (),
                                             CSP_REPORT_KIND_ACCOUNTS, CSP_REPORT_FORMAT_CSV,
                                             FALSE, path, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_cmpuint (count_entries (dir), ==, 1);
  csp_test_remove_tree (dir);
}

/* Cancelled after the head is written: the old file stays, no temporary file remains. */
static void
test_atomic_cancel (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "ebr.json", NULL);
  g_autoptr(CspReport) report = new_report ("2026-01-01", "2026-03-31");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  csp_test_write_file (path, "old", -1);
  g_cancellable_cancel (cancellable);
  g_assert_false (csp_report_export_to_file (report, get_demo_store (), CSP_REPORT_KIND_EBR,
                                             CSP_REPORT_FORMAT_JSON, FALSE, path,
                                             cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_cmpuint (count_entries (dir), ==, 1);
  contents = csp_test_read_file (path, NULL);
  g_assert_cmpstr (contents, ==, "old");
  csp_test_remove_tree (dir);
}

/* Part written, then cancelled at commit; and dropped uncommitted. */
static void
test_atomic_discard (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "out.csv", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  CspAtomicFile *file = csp_atomic_file_new (path, &error);

  g_assert_no_error (error);
  g_output_stream_write_all (csp_atomic_file_get_stream (file), "partial", 7, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (dir), ==, 1); /* the temporary file */
  g_cancellable_cancel (cancellable);
  g_assert_false (csp_atomic_file_commit (file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_cmpuint (count_entries (dir), ==, 0);
  g_object_unref (file);

  file = csp_atomic_file_new (path, NULL);
  g_assert_finalize_object (file);
  g_assert_cmpuint (count_entries (dir), ==, 0);
  csp_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_setenv ("SOURCE_DATE_EPOCH", EPOCH, TRUE);
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (golden_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/report/golden/%s/%s",
                                               csp_report_kind_to_name (golden_cases[i].kind),
                                               csp_report_format_to_name (golden_cases[i].format));

      g_test_add_data_func (path, &golden_cases[i], test_golden);
    }
  g_test_add_func ("/report/json/csv-only-reports", test_json_unsupported);
  g_test_add_func ("/report/portfolio/all", test_portfolio);
  g_test_add_func ("/report/portfolio/selection", test_portfolio_selection);
  g_test_add_func ("/report/portfolio/crr-rounding", test_crr_rounding);
  g_test_add_func ("/report/health/nearest-at-or-before", test_health_nearest);
  g_test_add_func ("/report/actions/overdue-at-end", test_actions_overdue);
  g_test_add_data_func ("/report/csv/escaping", GINT_TO_POINTER (FALSE), check_tricky);
  g_test_add_data_func ("/report/csv/escaping-bom", GINT_TO_POINTER (TRUE), check_tricky);
  g_test_add_func ("/report/atomic/not-a-folder", test_atomic_not_a_folder);
  g_test_add_func ("/report/atomic/cancel", test_atomic_cancel);
  g_test_add_func ("/report/atomic/discard", test_atomic_discard);

  status = g_test_run ();

  g_clear_object (&demo_store);
  if (demo_dir != NULL)
    csp_test_remove_tree (demo_dir);
  g_free (demo_dir);
  return status;
}
