/* csp-account-progress.h: how far along an account's action items are
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "csp-action-summary.h"

G_BEGIN_DECLS

#define CSP_TYPE_ACCOUNT_PROGRESS (csp_account_progress_get_type ())

G_DECLARE_FINAL_TYPE (CspAccountProgress, csp_account_progress, CSP, ACCOUNT_PROGRESS, GObject)

gint64      csp_account_progress_get_account_id   (CspAccountProgress *self);
const char *csp_account_progress_get_account_name (CspAccountProgress *self);
guint       csp_account_progress_get_n_done       (CspAccountProgress *self);
guint       csp_account_progress_get_n_counted    (CspAccountProgress *self);
double      csp_account_progress_get_fraction     (CspAccountProgress *self);

GListModel *csp_account_progress_tally            (CspActionSummary  **summaries,
                                                   guint               n_summaries);

G_END_DECLS
