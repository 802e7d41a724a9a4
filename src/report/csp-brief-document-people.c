/* csp-brief-document-people.c: decisions, attendees, gaps and minutes
 *
 * The second half of the brief's blocks (see csp-brief-document.c):
 * the previous meeting's decisions with the state of the actions they
 * produced, who attends (the customer's by stakeholder level, with our
 * counterpart for each, then ours), the holes in the stakeholder map,
 * and for a printout the agenda, notes and this meeting's decisions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-brief-attendee.h"
#include "csp-brief-decision.h"
#include "csp-brief-document-private.h"
#include "csp-format.h"
#include "csp-model.h"

/* Decisions */

static void
add_decision (GPtrArray        *doc,
              CspMeetingBrief  *brief,
              CspBriefDecision *item)
{
  CspActionItem *action = csp_brief_decision_get_action (item);
  const char *body = csp_decision_get_body (csp_brief_decision_get_decision (item));
  const char *date = csp_meeting_brief_get_date (brief);
  g_autofree char *detail = NULL;
  CspActionStatus status;
  gboolean overdue;

  if (action == NULL)
    {
      _csp_brief_add (doc, CSP_BRIEF_BLOCK_ITEM, CSP_BRIEF_TONE_WARNING, body, _("No action"));
      return;
    }

  status = csp_brief_decision_get_status_on (item, date);
  overdue = status != CSP_ACTION_DONE && status != CSP_ACTION_CANCELLED &&
            csp_action_item_get_due_on (action) != NULL &&
            g_strcmp0 (csp_action_item_get_due_on (action), date) < 0;
  /* Translators: an action item and its status, e.g. “Action: Send the roadmap — Done” */
  detail = g_strdup_printf (_("Action: %s — %s"), csp_action_item_get_title (action),
                            overdue ? _("Overdue")
                                    : csp_enum_to_label (CSP_TYPE_ACTION_STATUS, status));
  _csp_brief_add (doc, CSP_BRIEF_BLOCK_ITEM,
                  overdue ? CSP_BRIEF_TONE_ERROR
                  : status == CSP_ACTION_DONE ? CSP_BRIEF_TONE_GOOD : CSP_BRIEF_TONE_NORMAL,
                  body, detail);
}

static void
add_decision_list (GPtrArray       *doc,
                   CspMeetingBrief *brief,
                   CspBriefList     list)
{
  GListModel *decisions = csp_meeting_brief_get_list (brief, list);

  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    {
      g_autoptr(CspBriefDecision) item = g_list_model_get_item (decisions, i);

      add_decision (doc, brief, item);
    }
  if (g_list_model_get_n_items (decisions) == 0)
    _csp_brief_add (doc, CSP_BRIEF_BLOCK_NONE, CSP_BRIEF_TONE_NORMAL,
                    _("No decisions recorded"), NULL);
}

/* The decisions of the previous held meeting (@list
 * CSP_BRIEF_PREVIOUS_DECISIONS) or of this one (CSP_BRIEF_DECISIONS). */
void
_csp_brief_add_decisions (GPtrArray       *doc,
                          CspMeetingBrief *brief,
                          CspBriefList     list)
{
  CspMeeting *previous = csp_meeting_brief_get_previous (brief);
  g_autofree char *about = NULL;

  if (list == CSP_BRIEF_DECISIONS)
    {
      _csp_brief_add (doc, CSP_BRIEF_BLOCK_HEADING, CSP_BRIEF_TONE_NORMAL, _("Decisions"), NULL);
      add_decision_list (doc, brief, list);
      return;
    }

  if (previous != NULL)
    {
      g_autofree char *since = csp_format_date (csp_meeting_brief_get_since (brief));

      about = _csp_brief_join (csp_meeting_get_title (previous), since, NULL);
    }
  _csp_brief_add (doc, CSP_BRIEF_BLOCK_HEADING, CSP_BRIEF_TONE_NORMAL,
                  _("Decisions of the previous meeting"), about);
  if (previous == NULL)
    _csp_brief_add (doc, CSP_BRIEF_BLOCK_NONE, CSP_BRIEF_TONE_NORMAL,
                    _("No earlier meeting was held"), NULL);
  else
    add_decision_list (doc, brief, list);
}

/* Attendees */

