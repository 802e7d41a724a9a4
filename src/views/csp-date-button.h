/* csp-date-button.h: a day picked from a calendar in a popover
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CSP_TYPE_DATE_BUTTON (csp_date_button_get_type ())

G_DECLARE_FINAL_TYPE (CspDateButton, csp_date_button, CSP, DATE_BUTTON, AdwBin)

GtkWidget  *csp_date_button_new      (void);
const char *csp_date_button_get_date (CspDateButton *self);
void        csp_date_button_set_date (CspDateButton *self,
                                      const char    *date);

G_END_DECLS
