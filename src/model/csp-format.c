/* csp-format.c: dates, times and money as the lists show them
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
#include <langinfo.h>
#include <string.h>

#include "csp-date.h"
#include "csp-format.h"

/* @value with the locale's thousands separator, or a comma when the
 * locale has none (the C locale). */
static char *
group_digits (gint64 value)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, ABS (value));
  const char *separator = nl_langinfo (THOUSEP);
  GString *text = g_string_new (value < 0 ? "-" : "");
  gsize n = strlen (digits);

  if (separator == NULL || *separator == '\0')
    separator = ",";
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (text, separator);
      g_string_append_c (text, digits[i]);
    }

  return g_string_free (text, FALSE);
}

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

/* The short name of @time's weekday in the language of the messages.
 * g_date_time_format()'s %a takes it from LC_TIME, which may be in
 * another language: a C locale with LANGUAGE=zh_CN would put “Mon” in
 * a Chinese window. */
static const char *
weekday_name (GDateTime *time)
{
  static const char *names[] = {
    NC_("weekday", "Mon"), NC_("weekday", "Tue"), NC_("weekday", "Wed"),
    NC_("weekday", "Thu"), NC_("weekday", "Fri"), NC_("weekday", "Sat"),
    NC_("weekday", "Sun"),
  };

  return g_dpgettext2 (GETTEXT_PACKAGE, "weekday",
                       names[g_date_time_get_day_of_week (time) - 1]);
}

/* @timestamp (UTC) in the local time zone, for a list cell. */
char *
csp_format_local_datetime (const char *timestamp)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GString) format = NULL;

  if (!csp_timestamp_parse (timestamp, &utc, NULL))
    return g_strdup (timestamp ? timestamp : "");

  local = g_date_time_to_local (utc);
  /* Translators: the date and time of a meeting, in the format of
   * g_date_time_format() (%a is the weekday, translated with the
   * context “weekday”); for example “%Y年%-m月%-d日 %a %H:%M” */
  format = g_string_new (_("%a, %b %-d, %Y, %H:%M"));
  g_string_replace (format, "%a", weekday_name (local), 0);
  return g_date_time_format (local, format->str);
}

/* @minor units of @currency as whole units with the locale's grouping
 * ("$120,000", "¥85,000", "CHF 9,500"). */
char *
csp_format_money (gint64      minor,
                  const char *currency)
{
  static const struct { const char *code, *symbol; } symbols[] = {
    { "USD", "$" }, { "EUR", "€" }, { "GBP", "£" }, { "CNY", "¥" }, { "JPY", "¥" },
  };
  gint64 major = g_strcmp0 (currency, "JPY") == 0 ? minor : minor / 100;
  g_autofree char *number = group_digits (major);
  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    if (g_strcmp0 (currency, symbols[i].code) == 0)
      return g_strconcat (symbols[i].symbol, number, NULL);

  return g_strdup_printf ("%s %s", currency ? currency : "", number);
}

/* The local day of @timestamp (UTC), as csp_format_date() shows it;
 * "" for no timestamp. */
char *
csp_format_local_date (const char *timestamp)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *day = NULL;

  if (timestamp == NULL || *timestamp == '\0')
    return g_strdup ("");
  if (!csp_timestamp_parse (timestamp, &utc, NULL))
    return g_strdup (timestamp);

  local = g_date_time_to_local (utc);
  day = g_date_time_format (local, "%Y-%m-%d");
  return csp_format_date (day);
}

/* A change of a score with its sign: "+5", "−18" (a real minus sign),
 * "0". */
char *
csp_format_change (int change)
{
  if (change > 0)
    return g_strdup_printf ("+%d", change);
  if (change < 0)
    return g_strdup_printf ("\u2212%d", -change);
  return g_strdup ("0");
}
