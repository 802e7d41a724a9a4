/* csp-local-time.c: meeting times between a time zone and UTC
 *
 * Meetings are stored in UTC (YYYY-MM-DDTHH:MM:SSZ) and typed and shown
 * as a local date and a time of day "HH:MM". The zone is a parameter so
 * that tests can pin zones east and west of UTC and around a change of
 * daylight saving time; the views pass the user's local zone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-date.h"
#include "csp-local-time.h"
#include "csp-model-error.h"

static gboolean
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

/* "HH:MM" on a 24-hour clock; "9:05" is accepted too, as people type
 * it. Surrounding spaces are ignored. */
gboolean
csp_time_of_day_parse (const char  *text,
                       int         *out_hour,
                       int         *out_minute,
                       GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  const char *p = copy;
  int hour = 0, minute;

  while (is_digit (*p) && p - copy < 2)
    hour = hour * 10 + (*p++ - '0');
  if (p == copy || *p != ':' || !is_digit (p[1]) || !is_digit (p[2]) || p[3] != '\0')
    {
      g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID,
                   _("“%s” is not a time of day in the form HH:MM"), copy);
      return FALSE;
    }
  minute = (p[1] - '0') * 10 + (p[2] - '0');
  if (hour > 23 || minute > 59)
    {
      g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_OUT_OF_RANGE,
                   _("“%s” is not a time of day: hours run 00–23, minutes 00–59"), copy);
      return FALSE;
    }
  if (out_hour != NULL)
    *out_hour = hour;
  if (out_minute != NULL)
    *out_minute = minute;
  return TRUE;
}

/* The UTC timestamp of @date (YYYY-MM-DD) at @time_of_day (HH:MM) in
 * @zone. A time that does not exist there (skipped when the clocks go
 * forward) is an error that says so; one that happens twice (when they
 * go back) is the later of the two, in standard time, as GLib takes it. */
char *
csp_timestamp_from_local (const char  *date,
                          const char  *time_of_day,
                          GTimeZone   *zone,
                          GError     **error)
{
  g_autoptr(GDateTime) local = NULL;
  GDate day;
  int hour, minute;

  g_return_val_if_fail (zone != NULL, NULL);

  if (!csp_date_parse (date, &day, error) ||
      !csp_time_of_day_parse (time_of_day, &hour, &minute, error))
    return NULL;

  local = g_date_time_new (zone, g_date_get_year (&day), g_date_get_month (&day),
                           g_date_get_day (&day), hour, minute, 0);
  if (local == NULL)
    {
      g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID,
                   _("%s %s is not a time that can be stored"), date, time_of_day);
      return NULL;
    }
  /* GLib moves a skipped time past the gap; the user should know. */
  if (g_date_time_get_hour (local) != hour || g_date_time_get_minute (local) != minute)
    {
      g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID,
                   _("%02d:%02d does not exist on %s in this time zone: the clocks go "
                     "forward then"), hour, minute, date);
      return NULL;
    }
  return csp_timestamp_to_text (local);
}

/* Splits the UTC @timestamp into the local date (YYYY-MM-DD) and time
 * of day (HH:MM) in @zone; FALSE when @timestamp is not one. */
gboolean
csp_timestamp_to_local (const char  *timestamp,
                        GTimeZone   *zone,
                        char       **out_date,
                        char       **out_time_of_day)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (zone != NULL, FALSE);

  if (timestamp == NULL || !csp_timestamp_parse (timestamp, &utc, NULL))
    return FALSE;

  local = g_date_time_to_timezone (utc, zone);
  if (out_date != NULL)
    *out_date = g_date_time_format (local, "%Y-%m-%d");
  if (out_time_of_day != NULL)
    *out_time_of_day = g_date_time_format (local, "%H:%M");
  return TRUE;
}
