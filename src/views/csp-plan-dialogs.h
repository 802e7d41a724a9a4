/* csp-plan-dialogs.h: the plan page's forms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-account-dialogs.h"

G_BEGIN_DECLS

AdwMessageDialog *csp_plan_dialog_present      (GtkWidget      *parent,
                                                CspSuccessPlan *plan,
                                                CspRecordReady  ready,
                                                gpointer        user_data);
AdwMessageDialog *csp_objective_dialog_present (GtkWidget      *parent,
                                                gint64          plan_id,
                                                CspObjective   *existing,
                                                CspRecordReady  ready,
                                                gpointer        user_data);
AdwMessageDialog *csp_action_dialog_present    (GtkWidget      *parent,
                                                gint64          plan_id,
                                                CspActionItem  *existing,
                                                GListModel     *objectives,
                                                const char     *today,
                                                CspRecordReady  ready,
                                                gpointer        user_data);

G_END_DECLS