static void
add_attendee (GPtrArray        *doc,
              CspBriefAttendee *item)
{
  CspAttendee *attendee = csp_brief_attendee_get_attendee (item);
  CspStakeholder *person = csp_brief_attendee_get_stakeholder (item);
  const char *role = csp_attendee_get_role (attendee);
  const char *title;
  g_autofree char *counterpart = NULL;
  g_autofree char *detail = NULL;

  if (person == NULL)
    {
      _csp_brief_add (doc, CSP_BRIEF_BLOCK_ITEM, CSP_BRIEF_TONE_NORMAL,
                      csp_attendee_get_name (attendee), role);
      return;
    }

  title = csp_stakeholder_get_title (person);
  counterpart = g_strdup_printf (
    /* Translators: %s is our side's counterpart, e.g. “Account manager” */
    _("Ours: %s"),
    csp_enum_to_label (CSP_TYPE_COUNTERPART, csp_stakeholder_get_counterpart (person)));
  detail = _csp_brief_join (title ? title : "",
                            csp_enum_to_label (CSP_TYPE_STAKEHOLDER_ROLE,
                                               csp_stakeholder_get_role (person)),
                            counterpart, NULL);
  _csp_brief_add (doc, CSP_BRIEF_BLOCK_ITEM,
                  csp_stakeholder_get_role (person) == CSP_ROLE_DETRACTOR ? CSP_BRIEF_TONE_WARNING
                                                                          : CSP_BRIEF_TONE_NORMAL,
                  csp_attendee_get_name (attendee), detail);
}

/* The group an attendee is listed under: a stakeholder level, the
 * customer's people not from the map, or ours. */
static int
attendee_group (CspBriefAttendee *item)
{
  if (csp_attendee_get_side (csp_brief_attendee_get_attendee (item)) == CSP_SIDE_OURS)
    return 4;
  return csp_brief_attendee_get_level (item) >= 0 ? csp_brief_attendee_get_level (item) : 3;
}

void
_csp_brief_add_attendees (GPtrArray       *doc,
                          CspMeetingBrief *brief)
{
  static const char * const groups[] = {
    N_("Executives"), N_("Project Leads"), N_("Members"), N_("Other customer attendees"),
    N_("Our team"),
  };
  GListModel *attendees = csp_meeting_brief_get_list (brief, CSP_BRIEF_ATTENDEES);
  guint n = g_list_model_get_n_items (attendees);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person",
                                                         "%u people", n), n);
  int shown = -1;

  _csp_brief_add (doc, CSP_BRIEF_BLOCK_HEADING, CSP_BRIEF_TONE_NORMAL, _("Attendees"), count);
  /* The store orders them by group already. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CspBriefAttendee) item = g_list_model_get_item (attendees, i);
      int group = attendee_group (item);

      if (group != shown)
        _csp_brief_add (doc, CSP_BRIEF_BLOCK_SUBHEADING, CSP_BRIEF_TONE_NORMAL,
                        _(groups[group]), NULL);
      shown = group;
      add_attendee (doc, item);
    }
  if (n == 0)
    _csp_brief_add (doc, CSP_BRIEF_BLOCK_NONE, CSP_BRIEF_TONE_NORMAL, _("No attendees yet"), NULL);
}

/* Coverage gaps */

void
_csp_brief_add_gaps (GPtrArray       *doc,
                     CspMeetingBrief *brief)
{
  static const char * const texts[] = {
    N_("No executive stakeholder"), N_("No champion"),
    N_("No executive met in the last 12 months"),
  };
  CspCoverageGaps gaps = csp_meeting_brief_get_gaps (brief);

  _csp_brief_add (doc, CSP_BRIEF_BLOCK_HEADING, CSP_BRIEF_TONE_NORMAL,
                  _("Stakeholder coverage"), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (gaps & (1u << i))
      _csp_brief_add (doc, CSP_BRIEF_BLOCK_ITEM, CSP_BRIEF_TONE_WARNING, _(texts[i]), NULL);
  if (gaps == 0)
    _csp_brief_add (doc, CSP_BRIEF_BLOCK_NONE, CSP_BRIEF_TONE_NORMAL, _("No coverage gaps"), NULL);
}

/* Agenda and minutes */

static void
add_text (GPtrArray  *doc,
          const char *heading,
          const char *text,
          const char *none)
{
  _csp_brief_add (doc, CSP_BRIEF_BLOCK_HEADING, CSP_BRIEF_TONE_NORMAL, heading, NULL);
  if (text != NULL && *text != '\0')
    _csp_brief_add (doc, CSP_BRIEF_BLOCK_TEXT, CSP_BRIEF_TONE_NORMAL, text, NULL);
  else
    _csp_brief_add (doc, CSP_BRIEF_BLOCK_NONE, CSP_BRIEF_TONE_NORMAL, none, NULL);
}

/* The agenda, and for a held meeting its notes and decisions, as
 * @parts asks. */
void
_csp_brief_add_minutes (GPtrArray       *doc,
                        CspMeetingBrief *brief,
                        CspBriefParts    parts)
{
  CspMeeting *meeting = csp_meeting_brief_get_meeting (brief);

  if (parts & CSP_BRIEF_PART_AGENDA)
    add_text (doc, _("Agenda"), csp_meeting_get_agenda (meeting), _("No agenda yet"));
  if (!(parts & CSP_BRIEF_PART_MINUTES) || csp_meeting_get_status (meeting) != CSP_MEETING_HELD)
    return;

  add_text (doc, _("Notes"), csp_meeting_get_notes (meeting), _("No notes"));
  _csp_brief_add_decisions (doc, brief, CSP_BRIEF_DECISIONS);
}
