/* csp-action-sections.c: the Plans page's sections as one flat list
 *
 * GTK 4.8's list view has no sections, and a list box makes a widget
 * per row, too many for a portfolio's thousands of action items. So the
 * page shows one flat list in a list view, a CspActionSection heading
 * before each group's CspActionSummary items, in the order of
 * CspActionGroup; within a group, in the query's order.
 *
 * A new list goes into the shown one by replacing only what changed
 * between their common start and common end (csp_action_sections_diff),
 * so reading the list again after a write keeps the view where it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-action-item.h"
#include "csp-action-section.h"
#include "csp-action-sections.h"
#include "csp-date.h"
#include "csp-record.h"

/* Latest completion first, the last changed first within a day, as the
 * store reads them; a stable sort keeps the rest in the query's order. */
static int
compare_done_latest (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  CspActionItem *x = csp_action_summary_get_action (*(CspActionSummary * const *) a);
  CspActionItem *y = csp_action_summary_get_action (*(CspActionSummary * const *) b);
  int order = g_strcmp0 (csp_action_item_get_completed_on (y),
                         csp_action_item_get_completed_on (x));

  if (order != 0)
    return order;
  return g_strcmp0 (csp_record_get_updated_at (CSP_RECORD (y)),
                    csp_record_get_updated_at (CSP_RECORD (x)));
}

/* Headings and items of the CspActionSummary items of @summaries that
 * @filter lets through, grouped on the day @today for weeks starting on
 * @first_weekday; empty groups have no heading. Every item the filter
 * lets through, shown or not (done long ago, cancelled), is also added
 * to @matched when given, for progress. */
GPtrArray *
csp_action_sections_build (GListModel            *summaries,
                           const CspActionFilter *filter,
                           const char            *today,
                           GDateWeekday           first_weekday,
                           GPtrArray             *matched)
{
  g_autofree char *week_end = csp_date_week_end (today, first_weekday);
  GPtrArray *groups[CSP_N_ACTION_GROUPS];
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (summaries);

  for (guint g = 0; g < CSP_N_ACTION_GROUPS; g++)
    groups[g] = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CspActionSummary) summary = g_list_model_get_item (summaries, i);
      CspActionItem *action = csp_action_summary_get_action (summary);
      CspActionGroup group;

      if (!csp_action_filter_matches (filter, summary))
        continue;
      if (matched != NULL)
        g_ptr_array_add (matched, g_object_ref (summary));
      group = csp_action_group_in_week (csp_action_item_get_status (action),
                                        csp_action_item_get_due_on (action),
                                        csp_action_item_get_completed_on (action),
                                        today, week_end);
      if (group < CSP_N_ACTION_GROUPS)
        g_ptr_array_add (groups[group], summary);
    }

  /* Marked done since the list was read: latest first there too. */
  g_ptr_array_sort_with_data (groups[CSP_ACTION_GROUP_RECENTLY_DONE], compare_done_latest, NULL);

  for (guint g = 0; g < CSP_N_ACTION_GROUPS; g++)
    {
      if (groups[g]->len == 0)
        continue;
      g_ptr_array_add (entries, csp_action_section_new (g, groups[g]->len));
      for (guint i = 0; i < groups[g]->len; i++)
        g_ptr_array_add (entries, g_object_ref (g_ptr_array_index (groups[g], i)));
    }

  for (guint g = 0; g < CSP_N_ACTION_GROUPS; g++)
    g_ptr_array_unref (groups[g]);

  return entries;
}

/* Whether @a and @b show the same item: the same object, or an item
 * read again unchanged (same id, last change, account and plan). Two
 * headings of a group are the same whatever their counts, so an item
 * moving between sections is a move, not a change of everything between;
 * csp_action_sections_stale_heading() finds the counts to show again. */
