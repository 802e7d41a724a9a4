/* test-meeting-brief.c: a meeting's brief on constructed histories
 *
 * One account with a known history around a strategy meeting on
 * 2026-06-01: a held kickoff before it (whose decisions made actions,
 * one since deleted), a cancelled meeting between them, health
 * snapshots, actions and risks before, between and after. The brief
 * must read it as of the meeting's day. The Markdown of that brief is
 * compared with tests/data/golden/brief.md; after an intended change,
 * regenerate it with
 *
 *   CSP_UPDATE_GOLDEN=1 meson test -C _build meeting-brief
 *
 * and review the diff.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "csp-brief-attendee.h"
#include "csp-brief-decision.h"
#include "csp-brief-markdown.h"
#include "csp-store-brief.h"
#include "csp-store-records.h"
#include "csp-test-util.h"

typedef struct
{
  CspTestFolder  folder;
  CspStore      *store;
  gint64         account;
  gint64         plan;
  gint64         kickoff;   /* held 2026-03-01 */
  gint64         cancelled; /* 2026-04-01 */
  gint64         strategy;  /* planned 2026-06-01 */
  gint64         deleted_action;
} Fixture;

/* Helpers */

static gint64
add (CspStore *store,
     gpointer  record)
{
  g_autoptr(GError) error = NULL;

  csp_store_insert (store, CSP_RECORD (record), &error);
  g_assert_no_error (error);
  return csp_record_get_id (CSP_RECORD (record));
}

static gint64
add_account (Fixture    *f,
             const char *name)
{
  g_autoptr(CspAccount) account = csp_account_new (name);

  csp_account_set_renewal_on (account, "2026-12-31");
  csp_account_set_arr_minor (account, 12000000);
  csp_account_set_currency (account, "USD");
  return add (f->store, account);
}

static gint64
add_stakeholder (Fixture             *f,
                 const char          *name,
                 CspStakeholderLevel  level,
                 CspStakeholderRole   role,
                 CspCounterpart       counterpart)
{
  g_autoptr(CspStakeholder) person = csp_stakeholder_new (f->account, name);

  csp_stakeholder_set_level (person, level);
  csp_stakeholder_set_role (person, role);
  csp_stakeholder_set_counterpart (person, counterpart);
  csp_stakeholder_set_title (person, level == CSP_LEVEL_EXECUTIVE ? "CIO" : "IT lead");
  return add (f->store, person);
}

static void
add_snapshot (Fixture    *f,
              const char *day,
              int         score,
              int         usage,
              int         support,
              int         engagement)
{
  g_autoptr(CspHealthSnapshot) snapshot = csp_health_snapshot_new (f->account, day);

  csp_health_snapshot_set_score (snapshot, score);
  csp_health_snapshot_set_usage (snapshot, usage);
  csp_health_snapshot_set_support (snapshot, support);
  csp_health_snapshot_set_engagement (snapshot, engagement);
  add (f->store, snapshot);
}

static gint64
add_action (Fixture         *f,
            const char      *title,
            CspSide          side,
            const char      *due_on,
            CspActionStatus  status,
            const char      *completed_on)
{
  g_autoptr(CspActionItem) action = csp_action_item_new (f->plan, title);

  csp_action_item_set_owner_side (action, side);
  csp_action_item_set_owner_name (action, side == CSP_SIDE_OURS ? "Eve" : "Bob");
  csp_action_item_set_due_on (action, due_on);
  csp_action_item_set_status (action, status);
  csp_action_item_set_completed_on (action, completed_on);
  return add (f->store, action);
}

static gint64
add_meeting (Fixture          *f,
             const char       *title,
             const char       *at,
             CspMeetingKind    kind,
             CspMeetingStatus  status)
{
  g_autoptr(CspMeeting) meeting = csp_meeting_new (f->account, title, at);

  csp_meeting_set_kind (meeting, kind);
  csp_meeting_set_status (meeting, status);
  return add (f->store, meeting);
}

