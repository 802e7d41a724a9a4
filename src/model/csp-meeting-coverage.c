/* csp-meeting-coverage.c: who is missing from a meeting
 *
 * Strategy meetings and EBRs are where the customer's executives and
 * ours meet: each customer executive has a counterpart on our side
 * (stakeholder.counterpart: executive sponsor, account manager or
 * support team). Such a meeting has a gap when no customer executive
 * attends, or when an attending customer executive's counterpart is
 * not among our attendees (an attendee of ours carries the counterpart
 * kind, e.g. "executive_sponsor", as its role). Other kinds of meeting
 * are not checked. A pure function of the rows, so the rule is tested
 * without a database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-attendee.h"
#include "csp-enum-types.h"
#include "csp-meeting-coverage.h"
#include "csp-record.h"
#include "csp-stakeholder.h"

gboolean
csp_meeting_kind_needs_executive (CspMeetingKind kind)
{
  return kind == CSP_MEETING_STRATEGY || kind == CSP_MEETING_EBR;
}

static CspStakeholder *
find_stakeholder (GListModel *stakeholders,
                  gint64      id)
{
  for (guint i = 0; id != 0 && i < g_list_model_get_n_items (stakeholders); i++)
    {
      g_autoptr(CspStakeholder) person = g_list_model_get_item (stakeholders, i);

      if (csp_record_get_id (CSP_RECORD (person)) == id)
        return g_steal_pointer (&person);
    }
  return NULL;
}

/* One of ours attends in the role @counterpart. */
static gboolean
has_counterpart (GListModel     *attendees,
                 CspCounterpart  counterpart)
{
  const char *nick = csp_enum_to_nick (CSP_TYPE_COUNTERPART, counterpart);

  for (guint i = 0; i < g_list_model_get_n_items (attendees); i++)
    {
      g_autoptr(CspAttendee) attendee = g_list_model_get_item (attendees, i);

      if (csp_attendee_get_side (attendee) == CSP_SIDE_OURS &&
          g_strcmp0 (csp_attendee_get_role (attendee), nick) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The gaps of a meeting of @kind with @attendees (CspAttendee), given
 * the account's @stakeholders (CspStakeholder). @out_uncovered, when
 * set, receives the names of the attending executives whose
 * counterpart is missing. */
CspCoverageGaps
csp_meeting_coverage_check (CspMeetingKind   kind,
                            GListModel      *attendees,
                            GListModel      *stakeholders,
                            GPtrArray      **out_uncovered)
{
  g_autoptr(GPtrArray) uncovered = g_ptr_array_new_with_free_func (g_free);
  CspCoverageGaps gaps = CSP_COVERAGE_OK;
  gboolean executive = FALSE;

  g_return_val_if_fail (G_IS_LIST_MODEL (attendees), CSP_COVERAGE_OK);
  g_return_val_if_fail (G_IS_LIST_MODEL (stakeholders), CSP_COVERAGE_OK);

  for (guint i = 0; csp_meeting_kind_needs_executive (kind) &&
                    i < g_list_model_get_n_items (attendees); i++)
    {
      g_autoptr(CspAttendee) attendee = g_list_model_get_item (attendees, i);
      g_autoptr(CspStakeholder) person =
        find_stakeholder (stakeholders, csp_attendee_get_stakeholder_id (attendee));

      if (csp_attendee_get_side (attendee) != CSP_SIDE_CUSTOMER || person == NULL ||
          csp_stakeholder_get_level (person) != CSP_LEVEL_EXECUTIVE)
        continue;
      executive = TRUE;
      if (!has_counterpart (attendees, csp_stakeholder_get_counterpart (person)))
        g_ptr_array_add (uncovered, g_strdup (csp_stakeholder_get_name (person)));
    }

  if (csp_meeting_kind_needs_executive (kind) && !executive)
    gaps |= CSP_COVERAGE_NO_EXECUTIVE;
  if (uncovered->len > 0)
    gaps |= CSP_COVERAGE_NO_COUNTERPART;
  if (out_uncovered != NULL)
    *out_uncovered = g_steal_pointer (&uncovered);
  return gaps;
}
