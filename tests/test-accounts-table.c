/* test-accounts-table.c: the Accounts table's rows and figures, under Xvfb
 *
 * The one query behind the table must say what the account page's own
 * queries say; the figures above the table must sum up exactly the
 * rows on show, and follow a search.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "csp-account.h"
#include "csp-account-summary.h"
#include "csp-accounts-filters.h"
#include "csp-accounts-page.h"
#include "csp-action-summary.h"
#include "csp-date.h"
#include "csp-enum-types.h"
#include "csp-file-launch.h"
#include "csp-format.h"
#include "csp-health-snapshot.h"
#include "csp-health-trend.h"
#include "csp-meeting.h"
#include "csp-portfolio-figures.h"
#include "csp-sparkline.h"
#include "csp-store-account-view.h"
#include "csp-store-queries.h"
#include "csp-store-records.h"
#include "csp-test-ui.h"
#include "csp-test-util.h"

#define TODAY "2026-06-30"
#define NOW   TODAY "T00:00:00Z"

typedef struct
{
  CspTestFolder folder;
  CspStore     *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  csp_test_folder_set_up (&fixture->folder, data);
  fixture->store = csp_test_open_demo (fixture->folder.db, 40, 60, 11, TODAY);
}

/* More rows than the first step of filling the table, so a reload
 * that refilled it step by step would lose the user's place. */
static void
big_fixture_set_up (Fixture       *fixture,
                    gconstpointer  data)
{
  csp_test_folder_set_up (&fixture->folder, data);
  fixture->store = csp_test_open_demo (fixture->folder.db, 300, 8, 11, TODAY);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  csp_test_folder_tear_down (&fixture->folder, data);
}

/* Helpers */

/* The scored snapshots' scores, oldest first, the latest @max. */
static GArray *
expected_sparkline (GListModel             *snapshots,
                    const CspHealthWeights *weights,
                    guint                   max)
{
  GArray *scores = g_array_new (FALSE, FALSE, sizeof (int));
  guint n = g_list_model_get_n_items (snapshots);

  for (guint i = n > max ? n - max : 0; i < n; i++)
    {
      g_autoptr(CspHealthSnapshot) snapshot = g_list_model_get_item (snapshots, i);
      int score = csp_health_snapshot_get_effective_score (snapshot, weights);

      if (score != CSP_UNSET)
        g_array_append_val (scores, score);
    }
  return scores;
}

static void
check_health (CspStore              *store,
              CspAccount            *account,
              const CspAccountFacts *facts)
{
  gint64 id = csp_record_get_id (CSP_RECORD (account));
  g_autoptr(GListModel) snapshots = csp_store_list_health_snapshots (store, id, NULL);
  g_autoptr(GArray) spark = NULL;
  CspHealthWeights weights;
  int change;
  gboolean has_change;

  g_assert_true (csp_store_get_health_weights (store, &weights, NULL));
  has_change = csp_health_trend_change (snapshots, &weights, &change);
  g_assert_cmpint (facts->health_score, ==, csp_health_trend_latest (snapshots, &weights));
  g_assert_cmpint (facts->has_change, ==, has_change);
  g_assert_cmpint (facts->health_change, ==, change);

  spark = expected_sparkline (snapshots, &weights, CSP_SPARKLINE_MAX);
  g_assert_cmpuint (facts->n_sparkline, <=, CSP_SPARKLINE_MAX);
  g_assert_cmpmem (facts->sparkline, facts->n_sparkline * sizeof (int),
                   spark->data, spark->len * sizeof (int));
}

static void
check_actions (CspStore              *store,
               CspAccount            *account,
               const CspAccountFacts *facts)
{
  g_autoptr(GListModel) actions =
    csp_store_list_account_open_actions (store, account, TODAY, NULL);
  guint n_overdue = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CspActionSummary) action = g_list_model_get_item (actions, i);

      n_overdue += csp_action_summary_get_overdue (action);
    }
  g_assert_cmpuint (facts->n_open_actions, ==, g_list_model_get_n_items (actions));
  g_assert_cmpuint (facts->n_overdue_actions, ==, n_overdue);
}

