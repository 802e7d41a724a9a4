/* test-import.c: CSV import of accounts and health snapshots
 *
 * Every refused file is checked for its exact message and for a
 * database left byte for byte as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "csp-csv-columns.h"
#include "csp-csv-reader.h"
#include "csp-demo.h"
#include "csp-import-private.h"
#include "csp-import-task.h"
#include "csp-report-export.h"
#include "csp-store-lookup.h"
#include "csp-store-records.h"
#include "csp-test-util.h"

typedef struct
{
  char     *dir;
  char     *db;
  CspStore *store;
} Fixture;

static void
open_store (Fixture *fixture)
{
  fixture->store = csp_test_open_store (fixture->db);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = csp_test_make_dir ("csp-import-XXXXXX");
  fixture->db = g_build_filename (fixture->dir, "planner.db", NULL);
  open_store (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  g_assert_true (csp_test_remove_tree (fixture->dir));
  g_free (fixture->dir);
  g_free (fixture->db);
}

/* Writes @len bytes of @content (-1: up to its NUL) to @name. */
static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *content,
            gssize      len)
{
  char *path = g_build_filename (fixture->dir, name, NULL);

  csp_test_write_file (path, content, len);
  return path;
}

/* The database file as bytes, with the store closed so that SQLite has
 * folded its write-ahead log into it. */
static GBytes *
close_and_read (Fixture *fixture)
{
  g_autofree char *wal = g_strconcat (fixture->db, "-wal", NULL);
  char *data;
  gsize len = 0;

  g_assert_finalize_object (fixture->store);
  fixture->store = NULL;
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  data = csp_test_read_file (fixture->db, &len);

  return g_bytes_new_take (data, len);
}

