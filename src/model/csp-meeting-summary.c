/* csp-meeting-summary.c: one row of the upcoming meetings list
 *
 * A meeting with the name of its account, which lives in another table;
 * the store fills it in one query.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-meeting.h"
#include "csp-meeting-summary.h"

struct _CspMeetingSummary
{
  GObject     parent_instance;

  CspMeeting *meeting;
  char       *account_name;
};

G_DEFINE_FINAL_TYPE (CspMeetingSummary, csp_meeting_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MEETING,
  PROP_ACCOUNT_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
csp_meeting_summary_dispose (GObject *object)
{
  CspMeetingSummary *self = CSP_MEETING_SUMMARY (object);

  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (csp_meeting_summary_parent_class)->dispose (object);
}

static void
csp_meeting_summary_finalize (GObject *object)
{
  CspMeetingSummary *self = CSP_MEETING_SUMMARY (object);

  g_free (self->account_name);

  G_OBJECT_CLASS (csp_meeting_summary_parent_class)->finalize (object);
}

static void
csp_meeting_summary_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CspMeetingSummary *self = CSP_MEETING_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;
    case PROP_ACCOUNT_NAME:
      g_value_set_string (value, self->account_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_meeting_summary_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CspMeetingSummary *self = CSP_MEETING_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_MEETING:
      self->meeting = g_value_dup_object (value);
      break;
    case PROP_ACCOUNT_NAME:
      self->account_name = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_meeting_summary_class_init (CspMeetingSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = csp_meeting_summary_dispose;
  object_class->finalize = csp_meeting_summary_finalize;
  object_class->get_property = csp_meeting_summary_get_property;
  object_class->set_property = csp_meeting_summary_set_property;

  properties[PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL, CSP_TYPE_MEETING, flags);
  properties[PROP_ACCOUNT_NAME] =
    g_param_spec_string ("account-name", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
csp_meeting_summary_init (CspMeetingSummary *self)
{
}

CspMeetingSummary *
csp_meeting_summary_new (CspMeeting *meeting,
                         const char *account_name)
{
  g_return_val_if_fail (CSP_IS_MEETING (meeting), NULL);

  return g_object_new (CSP_TYPE_MEETING_SUMMARY,
                       "meeting", meeting,
                       "account-name", account_name,
                       NULL);
}

CspMeeting *
csp_meeting_summary_get_meeting (CspMeetingSummary *self)
{
  g_return_val_if_fail (CSP_IS_MEETING_SUMMARY (self), NULL);

  return self->meeting;
}

const char *
csp_meeting_summary_get_account_name (CspMeetingSummary *self)
{
  g_return_val_if_fail (CSP_IS_MEETING_SUMMARY (self), NULL);

  return self->account_name;
}
