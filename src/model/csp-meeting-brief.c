/* csp-meeting-brief.c: what a CSM reads before a meeting, as of its day
 *
 * Plain data that the store fills in a few queries (see
 * csp-store-brief.c) and the views and the Markdown writer read. Every
 * figure is as of the meeting's day (its local date), never "now", so a
 * brief of a past meeting reads as it did then. "Since" is the day of
 * the previous held meeting of the account, or 90 days before when
 * there is none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "csp-account.h"
#include "csp-action-item.h"
#include "csp-action-summary.h"
#include "csp-date.h"
#include "csp-meeting.h"
#include "csp-meeting-brief.h"
#include "csp-risk.h"

/* How far back "since" goes for an account's first meeting. */
#define FIRST_MEETING_DAYS 90

struct _CspMeetingBrief
{
  GObject         parent_instance;

  CspMeeting     *meeting;
  CspAccount     *account;
  CspMeeting     *previous; /* NULL: the first held meeting of the account */
  char            date[11];
  char            since[11];
  CspBriefHealth  now;
  CspBriefHealth  then;
  GListModel     *lists[CSP_BRIEF_N_LISTS];
};

G_DEFINE_FINAL_TYPE (CspMeetingBrief, csp_meeting_brief, G_TYPE_OBJECT)

static void
csp_meeting_brief_dispose (GObject *object)
{
  CspMeetingBrief *self = CSP_MEETING_BRIEF (object);

  g_clear_object (&self->meeting);
  g_clear_object (&self->account);
  g_clear_object (&self->previous);
  for (guint i = 0; i < CSP_BRIEF_N_LISTS; i++)
    g_clear_object (&self->lists[i]);

  G_OBJECT_CLASS (csp_meeting_brief_parent_class)->dispose (object);
}

static void
csp_meeting_brief_class_init (CspMeetingBriefClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = csp_meeting_brief_dispose;
}

static void
csp_meeting_brief_init (CspMeetingBrief *self)
{
  csp_brief_health_clear (&self->now);
  csp_brief_health_clear (&self->then);
}

void
csp_brief_health_clear (CspBriefHealth *health)
{
  health->date[0] = '\0';
  health->score = CSP_UNSET;
  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    health->components[i] = CSP_UNSET;
}

/* The day (YYYY-MM-DD) of @timestamp (UTC) in the local time zone:
 * a meeting at 01:00 in Shanghai is on that day there, not the day
 * before in UTC. The timestamp's own day when it does not parse. */
char *
csp_meeting_brief_local_day (const char *timestamp)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (timestamp != NULL, NULL);

  if (!csp_timestamp_parse (timestamp, &utc, NULL))
    return g_strndup (timestamp, 10);
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d");
}

/* The brief of @meeting of @account as of the meeting's local day;
 * @previous is the account's previous held meeting, or NULL. The store
 * fills in the rest. */
CspMeetingBrief *
csp_meeting_brief_new (CspMeeting *meeting,
                       CspAccount *account,
                       CspMeeting *previous)
{
  CspMeetingBrief *self;
  g_autofree char *date = NULL;
  g_autofree char *since = NULL;

  g_return_val_if_fail (CSP_IS_MEETING (meeting), NULL);
  g_return_val_if_fail (CSP_IS_ACCOUNT (account), NULL);
  g_return_val_if_fail (previous == NULL || CSP_IS_MEETING (previous), NULL);

  self = g_object_new (CSP_TYPE_MEETING_BRIEF, NULL);
  self->meeting = g_object_ref (meeting);
  self->account = g_object_ref (account);
  self->previous = previous ? g_object_ref (previous) : NULL;

  date = csp_meeting_brief_local_day (csp_meeting_get_scheduled_at (meeting));
  if (previous != NULL)
    since = csp_meeting_brief_local_day (csp_meeting_get_scheduled_at (previous));
  else
    since = csp_date_add_days (date, -FIRST_MEETING_DAYS);
  g_strlcpy (self->date, date, sizeof self->date);
  g_strlcpy (self->since, since ? since : date, sizeof self->since);

  return self;
}

CspMeeting *
csp_meeting_brief_get_meeting (CspMeetingBrief *self)
{
  g_return_val_if_fail (CSP_IS_MEETING_BRIEF (self), NULL);

  return self->meeting;
}

CspAccount *
csp_meeting_brief_get_account (CspMeetingBrief *self)
{
  g_return_val_if_fail (CSP_IS_MEETING_BRIEF (self), NULL);

  return self->account;
}

/* The meeting's day: what "as of" means throughout the brief. */
const char *
csp_meeting_brief_get_date (CspMeetingBrief *self)
{
  g_return_val_if_fail (CSP_IS_MEETING_BRIEF (self), NULL);

  return self->date;
}

/* NULL for the account's first held meeting. */
CspMeeting *
csp_meeting_brief_get_previous (CspMeetingBrief *self)
{
  g_return_val_if_fail (CSP_IS_MEETING_BRIEF (self), NULL);

  return self->previous;
}

/* The previous held meeting's day, or 90 days before the meeting. */
const char *
csp_meeting_brief_get_since (CspMeetingBrief *self)
{
  g_return_val_if_fail (CSP_IS_MEETING_BRIEF (self), NULL);

  return self->since;
}

const CspBriefHealth *
csp_meeting_brief_get_health_now (CspMeetingBrief *self)
{
  g_return_val_if_fail (CSP_IS_MEETING_BRIEF (self), NULL);

  return &self->now;
}