/* The first planned meeting at or after NOW, from the store's list. */
static char *
expected_next_meeting (CspStore *store,
                       gint64    account_id)
{
  g_autoptr(GListModel) meetings = csp_store_list_meetings (store, account_id, NULL);
  char *next = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CspMeeting) meeting = g_list_model_get_item (meetings, i);
      const char *at = csp_meeting_get_scheduled_at (meeting);

      if (csp_meeting_get_status (meeting) == CSP_MEETING_PLANNED &&
          g_strcmp0 (at, NOW) >= 0 && (next == NULL || strcmp (at, next) < 0))
        {
          g_free (next);
          next = g_strdup (at);
        }
    }
  return next ? next : g_strdup ("");
}

static void
check_account (CspStore          *store,
               CspAccountSummary *summary)
{
  CspAccount *account = csp_account_summary_get_account (summary);
  const CspAccountFacts *facts = csp_account_summary_get_facts (summary);
  gint64 id = csp_record_get_id (CSP_RECORD (account));
  g_autoptr(CspAccount) stored = csp_store_get_account (store, id, NULL);
  g_autofree char *next = expected_next_meeting (store, id);
  const char *renewal = csp_account_get_renewal_on (stored);

  g_assert_cmpint (csp_account_get_arr_minor (account), ==, csp_account_get_arr_minor (stored));
  g_assert_cmpstr (csp_account_get_currency (account), ==, csp_account_get_currency (stored));
  g_assert_cmpint (facts->renewal_days, ==,
                   renewal ? csp_date_days_between (TODAY, renewal) : G_MAXINT);
  g_assert_cmpstr (facts->next_meeting, ==, next);
  check_health (store, account, facts);
  check_actions (store, account, facts);
}

/* Tests */

static void
test_format (void)
{
  g_autofree char *usd = csp_format_money (10450000, "USD");
  g_autofree char *jpy = csp_format_money (1234500, "JPY");
  g_autofree char *chf = csp_format_money (-95000, "CHF");
  g_autofree char *up = csp_format_change (5);
  g_autofree char *down = csp_format_change (-18);
  g_autofree char *none = csp_format_change (0);

  /* The C locale has no thousands separator: a comma stands in. */
  g_assert_cmpstr (usd, ==, "$104,500");
  g_assert_cmpstr (jpy, ==, "¥1,234,500");
  g_assert_cmpstr (chf, ==, "CHF -950");
  g_assert_cmpstr (up, ==, "+5");
  g_assert_cmpstr (down, ==, "−18");
  g_assert_cmpstr (none, ==, "0");
}

static void
test_points_change (void)
{
  CspTrendPoint points[] = {
    { "2026-05-01", 0, 60, FALSE }, { "2026-05-31", 0, 70, FALSE },
    { "2026-06-10", 0, CSP_UNSET, FALSE }, { "2026-06-30", 0, 52, FALSE },
  };
  int change;

  g_assert_true (csp_trend_points_change (points, 4, &change));
  g_assert_cmpint (change, ==, -18);
  /* Nothing scored 30 days before the latest. */
  g_assert_false (csp_trend_points_change (points + 2, 2, &change));
  g_assert_cmpint (change, ==, 0);
  /* An unscored latest snapshot has no change. */
  g_assert_false (csp_trend_points_change (points, 3, &change));
}

static void
test_sparkline_widget (void)
{
  int values[15];
  GtkWidget *sparkline = g_object_ref_sink (csp_sparkline_new ());

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    values[i] = (int) i * 5;
  csp_sparkline_set_values (CSP_SPARKLINE (sparkline), values, G_N_ELEMENTS (values));
  g_assert_cmpuint (csp_sparkline_get_n_values (CSP_SPARKLINE (sparkline)), ==, CSP_SPARKLINE_MAX);
  csp_sparkline_set_values (CSP_SPARKLINE (sparkline), NULL, 0);
  g_assert_cmpuint (csp_sparkline_get_n_values (CSP_SPARKLINE (sparkline)), ==, 0);
  g_assert_finalize_object (sparkline);
}

/* Every row of the one query against the account page's queries. */
static void
test_query_matches_account_page (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rows =
    csp_store_list_account_summaries (fixture->store, TODAY, NOW, &error);
  guint n_with_change = 0, n_with_actions = 0, n_with_meeting = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 40);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CspAccountSummary) summary = g_list_model_get_item (rows, i);
      const CspAccountFacts *facts = csp_account_summary_get_facts (summary);

      check_account (fixture->store, summary);
      n_with_change += facts->has_change;
      n_with_actions += facts->n_overdue_actions > 0;
      n_with_meeting += facts->next_meeting[0] != '\0';
    }
  /* The demo exercises every figure. */
  g_assert_cmpuint (n_with_change, >, 0);
  g_assert_cmpuint (n_with_actions, >, 0);
  g_assert_cmpuint (n_with_meeting, >, 0);
}

