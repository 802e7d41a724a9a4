/* test-health-trend.c: the health chart's points, the change over 30
 * days, stakeholder coverage gaps, and the account page's queries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "csp-demo.h"
#include "csp-health-trend.h"
#include "csp-plan-progress.h"
#include "csp-stakeholder-contact.h"
#include "csp-store-account-view.h"
#include "csp-store-records.h"
#include "csp-timeline-entry.h"

/* Helpers */

/* Weekly snapshots from 2026-01-05 with the scores given; CSP_UNSET
 * leaves that week out (a missing snapshot). */
static GListModel *
weekly (const int *scores,
        guint      n_scores)
{
  GListStore *list = g_list_store_new (CSP_TYPE_HEALTH_SNAPSHOT);

  for (guint i = 0; i < n_scores; i++)
    {
      g_autofree char *date = csp_date_add_days ("2026-01-05", 7 * (int) i);
      g_autoptr(CspHealthSnapshot) snapshot = NULL;

      if (scores[i] == CSP_UNSET)
        continue;
      snapshot = csp_health_snapshot_new (1, date);
      csp_health_snapshot_set_score (snapshot, scores[i]);
      csp_health_snapshot_set_usage (snapshot, 100 - scores[i]);
      g_list_store_append (list, snapshot);
    }

  return G_LIST_MODEL (list);
}

static CspHealthWeights *
default_weights (void)
{
  static CspHealthWeights weights;

  csp_health_weights_init (&weights);
  return &weights;
}

/* Trend */

static void
test_trend_empty (void)
{
  g_autoptr(GListModel) none = weekly (NULL, 0);
  g_autoptr(CspTrendSeries) series =
    csp_trend_series_new (none, default_weights (), CSP_TREND_ALL, CSP_TREND_SCORE);
  int change;

  g_assert_cmpuint (csp_trend_series_len (series), ==, 0);
  g_assert_cmpint (series->min_value, ==, CSP_UNSET);
  g_assert_cmpint (csp_health_trend_latest (none, default_weights ()), ==, CSP_UNSET);
  g_assert_false (csp_health_trend_change (none, default_weights (), &change));
  g_assert_cmpint (change, ==, 0);
}

static void
test_trend_single_point (void)
{
  const int scores[] = { 55 };
  g_autoptr(GListModel) one = weekly (scores, 1);
  g_autoptr(CspTrendSeries) series =
    csp_trend_series_new (one, default_weights (), CSP_TREND_3_MONTHS, CSP_TREND_SCORE);
  int change;

  g_assert_cmpuint (csp_trend_series_len (series), ==, 1);
  g_assert_cmpstr (series->end, ==, "2026-01-05");
  g_assert_cmpstr (series->start, ==, "2025-10-05");
  g_assert_cmpint (csp_trend_series_get (series, 0)->day, ==, series->n_days);
  g_assert_false (csp_trend_series_get (series, 0)->gap_before);
  g_assert_cmpint (series->min_value, ==, 55);
  g_assert_cmpint (series->max_value, ==, 55);
  g_assert_false (csp_health_trend_change (one, default_weights (), &change));
}

static void
test_trend_all_equal (void)
{
  const int scores[] = { 70, 70, 70, 70 };
  g_autoptr(GListModel) flat = weekly (scores, G_N_ELEMENTS (scores));
  g_autoptr(CspTrendSeries) series =
    csp_trend_series_new (flat, default_weights (), CSP_TREND_ALL, CSP_TREND_SCORE);

  g_assert_cmpuint (csp_trend_series_len (series), ==, 4);
  g_assert_cmpint (series->min_value, ==, 70);
  g_assert_cmpint (series->max_value, ==, 70);
  g_assert_cmpint (series->n_days, ==, 21);
  for (guint i = 0; i < 4; i++)
    g_assert_false (csp_trend_series_get (series, i)->gap_before);
}