gboolean
csp_action_sections_same_entry (gpointer a,
                                gpointer b)
{
  if (a == b)
    return TRUE;
  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  if (CSP_IS_ACTION_SECTION (a))
    return csp_action_section_get_group (a) == csp_action_section_get_group (b);
  else
    {
      CspRecord *ra = CSP_RECORD (csp_action_summary_get_action (a));
      CspRecord *rb = CSP_RECORD (csp_action_summary_get_action (b));

      return csp_record_get_id (ra) == csp_record_get_id (rb) &&
             g_strcmp0 (csp_record_get_updated_at (ra), csp_record_get_updated_at (rb)) == 0 &&
             g_strcmp0 (csp_action_summary_get_account_name (a),
                        csp_action_summary_get_account_name (b)) == 0 &&
             g_strcmp0 (csp_action_summary_get_plan_title (a),
                        csp_action_summary_get_plan_title (b)) == 0;
    }
}

/* Whether @shown[@position] and @entries[@index] are the same heading
 * or item, whatever changed in it. */
static gboolean
same_at (GListModel *shown,
         guint       position,
         GPtrArray  *entries,
         guint       index)
{
  g_autoptr(GObject) old = g_list_model_get_item (shown, position);
  gpointer entry = g_ptr_array_index (entries, index);

  if (G_OBJECT_TYPE (old) != G_OBJECT_TYPE (entry))
    return FALSE;
  if (CSP_IS_ACTION_SECTION (old))
    return csp_action_section_get_group (CSP_ACTION_SECTION (old)) ==
           csp_action_section_get_group (entry);
  return csp_record_get_id (CSP_RECORD (csp_action_summary_get_action (CSP_ACTION_SUMMARY (old)))) ==
         csp_record_get_id (CSP_RECORD (csp_action_summary_get_action (entry)));
}

/* Whether the @n items from @start differ only by one item moved (the
 * others may have been read again, changed or not): from
 * the start to the end of the run (*@from = @start, *@to = @start + @n
 * - 1) or the other way. Marking an item done moves it so. */
gboolean
csp_action_sections_find_move (GListModel *shown,
                               GPtrArray  *entries,
                               guint       start,
                               guint       n,
                               guint      *from,
                               guint      *to)
{
  gboolean later = TRUE, earlier = TRUE;

  if (n < 2 || start + n > g_list_model_get_n_items (shown) || start + n > entries->len)
    return FALSE;

  later = same_at (shown, start, entries, start + n - 1);
  earlier = same_at (shown, start + n - 1, entries, start);
  for (guint k = 0; k + 1 < n && (later || earlier); k++)
    {
      later = later && same_at (shown, start + 1 + k, entries, start + k);
      earlier = earlier && same_at (shown, start + k, entries, start + 1 + k);
    }

  *from = later ? start : start + n - 1;
  *to = later ? start + n - 1 : start;
  return later || earlier;
}

/* Whether @old, shown where @entry goes, is a heading of the same
 * group with another count. */
gboolean
csp_action_sections_stale_heading (gpointer old,
                                   gpointer entry)
{
  return CSP_IS_ACTION_SECTION (old) && CSP_IS_ACTION_SECTION (entry) &&
         csp_action_section_get_group (old) == csp_action_section_get_group (entry) &&
         csp_action_section_get_n_items (old) != csp_action_section_get_n_items (entry);
}

/* How @shown becomes @entries (what csp_action_sections_build() gave):
 * replacing @n_removed items at @start with @n_added from @entries at
 * @start, the run between their common start and common end. */
void
csp_action_sections_diff (GListModel *shown,
                          GPtrArray  *entries,
                          guint      *start,
                          guint      *n_removed,
                          guint      *n_added)
{
  guint n_old = g_list_model_get_n_items (shown);
  guint n_new = entries->len;
  guint head = 0, tail = 0;

  while (head < n_old && head < n_new)
    {
      g_autoptr(GObject) old = g_list_model_get_item (shown, head);

      if (!csp_action_sections_same_entry (old, g_ptr_array_index (entries, head)))
        break;
      head++;
    }
  while (tail < n_old - head && tail < n_new - head)
    {
      g_autoptr(GObject) old = g_list_model_get_item (shown, n_old - 1 - tail);

      if (!csp_action_sections_same_entry (old, g_ptr_array_index (entries, n_new - 1 - tail)))
        break;
      tail++;
    }

  *start = head;
  *n_removed = n_old - head - tail;
  *n_added = n_new - head - tail;
}
