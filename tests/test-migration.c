/* test-migration.c: opening, migrating and refusing database files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "csp-store-records.h"
#include "csp-test-util.h"

typedef CspTestFolder Fixture;

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}


/* A closed database holding one account, all in the main file. */
static void
make_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspStore) store = csp_store_open (path, &error);
  g_autoptr(CspAccount) account = csp_account_new ("蓝海物流 Blue Sea Logistics");

  g_assert_no_error (error);
  csp_store_add_account (store, account, &error);
  g_assert_no_error (error);
}

static void
test_fresh_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspStore) store = csp_store_open (fixture->db, &error);
  GStatBuf st;

  g_assert_no_error (error);
  g_assert_cmpint (csp_store_get_schema_version (store), ==, CSP_SCHEMA_VERSION);
  g_assert_true (csp_store_is_empty (store));
  g_clear_object (&store);

  g_assert_cmpint (g_stat (fixture->db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (query_int (fixture->db, "PRAGMA user_version"), ==, CSP_SCHEMA_VERSION);
  g_assert_cmpint (query_int (fixture->db, "PRAGMA application_id"), ==, 0x43535031);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM setting"), ==, 6);
  /* journal_mode is read through a read-write connection: it is persistent. */
  g_assert_cmpint (query_int (fixture->db,
                              "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"),
                   ==, 1);
}

static void
test_missing_folder_is_created (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *nested = g_build_filename (fixture->dir, "sub", "planner.db", NULL);
  g_autofree char *sub = g_build_filename (fixture->dir, "sub", NULL);
  g_autoptr(CspStore) store = csp_store_open (nested, &error);

  g_assert_no_error (error);
  g_clear_object (&store);
  csp_test_remove_tree (sub);
}

static void
test_empty_file_becomes_database (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspStore) store = NULL;

  csp_test_write_file (fixture->db, "", 0);
  store = csp_store_open (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (csp_store_get_schema_version (store), ==, CSP_SCHEMA_VERSION);
}

static void
test_reopen_keeps_data (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspStore) store = NULL;
  g_autoptr(GListModel) accounts = NULL;
  g_autoptr(CspAccount) account = NULL;

  make_database (fixture->db);
  store = csp_store_open (fixture->db, &error);
  g_assert_no_error (error);
  accounts = csp_store_list_accounts (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (accounts), ==, 1);
  account = g_list_model_get_item (accounts, 0);
  g_assert_cmpstr (csp_account_get_name (account), ==, "蓝海物流 Blue Sea Logistics");
}

/* The v1 fixture in tests/data was written by the first release; every
 * later version must open it and keep its rows. */
static void
test_v1_fixture (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "planner-v1.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(CspStore) store = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  gsize length;

  contents = csp_test_read_file (source, &length);
  csp_test_write_file (fixture->db, contents, (gssize) length);

  store = csp_store_open (fixture->db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (csp_store_get_schema_version (store), ==, CSP_SCHEMA_VERSION);
  g_assert_true (csp_store_check (store, report, &error));
  g_assert_no_error (error);
  g_assert_false (csp_store_is_empty (store));
  g_clear_object (&store);

  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM account"), >=, 3);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM health_snapshot"), >=, 3);
  g_assert_cmpint (query_int (fixture->db, "SELECT count(*) FROM action_item"), >=, 1);
}

/* Refusals: the file must come back byte for byte, with no journal or
 * WAL files beside it. */
