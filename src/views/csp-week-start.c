/* csp-week-start.c: the first day of the week in the user's locale
 *
 * Sunday in the United States, Monday in China and most of Europe,
 * Saturday in much of the Middle East: glibc's LC_TIME data says which
 * (csp_first_weekday_from_langinfo() reads it). Elsewhere, Monday.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <langinfo.h>
#include <stdint.h>

#include "csp-action-group.h"
#include "csp-week-start.h"

GDateWeekday
csp_locale_first_weekday (void)
{
#if defined(__GLIBC__) && defined(_NL_TIME_FIRST_WEEKDAY)
  /* For this item nl_langinfo returns the number in the pointer. */
  guint week_1stday = (guint) (uintptr_t) nl_langinfo (_NL_TIME_WEEK_1STDAY);

  return csp_first_weekday_from_langinfo (week_1stday, nl_langinfo (_NL_TIME_FIRST_WEEKDAY)[0]);
#else
  return G_DATE_MONDAY;  /* ISO 8601 */
#endif
}