/* The health as of the "since" day. */
const CspBriefHealth *
csp_meeting_brief_get_health_then (CspMeetingBrief *self)
{
  g_return_val_if_fail (CSP_IS_MEETING_BRIEF (self), NULL);

  return &self->then;
}

void
csp_meeting_brief_set_health (CspMeetingBrief      *self,
                              const CspBriefHealth *now,
                              const CspBriefHealth *then)
{
  g_return_if_fail (CSP_IS_MEETING_BRIEF (self));

  if (now != NULL)
    self->now = *now;
  if (then != NULL)
    self->then = *then;
}

/* Whether both health points have a score; the change in points. */
gboolean
csp_meeting_brief_get_health_change (CspMeetingBrief *self,
                                     int             *out_change)
{
  g_return_val_if_fail (CSP_IS_MEETING_BRIEF (self), FALSE);

  if (self->now.score == CSP_UNSET || self->then.score == CSP_UNSET)
    return FALSE;
  if (out_change != NULL)
    *out_change = self->now.score - self->then.score;
  return TRUE;
}

static int
compare_moves (gconstpointer a,
               gconstpointer b)
{
  const CspBriefMove *ma = a, *mb = b;
  int da = abs (ma->to - ma->from), db = abs (mb->to - mb->from);

  if (da != db)
    return db - da;
  return (int) ma->component - (int) mb->component;
}

/* The components set at both points that changed, the largest change
 * first (ties in component order); at most CSP_BRIEF_MAX_MOVES. */
guint
csp_meeting_brief_get_moves (CspMeetingBrief *self,
                             CspBriefMove     moves[CSP_BRIEF_MAX_MOVES])
{
  CspBriefMove all[CSP_N_COMPONENTS];
  guint n = 0;

  g_return_val_if_fail (CSP_IS_MEETING_BRIEF (self), 0);

  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    {
      int from = self->then.components[i], to = self->now.components[i];

      if (from == CSP_UNSET || to == CSP_UNSET || from == to)
        continue;
      all[n++] = (CspBriefMove) { i, from, to };
    }
  qsort (all, n, sizeof all[0], compare_moves);

  n = MIN (n, CSP_BRIEF_MAX_MOVES);
  memcpy (moves, all, n * sizeof all[0]);
  return n;
}

/* The list, never NULL (an empty one when none was set). */
GListModel *
csp_meeting_brief_get_list (CspMeetingBrief *self,
                            CspBriefList     list)
{
  g_return_val_if_fail (CSP_IS_MEETING_BRIEF (self), NULL);
  g_return_val_if_fail (list < CSP_BRIEF_N_LISTS, NULL);

  if (self->lists[list] == NULL)
    self->lists[list] = G_LIST_MODEL (g_list_store_new (G_TYPE_OBJECT));

  return self->lists[list];
}

void
csp_meeting_brief_set_list (CspMeetingBrief *self,
                            CspBriefList     list,
                            GListModel      *model)
{
  g_return_if_fail (CSP_IS_MEETING_BRIEF (self));
  g_return_if_fail (list < CSP_BRIEF_N_LISTS);
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  g_set_object (&self->lists[list], model);
}

/* Actions of @list (CSP_BRIEF_DONE_ACTIONS or CSP_BRIEF_OPEN_ACTIONS)
 * owned by @side (a CspSide, or -1 for both), only the overdue ones
 * when @overdue_only. */
guint
csp_meeting_brief_count_actions (CspMeetingBrief *self,
                                 CspBriefList     list,
                                 int              side,
                                 gboolean         overdue_only)
{
  GListModel *actions;
  guint n = 0;

  g_return_val_if_fail (list == CSP_BRIEF_DONE_ACTIONS || list == CSP_BRIEF_OPEN_ACTIONS, 0);

  actions = csp_meeting_brief_get_list (self, list);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CspActionSummary) summary = g_list_model_get_item (actions, i);
      CspActionItem *action = csp_action_summary_get_action (summary);

      if ((side < 0 || (int) csp_action_item_get_owner_side (action) == side) &&
          (!overdue_only || csp_action_summary_get_overdue (summary)))
        n++;
    }

  return n;
}

/* The ARR saved by the risks resolved since the previous meeting, in
 * the account's currency. */
gint64
csp_meeting_brief_get_saved_arr (CspMeetingBrief *self)
{
  GListModel *risks = csp_meeting_brief_get_list (self, CSP_BRIEF_RESOLVED_RISKS);
  gint64 saved = 0;

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(CspRisk) risk = g_list_model_get_item (risks, i);

      saved += MAX (csp_risk_get_saved_arr_minor (risk), 0);
    }

  return saved;
}

/* Days from the meeting's day to the renewal (negative when it is
 * past), or G_MAXINT when the account has no renewal date. */
int
csp_meeting_brief_get_renewal_days (CspMeetingBrief *self)
{
  const char *renewal_on;

  g_return_val_if_fail (CSP_IS_MEETING_BRIEF (self), G_MAXINT);

  renewal_on = csp_account_get_renewal_on (self->account);
  if (!csp_date_is_valid_text (renewal_on))
    return G_MAXINT;
  return csp_date_days_between (self->date, renewal_on);
}

/* The holes in the stakeholder map as of the meeting's day, as the
 * account page computes them. */
CspCoverageGaps
csp_meeting_brief_get_gaps (CspMeetingBrief *self)
{
  g_return_val_if_fail (CSP_IS_MEETING_BRIEF (self), 0);

  return csp_stakeholder_coverage_gaps (csp_meeting_brief_get_list (self, CSP_BRIEF_STAKEHOLDERS),
                                        self->date);
}
