/* csp-action-group.c: which section of the Plans page an action item is in
 *
 * An action item still to do is overdue when its due date is before
 * today, due this week from today to the last day of today's week (the
 * week starts on the locale's first weekday, which the caller passes),
 * later after that, or undated. A done one stays in "Recently done" for
 * CSP_RECENTLY_DONE_DAYS days. Dates are whole local days (YYYY-MM-DD),
 * so midnight boundaries and time zones come down to which date "today"
 * is: csp_date_local_text() gives it for an instant in the local zone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "csp-action-group.h"
#include "csp-date.h"

static const char * const group_labels[CSP_N_ACTION_GROUPS] = {
  N_("Overdue"),
  N_("Due This Week"),
  N_("Later"),
  N_("No Due Date"),
  N_("Recently Done"),
};

static CspActionGroup
group_of_done (const char *completed_on,
               const char *today)
{
  int age;

  if (!csp_date_is_valid_text (completed_on))
    return CSP_ACTION_GROUP_NONE;

  /* Completed "in the future" (a clock set back) counts as today. */
  age = csp_date_days_between (completed_on, today);
  return age < CSP_RECENTLY_DONE_DAYS ? CSP_ACTION_GROUP_RECENTLY_DONE : CSP_ACTION_GROUP_NONE;
}

/* The section of an action item with @status, @due_on and @completed_on
 * (dates or NULL) on the day @today, in a week that starts on
 * @first_weekday. */
CspActionGroup
csp_action_group_for (CspActionStatus  status,
                      const char      *due_on,
                      const char      *completed_on,
                      const char      *today,
                      GDateWeekday     first_weekday)
{
  g_autofree char *week_end = NULL;

  g_return_val_if_fail (csp_date_is_valid_text (today), CSP_ACTION_GROUP_NONE);

  week_end = csp_date_week_end (today, first_weekday);
  return csp_action_group_in_week (status, due_on, completed_on, today, week_end);
}

/* The same, with the last day of today's week (csp_date_week_end())
 * worked out once for a whole list. */
CspActionGroup
csp_action_group_in_week (CspActionStatus  status,
                          const char      *due_on,
                          const char      *completed_on,
                          const char      *today,
                          const char      *week_end)
{
  if (status == CSP_ACTION_CANCELLED)
    return CSP_ACTION_GROUP_NONE;
  if (status == CSP_ACTION_DONE)
    return group_of_done (completed_on, today);
  if (due_on == NULL || !csp_date_is_valid_text (due_on))
    return CSP_ACTION_GROUP_NO_DUE_DATE;

  /* ISO dates compare as text. */
  if (strcmp (due_on, today) < 0)
    return CSP_ACTION_GROUP_OVERDUE;
  if (strcmp (due_on, week_end) <= 0)
    return CSP_ACTION_GROUP_THIS_WEEK;
  return CSP_ACTION_GROUP_LATER;
}

const char *
csp_action_group_label (CspActionGroup group)
{
  g_return_val_if_fail (group < CSP_N_ACTION_GROUPS, NULL);

  return _(group_labels[group]);
}

/* The last day (YYYY-MM-DD) of the week holding @today, for weeks that
 * start on @first_weekday. */
char *
csp_date_week_end (const char   *today,
                   GDateWeekday  first_weekday)
{
  GDate date;
  int into_week;

  g_return_val_if_fail (g_date_valid_weekday (first_weekday), NULL);

  if (!csp_date_parse (today, &date, NULL))
    return NULL;

  into_week = ((int) g_date_get_weekday (&date) - (int) first_weekday + 7) % 7;
  g_date_add_days (&date, (guint) (6 - into_week));
  return csp_date_to_text (&date);
}

/* The local date of @time (YYYY-MM-DD) in the zone TZ names: what
 * "today" is at that instant where the user is. */
char *
csp_date_local_text (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%Y-%m-%d");
}

/* The first day of the week from glibc's locale data (see locale(5)):
 * @week_1stday is _NL_TIME_WEEK_1STDAY, a date whose weekday is day 1
 * of the locale's weekday names (19971130, a Sunday, in most locales;
 * 19971201, a Monday, in some), and @first_weekday is
 * _NL_TIME_FIRST_WEEKDAY, which of those days (from 1) starts a week.
 * Anything else gives Monday, as ISO 8601 has it. */
GDateWeekday
csp_first_weekday_from_langinfo (guint week_1stday,
                                 int   first_weekday)
{
  int day_one;

  if (week_1stday == 19971201)
    day_one = G_DATE_MONDAY;
  else if (week_1stday == 19971130)
    day_one = G_DATE_SUNDAY;
  else
    return G_DATE_MONDAY;

  if (first_weekday < 1 || first_weekday > 7)
    return G_DATE_MONDAY;
  return (GDateWeekday) ((day_one - 1 + first_weekday - 1) % 7 + 1);
}