static void
add_decision (Fixture    *f,
              gint64      meeting,
              int         position,
              const char *body,
              gint64      action)
{
  g_autoptr(CspDecision) decision = csp_decision_new (meeting, body);

  csp_decision_set_position (decision, position);
  csp_decision_set_action_id (decision, action);
  add (f->store, decision);
}

static void
add_risk (Fixture     *f,
          CspRiskKind  kind,
          CspPriority  severity,
          const char  *raised_on,
          const char  *resolved_on,
          gint64       saved)
{
  g_autoptr(CspRisk) risk = csp_risk_new (f->account, kind, raised_on);

  csp_risk_set_severity (risk, severity);
  csp_risk_set_resolved_on (risk, resolved_on);
  csp_risk_set_saved_arr_minor (risk, saved);
  add (f->store, risk);
}

static void
add_attendee (Fixture    *f,
              const char *name,
              gint64      stakeholder,
              CspSide     side,
              const char *role)
{
  g_autoptr(CspAttendee) attendee = csp_attendee_new (f->strategy, name);

  csp_attendee_set_stakeholder_id (attendee, stakeholder);
  csp_attendee_set_side (attendee, side);
  csp_attendee_set_role (attendee, role);
  add (f->store, attendee);
}

static void
add_meetings (Fixture *f,
              gint64   alice)
{
  gint64 sso = add_action (f, "Roll out SSO", CSP_SIDE_OURS, "2026-05-01", CSP_ACTION_DONE,
                           "2026-04-20");
  g_autoptr(CspAttendee) kickoff_alice = NULL;
  g_autoptr(CspMeeting) strategy = NULL;

  f->kickoff = add_meeting (f, "Kickoff", "2026-03-01T10:00:00Z", CSP_MEETING_KICKOFF,
                            CSP_MEETING_HELD);
  f->cancelled = add_meeting (f, "Check-in", "2026-04-01T10:00:00Z", CSP_MEETING_CHECK_IN,
                              CSP_MEETING_CANCELLED);
  f->strategy = add_meeting (f, "Strategy [2026]", "2026-06-01T09:00:00Z",
                             CSP_MEETING_STRATEGY, CSP_MEETING_PLANNED);
  f->deleted_action = add_action (f, "Draft the rollout plan", CSP_SIDE_OURS, "2026-03-20",
                                  CSP_ACTION_OPEN, NULL);

  add_decision (f, f->kickoff, 0, "Enable SSO for all staff", sso);
  add_decision (f, f->kickoff, 1, "Write a rollout plan", f->deleted_action);
  add_decision (f, f->kickoff, 2, "Meet again in Q2", 0);
  add_decision (f, f->cancelled, 0, "Never decided: the meeting was cancelled", 0);

  kickoff_alice = csp_attendee_new (f->kickoff, "Alice Wong");
  csp_attendee_set_stakeholder_id (kickoff_alice, alice);
  add (f->store, kickoff_alice);

  strategy = csp_store_get_meeting (f->store, f->strategy, NULL);
  csp_meeting_set_agenda (strategy, "1. Adoption\n2. Renewal");
  csp_store_update_meeting (f->store, strategy, NULL);
}

