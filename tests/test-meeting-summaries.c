/* test-meeting-summaries.c: the rows of the Meetings tab, and its filter
 *
 * One query reads every meeting with its account's name and its counts
 * of attendees and decisions, split into those to come and those past
 * at a "now" the caller gives; the filter then picks the rows of the
 * tab by span, kind, status, account and search.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-account.h"
#include "csp-attendee.h"
#include "csp-decision.h"
#include "csp-meeting.h"
#include "csp-meeting-filter.h"
#include "csp-meeting-summary.h"
#include "csp-store-queries.h"
#include "csp-store-records.h"
#include "csp-test-util.h"

#define NOW "2026-06-30T12:00:00Z"

typedef struct
{
  CspTestFolder folder;
  CspStore     *store;
  gint64        acme;
  gint64        dragon;
} Fixture;

/* Helpers */

static void
add_attendees (Fixture *fixture,
               gint64   meeting_id,
               guint    n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i);
      g_autoptr(CspAttendee) attendee = csp_attendee_new (meeting_id, name);

      g_assert_true (csp_store_add_attendee (fixture->store, attendee, NULL));
    }
}

static void
add_decision (Fixture *fixture,
              gint64   meeting_id)
{
  g_autoptr(CspDecision) decision = csp_decision_new (meeting_id, "Roll out SSO");

  g_assert_true (csp_store_add_decision (fixture->store, decision, NULL));
}

static GListModel *
list_summaries (Fixture    *fixture,
                const char *now)
{
  g_autoptr(GError) error = NULL;
  GListModel *list = csp_store_list_meeting_summaries (fixture->store, now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

/* The summary of the meeting @id in @list; it must be there. */
static CspMeetingSummary *
find_summary (GListModel *list,
              gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CspMeetingSummary) summary = g_list_model_get_item (list, i);

      if (csp_record_get_id (CSP_RECORD (csp_meeting_summary_get_meeting (summary))) == id)
        return summary; /* the list keeps it */
    }
  g_assert_not_reached ();
}

static gint64
summary_id (GListModel *list,
            guint       position)
{
  g_autoptr(CspMeetingSummary) summary = g_list_model_get_item (list, position);

  return csp_record_get_id (CSP_RECORD (csp_meeting_summary_get_meeting (summary)));
}

/* The titles of the rows of @list that @filter lets through, in order,
 * joined with "|". */
static char *
matching_titles (GListModel       *list,
                 CspMeetingFilter *filter)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CspMeetingSummary) summary = g_list_model_get_item (list, i);

      if (!csp_meeting_filter_match (filter, summary))
        continue;
      if (titles->len > 0)
        g_string_append_c (titles, '|');
      g_string_append (titles, csp_meeting_get_title (csp_meeting_summary_get_meeting (summary)));
    }
  return g_string_free (g_steal_pointer (&titles), FALSE);
}

#define assert_titles(list, filter, expected)                   \
  G_STMT_START {                                                \
    g_autofree char *titles = matching_titles (list, filter);   \
    g_assert_cmpstr (titles, ==, expected);                     \
  } G_STMT_END

/* Two accounts, one with a Chinese name; each test adds meetings. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  csp_test_folder_set_up (&fixture->folder, data);
  fixture->store = csp_test_open_store (fixture->folder.db);
  fixture->acme = csp_test_add_account (fixture->store, "Acme Robotics");
  fixture->dragon = csp_test_add_account (fixture->store, "青龙科技");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  csp_test_folder_tear_down (&fixture->folder, data);
}

/* Tests */

/* Upcoming are the meetings that have not ended at NOW (one in progress
 * included), soonest first; then the past ones, latest first, whatever
 * the order they were added in. */