static void
assert_figures_equal (const CspPortfolioFigures *a,
                      const CspPortfolioFigures *b)
{
  g_assert_cmpuint (a->n_accounts, ==, b->n_accounts);
  g_assert_cmpint (a->average_health, ==, b->average_health);
  g_assert_cmpint (a->average_change, ==, b->average_change);
  g_assert_cmpmem (a->n_per_band, sizeof a->n_per_band, b->n_per_band, sizeof b->n_per_band);
  g_assert_cmpuint (a->n_renewals_90, ==, b->n_renewals_90);
  g_assert_cmpuint (a->n_overdue_actions, ==, b->n_overdue_actions);
  /* Field by field: the padding after the currency code is not set. */
  g_assert_cmpuint (a->arr_totals->len, ==, b->arr_totals->len);
  for (guint i = 0; i < a->arr_totals->len; i++)
    {
      CspCurrencyTotal *ta = &g_array_index (a->arr_totals, CspCurrencyTotal, i);
      CspCurrencyTotal *tb = &g_array_index (b->arr_totals, CspCurrencyTotal, i);

      g_assert_cmpstr (ta->currency, ==, tb->currency);
      g_assert_cmpint (ta->arr_minor, ==, tb->arr_minor);
    }
}

/* The figures against a count of the shown rows done here. */
static void
check_figures (const CspPortfolioFigures *figures,
               GListModel                *shown)
{
  g_autoptr(CspPortfolioFigures) again = csp_portfolio_figures_new (shown);
  guint n_bands = 0, n_overdue = 0;

  assert_figures_equal (figures, again);
  g_assert_cmpuint (figures->n_accounts, ==, g_list_model_get_n_items (shown));
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(CspAccountSummary) summary = g_list_model_get_item (shown, i);

      n_bands += csp_account_summary_get_health_score (summary) != CSP_UNSET;
      n_overdue += csp_account_summary_get_facts (summary)->n_overdue_actions;
    }
  g_assert_cmpuint (figures->n_per_band[0] + figures->n_per_band[1] + figures->n_per_band[2],
                    ==, n_bands);
  g_assert_cmpuint (figures->n_overdue_actions, ==, n_overdue);
}

typedef struct
{
  CspAccountsPage *page;
  guint            n_accounts;
} FiguresWait;

static gboolean
figures_show (gpointer data)
{
  FiguresWait *wait = data;
  const CspPortfolioFigures *figures = csp_accounts_page_get_figures (wait->page);
  GListModel *shown = csp_accounts_page_get_shown_model (wait->page);

  return figures != NULL && figures->n_accounts == wait->n_accounts &&
         g_list_model_get_n_items (shown) == wait->n_accounts &&
         gtk_filter_list_model_get_pending (GTK_FILTER_LIST_MODEL (shown)) == 0;
}

static guint
count_matching (GListModel *rows,
                const char *name_part)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CspAccountSummary) summary = g_list_model_get_item (rows, i);

      n += strstr (csp_account_get_name (csp_account_summary_get_account (summary)),
                   name_part) != NULL;
    }
  return n;
}

/* The figures on show follow the search. */
static void
test_figures_follow_search (Fixture       *fixture,
                            gconstpointer  data)
{
  CspWindow *window = csp_test_show_window (fixture->store);
  CspAccountsPage *page = CSP_ACCOUNTS_PAGE (
    csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNTS_PAGE, NULL));
  GListModel *shown = csp_accounts_page_get_shown_model (page);
  g_autoptr(CspAccountSummary) first = g_list_model_get_item (shown, 0);
  g_autofree char *needle = g_utf8_substring (
    csp_account_get_name (csp_account_summary_get_account (first)), 0, 3);
  FiguresWait wait = { page, 40 };
  GtkWidget *entry = csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, NULL);

  csp_test_wait_until (figures_show, &wait);
  check_figures (csp_accounts_page_get_figures (page), shown);

  wait.n_accounts = count_matching (csp_accounts_page_get_model (page), needle);
  g_assert_cmpuint (wait.n_accounts, <, 40);
  csp_accounts_page_set_search_mode (page, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), needle);
  csp_test_wait_until (figures_show, &wait);
  check_figures (csp_accounts_page_get_figures (page), shown);

  csp_test_close_window (GTK_WINDOW (window));
}

