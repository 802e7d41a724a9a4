/* csp-sample-portfolio.h: a sample database to explore the app with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "csp-store.h"

G_BEGIN_DECLS

/* Called on the main thread as the sample fills, with 0 … 1. */
typedef void (*CspSampleProgressFunc) (double   fraction,
                                       gpointer user_data);

char     *csp_sample_portfolio_path          (void);
void      csp_sample_portfolio_create_async  (gpointer               source_object,
                                              CspSampleProgressFunc  progress,
                                              GCancellable          *cancellable,
                                              GAsyncReadyCallback    callback,
                                              gpointer               user_data);
CspStore *csp_sample_portfolio_create_finish (GAsyncResult          *result,
                                              GError               **error);

G_END_DECLS
