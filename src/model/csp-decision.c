/* csp-decision.c: a decision taken in a meeting
 *
 * A decision may have been turned into an action item (action-id); the
 * decision stays when that action is deleted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-decision.h"
#include "csp-enum-types.h"
#include "csp-model-error.h"

struct _CspDecision
{
  CspRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CspDecision, csp_decision, CSP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_MEETING_ID,
  PROP_ACTION_ID,
  PROP_POSITION,
  PROP_BODY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
csp_decision_validate (CspRecord  *record,
                       GError    **error)
{
  CspDecision *self = CSP_DECISION (record);

  return csp_check_required ("body", csp_decision_get_body (self), error) &&
         csp_check_non_negative ("position", csp_decision_get_position (self), error);
}

static void
csp_decision_class_init (CspDecisionClass *klass)
{
  CspRecordClass *record_class = CSP_RECORD_CLASS (klass);

  record_class->validate = csp_decision_validate;

  properties[PROP_MEETING_ID] = csp_param_int64 ("meeting-id", 0);
  properties[PROP_ACTION_ID] = csp_param_int64 ("action-id", 0);
  properties[PROP_POSITION] = csp_param_int ("position", 0);
  properties[PROP_BODY] = csp_param_string ("body", NULL);

  csp_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
csp_decision_init (CspDecision *self)
{
}

CspDecision *
csp_decision_new (gint64      meeting_id,
                  const char *body)
{
  return g_object_new (CSP_TYPE_DECISION,
                       "meeting-id", meeting_id,
                       "body", body,
                       NULL);
}

CSP_RECORD_DEFINE_INT64 (CspDecision, csp_decision, meeting_id, PROP_MEETING_ID)
CSP_RECORD_DEFINE_INT64 (CspDecision, csp_decision, action_id, PROP_ACTION_ID)
CSP_RECORD_DEFINE_INT (CspDecision, csp_decision, position, PROP_POSITION)
CSP_RECORD_DEFINE_STRING (CspDecision, csp_decision, body, PROP_BODY)