/* Filters */

typedef gboolean (*RowPredicate) (CspAccountSummary *summary);

static gboolean
is_enterprise (CspAccountSummary *summary)
{
  CspAccount *account = csp_account_summary_get_account (summary);

  return !csp_account_get_archived (account) &&
         csp_account_get_segment (account) == CSP_SEGMENT_ENTERPRISE;
}

static gboolean
is_not_archived (CspAccountSummary *summary)
{
  return !csp_account_get_archived (csp_account_summary_get_account (summary));
}

static gboolean
is_any (CspAccountSummary *summary)
{
  return TRUE;
}

static guint
count_rows (CspStore     *store,
            RowPredicate  predicate)
{
  g_autoptr(GListModel) rows = csp_store_list_account_summaries (store, TODAY, NOW, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CspAccountSummary) summary = g_list_model_get_item (rows, i);

      n += predicate (summary);
    }
  return n;
}

/* Every row shown passes @predicate and there are @n of them. */
static void
check_shown (CspAccountsPage *page,
             RowPredicate     predicate,
             guint            n)
{
  GListModel *shown = csp_accounts_page_get_shown_model (page);
  FiguresWait wait = { page, n };

  csp_test_wait_until (figures_show, &wait);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(CspAccountSummary) summary = g_list_model_get_item (shown, i);

      g_assert_true (predicate (summary));
    }
  check_figures (csp_accounts_page_get_figures (page), shown);
}

static void
test_filters_segment_and_clear (Fixture       *fixture,
                                gconstpointer  data)
{
  CspWindow *window = csp_test_show_window (fixture->store);
  CspAccountsPage *page = CSP_ACCOUNTS_PAGE (
    csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNTS_PAGE, NULL));
  CspAccountsFilters *filters = CSP_ACCOUNTS_FILTERS (csp_accounts_page_get_filters (page));
  GtkDropDown *segment = GTK_DROP_DOWN (
    csp_test_find_widget (GTK_WIDGET (filters), GTK_TYPE_DROP_DOWN, NULL));
  guint n_enterprise = count_rows (fixture->store, is_enterprise);
  g_autoptr(GArray) ids = NULL;

  check_shown (page, is_any, 40);
  g_assert_null (csp_accounts_page_dup_filtered_ids (page));
  g_assert_cmpuint (n_enterprise, >, 0);
  g_assert_cmpuint (n_enterprise, <, 40);

  gtk_drop_down_set_selected (segment, 1 + CSP_SEGMENT_ENTERPRISE);
  g_assert_cmpuint (csp_accounts_filters_get_n_active (filters), ==, 1);
  check_shown (page, is_enterprise, n_enterprise);
  ids = csp_accounts_page_dup_filtered_ids (page);
  g_assert_nonnull (ids);
  g_assert_cmpuint (ids->len, ==, n_enterprise);

  csp_accounts_filters_clear (filters);
  g_assert_cmpuint (csp_accounts_filters_get_n_active (filters), ==, 0);
  check_shown (page, is_any, 40);

  csp_test_close_window (GTK_WINDOW (window));
}

typedef struct
{
  AdwStatusPage *status;
  const char    *description;
} DescriptionWait;

static gboolean
description_shown (gpointer data)
{
  DescriptionWait *wait = data;

  return gtk_widget_is_visible (GTK_WIDGET (wait->status)) &&
         g_strcmp0 (adw_status_page_get_description (wait->status), wait->description) == 0;
}

/* An empty result names what found nothing: the filters, the search,
 * or both. */
