/* csp-recovery-count.h: how often an action came before a recovery
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CSP_TYPE_RECOVERY_COUNT (csp_recovery_count_get_type ())

G_DECLARE_FINAL_TYPE (CspRecoveryCount, csp_recovery_count, CSP, RECOVERY_COUNT, GObject)

const char *csp_recovery_count_get_title        (CspRecoveryCount *self);
guint       csp_recovery_count_get_n_recoveries (CspRecoveryCount *self);
guint       csp_recovery_count_get_n_accounts   (CspRecoveryCount *self);

GListModel *csp_recovery_count_tally            (GListModel       *recoveries);

G_END_DECLS
