/* csp-templates-group.h: the user's plan templates, renamed and deleted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_TEMPLATES_GROUP (csp_templates_group_get_type ())

G_DECLARE_FINAL_TYPE (CspTemplatesGroup, csp_templates_group,
                      CSP, TEMPLATES_GROUP, AdwPreferencesGroup)

void     csp_templates_group_set_store (CspTemplatesGroup  *self,
                                        CspStore           *store);
guint    csp_templates_group_get_n_templates (CspTemplatesGroup *self);
gboolean csp_templates_group_delete    (CspTemplatesGroup  *self,
                                        gint64              template_id,
                                        GError            **error);
gboolean csp_templates_group_undo_delete (CspTemplatesGroup *self,
                                          GError           **error);

G_END_DECLS