static void
test_no_match_wording (Fixture       *fixture,
                       gconstpointer  data)
{
  CspWindow *window;
  CspAccountsPage *page;
  CspAccountsFilters *filters;
  GtkWidget *entry;
  DescriptionWait wait = { NULL, "No accounts match the filters." };

  /* No enterprise account, so that filter alone finds nothing. */
  csp_test_exec_sql (fixture->folder.db, "UPDATE account SET segment = 'smb';");
  window = csp_test_show_window (fixture->store);
  page = CSP_ACCOUNTS_PAGE (csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNTS_PAGE,
                                                  NULL));
  filters = CSP_ACCOUNTS_FILTERS (csp_accounts_page_get_filters (page));
  entry = csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, NULL);
  wait.status = ADW_STATUS_PAGE (csp_test_find_widget (GTK_WIDGET (page), ADW_TYPE_STATUS_PAGE,
                                                       "No Matching Accounts"));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (csp_test_find_widget (GTK_WIDGET (filters),
                                                                   GTK_TYPE_DROP_DOWN, NULL)),
                              1 + CSP_SEGMENT_ENTERPRISE);
  csp_test_wait_until (description_shown, &wait);

  csp_accounts_page_set_search_mode (page, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), "zzz-no-such-account");
  wait.description = "Try a different search, or clear the filters.";
  csp_test_wait_until (description_shown, &wait);

  csp_accounts_filters_clear (filters);
  wait.description = "Try a different search.";
  csp_test_wait_until (description_shown, &wait);

  csp_test_close_window (GTK_WINDOW (window));
}

/* Archived accounts are hidden until "show archived". */
static void
test_filters_archived (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GListModel) accounts = csp_store_list_accounts (fixture->store, NULL);
  g_autoptr(CspAccount) account = g_list_model_get_item (accounts, 0);
  CspWindow *window;
  CspAccountsPage *page;
  CspAccountsFilters *filters;
  GtkSwitch *archived;

  csp_account_set_archived (account, TRUE);
  g_assert_true (csp_store_update_account (fixture->store, account, NULL));
  window = csp_test_show_window (fixture->store);
  page = CSP_ACCOUNTS_PAGE (
    csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNTS_PAGE, NULL));
  filters = CSP_ACCOUNTS_FILTERS (csp_accounts_page_get_filters (page));
  archived = GTK_SWITCH (csp_test_find_widget (GTK_WIDGET (filters), GTK_TYPE_SWITCH, NULL));

  check_shown (page, is_not_archived, 39);
  gtk_switch_set_active (archived, TRUE);
  check_shown (page, is_any, 40);
  csp_accounts_filters_clear (filters);
  check_shown (page, is_not_archived, 39);

  csp_test_close_window (GTK_WINDOW (window));
}

typedef struct
{
  CspAccountsPage *page;
  gint64           id;
  const char      *name;
} ShownName;

static gboolean
shows_name (gpointer data)
{
  ShownName *wanted = data;
  GListModel *shown = csp_accounts_page_get_shown_model (wanted->page);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(CspAccountSummary) summary = g_list_model_get_item (shown, i);
      CspAccount *account = csp_account_summary_get_account (summary);

      if (csp_record_get_id (CSP_RECORD (account)) == wanted->id)
        return g_strcmp0 (csp_account_get_name (account), wanted->name) == 0;
    }
  return FALSE;
}

/* A write from anywhere (another page, a dialog) reaches the table:
 * at once when it is on show, else when it is shown again. */
