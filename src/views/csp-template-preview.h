/* csp-template-preview.h: what a plan template will create
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-template-spec.h"

G_BEGIN_DECLS

#define CSP_TYPE_TEMPLATE_PREVIEW (csp_template_preview_get_type ())

G_DECLARE_FINAL_TYPE (CspTemplatePreview, csp_template_preview,
                      CSP, TEMPLATE_PREVIEW, AdwPreferencesGroup)

GtkWidget *csp_template_preview_new       (void);
void       csp_template_preview_show      (CspTemplatePreview *self,
                                           CspTemplateSpec    *spec,
                                           const char         *start);
guint      csp_template_preview_get_n_rows (CspTemplatePreview *self);

G_END_DECLS
