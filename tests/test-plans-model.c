/* test-plans-model.c: the Plans page's rules, without a display
 *
 * Which section an action item is in (overdue and "this week" at their
 * day boundaries, weeks starting on different days, "today" in zones
 * east and west of UTC), what the filters let through, progress per
 * account, and counting the actions that came before recoveries.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <time.h>

#include "csp-account-progress.h"
#include "csp-action-filter.h"
#include "csp-action-group.h"
#include "csp-action-section.h"
#include "csp-action-sections.h"
#include "csp-action-item.h"
#include "csp-action-summary.h"
#include "csp-date.h"
#include "csp-record.h"
#include "csp-recovery-count.h"
#include "csp-recovery.h"

/* A Wednesday. */
#define TODAY "2026-11-25"

static CspActionGroup
group_open (const char   *due_on,
            const char   *today,
            GDateWeekday  first)
{
  return csp_action_group_for (CSP_ACTION_OPEN, due_on, NULL, today, first);
}

/* Before today is overdue, today itself is not. */
static void
test_overdue_boundary (void)
{
  g_assert_cmpint (group_open ("2026-11-24", TODAY, G_DATE_MONDAY), ==, CSP_ACTION_GROUP_OVERDUE);
  g_assert_cmpint (group_open ("2025-01-01", TODAY, G_DATE_MONDAY), ==, CSP_ACTION_GROUP_OVERDUE);
  g_assert_cmpint (group_open (TODAY, TODAY, G_DATE_MONDAY), ==, CSP_ACTION_GROUP_THIS_WEEK);
  g_assert_cmpint (csp_action_group_for (CSP_ACTION_BLOCKED, "2026-11-24", NULL, TODAY,
                                         G_DATE_MONDAY), ==, CSP_ACTION_GROUP_OVERDUE);
  g_assert_cmpint (csp_action_group_for (CSP_ACTION_IN_PROGRESS, "2026-11-24", NULL, TODAY,
                                         G_DATE_MONDAY), ==, CSP_ACTION_GROUP_OVERDUE);
  /* The month and year boundaries are days like others. */
  g_assert_cmpint (group_open ("2026-02-28", "2026-03-01", G_DATE_MONDAY), ==,
                   CSP_ACTION_GROUP_OVERDUE);
  g_assert_cmpint (group_open ("2026-12-31", "2027-01-01", G_DATE_MONDAY), ==,
                   CSP_ACTION_GROUP_OVERDUE);
}

/* "This week" runs from today to the week's last day, which depends on
 * the day the locale starts weeks on. */
static void
test_week_boundary (void)
{
  struct {
    GDateWeekday first;
    const char  *last_day;
  } weeks[] = {
    { G_DATE_MONDAY, "2026-11-29" },   /* most of Europe, China */
    { G_DATE_SUNDAY, "2026-11-28" },   /* the United States */
    { G_DATE_SATURDAY, "2026-11-27" }, /* much of the Middle East */
    { G_DATE_WEDNESDAY, "2026-12-01" }, /* today is the first day */
    { G_DATE_THURSDAY, "2026-11-25" }, /* today is the last day */
  };

  for (guint i = 0; i < G_N_ELEMENTS (weeks); i++)
    {
      g_autofree char *end = csp_date_week_end (TODAY, weeks[i].first);
      g_autofree char *after = csp_date_add_days (weeks[i].last_day, 1);

      g_assert_cmpstr (end, ==, weeks[i].last_day);
      g_assert_cmpint (group_open (weeks[i].last_day, TODAY, weeks[i].first), ==,
                       CSP_ACTION_GROUP_THIS_WEEK);
      g_assert_cmpint (group_open (after, TODAY, weeks[i].first), ==, CSP_ACTION_GROUP_LATER);
    }

  /* On the last day of a week, tomorrow is next week. */
  g_assert_cmpint (group_open ("2026-11-30", "2026-11-29", G_DATE_MONDAY), ==,
                   CSP_ACTION_GROUP_LATER);
  g_assert_cmpint (group_open ("2026-11-29", "2026-11-29", G_DATE_MONDAY), ==,
                   CSP_ACTION_GROUP_THIS_WEEK);
}

