/* csp-meeting-coverage.c: who is missing from a meeting
 *
 * Strategy meetings and EBRs are where the customer's executives and
 * ours meet: each customer executive has a counterpart on our side
 * (stakeholder.counterpart: executive sponsor, account manager or
 * support team). Such a meeting has a gap when no customer executive
 * attends, or when an attending customer executive's counterpart is
 * not among our attendees. Other kinds of meeting are not checked. A
 * pure function of the rows, so the rule is tested without a database.
 *
 * An attendee's role is free text ("Executive sponsor", "执行发起人",
 * "Customer success manager"): the counterpart it fills is read from it
 * by csp_counterpart_from_role(), which knows the kinds' names, their
 * labels (also as translated) and the words CSMs commonly use for them
 * in English and Chinese.
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

static const struct {
  CspCounterpart  counterpart;
  const char     *words;  /* "|"-separated, lower case */
} role_words[] = {
  { CSP_COUNTERPART_EXECUTIVE_SPONSOR,
    "executive_sponsor|executive sponsor|exec sponsor|sponsor|执行发起人|高管发起人|高层发起人" },
  { CSP_COUNTERPART_ACCOUNT_MANAGER,
    "account_manager|account manager|customer success manager|csm|project manager|"
    "客户经理|客户成功经理|项目经理" },
  { CSP_COUNTERPART_SUPPORT_TEAM,
    "support_team|support team|support engineer|support|技术支持|技术支持工程师|支持团队" },
};

static gboolean
in_words (const char *words,
          const char *text)
{
  g_auto(GStrv) list = g_strsplit (words, "|", -1);

  return g_strv_contains ((const char * const *) list, text);
}

/* The counterpart kind that the role text @role names, if any. */
gboolean
csp_counterpart_from_role (const char     *role,
                           CspCounterpart *out_counterpart)
{
  g_autofree char *stripped = NULL;
  g_autofree char *folded = NULL;

  if (role == NULL)
    return FALSE;
  stripped = g_strstrip (g_strdup (role));
  folded = g_utf8_strdown (stripped, -1);
  for (guint i = 0; i < G_N_ELEMENTS (role_words); i++)
    {
      g_autofree char *label =
        g_utf8_strdown (csp_enum_to_label (CSP_TYPE_COUNTERPART, role_words[i].counterpart), -1);

      if (g_str_equal (folded, label) || in_words (role_words[i].words, folded))
        {
          if (out_counterpart != NULL)
            *out_counterpart = role_words[i].counterpart;
          return TRUE;
        }
    }
  return FALSE;
}

/* One of ours attends in the role @counterpart. */
static gboolean
has_counterpart (GListModel     *attendees,
                 CspCounterpart  counterpart)
{
  for (guint i = 0; i < g_list_model_get_n_items (attendees); i++)
    {
      g_autoptr(CspAttendee) attendee = g_list_model_get_item (attendees, i);

      CspCounterpart role;

      if (csp_attendee_get_side (attendee) == CSP_SIDE_OURS &&
          csp_counterpart_from_role (csp_attendee_get_role (attendee), &role) &&
          role == counterpart)
        return TRUE;
    }
  return FALSE;
}

/* The gaps of a meeting of @kind with @attendees (CspAttendee), given
 * the account's @stakeholders (CspStakeholder). @out_uncovered, when
 * set, receives the names of the attending executives whose
 * counterpart is missing. */
CspMeetingCoverage
csp_meeting_coverage_check (CspMeetingKind   kind,
                            GListModel      *attendees,
                            GListModel      *stakeholders,
                            GPtrArray      **out_uncovered)
{
  g_autoptr(GPtrArray) uncovered = g_ptr_array_new_with_free_func (g_free);
  CspMeetingCoverage gaps = CSP_MEETING_COVERAGE_OK;
  gboolean executive = FALSE;

  g_return_val_if_fail (G_IS_LIST_MODEL (attendees), CSP_MEETING_COVERAGE_OK);
  g_return_val_if_fail (G_IS_LIST_MODEL (stakeholders), CSP_MEETING_COVERAGE_OK);

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
    gaps |= CSP_MEETING_COVERAGE_NO_EXECUTIVE;
  if (uncovered->len > 0)
    gaps |= CSP_MEETING_COVERAGE_NO_COUNTERPART;
  if (out_uncovered != NULL)
    *out_uncovered = g_steal_pointer (&uncovered);
  return gaps;
}
