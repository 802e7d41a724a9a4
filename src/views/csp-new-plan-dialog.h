/* csp-new-plan-dialog.h: a new success plan, blank or from a template
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_NEW_PLAN_DIALOG (csp_new_plan_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CspNewPlanDialog, csp_new_plan_dialog, CSP, NEW_PLAN_DIALOG, AdwWindow)

CspNewPlanDialog *csp_new_plan_dialog_new             (GtkWindow        *parent,
                                                       CspStore         *store,
                                                       gint64            account_id,
                                                       GError          **error);
gboolean          csp_new_plan_dialog_select_template (CspNewPlanDialog *self,
                                                       const char       *key);
const char       *csp_new_plan_dialog_get_template_key (CspNewPlanDialog *self);
gboolean          csp_new_plan_dialog_create          (CspNewPlanDialog *self);

G_END_DECLS
