/* csp-plan-template.c: a reusable shape of success plan
 *
 * The body is a JSON object (objectives and actions with due-date
 * offsets) that the report layer reads with json-glib. The model cannot
 * parse JSON, so it only catches the obvious mistakes; the store's
 * CHECK (json_valid (body)) is the real guard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-plan-template.h"
#include "csp-enum-types.h"
#include "csp-model-error.h"

struct _CspPlanTemplate
{
  CspRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CspPlanTemplate, csp_plan_template, CSP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KEY,
  PROP_NAME,
  PROP_LIFECYCLE_STAGE,
  PROP_DESCRIPTION,
  PROP_BODY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
csp_plan_template_validate (CspRecord  *record,
                            GError    **error)
{
  CspPlanTemplate *self = CSP_PLAN_TEMPLATE (record);

  return csp_check_required ("key", csp_plan_template_get_key (self), error) &&
         csp_check_required ("name", csp_plan_template_get_name (self), error) &&
         csp_check_json_object ("body", csp_plan_template_get_body (self), error);
}

static void
csp_plan_template_class_init (CspPlanTemplateClass *klass)
{
  CspRecordClass *record_class = CSP_RECORD_CLASS (klass);

  record_class->validate = csp_plan_template_validate;

  properties[PROP_KEY] = csp_param_string ("key", NULL);
  properties[PROP_NAME] = csp_param_string ("name", NULL);
  properties[PROP_LIFECYCLE_STAGE] = csp_param_enum ("lifecycle-stage", CSP_TYPE_LIFECYCLE_STAGE,
                                                     CSP_LIFECYCLE_NEW);
  properties[PROP_DESCRIPTION] = csp_param_string ("description", NULL);
  properties[PROP_BODY] = csp_param_string ("body", "{}");

  csp_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
csp_plan_template_init (CspPlanTemplate *self)
{
}

CspPlanTemplate *
csp_plan_template_new (const char *key,
                       const char *name)
{
  return g_object_new (CSP_TYPE_PLAN_TEMPLATE,
                       "key", key,
                       "name", name,
                       NULL);
}

CSP_RECORD_DEFINE_STRING (CspPlanTemplate, csp_plan_template, key, PROP_KEY)
CSP_RECORD_DEFINE_STRING (CspPlanTemplate, csp_plan_template, name, PROP_NAME)
CSP_RECORD_DEFINE_ENUM (CspPlanTemplate, csp_plan_template, lifecycle_stage, PROP_LIFECYCLE_STAGE,
                        CspLifecycleStage)
CSP_RECORD_DEFINE_STRING (CspPlanTemplate, csp_plan_template, description, PROP_DESCRIPTION)
CSP_RECORD_DEFINE_STRING (CspPlanTemplate, csp_plan_template, body, PROP_BODY)