static CspImportPlan *
prepare (Fixture       *fixture,
         CspImportKind  kind,
         const char    *path)
{
  g_autoptr(GError) error = NULL;
  CspImportPlan *plan = csp_import_prepare (fixture->store, kind, path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static void
apply (Fixture       *fixture,
       CspImportPlan *plan)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (csp_import_apply (fixture->store, plan, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
import (Fixture       *fixture,
        CspImportKind  kind,
        const char    *content)
{
  g_autofree char *path = write_file (fixture, "import.csv", content, -1);
  g_autoptr(CspImportPlan) plan = prepare (fixture, kind, path);

  g_assert_cmpuint (csp_import_plan_get_n_errors (plan), ==, 0);
  apply (fixture, plan);
}

static CspAccount *
get_account (Fixture    *fixture,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;
  guint n = 0;

  g_assert_true (csp_store_find_account_by_name (fixture->store, name, &id, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  return csp_store_get_account (fixture->store, id, &error);
}

static guint
count_accounts (Fixture *fixture)
{
  g_autoptr(GListModel) list = csp_store_list_accounts (fixture->store, NULL);

  return g_list_model_get_n_items (list);
}

/* Two accounts and a snapshot, so "unchanged" is more than empty. */
static void
add_portfolio (Fixture *fixture)
{
  import (fixture, CSP_IMPORT_ACCOUNTS,
          "name,external_id,segment,arr\n"
          "Acme,CRM-1,enterprise,1000.00\n"
          "Globex,,smb,20\n");
  import (fixture, CSP_IMPORT_HEALTH, "account,date,score\nCRM-1,2026-01-05,80\n");
}

/* Prepares @content and expects @expected (with FILE standing for the
 * file's path) as the first error, apply to refuse the plan, and the
 * database unchanged to the byte. */
static void
assert_refused (Fixture       *fixture,
                CspImportKind  kind,
                const char    *content,
                gssize         len,
                const char    *expected)
{
  g_autofree char *path = write_file (fixture, "bad.csv", content, len);
  g_autoptr(GBytes) before = close_and_read (fixture);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(CspImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = g_strsplit (expected, "FILE", 2);
  g_autofree char *message = g_strjoinv (path, parts);

  open_store (fixture);
  plan = prepare (fixture, kind, path);
  g_assert_cmpuint (csp_import_plan_get_n_errors (plan), >=, 1);
  g_assert_cmpstr (csp_import_plan_get_errors (plan)[0], ==, message);
  g_assert_false (csp_import_apply (fixture->store, plan, NULL, NULL, NULL, &error));
  g_assert_error (error, CSP_IMPORT_ERROR, CSP_IMPORT_ERROR_INVALID);

  after = close_and_read (fixture);
  g_assert_true (g_bytes_equal (before, after));
  open_store (fixture);
}

/* The reader */

static GPtrArray *
read_all (Fixture    *fixture,
          const char *content,
          gssize      len,
          GArray     *lines)
{
  g_autofree char *path = write_file (fixture, "read.csv", content, len);
  g_autoptr(GError) error = NULL;
  g_autoptr(CspCsvReader) reader = csp_csv_reader_open (path, NULL, &error);
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  char **fields;
  guint line;

  g_assert_no_error (error);
  while ((fields = csp_csv_reader_read_record (reader, &line, NULL, &error)) != NULL)
    {
      g_ptr_array_add (records, fields);
      g_array_append_val (lines, line);
    }
  g_assert_no_error (error);
  return records;
}

static void
test_reader_line_ends (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *files[] = {
    "a,b\n\"x\ny\",\"q\"\"\"\n\nlast,\"\"\n",
    "\xef\xbb\xbf" "a,b\r\n\"x\r\ny\",\"q\"\"\"\r\n\r\nlast,\"\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GPtrArray) records = read_all (fixture, files[i], -1, lines);
      char **second;

      g_assert_cmpuint (records->len, ==, 3);
      g_assert_cmpstr (((char **) records->pdata[0])[0], ==, "a");
      second = records->pdata[1];
      g_assert_cmpstr (second[0], ==, "x\ny");
      g_assert_cmpstr (second[1], ==, "q\"");
      g_assert_cmpstr (((char **) records->pdata[2])[1], ==, "");
      /* Lines: the header, a record over lines 2–3, a blank line 4. */
      g_assert_cmpuint (g_array_index (lines, guint, 0), ==, 1);
      g_assert_cmpuint (g_array_index (lines, guint, 1), ==, 2);
      g_assert_cmpuint (g_array_index (lines, guint, 2), ==, 5);
    }
}

static void
test_reader_spaces (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) records = read_all (fixture, " a , b\n", -1, lines);

  g_assert_cmpstr (((char **) records->pdata[0])[0], ==, " a ");
  g_assert_cmpstr (((char **) records->pdata[0])[1], ==, " b");
}

static void
test_reader_stray_quote (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "q.csv", "a\nx\"y\n", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(CspCsvReader) reader = csp_csv_reader_open (path, NULL, &error);
  g_auto(GStrv) header = csp_csv_reader_read_record (reader, NULL, NULL, &error);
  g_auto(GStrv) row = csp_csv_reader_read_record (reader, NULL, NULL, &error);

  g_assert_nonnull (header);
  g_assert_null (row);
  g_assert_error (error, CSP_CSV_ERROR, CSP_CSV_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_true (g_str_has_prefix (error->message + strlen (path), ":2: "));
}

static void
test_reader_missing_file (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing.csv", NULL);
  g_autofree char *expected = g_strconcat (path, ": no such file", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CspImportPlan) plan = csp_import_prepare (fixture->store, CSP_IMPORT_ACCOUNTS,
                                                      path, NULL, &error);

  g_assert_null (plan);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, expected);
}

/* Accounts */

static void
test_columns_match_export (void)
{
  for (guint i = 0; i < CSP_CSV_ACCOUNTS_N_COLUMNS; i++)
    g_assert_cmpstr (csp_import_account_cells[i].column, ==, csp_csv_accounts_columns[i]);
  for (guint i = 0; i < CSP_CSV_HEALTH_N_COLUMNS; i++)
    g_assert_cmpstr (csp_import_health_cells[i].column, ==, csp_csv_health_columns[i]);
}

static void
test_accounts_create (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(CspAccount) acme = NULL;
  g_autoptr(CspAccount) huawei = NULL;

  import (fixture, CSP_IMPORT_ACCOUNTS,
          "\xef\xbb\xbfname,external_id,segment,lifecycle_stage,csm,arr,currency,"
          "renewal_on,customer_since,industry,region,notes\r\n"
          "Acme,CRM-1,enterprise,growth,Ann,1234.5,eur,2026-09-30,2024-01-15,"
          "Retail,EMEA,\"Likes \"\"quotes\"\", commas\r\nand two lines\"\r\n"
          "华为技术,,smb,onboarding,李娜,99,CNY,,,,,客户希望扩展到华南区\r\n");

  g_assert_cmpuint (count_accounts (fixture), ==, 2);
  acme = get_account (fixture, "Acme");
  g_assert_cmpstr (csp_account_get_external_id (acme), ==, "CRM-1");
  g_assert_cmpint (csp_account_get_segment (acme), ==, CSP_SEGMENT_ENTERPRISE);
  g_assert_cmpint (csp_account_get_lifecycle_stage (acme), ==, CSP_LIFECYCLE_GROWTH);
  g_assert_cmpint (csp_account_get_arr_minor (acme), ==, 123450);
  g_assert_cmpstr (csp_account_get_currency (acme), ==, "EUR");
  g_assert_cmpstr (csp_account_get_renewal_on (acme), ==, "2026-09-30");
  g_assert_cmpstr (csp_account_get_notes (acme), ==,
                   "Likes \"quotes\", commas\nand two lines");
  huawei = get_account (fixture, "华为技术");
  g_assert_null (csp_account_get_external_id (huawei));
  g_assert_cmpstr (csp_account_get_csm (huawei), ==, "李娜");
  g_assert_cmpint (csp_account_get_arr_minor (huawei), ==, 9900);
  g_assert_cmpstr (csp_account_get_notes (huawei), ==, "客户希望扩展到华南区");
}

static void
test_accounts_upsert (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(CspImportPlan) plan = NULL;
  g_autoptr(CspAccount) acme = NULL;
  g_autoptr(CspAccount) globex = NULL;

  add_portfolio (fixture);
  /* By external id the name may change; by name the missing columns
   * keep their values; an identical row changes nothing. */
  path = write_file (fixture, "up.csv",
                     "name,external_id,arr\n"
                     "Acme Corp,CRM-1,1000.00\n"
                     "Globex,,20.00\n"
                     "Initech,CRM-9,5\n", -1);
  plan = prepare (fixture, CSP_IMPORT_ACCOUNTS, path);
  g_assert_cmpuint (csp_import_plan_get_n_create (plan), ==, 1);
  g_assert_cmpuint (csp_import_plan_get_n_update (plan), ==, 1);
  g_assert_cmpuint (csp_import_plan_get_n_unchanged (plan), ==, 1);
  apply (fixture, plan);

  g_assert_cmpuint (count_accounts (fixture), ==, 3);
  acme = get_account (fixture, "Acme Corp");
  g_assert_cmpstr (csp_account_get_external_id (acme), ==, "CRM-1");
  g_assert_cmpint (csp_account_get_segment (acme), ==, CSP_SEGMENT_ENTERPRISE);
  globex = get_account (fixture, "Globex");
  g_assert_cmpint (csp_account_get_segment (globex), ==, CSP_SEGMENT_SMB);
}

static void
test_accounts_ambiguous_name (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(CspAccount) twin = csp_account_new ("Twin");
  g_autoptr(CspAccount) other = csp_account_new ("Twin");

  g_assert_true (csp_store_add_account (fixture->store, twin, NULL));
  g_assert_true (csp_store_add_account (fixture->store, other, NULL));
  assert_refused (fixture, CSP_IMPORT_ACCOUNTS, "name,csm\nTwin,Bo\n", -1,
                  "FILE:2: column name: several accounts are named “Twin”; add an "
                  "external_id column to say which one");
}

/* Health */

static void
test_health_upsert (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GListModel) snapshots = NULL;
  g_autoptr(CspAccount) acme = NULL;
  g_autoptr(CspAccount) globex = NULL;
  g_autoptr(CspHealthSnapshot) first = NULL;
  g_autoptr(CspHealthSnapshot) second = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CspImportPlan) plan = NULL;

  add_portfolio (fixture);
  /* By external id and by name; an existing day is updated. */
  path = write_file (fixture, "h.csv",
                     "account,date,score,usage,nps\n"
                     "CRM-1,2026-01-05,,70,60\n"
                     "Globex,2026-01-05,55,,\n"
                     "Acme,2026-01-12,90,,\n", -1);
  plan = prepare (fixture, CSP_IMPORT_HEALTH, path);
  g_assert_cmpuint (csp_import_plan_get_n_errors (plan), ==, 0);
  g_assert_cmpuint (csp_import_plan_get_n_create (plan), ==, 2);
  g_assert_cmpuint (csp_import_plan_get_n_update (plan), ==, 1);
  apply (fixture, plan);

  acme = get_account (fixture, "Acme");
  globex = get_account (fixture, "Globex");
  snapshots = csp_store_list_health_snapshots (fixture->store,
                                               csp_record_get_id (CSP_RECORD (acme)), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (snapshots), ==, 2);
  first = g_list_model_get_item (snapshots, 0);
  second = g_list_model_get_item (snapshots, 1);
  g_assert_cmpstr (csp_health_snapshot_get_taken_on (first), ==, "2026-01-05");
  g_assert_cmpint (csp_health_snapshot_get_score (first), ==, CSP_UNSET);
  g_assert_cmpint (csp_health_snapshot_get_usage (first), ==, 70);
  g_assert_cmpint (csp_health_snapshot_get_nps (first), ==, 60);
  g_assert_cmpint (csp_health_snapshot_get_score (second), ==, 90);
  g_clear_object (&snapshots);
  snapshots = csp_store_list_health_snapshots (fixture->store,
                                               csp_record_get_id (CSP_RECORD (globex)), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (snapshots), ==, 1);
}

/* Refused files, each with its message and an unchanged database */

typedef struct
{
  const char    *path;
  CspImportKind  kind;
  const char    *content;
  const char    *expected;
} RefusedCase;

static const RefusedCase refused_cases[] = {
  { "/import/refused/missing-column", CSP_IMPORT_ACCOUNTS,
    "external_id,csm\nX,Ann\n",
    "FILE:1: column name: the required column is missing" },
  { "/import/refused/missing-health-values", CSP_IMPORT_HEALTH,
    "account,date\nCRM-1,2026-01-05\n",
    "FILE:1: column score: the file needs a score column or at least one component column "
    "(usage, support, satisfaction, nps, engagement, relationship)" },
  { "/import/refused/repeated-column", CSP_IMPORT_ACCOUNTS,
    "name,csm,CSM\nX,Ann,Bo\n",
    "FILE:1: column csm: the column appears more than once" },
  { "/import/refused/bad-date", CSP_IMPORT_ACCOUNTS,
    "name,renewal_on\nNew Co,2026-02-30\n",
    "FILE:2: column renewal_on: “2026-02-30” is not a valid date: month 2 of 2026 has 28 days" },
  { "/import/refused/bad-health-date", CSP_IMPORT_HEALTH,
    "account,date,score\nCRM-1,05/01/2026,50\n",
    "FILE:2: column date: “05/01/2026” is not a date in the form YYYY-MM-DD" },
  { "/import/refused/bad-number", CSP_IMPORT_ACCOUNTS,
    "name,arr\nNew Co,\"1,234.50\"\n",
    "FILE:2: column arr: “1,234.50” is not an amount like 1234.50" },
  { "/import/refused/bad-score", CSP_IMPORT_HEALTH,
    "account,date,usage\nCRM-1,2026-02-02,high\n",
    "FILE:2: column usage: “high” is not a whole number" },
  { "/import/refused/negative-arr", CSP_IMPORT_ACCOUNTS,
    "name,arr\nNew Co,-5.00\n",
    "FILE:2: column arr: an amount of money cannot be negative" },
  { "/import/refused/score-101", CSP_IMPORT_HEALTH,
    "account,date,score\nCRM-1,2026-02-02,101\n",
    "FILE:2: column score: 101 is not a score from 0 to 100" },
  { "/import/refused/no-health-value", CSP_IMPORT_HEALTH,
    "account,date,score,usage\nCRM-1,2026-02-02,,\n",
    "FILE:2: column score: a score or at least one component is required" },
  { "/import/refused/unknown-enum", CSP_IMPORT_ACCOUNTS,
    "name,lifecycle_stage\nNew Co,adult\n",
    "FILE:2: column lifecycle_stage: “adult” is not one of new, onboarding, growth, "
    "expansion, renewal, advocacy, churned" },
  { "/import/refused/bad-currency", CSP_IMPORT_ACCOUNTS,
    "name,currency\nNew Co,Euro\n",
    "FILE:2: column currency: “Euro” is not a three-letter ISO 4217 currency code" },
  { "/import/refused/empty-name", CSP_IMPORT_ACCOUNTS,
    "name,csm\n  ,Ann\n",
    "FILE:2: column name: a value is required" },
  { "/import/refused/unknown-account", CSP_IMPORT_HEALTH,
    "account,date,score\nCRM-1,2026-02-02,50\nInitech,2026-02-02,50\n",
    "FILE:3: column account: no account has the external id or name “Initech”" },
  { "/import/refused/duplicate-external-id", CSP_IMPORT_ACCOUNTS,
    "name,external_id\nNew Co,N-1\nNewer Co,N-1\n",
    "FILE:3: column external_id: “N-1” appears again in the file; first on line 2" },
  { "/import/refused/duplicate-name", CSP_IMPORT_ACCOUNTS,
    "name,csm\n\"New\nCo\",Ann\n\"New\nCo\",Bo\n",
    "FILE:4: column name: “New\nCo” appears again in the file; first on line 2" },
  { "/import/refused/same-account-twice", CSP_IMPORT_ACCOUNTS,
    "name,external_id,csm\nAcme,,Ann\nAcme Corp,CRM-1,Bo\n",
    "FILE:3: column external_id: “CRM-1” appears again in the file; first on line 2" },
  { "/import/refused/duplicate-snapshot", CSP_IMPORT_HEALTH,
    "account,date,score\nCRM-1,2026-02-02,50\nAcme,2026-02-02,60\n",
    "FILE:3: column date: “2026-02-02” appears again in the file; first on line 2" },
  { "/import/refused/empty-file", CSP_IMPORT_ACCOUNTS,
    "",
    "FILE: the file is empty" },
  { "/import/refused/only-bom-and-blank-lines", CSP_IMPORT_HEALTH,
    "\xef\xbb\xbf\r\n\r\n",
    "FILE: the file is empty" },
  { "/import/refused/too-many-fields", CSP_IMPORT_ACCOUNTS,
    "name,csm\nNew Co,Ann,extra\n",
    "FILE:2: the row has 3 fields, but the header has 2" },
  { "/import/refused/too-few-fields", CSP_IMPORT_ACCOUNTS,
    "name,csm,region\nNew Co,Ann\n",
    "FILE:2: the row has 2 fields, but the header has 3" },
  { "/import/refused/not-utf8", CSP_IMPORT_ACCOUNTS,
    "name,notes\nNew Co,\"caf\xe9\"\n",
    "FILE:2: the text is not UTF-8; save the file as UTF-8 CSV" },
  { "/import/refused/not-utf8-in-line-3-of-a-cell", CSP_IMPORT_ACCOUNTS,
    "name,notes\nNew Co,\"a\nb\nc\xff\"\n",
    "FILE:4: the text is not UTF-8; save the file as UTF-8 CSV" },
  { "/import/refused/stray-quote", CSP_IMPORT_ACCOUNTS,
    "name,notes\nNew Co,5\" screen\n",
    "FILE:2: misplaced quote: a field with a quote must be enclosed in quotes, and a quote "
    "inside it doubled" },
  { "/import/refused/unclosed-quote", CSP_IMPORT_ACCOUNTS,
    "name,notes\nNew Co,\"open\nnever closed\n",
    "FILE:3: the file ends inside a quoted field; a closing quote is missing" },
};

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  const RefusedCase *c = data;

  add_portfolio (fixture);
  assert_refused (fixture, c->kind, c->content, -1, c->expected);
}

static void
test_refused_long_line (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GString) content = g_string_new ("name,notes\nNew Co,short\nLong Co,");

  add_portfolio (fixture);
  for (guint i = 0; i < 1024 * 1024 / 8 + 1; i++)
    g_string_append (content, "abcdefgh");
  g_string_append (content, "\n");
  assert_refused (fixture, CSP_IMPORT_ACCOUNTS, content->str, (gssize) content->len,
                  "FILE:3: the line is longer than 1 MB");
}

static void
test_many_errors (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GString) content = g_string_new ("name,arr\n");
  g_autofree char *path = NULL;
  g_autoptr(CspImportPlan) plan = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < 60; i++)
    g_string_append_printf (content, "Co %u,lots\n", i);
  path = write_file (fixture, "many.csv", content->str, -1);
  plan = prepare (fixture, CSP_IMPORT_ACCOUNTS, path);

  g_assert_cmpuint (csp_import_plan_get_n_errors (plan), ==, 60);
  g_assert_cmpuint (g_strv_length ((char **) csp_import_plan_get_errors (plan)), ==, 50);
  text = csp_import_plan_dup_errors_text (plan);
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 52); /* 50, the count, and "" */
  g_assert_true (g_str_has_suffix (lines[49], ":51: column arr: “lots” is not an amount "
                                              "like 1234.50"));
  g_assert_cmpstr (lines[50], ==, "… and 10 more errors");
}

