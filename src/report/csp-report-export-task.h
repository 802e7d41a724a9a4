/* csp-report-export-task.h: exporting a report off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-report-export.h"

G_BEGIN_DECLS

void     csp_report_export_async  (CspStore               *store,
                                   CspReport              *report,
                                   CspReportKind           kind,
                                   CspReportFormat         format,
                                   gboolean                bom,
                                   const char             *path,
                                   CspReportProgressFunc   progress,
                                   gpointer                progress_data,
                                   GDestroyNotify          progress_data_free,
                                   GCancellable           *cancellable,
                                   GAsyncReadyCallback     callback,
                                   gpointer                user_data);
gboolean csp_report_export_finish (CspStore               *store,
                                   GAsyncResult           *result,
                                   GError                **error);

G_END_DECLS