static void
test_split_at_now (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 ended = csp_test_add_meeting (fixture->store, fixture->acme, "Ended an hour ago",
                                       "2026-06-30T10:00:00Z", CSP_MEETING_CHECK_IN,
                                       CSP_MEETING_HELD, "ok");
  gint64 later = csp_test_add_meeting (fixture->store, fixture->acme, "Next month",
                                       "2026-07-30T09:00:00Z", CSP_MEETING_STRATEGY,
                                       CSP_MEETING_PLANNED, NULL);
  gint64 running = csp_test_add_meeting (fixture->store, fixture->dragon, "In progress",
                                         "2026-06-30T11:30:00Z", CSP_MEETING_EBR,
                                         CSP_MEETING_PLANNED, NULL);
  gint64 old = csp_test_add_meeting (fixture->store, fixture->dragon, "Last year",
                                     "2025-06-30T10:00:00Z", CSP_MEETING_KICKOFF,
                                     CSP_MEETING_HELD, "ok");
  gint64 soon = csp_test_add_meeting (fixture->store, fixture->acme, "Tomorrow",
                                      "2026-07-01T09:00:00Z", CSP_MEETING_CHECK_IN,
                                      CSP_MEETING_CANCELLED, NULL);
  g_autoptr(GListModel) list = list_summaries (fixture, NOW);
  g_autoptr(GListModel) next_year = list_summaries (fixture, "2027-01-01T00:00:00Z");
  const gint64 expected[] = { running, soon, later, ended, old };

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(CspMeetingSummary) summary = g_list_model_get_item (list, i);

      g_assert_cmpint (summary_id (list, i), ==, expected[i]);
      g_assert_cmpint (csp_meeting_summary_get_upcoming (summary), ==, i < 3);
    }
  g_assert_cmpstr (csp_meeting_summary_get_account_name (find_summary (list, running)), ==,
                   "青龙科技");
  g_assert_cmpstr (csp_meeting_summary_get_account_name (find_summary (list, later)), ==,
                   "Acme Robotics");

  /* The same meetings read later: all past, latest first. */
  g_assert_cmpint (summary_id (next_year, 0), ==, later);
  g_assert_cmpint (summary_id (next_year, 4), ==, old);
  for (guint i = 0; i < 5; i++)
    g_assert_false (csp_meeting_summary_get_upcoming (find_summary (next_year, expected[i])));
}

/* The counts of attendees and decisions are each meeting's own. */
static void
test_counts (Fixture       *fixture,
             gconstpointer  data)
{
  gint64 busy = csp_test_add_meeting (fixture->store, fixture->acme, "Busy",
                                      "2026-06-01T09:00:00Z", CSP_MEETING_STRATEGY,
                                      CSP_MEETING_HELD, NULL);
  gint64 quiet = csp_test_add_meeting (fixture->store, fixture->acme, "Quiet",
                                       "2026-06-02T09:00:00Z", CSP_MEETING_CHECK_IN,
                                       CSP_MEETING_HELD, NULL);
  g_autoptr(GListModel) list = NULL;

  add_attendees (fixture, busy, 4);
  add_attendees (fixture, quiet, 1);
  add_decision (fixture, busy);
  add_decision (fixture, busy);
  list = list_summaries (fixture, NOW);

  g_assert_cmpuint (csp_meeting_summary_get_n_attendees (find_summary (list, busy)), ==, 4);
  g_assert_cmpuint (csp_meeting_summary_get_n_decisions (find_summary (list, busy)), ==, 2);
  g_assert_cmpuint (csp_meeting_summary_get_n_attendees (find_summary (list, quiet)), ==, 1);
  g_assert_cmpuint (csp_meeting_summary_get_n_decisions (find_summary (list, quiet)), ==, 0);
}

/* Flagged: held, without notes (blank notes are none) and without
 * decisions. Notes or one decision are enough; a meeting not held is
 * never flagged. */
static void
test_unrecorded_flag (Fixture       *fixture,
                      gconstpointer  data)
{
  struct {
    CspMeetingStatus status;
    const char      *notes;
    gboolean         decision;
    gboolean         flagged;
  } cases[] = {
    { CSP_MEETING_HELD, NULL, FALSE, TRUE },
    { CSP_MEETING_HELD, "", FALSE, TRUE },
    { CSP_MEETING_HELD, " \n\t\u3000", FALSE, TRUE },
    { CSP_MEETING_HELD, "Agreed on the rollout.", FALSE, FALSE },
    { CSP_MEETING_HELD, "已同意上线计划", FALSE, FALSE },
    { CSP_MEETING_HELD, NULL, TRUE, FALSE },
    { CSP_MEETING_PLANNED, NULL, FALSE, FALSE },
    { CSP_MEETING_CANCELLED, NULL, FALSE, FALSE },
  };
  gint64 ids[G_N_ELEMENTS (cases)];
  g_autoptr(GListModel) list = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *title = g_strdup_printf ("Case %u", i);

      ids[i] = csp_test_add_meeting (fixture->store, fixture->acme, title, "2026-06-01T09:00:00Z",
                                     CSP_MEETING_CHECK_IN, cases[i].status, cases[i].notes);
      if (cases[i].decision)
        add_decision (fixture, ids[i]);
    }
  list = list_summaries (fixture, NOW);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u", i);
      g_assert_cmpint (csp_meeting_summary_is_unrecorded (find_summary (list, ids[i])), ==,
                       cases[i].flagged);
    }
}