/* The history described at the top of the file. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CspSuccessPlan) plan = NULL;
  gint64 alice, bob;

  csp_test_folder_set_up (&f->folder, data);
  f->store = csp_test_open_store (f->folder.db);
  f->account = add_account (f, "Northwind");
  plan = csp_success_plan_new (f->account, "Adoption");
  csp_success_plan_set_status (plan, CSP_PLAN_ACTIVE);
  f->plan = add (f->store, plan);

  alice = add_stakeholder (f, "Alice Wong", CSP_LEVEL_EXECUTIVE, CSP_ROLE_SPONSOR,
                           CSP_COUNTERPART_EXECUTIVE_SPONSOR);
  bob = add_stakeholder (f, "Bob_Li", CSP_LEVEL_PROJECT_LEAD, CSP_ROLE_USER,
                         CSP_COUNTERPART_ACCOUNT_MANAGER);

  add_snapshot (f, "2026-02-20", 70, 80, 60, 50);
  add_snapshot (f, "2026-05-30", 58, 55, 65, 40);
  add_snapshot (f, "2026-06-10", 90, 90, 90, 90);

  add_meetings (f, alice);
  add_action (f, "Share the usage report", CSP_SIDE_CUSTOMER, "2026-05-10", CSP_ACTION_OPEN, NULL);
  add_action (f, "Train the admins", CSP_SIDE_OURS, "2026-07-01", CSP_ACTION_IN_PROGRESS, NULL);
  add_action (f, "Fix the invoice address", CSP_SIDE_OURS, "2026-05-20", CSP_ACTION_DONE,
              "2026-06-15");
  add_action (f, "Old cancelled idea", CSP_SIDE_OURS, "2026-05-01", CSP_ACTION_CANCELLED, NULL);

  add_risk (f, CSP_RISK_LOW_USAGE, CSP_PRIORITY_URGENT, "2026-05-01", NULL, CSP_UNSET);
  add_risk (f, CSP_RISK_BILLING_QUESTION, CSP_PRIORITY_NORMAL, "2026-03-10", "2026-04-15", 5000000);
  add_risk (f, CSP_RISK_COMPETITOR, CSP_PRIORITY_LOW, "2026-01-01", "2026-02-01", 100);
  add_risk (f, CSP_RISK_BUDGET_CUT, CSP_PRIORITY_CRITICAL, "2026-05-15", "2026-06-20", 700);

  add_attendee (f, "Bob_Li", bob, CSP_SIDE_CUSTOMER, NULL);
  add_attendee (f, "Alice Wong", alice, CSP_SIDE_CUSTOMER, NULL);
  add_attendee (f, "Dan <guest>", 0, CSP_SIDE_CUSTOMER, "Procurement");
  add_attendee (f, "Eve", 0, CSP_SIDE_OURS, "Account manager");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  csp_test_folder_tear_down (&f->folder, data);
}

static CspMeetingBrief *
read_brief (Fixture *f,
            gint64   meeting)
{
  g_autoptr(GError) error = NULL;
  CspMeetingBrief *brief = csp_store_meeting_brief (f->store, meeting, &error);

  g_assert_no_error (error);
  g_assert_nonnull (brief);
  return brief;
}

static const char *
action_title (GListModel *list,
              guint       i)
{
  g_autoptr(CspActionSummary) summary = g_list_model_get_item (list, i);

  return csp_action_item_get_title (csp_action_summary_get_action (summary));
}

/* Tests */

/* The previous meeting is the held kickoff: the cancelled check-in
 * between them does not count. */
static void
test_previous_skips_cancelled (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(CspMeetingBrief) brief = read_brief (f, f->strategy);
  CspMeeting *previous = csp_meeting_brief_get_previous (brief);

  g_assert_cmpstr (csp_meeting_brief_get_date (brief), ==, "2026-06-01");
  g_assert_nonnull (previous);
  g_assert_cmpint (csp_record_get_id (CSP_RECORD (previous)), ==, f->kickoff);
  g_assert_cmpstr (csp_meeting_brief_get_since (brief), ==, "2026-03-01");
  g_assert_cmpuint (g_list_model_get_n_items (
    csp_meeting_brief_get_list (brief, CSP_BRIEF_PREVIOUS_DECISIONS)), ==, 3);
}

/* Health on the meeting's day (not the later snapshot) and on the
 * previous meeting's day, with the components that moved most. */
