/* test-search.c: how the search boxes compare text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-account.h"
#include "csp-account-summary.h"
#include "csp-search.h"

static gboolean
finds (const char *key_text,
       const char *typed)
{
  g_autofree char *key = csp_search_key (key_text, NULL);
  g_autofree char *needle = csp_search_fold (typed);

  return csp_search_matches (key, needle);
}

static void
test_case_and_forms (void)
{
  g_assert_true (finds ("Acme Corp", "ACME"));
  g_assert_true (finds ("Acme Corp", "corp"));
  /* A composed "é" finds its decomposed twin and back. */
  g_assert_true (finds ("Caf\xc3\xa9 Noir", "cafe\xcc\x81"));
  g_assert_true (finds ("Cafe\xcc\x81 Noir", "caf\xc3\xa9"));
  g_assert_true (finds ("北京星辰科技", "星辰"));
  g_assert_false (finds ("北京星辰科技", "上海"));
  g_assert_false (finds ("Acme Corp", "acme corporation"));
  g_assert_true (finds ("Acme Corp", ""));
}

/* Fields are kept apart: a needle never matches across two of them. */
static void
test_fields (void)
{
  g_autofree char *key = csp_search_key ("Acme", "", "Li Wei", "ACM-001", NULL);

  g_assert_true (csp_search_matches (key, "li wei"));
  g_assert_true (csp_search_matches (key, "acm-001"));
  g_assert_false (csp_search_matches (key, "acmeli"));
  g_assert_false (csp_search_matches (key, "acme li"));
  g_assert_false (csp_search_matches (NULL, "acme"));
  g_assert_true (csp_search_matches (NULL, NULL));
}

/* An account row is found by name, CSM, external id and industry. */
static void
test_account_summary (void)
{
  g_autoptr(CspAccount) account = csp_account_new ("Northwind Traders");
  g_autoptr(CspAccountSummary) summary = NULL;
  const char *key;

  csp_account_set_csm (account, "张伟");
  csp_account_set_external_id (account, "NW-42");
  summary = csp_account_summary_new (account, 80);
  key = csp_account_summary_get_search_key (summary);

  g_assert_true (csp_search_matches (key, "northwind"));
  g_assert_true (csp_search_matches (key, "张伟"));
  g_assert_true (csp_search_matches (key, "nw-42"));
  g_assert_false (csp_search_matches (key, "retail"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/case-and-forms", test_case_and_forms);
  g_test_add_func ("/search/fields", test_fields);
  g_test_add_func ("/search/account-summary", test_account_summary);

  return g_test_run ();
}