static void
test_unknown_column_warns (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "w.csv", "name,Favourite Colour\nNew Co,blue\n", -1);
  g_autofree char *expected = g_strconcat (path, ":1: column Favourite Colour: unknown column; "
                                           "it is ignored", NULL);
  g_autoptr(CspImportPlan) plan = prepare (fixture, CSP_IMPORT_ACCOUNTS, path);

  g_assert_cmpuint (csp_import_plan_get_n_errors (plan), ==, 0);
  g_assert_cmpstr (csp_import_plan_get_warnings (plan)[0], ==, expected);
  g_assert_null (csp_import_plan_get_warnings (plan)[1]);
  apply (fixture, plan);
  g_assert_cmpuint (count_accounts (fixture), ==, 1);
}

static void
test_header_only_warns (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "h.csv", "name,csm\n,\n", -1);
  g_autofree char *expected = g_strconcat (path, ": the file has no rows after the header", NULL);
  g_autoptr(CspImportPlan) plan = prepare (fixture, CSP_IMPORT_ACCOUNTS, path);

  g_assert_cmpuint (csp_import_plan_get_n_errors (plan), ==, 0);
  g_assert_cmpstr (csp_import_plan_get_warnings (plan)[0], ==, expected);
}

/* Applying */

static void
count_progress (guint    done,
                guint    total,
                gpointer user_data)
{
  guint *calls = user_data;

  g_assert_cmpuint (done, ==, *calls + 1);
  g_assert_cmpuint (total, ==, 3);
  (*calls)++;
}