static void
test_follows_store (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GListModel) accounts = csp_store_list_accounts (fixture->store, NULL);
  g_autoptr(CspAccount) account = g_list_model_get_item (accounts, 0);
  CspWindow *window = csp_test_show_window (fixture->store);
  CspAccountsPage *page = CSP_ACCOUNTS_PAGE (
    csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNTS_PAGE, NULL));
  AdwViewStack *stack = ADW_VIEW_STACK (
    csp_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL));
  ShownName renamed = { page, csp_record_get_id (CSP_RECORD (account)), "Renamed 改名" };
  ShownName again = { page, renamed.id, "Renamed while hidden" };
  GtkWidget *view = csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW, NULL);
  GtkAdjustment *scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (GTK_COLUMN_VIEW (view)));
  g_autoptr(CspAccountSummary) picked = NULL;
  double scrolled_to;

  /* The user scrolled down and picked a row; the reload keeps both. */
  csp_test_wait_until ((CspTestCondition) csp_test_pages_loaded, window);
  csp_test_wait_for_frame (view);
  g_assert_cmpfloat (gtk_adjustment_get_upper (scroll), >, gtk_adjustment_get_page_size (scroll));
  gtk_adjustment_set_value (scroll, gtk_adjustment_get_upper (scroll) / 2);
  csp_test_wait_for_frame (view);
  scrolled_to = gtk_adjustment_get_value (scroll);
  gtk_single_selection_set_selected (selection, 150);
  picked = g_object_ref (gtk_single_selection_get_selected_item (selection));

  csp_account_set_name (account, renamed.name);
  g_assert_true (csp_store_update_account (fixture->store, account, NULL));
  csp_test_wait_until (shows_name, &renamed);
  csp_test_wait_for_frame (view);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (scroll), scrolled_to, 1.0);
  g_assert_true (csp_accounts_page_get_selected_account (page) !=
                 csp_account_summary_get_account (picked));
  g_assert_cmpint (csp_record_get_id (CSP_RECORD (csp_accounts_page_get_selected_account (page))),
                   ==, csp_record_get_id (CSP_RECORD (csp_account_summary_get_account (picked))));

  adw_view_stack_set_visible_child_name (stack, "plans");
  csp_test_wait_until ((CspTestCondition) csp_test_no_pending_events, NULL);
  csp_account_set_name (account, again.name);
  g_assert_true (csp_store_update_account (fixture->store, account, NULL));
  csp_test_wait_until ((CspTestCondition) csp_test_no_pending_events, NULL);
  g_assert_true (shows_name (&renamed));
  adw_view_stack_set_visible_child_name (stack, "accounts");
  csp_test_wait_until (shows_name, &again);

  csp_test_close_window (GTK_WINDOW (window));
}

/* What the filters and a search should let through, worked out here
 * from the rows' own values. */
typedef struct
{
  int         segment;   /* -1 for any */
  int         stage;
  int         band;
  const char *csm;       /* NULL for any */
  int         renewal;   /* -1 when off */
  const char *needle;    /* casefolded; NULL for none */
} Expected;

static Expected expected;

static gboolean
folded_contains (const char *text,
                 const char *needle)
{
  g_autofree char *folded = text ? g_utf8_casefold (text, -1) : NULL;

  return folded != NULL && strstr (folded, needle) != NULL;
}

static gboolean
is_expected (CspAccountSummary *summary)
{
  CspAccount *account = csp_account_summary_get_account (summary);
  int score = csp_account_summary_get_health_score (summary);
  int days = csp_account_summary_get_facts (summary)->renewal_days;

  if (csp_account_get_archived (account))
    return FALSE;
  if (expected.segment >= 0 && (int) csp_account_get_segment (account) != expected.segment)
    return FALSE;
  if (expected.stage >= 0 && (int) csp_account_get_lifecycle_stage (account) != expected.stage)
    return FALSE;
  if (expected.band >= 0 && (score == CSP_UNSET ||
                             (int) csp_account_summary_get_health_band (summary) != expected.band))
    return FALSE;
  if (expected.csm != NULL && g_strcmp0 (csp_account_get_csm (account), expected.csm) != 0)
    return FALSE;
  if (expected.renewal >= 0 && !(days >= 0 && days <= expected.renewal))
    return FALSE;
  return expected.needle == NULL ||
         folded_contains (csp_account_get_name (account), expected.needle) ||
         folded_contains (csp_account_get_csm (account), expected.needle) ||
         folded_contains (csp_account_get_external_id (account), expected.needle) ||
         folded_contains (csp_account_get_industry (account), expected.needle);
}

static void
collect_widgets (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, found);
}

static GtkWidget *
nth_widget (GtkWidget *root,
            GType      type,
            guint      n)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_widgets (root, type, found);
  g_assert_cmpuint (n, <, found->len);
  return found->pdata[n];
}

/* Sets the @n-th drop-down (segment, stage, band, CSM) to @text. */
static void
choose (CspAccountsFilters *filters,
        guint               n,
        const char         *text)
{
  GtkDropDown *drop = GTK_DROP_DOWN (nth_widget (GTK_WIDGET (filters), GTK_TYPE_DROP_DOWN, n));
  GListModel *choices = gtk_drop_down_get_model (drop);

  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(GtkStringObject) choice = g_list_model_get_item (choices, i);

      if (g_strcmp0 (gtk_string_object_get_string (choice), text) == 0)
        {
          gtk_drop_down_set_selected (drop, i);
          return;
        }
    }
  g_assert_not_reached ();
}

