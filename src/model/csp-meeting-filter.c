/* csp-meeting-filter.c: which meetings the Meetings tab shows
 *
 * The tab shows either the meetings to come or those past; the filters
 * narrow them by kind, status and account, and the search by the words
 * of the title, the account's name, the agenda or the notes, with case
 * and Unicode forms folded away (so "ACME" finds "Acme", and Chinese
 * text finds itself whatever its normalisation). Kept apart from the
 * widgets so the rules can be tested without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "csp-meeting.h"
#include "csp-meeting-filter.h"

/* The folded text a summary is searched in, kept on it once made: a
 * search letter by letter looks at every row again. */
#define SEARCH_TEXT_KEY "csp-meeting-filter-search-text"

static const char *
search_text (CspMeetingSummary *summary)
{
  CspMeeting *meeting;
  char *text;
  g_autofree char *joined = NULL;

  text = g_object_get_data (G_OBJECT (summary), SEARCH_TEXT_KEY);
  if (text != NULL)
    return text;

  meeting = csp_meeting_summary_get_meeting (summary);
  /* A newline never occurs in a needle, so no match spans two fields. */
  joined = g_strjoin ("\n",
                      csp_meeting_get_title (meeting) ? csp_meeting_get_title (meeting) : "",
                      csp_meeting_summary_get_account_name (summary)
                        ? csp_meeting_summary_get_account_name (summary) : "",
                      csp_meeting_get_agenda (meeting) ? csp_meeting_get_agenda (meeting) : "",
                      csp_meeting_get_notes (meeting) ? csp_meeting_get_notes (meeting) : "",
                      NULL);
  text = csp_text_fold (joined);
  g_object_set_data_full (G_OBJECT (summary), SEARCH_TEXT_KEY, text, g_free);
  return text;
}

/* Whether the search lets @summary through. */
static gboolean
match_search (CspMeetingFilter  *self,
              CspMeetingSummary *summary)
{
  return self->needle == NULL || strstr (search_text (summary), self->needle) != NULL;
}

/* Every meeting to come, of any kind, status and account. */
CspMeetingFilter *
csp_meeting_filter_new (void)
{
  CspMeetingFilter *self = g_new0 (CspMeetingFilter, 1);

  self->kind = CSP_MEETING_FILTER_ANY;
  self->status = CSP_MEETING_FILTER_ANY;
  return self;
}

void
csp_meeting_filter_free (CspMeetingFilter *self)
{
  if (self == NULL)
    return;
  g_free (self->needle);
  g_free (self);
}

/* Searches for @text (trimmed; NULL or blank for no search). Returns
 * whether the search changed. */
gboolean
csp_meeting_filter_set_search (CspMeetingFilter *self,
                               const char       *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  g_autofree char *needle = *trimmed != '\0' ? csp_text_fold (trimmed) : NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  if (g_strcmp0 (needle, self->needle) == 0)
    return FALSE;
  g_free (self->needle);
  self->needle = g_steal_pointer (&needle);
  return TRUE;
}

/* Whether the tab shows @summary: of the span on show, through every
 * filter, and matching the search. The cheap tests come first. */
gboolean
csp_meeting_filter_match (CspMeetingFilter  *self,
                          CspMeetingSummary *summary)
{
  CspMeeting *meeting;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (CSP_IS_MEETING_SUMMARY (summary), FALSE);

  meeting = csp_meeting_summary_get_meeting (summary);
  if (csp_meeting_summary_get_upcoming (summary) == self->past)
    return FALSE;
  if (self->kind != CSP_MEETING_FILTER_ANY && (int) csp_meeting_get_kind (meeting) != self->kind)
    return FALSE;
  if (self->status != CSP_MEETING_FILTER_ANY &&
      (int) csp_meeting_get_status (meeting) != self->status)
    return FALSE;
  if (self->account_id != 0 && csp_meeting_get_account_id (meeting) != self->account_id)
    return FALSE;
  return match_search (self, summary);
}

/* How many of kind, status and account narrow the list (the span and
 * the search are not filters). */
guint
csp_meeting_filter_get_n_active (CspMeetingFilter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return (self->kind != CSP_MEETING_FILTER_ANY) +
         (self->status != CSP_MEETING_FILTER_ANY) +
         (self->account_id != 0);
}

/* @text with case and Unicode forms folded away, for searching. */
char *
csp_text_fold (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text ? text : "", -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}
