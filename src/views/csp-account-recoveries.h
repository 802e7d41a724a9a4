/* csp-account-recoveries.h: the account page's "What Came Before Recoveries"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_ACCOUNT_RECOVERIES (csp_account_recoveries_get_type ())

G_DECLARE_FINAL_TYPE (CspAccountRecoveries, csp_account_recoveries, CSP, ACCOUNT_RECOVERIES,
                      AdwPreferencesGroup)

void        csp_account_recoveries_load        (CspAccountRecoveries *self,
                                                CspStore             *store,
                                                gint64                account_id);
gboolean    csp_account_recoveries_get_loading (CspAccountRecoveries *self);
GListModel *csp_account_recoveries_get_model   (CspAccountRecoveries *self);

G_END_DECLS
