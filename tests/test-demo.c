/* test-demo.c: the sample portfolio generator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "csp-demo.h"
#include "csp-store-records.h"
#include "csp-test-util.h"

#define TODAY "2026-03-15"

/* Every table of the schema, in the order rows refer to each other. */
static const char * const tables[] = {
  "setting", "account", "stakeholder", "health_snapshot", "success_plan", "objective",
  "meeting", "action_item", "attendee", "decision", "risk", "activity", "plan_template",
};

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = csp_test_make_dir ("test-demo-XXXXXX");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  csp_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static CspStore *
open_store (Fixture    *fixture,
            const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  return csp_test_open_store (path);
}

static CspStore *
generate (Fixture    *fixture,
          const char *name,
          guint       n_accounts,
          guint       n_weeks,
          guint32     seed)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  return csp_test_open_demo (path, n_accounts, n_weeks, seed, TODAY);
}

/* Small SQL reads straight from the file, beside the store's own
 * connection (WAL lets both read). */

static sqlite3 *
open_db (CspStore *store)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (csp_store_get_path (store), &db, SQLITE_OPEN_READONLY, NULL),
                   ==, SQLITE_OK);
  return db;
}

static gint64
query_int (CspStore   *store,
           const char *sql)
{
  sqlite3 *db = open_db (store);
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

/* Every row of @table, timestamps left out, one line per row. */
static char *
dump_table (sqlite3    *db,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY 1", table);
  GString *dump = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *column = sqlite3_column_name (stmt, i);
          const char *value = (const char *) sqlite3_column_text (stmt, i);

          if (g_str_equal (column, "created_at") || g_str_equal (column, "updated_at"))
            continue;
          g_string_append_printf (dump, "%s=%s\x1f", column, value ? value : "NULL");
        }
      g_string_append_c (dump, '\n');
    }
  sqlite3_finalize (stmt);

  return g_string_free (dump, FALSE);
}

/* The first line where two dumps differ, so a failure shows the row. */
static void
assert_same_dump (const char *table,
                  const char *a,
                  const char *b)
{
  g_auto(GStrv) lines_a = g_strsplit (a, "\n", -1);
  g_auto(GStrv) lines_b = g_strsplit (b, "\n", -1);

  for (guint i = 0; lines_a[i] != NULL || lines_b[i] != NULL; i++)
    {
      if (g_strcmp0 (lines_a[i], lines_b[i]) != 0)
        g_test_message ("%s row %u differs", table, i);
      g_assert_cmpstr (lines_a[i], ==, lines_b[i]);
      if (lines_a[i] == NULL || lines_b[i] == NULL)
        break;
    }
}

static gboolean
same_rows (CspStore *a,
           CspStore *b,
           gboolean  assert_equal)
{
  sqlite3 *db_a = open_db (a);
  sqlite3 *db_b = open_db (b);
  gboolean same = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *dump_a = dump_table (db_a, tables[i]);
      g_autofree char *dump_b = dump_table (db_b, tables[i]);

      if (assert_equal)
        assert_same_dump (tables[i], dump_a, dump_b);
      same = same && g_str_equal (dump_a, dump_b);
    }

  sqlite3_close (db_a);
  sqlite3_close (db_b);
  return same;
}

static void
test_deterministic (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CspStore) a = generate (fixture, "a.db", 20, 12, 7);
  g_autoptr(CspStore) b = generate (fixture, "b.db", 20, 12, 7);
  g_autoptr(CspStore) c = generate (fixture, "c.db", 20, 12, 8);

  g_assert_cmpint (query_int (a, "SELECT count(*) FROM account"), ==, 20);
  g_assert_true (same_rows (a, b, TRUE));
  g_assert_false (same_rows (a, c, FALSE));
}

static void
assert_distinct (CspStore   *store,
                 const char *table,
                 const char *column,
                 gint64      expected)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(DISTINCT %s) FROM %s", column, table);

  g_assert_cmpint (query_int (store, sql), ==, expected);
}

