/* csp-success-plan.c: a success plan agreed with a customer
 *
 * The plan holds the outcome the customer wants and its dates; its
 * objectives and action items point at it by plan-id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-success-plan.h"
#include "csp-enum-types.h"
#include "csp-model-error.h"

struct _CspSuccessPlan
{
  CspRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CspSuccessPlan, csp_success_plan, CSP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ACCOUNT_ID,
  PROP_TITLE,
  PROP_DESIRED_OUTCOME,
  PROP_STATUS,
  PROP_START_ON,
  PROP_TARGET_ON,
  PROP_COMPLETED_ON,
  PROP_TEMPLATE_KEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
csp_success_plan_validate (CspRecord  *record,
                           GError    **error)
{
  CspSuccessPlan *self = CSP_SUCCESS_PLAN (record);

  return csp_check_required ("title", csp_success_plan_get_title (self), error) &&
         csp_check_date ("start_on", csp_success_plan_get_start_on (self), error) &&
         csp_check_date ("target_on", csp_success_plan_get_target_on (self), error) &&
         csp_check_date ("completed_on", csp_success_plan_get_completed_on (self), error) &&
         csp_check_date_order ("start_on", csp_success_plan_get_start_on (self),
                               "target_on", csp_success_plan_get_target_on (self), error);
}

static void
csp_success_plan_class_init (CspSuccessPlanClass *klass)
{
  CspRecordClass *record_class = CSP_RECORD_CLASS (klass);

  record_class->validate = csp_success_plan_validate;

  properties[PROP_ACCOUNT_ID] = csp_param_int64 ("account-id", 0);
  properties[PROP_TITLE] = csp_param_string ("title", NULL);
  properties[PROP_DESIRED_OUTCOME] = csp_param_string ("desired-outcome", NULL);
  properties[PROP_STATUS] = csp_param_enum ("status", CSP_TYPE_PLAN_STATUS, CSP_PLAN_DRAFT);
  properties[PROP_START_ON] = csp_param_string ("start-on", NULL);
  properties[PROP_TARGET_ON] = csp_param_string ("target-on", NULL);
  properties[PROP_COMPLETED_ON] = csp_param_string ("completed-on", NULL);
  properties[PROP_TEMPLATE_KEY] = csp_param_string ("template-key", NULL);

  csp_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
csp_success_plan_init (CspSuccessPlan *self)
{
}

CspSuccessPlan *
csp_success_plan_new (gint64      account_id,
                      const char *title)
{
  return g_object_new (CSP_TYPE_SUCCESS_PLAN,
                       "account-id", account_id,
                       "title", title,
                       NULL);
}

CSP_RECORD_DEFINE_INT64 (CspSuccessPlan, csp_success_plan, account_id, PROP_ACCOUNT_ID)
CSP_RECORD_DEFINE_STRING (CspSuccessPlan, csp_success_plan, title, PROP_TITLE)
CSP_RECORD_DEFINE_STRING (CspSuccessPlan, csp_success_plan, desired_outcome, PROP_DESIRED_OUTCOME)
CSP_RECORD_DEFINE_ENUM (CspSuccessPlan, csp_success_plan, status, PROP_STATUS, CspPlanStatus)
CSP_RECORD_DEFINE_STRING (CspSuccessPlan, csp_success_plan, start_on, PROP_START_ON)
CSP_RECORD_DEFINE_STRING (CspSuccessPlan, csp_success_plan, target_on, PROP_TARGET_ON)
CSP_RECORD_DEFINE_STRING (CspSuccessPlan, csp_success_plan, completed_on, PROP_COMPLETED_ON)
CSP_RECORD_DEFINE_STRING (CspSuccessPlan, csp_success_plan, template_key, PROP_TEMPLATE_KEY)
