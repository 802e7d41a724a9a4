/* csp-brief-print-layout.h: the brief's blocks placed on pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _CspPrintLayout CspPrintLayout;

CspPrintLayout *csp_print_layout_new         (GtkPrintContext *context,
                                              GPtrArray       *doc,
                                              const char      *header);
int             csp_print_layout_get_n_pages (CspPrintLayout  *self);
void            csp_print_layout_draw_page   (CspPrintLayout  *self,
                                              GtkPrintContext *context,
                                              int              page);
void            csp_print_layout_free        (CspPrintLayout  *self);

G_END_DECLS
