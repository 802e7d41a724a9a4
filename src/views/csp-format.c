/* csp-format.c: dates and times as the lists show them
 *
 * Stored values are ISO text (dates YYYY-MM-DD, times in UTC); people
 * read them in their language's order and, for times, in their own
 * time zone. The formats are translatable so each language picks its
 * own (a Chinese date reads 2026年11月25日).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-date.h"
#include "csp-format.h"

/* @date (YYYY-MM-DD) for a list cell; "" for no date, and the text as
 * it is when it is not a date. */
char *
csp_format_date (const char *date)
{
  g_autoptr(GDateTime) time = NULL;
  GDate parsed;

  if (date == NULL || *date == '\0')
    return g_strdup ("");
  g_date_clear (&parsed, 1);
  if (!csp_date_parse (date, &parsed, NULL))
    return g_strdup (date);

  time = g_date_time_new_local (g_date_get_year (&parsed), g_date_get_month (&parsed),
                                g_date_get_day (&parsed), 0, 0, 0);
  /* Translators: a date in a list, in the format of g_date_time_format();
   * for example “%Y年%-m月%-d日” */
  return g_date_time_format (time, _("%b %-d, %Y"));
}

/* @timestamp (UTC) in the local time zone, for a list cell. */
char *
csp_format_local_datetime (const char *timestamp)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (!csp_timestamp_parse (timestamp, &utc, NULL))
    return g_strdup (timestamp ? timestamp : "");

  local = g_date_time_to_local (utc);
  /* Translators: the date and time of a meeting, in the format of
   * g_date_time_format(); for example “%Y年%-m月%-d日 %a %H:%M” */
  return g_date_time_format (local, _("%a, %b %-d, %Y, %H:%M"));
}
