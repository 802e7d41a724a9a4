/* csp-account.c: a customer account
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-account.h"
#include "csp-enum-types.h"
#include "csp-model-error.h"

struct _CspAccount
{
  CspRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CspAccount, csp_account, CSP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_EXTERNAL_ID,
  PROP_SEGMENT,
  PROP_LIFECYCLE_STAGE,
  PROP_CSM,
  PROP_ARR_MINOR,
  PROP_CURRENCY,
  PROP_RENEWAL_ON,
  PROP_CUSTOMER_SINCE,
  PROP_CHURNED_ON,
  PROP_INDUSTRY,
  PROP_REGION,
  PROP_NOTES,
  PROP_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
csp_account_validate (CspRecord  *record,
                      GError    **error)
{
  CspAccount *self = CSP_ACCOUNT (record);

  return csp_check_required ("name", csp_account_get_name (self), error) &&
         csp_check_money ("arr", csp_account_get_arr_minor (self), FALSE, error) &&
         csp_check_currency ("currency", csp_account_get_currency (self), error) &&
         csp_check_date ("renewal_on", csp_account_get_renewal_on (self), error) &&
         csp_check_date ("customer_since", csp_account_get_customer_since (self), error) &&
         csp_check_date ("churned_on", csp_account_get_churned_on (self), error) &&
         csp_check_date_order ("customer_since", csp_account_get_customer_since (self),
                               "churned_on", csp_account_get_churned_on (self), error);
}

static void
csp_account_class_init (CspAccountClass *klass)
{
  CspRecordClass *record_class = CSP_RECORD_CLASS (klass);

  record_class->validate = csp_account_validate;

  properties[PROP_NAME] = csp_param_string ("name", NULL);
  properties[PROP_EXTERNAL_ID] = csp_param_string ("external-id", NULL);
  properties[PROP_SEGMENT] = csp_param_enum ("segment", CSP_TYPE_SEGMENT, CSP_SEGMENT_MID_MARKET);
  properties[PROP_LIFECYCLE_STAGE] = csp_param_enum ("lifecycle-stage", CSP_TYPE_LIFECYCLE_STAGE,
                                                     CSP_LIFECYCLE_NEW);
  properties[PROP_CSM] = csp_param_string ("csm", NULL);
  properties[PROP_ARR_MINOR] = csp_param_int64 ("arr-minor", 0);
  properties[PROP_CURRENCY] = csp_param_string ("currency", "USD");
  properties[PROP_RENEWAL_ON] = csp_param_string ("renewal-on", NULL);
  properties[PROP_CUSTOMER_SINCE] = csp_param_string ("customer-since", NULL);
  properties[PROP_CHURNED_ON] = csp_param_string ("churned-on", NULL);
  properties[PROP_INDUSTRY] = csp_param_string ("industry", NULL);
  properties[PROP_REGION] = csp_param_string ("region", NULL);
  properties[PROP_NOTES] = csp_param_string ("notes", NULL);
  properties[PROP_ARCHIVED] = csp_param_boolean ("archived");

  csp_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
csp_account_init (CspAccount *self)
{
}

CspAccount *
csp_account_new (const char *name)
{
  return g_object_new (CSP_TYPE_ACCOUNT, "name", name, NULL);
}

CSP_RECORD_DEFINE_STRING (CspAccount, csp_account, name, PROP_NAME)
CSP_RECORD_DEFINE_STRING (CspAccount, csp_account, external_id, PROP_EXTERNAL_ID)
CSP_RECORD_DEFINE_ENUM (CspAccount, csp_account, segment, PROP_SEGMENT, CspSegment)
CSP_RECORD_DEFINE_ENUM (CspAccount, csp_account, lifecycle_stage, PROP_LIFECYCLE_STAGE,
                        CspLifecycleStage)
CSP_RECORD_DEFINE_STRING (CspAccount, csp_account, csm, PROP_CSM)
CSP_RECORD_DEFINE_INT64 (CspAccount, csp_account, arr_minor, PROP_ARR_MINOR)
CSP_RECORD_DEFINE_STRING (CspAccount, csp_account, currency, PROP_CURRENCY)
CSP_RECORD_DEFINE_STRING (CspAccount, csp_account, renewal_on, PROP_RENEWAL_ON)
CSP_RECORD_DEFINE_STRING (CspAccount, csp_account, customer_since, PROP_CUSTOMER_SINCE)
CSP_RECORD_DEFINE_STRING (CspAccount, csp_account, churned_on, PROP_CHURNED_ON)
CSP_RECORD_DEFINE_STRING (CspAccount, csp_account, industry, PROP_INDUSTRY)
CSP_RECORD_DEFINE_STRING (CspAccount, csp_account, region, PROP_REGION)
CSP_RECORD_DEFINE_STRING (CspAccount, csp_account, notes, PROP_NOTES)
CSP_RECORD_DEFINE_BOOLEAN (CspAccount, csp_account, archived, PROP_ARCHIVED)