static void
test_variety (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(CspStore) store = generate (fixture, "variety.db", 40, 26, 1);

  assert_distinct (store, "account", "segment", 3);
  assert_distinct (store, "account", "lifecycle_stage", 7);
  assert_distinct (store, "stakeholder", "level", 3);
  assert_distinct (store, "stakeholder", "counterpart", 3);
  assert_distinct (store, "stakeholder", "role", 5);
  assert_distinct (store, "activity", "kind", 5);
  assert_distinct (store, "meeting", "status", 3);
  assert_distinct (store, "success_plan", "status", 4);
  assert_distinct (store, "objective", "status", 5);
  assert_distinct (store, "account", "currency", 3);

  /* Mixed Chinese and English names, of companies and of people. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM account WHERE currency = 'CNY'"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM account WHERE name GLOB '*[A-Za-z]*'"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM stakeholder WHERE name GLOB '*[A-Za-z]*'"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM stakeholder "
                                     "WHERE name NOT GLOB '*[A-Za-z]*'"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM stakeholder "
                                     "WHERE preferred_channel IN ('wechat', 'dingtalk')"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(DISTINCT name) FROM account"), ==, 40);
}

static void
test_stakeholders (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CspStore) store = generate (fixture, "people.db", 40, 4, 3);

  g_assert_cmpint (query_int (store, "SELECT count(DISTINCT account_id) FROM stakeholder"), ==, 40);
  g_assert_cmpint (query_int (store, "SELECT min(n) FROM (SELECT count(*) AS n FROM stakeholder "
                                     "GROUP BY account_id)"), >=, 2);
  g_assert_cmpint (query_int (store, "SELECT max(n) FROM (SELECT count(*) AS n FROM stakeholder "
                                     "GROUP BY account_id)"), <=, 8);
}

static void
test_health (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CspStore) store = generate (fixture, "health.db", 30, 20, 5);

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM health_snapshot"), ==, 30 * 20);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM health_snapshot WHERE taken_on = '" TODAY "'"),
                   ==, 30);
  /* Some snapshots carry a typed score, others only components. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM health_snapshot WHERE score IS NULL"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM health_snapshot WHERE score IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM health_snapshot WHERE usage IS NULL"), ==, 0);

  /* A recovery: watch or at risk, then healthy the week after. */
  g_assert_cmpint (query_int (store,
                              "SELECT count(*) FROM (SELECT score, lag(score) OVER "
                              "(PARTITION BY account_id ORDER BY taken_on) AS previous "
                              "FROM health_score) WHERE previous < 70 AND score >= 70"), >, 0);
  /* Declines: healthy a while ago, at risk now. */
  g_assert_cmpint (query_int (store,
                              "SELECT count(*) FROM health_score a JOIN health_score b "
                              "ON a.account_id = b.account_id WHERE a.taken_on = '" TODAY "' "
                              "AND b.taken_on = date('" TODAY "', '-133 days') "
                              "AND b.score >= 70 AND a.score < 55"), >, 0);
}

static gint64
count_actions (CspStore   *store,
               const char *condition,
               const char *side)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM action_item WHERE (%s) "
                                          "AND owner_side = '%s'", condition, side);

  return query_int (store, sql);
}

static void
test_actions (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(CspStore) store = generate (fixture, "actions.db", 40, 8, 11);
  const char * const conditions[] = {
    "status NOT IN ('done', 'cancelled') AND due_on < '" TODAY "'", /* overdue */
    "status = 'blocked' AND notes IS NOT NULL",
    "status = 'done' AND completed_on IS NOT NULL",
    "status = 'open' AND due_on >= '" TODAY "'",
    "status = 'in_progress'",
  };

  for (guint i = 0; i < G_N_ELEMENTS (conditions); i++)
    {
      g_assert_cmpint (count_actions (store, conditions[i], "customer"), >, 0);
      g_assert_cmpint (count_actions (store, conditions[i], "ours"), >, 0);
    }

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM action_item "
                                     "WHERE completed_on > '" TODAY "'"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM action_item "
                                     "WHERE owner_name IS NULL"), ==, 0);
}

