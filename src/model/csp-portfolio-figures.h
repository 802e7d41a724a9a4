/* csp-portfolio-figures.h: the figures above the accounts table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char   currency[4];
  gint64 arr_minor;
} CspCurrencyTotal;

typedef struct
{
  guint   n_accounts;
  GArray *arr_totals;        /* CspCurrencyTotal, by currency code */
  int     average_health;    /* rounded; CSP_UNSET when no account has a score */
  int     average_change;    /* of the accounts with a 30-day change; rounded */
  guint   n_with_change;
  guint   n_per_band[3];     /* by CspHealthBand */
  guint   n_renewals_90;     /* renewal today or within 90 days */
  guint   n_overdue_actions;
} CspPortfolioFigures;

CspPortfolioFigures *csp_portfolio_figures_new  (GListModel          *summaries);
void                 csp_portfolio_figures_free (CspPortfolioFigures *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CspPortfolioFigures, csp_portfolio_figures_free)

G_END_DECLS
