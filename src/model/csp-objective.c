/* csp-objective.c: a measurable outcome of a success plan
 *
 * Metric, baseline, target and current value are free text on purpose:
 * "40 % weekly active", "2 of 5 teams" and "¥1.2M" are all real metrics.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-objective.h"
#include "csp-enum-types.h"
#include "csp-model-error.h"

struct _CspObjective
{
  CspRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CspObjective, csp_objective, CSP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PLAN_ID,
  PROP_POSITION,
  PROP_TITLE,
  PROP_METRIC,
  PROP_BASELINE,
  PROP_TARGET,
  PROP_CURRENT,
  PROP_DUE_ON,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
csp_objective_validate (CspRecord  *record,
                        GError    **error)
{
  CspObjective *self = CSP_OBJECTIVE (record);

  return csp_check_required ("title", csp_objective_get_title (self), error) &&
         csp_check_non_negative ("position", csp_objective_get_position (self), error) &&
         csp_check_date ("due_on", csp_objective_get_due_on (self), error);
}

static void
csp_objective_class_init (CspObjectiveClass *klass)
{
  CspRecordClass *record_class = CSP_RECORD_CLASS (klass);

  record_class->validate = csp_objective_validate;

  properties[PROP_PLAN_ID] = csp_param_int64 ("plan-id", 0);
  properties[PROP_POSITION] = csp_param_int ("position", 0);
  properties[PROP_TITLE] = csp_param_string ("title", NULL);
  properties[PROP_METRIC] = csp_param_string ("metric", NULL);
  properties[PROP_BASELINE] = csp_param_string ("baseline", NULL);
  properties[PROP_TARGET] = csp_param_string ("target", NULL);
  properties[PROP_CURRENT] = csp_param_string ("current", NULL);
  properties[PROP_DUE_ON] = csp_param_string ("due-on", NULL);
  properties[PROP_STATUS] = csp_param_enum ("status", CSP_TYPE_OBJECTIVE_STATUS,
                                            CSP_OBJECTIVE_NOT_STARTED);

  csp_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
csp_objective_init (CspObjective *self)
{
}

CspObjective *
csp_objective_new (gint64      plan_id,
                   const char *title)
{
  return g_object_new (CSP_TYPE_OBJECTIVE,
                       "plan-id", plan_id,
                       "title", title,
                       NULL);
}

CSP_RECORD_DEFINE_INT64 (CspObjective, csp_objective, plan_id, PROP_PLAN_ID)
CSP_RECORD_DEFINE_INT (CspObjective, csp_objective, position, PROP_POSITION)
CSP_RECORD_DEFINE_STRING (CspObjective, csp_objective, title, PROP_TITLE)
CSP_RECORD_DEFINE_STRING (CspObjective, csp_objective, metric, PROP_METRIC)
CSP_RECORD_DEFINE_STRING (CspObjective, csp_objective, baseline, PROP_BASELINE)
CSP_RECORD_DEFINE_STRING (CspObjective, csp_objective, target, PROP_TARGET)
CSP_RECORD_DEFINE_STRING (CspObjective, csp_objective, current, PROP_CURRENT)
CSP_RECORD_DEFINE_STRING (CspObjective, csp_objective, due_on, PROP_DUE_ON)
CSP_RECORD_DEFINE_ENUM (CspObjective, csp_objective, status, PROP_STATUS, CspObjectiveStatus)