static void
test_trend_gaps (void)
{
  /* Weeks 3 to 5 missing: the point of week 6 starts a new stretch. */
  const int scores[] = { 50, 52, 54, CSP_UNSET, CSP_UNSET, CSP_UNSET, 60, 61 };
  g_autoptr(GListModel) holey = weekly (scores, G_N_ELEMENTS (scores));
  g_autoptr(CspTrendSeries) series =
    csp_trend_series_new (holey, default_weights (), CSP_TREND_ALL, CSP_TREND_SCORE);
  /* One week missing is not more than twice the spacing: joined. */
  const int one_missing[] = { 50, 52, CSP_UNSET, 54, 56 };
  g_autoptr(GListModel) slight = weekly (one_missing, G_N_ELEMENTS (one_missing));
  g_autoptr(CspTrendSeries) joined =
    csp_trend_series_new (slight, default_weights (), CSP_TREND_ALL, CSP_TREND_SCORE);

  g_assert_cmpuint (csp_trend_series_len (series), ==, 5);
  g_assert_false (csp_trend_series_get (series, 2)->gap_before);
  g_assert_true (csp_trend_series_get (series, 3)->gap_before);
  g_assert_cmpstr (csp_trend_series_get (series, 3)->date, ==, "2026-02-16");
  g_assert_cmpint (csp_trend_series_get (series, 3)->value, ==, 60);
  g_assert_false (csp_trend_series_get (series, 4)->gap_before);
  for (guint i = 0; i < csp_trend_series_len (joined); i++)
    g_assert_false (csp_trend_series_get (joined, i)->gap_before);
}

static void
test_trend_windows (void)
{
  int scores[60];
  g_autoptr(GListModel) year = NULL;
  guint n[4];

  for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
    scores[i] = 30 + (int) i;
  year = weekly (scores, G_N_ELEMENTS (scores));
  for (CspTrendWindow w = CSP_TREND_3_MONTHS; w <= CSP_TREND_ALL; w++)
    {
      g_autoptr(CspTrendSeries) series =
        csp_trend_series_new (year, default_weights (), w, CSP_TREND_SCORE);

      n[w] = csp_trend_series_len (series);
      g_assert_cmpint (csp_trend_series_get (series, n[w] - 1)->value, ==, 89);
      g_assert_cmpint (series->max_value, ==, 89);
    }

  /* Latest 2027-02-22: 3 months back is 2026-11-22, so 14 weeks. */
  g_assert_cmpuint (n[CSP_TREND_3_MONTHS], ==, 14);
  g_assert_cmpuint (n[CSP_TREND_6_MONTHS], ==, 27);
  g_assert_cmpuint (n[CSP_TREND_12_MONTHS], ==, 53);
  g_assert_cmpuint (n[CSP_TREND_ALL], ==, 60);
}

static void
test_trend_component (void)
{
  const int scores[] = { 40, 60 };
  g_autoptr(GListModel) two = weekly (scores, 2);
  g_autoptr(CspTrendSeries) usage =
    csp_trend_series_new (two, default_weights (), CSP_TREND_ALL, CSP_COMPONENT_USAGE);
  g_autoptr(CspTrendSeries) nps =
    csp_trend_series_new (two, default_weights (), CSP_TREND_ALL, CSP_COMPONENT_NPS);

  g_assert_cmpuint (csp_trend_series_len (usage), ==, 2);
  g_assert_cmpint (csp_trend_series_get (usage, 0)->value, ==, 60);
  g_assert_cmpint (csp_trend_series_get (usage, 1)->value, ==, 40);
  g_assert_cmpint (usage->min_value, ==, 40);
  g_assert_cmpuint (csp_trend_series_len (nps), ==, 0);
}

static void
test_trend_weighted_score (void)
{
  GListStore *list = g_list_store_new (CSP_TYPE_HEALTH_SNAPSHOT);
  g_autoptr(CspHealthSnapshot) snapshot = csp_health_snapshot_new (1, "2026-05-01");
  g_autoptr(CspTrendSeries) series = NULL;
  CspHealthWeights weights = { { 1, 0, 0, 0, 0, 3 } };

  /* No score of its own: the weighted mean of the components. */
  csp_health_snapshot_set_usage (snapshot, 20);
  csp_health_snapshot_set_relationship (snapshot, 80);
  g_list_store_append (list, snapshot);
  series = csp_trend_series_new (G_LIST_MODEL (list), &weights, CSP_TREND_ALL, CSP_TREND_SCORE);

  g_assert_cmpint (csp_trend_series_get (series, 0)->value, ==, 65);
  g_object_unref (list);
}