/* The week start of a locale from glibc's two numbers. */
static void
test_locale_week_start (void)
{
  /* en_US: weekday names from Sunday, weeks start on the first. */
  g_assert_cmpint (csp_first_weekday_from_langinfo (19971130, 1), ==, G_DATE_SUNDAY);
  /* zh_CN, de_DE: names from Sunday, weeks start on the second. */
  g_assert_cmpint (csp_first_weekday_from_langinfo (19971130, 2), ==, G_DATE_MONDAY);
  /* fa_IR, ar_EG: weeks start on Saturday, the seventh. */
  g_assert_cmpint (csp_first_weekday_from_langinfo (19971130, 7), ==, G_DATE_SATURDAY);
  /* Names from Monday (some locales), weeks start on the first. */
  g_assert_cmpint (csp_first_weekday_from_langinfo (19971201, 1), ==, G_DATE_MONDAY);
  g_assert_cmpint (csp_first_weekday_from_langinfo (19971201, 7), ==, G_DATE_SUNDAY);
  /* Nonsense is ISO 8601's Monday. */
  g_assert_cmpint (csp_first_weekday_from_langinfo (0, 1), ==, G_DATE_MONDAY);
  g_assert_cmpint (csp_first_weekday_from_langinfo (19971130, 9), ==, G_DATE_MONDAY);
}

static void
test_undated_and_done (void)
{
  g_assert_cmpint (group_open (NULL, TODAY, G_DATE_MONDAY), ==, CSP_ACTION_GROUP_NO_DUE_DATE);
  g_assert_cmpint (csp_action_group_for (CSP_ACTION_DONE, "2026-11-01", TODAY, TODAY,
                                         G_DATE_MONDAY), ==, CSP_ACTION_GROUP_RECENTLY_DONE);
  /* 13 days ago is within the 14 days, today included; 14 is not. */
  g_assert_cmpint (csp_action_group_for (CSP_ACTION_DONE, NULL, "2026-11-12", TODAY,
                                         G_DATE_MONDAY), ==, CSP_ACTION_GROUP_RECENTLY_DONE);
  g_assert_cmpint (csp_action_group_for (CSP_ACTION_DONE, NULL, "2026-11-11", TODAY,
                                         G_DATE_MONDAY), ==, CSP_ACTION_GROUP_NONE);
  g_assert_cmpint (csp_action_group_for (CSP_ACTION_CANCELLED, "2026-11-24", NULL, TODAY,
                                         G_DATE_MONDAY), ==, CSP_ACTION_GROUP_NONE);
  g_assert_cmpstr (csp_action_group_label (CSP_ACTION_GROUP_RECENTLY_DONE), ==, "Recently Done");
}

static void
set_zone (const char *zone)
{
  g_setenv ("TZ", zone, TRUE);
  tzset ();
}

/* "Today" is the local date: late on the 25th in UTC it is already the
 * 26th in Shanghai (east) and still the 25th in Los Angeles (west), and
 * early on the 25th in UTC it is still the 24th there. An item due on
 * the 25th is overdue in Shanghai then, and due this week in LA. */
