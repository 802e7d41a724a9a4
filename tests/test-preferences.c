/* test-preferences.c: the Preferences window's health weights, under Xvfb
 *
 * Weights set through the spin buttons reach the store once the user
 * pauses or closes the window, once per pause, and the Accounts table
 * shows scores recomputed with them; an all-zero set is refused.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-account.h"
#include "csp-account-summary.h"
#include "csp-accounts-page.h"
#include "csp-health.h"
#include "csp-health-snapshot.h"
#include "csp-preferences-window.h"
#include "csp-store-records.h"
#include "csp-test-ui.h"
#include "csp-test-util.h"

#define TODAY "2026-06-30"

/* Weights far from the defaults, so most scores move. */
static const CspHealthWeights new_weights = { { 90, 0, 5, 0, 0, 5 } };

typedef struct
{
  CspTestFolder folder;
  CspStore     *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  csp_test_folder_set_up (&fixture->folder, data);
  fixture->store = csp_test_open_demo (fixture->folder.db, 40, 30, 7, TODAY);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  csp_test_folder_tear_down (&fixture->folder, data);
}

/* Helpers */

static void
assert_weights (CspStore               *store,
                const CspHealthWeights *expected)
{
  CspHealthWeights weights;

  g_assert_true (csp_store_get_health_weights (store, &weights, NULL));
  g_assert_cmpmem (weights.weight, sizeof weights.weight,
                   expected->weight, sizeof expected->weight);
}

static void
set_buttons (CspPreferencesWindow   *preferences,
             const CspHealthWeights *weights)
{
  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    gtk_spin_button_set_value (csp_preferences_window_get_weight_button (preferences, i),
                               weights->weight[i]);
}

/* The score the latest snapshot of @account_id gets with @weights, when
 * that snapshot has components and no score of its own; else CSP_UNSET. */
static int
computed_latest (CspStore               *store,
                 gint64                  account_id,
                 const CspHealthWeights *weights)
{
  g_autoptr(GListModel) snapshots = csp_store_list_health_snapshots (store, account_id, NULL);
  guint n = g_list_model_get_n_items (snapshots);
  g_autoptr(CspHealthSnapshot) latest = NULL;
  int components[CSP_N_COMPONENTS];

  if (n == 0)
    return CSP_UNSET;
  latest = g_list_model_get_item (snapshots, n - 1);
  if (csp_health_snapshot_get_score (latest) != CSP_UNSET ||
      !csp_health_snapshot_has_components (latest))
    return CSP_UNSET;
  csp_health_snapshot_get_components (latest, components);
  return csp_health_weighted_score (components, weights);
}

static CspAccountsPage *
accounts_page (CspWindow *window)
{
  return CSP_ACCOUNTS_PAGE (csp_test_find_widget (GTK_WIDGET (window),
                                                  CSP_TYPE_ACCOUNTS_PAGE, NULL));
}

static CspAccountSummary *
find_summary (CspAccountsPage *page,
              gint64           account_id)
{
  GListModel *model = csp_accounts_page_get_model (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CspAccountSummary) summary = g_list_model_get_item (model, i);

      if (csp_record_get_id (CSP_RECORD (csp_account_summary_get_account (summary))) ==
          account_id)
        return g_steal_pointer (&summary);
    }
  return NULL;
}

/* An account whose shown score is computed, and changes with new_weights. */
static gint64
pick_account (CspStore        *store,
              CspAccountsPage *page)
{
  GListModel *model = csp_accounts_page_get_model (page);
  CspHealthWeights defaults;

  csp_health_weights_init (&defaults);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CspAccountSummary) summary = g_list_model_get_item (model, i);
      gint64 id = csp_record_get_id (CSP_RECORD (csp_account_summary_get_account (summary)));
      int before = computed_latest (store, id, &defaults);
      int after = computed_latest (store, id, &new_weights);

      if (before != CSP_UNSET && after != CSP_UNSET && before != after)
        {
          g_assert_cmpint (csp_account_summary_get_health_score (summary), ==, before);
          return id;
        }
    }
  g_assert_not_reached ();
}

