/* csp-date.c: strict ISO dates and UTC timestamps
 *
 * Dates are stored as YYYY-MM-DD and timestamps as UTC ISO 8601 text
 * (2026-11-25T14:30:00Z). GDate's own parser accepts far too much (it
 * guesses at locale formats), so the date parser here reads exactly
 * four, two and two digits and then asks GDate whether the day exists.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "csp-date.h"
#include "csp-model-error.h"

static gboolean
read_digits (const char *text,
             guint       count,
             guint      *out)
{
  guint value = 0;

  for (guint i = 0; i < count; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (guint) (text[i] - '0');
    }

  *out = value;
  return TRUE;
}

gboolean
csp_date_parse (const char  *text,
                GDate       *out_date,
                GError     **error)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      !read_digits (text, 4, &year) ||
      !read_digits (text + 5, 2, &month) ||
      !read_digits (text + 8, 2, &day))
    {
      g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID_DATE,
                   _("“%s” is not a date in the form YYYY-MM-DD"),
                   text ? text : "");
      return FALSE;
    }

  if (year < 1 || month < 1 || month > 12)
    {
      g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID_DATE,
                   _("“%s” is not a valid date: there is no month %u"),
                   text, month);
      return FALSE;
    }

  if (day < 1 || day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID_DATE,
                   _("“%s” is not a valid date: month %u of %u has %u days"),
                   text, month, year,
                   (guint) g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year));
      return FALSE;
    }

  if (out_date != NULL)
    g_date_set_dmy (out_date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return TRUE;
}

gboolean
csp_date_is_valid_text (const char *text)
{
  return csp_date_parse (text, NULL, NULL);
}

char *
csp_date_to_text (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

char *
csp_date_today_text (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

char *
csp_date_add_days (const char *text,
                   int         days)
{
  GDate date;

  if (!csp_date_parse (text, &date, NULL))
    return NULL;

  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);

  return csp_date_to_text (&date);
}

/* Whole days from @from to @to; positive when @to is later. Both must be
 * valid dates: this is for stored values, which were validated. */
int
csp_date_days_between (const char *from,
                       const char *to)
{
  GDate a, b;

  if (!csp_date_parse (from, &a, NULL) || !csp_date_parse (to, &b, NULL))
    return 0;

  return g_date_days_between (&a, &b);
}

gboolean
csp_timestamp_parse (const char  *text,
                     GDateTime  **out_time,
                     GError     **error)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = NULL;

  /* Require the date part to be a real day first: GDateTime would
   * reject 2026-02-30 as well, but without saying why. */
  if (text != NULL && strlen (text) >= 10)
    {
      g_autofree char *day = g_strndup (text, 10);

      if (!csp_date_parse (day, NULL, error))
        return FALSE;
    }

  if (text != NULL)
    time = g_date_time_new_from_iso8601 (text, utc);

  if (time == NULL || strlen (text) < 16 || text[10] != 'T')
    {
      g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID_DATE,
                   _("“%s” is not a time in the form YYYY-MM-DDTHH:MM:SSZ"),
                   text ? text : "");
      return FALSE;
    }

  if (out_time != NULL)
    *out_time = g_date_time_to_utc (time);

  return TRUE;
}

char *
csp_timestamp_to_text (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

char *
csp_timestamp_now_text (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return csp_timestamp_to_text (now);
}