static void
test_time_zones (void)
{
  g_autoptr(GDateTime) late = g_date_time_new_utc (2026, 11, 25, 23, 30, 0);
  g_autoptr(GDateTime) early = g_date_time_new_utc (2026, 11, 25, 6, 0, 0);
  g_autofree char *east = NULL;
  g_autofree char *west = NULL;
  g_autofree char *west_early = NULL;
  g_autofree char *now_text = NULL;
  g_autofree char *now_local = NULL;
  g_autoptr(GDateTime) now = NULL;

  set_zone ("Asia/Shanghai");
  east = csp_date_local_text (late);
  set_zone ("America/Los_Angeles");
  west = csp_date_local_text (late);
  west_early = csp_date_local_text (early);

  g_assert_cmpstr (east, ==, "2026-11-26");
  g_assert_cmpstr (west, ==, "2026-11-25");
  g_assert_cmpstr (west_early, ==, "2026-11-24");
  g_assert_cmpint (group_open ("2026-11-25", east, G_DATE_MONDAY), ==, CSP_ACTION_GROUP_OVERDUE);
  g_assert_cmpint (group_open ("2026-11-25", west, G_DATE_MONDAY), ==, CSP_ACTION_GROUP_THIS_WEEK);
  /* On Sunday the 29th in Shanghai, Monday the 30th is next week there. */
  g_assert_cmpint (group_open ("2026-11-30", "2026-11-29", G_DATE_MONDAY), ==,
                   CSP_ACTION_GROUP_LATER);

  /* The app's "today" is that same local date. */
  set_zone ("Asia/Shanghai");
  now = g_date_time_new_now_utc ();
  now_local = csp_date_local_text (now);
  now_text = csp_date_today_text ();
  g_assert_cmpstr (now_text, ==, now_local);
  set_zone ("UTC");
}

static CspActionSummary *
summary_new (gint64           account_id,
             const char      *account,
             const char      *title,
             CspActionStatus  status,
             CspSide          side,
             const char      *owner)
{
  g_autoptr(CspActionItem) action = csp_action_item_new (1, title);

  csp_action_item_set_status (action, status);
  csp_action_item_set_owner_side (action, side);
  csp_action_item_set_owner_name (action, owner);
  return csp_action_summary_new (action, account_id, account, "Onboarding plan", FALSE);
}

static void
test_filter (void)
{
  g_autoptr(CspActionSummary) mine =
    summary_new (1, "Acme", "Kickoff  call", CSP_ACTION_OPEN, CSP_SIDE_OURS, " Lin  Wei ");
  g_autoptr(CspActionSummary) theirs =
    summary_new (2, "北京数据", "培训管理员", CSP_ACTION_DONE, CSP_SIDE_CUSTOMER, "Lin Wei");
  CspActionFilter filter;

  csp_action_filter_init (&filter);
  g_assert_true (csp_action_filter_matches (&filter, mine));
  g_assert_true (csp_action_filter_matches (&filter, theirs));

  /* "Mine": our side, the name as typed in Preferences, spaces and case aside. */
  filter.owner_key = csp_text_key ("lin wei");
  g_assert_true (csp_action_filter_matches (&filter, mine));
  g_assert_false (csp_action_filter_matches (&filter, theirs));
  csp_action_filter_clear (&filter);

  filter.search_key = csp_text_key ("KICKOFF CALL");
  g_assert_true (csp_action_filter_matches (&filter, mine));
  g_assert_false (csp_action_filter_matches (&filter, theirs));
  g_free (filter.search_key);
  filter.search_key = csp_text_key ("培训");
  g_assert_true (csp_action_filter_matches (&filter, theirs));
  g_free (filter.search_key);
  /* The account and plan are searched too; full-width letters match. */
  filter.search_key = csp_text_key ("ＡＣＭＥ");
  g_assert_true (csp_action_filter_matches (&filter, mine));
  csp_action_filter_clear (&filter);

  filter.status = CSP_ACTION_DONE;
  g_assert_false (csp_action_filter_matches (&filter, mine));
  g_assert_true (csp_action_filter_matches (&filter, theirs));
  filter.status = CSP_FILTER_ANY;
  filter.side = CSP_SIDE_OURS;
  g_assert_true (csp_action_filter_matches (&filter, mine));
  g_assert_false (csp_action_filter_matches (&filter, theirs));
  filter.side = CSP_FILTER_ANY;
  filter.account_id = 2;
  g_assert_false (csp_action_filter_matches (&filter, mine));
  filter.account_id = 0;
  filter.priority = CSP_PRIORITY_CRITICAL;
  g_assert_false (csp_action_filter_matches (&filter, mine));
  csp_action_filter_clear (&filter);
}

