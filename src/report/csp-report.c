/* csp-report.c: what a report covers, and its figures account by account
 *
 * A report is a period, a selection of accounts (none chosen: every
 * account that is not archived) and the moment it was made. Writers
 * pull the portfolio figures once, then receive the accounts one at a
 * time through csp_report_foreach_account(), each dropped before the
 * next is loaded: memory does not grow with the portfolio.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "csp-date.h"
#include "csp-report.h"

struct _CspReport
{
  GObject  parent_instance;

  char    *from;
  char    *to;
  GArray  *account_ids;  /* gint64 */
  char    *generated_at;
};

G_DEFINE_FINAL_TYPE (CspReport, csp_report, G_TYPE_OBJECT)

static void
csp_report_finalize (GObject *object)
{
  CspReport *self = CSP_REPORT (object);

  g_free (self->from);
  g_free (self->to);
  g_array_unref (self->account_ids);
  g_free (self->generated_at);

  G_OBJECT_CLASS (csp_report_parent_class)->finalize (object);
}

static void
csp_report_class_init (CspReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = csp_report_finalize;
}

static void
csp_report_init (CspReport *self)
{
  self->account_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->generated_at = csp_report_now_text ();
}

CspReport *
csp_report_new (const CspPeriod *period)
{
  CspReport *self = g_object_new (CSP_TYPE_REPORT, NULL);

  self->from = csp_date_to_text (&period->from);
  self->to = csp_date_to_text (&period->to);
  return self;
}

void
csp_report_add_account (CspReport *self,
                        gint64     account_id)
{
  g_return_if_fail (CSP_IS_REPORT (self));

  g_array_append_val (self->account_ids, account_id);
}

/* The moment the report states it was made (YYYY-MM-DDTHH:MM:SSZ). */
void
csp_report_set_generated_at (CspReport  *self,
                             const char *timestamp)
{
  g_return_if_fail (CSP_IS_REPORT (self));

  g_free (self->generated_at);
  self->generated_at = g_strdup (timestamp);
}

const char *
csp_report_get_generated_at (CspReport *self)
{
  return self->generated_at;
}

const char *
csp_report_get_from (CspReport *self)
{
  return self->from;
}

const char *
csp_report_get_to (CspReport *self)
{
  return self->to;
}

/* The chosen ids; *n_ids is 0 when the report covers every account. */
const gint64 *
csp_report_get_account_ids (CspReport *self,
                            guint     *n_ids)
{
  *n_ids = self->account_ids->len;
  return (const gint64 *) (gpointer) self->account_ids->data;
}

typedef struct
{
  CspReport            *report;
  CspStore             *store;
  CspReportAccountFunc  func;
  gpointer              user_data;
  GCancellable         *cancellable;
} ForeachData;

static gboolean
report_one_account (CspAccount  *account,
                    gpointer     user_data,
                    GError     **error)
{
  ForeachData *data = user_data;
  g_autoptr(CspAccountReport) figures = NULL;

  if (g_cancellable_set_error_if_cancelled (data->cancellable, error))
    return FALSE;

  figures = csp_account_report_load (data->store, account, data->report->from,
                                     data->report->to, error);
  return figures != NULL && data->func (figures, data->user_data, error);
}

/* Calls @func with each selected account's figures, ordered by name;
 * stops at the first error, or with G_IO_ERROR_CANCELLED. */
gboolean
csp_report_foreach_account (CspReport             *self,
                            CspStore              *store,
                            CspReportAccountFunc   func,
                            gpointer               user_data,
                            GCancellable          *cancellable,
                            GError               **error)
{
  ForeachData data = { self, store, func, user_data, cancellable };
  const gint64 *ids;
  guint n_ids;

  g_return_val_if_fail (CSP_IS_REPORT (self), FALSE);
  g_return_val_if_fail (CSP_IS_STORE (store), FALSE);

  ids = csp_report_get_account_ids (self, &n_ids);
  return csp_store_foreach_report_account (store, ids, n_ids, report_one_account, &data, error);
}

gboolean
csp_report_load_portfolio (CspReport            *self,
                           CspStore             *store,
                           CspPortfolioFigures  *figures,
                           GError              **error)
{
  const gint64 *ids;
  guint n_ids;

  g_return_val_if_fail (CSP_IS_REPORT (self), FALSE);

  ids = csp_report_get_account_ids (self, &n_ids);
  return csp_store_portfolio_figures (store, ids, n_ids, self->from, self->to, figures, error);
}

/* Now in UTC, or the time in SOURCE_DATE_EPOCH when it is set, so that
 * the same data gives byte-identical reports (reproducible builds'
 * convention; the golden-file tests rely on it). */
char *
csp_report_now_text (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) now = NULL;
  guint64 seconds;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64 / 2, &seconds, NULL))
    now = g_date_time_new_from_unix_utc ((gint64) seconds);
  if (now == NULL)
    now = g_date_time_new_now_utc ();

  return csp_timestamp_to_text (now);
}

/* Minor units as a decimal in C-locale form: 123450 → "1234.50". Every
 * currency is stored with two minor digits. */
char *
csp_report_format_money (gint64 minor)
{
  guint64 magnitude = minor < 0 ? (guint64) -(minor + 1) + 1 : (guint64) minor;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", minor < 0 ? "-" : "",
                          magnitude / 100, (guint) (magnitude % 100));
}

/* CRR = (customers at end − new customers) / customers at start × 100,
 * with one decimal, rounded half up; NULL without customers at start. */
char *
csp_report_format_crr (const CspPortfolioFigures *figures)
{
  gint64 kept = figures->at_end - figures->new_in_period;
  gint64 tenths;

  if (figures->at_start <= 0)
    return NULL;

  /* Integer arithmetic: exact, and no locale in a decimal point. */
  tenths = (kept * 2000 + figures->at_start) / (2 * (gint64) figures->at_start);
  if (kept < 0)
    tenths = -((-kept * 2000 + figures->at_start) / (2 * (gint64) figures->at_start));
  return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT,
                          tenths < 0 ? "-" : "", ABS (tenths) / 10, ABS (tenths) % 10);
}
