/* csp-demo-meetings.c: meetings of a sample account
 *
 * Meetings: held ones over the last year (with attendees, notes and
 * decisions), a few cancelled, and planned ones in the coming weeks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-demo-private.h"

static gboolean
add_attendee (Demo        *demo,
              gint64       meeting_id,
              gint64       stakeholder_id,
              const char  *name,
              CspSide      side,
              const char  *role,
              GError     **error)
{
  g_autoptr(CspAttendee) attendee = g_object_new (CSP_TYPE_ATTENDEE, NULL);

  csp_attendee_set_meeting_id (attendee, meeting_id);
  csp_attendee_set_stakeholder_id (attendee, stakeholder_id);
  csp_attendee_set_name (attendee, name);
  csp_attendee_set_side (attendee, side);
  csp_attendee_set_role (attendee, role);

  return csp_store_add_attendee (demo->store, attendee, error);
}

/* Whether a stakeholder at @level joins a meeting of @kind; @taken
 * counts who already joins, by level. */
static gboolean
joins_meeting (Demo                *demo,
               CspMeetingKind       kind,
               CspStakeholderLevel  level,
               guint                taken[3])
{
  gboolean senior = kind != CSP_MEETING_CHECK_IN;

  switch (level)
    {
    case CSP_LEVEL_EXECUTIVE:
      return senior && taken[level] < 1;
    case CSP_LEVEL_PROJECT_LEAD:
      return taken[level] < (kind == CSP_MEETING_KICKOFF ? 2u : 1u);
    case CSP_LEVEL_MEMBER:
    default:
      return (kind == CSP_MEETING_KICKOFF || kind == CSP_MEETING_CHECK_IN) &&
             taken[level] < 1 && chance (demo, 0.4);
    }
}

static gboolean
add_customer_attendees (Demo            *demo,
                        Sample          *sample,
                        gint64           meeting_id,
                        CspMeetingKind   kind,
                        GError         **error)
{
  guint taken[3] = { 0, 0, 0 };
  guint n_added = 0;

  for (guint i = 0; i < sample->people->len; i++)
    {
      const Person *person = &g_array_index (sample->people, Person, i);

      if (!joins_meeting (demo, kind, person->level, taken))
        continue;
      taken[person->level]++;
      n_added++;
      if (!add_attendee (demo, meeting_id, person->id, person->name, CSP_SIDE_CUSTOMER,
                         person->title, error))
        return FALSE;
    }

  if (n_added == 0)
    {
      const Person *person = &g_array_index (sample->people, Person, 0);

      return add_attendee (demo, meeting_id, person->id, person->name, CSP_SIDE_CUSTOMER,
                           person->title, error);
    }

  return TRUE;
}

static gboolean
add_our_attendees (Demo            *demo,
                   Sample          *sample,
                   gint64           meeting_id,
                   CspMeetingKind   kind,
                   GError         **error)
{
  const CspDemoText *roles = csp_demo_colleague_roles;
  gboolean senior = kind == CSP_MEETING_EBR || kind == CSP_MEETING_STRATEGY ||
                    kind == CSP_MEETING_ESCALATION;
  gboolean support = kind == CSP_MEETING_ESCALATION || kind == CSP_MEETING_KICKOFF ||
                     (kind == CSP_MEETING_CHECK_IN && chance (demo, 0.25));

  if (!add_attendee (demo, meeting_id, 0, sample->csm, CSP_SIDE_OURS,
                     text (&roles[CSP_COUNTERPART_ACCOUNT_MANAGER], sample->lang), error))
    return FALSE;

  if (senior &&
      !add_attendee (demo, meeting_id, 0,
                     pick_colleague (demo, sample->lang, CSP_COUNTERPART_EXECUTIVE_SPONSOR),
                     CSP_SIDE_OURS, text (&roles[CSP_COUNTERPART_EXECUTIVE_SPONSOR], sample->lang),
                     error))
    return FALSE;

  return !support ||
         add_attendee (demo, meeting_id, 0,
                       pick_colleague (demo, sample->lang, CSP_COUNTERPART_SUPPORT_TEAM),
                       CSP_SIDE_OURS, text (&roles[CSP_COUNTERPART_SUPPORT_TEAM], sample->lang),
                       error);
}

