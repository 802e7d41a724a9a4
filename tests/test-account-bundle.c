/* test-account-bundle.c: deleting an account and undoing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <sqlite3.h>

#include "csp-store-bundle.h"
#include "csp-store-records.h"
#include "csp-test-util.h"

#define TODAY "2026-03-02"

typedef struct
{
  char     *dir;
  CspStore *store;
} Fixture;

/* The rows each table holds for one account. */
static const char * const count_sql[] = {
  "SELECT count(*) FROM account WHERE id = ?1",
  "SELECT count(*) FROM stakeholder WHERE account_id = ?1",
  "SELECT count(*) FROM health_snapshot WHERE account_id = ?1",
  "SELECT count(*) FROM success_plan WHERE account_id = ?1",
  "SELECT count(*) FROM objective WHERE plan_id IN (SELECT id FROM success_plan WHERE account_id = ?1)",
  "SELECT count(*) FROM action_item WHERE plan_id IN (SELECT id FROM success_plan WHERE account_id = ?1)",
  "SELECT count(*) FROM meeting WHERE account_id = ?1",
  "SELECT count(*) FROM attendee WHERE meeting_id IN (SELECT id FROM meeting WHERE account_id = ?1)",
  "SELECT count(*) FROM decision WHERE meeting_id IN (SELECT id FROM meeting WHERE account_id = ?1)",
  "SELECT count(*) FROM risk WHERE account_id = ?1",
  "SELECT count(*) FROM activity WHERE account_id = ?1",
};

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  fixture->dir = csp_test_make_dir ("test-account-bundle-XXXXXX");
  path = g_build_filename (fixture->dir, "planner.db", NULL);
  fixture->store = csp_test_open_demo (path, 6, 12, 7, TODAY);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  g_assert_true (csp_test_remove_tree (fixture->dir));
  g_free (fixture->dir);
}

static gint64
count_rows (CspStore   *store,
            const char *sql,
            gint64      account_id)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_open_v2 (csp_store_get_path (store), &db, SQLITE_OPEN_READONLY, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, account_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return count;
}

static void
assert_check_passes (CspStore *store)
{
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (csp_store_check (store, report, &error));
  g_assert_no_error (error);
}

/* The demo account with the most rows that go with it. */
static CspAccountBundle *
take_largest_bundle (CspStore *store)
{
  g_autoptr(GListModel) accounts = csp_store_list_accounts (store, NULL);
  CspAccountBundle *best = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(CspRecord) account = g_list_model_get_item (accounts, i);
      g_autoptr(GError) error = NULL;
      CspAccountBundle *bundle;

      bundle = csp_store_take_account_bundle (store, csp_record_get_id (account), &error);
      g_assert_no_error (error);
      if (best == NULL ||
          csp_account_bundle_get_n_records (bundle) > csp_account_bundle_get_n_records (best))
        {
          csp_account_bundle_free (best);
          best = bundle;
        }
      else
        csp_account_bundle_free (bundle);
    }

  return best;
}

static guint
count_type (CspAccountBundle *bundle,
            GType             type)
{
  guint n = 0;

  for (guint i = 0; i < csp_account_bundle_get_n_records (bundle); i++)
    n += G_OBJECT_TYPE (csp_account_bundle_get_record (bundle, i)) == type;

  return n;
}