static void
test_trend_change (void)
{
  /* Latest is week 6 (2026-02-16, 80); 30 days before is 2026-01-17,
   * so the baseline is week 1 (2026-01-12, 50), not week 2. */
  const int scores[] = { 40, 50, 60, 65, 70, 75, 80 };
  g_autoptr(GListModel) rising = weekly (scores, G_N_ELEMENTS (scores));
  int change;

  g_assert_cmpint (csp_health_trend_latest (rising, default_weights ()), ==, 80);
  g_assert_true (csp_health_trend_change (rising, default_weights (), &change));
  g_assert_cmpint (change, ==, 30);
}

/* Coverage */

static void
add_contact (GListStore          *list,
             CspStakeholderLevel  level,
             CspStakeholderRole   role,
             const char          *last_contact)
{
  g_autoptr(CspStakeholder) person = csp_stakeholder_new (1, "Li Na");
  g_autoptr(CspStakeholderContact) contact = NULL;

  csp_stakeholder_set_level (person, level);
  csp_stakeholder_set_role (person, role);
  contact = csp_stakeholder_contact_new (person, last_contact);
  g_list_store_append (list, contact);
}

static void
test_coverage_gaps (void)
{
  g_autoptr(GListStore) list = g_list_store_new (CSP_TYPE_STAKEHOLDER_CONTACT);
  const char *today = "2026-06-30";

  g_assert_cmpint (csp_stakeholder_coverage_gaps (G_LIST_MODEL (list), today), ==,
                   CSP_COVERAGE_NO_EXECUTIVE | CSP_COVERAGE_NO_CHAMPION);

  add_contact (list, CSP_LEVEL_MEMBER, CSP_ROLE_CHAMPION, "2026-06-01");
  g_assert_cmpint (csp_stakeholder_coverage_gaps (G_LIST_MODEL (list), today), ==,
                   CSP_COVERAGE_NO_EXECUTIVE);

  add_contact (list, CSP_LEVEL_EXECUTIVE, CSP_ROLE_SPONSOR, NULL);
  g_assert_cmpint (csp_stakeholder_coverage_gaps (G_LIST_MODEL (list), today), ==,
                   CSP_COVERAGE_EXECUTIVE_UNMET);

  add_contact (list, CSP_LEVEL_EXECUTIVE, CSP_ROLE_DECISION_MAKER, "2025-06-29");
  g_assert_cmpint (csp_stakeholder_coverage_gaps (G_LIST_MODEL (list), today), ==,
                   CSP_COVERAGE_EXECUTIVE_UNMET);

  /* Exactly 365 days ago still counts. */
  add_contact (list, CSP_LEVEL_EXECUTIVE, CSP_ROLE_USER, "2025-06-30");
  g_assert_cmpint (csp_stakeholder_coverage_gaps (G_LIST_MODEL (list), today), ==, 0);
}

/* The account page's queries */

