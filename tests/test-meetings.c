/* test-meetings.c: meeting times, who attends, decisions into actions
 *
 * The local ↔ UTC conversion with zones pinned east and west of UTC and
 * around a change of daylight saving time; the attendee coverage rule
 * on constructed attendee lists; a meeting's time as lists show it, in
 * the interface's language; and a decision turned into an action item
 * through the store, linked both ways.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "csp-format.h"
#include "csp-local-time.h"
#include "csp-meeting-coverage.h"
#include "csp-store-meetings.h"
#include "csp-store-records.h"
#include "csp-test-util.h"

/* Local time */

typedef struct
{
  const char *zone;
  const char *date;
  const char *time;
  const char *utc;
} LocalCase;

static const LocalCase local_cases[] = {
  /* East: UTC+8 all year; the UTC date is the day before. */
  { "Asia/Shanghai", "2026-06-01", "01:30", "2026-05-31T17:30:00Z" },
  { "Asia/Shanghai", "2026-12-31", "23:59", "2026-12-31T15:59:00Z" },
  /* West: UTC−5 in winter, −4 in summer; the UTC date is the day after. */
  { "America/New_York", "2026-01-15", "21:00", "2026-01-16T02:00:00Z" },
  { "America/New_York", "2026-07-15", "21:00", "2026-07-16T01:00:00Z" },
  /* Either side of Europe's change to summer time (2026-03-29 01:00Z). */
  { "Europe/Berlin", "2026-03-28", "10:00", "2026-03-28T09:00:00Z" },
  { "Europe/Berlin", "2026-03-29", "01:59", "2026-03-29T00:59:00Z" },
  { "Europe/Berlin", "2026-03-29", "03:00", "2026-03-29T01:00:00Z" },
  { "Europe/Berlin", "2026-03-30", "10:00", "2026-03-30T08:00:00Z" },
  /* 02:30 happens twice on 2026-10-25: the later, standard time. */
  { "Europe/Berlin", "2026-10-25", "02:30", "2026-10-25T01:30:00Z" },
  /* And back to winter time (2026-10-25 01:00Z). */
  { "Europe/Berlin", "2026-10-24", "10:00", "2026-10-24T08:00:00Z" },
  { "Europe/Berlin", "2026-10-26", "10:00", "2026-10-26T09:00:00Z" },
  { "UTC", "2026-02-28", "00:00", "2026-02-28T00:00:00Z" },
};

static GTimeZone *
pinned_zone (const char *identifier)
{
  GTimeZone *zone = g_time_zone_new_identifier (identifier);

  g_assert_nonnull (zone);
  return zone;
}

static void
test_local_round_trip (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (local_cases); i++)
    {
      const LocalCase *c = &local_cases[i];
      g_autoptr(GTimeZone) zone = pinned_zone (c->zone);
      g_autoptr(GError) error = NULL;
      g_autofree char *utc = csp_timestamp_from_local (c->date, c->time, zone, &error);
      g_autofree char *date = NULL;
      g_autofree char *time = NULL;

      g_test_message ("%s %s %s", c->zone, c->date, c->time);
      g_assert_no_error (error);
      g_assert_cmpstr (utc, ==, c->utc);
      g_assert_true (csp_timestamp_to_local (utc, zone, &date, &time));
      g_assert_cmpstr (date, ==, c->date);
      g_assert_cmpstr (time, ==, c->time);
    }
}

/* One stored time shows as a different local day in each zone. */
static void
test_local_same_instant (void)
{
  g_autoptr(GTimeZone) east = pinned_zone ("Asia/Tokyo");
  g_autoptr(GTimeZone) west = pinned_zone ("America/Los_Angeles");
  g_autofree char *east_date = NULL, *east_time = NULL;
  g_autofree char *west_date = NULL, *west_time = NULL;

  g_assert_true (csp_timestamp_to_local ("2026-11-01T20:00:00Z", east, &east_date, &east_time));
  g_assert_true (csp_timestamp_to_local ("2026-11-01T20:00:00Z", west, &west_date, &west_time));
  g_assert_cmpstr (east_date, ==, "2026-11-02");
  g_assert_cmpstr (east_time, ==, "05:00");
  g_assert_cmpstr (west_date, ==, "2026-11-01");
  g_assert_cmpstr (west_time, ==, "12:00");
  g_assert_false (csp_timestamp_to_local ("tomorrow", east, NULL, NULL));
}