static void
test_delete_and_restore (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(CspAccountBundle) bundle = take_largest_bundle (fixture->store);
  g_autoptr(GError) error = NULL;
  gint64 before[G_N_ELEMENTS (count_sql)];
  gint64 account_id;
  GType kinds[] = {
    CSP_TYPE_STAKEHOLDER, CSP_TYPE_HEALTH_SNAPSHOT, CSP_TYPE_SUCCESS_PLAN, CSP_TYPE_OBJECTIVE,
    CSP_TYPE_ACTION_ITEM, CSP_TYPE_MEETING, CSP_TYPE_ATTENDEE, CSP_TYPE_DECISION,
  };

  g_assert_nonnull (bundle);
  account_id = csp_record_get_id (CSP_RECORD (csp_account_bundle_get_account (bundle)));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_assert_cmpuint (count_type (bundle, kinds[i]), >, 0);

  for (guint i = 0; i < G_N_ELEMENTS (count_sql); i++)
    before[i] = count_rows (fixture->store, count_sql[i], account_id);
  g_assert_cmpint (before[0], ==, 1);

  g_assert_true (csp_store_delete_account (fixture->store, account_id, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (count_sql); i++)
    g_assert_cmpint (count_rows (fixture->store, count_sql[i], account_id), ==, 0);

  g_assert_true (csp_store_restore_account_bundle (fixture->store, bundle, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (count_sql); i++)
    g_assert_cmpint (count_rows (fixture->store, count_sql[i], account_id), ==, before[i]);

  /* Every row is back with its id and its values, links included
   * (an action item's meeting, a decision's action, an attendee's
   * stakeholder are plain values of the records). */
  for (guint i = 0; i < csp_account_bundle_get_n_records (bundle); i++)
    {
      CspRecord *saved = csp_account_bundle_get_record (bundle, i);
      g_autoptr(CspRecord) stored = NULL;

      stored = csp_store_get (fixture->store, G_OBJECT_TYPE (saved), csp_record_get_id (saved), &error);
      g_assert_no_error (error);
      g_assert_true (csp_record_equal_values (saved, stored));
      g_assert_cmpstr (csp_record_get_created_at (saved), ==, csp_record_get_created_at (stored));
    }

  assert_check_passes (fixture->store);
}

static void
test_cross_links (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CspAccountBundle) bundle = take_largest_bundle (fixture->store);
  g_autoptr(GError) error = NULL;
  gint64 account_id = csp_record_get_id (CSP_RECORD (csp_account_bundle_get_account (bundle)));
  g_autoptr(CspActionItem) action = NULL;
  g_autoptr(CspDecision) decision = NULL;
  g_autoptr(CspMeeting) meeting = NULL;

  /* Link an action to a meeting and a decision to that action, both of
   * this account, so restoring must order them right. */
  for (guint i = 0; i < csp_account_bundle_get_n_records (bundle); i++)
    {
      CspRecord *record = csp_account_bundle_get_record (bundle, i);

      if (meeting == NULL && CSP_IS_MEETING (record))
        meeting = g_object_ref (CSP_MEETING (record));
      else if (action == NULL && CSP_IS_ACTION_ITEM (record))
        action = g_object_ref (CSP_ACTION_ITEM (record));
      else if (decision == NULL && CSP_IS_DECISION (record))
        decision = g_object_ref (CSP_DECISION (record));
    }
  g_assert_nonnull (meeting);
  g_assert_nonnull (action);
  g_assert_nonnull (decision);

  csp_action_item_set_meeting_id (action, csp_record_get_id (CSP_RECORD (meeting)));
  g_assert_true (csp_store_update_action_item (fixture->store, action, &error));
  g_assert_no_error (error);
  csp_decision_set_action_id (decision, csp_record_get_id (CSP_RECORD (action)));
  g_assert_true (csp_store_update_decision (fixture->store, decision, &error));
  g_assert_no_error (error);

  g_clear_pointer (&bundle, csp_account_bundle_free);
  bundle = csp_store_take_account_bundle (fixture->store, account_id, &error);
  g_assert_no_error (error);

  g_assert_true (csp_store_delete_account (fixture->store, account_id, &error));
  g_assert_no_error (error);
  g_assert_true (csp_store_restore_account_bundle (fixture->store, bundle, &error));
  g_assert_no_error (error);

  {
    g_autoptr(CspActionItem) stored_action = NULL;
    g_autoptr(CspDecision) stored_decision = NULL;

    stored_action = csp_store_get_action_item (fixture->store,
                                               csp_record_get_id (CSP_RECORD (action)), &error);
    g_assert_no_error (error);
    g_assert_cmpint (csp_action_item_get_meeting_id (stored_action), ==,
                     csp_record_get_id (CSP_RECORD (meeting)));
    stored_decision = csp_store_get_decision (fixture->store,
                                              csp_record_get_id (CSP_RECORD (decision)), &error);
    g_assert_no_error (error);
    g_assert_cmpint (csp_decision_get_action_id (stored_decision), ==,
                     csp_record_get_id (CSP_RECORD (action)));
  }

  assert_check_passes (fixture->store);
}

static void
test_missing_account (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspAccountBundle) bundle = NULL;

  bundle = csp_store_take_account_bundle (fixture->store, 999999, &error);
  g_assert_null (bundle);
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND);
}

/* Restoring over a still-present account fails and changes nothing. */
static void
test_restore_is_all_or_nothing (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(CspAccountBundle) bundle = take_largest_bundle (fixture->store);
  g_autoptr(GError) error = NULL;
  gint64 account_id = csp_record_get_id (CSP_RECORD (csp_account_bundle_get_account (bundle)));
  gint64 before = count_rows (fixture->store, count_sql[1], account_id);

  g_assert_false (csp_store_restore_account_bundle (fixture->store, bundle, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (count_rows (fixture->store, count_sql[1], account_id), ==, before);
  assert_check_passes (fixture->store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/account-bundle/delete-and-restore", test_delete_and_restore);
  ADD ("/account-bundle/cross-links", test_cross_links);
  ADD ("/account-bundle/missing-account", test_missing_account);
  ADD ("/account-bundle/all-or-nothing", test_restore_is_all_or_nothing);

  return g_test_run ();
}