/* Done among those not cancelled; an account of cancelled items only
 * is at 0, not a division by zero. */
static void
test_account_progress (void)
{
  CspActionSummary *items[] = {
    summary_new (1, "Beta", "a", CSP_ACTION_DONE, CSP_SIDE_OURS, NULL),
    summary_new (1, "Beta", "b", CSP_ACTION_OPEN, CSP_SIDE_OURS, NULL),
    summary_new (1, "Beta", "c", CSP_ACTION_CANCELLED, CSP_SIDE_OURS, NULL),
    summary_new (2, "Alpha", "d", CSP_ACTION_CANCELLED, CSP_SIDE_OURS, NULL),
  };
  g_autoptr(GListModel) tally = csp_account_progress_tally (items, G_N_ELEMENTS (items));
  g_autoptr(CspAccountProgress) alpha = NULL;
  g_autoptr(CspAccountProgress) beta = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (tally), ==, 2);
  alpha = g_list_model_get_item (tally, 0);
  beta = g_list_model_get_item (tally, 1);
  g_assert_cmpstr (csp_account_progress_get_account_name (alpha), ==, "Alpha");
  g_assert_cmpuint (csp_account_progress_get_n_counted (alpha), ==, 0);
  g_assert_cmpfloat (csp_account_progress_get_fraction (alpha), ==, 0.0);
  g_assert_cmpuint (csp_account_progress_get_n_done (beta), ==, 1);
  g_assert_cmpuint (csp_account_progress_get_n_counted (beta), ==, 2);
  g_assert_cmpfloat (csp_account_progress_get_fraction (beta), ==, 0.5);

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    g_object_unref (items[i]);
}

static void
add_done (CspRecovery *recovery,
          const char  *title)
{
  g_autoptr(CspActionItem) action = csp_action_item_new (1, title);

  csp_recovery_add_action (recovery, action);
}

/* Titles count once per recovery, matched by their key; the most
 * frequent first. */
static void
test_recovery_counts (void)
{
  g_autoptr(GListStore) recoveries = g_list_store_new (CSP_TYPE_RECOVERY);
  g_autoptr(CspRecovery) one = csp_recovery_new (1, "A", CSP_HEALTH_WATCH, "2026-01-01", "2026-02-01");
  g_autoptr(CspRecovery) two = csp_recovery_new (2, "B", CSP_HEALTH_AT_RISK, "2026-01-01", "2026-02-01");
  g_autoptr(CspRecovery) three = csp_recovery_new (2, "B", CSP_HEALTH_WATCH, "2026-05-01", "2026-06-01");
  g_autoptr(GListModel) counts = NULL;
  g_autoptr(CspRecoveryCount) first = NULL;
  g_autoptr(CspRecoveryCount) second = NULL;

  add_done (one, "Executive alignment");
  add_done (one, "executive  ALIGNMENT");
  add_done (one, "Training");
  add_done (two, "Executive alignment");
  add_done (three, "Executive alignment ");
  add_done (three, "Training");
  add_done (three, "Usage review");
  g_list_store_append (recoveries, one);
  g_list_store_append (recoveries, two);
  g_list_store_append (recoveries, three);

  counts = csp_recovery_count_tally (G_LIST_MODEL (recoveries));
  g_assert_cmpuint (g_list_model_get_n_items (counts), ==, 3);
  first = g_list_model_get_item (counts, 0);
  second = g_list_model_get_item (counts, 1);
  g_assert_cmpstr (csp_recovery_count_get_title (first), ==, "Executive alignment");
  g_assert_cmpuint (csp_recovery_count_get_n_recoveries (first), ==, 3);
  g_assert_cmpuint (csp_recovery_count_get_n_accounts (first), ==, 2);
  g_assert_cmpstr (csp_recovery_count_get_title (second), ==, "Training");
  g_assert_cmpuint (csp_recovery_count_get_n_recoveries (second), ==, 2);
}

