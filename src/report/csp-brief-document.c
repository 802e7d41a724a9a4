/* csp-brief-document.c: a meeting brief as a list of blocks to render
 *
 * The brief's words are chosen once, here, and rendered three ways: as
 * Markdown (csp-brief-markdown.c), as rows of the meeting page and as
 * printed pages (in the views). Sections: the meeting, health then and
 * now with the components that moved most, renewal and ARR, actions
 * done since the previous meeting, open actions ours and the
 * customer's, risks, the previous meeting's decisions, attendees and
 * coverage gaps; then, when asked, the agenda and the minutes.
 *
 * Dates are ISO (2026-06-30): they read the same in every language and
 * sort in a pasted table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>
#include <string.h>

#include "csp-brief-document-private.h"
#include "csp-format.h"
#include "csp-health-trend.h"
#include "csp-model.h"

static void
block_free (gpointer data)
{
  CspBriefBlock *block = data;

  g_free (block->title);
  g_free (block->detail);
  g_free (block);
}

void
_csp_brief_add (GPtrArray         *doc,
                CspBriefBlockKind  kind,
                CspBriefTone       tone,
                const char        *title,
                const char        *detail)
{
  CspBriefBlock *block = g_new0 (CspBriefBlock, 1);

  block->kind = kind;
  block->tone = tone;
  block->title = g_strdup (title ? title : "");
  block->detail = detail && *detail ? g_strdup (detail) : NULL;
  g_ptr_array_add (doc, block);
}

/* The non-empty ones of the strings, joined by " · ". */
char *
_csp_brief_join (const char *first,
                 ...)
{
  GString *text = g_string_new (NULL);
  va_list args;

  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    {
      if (*part == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, part);
    }
  va_end (args);

  return g_string_free (text, FALSE);
}

/* @minor units of @currency as whole units grouped by commas, the same
 * in every locale so a pasted brief reads the same ("$120,000",
 * "¥850,000", "CHF 9,500"). */
char *
csp_brief_format_money (gint64      minor,
                        const char *currency)
{
  static const struct { const char *code, *symbol; } symbols[] = {
    { "USD", "$" }, { "EUR", "€" }, { "GBP", "£" }, { "CNY", "¥" }, { "JPY", "¥" },
  };
  gint64 major = g_strcmp0 (currency, "JPY") == 0 ? minor : minor / 100;
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, ABS (major));
  g_autoptr(GString) number = g_string_new (major < 0 ? "-" : "");
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (number, ',');
      g_string_append_c (number, digits[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (symbols); i++)
    if (g_strcmp0 (currency, symbols[i].code) == 0)
      return g_strconcat (symbols[i].symbol, number->str, NULL);

  return g_strdup_printf ("%s %s", currency ? currency : "", number->str);
}

static char *
format_change (int change)
{
  /* A real minus sign, as the account page shows it. */
  return change < 0 ? g_strdup_printf ("\u2212%d", -change) : g_strdup_printf ("+%d", change);
}

static const char *
currency (CspMeetingBrief *brief)
{
  return csp_account_get_currency (csp_meeting_brief_get_account (brief));
}

/* The meeting */

static void
add_title (GPtrArray       *doc,
           CspMeetingBrief *brief)
{
  CspMeeting *meeting = csp_meeting_brief_get_meeting (brief);
  g_autofree char *when = csp_format_local_datetime (csp_meeting_get_scheduled_at (meeting));
  g_autofree char *detail = NULL;

  detail = _csp_brief_join (csp_account_get_name (csp_meeting_brief_get_account (brief)),
                            csp_enum_to_label (CSP_TYPE_MEETING_KIND,
                                               csp_meeting_get_kind (meeting)),
                            when,
                            csp_enum_to_label (CSP_TYPE_MEETING_STATUS,
                                               csp_meeting_get_status (meeting)),
                            NULL);
  _csp_brief_add (doc, CSP_BRIEF_BLOCK_TITLE, CSP_BRIEF_TONE_NORMAL,
                  csp_meeting_get_title (meeting), detail);
}

/* Health */

static char *
describe_health (const CspBriefHealth *health)
{
  const char *band = csp_enum_to_label (CSP_TYPE_HEALTH_BAND,
                                        csp_health_band_for_score (health->score));

  /* Translators: a health score, its band and the day it was taken,
   * e.g. “62 (Watch) on 2026-06-28” */
  g_autofree char *day = csp_format_date (health->date);

  return g_strdup_printf (_("%d (%s) on %s"), health->score, band, day);
}