/* From the page's rows: their days to renewal count from the real today. */
static void
check_expected (CspStore        *store,
                CspAccountsPage *page)
{
  GListModel *rows = csp_accounts_page_get_model (page);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CspAccountSummary) summary = g_list_model_get_item (rows, i);

      n += is_expected (summary);
    }
  check_shown (page, is_expected, n);
}

static void
clear_expected (CspAccountsFilters *filters)
{
  csp_accounts_filters_clear (filters);
  expected = (Expected) { -1, -1, -1, NULL, -1, NULL };
  g_assert_cmpuint (csp_accounts_filters_get_n_active (filters), ==, 0);
}

/* Each filter alone, then filters and a search together. */
static void
test_filters_each (Fixture       *fixture,
                   gconstpointer  data)
{
  CspWindow *window = csp_test_show_window (fixture->store);
  CspAccountsPage *page = CSP_ACCOUNTS_PAGE (
    csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNTS_PAGE, NULL));
  CspAccountsFilters *filters = CSP_ACCOUNTS_FILTERS (csp_accounts_page_get_filters (page));
  GtkWidget *entry = csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, NULL);
  GtkCheckButton *renewal = GTK_CHECK_BUTTON (
    nth_widget (GTK_WIDGET (filters), GTK_TYPE_CHECK_BUTTON, 0));
  GtkSpinButton *days = GTK_SPIN_BUTTON (
    nth_widget (GTK_WIDGET (filters), GTK_TYPE_SPIN_BUTTON, 0));
  g_autoptr(GListModel) rows =
    csp_store_list_account_summaries (fixture->store, TODAY, NOW, NULL);
  g_autoptr(CspAccountSummary) first = g_list_model_get_item (rows, 0);
  CspAccount *account = csp_account_summary_get_account (first);
  g_autofree char *needle = g_utf8_substring (csp_account_get_name (account), 0, 1);
  g_autofree char *folded = g_utf8_casefold (needle, -1);
  g_autoptr(GArray) ids = NULL;

  clear_expected (filters);
  check_expected (fixture->store, page);

  expected.stage = csp_account_get_lifecycle_stage (account);
  choose (filters, 1, csp_enum_to_label (CSP_TYPE_LIFECYCLE_STAGE, expected.stage));
  check_expected (fixture->store, page);

  clear_expected (filters);
  expected.band = CSP_HEALTH_HEALTHY;
  choose (filters, 2, csp_enum_to_label (CSP_TYPE_HEALTH_BAND, CSP_HEALTH_HEALTHY));
  check_expected (fixture->store, page);
  expected.band = CSP_HEALTH_AT_RISK;
  choose (filters, 2, csp_enum_to_label (CSP_TYPE_HEALTH_BAND, CSP_HEALTH_AT_RISK));
  check_expected (fixture->store, page);

  clear_expected (filters);
  expected.csm = csp_account_get_csm (account);
  choose (filters, 3, expected.csm);
  check_expected (fixture->store, page);

  clear_expected (filters);
  gtk_spin_button_set_value (days, 90);
  gtk_check_button_set_active (renewal, TRUE);
  expected.renewal = 90;
  check_expected (fixture->store, page);
  gtk_spin_button_set_value (days, 30);
  expected.renewal = 30;
  check_expected (fixture->store, page);
  gtk_spin_button_set_value (days, 365);
  expected.renewal = 365;
  check_expected (fixture->store, page);

  /* Filters and the search together; the export gets the same rows. */
  clear_expected (filters);
  expected.segment = csp_account_get_segment (account);
  choose (filters, 0, csp_enum_to_label (CSP_TYPE_SEGMENT, expected.segment));
  csp_accounts_page_set_search_mode (page, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), needle);
  expected.needle = folded;
  check_expected (fixture->store, page);
  ids = csp_accounts_page_dup_filtered_ids (page);
  g_assert_cmpuint (ids->len, ==, g_list_model_get_n_items (csp_accounts_page_get_shown_model (page)));

  csp_accounts_filters_clear (filters);
  expected.segment = -1;
  check_expected (fixture->store, page);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  expected.needle = NULL;
  check_shown (page, is_any, 40);

  csp_test_close_window (GTK_WINDOW (window));
}

