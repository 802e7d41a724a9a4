/* csp-meeting.c: a meeting with a customer
 *
 * The time is stored in UTC (scheduled-at, YYYY-MM-DDTHH:MM:SSZ); views
 * show it in local time. Attendees and decisions are rows of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-meeting.h"
#include "csp-enum-types.h"
#include "csp-model-error.h"

struct _CspMeeting
{
  CspRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CspMeeting, csp_meeting, CSP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ACCOUNT_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_SCHEDULED_AT,
  PROP_DURATION_MINUTES,
  PROP_CHANNEL,
  PROP_STATUS,
  PROP_AGENDA,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
csp_meeting_validate (CspRecord  *record,
                      GError    **error)
{
  CspMeeting *self = CSP_MEETING (record);

  return csp_check_required ("title", csp_meeting_get_title (self), error) &&
         csp_check_required ("scheduled_at", csp_meeting_get_scheduled_at (self), error) &&
         csp_check_timestamp ("scheduled_at", csp_meeting_get_scheduled_at (self), error) &&
         csp_check_positive ("duration_minutes", csp_meeting_get_duration_minutes (self), error);
}

static void
csp_meeting_class_init (CspMeetingClass *klass)
{
  CspRecordClass *record_class = CSP_RECORD_CLASS (klass);

  record_class->validate = csp_meeting_validate;

  properties[PROP_ACCOUNT_ID] = csp_param_int64 ("account-id", 0);
  properties[PROP_KIND] = csp_param_enum ("kind", CSP_TYPE_MEETING_KIND, CSP_MEETING_CHECK_IN);
  properties[PROP_TITLE] = csp_param_string ("title", NULL);
  properties[PROP_SCHEDULED_AT] = csp_param_string ("scheduled-at", NULL);
  properties[PROP_DURATION_MINUTES] = csp_param_int ("duration-minutes", 60);
  properties[PROP_CHANNEL] = csp_param_enum ("channel", CSP_TYPE_MEETING_CHANNEL,
                                             CSP_MEETING_CHANNEL_VIDEO);
  properties[PROP_STATUS] = csp_param_enum ("status", CSP_TYPE_MEETING_STATUS,
                                            CSP_MEETING_PLANNED);
  properties[PROP_AGENDA] = csp_param_string ("agenda", NULL);
  properties[PROP_NOTES] = csp_param_string ("notes", NULL);

  csp_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
csp_meeting_init (CspMeeting *self)
{
}

CspMeeting *
csp_meeting_new (gint64      account_id,
                 const char *title,
                 const char *scheduled_at)
{
  return g_object_new (CSP_TYPE_MEETING,
                       "account-id", account_id,
                       "title", title,
                       "scheduled-at", scheduled_at,
                       NULL);
}

CSP_RECORD_DEFINE_INT64 (CspMeeting, csp_meeting, account_id, PROP_ACCOUNT_ID)
CSP_RECORD_DEFINE_ENUM (CspMeeting, csp_meeting, kind, PROP_KIND, CspMeetingKind)
CSP_RECORD_DEFINE_STRING (CspMeeting, csp_meeting, title, PROP_TITLE)
CSP_RECORD_DEFINE_STRING (CspMeeting, csp_meeting, scheduled_at, PROP_SCHEDULED_AT)
CSP_RECORD_DEFINE_INT (CspMeeting, csp_meeting, duration_minutes, PROP_DURATION_MINUTES)
CSP_RECORD_DEFINE_ENUM (CspMeeting, csp_meeting, channel, PROP_CHANNEL, CspMeetingChannel)
CSP_RECORD_DEFINE_ENUM (CspMeeting, csp_meeting, status, PROP_STATUS, CspMeetingStatus)
CSP_RECORD_DEFINE_STRING (CspMeeting, csp_meeting, agenda, PROP_AGENDA)
CSP_RECORD_DEFINE_STRING (CspMeeting, csp_meeting, notes, PROP_NOTES)