typedef struct
{
  char     *dir;
  CspStore *store;
  gint64    account_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CspAccount) account = csp_account_new ("Acme");

  fixture->dir = g_dir_make_tmp ("test-health-trend-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "planner.db", NULL);
  fixture->store = csp_store_open (path, &error);
  g_assert_no_error (error);
  csp_store_add_account (fixture->store, account, &error);
  g_assert_no_error (error);
  fixture->account_id = csp_record_get_id (CSP_RECORD (account));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_strdup (csp_store_get_path (fixture->store));
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_assert_finalize_object (fixture->store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static void
add_snapshot (Fixture    *fixture,
              const char *date,
              int         score)
{
  g_autoptr(CspHealthSnapshot) snapshot = csp_health_snapshot_new (fixture->account_id, date);
  g_autoptr(GError) error = NULL;

  csp_health_snapshot_set_score (snapshot, score);
  csp_store_add_health_snapshot (fixture->store, snapshot, &error);
  g_assert_no_error (error);
}

static gint64
add_meeting (Fixture    *fixture,
             const char *when,
             gint64      stakeholder_id,
             gboolean    held)
{
  g_autoptr(CspMeeting) meeting = csp_meeting_new (fixture->account_id, "Review", when);
  g_autoptr(CspAttendee) attendee = NULL;
  g_autoptr(GError) error = NULL;

  csp_meeting_set_status (meeting, held ? CSP_MEETING_HELD : CSP_MEETING_PLANNED);
  csp_store_add_meeting (fixture->store, meeting, &error);
  g_assert_no_error (error);
  attendee = csp_attendee_new (csp_record_get_id (CSP_RECORD (meeting)), "Wang Fang");
  csp_attendee_set_stakeholder_id (attendee, stakeholder_id);
  csp_store_add_attendee (fixture->store, attendee, &error);
  g_assert_no_error (error);
  return csp_record_get_id (CSP_RECORD (meeting));
}

static void
test_view_contacts (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CspStakeholder) member = csp_stakeholder_new (fixture->account_id, "Ann");
  g_autoptr(CspStakeholder) boss = csp_stakeholder_new (fixture->account_id, "Wang Fang");
  g_autoptr(GListModel) contacts = NULL;
  g_autoptr(CspStakeholderContact) first = NULL;
  g_autoptr(CspStakeholderContact) second = NULL;
  g_autoptr(GError) error = NULL;

  csp_stakeholder_set_level (boss, CSP_LEVEL_EXECUTIVE);
  g_assert_true (csp_store_add_stakeholder (fixture->store, member, &error));
  g_assert_true (csp_store_add_stakeholder (fixture->store, boss, &error));
  add_meeting (fixture, "2026-03-01T09:00:00Z", csp_record_get_id (CSP_RECORD (boss)), TRUE);
  add_meeting (fixture, "2026-04-01T09:00:00Z", csp_record_get_id (CSP_RECORD (boss)), TRUE);
  add_meeting (fixture, "2026-09-01T09:00:00Z", csp_record_get_id (CSP_RECORD (boss)), FALSE);

  contacts = csp_store_list_stakeholder_contacts (fixture->store, fixture->account_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  first = g_list_model_get_item (contacts, 0);
  second = g_list_model_get_item (contacts, 1);
  /* Executives first; only held meetings count. */
  g_assert_cmpstr (csp_stakeholder_get_name (csp_stakeholder_contact_get_stakeholder (first)),
                   ==, "Wang Fang");
  g_assert_cmpstr (csp_stakeholder_contact_get_last_contact (first), ==, "2026-04-01");
  g_assert_null (csp_stakeholder_contact_get_last_contact (second));
}

static void
test_view_timeline (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(CspActivity) call = csp_activity_new (fixture->account_id, "2026-02-10", "Call");
  g_autoptr(CspRisk) risk = csp_risk_new (fixture->account_id, CSP_RISK_LOW_USAGE, "2026-02-01");
  g_autoptr(CspAccountOverview) overview = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *timeline;
  const CspTimelineKind expected[] = {
    CSP_TIMELINE_RISK_RESOLVED, CSP_TIMELINE_HEALTH_BAND, CSP_TIMELINE_ACTIVITY,
    CSP_TIMELINE_RISK_RAISED, CSP_TIMELINE_HEALTH_BAND,
  };

  add_snapshot (fixture, "2026-01-01", 75);
  add_snapshot (fixture, "2026-01-08", 72);
  add_snapshot (fixture, "2026-01-15", 45);  /* healthy → watch */
  add_snapshot (fixture, "2026-02-20", 71);  /* watch → healthy */
  csp_activity_set_kind (call, CSP_ACTIVITY_CALL);
  g_assert_true (csp_store_add_activity (fixture->store, call, &error));
  csp_risk_set_resolved_on (risk, "2026-03-01");
  g_assert_true (csp_store_add_risk (fixture->store, risk, &error));

  overview = csp_store_read_account_overview (fixture->store, fixture->account_id,
                                              "2026-03-05", &error);
  g_assert_no_error (error);
  timeline = csp_account_overview_get_list (overview, CSP_OVERVIEW_TIMELINE);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(CspTimelineEntry) entry = g_list_model_get_item (timeline, i);

      g_assert_cmpint (csp_timeline_entry_get_kind (entry), ==, expected[i]);
    }
  g_assert_cmpuint (csp_account_overview_count_open_risks (overview), ==, 0);
}

static void
test_view_plans (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CspSuccessPlan) plan = csp_success_plan_new (fixture->account_id, "Adoption");
  g_autoptr(CspAccountOverview) overview = NULL;
  g_autoptr(CspPlanProgress) progress = NULL;
  g_autoptr(GError) error = NULL;
  const CspActionStatus statuses[] = {
    CSP_ACTION_DONE, CSP_ACTION_OPEN, CSP_ACTION_CANCELLED, CSP_ACTION_BLOCKED,
  };

  csp_success_plan_set_status (plan, CSP_PLAN_ACTIVE);
  g_assert_true (csp_store_add_success_plan (fixture->store, plan, &error));
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_autoptr(CspActionItem) action =
        csp_action_item_new (csp_record_get_id (CSP_RECORD (plan)), "Train users");

      csp_action_item_set_status (action, statuses[i]);
      csp_action_item_set_due_on (action, i == 1 ? "2026-01-01" : "2026-12-01");
      if (statuses[i] == CSP_ACTION_DONE)
        csp_action_item_set_completed_on (action, "2026-02-02");
      g_assert_true (csp_store_add_action_item (fixture->store, action, &error));
    }

  overview = csp_store_read_account_overview (fixture->store, fixture->account_id,
                                              "2026-03-05", &error);
  g_assert_no_error (error);
  progress = g_list_model_get_item (csp_account_overview_get_list (overview,
                                                                   CSP_OVERVIEW_PLANS), 0);
  g_assert_cmpuint (csp_plan_progress_get_n_actions (progress), ==, 3);
  g_assert_cmpuint (csp_plan_progress_get_n_done (progress), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (
    csp_account_overview_get_list (overview, CSP_OVERVIEW_OPEN_ACTIONS)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (
    csp_account_overview_get_list (overview, CSP_OVERVIEW_TIMELINE)), ==, 1);
}