static void
test_meetings_and_risks (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(CspStore) store = generate (fixture, "meetings.db", 40, 26, 2);

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM meeting WHERE status = 'held' "
                                     "AND scheduled_at >= '" TODAY "'"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM meeting WHERE status = 'planned' "
                                     "AND scheduled_at < '" TODAY "'"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM meeting WHERE status = 'planned'"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM meeting m WHERE status = 'held' AND "
                                     "(notes IS NULL OR NOT EXISTS (SELECT 1 FROM decision d "
                                     "WHERE d.meeting_id = m.id))"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM meeting m WHERE NOT EXISTS (SELECT 1 "
                                     "FROM attendee a WHERE a.meeting_id = m.id AND a.side = 'ours')"),
                   ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM attendee WHERE stakeholder_id IS NOT NULL"),
                   >, 0);

  /* Decisions that became actions point both ways. */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM decision WHERE action_id IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM decision d JOIN action_item a "
                                     "ON a.id = d.action_id WHERE a.meeting_id IS NOT d.meeting_id"),
                   ==, 0);

  g_assert_cmpint (query_int (store, "SELECT count(*) FROM risk WHERE resolved_on IS NULL"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM risk WHERE resolved_on IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM risk WHERE saved_arr_minor > 0 "
                                     "AND resolved_on IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM risk WHERE saved_arr_minor IS NOT NULL "
                                     "AND resolved_on IS NULL"), ==, 0);
}

static void
test_check_passes (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CspStore) store = generate (fixture, "check.db", 25, 6, 99);
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (csp_store_check (store, report, &error));
  g_assert_no_error (error);
}

static void
test_one_week_and_real_today (Fixture       *fixture,
                              gconstpointer  data)
{
  CspDemoOptions options = { 5, 1, 4, NULL };
  g_autoptr(CspStore) store = open_store (fixture, "today.db");
  g_autoptr(GError) error = NULL;

  g_assert_true (csp_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM health_snapshot"), ==, 5);
}

static void
test_refuses_non_empty (Fixture       *fixture,
                        gconstpointer  data)
{
  CspDemoOptions options = { 3, 2, 1, TODAY };
  g_autoptr(CspStore) store = generate (fixture, "full.db", 3, 2, 1);
  g_autoptr(GError) error = NULL;

  g_assert_false (csp_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM account"), ==, 3);
}

typedef struct
{
  guint         n_calls;
  double        last;
  GCancellable *cancel_at_first;
} Progress;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpfloat (fraction, >, progress->last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  progress->last = fraction;
  progress->n_calls++;
  if (progress->cancel_at_first != NULL)
    g_cancellable_cancel (progress->cancel_at_first);
}

static void
test_progress (Fixture       *fixture,
               gconstpointer  data)
{
  CspDemoOptions options = { 250, 1, 1, TODAY };
  g_autoptr(CspStore) store = open_store (fixture, "progress.db");
  g_autoptr(GError) error = NULL;
  Progress progress = { 0, 0.0, NULL };

  g_assert_true (csp_demo_generate (store, &options, on_progress, &progress, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (progress.n_calls, <=, 101);
  g_assert_cmpuint (progress.n_calls, >=, 50);
  g_assert_cmpfloat (progress.last, ==, 1.0);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  CspDemoOptions options = { 50, 4, 1, TODAY };
  g_autoptr(CspStore) store = open_store (fixture, "cancel.db");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Progress progress = { 0, 0.0, cancellable };

  g_assert_false (csp_demo_generate (store, &options, on_progress, &progress, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (progress.n_calls, ==, 1);

  for (guint i = 1; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);

      g_assert_cmpint (query_int (store, sql), ==, 0);
    }
  g_assert_true (csp_store_is_empty (store));

  /* The store is still usable afterwards: nothing was left half-open. */
  g_clear_error (&error);
  g_assert_true (csp_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/demo/deterministic", test_deterministic);
  ADD ("/demo/variety", test_variety);
  ADD ("/demo/stakeholders", test_stakeholders);
  ADD ("/demo/health", test_health);
  ADD ("/demo/actions", test_actions);
  ADD ("/demo/meetings-and-risks", test_meetings_and_risks);
  ADD ("/demo/check-passes", test_check_passes);
  ADD ("/demo/one-week-real-today", test_one_week_and_real_today);
  ADD ("/demo/refuses-non-empty", test_refuses_non_empty);
  ADD ("/demo/progress", test_progress);
  ADD ("/demo/cancel", test_cancel);

  return g_test_run ();
}