static void
test_local_invalid (void)
{
  static const char *bad_times[] = { "", "9", "24:00", "12:60", "12:5", "ab:cd", "12:00pm", "123:00" };
  g_autoptr(GTimeZone) zone = pinned_zone ("UTC");
  int hour = -1, minute = -1;

  for (guint i = 0; i < G_N_ELEMENTS (bad_times); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *utc = csp_timestamp_from_local ("2026-05-01", bad_times[i], zone, &error);

      g_assert_null (utc);
      g_assert_error (error, CSP_MODEL_ERROR, error->code);
      g_assert_nonnull (strstr (error->message, "time of day"));
    }
  g_assert_true (csp_time_of_day_parse (" 9:05 ", &hour, &minute, NULL));
  g_assert_cmpint (hour, ==, 9);
  g_assert_cmpint (minute, ==, 5);

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *utc = csp_timestamp_from_local ("2026-02-30", "10:00", zone, &error);

    g_assert_null (utc);
    g_assert_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID_DATE);
  }
}

/* 02:30 never happens in Berlin on the day the clocks go forward. */
static void
test_local_skipped (void)
{
  g_autoptr(GTimeZone) zone = pinned_zone ("Europe/Berlin");
  g_autoptr(GError) error = NULL;
  g_autofree char *utc = csp_timestamp_from_local ("2026-03-29", "02:30", zone, &error);

  g_assert_null (utc);
  g_assert_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "02:30"));
  g_assert_nonnull (strstr (error->message, "does not exist"));
}

/* Coverage */

static CspStakeholder *
person (GListStore          *people,
        gint64               id,
        const char          *name,
        CspStakeholderLevel  level,
        CspCounterpart       counterpart)
{
  g_autoptr(CspStakeholder) stakeholder = csp_stakeholder_new (1, name);

  csp_record_set_id (CSP_RECORD (stakeholder), id);
  csp_stakeholder_set_level (stakeholder, level);
  csp_stakeholder_set_counterpart (stakeholder, counterpart);
  g_list_store_append (people, stakeholder);
  return stakeholder;
}

static void
attend (GListStore *attendees,
        gint64      stakeholder_id,
        const char *name,
        CspSide     side,
        const char *role)
{
  g_autoptr(CspAttendee) attendee = csp_attendee_new (1, name);

  csp_attendee_set_stakeholder_id (attendee, stakeholder_id);
  csp_attendee_set_side (attendee, side);
  csp_attendee_set_role (attendee, role);
  g_list_store_append (attendees, attendee);
}

