/* csp-import-task.h: importing off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-import.h"

G_BEGIN_DECLS

void           csp_import_prepare_async  (CspStore               *store,
                                          CspImportKind           kind,
                                          const char             *path,
                                          GCancellable           *cancellable,
                                          GAsyncReadyCallback     callback,
                                          gpointer                user_data);
CspImportPlan *csp_import_prepare_finish (CspStore               *store,
                                          GAsyncResult           *result,
                                          GError                **error);
void           csp_import_apply_async    (CspStore               *store,
                                          CspImportPlan          *plan,
                                          CspImportProgressFunc   progress,
                                          gpointer                progress_data,
                                          GDestroyNotify          progress_data_free,
                                          GCancellable           *cancellable,
                                          GAsyncReadyCallback     callback,
                                          gpointer                user_data);
gboolean       csp_import_apply_finish   (CspStore               *store,
                                          GAsyncResult           *result,
                                          GError                **error);

G_END_DECLS
