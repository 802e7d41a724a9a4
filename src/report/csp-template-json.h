/* csp-template-json.h: user plan templates, kept as JSON in plan_template
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-model.h"
#include "csp-template-spec.h"

G_BEGIN_DECLS

CspTemplateSpec *csp_template_spec_from_record (CspPlanTemplate  *record,
                                                GError          **error);
char            *csp_template_spec_to_body     (CspTemplateSpec  *spec);

G_END_DECLS
