/* csp-sparkline.h: a score's recent course in a line the size of a word
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CSP_TYPE_SPARKLINE (csp_sparkline_get_type ())

G_DECLARE_FINAL_TYPE (CspSparkline, csp_sparkline, CSP, SPARKLINE, GtkWidget)

GtkWidget *csp_sparkline_new        (void);
void       csp_sparkline_set_values (CspSparkline *self,
                                     const int    *values,
                                     guint         n_values);
guint      csp_sparkline_get_n_values (CspSparkline *self);

G_END_DECLS
