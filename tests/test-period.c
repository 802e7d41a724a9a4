/* test-period.c: report periods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "csp-model.h"
#include "csp-period.h"

static void
assert_period (const CspPeriod *period,
               const char      *from,
               const char      *to)
{
  g_autofree char *a = csp_date_to_text (&period->from);
  g_autofree char *b = csp_date_to_text (&period->to);

  g_assert_cmpstr (a, ==, from);
  g_assert_cmpstr (b, ==, to);
}

static void
test_last_full_quarter (void)
{
  CspPeriod period;
  GDate today;

  csp_date_parse ("2026-11-25", &today, NULL);
  csp_period_last_full_quarter (&period, &today);
  assert_period (&period, "2026-07-01", "2026-09-30");

  /* On the first day of a quarter, the quarter that just ended. */
  csp_date_parse ("2026-10-01", &today, NULL);
  csp_period_last_full_quarter (&period, &today);
  assert_period (&period, "2026-07-01", "2026-09-30");

  /* In the first quarter, the last quarter of the year before. */
  csp_date_parse ("2027-02-14", &today, NULL);
  csp_period_last_full_quarter (&period, &today);
  assert_period (&period, "2026-10-01", "2026-12-31");
}

static void
test_quarter_leap_year (void)
{
  CspPeriod period;

  csp_period_for_quarter (&period, 2028, 1);
  assert_period (&period, "2028-01-01", "2028-03-31");
  csp_period_for_quarter (&period, 2026, 2);
  assert_period (&period, "2026-04-01", "2026-06-30");
}

static void
test_parse (void)
{
  g_autoptr(GError) error = NULL;
  CspPeriod period;

  g_assert_true (csp_period_parse (&period, "2026-01-15", "2026-01-15", &error));
  g_assert_no_error (error);

  g_assert_false (csp_period_parse (&period, "2026-02-30", "2026-03-31", &error));
  g_assert_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID_DATE);
  g_assert_true (g_str_has_prefix (error->message, "--from: "));
  g_clear_error (&error);

  g_assert_false (csp_period_parse (&period, "2026-03-01", "2026-13-01", &error));
  g_assert_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID_DATE);
  g_assert_true (g_str_has_prefix (error->message, "--to: "));
  g_clear_error (&error);

  g_assert_false (csp_period_parse (&period, "2026-04-01", "2026-03-31", &error));
  g_assert_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_OUT_OF_RANGE);
}

static void
test_label (void)
{
  CspPeriod period;
  g_autofree char *quarter = NULL;
  g_autofree char *custom = NULL;

  csp_period_for_quarter (&period, 2026, 3);
  quarter = csp_period_quarter_label (&period);
  g_assert_cmpstr (quarter, ==, "2026-Q3");

  csp_period_parse (&period, "2026-07-01", "2026-08-15", NULL);
  custom = csp_period_quarter_label (&period);
  g_assert_cmpstr (custom, ==, "2026-07-01_2026-08-15");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/period/last-full-quarter", test_last_full_quarter);
  g_test_add_func ("/period/quarter-leap-year", test_quarter_leap_year);
  g_test_add_func ("/period/parse", test_parse);
  g_test_add_func ("/period/label", test_label);

  return g_test_run ();
}