static void
test_health (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CspMeetingBrief) brief = read_brief (f, f->strategy);
  const CspBriefHealth *now = csp_meeting_brief_get_health_now (brief);
  const CspBriefHealth *then = csp_meeting_brief_get_health_then (brief);
  CspBriefMove moves[CSP_BRIEF_MAX_MOVES];
  int change = 0;

  g_assert_cmpstr (now->date, ==, "2026-05-30");
  g_assert_cmpint (now->score, ==, 58);
  g_assert_cmpstr (then->date, ==, "2026-02-20");
  g_assert_cmpint (then->score, ==, 70);
  g_assert_true (csp_meeting_brief_get_health_change (brief, &change));
  g_assert_cmpint (change, ==, -12);

  g_assert_cmpuint (csp_meeting_brief_get_moves (brief, moves), ==, 3);
  g_assert_cmpint (moves[0].component, ==, CSP_COMPONENT_USAGE);
  g_assert_cmpint (moves[0].from, ==, 80);
  g_assert_cmpint (moves[0].to, ==, 55);
  g_assert_cmpint (moves[1].component, ==, CSP_COMPONENT_ENGAGEMENT);
  g_assert_cmpint (moves[2].component, ==, CSP_COMPONENT_SUPPORT);
}

/* Done since the previous meeting; open and overdue as of the day,
 * ours and the customer's: one done after the day was open then, the
 * cancelled one is nowhere. */
static void
test_actions (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CspMeetingBrief) brief = read_brief (f, f->strategy);
  GListModel *done = csp_meeting_brief_get_list (brief, CSP_BRIEF_DONE_ACTIONS);
  GListModel *open = csp_meeting_brief_get_list (brief, CSP_BRIEF_OPEN_ACTIONS);

  g_assert_cmpuint (g_list_model_get_n_items (done), ==, 1);
  g_assert_cmpstr (action_title (done, 0), ==, "Roll out SSO");

  g_assert_cmpuint (g_list_model_get_n_items (open), ==, 4);
  g_assert_cmpstr (action_title (open, 0), ==, "Draft the rollout plan");
  g_assert_cmpstr (action_title (open, 2), ==, "Fix the invoice address");
  g_assert_cmpstr (action_title (open, 3), ==, "Train the admins");
  g_assert_cmpuint (csp_meeting_brief_count_actions (brief, CSP_BRIEF_OPEN_ACTIONS,
                                                     CSP_SIDE_OURS, FALSE), ==, 3);
  g_assert_cmpuint (csp_meeting_brief_count_actions (brief, CSP_BRIEF_OPEN_ACTIONS,
                                                     CSP_SIDE_OURS, TRUE), ==, 2);
  g_assert_cmpuint (csp_meeting_brief_count_actions (brief, CSP_BRIEF_OPEN_ACTIONS,
                                                     CSP_SIDE_CUSTOMER, FALSE), ==, 1);
  g_assert_cmpuint (csp_meeting_brief_count_actions (brief, CSP_BRIEF_OPEN_ACTIONS,
                                                     CSP_SIDE_CUSTOMER, TRUE), ==, 1);
}

/* Open on the day (one resolved later included), resolved since the
 * previous meeting (one resolved before it not), and the ARR saved. */
static void
test_risks_and_renewal (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CspMeetingBrief) brief = read_brief (f, f->strategy);
  GListModel *open = csp_meeting_brief_get_list (brief, CSP_BRIEF_OPEN_RISKS);
  GListModel *resolved = csp_meeting_brief_get_list (brief, CSP_BRIEF_RESOLVED_RISKS);
  g_autoptr(CspRisk) first = g_list_model_get_item (open, 0);
  g_autoptr(CspRisk) saved = g_list_model_get_item (resolved, 0);

  g_assert_cmpuint (g_list_model_get_n_items (open), ==, 2);
  g_assert_cmpint (csp_risk_get_kind (first), ==, CSP_RISK_BUDGET_CUT);
  g_assert_null (csp_risk_get_resolved_on (first));
  g_assert_cmpuint (g_list_model_get_n_items (resolved), ==, 1);
  g_assert_cmpint (csp_risk_get_kind (saved), ==, CSP_RISK_BILLING_QUESTION);
  g_assert_cmpint (csp_meeting_brief_get_saved_arr (brief), ==, 5000000);
  g_assert_cmpint (csp_meeting_brief_get_renewal_days (brief), ==, 213);
}

