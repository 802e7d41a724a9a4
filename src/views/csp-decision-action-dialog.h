/* csp-decision-action-dialog.h: turns a meeting's decision into an action item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_DECISION_ACTION_DIALOG (csp_decision_action_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CspDecisionActionDialog, csp_decision_action_dialog,
                      CSP, DECISION_ACTION_DIALOG, AdwWindow)

CspDecisionActionDialog *csp_decision_action_dialog_new    (GtkWindow               *parent,
                                                            CspStore                *store,
                                                            CspAccount              *account,
                                                            CspDecision             *decision);
gboolean                 csp_decision_action_dialog_create (CspDecisionActionDialog *self);

G_END_DECLS
