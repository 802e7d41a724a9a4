/* csp-new-account-dialog.h: asks for the first facts of a new account
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

CspNewAccountDialog *csp_new_account_dialog_new    (GtkWindow           *parent,
                                                    CspStore            *store);
gboolean             csp_new_account_dialog_create (CspNewAccountDialog *self);

G_END_DECLS
