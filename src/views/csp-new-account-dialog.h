/* csp-new-account-dialog.h: creates an account, or edits one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_NEW_ACCOUNT_DIALOG (csp_new_account_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CspNewAccountDialog, csp_new_account_dialog,
                      CSP, NEW_ACCOUNT_DIALOG, AdwWindow)

CspNewAccountDialog *csp_new_account_dialog_new             (GtkWindow           *parent,
                                                             CspStore            *store);
CspNewAccountDialog *csp_new_account_dialog_new_for_account (GtkWindow           *parent,
                                                             CspStore            *store,
                                                             CspAccount          *account);
gboolean             csp_new_account_dialog_save            (CspNewAccountDialog *self);

G_END_DECLS
