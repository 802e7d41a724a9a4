/* csp-week-start.c: the first day of the week in the user's locale
 *
 * glibc tells it in two parts (see locale(5)): _NL_TIME_WEEK_1STDAY is
 * a date whose weekday is day 1 of the locale's weekday names (a Sunday,
 * 19971130, in most locales; a Monday, 19971201, in some), and
 * _NL_TIME_FIRST_WEEKDAY says which of those days, counted from 1,
 * starts a week. Sunday in the United States, Monday in China and most
 * of Europe, Saturday in much of the Middle East. Read from LC_TIME.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <langinfo.h>
#include <stdint.h>

#include "csp-week-start.h"

GDateWeekday
csp_locale_first_weekday (void)
{
#if defined(__GLIBC__) && defined(_NL_TIME_FIRST_WEEKDAY)
  /* For this item nl_langinfo returns the number in the pointer. */
  unsigned int week_1stday = (unsigned int) (uintptr_t) nl_langinfo (_NL_TIME_WEEK_1STDAY);
  int first_weekday = nl_langinfo (_NL_TIME_FIRST_WEEKDAY)[0];
  int day_one;  /* GDateWeekday of weekday name 1: Monday 1 … Sunday 7 */

  if (week_1stday == 19971201)
    day_one = G_DATE_MONDAY;
  else
    day_one = G_DATE_SUNDAY;  /* 19971130, and the default */

  if (first_weekday < 1 || first_weekday > 7)
    return G_DATE_MONDAY;
  return (GDateWeekday) ((day_one - 1 + first_weekday - 1) % 7 + 1);
#else
  return G_DATE_MONDAY;  /* ISO 8601 */
#endif
}
