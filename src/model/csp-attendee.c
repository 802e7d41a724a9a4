/* csp-attendee.c: a person at a meeting
 *
 * Either a stakeholder of the account (stakeholder-id) or a person on
 * our side known only by name. The name is kept even for stakeholders,
 * so the meeting record still reads right after the stakeholder is gone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-attendee.h"
#include "csp-enum-types.h"
#include "csp-model-error.h"

struct _CspAttendee
{
  CspRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CspAttendee, csp_attendee, CSP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_MEETING_ID,
  PROP_STAKEHOLDER_ID,
  PROP_NAME,
  PROP_SIDE,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
csp_attendee_validate (CspRecord  *record,
                       GError    **error)
{
  CspAttendee *self = CSP_ATTENDEE (record);

  return csp_check_required ("name", csp_attendee_get_name (self), error);
}

static void
csp_attendee_class_init (CspAttendeeClass *klass)
{
  CspRecordClass *record_class = CSP_RECORD_CLASS (klass);

  record_class->validate = csp_attendee_validate;

  properties[PROP_MEETING_ID] = csp_param_int64 ("meeting-id", 0);
  properties[PROP_STAKEHOLDER_ID] = csp_param_int64 ("stakeholder-id", 0);
  properties[PROP_NAME] = csp_param_string ("name", NULL);
  properties[PROP_SIDE] = csp_param_enum ("side", CSP_TYPE_SIDE, CSP_SIDE_CUSTOMER);
  properties[PROP_ROLE] = csp_param_string ("role", NULL);

  csp_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
csp_attendee_init (CspAttendee *self)
{
}

CspAttendee *
csp_attendee_new (gint64      meeting_id,
                  const char *name)
{
  return g_object_new (CSP_TYPE_ATTENDEE,
                       "meeting-id", meeting_id,
                       "name", name,
                       NULL);
}

CSP_RECORD_DEFINE_INT64 (CspAttendee, csp_attendee, meeting_id, PROP_MEETING_ID)
CSP_RECORD_DEFINE_INT64 (CspAttendee, csp_attendee, stakeholder_id, PROP_STAKEHOLDER_ID)
CSP_RECORD_DEFINE_STRING (CspAttendee, csp_attendee, name, PROP_NAME)
CSP_RECORD_DEFINE_ENUM (CspAttendee, csp_attendee, side, PROP_SIDE, CspSide)
CSP_RECORD_DEFINE_STRING (CspAttendee, csp_attendee, role, PROP_ROLE)
