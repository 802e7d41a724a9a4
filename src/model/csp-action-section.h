/* csp-action-section.h: the heading of a section of the Plans page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-action-group.h"

G_BEGIN_DECLS

#define CSP_TYPE_ACTION_SECTION (csp_action_section_get_type ())

G_DECLARE_FINAL_TYPE (CspActionSection, csp_action_section, CSP, ACTION_SECTION, GObject)

CspActionSection *csp_action_section_new         (CspActionGroup    group,
                                                  guint             n_items);
CspActionGroup    csp_action_section_get_group   (CspActionSection *self);
guint             csp_action_section_get_n_items (CspActionSection *self);

G_END_DECLS