typedef struct
{
  CspAccountsPage *page;
  gint64           account_id;
  int              score;
} ShownScore;

static gboolean
score_shown (gpointer data)
{
  ShownScore *shown = data;
  g_autoptr(CspAccountSummary) summary = NULL;

  if (csp_accounts_page_get_loading (shown->page))
    return FALSE;
  summary = find_summary (shown->page, shown->account_id);
  return summary != NULL && csp_account_summary_get_health_score (summary) == shown->score;
}

static gboolean
weights_stored (gpointer data)
{
  CspStore *store = data;
  CspHealthWeights weights;

  return csp_store_get_health_weights (store, &weights, NULL) &&
         memcmp (&weights, &new_weights, sizeof weights) == 0;
}

static void
count_cb (guint *n)
{
  (*n)++;
}

/* Tests */

static void
test_weights_recompute_scores (Fixture       *fixture,
                               gconstpointer  data)
{
  CspWindow *window = csp_test_show_window (fixture->store);
  CspAccountsPage *page = accounts_page (window);
  gint64 account_id = pick_account (fixture->store, page);
  CspPreferencesWindow *preferences = g_object_ref (csp_window_show_preferences (window));
  CspHealthWeights defaults;
  ShownScore shown = { page, account_id, CSP_UNSET };
  guint n_written = 0;

  csp_health_weights_init (&defaults);
  csp_test_wait_for_frame (GTK_WIDGET (preferences));
  g_assert_true (csp_preferences_window_get_store (preferences) == fixture->store);
  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    g_assert_cmpint (gtk_spin_button_get_value_as_int (
                       csp_preferences_window_get_weight_button (preferences, i)),
                     ==, defaults.weight[i]);
  g_signal_connect_swapped (preferences, "weights-changed", G_CALLBACK (count_cb), &n_written);

  /* Six edits in a row are one write, after the pause. */
  set_buttons (preferences, &new_weights);
  assert_weights (fixture->store, &defaults);
  csp_test_wait_until (weights_stored, fixture->store);
  g_assert_cmpuint (n_written, ==, 1);

  shown.score = computed_latest (fixture->store, account_id, &new_weights);
  csp_test_wait_until (score_shown, &shown);

  gtk_window_close (GTK_WINDOW (preferences));
  csp_test_wait_until (csp_test_no_pending_events, NULL);
  g_assert_finalize_object (preferences);
  g_assert_cmpuint (n_written, ==, 1);
  csp_test_close_window (GTK_WINDOW (window));
}

/* Closing the window writes what is still waiting for a pause. */
static void
test_close_writes (Fixture       *fixture,
                   gconstpointer  data)
{
  CspPreferencesWindow *preferences =
    g_object_ref (csp_preferences_window_new (NULL, fixture->store));

  gtk_window_present (GTK_WINDOW (preferences));
  csp_test_wait_for_frame (GTK_WIDGET (preferences));
  set_buttons (preferences, &new_weights);
  gtk_window_close (GTK_WINDOW (preferences));
  assert_weights (fixture->store, &new_weights);
  csp_test_wait_until (csp_test_no_pending_events, NULL);
  g_assert_finalize_object (preferences);
}

