/* csp-account.h: a customer account
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-record.h"

G_BEGIN_DECLS

#define CSP_TYPE_ACCOUNT (csp_account_get_type ())

G_DECLARE_FINAL_TYPE (CspAccount, csp_account, CSP, ACCOUNT, CspRecord)

CspAccount        *csp_account_new                (const char        *name);

const char        *csp_account_get_name           (CspAccount        *self);
void               csp_account_set_name           (CspAccount        *self,
                                                   const char        *value);
const char        *csp_account_get_external_id    (CspAccount        *self);
void               csp_account_set_external_id    (CspAccount        *self,
                                                   const char        *value);
CspSegment         csp_account_get_segment        (CspAccount        *self);
void               csp_account_set_segment        (CspAccount        *self,
                                                   CspSegment         value);
CspLifecycleStage  csp_account_get_lifecycle_stage (CspAccount       *self);
void               csp_account_set_lifecycle_stage (CspAccount       *self,
                                                   CspLifecycleStage  value);
const char        *csp_account_get_csm            (CspAccount        *self);
void               csp_account_set_csm            (CspAccount        *self,
                                                   const char        *value);
gint64             csp_account_get_arr_minor      (CspAccount        *self);
void               csp_account_set_arr_minor      (CspAccount        *self,
                                                   gint64             value);
const char        *csp_account_get_currency       (CspAccount        *self);
void               csp_account_set_currency       (CspAccount        *self,
                                                   const char        *value);
const char        *csp_account_get_renewal_on     (CspAccount        *self);
void               csp_account_set_renewal_on     (CspAccount        *self,
                                                   const char        *value);
const char        *csp_account_get_customer_since (CspAccount        *self);
void               csp_account_set_customer_since (CspAccount        *self,
                                                   const char        *value);
const char        *csp_account_get_churned_on     (CspAccount        *self);
void               csp_account_set_churned_on     (CspAccount        *self,
                                                   const char        *value);
const char        *csp_account_get_industry       (CspAccount        *self);
void               csp_account_set_industry       (CspAccount        *self,
                                                   const char        *value);
const char        *csp_account_get_region         (CspAccount        *self);
void               csp_account_set_region         (CspAccount        *self,
                                                   const char        *value);
const char        *csp_account_get_notes          (CspAccount        *self);
void               csp_account_set_notes          (CspAccount        *self,
                                                   const char        *value);
gboolean           csp_account_get_archived       (CspAccount        *self);
void               csp_account_set_archived       (CspAccount        *self,
                                                   gboolean           value);

G_END_DECLS