static void
add_moves (GPtrArray       *doc,
           CspMeetingBrief *brief)
{
  CspBriefMove moves[CSP_BRIEF_MAX_MOVES];
  guint n = csp_meeting_brief_get_moves (brief, moves);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *change = format_change (moves[i].to - moves[i].from);
      /* Translators: a component score then and now and the change, e.g. “80 → 55 (−25)” */
      g_autofree char *detail = g_strdup_printf (_("%d → %d (%s)"), moves[i].from, moves[i].to,
                                                 change);

      _csp_brief_add (doc, CSP_BRIEF_BLOCK_ITEM,
                      moves[i].to < moves[i].from ? CSP_BRIEF_TONE_WARNING : CSP_BRIEF_TONE_GOOD,
                      csp_health_component_label (moves[i].component), detail);
    }
}

static void
add_health (GPtrArray       *doc,
            CspMeetingBrief *brief)
{
  const CspBriefHealth *now = csp_meeting_brief_get_health_now (brief);
  const CspBriefHealth *then = csp_meeting_brief_get_health_then (brief);
  g_autofree char *now_text = NULL, *then_text = NULL, *change_text = NULL;
  g_autofree char *then_label = NULL;
  g_autofree char *since = csp_format_date (csp_meeting_brief_get_since (brief));
  int change;

  if (csp_meeting_brief_get_previous (brief) != NULL)
    /* Translators: %s is a date */
    then_label = g_strdup_printf (_("At the previous meeting (%s)"), since);
  else
    /* Translators: %s is a date */
    then_label = g_strdup_printf (_("90 days before (%s)"), since);

  if (csp_meeting_brief_get_health_change (brief, &change))
    {
      g_autofree char *points = format_change (change);

      /* Translators: a date and a change of the health score,
       * e.g. “Change since 2026-03-01: −12” */
      change_text = g_strdup_printf (_("Change since %s: %s"), since, points);
    }
  _csp_brief_add (doc, CSP_BRIEF_BLOCK_HEADING, CSP_BRIEF_TONE_NORMAL, _("Health"), change_text);
  if (now->score == CSP_UNSET)
    {
      _csp_brief_add (doc, CSP_BRIEF_BLOCK_NONE, CSP_BRIEF_TONE_NORMAL,
                      _("No health score on or before the meeting"), NULL);
      return;
    }

  now_text = describe_health (now);
  then_text = then->score != CSP_UNSET ? describe_health (then) : g_strdup (_("No score yet"));
  _csp_brief_add (doc, CSP_BRIEF_BLOCK_FACT,
                  now->score < CSP_WATCH_MIN ? CSP_BRIEF_TONE_ERROR : CSP_BRIEF_TONE_NORMAL,
                  _("Now"), now_text);
  _csp_brief_add (doc, CSP_BRIEF_BLOCK_FACT, CSP_BRIEF_TONE_NORMAL, then_label, then_text);
  add_moves (doc, brief);
}

/* Renewal */

static void
add_renewal (GPtrArray       *doc,
             CspMeetingBrief *brief)
{
  CspAccount *account = csp_meeting_brief_get_account (brief);
  int days = csp_meeting_brief_get_renewal_days (brief);
  g_autofree char *arr = csp_brief_format_money (csp_account_get_arr_minor (account),
                                                 currency (brief));
  g_autofree char *renewal = NULL;
  g_autofree char *renewal_on = csp_format_date (csp_account_get_renewal_on (account));

  if (days == G_MAXINT)
    renewal = g_strdup (_("No renewal date"));
  else if (days >= 0)
    renewal = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (in %d day)", "%s (in %d days)",
                                            days),
                               renewal_on, days);
  else
    renewal = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%d day ago)", "%s (%d days ago)",
                                            -days),
                               renewal_on, -days);

  _csp_brief_add (doc, CSP_BRIEF_BLOCK_HEADING, CSP_BRIEF_TONE_NORMAL, _("Renewal"), NULL);
  _csp_brief_add (doc, CSP_BRIEF_BLOCK_FACT,
                  days < 0 ? CSP_BRIEF_TONE_ERROR : days <= 90 ? CSP_BRIEF_TONE_WARNING
                                                               : CSP_BRIEF_TONE_NORMAL,
                  _("Renews"), renewal);
  _csp_brief_add (doc, CSP_BRIEF_BLOCK_FACT, CSP_BRIEF_TONE_NORMAL, _("ARR"), arr);
}

