/* csp-brief-print.h: a meeting brief on paper or in a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "csp-meeting-brief.h"

G_BEGIN_DECLS

#define CSP_TYPE_BRIEF_PRINT (csp_brief_print_get_type ())

G_DECLARE_FINAL_TYPE (CspBriefPrint, csp_brief_print, CSP, BRIEF_PRINT, GtkPrintOperation)

CspBriefPrint *csp_brief_print_new        (CspMeetingBrief  *brief);
gboolean       csp_brief_print_export_pdf (CspMeetingBrief  *brief,
                                           const char       *path,
                                           GError          **error);

G_END_DECLS
