/* csp-plan-page-fill.c: the plan page's sections, from what was read
 *
 * The heading, the status control, the dates and the plan's progress;
 * then a row per objective and per action (csp-plan-rows.c). Filling
 * keeps the keyboard focus on the row it was on (found by its record
 * after the rows are made afresh), so marking done or moving a row by
 * keyboard leaves the user where they were.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-format.h"
#include "csp-plan-page-private.h"
#include "csp-plan-rows.h"

/* Auxiliary methods */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
note_row (const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "dim-label");
  return row;
}

/* The row of the list that holds the focus, if one does. */
static GtkWidget *
focused_row (CspPlanPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  if (row == NULL || !gtk_widget_is_ancestor (row, GTK_WIDGET (self)))
    return NULL;
  return row;
}

static void
remember_focus (CspPlanPage *self)
{
  CspRecord *record = csp_plan_row_get_record (focused_row (self));

  if (record == NULL)
    return;
  self->focus_type = G_OBJECT_TYPE (record);
  self->focus_id = csp_record_get_id (record);
}

static void
restore_focus (CspPlanPage *self)
{
  GtkListBox *list = self->focus_type == CSP_TYPE_OBJECTIVE ? self->objectives_list
                                                             : self->actions_list;

  if (self->focus_id == 0)
    return;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      CspRecord *record = csp_plan_row_get_record (row);

      if (record != NULL && csp_record_get_id (record) == self->focus_id)
        {
          gtk_widget_grab_focus (row);
          break;
        }
    }
  self->focus_id = 0;
}

static void
fill_heading (CspPlanPage *self)
{
  CspSuccessPlan *plan = self->plan;
  const char *outcome = csp_success_plan_get_desired_outcome (plan);
  g_autofree char *start = csp_format_date (csp_success_plan_get_start_on (plan));
  g_autofree char *target = csp_format_date (csp_success_plan_get_target_on (plan));
  g_autofree char *completed = csp_format_date (csp_success_plan_get_completed_on (plan));
  g_autoptr(GString) dates = g_string_new (NULL);

  adw_window_title_set_title (self->window_title, csp_success_plan_get_title (plan));
  adw_window_title_set_subtitle (self->window_title, self->account_name);
  gtk_label_set_text (self->title_label, csp_success_plan_get_title (plan));
  gtk_label_set_text (self->outcome_label, outcome ? outcome : _("No desired outcome written yet"));

  /* Translators: the start and target dates of a plan; a date not set shows as “—” */
  g_string_printf (dates, _("Start %s · Target %s"), *start ? start : "—",
                   *target ? target : "—");
  if (*completed)
    {
      /* Translators: %s is the day a plan was completed */
      g_autofree char *done = g_strdup_printf (_("Completed %s"), completed);

      g_string_append_printf (dates, "\n%s", done);
    }
  adw_action_row_set_subtitle (self->dates_row, dates->str);

  self->filling = TRUE;
  gtk_drop_down_set_selected (self->status_dropdown, csp_success_plan_get_status (plan));
  self->filling = FALSE;
}

static void
fill_progress (CspPlanPage *self)
{
  CspProgress progress;
  g_autofree char *text = NULL;
  g_autofree char *percent = NULL;

  csp_progress_for_plan (self->actions, &progress);
  text = csp_plan_progress_text (&progress);
  adw_action_row_set_subtitle (self->progress_row, text);
  gtk_progress_bar_set_fraction (self->progress_bar, progress.fraction);
  percent = g_strdup_printf ("%.0f%%", progress.fraction * 100);
  gtk_progress_bar_set_text (self->progress_bar, percent);
  gtk_progress_bar_set_show_text (self->progress_bar, progress.basis != CSP_PROGRESS_NONE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->progress_row),
                               csp_plan_progress_rule (CSP_PROGRESS_ACTIONS));
}

static void
fill_objectives (CspPlanPage *self)
{
  guint n = g_list_model_get_n_items (self->objectives);

  clear_list (self->objectives_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CspObjective) objective = g_list_model_get_item (self->objectives, i);
      CspProgress progress;
      GtkWidget *row;

      csp_progress_for_objective (objective, self->actions, &progress);
      row = csp_plan_objective_row (objective, &progress, self->compact);
      _csp_plan_page_setup_drag (self, row, CSP_RECORD (objective));
      gtk_list_box_append (self->objectives_list, row);
    }
  if (n == 0)
    gtk_list_box_append (self->objectives_list, note_row (_("No objectives yet")));
}

static guint
count_overdue (CspPlanPage *self)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (self->actions); i++)
    {
      g_autoptr(CspActionItem) action = g_list_model_get_item (self->actions, i);

      n += csp_plan_action_overdue (action, self->today);
    }
  return n;
}

static void
fill_actions (CspPlanPage *self)
{
  guint n = g_list_model_get_n_items (self->actions);
  guint n_overdue = count_overdue (self);
  g_autofree char *description = n_overdue == 0 ? NULL : g_strdup_printf (
    g_dngettext (GETTEXT_PACKAGE, "%u action overdue", "%u actions overdue", n_overdue),
    n_overdue);

  adw_preferences_group_set_description (self->actions_group, description);
  clear_list (self->actions_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CspActionItem) action = g_list_model_get_item (self->actions, i);
      gint64 meeting_id = csp_action_item_get_meeting_id (action);
      GtkWidget *row = csp_plan_action_row (action, self->objectives,
                                            g_hash_table_lookup (self->meeting_titles, &meeting_id),
                                            self->today, self->compact);

      _csp_plan_page_setup_drag (self, row, CSP_RECORD (action));
      gtk_list_box_append (self->actions_list, row);
    }
  if (n == 0)
    gtk_list_box_append (self->actions_list, note_row (_("No action items yet")));
}

/* Internal API */

void
_csp_plan_page_fill (CspPlanPage *self)
{
  remember_focus (self);
  fill_heading (self);
  fill_progress (self);
  fill_objectives (self);
  fill_actions (self);
  restore_focus (self);
}