static void
add_summary (GListStore      *all,
             const char      *title,
             const char      *due_on,
             CspActionStatus  status)
{
  g_autoptr(CspActionItem) action = csp_action_item_new (1, title);
  g_autoptr(CspActionSummary) summary = NULL;

  csp_record_set_id (CSP_RECORD (action), g_list_model_get_n_items (G_LIST_MODEL (all)) + 1);
  csp_action_item_set_due_on (action, due_on);
  if (status == CSP_ACTION_DONE)
    csp_action_item_mark_done (action, TODAY);
  else
    csp_action_item_set_status (action, status);
  summary = csp_action_summary_new (action, 1, "Acme", "Plan", FALSE);
  g_list_store_append (all, summary);
}

/* Headings, then items by section; an item marked done is one move
 * from its section to the top of Recently Done, the headings' counts
 * aside. */
static void
test_sections_move (void)
{
  g_autoptr(GListStore) all = g_list_store_new (CSP_TYPE_ACTION_SUMMARY);
  g_autoptr(GListStore) shown = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(CspActionSummary) first = NULL;
  CspActionFilter filter;
  guint start, n_removed, n_added, from, to;

  csp_action_filter_init (&filter);
  add_summary (all, "done", NULL, CSP_ACTION_DONE);
  add_summary (all, "late", "2026-11-01", CSP_ACTION_OPEN);
  add_summary (all, "later", "2026-11-02", CSP_ACTION_OPEN);
  add_summary (all, "soon", "2026-11-26", CSP_ACTION_OPEN);
  add_summary (all, "undated", NULL, CSP_ACTION_OPEN);
  before = csp_action_sections_build (G_LIST_MODEL (all), &filter, TODAY, G_DATE_MONDAY, NULL);
  /* Overdue(2) late later, This week(1) soon, Undated(1), Done(1) done */
  g_assert_cmpuint (before->len, ==, 9);
  g_assert_cmpint (csp_action_section_get_n_items (g_ptr_array_index (before, 0)), ==, 2);
  g_list_store_splice (shown, 0, 0, before->pdata, before->len);

  first = g_list_model_get_item (G_LIST_MODEL (all), 1);
  csp_action_item_mark_done (csp_action_summary_get_action (first), TODAY);
  after = csp_action_sections_build (G_LIST_MODEL (all), &filter, TODAY, G_DATE_MONDAY, NULL);
  csp_action_sections_diff (G_LIST_MODEL (shown), after, &start, &n_removed, &n_added);
  g_assert_cmpuint (start, ==, 1);
  g_assert_cmpuint (n_removed, ==, n_added);
  g_assert_true (csp_action_sections_find_move (G_LIST_MODEL (shown), after, start, n_removed,
                                                &from, &to));
  g_assert_cmpuint (from, ==, 1);
  g_assert_true (g_ptr_array_index (after, to) == (gpointer) first);
  g_assert_true (csp_action_sections_stale_heading (g_ptr_array_index (before, 0),
                                                    g_ptr_array_index (after, 0)));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plans-model/group/overdue-boundary", test_overdue_boundary);
  g_test_add_func ("/plans-model/group/week-boundary", test_week_boundary);
  g_test_add_func ("/plans-model/group/undated-and-done", test_undated_and_done);
  g_test_add_func ("/plans-model/group/locale-week-start", test_locale_week_start);
  g_test_add_func ("/plans-model/group/time-zones", test_time_zones);
  g_test_add_func ("/plans-model/filter", test_filter);
  g_test_add_func ("/plans-model/sections/move", test_sections_move);
  g_test_add_func ("/plans-model/account-progress", test_account_progress);
  g_test_add_func ("/plans-model/recovery-counts", test_recovery_counts);

  return g_test_run ();
}
