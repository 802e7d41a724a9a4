/* csp-plan-rows.h: the rows and texts of the plan page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-model.h"
#include "csp-objective-progress.h"

G_BEGIN_DECLS

GtkWidget  *csp_plan_objective_row   (CspObjective      *objective,
                                      const CspProgress *progress,
                                      gboolean           compact);
GtkWidget  *csp_plan_action_row      (CspActionItem     *action,
                                      GListModel        *objectives,
                                      const char        *meeting_title,
                                      const char        *today,
                                      gboolean           compact);
CspRecord  *csp_plan_row_get_record  (GtkWidget         *row);
char       *csp_plan_progress_text   (const CspProgress *progress);
const char *csp_plan_progress_rule   (CspProgressBasis   basis);
GtkWidget  *csp_plan_progress_bar    (const CspProgress *progress);
gboolean    csp_plan_action_overdue  (CspActionItem     *action,
                                      const char        *today);

G_END_DECLS
