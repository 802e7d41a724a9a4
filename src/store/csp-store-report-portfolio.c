/* csp-store-report-portfolio.c: the portfolio section of a report
 *
 * A handful of aggregate queries over the selected accounts at the
 * period's end: counts, health bands, plan progress and ARR per
 * currency, at risk and renewing (see csp-store-report.c for how the
 * selection and the period are bound).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "csp-store-records.h"
#include "csp-store-report.h"
#include "csp-store-report-private.h"

/* The portfolio */

/* The selected customers at the period's end with the score of their
 * nearest snapshot at or before it (NULL without one). */
#define END_CUSTOMERS_CTE \
  "WITH e AS (SELECT a.id, a.currency, a.arr_minor, a.renewal_on," \
  "  (SELECT s.score FROM health_score s WHERE s.id = (SELECT h.id FROM health_snapshot h" \
  "     WHERE h.account_id = a.id AND h.taken_on <= ?3 ORDER BY h.taken_on DESC LIMIT 1))" \
  "   AS score" \
  "  FROM account a WHERE " SELECTED ("a") " AND " CUSTOMER_ON ("a", "?3") ") "

static sqlite3_stmt *
prepare_portfolio (CspStore      *self,
                   const char    *sql,
                   const gint64  *ids,
                   guint          n_ids,
                   const char    *from,
                   const char    *to,
                   GError       **error)
{
  sqlite3_stmt *stmt = _csp_store_prepare (self, sql, error);

  if (stmt != NULL)
    {
      _csp_report_bind_selection (stmt, ids, n_ids);
      _csp_report_bind_period (stmt, from, to);
    }
  return stmt;
}

