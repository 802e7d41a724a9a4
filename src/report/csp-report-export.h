/* csp-report-export.h: writing a report in a format, to a stream or a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "csp-report.h"

G_BEGIN_DECLS

#define CSP_REPORT_ERROR (csp_report_error_quark ())

typedef enum {
  CSP_REPORT_ERROR_UNSUPPORTED, /* that report has no such format */
} CspReportError;

typedef enum {
  CSP_REPORT_KIND_EBR,
  CSP_REPORT_KIND_EBR_SUMMARY,
  CSP_REPORT_KIND_ACTIONS,
  CSP_REPORT_KIND_HEALTH,
  CSP_REPORT_KIND_ACCOUNTS,
} CspReportKind;

typedef enum {
  CSP_REPORT_FORMAT_JSON,
  CSP_REPORT_FORMAT_CSV,
} CspReportFormat;

/* Called with the number of rows (JSON: accounts) written so far. */
typedef void (*CspReportProgressFunc) (guint    n_rows,
                                       gpointer user_data);

GQuark      csp_report_error_quark       (void);
gboolean    csp_report_kind_from_name    (const char       *name,
                                          CspReportKind    *kind);
const char *csp_report_kind_to_name      (CspReportKind     kind);
gboolean    csp_report_format_from_name  (const char       *name,
                                          CspReportFormat  *format);
const char *csp_report_format_to_name    (CspReportFormat   format);
gboolean    csp_report_check_format      (CspReportKind     kind,
                                          CspReportFormat   format,
                                          GError          **error);
char       *csp_report_suggest_filename  (CspReport        *report,
                                          CspReportKind     kind,
                                          CspReportFormat   format);

gboolean    csp_report_export            (CspReport        *report,
                                          CspStore         *store,
                                          CspReportKind     kind,
                                          CspReportFormat   format,
                                          gboolean          bom,
                                          GOutputStream    *stream,
                                          GCancellable     *cancellable,
                                          GError          **error);
gboolean    csp_report_export_to_file    (CspReport        *report,
                                          CspStore         *store,
                                          CspReportKind     kind,
                                          CspReportFormat   format,
                                          gboolean          bom,
                                          const char       *path,
                                          GCancellable     *cancellable,
                                          GError          **error);
gboolean    csp_report_export_to_file_full (CspReport              *report,
                                            CspStore               *store,
                                            CspReportKind           kind,
                                            CspReportFormat         format,
                                            gboolean                bom,
                                            const char             *path,
                                            CspReportProgressFunc   progress_func,
                                            gpointer                progress_data,
                                            GCancellable           *cancellable,
                                            GError                **error);

G_END_DECLS
