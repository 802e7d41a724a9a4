/* csp-store-templates.h: plans made from templates, and templates from plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-store.h"
#include "csp-template-spec.h"

G_BEGIN_DECLS

gboolean         csp_store_add_plan_from_template (CspStore         *self,
                                                   CspSuccessPlan   *plan,
                                                   CspTemplateSpec  *spec,
                                                   GError          **error);
CspTemplateSpec *csp_store_plan_to_template       (CspStore         *self,
                                                   gint64            plan_id,
                                                   const char       *key,
                                                   const char       *name,
                                                   GError          **error);

G_END_DECLS