static gboolean
read_counts (CspStore             *self,
             const gint64         *ids,
             guint                 n_ids,
             const char           *from,
             const char           *to,
             CspPortfolioFigures  *figures,
             GError              **error)
{
  /* Start and end as the CRR formula reads them: start + new − churned = end. */
  static const char sql[] =
    "SELECT sum(coalesce(a.customer_since, '') <= ?2"
    "           AND (a.churned_on IS NULL OR a.churned_on >= ?2)),"
    "  sum(a.customer_since > ?2 AND a.customer_since <= ?3),"
    "  sum(a.churned_on BETWEEN ?2 AND ?3 AND coalesce(a.customer_since, '') <= a.churned_on),"
    "  sum(" CUSTOMER_ON ("a", "?3") ")"
    " FROM account a WHERE " SELECTED ("a");
  sqlite3_stmt *stmt = prepare_portfolio (self, sql, ids, n_ids, from, to, error);

  if (stmt == NULL || !_csp_report_step_one_row (self, stmt, error))
    return FALSE;

  figures->at_start = sqlite3_column_int (stmt, 0);
  figures->new_in_period = sqlite3_column_int (stmt, 1);
  figures->churned = sqlite3_column_int (stmt, 2);
  figures->at_end = sqlite3_column_int (stmt, 3);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
read_bands (CspStore             *self,
            const gint64         *ids,
            guint                 n_ids,
            const char           *from,
            const char           *to,
            CspPortfolioFigures  *figures,
            GError              **error)
{
  static const char sql[] =
    END_CUSTOMERS_CTE
    "SELECT sum(score >= " G_STRINGIFY (CSP_HEALTHY_MIN) "),"
    "  sum(score >= " G_STRINGIFY (CSP_WATCH_MIN) " AND score < " G_STRINGIFY (CSP_HEALTHY_MIN) "),"
    "  sum(score < " G_STRINGIFY (CSP_WATCH_MIN) "), sum(score IS NULL) FROM e";
  sqlite3_stmt *stmt = prepare_portfolio (self, sql, ids, n_ids, from, to, error);

  if (stmt == NULL || !_csp_report_step_one_row (self, stmt, error))
    return FALSE;

  figures->bands[CSP_HEALTH_HEALTHY] = sqlite3_column_int (stmt, 0);
  figures->bands[CSP_HEALTH_WATCH] = sqlite3_column_int (stmt, 1);
  figures->bands[CSP_HEALTH_AT_RISK] = sqlite3_column_int (stmt, 2);
  figures->no_health = sqlite3_column_int (stmt, 3);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
read_plans (CspStore             *self,
            const gint64         *ids,
            guint                 n_ids,
            const char           *from,
            const char           *to,
            CspPortfolioFigures  *figures,
            GError              **error)
{
  static const char sql[] =
    "SELECT (SELECT count(*) FROM account a JOIN success_plan p ON p.account_id = a.id"
    "        WHERE " SELECTED ("a") " AND p.status <> 'cancelled'),"
    "  (SELECT count(*) FROM account a JOIN success_plan p ON p.account_id = a.id"
    "        WHERE " SELECTED ("a") " AND p.status = 'completed'),"
    "  count(*), sum(" DONE_BY_END ")"
    " FROM account a JOIN success_plan p ON p.account_id = a.id"
    " JOIN action_item x ON x.plan_id = p.id"
    " WHERE " SELECTED ("a") " AND p.status <> 'cancelled' AND x.status <> 'cancelled'";
  sqlite3_stmt *stmt = prepare_portfolio (self, sql, ids, n_ids, from, to, error);

  if (stmt == NULL || !_csp_report_step_one_row (self, stmt, error))
    return FALSE;

  figures->plans = sqlite3_column_int (stmt, 0);
  figures->plans_completed = sqlite3_column_int (stmt, 1);
  figures->actions = sqlite3_column_int (stmt, 2);
  figures->actions_done = sqlite3_column_int (stmt, 3);
  sqlite3_reset (stmt);
  return TRUE;
}

static CspCurrencyFigures *
currency_figures (GArray     *currencies,
                  const char *code)
{
  CspCurrencyFigures added = { { 0 }, 0, 0, 0 };

  for (guint i = 0; i < currencies->len; i++)
    {
      CspCurrencyFigures *c = &g_array_index (currencies, CspCurrencyFigures, i);

      if (g_str_equal (c->currency, code))
        return c;
    }

  g_strlcpy (added.currency, code, sizeof added.currency);
  g_array_append_val (currencies, added);
  return &g_array_index (currencies, CspCurrencyFigures, currencies->len - 1);
}

static int
compare_currency (gconstpointer a,
                  gconstpointer b)
{
  return strcmp (((const CspCurrencyFigures *) a)->currency,
                 ((const CspCurrencyFigures *) b)->currency);
}

/* ARR at risk: at-risk health or an open risk at the end, and a renewal
 * within CSP_RENEWAL_HORIZON_DAYS after the last day. Saved ARR counts
 * every selected account, churned or not. Both queries group by
 * currency: amounts in different currencies are never added. */
static gboolean
read_currencies (CspStore             *self,
                 const gint64         *ids,
                 guint                 n_ids,
                 const char           *from,
                 const char           *to,
                 CspPortfolioFigures  *figures,
                 GError              **error)
{
  static const char sql[] =
    END_CUSTOMERS_CTE
    "SELECT currency, sum(arr_minor), sum(iif(renewal_on BETWEEN ?3"
    "   AND date(?3, '+" G_STRINGIFY (CSP_RENEWAL_HORIZON_DAYS) " days')"
    "   AND (score < " G_STRINGIFY (CSP_WATCH_MIN) " OR EXISTS (SELECT 1 FROM risk r"
    "        WHERE r.account_id = e.id AND r.raised_on <= ?3"
    "          AND (r.resolved_on IS NULL OR r.resolved_on > ?3))), arr_minor, 0)), 0"
    " FROM e GROUP BY currency"
    " UNION ALL "
    "SELECT a.currency, 0, 0, sum(r.saved_arr_minor) FROM account a"
    " JOIN risk r ON r.account_id = a.id"
    " WHERE " SELECTED ("a") " AND r.resolved_on BETWEEN ?2 AND ?3"
    "   AND r.saved_arr_minor IS NOT NULL GROUP BY a.currency";
  sqlite3_stmt *stmt = prepare_portfolio (self, sql, ids, n_ids, from, to, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CspCurrencyFigures *c = currency_figures (figures->currencies, _csp_report_column_text (stmt, 0));

      c->arr_minor += sqlite3_column_int64 (stmt, 1);
      c->at_risk_minor += sqlite3_column_int64 (stmt, 2);
      c->saved_minor += sqlite3_column_int64 (stmt, 3);
    }
  g_array_sort (figures->currencies, compare_currency);

  return _csp_report_finish_rows (self, stmt, rc, error);
}

/* The portfolio section of a report: a handful of aggregate queries
 * over the selection, whatever its size. Clear with
 * csp_portfolio_figures_clear(). */
gboolean
csp_store_portfolio_figures (CspStore             *self,
                             const gint64         *ids,
                             guint                 n_ids,
                             const char           *from,
                             const char           *to,
                             CspPortfolioFigures  *figures,
                             GError              **error)
{
  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);

  memset (figures, 0, sizeof *figures);
  figures->currencies = g_array_new (FALSE, TRUE, sizeof (CspCurrencyFigures));

  return read_counts (self, ids, n_ids, from, to, figures, error) &&
         read_bands (self, ids, n_ids, from, to, figures, error) &&
         read_plans (self, ids, n_ids, from, to, figures, error) &&
         read_currencies (self, ids, n_ids, from, to, figures, error);
}

void
csp_portfolio_figures_clear (CspPortfolioFigures *figures)
{
  g_clear_pointer (&figures->currencies, g_array_unref);
}