/* Sort kept in GSettings */

static GtkColumnView *
page_column_view (CspAccountsPage *page)
{
  return GTK_COLUMN_VIEW (csp_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW, NULL));
}

/* The column whose header says @title. */
static GtkColumnViewColumn *
column_titled (CspAccountsPage *page,
               const char      *title)
{
  GListModel *columns = gtk_column_view_get_columns (page_column_view (page));

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }
  g_assert_not_reached ();
}

static gboolean
shown_sorted_by_health (gpointer data)
{
  GListModel *shown = csp_accounts_page_get_shown_model (data);
  guint n = g_list_model_get_n_items (shown);

  if (n != 40)
    return FALSE;
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(CspAccountSummary) a = g_list_model_get_item (shown, i - 1);
      g_autoptr(CspAccountSummary) b = g_list_model_get_item (shown, i);

      if (csp_account_summary_get_health_score (a) < csp_account_summary_get_health_score (b))
        return FALSE;
    }
  return TRUE;
}

static CspAccountsPage *
show_page (CspStore   *store,
           CspWindow **window)
{
  *window = csp_test_show_window (store);
  return CSP_ACCOUNTS_PAGE (
    csp_test_find_widget (GTK_WIDGET (*window), CSP_TYPE_ACCOUNTS_PAGE, NULL));
}

/* A sort chosen is kept and comes back with a new page. */
static void
test_sort_kept (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = csp_app_settings_new ();
  g_autofree char *column = NULL;
  CspWindow *window;
  CspAccountsPage *page = show_page (fixture->store, &window);

  g_assert_nonnull (settings);
  gtk_column_view_sort_by_column (page_column_view (page), column_titled (page, "Health"),
                                  GTK_SORT_DESCENDING);
  column = g_settings_get_string (settings, "accounts-sort-column");
  g_assert_cmpstr (column, ==, "health");
  g_assert_true (g_settings_get_boolean (settings, "accounts-sort-descending"));
  csp_test_wait_until (shown_sorted_by_health, page);
  csp_test_close_window (GTK_WINDOW (window));

  page = show_page (fixture->store, &window);
  csp_test_wait_until (shown_sorted_by_health, page);

  /* Another column, ascending, is kept just the same. */
  gtk_column_view_sort_by_column (page_column_view (page), column_titled (page, "Renewal"),
                                  GTK_SORT_ASCENDING);
  g_clear_pointer (&column, g_free);
  column = g_settings_get_string (settings, "accounts-sort-column");
  g_assert_cmpstr (column, ==, "renewal");
  g_assert_false (g_settings_get_boolean (settings, "accounts-sort-descending"));
  csp_test_close_window (GTK_WINDOW (window));

  g_settings_reset (settings, "accounts-sort-column");
  g_settings_reset (settings, "accounts-sort-descending");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  csp_test_ui_init ();

  g_test_add_func ("/accounts-table/format", test_format);
  g_test_add_func ("/accounts-table/points-change", test_points_change);
  g_test_add_func ("/accounts-table/sparkline-widget", test_sparkline_widget);
  g_test_add ("/accounts-table/query-matches-account-page", Fixture, NULL, fixture_set_up,
              test_query_matches_account_page, fixture_tear_down);
  g_test_add ("/accounts-table/figures-follow-search", Fixture, NULL, fixture_set_up,
              test_figures_follow_search, fixture_tear_down);
  g_test_add ("/accounts-table/filters/segment-and-clear", Fixture, NULL, fixture_set_up,
              test_filters_segment_and_clear, fixture_tear_down);
  g_test_add ("/accounts-table/filters/no-match-wording", Fixture, NULL, fixture_set_up,
              test_no_match_wording, fixture_tear_down);
  g_test_add ("/accounts-table/filters/each", Fixture, NULL, fixture_set_up,
              test_filters_each, fixture_tear_down);
  g_test_add ("/accounts-table/sort-kept", Fixture, NULL, fixture_set_up,
              test_sort_kept, fixture_tear_down);
  g_test_add ("/accounts-table/filters/archived", Fixture, NULL, fixture_set_up,
              test_filters_archived, fixture_tear_down);
  g_test_add ("/accounts-table/follows-store", Fixture, NULL, big_fixture_set_up,
              test_follows_store, fixture_tear_down);

  return g_test_run ();
}
