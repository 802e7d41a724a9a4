/* test-format.c: dates and times as the lists show them, per language
 *
 * The formats are translated, and so is the weekday: a window in
 * Chinese under a C locale (LANG=C.UTF-8 LANGUAGE=zh_CN) names it in
 * Chinese, not in LC_TIME's English.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-format.h"
#include "csp-test-util.h"

/* The tests run in UTC. */
static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
}

static void
test_english (void)
{
  g_autofree char *date = NULL;
  g_autofree char *when = NULL;

  use_language ("en");
  date = csp_format_date ("2026-10-19");
  when = csp_format_local_datetime ("2026-10-19T20:00:00Z");
  g_assert_cmpstr (date, ==, "Oct 19, 2026");
  g_assert_cmpstr (when, ==, "Mon, Oct 19, 2026, 20:00");
}

static void
test_chinese (void)
{
  g_autofree char *date = NULL;
  g_autofree char *when = NULL;
  g_autofree char *sunday = NULL;

  use_language ("zh_CN");
  date = csp_format_date ("2026-10-19");
  when = csp_format_local_datetime ("2026-10-19T20:00:00Z");
  sunday = csp_format_local_datetime ("2026-10-25T09:30:00Z");
  g_assert_cmpstr (date, ==, "2026年10月19日");
  g_assert_cmpstr (when, ==, "2026年10月19日 周一 20:00");
  g_assert_cmpstr (sunday, ==, "2026年10月25日 周日 09:30");
}

int
main (int   argc,
      char *argv[])
{
  csp_test_bind_catalogue ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/english", test_english);
  g_test_add_func ("/format/chinese", test_chinese);

  return g_test_run ();
}