static void
assert_refused (Fixture    *fixture,
                int         expected_code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (fixture->db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->db, "-shm", NULL);
  gsize before_len, after_len;
  CspStore *store;

  before = csp_test_read_file (fixture->db, &before_len);

  store = csp_store_open (fixture->db, &error);
  g_assert_null (store);
  g_assert_error (error, CSP_STORE_ERROR, expected_code);
  g_assert_nonnull (strstr (error->message, fixture->db));
  g_assert_null (strchr (error->message, '\n'));

  after = csp_test_read_file (fixture->db, &after_len);
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static void
test_refuse_text_file (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *csv = "name,arr\nNorthwind,1200\n";

  csp_test_write_file (fixture->db, csv, -1);
  assert_refused (fixture, CSP_STORE_ERROR_NOT_SQLITE);
}

static void
test_refuse_short_file (Fixture       *fixture,
                        gconstpointer  data)
{
  csp_test_write_file (fixture->db, "SQLite format 3", 16);
  assert_refused (fixture, CSP_STORE_ERROR_NOT_SQLITE);
}

static void
truncate_file (const char *path,
               gsize       keep)
{
  g_autofree char *contents = NULL;
  gsize length;

  contents = csp_test_read_file (path, &length);
  g_assert_cmpuint (length, >, keep);
  csp_test_write_file (path, contents, (gssize) keep);
}

static void
test_refuse_truncated (Fixture       *fixture,
                       gconstpointer  data)
{
  make_database (fixture->db);
  truncate_file (fixture->db, 4096 * 3);
  assert_refused (fixture, CSP_STORE_ERROR_CORRUPT);
}

static void
test_refuse_truncated_mid_page (Fixture       *fixture,
                                gconstpointer  data)
{
  make_database (fixture->db);
  truncate_file (fixture->db, 4096 * 3 + 100);
  assert_refused (fixture, CSP_STORE_ERROR_CORRUPT);
}

/* Garbage over the pages after the schema page: the header is fine, the
 * b-trees are not. */
static void
test_refuse_corrupt (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length;

  make_database (fixture->db);
  contents = csp_test_read_file (fixture->db, &length);
  for (gsize i = 4096; i < length; i++)
    contents[i] = (char) (i * 7 + 13);
  csp_test_write_file (fixture->db, contents, (gssize) length);
  assert_refused (fixture, CSP_STORE_ERROR_CORRUPT);
}

static void
test_refuse_newer (Fixture       *fixture,
                   gconstpointer  data)
{
  make_database (fixture->db);
  csp_test_exec_sql (fixture->db, "PRAGMA user_version = 99");
  assert_refused (fixture, CSP_STORE_ERROR_TOO_NEW);
}

static void
test_refuse_foreign (Fixture       *fixture,
                     gconstpointer  data)
{
  csp_test_exec_sql (fixture->db, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                           "INSERT INTO moz_places (url) VALUES ('https://example.org')");
  assert_refused (fixture, CSP_STORE_ERROR_FOREIGN);
}

static void
test_refuse_foreign_versioned (Fixture       *fixture,
                               gconstpointer  data)
{
  csp_test_exec_sql (fixture->db, "CREATE TABLE account (id INTEGER PRIMARY KEY);"
                           "PRAGMA user_version = 1");
  assert_refused (fixture, CSP_STORE_ERROR_FOREIGN);
}

static void
test_resolve_path (void)
{
  g_autofree char *from_flag = NULL;
  g_autofree char *from_env = NULL;
  g_autofree char *fallback = NULL;
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "success-planner",
                                                "planner.db", NULL);

  g_setenv ("SUCCESS_PLANNER_DB", "/tmp/env.db", TRUE);
  from_flag = csp_store_resolve_path ("/tmp/flag.db");
  from_env = csp_store_resolve_path (NULL);
  g_unsetenv ("SUCCESS_PLANNER_DB");
  fallback = csp_store_resolve_path (NULL);

  g_assert_cmpstr (from_flag, ==, "/tmp/flag.db");
  g_assert_cmpstr (from_env, ==, "/tmp/env.db");
  g_assert_cmpstr (fallback, ==, expected);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, csp_test_folder_set_up, func, csp_test_folder_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/migration/fresh-file", test_fresh_file);
  ADD ("/migration/missing-folder", test_missing_folder_is_created);
  ADD ("/migration/empty-file", test_empty_file_becomes_database);
  ADD ("/migration/reopen", test_reopen_keeps_data);
  ADD ("/migration/v1-fixture", test_v1_fixture);
  ADD ("/migration/refuse/text-file", test_refuse_text_file);
  ADD ("/migration/refuse/short-file", test_refuse_short_file);
  ADD ("/migration/refuse/truncated", test_refuse_truncated);
  ADD ("/migration/refuse/truncated-mid-page", test_refuse_truncated_mid_page);
  ADD ("/migration/refuse/corrupt", test_refuse_corrupt);
  ADD ("/migration/refuse/newer", test_refuse_newer);
  ADD ("/migration/refuse/foreign", test_refuse_foreign);
  ADD ("/migration/refuse/foreign-versioned", test_refuse_foreign_versioned);
  g_test_add_func ("/migration/resolve-path", test_resolve_path);

  return g_test_run ();
}
