/* csp-meeting-summary.c: one row of the meetings list
 *
 * A meeting with what the list shows beside it from other tables (the
 * name of its account, how many attendees and decisions it has) and
 * whether it is still to come; the store fills it in one query.
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
  guint       n_attendees;
  guint       n_decisions;
  gboolean    upcoming;
};

G_DEFINE_FINAL_TYPE (CspMeetingSummary, csp_meeting_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MEETING,
  PROP_ACCOUNT_NAME,
  PROP_N_ATTENDEES,
  PROP_N_DECISIONS,
  PROP_UPCOMING,
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
    case PROP_N_ATTENDEES:
      g_value_set_uint (value, self->n_attendees);
      break;
    case PROP_N_DECISIONS:
      g_value_set_uint (value, self->n_decisions);
      break;
    case PROP_UPCOMING:
      g_value_set_boolean (value, self->upcoming);
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
    case PROP_N_ATTENDEES:
      self->n_attendees = g_value_get_uint (value);
      break;
    case PROP_N_DECISIONS:
      self->n_decisions = g_value_get_uint (value);
      break;
    case PROP_UPCOMING:
      self->upcoming = g_value_get_boolean (value);
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
  properties[PROP_N_ATTENDEES] =
    g_param_spec_uint ("n-attendees", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_DECISIONS] =
    g_param_spec_uint ("n-decisions", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /* Not over yet: it ends at or after the time the list was read. */
  properties[PROP_UPCOMING] =
    g_param_spec_boolean ("upcoming", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
csp_meeting_summary_init (CspMeetingSummary *self)
{
}

/* A row with the counts of its attendees and decisions; @upcoming when
 * it has not ended by the time the list was read. */
CspMeetingSummary *
csp_meeting_summary_new_full (CspMeeting *meeting,
                              const char *account_name,
                              guint       n_attendees,
                              guint       n_decisions,
                              gboolean    upcoming)
{
  g_return_val_if_fail (CSP_IS_MEETING (meeting), NULL);

  return g_object_new (CSP_TYPE_MEETING_SUMMARY,
                       "meeting", meeting,
                       "account-name", account_name,
                       "n-attendees", n_attendees,
                       "n-decisions", n_decisions,
                       "upcoming", upcoming,
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

guint
csp_meeting_summary_get_n_attendees (CspMeetingSummary *self)
{
  g_return_val_if_fail (CSP_IS_MEETING_SUMMARY (self), 0);

  return self->n_attendees;
}

guint
csp_meeting_summary_get_n_decisions (CspMeetingSummary *self)
{
  g_return_val_if_fail (CSP_IS_MEETING_SUMMARY (self), 0);

  return self->n_decisions;
}

gboolean
csp_meeting_summary_get_upcoming (CspMeetingSummary *self)
{
  g_return_val_if_fail (CSP_IS_MEETING_SUMMARY (self), FALSE);

  return self->upcoming;
}

/* Held, but with nothing to show for it: no notes (blank ones count as
 * none) and no decisions. What was said is lost unless someone writes
 * it down soon, so the list flags these. */
gboolean
csp_meeting_summary_is_unrecorded (CspMeetingSummary *self)
{
  const char *notes;

  g_return_val_if_fail (CSP_IS_MEETING_SUMMARY (self), FALSE);

  if (csp_meeting_get_status (self->meeting) != CSP_MEETING_HELD || self->n_decisions > 0)
    return FALSE;
  notes = csp_meeting_get_notes (self->meeting);
  if (notes == NULL)
    return TRUE;
  for (; *notes != '\0'; notes = g_utf8_next_char (notes))
    if (!g_unichar_isspace (g_utf8_get_char (notes)))
      return FALSE;
  return TRUE;
}
