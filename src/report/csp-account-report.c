/* csp-account-report.c: one account's figures for a report period
 *
 * Loaded with a few indexed queries of the store and dropped before the
 * next account is read: this is the only per-account memory a report
 * holds, so a report of 20 000 accounts needs no more than one of 10.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-account-report.h"
#include "csp-store-records.h"

/* A risk belongs in the period's report when it was raised by the last
 * day and was not resolved before the first. */
static GPtrArray *
load_risks (CspStore    *store,
            gint64       account_id,
            const char  *from,
            const char  *to,
            GError     **error)
{
  g_autoptr(GListModel) risks = csp_store_list_risks (store, account_id, error);
  g_autoptr(GPtrArray) list = NULL;

  if (risks == NULL)
    return NULL;

  list = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(CspRisk) risk = g_list_model_get_item (risks, i);
      const char *resolved = csp_risk_get_resolved_on (risk);

      if (g_strcmp0 (csp_risk_get_raised_on (risk), to) <= 0 &&
          (resolved == NULL || g_strcmp0 (resolved, from) >= 0))
        g_ptr_array_add (list, g_steal_pointer (&risk));
    }

  return g_steal_pointer (&list);
}

CspAccountReport *
csp_account_report_load (CspStore    *store,
                         CspAccount  *account,
                         const char  *from,
                         const char  *to,
                         GError     **error)
{
  g_autoptr(CspAccountReport) self = g_new0 (CspAccountReport, 1);
  gint64 id = csp_record_get_id (CSP_RECORD (account));

  self->account = g_object_ref (account);
  if (!csp_store_health_at (store, id, from, &self->health_start, error) ||
      !csp_store_health_at (store, id, to, &self->health_end, error) ||
      !(self->trend = csp_store_health_trend (store, id, from, to, error)) ||
      !csp_store_action_figures (store, id, from, to, &self->actions, error) ||
      !csp_store_meeting_figures (store, id, from, to, &self->meetings, error) ||
      !(self->held_meetings = csp_store_held_meetings (store, id, from, to, error)) ||
      !csp_store_risk_figures (store, id, from, to, &self->risks, error) ||
      !(self->risk_list = load_risks (store, id, from, to, error)))
    return NULL;

  return g_steal_pointer (&self);
}

void
csp_account_report_free (CspAccountReport *self)
{
  g_clear_object (&self->account);
  g_clear_pointer (&self->trend, g_array_unref);
  csp_meeting_figures_clear (&self->meetings);
  g_clear_pointer (&self->held_meetings, g_ptr_array_unref);
  g_clear_pointer (&self->risk_list, g_ptr_array_unref);
  g_free (self);
}

/* End minus start; FALSE when either is missing. (A change can be -1,
 * so CSP_UNSET cannot mean "none" here.) */
gboolean
csp_account_report_health_change (const CspAccountReport *self,
                                  int                    *change)
{
  if (self->health_start.score == CSP_UNSET || self->health_end.score == CSP_UNSET)
    return FALSE;

  *change = self->health_end.score - self->health_start.score;
  return TRUE;
}

/* Done by the end among the actions not cancelled, as a whole percent
 * rounded half up; CSP_UNSET when there are none. */
int
csp_account_report_progress_pct (const CspAccountReport *self)
{
  const CspActionFigures *a = &self->actions;

  if (a->total == 0)
    return CSP_UNSET;

  return (int) (((gint64) a->done_by_end * 200 + a->total) / (2 * (gint64) a->total));
}

int
csp_account_report_sum_sides (const int by_side[2])
{
  return by_side[CSP_SIDE_CUSTOMER] + by_side[CSP_SIDE_OURS];
}
