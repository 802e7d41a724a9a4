/* csp-template-name-dialog.h: names a new template, or renames one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_TEMPLATE_NAME_DIALOG (csp_template_name_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CspTemplateNameDialog, csp_template_name_dialog,
                      CSP, TEMPLATE_NAME_DIALOG, AdwMessageDialog)

CspTemplateNameDialog *csp_template_name_dialog_new_for_plan     (GtkWindow             *parent,
                                                                  CspStore              *store,
                                                                  gint64                 plan_id,
                                                                  GError               **error);
CspTemplateNameDialog *csp_template_name_dialog_new_for_template (GtkWindow             *parent,
                                                                  CspStore              *store,
                                                                  CspPlanTemplate       *record);
GtkEditable           *csp_template_name_dialog_get_entry        (CspTemplateNameDialog *self);

G_END_DECLS