gboolean
_csp_demo_add_decision (Demo        *demo,
                        HeldMeeting *meeting,
                        gint64       action_id,
                        const char  *body,
                        GError     **error)
{
  g_autoptr(CspDecision) decision = g_object_new (CSP_TYPE_DECISION, NULL);

  csp_decision_set_meeting_id (decision, meeting->id);
  csp_decision_set_action_id (decision, action_id);
  csp_decision_set_position (decision, meeting->n_decisions++);
  csp_decision_set_body (decision, body);

  return csp_store_add_decision (demo->store, decision, error);
}

static gboolean
add_decisions (Demo         *demo,
               Sample       *sample,
               HeldMeeting  *meeting,
               GError      **error)
{
  int n = rand_int (demo, 1, 2);
  guint first = pick (demo, csp_demo_n_decisions);

  for (int i = 0; i < n; i++)
    {
      const CspDemoText *body = &csp_demo_decisions[(first + (guint) i) % csp_demo_n_decisions];

      if (!_csp_demo_add_decision (demo, meeting, 0, text (body, sample->lang), error))
        return FALSE;
    }

  return TRUE;
}

static char *
meeting_title (CspMeetingKind   kind,
               guint32          day,
               CspDemoLanguage  lang)
{
  const char *title = text (&csp_demo_meeting_titles[kind], lang);
  GDate date;

  if (kind != CSP_MEETING_EBR)
    return g_strdup (title);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_strdup_printf ("%s · Q%d %u", title, (g_date_get_month (&date) + 2) / 3,
                          (guint) g_date_get_year (&date));
}

static char *
meeting_notes (Demo   *demo,
               Sample *sample)
{
  guint first = pick (demo, csp_demo_n_meeting_notes);
  guint second = (first + 1 + pick (demo, csp_demo_n_meeting_notes - 1)) % csp_demo_n_meeting_notes;

  return g_strconcat (text (&csp_demo_meeting_notes[first], sample->lang),
                      sample->lang == CSP_DEMO_ZH ? "" : " ",
                      text (&csp_demo_meeting_notes[second], sample->lang), NULL);
}

/* Working hours of the account's time zone, in UTC. */
static void
meeting_time (Demo     *demo,
              Sample   *sample,
              guint32   day,
              TimeText  out)
{
  int hour = g_str_equal (sample->currency, "CNY") ? rand_int (demo, 1, 8)
           : g_str_equal (sample->currency, "EUR") ? rand_int (demo, 7, 15)
           : rand_int (demo, 14, 21);
  DayText date;

  format_day (day, date);
  g_snprintf (out, sizeof (TimeText), "%sT%02d:%s:00Z", date, hour, chance (demo, 0.3) ? "30" : "00");
}

static CspMeetingChannel
meeting_channel (Demo   *demo,
                 Sample *sample)
{
  /* in_person, video, phone, wechat, dingtalk, other */
  static const int weights[CSP_DEMO_N_LANGUAGES][6] = {
    [CSP_DEMO_EN] = { 20, 65, 12, 0, 0, 3 },
    [CSP_DEMO_ZH] = { 25, 25, 5, 25, 20, 0 },
  };

  return (CspMeetingChannel) pick_weighted (demo, weights[sample->lang], 6);
}

static void
fill_meeting (Demo             *demo,
              Sample           *sample,
              CspMeeting       *meeting,
              CspMeetingKind    kind,
              guint32           day,
              CspMeetingStatus  status)
{
  static const int durations[] = { 30, 45, 60, 60, 90 };
  g_autofree char *title = meeting_title (kind, day, sample->lang);
  g_autofree char *notes = NULL;
  TimeText when;

  meeting_time (demo, sample, day, when);
  csp_meeting_set_account_id (meeting, sample->id);
  csp_meeting_set_kind (meeting, kind);
  csp_meeting_set_title (meeting, title);
  csp_meeting_set_scheduled_at (meeting, when);
  csp_meeting_set_duration_minutes (meeting, kind == CSP_MEETING_CHECK_IN
                                             ? durations[pick (demo, 3)]
                                             : durations[2 + pick (demo, 3)]);
  csp_meeting_set_channel (meeting, meeting_channel (demo, sample));
  csp_meeting_set_status (meeting, status);
  csp_meeting_set_agenda (meeting, text (&csp_demo_meeting_agendas[kind], sample->lang));
  if (status == CSP_MEETING_HELD)
    {
      notes = meeting_notes (demo, sample);
      csp_meeting_set_notes (meeting, notes);
    }
}

