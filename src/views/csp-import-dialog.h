/* csp-import-dialog.h: previews a CSV import, then applies it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_IMPORT_DIALOG (csp_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CspImportDialog, csp_import_dialog, CSP, IMPORT_DIALOG, AdwWindow)

CspImportDialog *csp_import_dialog_new         (GtkWindow       *parent,
                                                CspStore        *store);
void             csp_import_dialog_choose_file (CspImportDialog *self);
void             csp_import_dialog_load        (CspImportDialog *self,
                                                const char      *path);
gboolean         csp_import_dialog_get_busy    (CspImportDialog *self);
gboolean         csp_import_dialog_apply       (CspImportDialog *self);

G_END_DECLS
