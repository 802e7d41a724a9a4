/* csp-plans-row.h: one line of the Plans page: a heading or an action item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CSP_TYPE_PLANS_ROW (csp_plans_row_get_type ())

G_DECLARE_FINAL_TYPE (CspPlansRow, csp_plans_row, CSP, PLANS_ROW, AdwBin)

GtkWidget *csp_plans_row_new      (void);
void       csp_plans_row_set_item (CspPlansRow *self,
                                   GObject     *item,
                                   const char  *today);
GObject   *csp_plans_row_get_item (CspPlansRow *self);

G_END_DECLS
