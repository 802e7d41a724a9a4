/* csp-template-library.h: the built-in and the user's plan templates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-store.h"
#include "csp-template-spec.h"

G_BEGIN_DECLS

GStrv            csp_template_library_builtin_files (void);
CspTemplateSpec *csp_template_library_read_builtin  (const char  *file_name,
                                                     gboolean     translate,
                                                     GError     **error);
GPtrArray       *csp_template_library_list_builtin  (GError     **error);
GPtrArray       *csp_template_library_list_user     (CspStore    *store,
                                                     GError     **error);
CspTemplateSpec *csp_template_library_lookup        (CspStore    *store,
                                                     const char  *key,
                                                     GError     **error);
CspPlanTemplate *csp_template_library_save_plan     (CspStore    *store,
                                                     gint64       plan_id,
                                                     const char  *name,
                                                     GError     **error);

G_END_DECLS