static void
test_coverage (void)
{
  g_autoptr(GListStore) people = g_list_store_new (CSP_TYPE_STAKEHOLDER);
  g_autoptr(GListStore) attendees = g_list_store_new (CSP_TYPE_ATTENDEE);
  g_autoptr(GPtrArray) uncovered = NULL;

  person (people, 1, "Li Wei", CSP_LEVEL_EXECUTIVE, CSP_COUNTERPART_EXECUTIVE_SPONSOR);
  person (people, 2, "Ana Ruiz", CSP_LEVEL_PROJECT_LEAD, CSP_COUNTERPART_ACCOUNT_MANAGER);
  person (people, 3, "Ken Ito", CSP_LEVEL_EXECUTIVE, CSP_COUNTERPART_ACCOUNT_MANAGER);

  /* Nobody yet: a strategy meeting and an EBR lack an executive; other
   * kinds are not checked. */
  g_assert_cmpint (csp_meeting_coverage_check (CSP_MEETING_STRATEGY, G_LIST_MODEL (attendees),
                                               G_LIST_MODEL (people), NULL),
                   ==, CSP_MEETING_COVERAGE_NO_EXECUTIVE);
  g_assert_cmpint (csp_meeting_coverage_check (CSP_MEETING_EBR, G_LIST_MODEL (attendees),
                                               G_LIST_MODEL (people), NULL),
                   ==, CSP_MEETING_COVERAGE_NO_EXECUTIVE);
  g_assert_cmpint (csp_meeting_coverage_check (CSP_MEETING_CHECK_IN, G_LIST_MODEL (attendees),
                                               G_LIST_MODEL (people), NULL),
                   ==, CSP_MEETING_COVERAGE_OK);

  /* A project lead is no executive; our executive sponsor alone covers nobody. */
  attend (attendees, 2, "Ana Ruiz", CSP_SIDE_CUSTOMER, NULL);
  attend (attendees, 0, "Sam Lee", CSP_SIDE_OURS, "Executive sponsor");
  g_assert_cmpint (csp_meeting_coverage_check (CSP_MEETING_STRATEGY, G_LIST_MODEL (attendees),
                                               G_LIST_MODEL (people), NULL),
                   ==, CSP_MEETING_COVERAGE_NO_EXECUTIVE);

  /* Li Wei's counterpart (our executive sponsor) attends; Ken Ito's
   * (an account manager) does not. */
  attend (attendees, 1, "Li Wei", CSP_SIDE_CUSTOMER, NULL);
  attend (attendees, 3, "Ken Ito", CSP_SIDE_CUSTOMER, NULL);
  g_assert_cmpint (csp_meeting_coverage_check (CSP_MEETING_EBR, G_LIST_MODEL (attendees),
                                               G_LIST_MODEL (people), &uncovered),
                   ==, CSP_MEETING_COVERAGE_NO_COUNTERPART);
  g_assert_cmpuint (uncovered->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (uncovered, 0), ==, "Ken Ito");
  g_clear_pointer (&uncovered, g_ptr_array_unref);

  attend (attendees, 0, "Mia Chen", CSP_SIDE_OURS, "客户成功经理");
  g_assert_cmpint (csp_meeting_coverage_check (CSP_MEETING_EBR, G_LIST_MODEL (attendees),
                                               G_LIST_MODEL (people), &uncovered),
                   ==, CSP_MEETING_COVERAGE_OK);
  g_assert_cmpuint (uncovered->len, ==, 0);
}

/* Role text as people type it names a counterpart kind, in English or
 * Chinese; other text names none. */
static void
test_counterpart_from_role (void)
{
  static const struct { const char *role; int counterpart; } cases[] = {
    { "executive_sponsor", CSP_COUNTERPART_EXECUTIVE_SPONSOR },
    { " Executive Sponsor ", CSP_COUNTERPART_EXECUTIVE_SPONSOR },
    { "执行发起人", CSP_COUNTERPART_EXECUTIVE_SPONSOR },
    { "Customer success manager", CSP_COUNTERPART_ACCOUNT_MANAGER },
    { "CSM", CSP_COUNTERPART_ACCOUNT_MANAGER },
    { "客户成功经理", CSP_COUNTERPART_ACCOUNT_MANAGER },
    { "Support team", CSP_COUNTERPART_SUPPORT_TEAM },
    { "技术支持工程师", CSP_COUNTERPART_SUPPORT_TEAM },
    { "Chief Financial Officer", -1 },
    { "", -1 },
    { NULL, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CspCounterpart counterpart = -1;
      gboolean found = csp_counterpart_from_role (cases[i].role, &counterpart);

      g_test_message ("%s", cases[i].role ? cases[i].role : "(null)");
      g_assert_cmpint (found, ==, cases[i].counterpart >= 0);
      if (found)
        g_assert_cmpint (counterpart, ==, cases[i].counterpart);
    }
}

/* A stakeholder deleted since (stakeholder_id NULL) no longer counts
 * as an executive. */
static void
test_coverage_unknown_stakeholder (void)
{
  g_autoptr(GListStore) people = g_list_store_new (CSP_TYPE_STAKEHOLDER);
  g_autoptr(GListStore) attendees = g_list_store_new (CSP_TYPE_ATTENDEE);

  attend (attendees, 0, "Former CEO", CSP_SIDE_CUSTOMER, NULL);
  attend (attendees, 7, "Not on file", CSP_SIDE_CUSTOMER, NULL);
  g_assert_cmpint (csp_meeting_coverage_check (CSP_MEETING_STRATEGY, G_LIST_MODEL (attendees),
                                               G_LIST_MODEL (people), NULL),
                   ==, CSP_MEETING_COVERAGE_NO_EXECUTIVE);
}

/* Decisions and actions in the store */

typedef struct
{
  CspTestFolder folder;
  CspStore     *store;
  gint64        plan;
  gint64        meeting;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CspAccount) account = csp_account_new ("Acme");
  g_autoptr(CspSuccessPlan) plan = NULL;
  g_autoptr(CspMeeting) meeting = NULL;

  csp_test_folder_set_up (&fixture->folder, data);
  fixture->store = csp_test_open_store (fixture->folder.db);
  g_assert_true (csp_store_add_account (fixture->store, account, NULL));
  plan = csp_success_plan_new (csp_record_get_id (CSP_RECORD (account)), "Adoption");
  g_assert_true (csp_store_add_success_plan (fixture->store, plan, NULL));
  meeting = csp_meeting_new (csp_record_get_id (CSP_RECORD (account)), "QBR",
                             "2026-05-01T08:00:00Z");
  g_assert_true (csp_store_add_meeting (fixture->store, meeting, NULL));
  fixture->plan = csp_record_get_id (CSP_RECORD (plan));
  fixture->meeting = csp_record_get_id (CSP_RECORD (meeting));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  csp_test_folder_tear_down (&fixture->folder, data);
}

