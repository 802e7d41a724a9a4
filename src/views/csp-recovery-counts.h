/* csp-recovery-counts.h: the Plans page's "Actions Before Recoveries"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_RECOVERY_COUNTS (csp_recovery_counts_get_type ())

G_DECLARE_FINAL_TYPE (CspRecoveryCounts, csp_recovery_counts, CSP, RECOVERY_COUNTS, AdwBin)

void        csp_recovery_counts_load        (CspRecoveryCounts *self,
                                             CspStore          *store);
gboolean    csp_recovery_counts_get_loading (CspRecoveryCounts *self);
GListModel *csp_recovery_counts_get_counts  (CspRecoveryCounts *self);

G_END_DECLS