/* The filter: the span first, then kind, status and account, each
 * counted as active; the search folds case and finds Chinese, in the
 * title, the account's name and the notes. */
static void
test_filter (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CspMeetingFilter) filter = csp_meeting_filter_new ();
  g_autoptr(GListModel) list = NULL;

  csp_test_add_meeting (fixture->store, fixture->acme, "Quarterly EBR", "2026-07-02T09:00:00Z",
                        CSP_MEETING_EBR, CSP_MEETING_PLANNED, NULL);
  csp_test_add_meeting (fixture->store, fixture->dragon, "战略规划会", "2026-07-01T09:00:00Z",
                        CSP_MEETING_STRATEGY, CSP_MEETING_PLANNED, NULL);
  csp_test_add_meeting (fixture->store, fixture->acme, "Kickoff", "2026-05-01T09:00:00Z",
                        CSP_MEETING_KICKOFF, CSP_MEETING_HELD, "Discussed SSO rollout");
  csp_test_add_meeting (fixture->store, fixture->dragon, "月度沟通会", "2026-06-01T09:00:00Z",
                        CSP_MEETING_CHECK_IN, CSP_MEETING_CANCELLED, NULL);
  list = list_summaries (fixture, NOW);

  assert_titles (list, filter, "战略规划会|Quarterly EBR");
  g_assert_cmpuint (csp_meeting_filter_get_n_active (filter), ==, 0);
  filter->past = TRUE;
  assert_titles (list, filter, "月度沟通会|Kickoff");

  filter->status = CSP_MEETING_HELD;
  assert_titles (list, filter, "Kickoff");
  filter->status = CSP_MEETING_FILTER_ANY;
  filter->account_id = fixture->dragon;
  g_assert_cmpuint (csp_meeting_filter_get_n_active (filter), ==, 1);
  assert_titles (list, filter, "月度沟通会");
  filter->past = FALSE;
  assert_titles (list, filter, "战略规划会");
  filter->kind = CSP_MEETING_EBR;
  g_assert_cmpuint (csp_meeting_filter_get_n_active (filter), ==, 2);
  assert_titles (list, filter, "");
  filter->kind = CSP_MEETING_FILTER_ANY;
  filter->account_id = 0;

  /* Search: case folded, trimmed, Chinese, account names and notes. */
  g_assert_true (csp_meeting_filter_set_search (filter, "  qUARTERLY "));
  g_assert_false (csp_meeting_filter_set_search (filter, "quarterly"));
  assert_titles (list, filter, "Quarterly EBR");
  g_assert_true (csp_meeting_filter_set_search (filter, "战略"));
  assert_titles (list, filter, "战略规划会");
  g_assert_true (csp_meeting_filter_set_search (filter, "青龙"));
  assert_titles (list, filter, "战略规划会");
  g_assert_true (csp_meeting_filter_set_search (filter, "ACME"));
  assert_titles (list, filter, "Quarterly EBR");
  filter->past = TRUE;
  g_assert_true (csp_meeting_filter_set_search (filter, "sso"));
  assert_titles (list, filter, "Kickoff");
  g_assert_cmpuint (csp_meeting_filter_get_n_active (filter), ==, 0);
  g_assert_true (csp_meeting_filter_set_search (filter, "   "));
  g_assert_null (filter->needle);
  assert_titles (list, filter, "月度沟通会|Kickoff");
}

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/meeting-summaries/split-at-now", test_split_at_now);
  ADD_TEST ("/meeting-summaries/counts", test_counts);
  ADD_TEST ("/meeting-summaries/unrecorded-flag", test_unrecorded_flag);
  ADD_TEST ("/meeting-summaries/filter", test_filter);

  return g_test_run ();
}