/* Actions */

static void
add_action (GPtrArray        *doc,
            CspActionSummary *summary,
            gboolean          with_side)
{
  CspActionItem *action = csp_action_summary_get_action (summary);
  const char *owner = csp_action_item_get_owner_name (action);
  g_autofree char *due_on = csp_action_item_get_due_on (action)
                           ? csp_format_date (csp_action_item_get_due_on (action)) : NULL;
  g_autofree char *completed_on = csp_action_item_get_completed_on (action)
                                  ? csp_format_date (csp_action_item_get_completed_on (action))
                                  : NULL;
  gboolean overdue = csp_action_summary_get_overdue (summary);
  /* Translators: %s is a date */
  g_autofree char *due = due_on ? g_strdup_printf (overdue ? _("overdue since %s") : _("due %s"),
                                                   due_on) : NULL;
  /* Translators: %s is a date */
  g_autofree char *done = completed_on ? g_strdup_printf (_("done %s"), completed_on) : NULL;
  const char *side = with_side ? csp_enum_to_label (CSP_TYPE_SIDE,
                                                    csp_action_item_get_owner_side (action)) : "";
  g_autofree char *detail = _csp_brief_join (side, owner ? owner : "",
                                             done ? done : due ? due : "",
                                             csp_action_summary_get_plan_title (summary), NULL);

  _csp_brief_add (doc, CSP_BRIEF_BLOCK_ITEM, overdue ? CSP_BRIEF_TONE_ERROR : CSP_BRIEF_TONE_NORMAL,
                  csp_action_item_get_title (action), detail);
}

static void
add_done_actions (GPtrArray       *doc,
                  CspMeetingBrief *brief)
{
  GListModel *done = csp_meeting_brief_get_list (brief, CSP_BRIEF_DONE_ACTIONS);
  guint n = g_list_model_get_n_items (done);
  g_autofree char *since = csp_format_date (csp_meeting_brief_get_since (brief));
  /* Translators: %s is a date */
  g_autofree char *title = g_strdup_printf (_("Done since %s"), since);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u action",
                                                         "%u actions", n), n);

  _csp_brief_add (doc, CSP_BRIEF_BLOCK_HEADING, CSP_BRIEF_TONE_NORMAL, title, count);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CspActionSummary) summary = g_list_model_get_item (done, i);

      add_action (doc, summary, TRUE);
    }
  if (n == 0)
    _csp_brief_add (doc, CSP_BRIEF_BLOCK_NONE, CSP_BRIEF_TONE_NORMAL, _("No actions done"), NULL);
}

static void
add_open_actions (GPtrArray       *doc,
                  CspMeetingBrief *brief,
                  CspSide          side)
{
  GListModel *open = csp_meeting_brief_get_list (brief, CSP_BRIEF_OPEN_ACTIONS);
  guint n = csp_meeting_brief_count_actions (brief, CSP_BRIEF_OPEN_ACTIONS, side, FALSE);
  guint n_overdue = csp_meeting_brief_count_actions (brief, CSP_BRIEF_OPEN_ACTIONS, side, TRUE);
  /* Translators: the counts of open actions, e.g. “4 open, 1 overdue” */
  g_autofree char *count = g_strdup_printf (_("%u open, %u overdue"), n, n_overdue);

  _csp_brief_add (doc, CSP_BRIEF_BLOCK_HEADING,
                  n_overdue > 0 ? CSP_BRIEF_TONE_ERROR : CSP_BRIEF_TONE_NORMAL,
                  side == CSP_SIDE_OURS ? _("Our open actions") : _("Customer’s open actions"),
                  count);
  /* Overdue ones first: the list is ordered by due date. */
  for (guint i = 0; i < g_list_model_get_n_items (open); i++)
    {
      g_autoptr(CspActionSummary) summary = g_list_model_get_item (open, i);

      if (csp_action_item_get_owner_side (csp_action_summary_get_action (summary)) == side)
        add_action (doc, summary, FALSE);
    }
  if (n == 0)
    _csp_brief_add (doc, CSP_BRIEF_BLOCK_NONE, CSP_BRIEF_TONE_NORMAL, _("No open actions"), NULL);
}

/* Risks */