static CspDecision *
add_decision (Fixture    *fixture,
              const char *body)
{
  CspDecision *decision = csp_decision_new (fixture->meeting, body);
  g_autoptr(GError) error = NULL;

  g_assert_true (csp_store_append_decision (fixture->store, decision, &error));
  g_assert_no_error (error);
  return decision;
}

static void
count_changes (CspStore   *store,
               const char *table,
               guint      *count)
{
  (*count)++;
}

static void
test_decision_to_action (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(CspDecision) decision = add_decision (fixture, "Roll out SSO");
  g_autoptr(CspActionItem) action = csp_action_item_new (fixture->plan, "Roll out SSO");
  g_autoptr(CspDecision) stored = NULL;
  g_autoptr(CspActionItem) stored_action = NULL;
  g_autoptr(GError) error = NULL;
  guint action_changes = 0;
  gint64 action_id;

  g_signal_connect (fixture->store, "changed::action_item", G_CALLBACK (count_changes),
                    &action_changes);
  csp_action_item_set_owner_side (action, CSP_SIDE_CUSTOMER);
  csp_action_item_set_owner_name (action, "Ana Ruiz");
  csp_action_item_set_due_on (action, "2026-06-01");
  g_assert_true (csp_store_add_action_for_decision (fixture->store, decision, action, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (action_changes, ==, 1);

  action_id = csp_record_get_id (CSP_RECORD (action));
  stored_action = csp_store_get_action_item (fixture->store, action_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (csp_action_item_get_meeting_id (stored_action), ==, fixture->meeting);
  g_assert_cmpstr (csp_action_item_get_owner_name (stored_action), ==, "Ana Ruiz");
  stored = csp_store_get_decision (fixture->store, csp_record_get_id (CSP_RECORD (decision)),
                                   &error);
  g_assert_cmpint (csp_decision_get_action_id (stored), ==, action_id);
  g_clear_object (&stored);

  /* Deleting the action keeps the decision, unlinked. */
  g_assert_true (csp_store_delete_action_item (fixture->store, action_id, &error));
  stored = csp_store_get_decision (fixture->store, csp_record_get_id (CSP_RECORD (decision)),
                                   &error);
  g_assert_no_error (error);
  g_assert_cmpint (csp_decision_get_action_id (stored), ==, 0);
  g_assert_cmpstr (csp_decision_get_body (stored), ==, "Roll out SSO");
}

/* An action the store refuses (a due date that does not exist) leaves
 * no action and an unlinked decision. */
static void
test_decision_to_action_refused (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(CspDecision) decision = add_decision (fixture, "Train admins");
  g_autoptr(CspActionItem) action = csp_action_item_new (fixture->plan, "Train admins");
  g_autoptr(CspDecision) stored = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GError) error = NULL;

  csp_action_item_set_due_on (action, "2026-02-30");
  g_assert_false (csp_store_add_action_for_decision (fixture->store, decision, action, &error));
  g_assert_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID_DATE);
  g_assert_nonnull (strstr (error->message, "due_on"));
  g_assert_cmpint (csp_decision_get_action_id (decision), ==, 0);
  g_assert_cmpint (csp_record_get_id (CSP_RECORD (action)), ==, 0);

  actions = csp_store_list_action_items (fixture->store, fixture->plan, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 0);
  stored = csp_store_get_decision (fixture->store, csp_record_get_id (CSP_RECORD (decision)),
                                   NULL);
  g_assert_cmpint (csp_decision_get_action_id (stored), ==, 0);
}

static void
assert_order (Fixture           *fixture,
              const char * const *bodies)
{
  g_autoptr(GListModel) decisions = csp_store_list_decisions (fixture->store, fixture->meeting,
                                                              NULL);

  g_assert_cmpuint (g_list_model_get_n_items (decisions), ==, g_strv_length ((char **) bodies));
  for (guint i = 0; bodies[i] != NULL; i++)
    {
      g_autoptr(CspDecision) decision = g_list_model_get_item (decisions, i);

      g_assert_cmpstr (csp_decision_get_body (decision), ==, bodies[i]);
    }
}

static void
test_decision_order (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(CspDecision) a = add_decision (fixture, "A");
  g_autoptr(CspDecision) b = add_decision (fixture, "B");
  g_autoptr(CspDecision) c = add_decision (fixture, "C");
  g_autoptr(GError) error = NULL;

  assert_order (fixture, (const char *[]) { "A", "B", "C", NULL });
  g_assert_true (csp_store_move_decision (fixture->store, c, -1, &error));
  assert_order (fixture, (const char *[]) { "A", "C", "B", NULL });
  g_assert_true (csp_store_move_decision (fixture->store, a, 1, &error));
  assert_order (fixture, (const char *[]) { "C", "A", "B", NULL });
  /* Past either end nothing moves. */
  g_assert_true (csp_store_move_decision (fixture->store, c, -1, &error));
  g_assert_true (csp_store_move_decision (fixture->store, b, 1, &error));
  g_assert_no_error (error);
  assert_order (fixture, (const char *[]) { "C", "A", "B", NULL });
}

/* The weekday is in the language of the interface, not of LC_TIME:
 * the Chinese catalogue of the build in the C locale. */
static void
test_format_weekday (void)
{
  const char *scheduled = "2026-11-26T02:00:00Z";  /* a Thursday, TZ=UTC */

  if (g_test_subprocess ())
    {
      g_autofree char *english = NULL;
      g_autofree char *chinese = NULL;

      setlocale (LC_ALL, "C.UTF-8");
      english = csp_format_local_datetime (scheduled);
      g_assert_cmpstr (english, ==, "Thu, Nov 26, 2026, 02:00");

      g_setenv ("LANGUAGE", "zh_CN", TRUE);
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CSP_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      chinese = csp_format_local_datetime (scheduled);
      g_assert_cmpstr (chinese, ==, "2026年11月26日 周四 02:00");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meetings/local-time/round-trip", test_local_round_trip);
  g_test_add_func ("/meetings/local-time/same-instant", test_local_same_instant);
  g_test_add_func ("/meetings/local-time/invalid", test_local_invalid);
  g_test_add_func ("/meetings/local-time/skipped", test_local_skipped);
  g_test_add_func ("/meetings/format/weekday", test_format_weekday);
  g_test_add_func ("/meetings/coverage/rule", test_coverage);
  g_test_add_func ("/meetings/coverage/unknown-stakeholder", test_coverage_unknown_stakeholder);
  g_test_add_func ("/meetings/coverage/role-text", test_counterpart_from_role);
  ADD_TEST ("/meetings/decision/to-action", test_decision_to_action);
  ADD_TEST ("/meetings/decision/to-action-refused", test_decision_to_action_refused);
  ADD_TEST ("/meetings/decision/order", test_decision_order);

  return g_test_run ();
}
