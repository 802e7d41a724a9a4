/* csp-plans-progress.h: progress per account above the Plans page's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CSP_TYPE_PLANS_PROGRESS (csp_plans_progress_get_type ())

G_DECLARE_FINAL_TYPE (CspPlansProgress, csp_plans_progress, CSP, PLANS_PROGRESS, AdwBin)

void        csp_plans_progress_set_accounts (CspPlansProgress *self,
                                             GListModel       *accounts);
GListModel *csp_plans_progress_get_accounts (CspPlansProgress *self);

G_END_DECLS
