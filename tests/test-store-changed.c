/* test-store-changed.c: the store tells the pages what it wrote
 *
 * Pages reload on CspStore::changed instead of poking each other, so a
 * missed or a wrong signal means a page shows stale data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-store-records.h"
#include "csp-test-util.h"

typedef struct {
  CspTestFolder folder;
  CspStore     *store;
  GPtrArray    *tables;   /* table of each emission, in order */
  guint         n_plans;  /* emissions of "changed::success_plan" only */
} Fixture;

static void
changed_cb (CspStore   *store,
            const char *table,
            Fixture    *fixture)
{
  g_ptr_array_add (fixture->tables, g_strdup (table));
}

static void
plan_changed_cb (CspStore   *store,
                 const char *table,
                 Fixture    *fixture)
{
  fixture->n_plans++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  csp_test_folder_set_up (&fixture->folder, NULL);
  fixture->store = csp_test_open_store (fixture->folder.db);
  fixture->tables = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (changed_cb), fixture);
  g_signal_connect (fixture->store, "changed::success_plan", G_CALLBACK (plan_changed_cb),
                    fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_ptr_array_unref (fixture->tables);
  csp_test_folder_tear_down (&fixture->folder, NULL);
}

static void
assert_tables (Fixture    *fixture,
               const char *expected)
{
  g_autofree char *seen = NULL;

  g_ptr_array_add (fixture->tables, NULL);
  seen = g_strjoinv (" ", (char **) fixture->tables->pdata);
  g_ptr_array_set_size (fixture->tables, 0);
  g_assert_cmpstr (seen, ==, expected);
}

/* Each write through the typed API is reported with its table. */
static void
test_writes (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CspAccount) account = csp_account_new ("Acme");
  g_autoptr(CspSuccessPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (csp_store_add_account (fixture->store, account, &error));
  g_assert_no_error (error);
  plan = csp_success_plan_new (csp_record_get_id (CSP_RECORD (account)), "Adoption");
  g_assert_true (csp_store_add_success_plan (fixture->store, plan, &error));
  csp_success_plan_set_title (plan, "Adoption 2027");
  g_assert_true (csp_store_update_success_plan (fixture->store, plan, &error));
  g_assert_true (csp_store_delete_success_plan (fixture->store,
                                                csp_record_get_id (CSP_RECORD (plan)), &error));
  g_assert_no_error (error);
  assert_tables (fixture, "account success_plan success_plan success_plan");
  g_assert_cmpuint (fixture->n_plans, ==, 3);

  /* A write that fails changes nothing, and says nothing. */
  g_assert_false (csp_store_delete_success_plan (fixture->store, 4242, &error));
  g_clear_error (&error);
  csp_account_set_name (account, "");
  g_assert_false (csp_store_update_account (fixture->store, account, &error));
  assert_tables (fixture, "");
}

/* Inside a transaction nothing is said until the commit, which says
 * each table once; a rollback says nothing at all. */
static void
test_transaction (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (csp_store_begin (fixture->store, &error));
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("Account %u", i);
      g_autoptr(CspAccount) account = csp_account_new (name);
      g_autoptr(CspSuccessPlan) plan = NULL;

      g_assert_true (csp_store_add_account (fixture->store, account, &error));
      plan = csp_success_plan_new (csp_record_get_id (CSP_RECORD (account)), "Plan");
      g_assert_true (csp_store_add_success_plan (fixture->store, plan, &error));
    }
  assert_tables (fixture, "");
  g_assert_true (csp_store_commit (fixture->store, &error));
  g_assert_no_error (error);
  assert_tables (fixture, "account success_plan");

  g_assert_true (csp_store_begin (fixture->store, &error));
  {
    g_autoptr(CspAccount) account = csp_account_new ("Rolled back");

    g_assert_true (csp_store_add_account (fixture->store, account, &error));
  }
  csp_store_rollback (fixture->store);
  assert_tables (fixture, "");

  /* The next transaction does not inherit the rolled-back one. */
  g_assert_true (csp_store_begin (fixture->store, &error));
  g_assert_true (csp_store_commit (fixture->store, &error));
  assert_tables (fixture, "");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store-changed/writes", Fixture, NULL, fixture_set_up, test_writes,
              fixture_tear_down);
  g_test_add ("/store-changed/transaction", Fixture, NULL, fixture_set_up, test_transaction,
              fixture_tear_down);

  return g_test_run ();
}
