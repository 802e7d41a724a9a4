/* csp-template-xml.h: built-in plan templates, read from XML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-template-spec.h"

G_BEGIN_DECLS

CspTemplateSpec *csp_template_spec_from_xml (const char  *text,
                                             gssize       length,
                                             const char  *file_name,
                                             gboolean     translate,
                                             GError     **error);

G_END_DECLS
