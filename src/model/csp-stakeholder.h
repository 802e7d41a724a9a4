/* csp-stakeholder.h: a person on the customer side of an account
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-record.h"

G_BEGIN_DECLS

#define CSP_TYPE_STAKEHOLDER (csp_stakeholder_get_type ())

G_DECLARE_FINAL_TYPE (CspStakeholder, csp_stakeholder, CSP, STAKEHOLDER, CspRecord)

CspStakeholder      *csp_stakeholder_new                   (gint64               account_id,
                                                            const char          *name);
gint64               csp_stakeholder_get_account_id        (CspStakeholder      *self);
void                 csp_stakeholder_set_account_id        (CspStakeholder      *self,
                                                            gint64               value);
const char          *csp_stakeholder_get_name              (CspStakeholder      *self);
void                 csp_stakeholder_set_name              (CspStakeholder      *self,
                                                            const char          *value);
const char          *csp_stakeholder_get_title             (CspStakeholder      *self);
void                 csp_stakeholder_set_title             (CspStakeholder      *self,
                                                            const char          *value);
CspStakeholderLevel  csp_stakeholder_get_level             (CspStakeholder      *self);
void                 csp_stakeholder_set_level             (CspStakeholder      *self,
                                                            CspStakeholderLevel  value);
CspStakeholderRole   csp_stakeholder_get_role              (CspStakeholder      *self);
void                 csp_stakeholder_set_role              (CspStakeholder      *self,
                                                            CspStakeholderRole   value);
CspCounterpart       csp_stakeholder_get_counterpart       (CspStakeholder      *self);
void                 csp_stakeholder_set_counterpart       (CspStakeholder      *self,
                                                            CspCounterpart       value);
const char          *csp_stakeholder_get_email             (CspStakeholder      *self);
void                 csp_stakeholder_set_email             (CspStakeholder      *self,
                                                            const char          *value);
const char          *csp_stakeholder_get_phone             (CspStakeholder      *self);
void                 csp_stakeholder_set_phone             (CspStakeholder      *self,
                                                            const char          *value);
CspChannel           csp_stakeholder_get_preferred_channel (CspStakeholder      *self);
void                 csp_stakeholder_set_preferred_channel (CspStakeholder      *self,
                                                            CspChannel           value);
const char          *csp_stakeholder_get_notes             (CspStakeholder      *self);
void                 csp_stakeholder_set_notes             (CspStakeholder      *self,
                                                            const char          *value);

G_END_DECLS