/* All zero would leave every score unset: refused, said, not written. */
static void
test_all_zero_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  static const CspHealthWeights zero = { { 0 } };
  CspPreferencesWindow *preferences =
    g_object_ref (csp_preferences_window_new (NULL, fixture->store));
  CspHealthWeights defaults;
  GtkWidget *message;
  guint n_written = 0;

  csp_health_weights_init (&defaults);
  gtk_window_present (GTK_WINDOW (preferences));
  csp_test_wait_for_frame (GTK_WIDGET (preferences));
  g_signal_connect_swapped (preferences, "weights-changed", G_CALLBACK (count_cb), &n_written);
  message = csp_test_find_with_class (GTK_WIDGET (preferences), GTK_TYPE_LABEL, "error");
  g_assert_nonnull (message);
  g_assert_false (gtk_widget_get_visible (message));

  set_buttons (preferences, &zero);
  g_assert_true (gtk_widget_get_visible (message));
  g_usleep (400 * G_USEC_PER_SEC / 1000);
  csp_test_wait_until (csp_test_no_pending_events, NULL);
  csp_preferences_window_flush (preferences);
  assert_weights (fixture->store, &defaults);

  /* One weight back above zero is valid again. */
  gtk_spin_button_set_value (csp_preferences_window_get_weight_button (preferences,
                                                                       CSP_COMPONENT_NPS), 10);
  g_assert_false (gtk_widget_get_visible (message));
  gtk_spin_button_set_value (csp_preferences_window_get_weight_button (preferences,
                                                                       CSP_COMPONENT_NPS), 0);
  gtk_window_close (GTK_WINDOW (preferences));
  assert_weights (fixture->store, &defaults);
  g_assert_cmpuint (n_written, ==, 0);
  csp_test_wait_until (csp_test_no_pending_events, NULL);
  g_assert_finalize_object (preferences);
}

/* Restore Defaults puts back the default weights, and writes them. */
static void
test_restore_defaults (Fixture       *fixture,
                       gconstpointer  data)
{
  CspPreferencesWindow *preferences;
  GtkWidget *button;
  CspHealthWeights defaults;

  csp_health_weights_init (&defaults);
  g_assert_true (csp_store_set_health_weights (fixture->store, &new_weights, NULL));
  preferences = g_object_ref (csp_preferences_window_new (NULL, fixture->store));
  gtk_window_present (GTK_WINDOW (preferences));
  csp_test_wait_for_frame (GTK_WIDGET (preferences));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (
                     csp_preferences_window_get_weight_button (preferences, 0)),
                   ==, new_weights.weight[0]);

  button = csp_test_find_widget (GTK_WIDGET (preferences), GTK_TYPE_BUTTON, "_Restore Defaults");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  gtk_window_close (GTK_WINDOW (preferences));
  assert_weights (fixture->store, &defaults);
  csp_test_wait_until (csp_test_no_pending_events, NULL);
  g_assert_finalize_object (preferences);
}

/* Without a portfolio there are no weights to edit. */
static void
test_no_store (void)
{
  CspPreferencesWindow *preferences = g_object_ref (csp_preferences_window_new (NULL, NULL));
  GtkWidget *group;

  gtk_window_present (GTK_WINDOW (preferences));
  csp_test_wait_for_frame (GTK_WIDGET (preferences));
  group = gtk_widget_get_ancestor (
    GTK_WIDGET (csp_preferences_window_get_weight_button (preferences, 0)),
    ADW_TYPE_PREFERENCES_GROUP);
  g_assert_false (gtk_widget_get_visible (group));
  gtk_window_close (GTK_WINDOW (preferences));
  csp_test_wait_until (csp_test_no_pending_events, NULL);
  g_assert_finalize_object (preferences);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  csp_test_ui_init ();

  g_test_add ("/preferences/weights/recompute-scores", Fixture, NULL,
              fixture_set_up, test_weights_recompute_scores, fixture_tear_down);
  g_test_add ("/preferences/weights/close-writes", Fixture, NULL,
              fixture_set_up, test_close_writes, fixture_tear_down);
  g_test_add ("/preferences/weights/all-zero-refused", Fixture, NULL,
              fixture_set_up, test_all_zero_refused, fixture_tear_down);
  g_test_add ("/preferences/weights/restore-defaults", Fixture, NULL,
              fixture_set_up, test_restore_defaults, fixture_tear_down);
  g_test_add_func ("/preferences/weights/no-store", test_no_store);

  return g_test_run ();
}