/* A decision whose action was deleted shows it has none; the others
 * keep theirs, with its status. */
static void
test_deleted_action (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspMeetingBrief) brief = NULL;
  GListModel *decisions;
  g_autoptr(CspBriefDecision) sso = NULL, plan = NULL, again = NULL;
  g_autofree char *markdown = NULL;

  csp_store_delete_action_item (f->store, f->deleted_action, &error);
  g_assert_no_error (error);
  brief = read_brief (f, f->strategy);
  decisions = csp_meeting_brief_get_list (brief, CSP_BRIEF_PREVIOUS_DECISIONS);
  g_assert_cmpuint (g_list_model_get_n_items (decisions), ==, 3);
  sso = g_list_model_get_item (decisions, 0);
  plan = g_list_model_get_item (decisions, 1);
  again = g_list_model_get_item (decisions, 2);

  g_assert_nonnull (csp_brief_decision_get_action (sso));
  g_assert_cmpint (csp_brief_decision_get_status_on (sso, "2026-06-01"), ==, CSP_ACTION_DONE);
  g_assert_cmpstr (csp_decision_get_body (csp_brief_decision_get_decision (plan)), ==,
                   "Write a rollout plan");
  g_assert_null (csp_brief_decision_get_action (plan));
  g_assert_null (csp_brief_decision_get_action (again));

  markdown = csp_brief_to_markdown (brief, 0);
  g_assert_nonnull (strstr (markdown, "- Write a rollout plan — No action\n"));
  g_assert_nonnull (strstr (markdown, "- Enable SSO for all staff — Action: Roll out SSO — Done\n"));
}

/* The customer's people by level, those not from the map after them,
 * ours last; gaps as of the day: the executive was met at the kickoff. */
static void
test_attendees_and_gaps (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(CspMeetingBrief) brief = read_brief (f, f->strategy);
  GListModel *attendees = csp_meeting_brief_get_list (brief, CSP_BRIEF_ATTENDEES);
  const char *expected[] = { "Alice Wong", "Bob_Li", "Dan <guest>", "Eve" };

  g_assert_cmpuint (g_list_model_get_n_items (attendees), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(CspBriefAttendee) item = g_list_model_get_item (attendees, i);

      g_assert_cmpstr (csp_attendee_get_name (csp_brief_attendee_get_attendee (item)), ==,
                       expected[i]);
    }
  g_assert_cmpint (csp_meeting_brief_get_gaps (brief), ==, CSP_COVERAGE_NO_CHAMPION);
}

/* The account's first meeting: nothing before it, so "since" is 90
 * days back, with no score then, no decisions, and the executive never
 * met before it. */
static void
test_first_meeting (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CspMeetingBrief) brief = read_brief (f, f->kickoff);
  g_autofree char *markdown = NULL;
  int change;

  g_assert_null (csp_meeting_brief_get_previous (brief));
  g_assert_cmpstr (csp_meeting_brief_get_since (brief), ==, "2025-12-01");
  g_assert_cmpint (csp_meeting_brief_get_health_now (brief)->score, ==, 70);
  g_assert_cmpint (csp_meeting_brief_get_health_then (brief)->score, ==, CSP_UNSET);
  g_assert_false (csp_meeting_brief_get_health_change (brief, &change));
  g_assert_cmpuint (g_list_model_get_n_items (
    csp_meeting_brief_get_list (brief, CSP_BRIEF_PREVIOUS_DECISIONS)), ==, 0);
  g_assert_cmpint (csp_meeting_brief_get_gaps (brief), ==,
                   CSP_COVERAGE_EXECUTIVE_UNMET | CSP_COVERAGE_NO_CHAMPION);

  markdown = csp_brief_to_markdown (brief, CSP_BRIEF_PART_MINUTES);
  g_assert_nonnull (strstr (markdown, "- **90 days before (Dec 1, 2025):** No score yet\n"));
  g_assert_nonnull (strstr (markdown, "_No earlier meeting was held_"));
  /* Held: its own decisions come with the minutes. */
  g_assert_nonnull (strstr (markdown, "## Decisions\n"));
}

