/* csp-portfolio-figures.c: the figures above the accounts table
 *
 * Computed from the rows the table shows (CspAccountSummary), so they
 * follow the search. ARR is summed per currency: amounts in different
 * currencies are never added together.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "csp-account.h"
#include "csp-account-summary.h"
#include "csp-health.h"
#include "csp-portfolio-figures.h"

/* Rounded half away from zero, as people round. */
static int
rounded_mean (gint64 sum,
              guint  n)
{
  double mean = (double) sum / n;

  return (int) (mean < 0 ? mean - 0.5 : mean + 0.5);
}

static int
compare_currency (gconstpointer a,
                  gconstpointer b)
{
  return strcmp (((const CspCurrencyTotal *) a)->currency,
                 ((const CspCurrencyTotal *) b)->currency);
}

static void
add_arr (GArray     *totals,
         const char *currency,
         gint64      arr_minor)
{
  CspCurrencyTotal total = { { 0 }, arr_minor };

  for (guint i = 0; i < totals->len; i++)
    if (strcmp (g_array_index (totals, CspCurrencyTotal, i).currency, currency) == 0)
      {
        g_array_index (totals, CspCurrencyTotal, i).arr_minor += arr_minor;
        return;
      }

  g_strlcpy (total.currency, currency, sizeof total.currency);
  g_array_append_val (totals, total);
}

CspPortfolioFigures *
csp_portfolio_figures_new (GListModel *summaries)
{
  CspPortfolioFigures *self = g_new0 (CspPortfolioFigures, 1);
  gint64 score_sum = 0, change_sum = 0;
  guint n_scored = 0;

  self->arr_totals = g_array_new (FALSE, FALSE, sizeof (CspCurrencyTotal));
  self->n_accounts = g_list_model_get_n_items (summaries);
  for (guint i = 0; i < self->n_accounts; i++)
    {
      g_autoptr(CspAccountSummary) summary = g_list_model_get_item (summaries, i);
      const CspAccountFacts *facts = csp_account_summary_get_facts (summary);
      CspAccount *account = csp_account_summary_get_account (summary);

      add_arr (self->arr_totals, csp_account_get_currency (account) ? csp_account_get_currency (account) : "",
               csp_account_get_arr_minor (account));
      if (facts->health_score != CSP_UNSET)
        {
          score_sum += facts->health_score;
          n_scored++;
          self->n_per_band[csp_health_band_for_score (facts->health_score)]++;
        }
      if (facts->has_change)
        {
          change_sum += facts->health_change;
          self->n_with_change++;
        }
      self->n_renewals_90 += facts->renewal_days >= 0 && facts->renewal_days <= 90;
      self->n_overdue_actions += facts->n_overdue_actions;
    }

  g_array_sort (self->arr_totals, compare_currency);
  self->average_health = n_scored > 0 ? rounded_mean (score_sum, n_scored) : CSP_UNSET;
  self->average_change = self->n_with_change > 0 ? rounded_mean (change_sum, self->n_with_change) : 0;
  return self;
}

void
csp_portfolio_figures_free (CspPortfolioFigures *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->arr_totals);
  g_free (self);
}
