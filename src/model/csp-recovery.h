/* csp-recovery.h: an account's health recovering, and what came before
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "csp-enums.h"
#include "csp-model-types.h"

G_BEGIN_DECLS

#define CSP_TYPE_RECOVERY (csp_recovery_get_type ())

G_DECLARE_FINAL_TYPE (CspRecovery, csp_recovery, CSP, RECOVERY, GObject)

/* How far back from the recovering snapshot an action counts. */
#define CSP_RECOVERY_WINDOW_DAYS 60

CspRecovery   *csp_recovery_new              (gint64         account_id,
                                              const char    *account_name,
                                              CspHealthBand  from_band,
                                              const char    *previous_on,
                                              const char    *recovered_on);
void           csp_recovery_add_action       (CspRecovery   *self,
                                              CspActionItem *action);
gint64         csp_recovery_get_account_id   (CspRecovery   *self);
const char    *csp_recovery_get_account_name (CspRecovery   *self);
CspHealthBand  csp_recovery_get_from_band    (CspRecovery   *self);
const char    *csp_recovery_get_previous_on  (CspRecovery   *self);
const char    *csp_recovery_get_recovered_on (CspRecovery   *self);
GListModel    *csp_recovery_get_actions      (CspRecovery   *self);

G_END_DECLS
