/* csp-action-filter.c: which action items the Plans page shows
 *
 * Each field narrows the list; a field left at "any" does not. Text is
 * compared by csp_text_key(): Unicode-normalized (NFKC, so full-width
 * and half-width forms match), case-folded, trimmed and with runs of
 * space made one, so "  Kickoff  Call" finds "kickoff call" and Chinese
 * text matches as typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "csp-action-filter.h"
#include "csp-action-item.h"

void
csp_action_filter_init (CspActionFilter *filter)
{
  memset (filter, 0, sizeof *filter);
  filter->side = CSP_FILTER_ANY;
  filter->priority = CSP_FILTER_ANY;
  filter->status = CSP_FILTER_ANY;
}

void
csp_action_filter_clear (CspActionFilter *filter)
{
  g_clear_pointer (&filter->owner_key, g_free);
  g_clear_pointer (&filter->search_key, g_free);
  csp_action_filter_init (filter);
}

/* @text as compared: normalized, case-folded, single-spaced. */
char *
csp_text_key (const char *text)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) joined = NULL;

  if (text == NULL)
    return g_strdup ("");

  normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  folded = g_utf8_casefold (normal ? normal : "", -1);
  words = g_strsplit_set (folded, " \t\n\r\u3000", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (kept, words[i]);
  joined = g_strv_builder_end (kept);

  return g_strjoinv (" ", joined);
}

static gboolean
matches_search (const CspActionFilter *filter,
                CspActionSummary      *summary)
{
  if (filter->search_key == NULL || *filter->search_key == '\0')
    return TRUE;

  return strstr (csp_action_summary_get_search_key (summary), filter->search_key) != NULL;
}

/* The owner filter means "mine": our side's items owned by that name. */
static gboolean
matches_owner (const CspActionFilter *filter,
               CspActionItem         *action)
{
  g_autofree char *owner = NULL;

  if (filter->owner_key == NULL)
    return TRUE;
  if (csp_action_item_get_owner_side (action) != CSP_SIDE_OURS)
    return FALSE;

  owner = csp_text_key (csp_action_item_get_owner_name (action));
  return g_str_equal (owner, filter->owner_key);
}

gboolean
csp_action_filter_matches (const CspActionFilter *filter,
                           CspActionSummary      *summary)
{
  CspActionItem *action = csp_action_summary_get_action (summary);

  if (filter->account_id != 0 &&
      csp_action_summary_get_account_id (summary) != filter->account_id)
    return FALSE;
  if (filter->side != CSP_FILTER_ANY &&
      (int) csp_action_item_get_owner_side (action) != filter->side)
    return FALSE;
  if (filter->priority != CSP_FILTER_ANY &&
      (int) csp_action_item_get_priority (action) != filter->priority)
    return FALSE;
  if (filter->status != CSP_FILTER_ANY &&
      (int) csp_action_item_get_status (action) != filter->status)
    return FALSE;

  return matches_owner (filter, action) && matches_search (filter, summary);
}