/* An account without any health snapshot. */
static void
test_no_health (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CspMeetingBrief) brief = NULL;
  g_autofree char *markdown = NULL;
  CspBriefMove moves[CSP_BRIEF_MAX_MOVES];
  gint64 meeting;

  f->account = add_account (f, "Empty");
  meeting = add_meeting (f, "First call", "2026-06-01T09:00:00Z", CSP_MEETING_CHECK_IN,
                         CSP_MEETING_PLANNED);
  brief = read_brief (f, meeting);

  g_assert_cmpint (csp_meeting_brief_get_health_now (brief)->score, ==, CSP_UNSET);
  g_assert_cmpstr (csp_meeting_brief_get_health_now (brief)->date, ==, "");
  g_assert_cmpint (csp_meeting_brief_get_health_then (brief)->score, ==, CSP_UNSET);
  g_assert_cmpuint (csp_meeting_brief_get_moves (brief, moves), ==, 0);
  g_assert_cmpint (csp_meeting_brief_get_gaps (brief), ==,
                   CSP_COVERAGE_NO_EXECUTIVE | CSP_COVERAGE_NO_CHAMPION);

  markdown = csp_brief_to_markdown (brief, 0);
  g_assert_nonnull (strstr (markdown, "_No health score on or before the meeting_"));
}

static void
test_not_found (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CspMeetingBrief *brief = csp_store_meeting_brief (f->store, 9999, &error);

  g_assert_null (brief);
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND);
}

/* The meeting's day is its day where the user is: 20:00 UTC on June 1
 * is June 2 in Shanghai, and the brief counts to June 2 there. */
static void
test_local_day (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *utc_day = NULL, *shanghai_day = NULL;

  utc_day = csp_meeting_brief_local_day ("2026-06-01T20:00:00Z");
  g_setenv ("TZ", "Asia/Shanghai", TRUE);
  shanghai_day = csp_meeting_brief_local_day ("2026-06-01T20:00:00Z");
  g_setenv ("TZ", "UTC", TRUE);

  g_assert_cmpstr (utc_day, ==, "2026-06-01");
  g_assert_cmpstr (shanghai_day, ==, "2026-06-02");
}

/* The Markdown of the strategy meeting's brief with its agenda, byte
 * for byte. */
static void
test_markdown_golden (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CspMeetingBrief) brief = read_brief (f, f->strategy);
  g_autofree char *golden = g_test_build_filename (G_TEST_DIST, "data", "golden", "brief.md",
                                                   NULL);
  g_autofree char *actual = csp_brief_to_markdown (brief, CSP_BRIEF_PART_AGENDA |
                                                           CSP_BRIEF_PART_MINUTES);
  g_autofree char *expected = NULL;

  if (g_getenv ("CSP_UPDATE_GOLDEN") != NULL)
    csp_test_write_file (golden, actual, -1);
  expected = csp_test_read_file (golden, NULL);
  g_assert_cmpstr (actual, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/meeting-brief/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("previous-skips-cancelled", test_previous_skips_cancelled);
  ADD ("health", test_health);
  ADD ("actions", test_actions);
  ADD ("risks-and-renewal", test_risks_and_renewal);
  ADD ("deleted-action", test_deleted_action);
  ADD ("attendees-and-gaps", test_attendees_and_gaps);
  ADD ("first-meeting", test_first_meeting);
  ADD ("no-health", test_no_health);
  ADD ("not-found", test_not_found);
  ADD ("local-day", test_local_day);
  ADD ("markdown-golden", test_markdown_golden);
#undef ADD

  return g_test_run ();
}