static void
test_prepare_writes_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(CspImportPlan) plan = NULL;
  guint calls = 0;

  add_portfolio (fixture);
  path = write_file (fixture, "ok.csv", "name,external_id,arr\nAcme,CRM-1,1\nB,,2\nC,,3\n", -1);
  before = close_and_read (fixture);
  open_store (fixture);
  plan = prepare (fixture, CSP_IMPORT_ACCOUNTS, path);
  g_assert_cmpuint (csp_import_plan_get_n_create (plan), ==, 2);
  g_assert_cmpuint (csp_import_plan_get_n_update (plan), ==, 1);
  after = close_and_read (fixture);
  g_assert_true (g_bytes_equal (before, after));

  open_store (fixture);
  g_assert_true (csp_import_apply (fixture->store, plan, count_progress, &calls, NULL, NULL));
  g_assert_cmpuint (calls, ==, 3);
  g_assert_cmpuint (count_accounts (fixture), ==, 4);
}

/* A row that SQLite refuses halfway through: the rows before it must
 * be rolled back with it. */
static void
test_apply_is_one_transaction (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(CspImportPlan) plan = NULL;
  g_autoptr(CspAccount) late = csp_account_new ("Late Co");
  g_autoptr(GError) error = NULL;

  add_portfolio (fixture);
  path = write_file (fixture, "tx.csv",
                     "name,external_id\nFirst Co,N-1\nSecond Co,N-2\nThird Co,N-3\n", -1);
  plan = prepare (fixture, CSP_IMPORT_ACCOUNTS, path);
  g_assert_cmpuint (csp_import_plan_get_n_create (plan), ==, 3);

  /* After the preview, someone else takes N-2. */
  csp_account_set_external_id (late, "N-2");
  g_assert_true (csp_store_add_account (fixture->store, late, NULL));
  before = close_and_read (fixture);
  open_store (fixture);

  g_assert_false (csp_import_apply (fixture->store, plan, NULL, NULL, NULL, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CONSTRAINT);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_true (g_str_has_prefix (error->message + strlen (path), ":3: "));

  after = close_and_read (fixture);
  g_assert_true (g_bytes_equal (before, after));
  open_store (fixture);
  g_assert_cmpuint (count_accounts (fixture), ==, 3);
}

static void
cancel_after_first (guint    done,
                    guint    total,
                    gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

static void
test_apply_cancelled (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "c.csv", "name\nA\nB\nC\n", -1);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(CspImportPlan) plan = prepare (fixture, CSP_IMPORT_ACCOUNTS, path);
  g_autoptr(GError) error = NULL;

  g_assert_false (csp_import_apply (fixture->store, plan, cancel_after_first, cancellable,
                                    cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_accounts (fixture), ==, 0);

  /* The plan is unchanged by the failed attempt and can be applied. */
  apply (fixture, plan);
  g_assert_cmpuint (count_accounts (fixture), ==, 3);
}

/* Round trips: export → import into an empty database → export */

static void
export_to (CspStore      *store,
           CspReportKind  kind,
           const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspReport) report = NULL;
  CspPeriod period;

  /* Every snapshot there is, of every account not archived. */
  g_assert_true (csp_period_parse (&period, "2000-01-01", "2099-12-31", &error));
  report = csp_report_new (&period);
  g_assert_true (csp_report_export_to_file (report, store, kind, CSP_REPORT_FORMAT_CSV, TRUE,
                                            path, NULL, &error));
  g_assert_no_error (error);
}

static void
assert_round_trip (Fixture *fixture)
{
  g_autofree char *accounts = g_build_filename (fixture->dir, "accounts.csv", NULL);
  g_autofree char *health = g_build_filename (fixture->dir, "health.csv", NULL);
  g_autofree char *accounts_again = g_build_filename (fixture->dir, "accounts-2.csv", NULL);
  g_autofree char *health_again = g_build_filename (fixture->dir, "health-2.csv", NULL);
  g_autofree char *db = g_build_filename (fixture->dir, "empty.db", NULL);
  g_autoptr(CspStore) empty = NULL;
  g_autoptr(CspImportPlan) plan = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  export_to (fixture->store, CSP_REPORT_KIND_ACCOUNTS, accounts);
  export_to (fixture->store, CSP_REPORT_KIND_HEALTH, health);

  empty = csp_store_open (db, NULL);
  g_assert_nonnull (empty);
  plan = csp_import_prepare (empty, CSP_IMPORT_ACCOUNTS, accounts, NULL, NULL);
  g_assert_cmpuint (csp_import_plan_get_n_errors (plan), ==, 0);
  g_assert_null (csp_import_plan_get_warnings (plan)[0]);
  g_assert_true (csp_import_apply (empty, plan, NULL, NULL, NULL, NULL));
  g_clear_object (&plan);
  plan = csp_import_prepare (empty, CSP_IMPORT_HEALTH, health, NULL, NULL);
  g_assert_cmpuint (csp_import_plan_get_n_errors (plan), ==, 0);
  g_assert_true (csp_import_apply (empty, plan, NULL, NULL, NULL, NULL));

  export_to (empty, CSP_REPORT_KIND_ACCOUNTS, accounts_again);
  export_to (empty, CSP_REPORT_KIND_HEALTH, health_again);
  first = csp_test_read_file (accounts, NULL);
  second = csp_test_read_file (accounts_again, NULL);
  g_assert_cmpstr (first, ==, second);
  g_clear_pointer (&first, g_free);
  g_clear_pointer (&second, g_free);
  first = csp_test_read_file (health, NULL);
  second = csp_test_read_file (health_again, NULL);
  g_assert_cmpstr (first, ==, second);
  g_assert_finalize_object (g_steal_pointer (&empty));
}

static void
test_round_trip_demo (Fixture       *fixture,
                      gconstpointer  data)
{
  csp_test_fill_demo (fixture->store, 40, 10, 7, "2026-03-15");
  assert_round_trip (fixture);
}

/* Text that CSV and spreadsheets find hard, and a snapshot with only
 * components (its score cell is empty). */
static void
test_round_trip_tricky_text (Fixture       *fixture,
                             gconstpointer  data)
{
  import (fixture, CSP_IMPORT_ACCOUNTS,
          "name,external_id,csm,arr,currency,industry,region,notes\n"
          "\"Comma, Inc.\",=EXT-1,\"Ann \"\"The Closer\"\"\",0.05,JPY,+plus,-minus,"
          "\"@at\nline two\r\nline three\"\n"
          "华为技术有限公司,,李娜 🚀,1234567.89,CNY,电信,华南,עברית ومرحبا\n"
          "\" padded \",P-2,,0,USD,,,\"\ttabbed\"\n");
  import (fixture, CSP_IMPORT_HEALTH,
          "account,date,score,usage,support,satisfaction,nps,engagement,relationship\n"
          "=EXT-1,2026-01-05,,10,20,30,40,50,60\n"
          "华为技术有限公司,2026-01-05,77,,,,,,\n"
          "P-2,2025-12-29,0,0,,,,,100\n");
  assert_round_trip (fixture);
}

/* Off the main thread, as the window runs it */

typedef struct
{
  GMainLoop     *loop;
  CspImportPlan *plan;
  gboolean       applied;
  guint          last_done;
  GError        *error;
} AsyncState;

static void
on_prepared (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncState *state = user_data;

  state->plan = csp_import_prepare_finish (CSP_STORE (source), result, &state->error);
  g_main_loop_quit (state->loop);
}

static void
on_applied (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncState *state = user_data;

  state->applied = csp_import_apply_finish (CSP_STORE (source), result, &state->error);
  g_main_loop_quit (state->loop);
}

static void
on_async_progress (guint    done,
                   guint    total,
                   gpointer user_data)
{
  AsyncState *state = user_data;

  g_assert_cmpuint (done, >, state->last_done);
  g_assert_cmpuint (total, ==, 500);
  state->last_done = done;
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GString) content = g_string_new ("name,arr\n");
  g_autofree char *path = NULL;
  AsyncState state = { g_main_loop_new (NULL, FALSE), NULL, FALSE, 0, NULL };

  for (guint i = 0; i < 500; i++)
    g_string_append_printf (content, "Co %u,%u.00\n", i, i);
  path = write_file (fixture, "async.csv", content->str, -1);

  csp_import_prepare_async (fixture->store, CSP_IMPORT_ACCOUNTS, path, NULL, on_prepared, &state);
  g_main_loop_run (state.loop);
  g_assert_no_error (state.error);
  g_assert_cmpuint (csp_import_plan_get_n_create (state.plan), ==, 500);
  g_assert_cmpuint (count_accounts (fixture), ==, 0);

  csp_import_apply_async (fixture->store, state.plan, on_async_progress, &state, NULL, NULL,
                          on_applied, &state);
  g_main_loop_run (state.loop);
  g_assert_no_error (state.error);
  g_assert_true (state.applied);
  g_assert_cmpuint (state.last_done, ==, 500);
  g_assert_cmpuint (count_accounts (fixture), ==, 500);

  /* The worker drops its task, and so its reference to the store, just
   * after the result is delivered: wait for that before tear-down. */
  for (guint i = 0; G_OBJECT (fixture->store)->ref_count > 1 && i < 5000; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_main_loop_unref (state.loop);
  g_object_unref (state.plan);
}

static void
add_refused_cases (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (refused_cases); i++)
    g_test_add (refused_cases[i].path, Fixture, &refused_cases[i], fixture_set_up,
                test_refused, fixture_tear_down);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/import/reader/line-ends-bom-quotes", test_reader_line_ends);
  ADD ("/import/reader/spaces-kept", test_reader_spaces);
  ADD ("/import/reader/stray-quote", test_reader_stray_quote);
  ADD ("/import/reader/missing-file", test_reader_missing_file);
  g_test_add_func ("/import/columns-match-export", test_columns_match_export);
  ADD ("/import/accounts/create", test_accounts_create);
  ADD ("/import/accounts/upsert", test_accounts_upsert);
  ADD ("/import/accounts/ambiguous-name", test_accounts_ambiguous_name);
  ADD ("/import/health/upsert", test_health_upsert);
  add_refused_cases ();
  ADD ("/import/refused/line-over-1mb", test_refused_long_line);
  ADD ("/import/many-errors", test_many_errors);
  ADD ("/import/warning/unknown-column", test_unknown_column_warns);
  ADD ("/import/warning/header-only", test_header_only_warns);
  ADD ("/import/apply/prepare-writes-nothing", test_prepare_writes_nothing);
  ADD ("/import/apply/one-transaction", test_apply_is_one_transaction);
  ADD ("/import/apply/cancelled", test_apply_cancelled);
  ADD ("/import/apply/async", test_async);
  ADD ("/import/round-trip/demo", test_round_trip_demo);
  ADD ("/import/round-trip/tricky-text", test_round_trip_tricky_text);

  return g_test_run ();
}