static void
add_risk (GPtrArray       *doc,
          CspMeetingBrief *brief,
          CspRisk         *risk)
{
  g_autofree char *raised_on = csp_format_date (csp_risk_get_raised_on (risk));
  g_autofree char *resolved_on = csp_risk_get_resolved_on (risk)
                                 ? csp_format_date (csp_risk_get_resolved_on (risk)) : NULL;
  gint64 saved = csp_risk_get_saved_arr_minor (risk);
  /* Translators: %s is a date */
  g_autofree char *raised = g_strdup_printf (_("raised %s"), raised_on);
  /* Translators: %s is a date */
  g_autofree char *resolved = resolved_on ? g_strdup_printf (_("resolved %s"), resolved_on) : NULL;
  g_autofree char *money = saved > 0 ? csp_brief_format_money (saved, currency (brief)) : NULL;
  /* Translators: %s is an amount of money */
  g_autofree char *saved_text = money ? g_strdup_printf (_("saved %s"), money) : NULL;
  const char *notes = csp_risk_get_notes (risk);
  g_autofree char *detail = _csp_brief_join (
    csp_enum_to_label (CSP_TYPE_PRIORITY, csp_risk_get_severity (risk)),
    resolved ? resolved : raised, saved_text ? saved_text : "", notes ? notes : "", NULL);
  CspPriority severity = csp_risk_get_severity (risk);

  _csp_brief_add (doc, CSP_BRIEF_BLOCK_ITEM,
                  resolved_on ? CSP_BRIEF_TONE_GOOD
                  : severity <= CSP_PRIORITY_URGENT ? CSP_BRIEF_TONE_ERROR : CSP_BRIEF_TONE_WARNING,
                  csp_enum_to_label (CSP_TYPE_RISK_KIND, csp_risk_get_kind (risk)), detail);
}

static void
add_risk_list (GPtrArray       *doc,
               CspMeetingBrief *brief,
               CspBriefList     list,
               const char      *title,
               const char      *summary,
               const char      *none)
{
  GListModel *risks = csp_meeting_brief_get_list (brief, list);

  _csp_brief_add (doc, CSP_BRIEF_BLOCK_HEADING, CSP_BRIEF_TONE_NORMAL, title, summary);
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(CspRisk) risk = g_list_model_get_item (risks, i);

      add_risk (doc, brief, risk);
    }
  if (g_list_model_get_n_items (risks) == 0)
    _csp_brief_add (doc, CSP_BRIEF_BLOCK_NONE, CSP_BRIEF_TONE_NORMAL, none, NULL);
}

static void
add_risks (GPtrArray       *doc,
           CspMeetingBrief *brief)
{
  GListModel *open_risks = csp_meeting_brief_get_list (brief, CSP_BRIEF_OPEN_RISKS);
  guint n_open = g_list_model_get_n_items (open_risks);
  g_autofree char *open = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open", "%u open",
                                                        n_open), n_open);
  g_autofree char *money = csp_brief_format_money (csp_meeting_brief_get_saved_arr (brief),
                                                   currency (brief));
  /* Translators: %s is an amount of money */
  g_autofree char *saved = g_strdup_printf (_("Saved ARR: %s"), money);
  g_autofree char *since = csp_format_date (csp_meeting_brief_get_since (brief));
  /* Translators: %s is a date */
  g_autofree char *title = g_strdup_printf (_("Risks resolved since %s"), since);

  add_risk_list (doc, brief, CSP_BRIEF_OPEN_RISKS, _("Open risks"), open, _("No open risks"));
  add_risk_list (doc, brief, CSP_BRIEF_RESOLVED_RISKS, title, saved, _("No risks resolved"));
}

/* The brief of @brief in blocks (CspBriefBlock, owned by the array),
 * with @parts besides. */
GPtrArray *
csp_brief_document_new (CspMeetingBrief *brief,
                        CspBriefParts    parts)
{
  GPtrArray *doc = g_ptr_array_new_with_free_func (block_free);

  g_return_val_if_fail (CSP_IS_MEETING_BRIEF (brief), doc);

  add_title (doc, brief);
  add_health (doc, brief);
  add_renewal (doc, brief);
  add_done_actions (doc, brief);
  add_open_actions (doc, brief, CSP_SIDE_OURS);
  add_open_actions (doc, brief, CSP_SIDE_CUSTOMER);
  add_risks (doc, brief);
  _csp_brief_add_decisions (doc, brief, CSP_BRIEF_PREVIOUS_DECISIONS);
  _csp_brief_add_attendees (doc, brief);
  _csp_brief_add_gaps (doc, brief);
  _csp_brief_add_minutes (doc, brief, parts);

  return doc;
}
