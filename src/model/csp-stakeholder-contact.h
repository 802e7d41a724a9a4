/* csp-stakeholder-contact.h: a stakeholder and when we last met them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "csp-model-types.h"

G_BEGIN_DECLS

/* Holes in an account's stakeholder map. */
typedef enum {
  CSP_COVERAGE_NO_EXECUTIVE     = 1 << 0,
  CSP_COVERAGE_NO_CHAMPION      = 1 << 1,
  CSP_COVERAGE_EXECUTIVE_UNMET  = 1 << 2, /* no executive met in the last 12 months */
} CspCoverageGaps;

#define CSP_TYPE_STAKEHOLDER_CONTACT (csp_stakeholder_contact_get_type ())

G_DECLARE_FINAL_TYPE (CspStakeholderContact, csp_stakeholder_contact, CSP, STAKEHOLDER_CONTACT, GObject)

CspStakeholderContact *csp_stakeholder_contact_new              (CspStakeholder        *stakeholder,
                                                                 const char            *last_contact);
CspStakeholder        *csp_stakeholder_contact_get_stakeholder  (CspStakeholderContact *self);
const char            *csp_stakeholder_contact_get_last_contact (CspStakeholderContact *self);

CspCoverageGaps        csp_stakeholder_coverage_gaps            (GListModel            *contacts,
                                                                 const char            *today);

G_END_DECLS
