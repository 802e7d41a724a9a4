/* csp-export-dialog.h: asks what to export, then writes it off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_EXPORT_DIALOG (csp_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CspExportDialog, csp_export_dialog, CSP, EXPORT_DIALOG, AdwWindow)

CspExportDialog *csp_export_dialog_new        (GtkWindow       *parent,
                                               CspStore        *store,
                                               CspAccount      *account);
gboolean         csp_export_dialog_export_to  (CspExportDialog *self,
                                               const char      *path);
gboolean         csp_export_dialog_get_busy   (CspExportDialog *self);
void             csp_export_dialog_set_filter (CspExportDialog *self,
                                               const char      *search_text,
                                               GArray          *ids);

G_END_DECLS
