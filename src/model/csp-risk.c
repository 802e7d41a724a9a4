/* csp-risk.c: a churn risk raised on an account
 *
 * Severity uses the same scale as action priority. A resolved risk
 * whose account was saved records the revenue saved (saved-arr-minor,
 * CSP_UNSET when not a save).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-risk.h"
#include "csp-enum-types.h"
#include "csp-model-error.h"

struct _CspRisk
{
  CspRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CspRisk, csp_risk, CSP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ACCOUNT_ID,
  PROP_KIND,
  PROP_SEVERITY,
  PROP_RAISED_ON,
  PROP_RESOLVED_ON,
  PROP_SAVED_ARR_MINOR,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
csp_risk_validate (CspRecord  *record,
                   GError    **error)
{
  CspRisk *self = CSP_RISK (record);

  return csp_check_required_date ("raised_on", csp_risk_get_raised_on (self), error) &&
         csp_check_date ("resolved_on", csp_risk_get_resolved_on (self), error) &&
         csp_check_date_order ("raised_on", csp_risk_get_raised_on (self),
                               "resolved_on", csp_risk_get_resolved_on (self), error) &&
         csp_check_money ("saved_arr", csp_risk_get_saved_arr_minor (self), TRUE, error);
}

static void
csp_risk_class_init (CspRiskClass *klass)
{
  CspRecordClass *record_class = CSP_RECORD_CLASS (klass);

  record_class->validate = csp_risk_validate;

  properties[PROP_ACCOUNT_ID] = csp_param_int64 ("account-id", 0);
  properties[PROP_KIND] = csp_param_enum ("kind", CSP_TYPE_RISK_KIND, CSP_RISK_OTHER);
  properties[PROP_SEVERITY] = csp_param_enum ("severity", CSP_TYPE_PRIORITY,
                                              CSP_PRIORITY_NORMAL);
  properties[PROP_RAISED_ON] = csp_param_string ("raised-on", NULL);
  properties[PROP_RESOLVED_ON] = csp_param_string ("resolved-on", NULL);
  properties[PROP_SAVED_ARR_MINOR] = csp_param_int64 ("saved-arr-minor", CSP_UNSET);
  properties[PROP_NOTES] = csp_param_string ("notes", NULL);

  csp_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
csp_risk_init (CspRisk *self)
{
}

CspRisk *
csp_risk_new (gint64       account_id,
              CspRiskKind  kind,
              const char  *raised_on)
{
  return g_object_new (CSP_TYPE_RISK,
                       "account-id", account_id,
                       "kind", kind,
                       "raised-on", raised_on,
                       NULL);
}

CSP_RECORD_DEFINE_INT64 (CspRisk, csp_risk, account_id, PROP_ACCOUNT_ID)
CSP_RECORD_DEFINE_ENUM (CspRisk, csp_risk, kind, PROP_KIND, CspRiskKind)
CSP_RECORD_DEFINE_ENUM (CspRisk, csp_risk, severity, PROP_SEVERITY, CspPriority)
CSP_RECORD_DEFINE_STRING (CspRisk, csp_risk, raised_on, PROP_RAISED_ON)
CSP_RECORD_DEFINE_STRING (CspRisk, csp_risk, resolved_on, PROP_RESOLVED_ON)
CSP_RECORD_DEFINE_INT64 (CspRisk, csp_risk, saved_arr_minor, PROP_SAVED_ARR_MINOR)
CSP_RECORD_DEFINE_STRING (CspRisk, csp_risk, notes, PROP_NOTES)
