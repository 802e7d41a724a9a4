/* csp-period.c: the date range a report covers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-date.h"
#include "csp-model-error.h"
#include "csp-period.h"

void
csp_period_for_quarter (CspPeriod *period,
                        int        year,
                        int        quarter)
{
  GDateMonth first_month = (GDateMonth) ((quarter - 1) * 3 + 1);
  GDateMonth last_month = (GDateMonth) (first_month + 2);

  g_return_if_fail (quarter >= 1 && quarter <= 4);

  g_date_clear (&period->from, 1);
  g_date_clear (&period->to, 1);
  g_date_set_dmy (&period->from, 1, first_month, (GDateYear) year);
  g_date_set_dmy (&period->to, g_date_get_days_in_month (last_month, (GDateYear) year),
                  last_month, (GDateYear) year);
}

/* The last calendar quarter that ended before @today: the default
 * period of an EBR. */
void
csp_period_last_full_quarter (CspPeriod   *period,
                              const GDate *today)
{
  int year = g_date_get_year (today);
  int quarter = (g_date_get_month (today) - 1) / 3 + 1;

  if (--quarter == 0)
    {
      quarter = 4;
      year--;
    }

  csp_period_for_quarter (period, year, quarter);
}

gboolean
csp_period_parse (CspPeriod   *period,
                  const char  *from,
                  const char  *to,
                  GError     **error)
{
  g_date_clear (&period->from, 1);
  g_date_clear (&period->to, 1);

  if (!csp_date_parse (from, &period->from, error))
    {
      g_prefix_error (error, "--from: ");
      return FALSE;
    }
  if (!csp_date_parse (to, &period->to, error))
    {
      g_prefix_error (error, "--to: ");
      return FALSE;
    }
  if (g_date_compare (&period->from, &period->to) > 0)
    {
      g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_OUT_OF_RANGE,
                   _("--from (%s) is after --to (%s)"), from, to);
      return FALSE;
    }

  return TRUE;
}

/* "2026-Q3" when the period is exactly one calendar quarter, else
 * "2026-07-01_2026-08-15": used in suggested file names. */
char *
csp_period_quarter_label (const CspPeriod *period)
{
  int year = g_date_get_year (&period->from);
  int quarter = (g_date_get_month (&period->from) - 1) / 3 + 1;
  CspPeriod exact;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  csp_period_for_quarter (&exact, year, quarter);
  if (g_date_compare (&exact.from, &period->from) == 0 &&
      g_date_compare (&exact.to, &period->to) == 0)
    return g_strdup_printf ("%d-Q%d", year, quarter);

  from = csp_date_to_text (&period->from);
  to = csp_date_to_text (&period->to);
  return g_strdup_printf ("%s_%s", from, to);
}