static void
test_view_missing_account (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CspAccountOverview *overview =
    csp_store_read_account_overview (fixture->store, 9999, "2026-03-05", &error);

  g_assert_null (overview);
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/health-trend/empty", test_trend_empty);
  g_test_add_func ("/health-trend/single-point", test_trend_single_point);
  g_test_add_func ("/health-trend/all-equal", test_trend_all_equal);
  g_test_add_func ("/health-trend/gaps", test_trend_gaps);
  g_test_add_func ("/health-trend/windows", test_trend_windows);
  g_test_add_func ("/health-trend/component", test_trend_component);
  g_test_add_func ("/health-trend/weighted-score", test_trend_weighted_score);
  g_test_add_func ("/health-trend/change-30-days", test_trend_change);
  g_test_add_func ("/coverage/gaps", test_coverage_gaps);
  g_test_add ("/account-view/contacts", Fixture, NULL, fixture_set_up, test_view_contacts,
              fixture_tear_down);
  g_test_add ("/account-view/timeline", Fixture, NULL, fixture_set_up, test_view_timeline,
              fixture_tear_down);
  g_test_add ("/account-view/plans", Fixture, NULL, fixture_set_up, test_view_plans,
              fixture_tear_down);
  g_test_add ("/account-view/missing-account", Fixture, NULL, fixture_set_up,
              test_view_missing_account, fixture_tear_down);

  return g_test_run ();
}