static gboolean
add_meeting (Demo              *demo,
             Sample            *sample,
             CspMeetingKind     kind,
             guint32            day,
             CspMeetingStatus   status,
             GError           **error)
{
  g_autoptr(CspMeeting) meeting = g_object_new (CSP_TYPE_MEETING, NULL);
  HeldMeeting held = { 0, day, 0 };

  fill_meeting (demo, sample, meeting, kind, day, status);
  if (!csp_store_add_meeting (demo->store, meeting, error))
    return FALSE;

  held.id = csp_record_get_id (CSP_RECORD (meeting));
  if (!add_customer_attendees (demo, sample, held.id, kind, error) ||
      !add_our_attendees (demo, sample, held.id, kind, error))
    return FALSE;

  if (status != CSP_MEETING_HELD)
    return TRUE;

  if (!add_decisions (demo, sample, &held, error))
    return FALSE;
  g_array_append_val (sample->meetings, held);
  return TRUE;
}

static CspMeetingKind
past_meeting_kind (Demo    *demo,
                   Sample  *sample,
                   guint    position,
                   guint32  day,
                   gboolean *escalated)
{
  static const int smb_weights[] = { 20, 10, 0, 70, 0 };
  static const int weights[] = { 25, 30, 0, 45, 0 };
  gboolean troubled = sample->trend == TREND_DECLINE || sample->trend == TREND_RECOVERY ||
                      sample->trend == TREND_DIP;

  if (position == 0 && sample->since + 150 > demo->today)
    return CSP_MEETING_KICKOFF;
  if (troubled && !*escalated && day + 45 > sample->turn)
    {
      *escalated = TRUE;
      return CSP_MEETING_ESCALATION;
    }

  return (CspMeetingKind) pick_weighted (demo, sample->segment == CSP_SEGMENT_SMB ? smb_weights : weights,
                                         G_N_ELEMENTS (weights));
}

static gboolean
add_past_meetings (Demo    *demo,
                   Sample  *sample,
                   GError **error)
{
  static const int low[] = { 4, 2, 1 };
  static const int high[] = { 7, 5, 3 };
  guint32 last = (sample->churned ? sample->churned : demo->today) - 1;
  guint32 first = MAX (sample->since + 2, demo->today - 365);
  guint span = last >= first ? last - first + 1 : 0;
  guint n = MIN ((guint) rand_int (demo, low[sample->segment], high[sample->segment]), span / 7 + 1);
  gboolean escalated = FALSE;

  for (guint i = 0; span > 0 && i < n; i++)
    {
      guint32 day = first + (guint32) ((span * (2 * i + 1)) / (2 * n)) + (guint32) rand_int (demo, -3, 3);
      CspMeetingKind kind;

      day = clamp_day (working_day (clamp_day (day, first, last), TRUE), first - 2, last);
      kind = past_meeting_kind (demo, sample, i, day, &escalated);
      if (!add_meeting (demo, sample, kind, day,
                        kind != CSP_MEETING_KICKOFF && chance (demo, 0.08) ? CSP_MEETING_CANCELLED
                                                                           : CSP_MEETING_HELD,
                        error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_planned_meeting (Demo    *demo,
                     Sample  *sample,
                     int      from,
                     int      to,
                     GError **error)
{
  static const int weights[] = { 25, 25, 0, 50, 0 };
  CspMeetingKind kind = sample->stage == CSP_LIFECYCLE_RENEWAL
                        ? CSP_MEETING_EBR
                        : (CspMeetingKind) pick_weighted (demo, weights, G_N_ELEMENTS (weights));
  guint32 day = working_day (demo->today + (guint32) rand_int (demo, from, to), FALSE);

  return add_meeting (demo, sample, kind, day, CSP_MEETING_PLANNED, error);
}

gboolean
_csp_demo_add_meetings (Demo    *demo,
                        Sample  *sample,
                        GError **error)
{
  if (!add_past_meetings (demo, sample, error))
    return FALSE;
  if (sample->churned != 0)
    return TRUE;

  return (!chance (demo, 0.85) || add_planned_meeting (demo, sample, 1, 30, error)) &&
         (!chance (demo, 0.35) || add_planned_meeting (demo, sample, 31, 75, error));
}
