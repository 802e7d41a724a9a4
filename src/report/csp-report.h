/* csp-report.h: what a report covers, and its figures account by account
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "csp-account-report.h"
#include "csp-period.h"

G_BEGIN_DECLS

#define CSP_TYPE_REPORT (csp_report_get_type ())

G_DECLARE_FINAL_TYPE (CspReport, csp_report, CSP, REPORT, GObject)

typedef gboolean (*CspReportAccountFunc) (CspAccountReport  *account,
                                          gpointer           user_data,
                                          GError           **error);

CspReport  *csp_report_new               (const CspPeriod       *period);
void        csp_report_add_account       (CspReport             *self,
                                          gint64                 account_id);
void        csp_report_set_generated_at  (CspReport             *self,
                                          const char            *timestamp);
const char *csp_report_get_generated_at  (CspReport             *self);
const char *csp_report_get_from          (CspReport             *self);
const char *csp_report_get_to            (CspReport             *self);
const gint64 *csp_report_get_account_ids (CspReport             *self,
                                          guint                 *n_ids);

gboolean    csp_report_foreach_account   (CspReport             *self,
                                          CspStore              *store,
                                          CspReportAccountFunc   func,
                                          gpointer               user_data,
                                          GCancellable          *cancellable,
                                          GError               **error);
gboolean    csp_report_load_portfolio    (CspReport             *self,
                                          CspStore              *store,
                                          CspPortfolioFigures   *figures,
                                          GError               **error);

char       *csp_report_now_text          (void);
char       *csp_report_format_money      (gint64                 minor);
char       *csp_report_format_crr        (const CspPortfolioFigures *figures);

G_END_DECLS
