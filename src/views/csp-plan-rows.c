/* csp-plan-rows.c: the rows and texts of the plan page
 *
 * An objective row shows its metric from baseline through the current
 * value to the target, its due date and status, and a bar of its
 * progress whose tooltip says what it was computed from. An action row
 * has a check button to mark it done in one click, its owner, priority,
 * status and objective; a blocked action shows its note, an overdue one
 * an icon and the "overdue" style, and one that came out of a meeting a
 * link to it. Each row keeps its record (csp_plan_row_get_record()) and
 * carries a menu of what can be done to it; the page wires the actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "csp-format.h"
#include "csp-plan-rows.h"

/* Auxiliary methods */

/* "a · b · c" of the parts that are set. */
static void
append_part (GString    *text,
             const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (text->len > 0)
    g_string_append (text, " · ");
  g_string_append (text, part);
}

/* A row of @record; wide (not @compact), with a handle that shows it
 * can be dragged (the whole row can). */
static GtkWidget *
record_row (CspRecord  *record,
            const char *title,
            const char *subtitle,
            const char *edit_action,
            gboolean    compact)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *handle;

  /* Titles are user text: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : "");
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), edit_action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", csp_record_get_id (record));
  g_object_set_data_full (G_OBJECT (row), "csp-record", g_object_ref (record), g_object_unref);
  gtk_widget_set_tooltip_text (row, _("Drag to reorder, or press Alt+Up or Alt+Down"));
  if (compact)
    return row;

  handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  gtk_widget_add_css_class (handle, "dim-label");
  gtk_accessible_update_state (GTK_ACCESSIBLE (handle), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), handle);

  return row;
}

static GMenuItem *
id_item (const char *label,
         const char *action,
         gint64      id)
{
  GMenuItem *item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_int64 (id));
  return item;
}

static void
append_id_item (GMenu      *menu,
                const char *label,
                const char *action,
                gint64      id)
{
  g_autoptr(GMenuItem) item = id_item (label, action, id);

  g_menu_append_item (menu, item);
}

/* Edit, Move Up, Move Down, (@extra), Delete, for @kind "objective" or
 * "action". */
static void
add_menu (GtkWidget  *row,
          const char *kind,
          gint64      id,
          GMenuModel *extra,
          const char *accessible_label)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  g_autofree char *edit_action = g_strdup_printf ("plan.edit-%s", kind);
  g_autofree char *up_action = g_strdup_printf ("plan.%s-up", kind);
  g_autofree char *down_action = g_strdup_printf ("plan.%s-down", kind);
  g_autofree char *delete_action = g_strdup_printf ("plan.delete-%s", kind);
  GtkWidget *button = gtk_menu_button_new ();

  append_id_item (edit, _("_Edit…"), edit_action, id);
  if (extra != NULL)
    g_menu_append_submenu (edit, _("Move to _Objective"), extra);
  append_id_item (order, _("Move _Up"), up_action, id);
  append_id_item (order, _("Move _Down"), down_action, id);
  append_id_item (remove, _("_Delete"), delete_action, id);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, accessible_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

/* Objectives */

static char *
objective_subtitle (CspObjective *objective)
{
  GString *text = g_string_new (NULL);
  g_autofree char *due = csp_format_date (csp_objective_get_due_on (objective));
  g_autofree char *due_text = *due ? g_strdup_printf (_("Due %s"), due) : NULL;
  const char *baseline = csp_objective_get_baseline (objective);
  const char *current = csp_objective_get_current (objective);
  const char *target = csp_objective_get_target (objective);

  append_part (text, csp_objective_get_metric (objective));
  if (baseline || current || target)
    {
      /* Translators: an objective's metric: baseline → current value → target;
       * a value not entered shows as “?” */
      g_autofree char *values = g_strdup_printf (_("%s → %s → %s"), baseline ? baseline : "?",
                                                 current ? current : "?", target ? target : "?");

      append_part (text, values);
    }
  append_part (text, due_text);
  append_part (text, csp_enum_to_label (CSP_TYPE_OBJECTIVE_STATUS,
                                        csp_objective_get_status (objective)));
  return g_string_free (text, FALSE);
}

GtkWidget *
csp_plan_objective_row (CspObjective      *objective,
                        const CspProgress *progress,
                        gboolean           compact)
{
  g_autofree char *subtitle = objective_subtitle (objective);
  g_autofree char *menu_label = g_strdup_printf (_("Objective Menu: %s"),
                                                 csp_objective_get_title (objective));
  GtkWidget *row = record_row (CSP_RECORD (objective), csp_objective_get_title (objective),
                               subtitle, "plan.edit-objective", compact);
  GtkWidget *bar = csp_plan_progress_bar (progress);
  g_autofree char *percent = g_strdup_printf ("%.0f%%", progress->fraction * 100);
  GtkWidget *label = gtk_label_new (progress->basis == CSP_PROGRESS_NONE ? "—" : percent);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  if (!compact)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
  add_menu (row, "objective", csp_record_get_id (CSP_RECORD (objective)), NULL, menu_label);
  return row;
}

/* Actions */

gboolean
csp_plan_action_overdue (CspActionItem *action,
                         const char    *today)
{
  CspActionStatus status = csp_action_item_get_status (action);
  const char *due = csp_action_item_get_due_on (action);

  return status != CSP_ACTION_DONE && status != CSP_ACTION_CANCELLED &&
         due != NULL && g_strcmp0 (due, today) < 0;
}

static const char *
objective_title (GListModel *objectives,
                 gint64      objective_id)
{
  for (guint i = 0; objective_id != 0 && i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(CspObjective) objective = g_list_model_get_item (objectives, i);

      /* The list holds the objectives: the title outlives this ref. */
      if (csp_record_get_id (CSP_RECORD (objective)) == objective_id)
        return csp_objective_get_title (objective);
    }

  return NULL;
}

/* "Due …", "Overdue since …", "Done …" or "No due date". */
static char *
due_text (CspActionItem *action,
          const char    *today)
{
  gboolean done = csp_action_item_get_status (action) == CSP_ACTION_DONE;
  g_autofree char *date = csp_format_date (done ? csp_action_item_get_completed_on (action)
                                                : csp_action_item_get_due_on (action));

  if (done)
    /* Translators: %s is the day an action item was done */
    return g_strdup_printf (_("Done %s"), date);
  if (*date == '\0')
    return g_strdup (_("No due date"));
  /* Translators: %s is a due date */
  return g_strdup_printf (csp_plan_action_overdue (action, today) ? _("Overdue since %s")
                                                                  : _("Due %s"), date);
}

static char *
action_subtitle (CspActionItem *action,
                 GListModel    *objectives,
                 const char    *today,
                 gboolean       compact)
{
  GString *text = g_string_new (NULL);
  const char *objective = objective_title (objectives, csp_action_item_get_objective_id (action));
  const char *notes = csp_action_item_get_notes (action);

  append_part (text, csp_enum_to_label (CSP_TYPE_SIDE, csp_action_item_get_owner_side (action)));
  append_part (text, csp_action_item_get_owner_name (action));
  append_part (text, csp_enum_to_label (CSP_TYPE_PRIORITY, csp_action_item_get_priority (action)));
  append_part (text, csp_enum_to_label (CSP_TYPE_ACTION_STATUS,
                                        csp_action_item_get_status (action)));
  if (objective != NULL)
    {
      g_string_append_c (text, '\n');
      /* Translators: %s is the objective an action item serves */
      g_string_append_printf (text, _("Objective: %s"), objective);
    }
  if (csp_action_item_get_status (action) == CSP_ACTION_BLOCKED)
    {
      g_string_append_c (text, '\n');
      /* Translators: %s is the note of a blocked action item */
      g_string_append_printf (text, _("Blocked: %s"),
                              notes && *notes ? notes : _("no note on what blocks it"));
    }
  /* Narrow, the due date goes first here instead of beside the title. */
  if (compact)
    {
      g_autofree char *due = due_text (action, today);

      g_string_prepend (text, "\n");
      g_string_prepend (text, due);
    }
  return g_string_free (text, FALSE);
}

/* The due date, with an icon when overdue; when @compact the date is
 * in the subtitle and only the icon shows here. */
static GtkWidget *
due_label (CspActionItem *action,
           const char    *today,
           gboolean       compact)
{
  gboolean overdue = csp_plan_action_overdue (action, today);
  g_autofree char *text = due_text (action, today);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  if (overdue)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("task-past-due-symbolic");

      gtk_widget_set_tooltip_text (icon, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                      -1);
      gtk_box_append (GTK_BOX (box), icon);
    }
  /* One line: a row gives its suffixes their least width, and a wrapped
   * date reads badly. */
  if (!compact)
    gtk_box_append (GTK_BOX (box), gtk_label_new (text));
  gtk_widget_add_css_class (box, overdue ? "overdue" : "dim-label");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  return box;
}

static gboolean
open_meeting_cb (GtkLabel   *label,
                 const char *uri,
                 gpointer    user_data)
{
  gint64 meeting_id = g_ascii_strtoll (uri + strlen ("meeting:"), NULL, 10);

  gtk_widget_activate_action (GTK_WIDGET (label), "win.open-meeting", "x", meeting_id);
  return TRUE;
}

/* A link to the meeting the action came out of; when @compact, an
 * icon button that does the same. */
static GtkWidget *
meeting_link (gint64      meeting_id,
              const char *title,
              gboolean    compact)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  /* Translators: a link to the meeting an action item came out of */
  g_autofree char *text = g_strdup_printf (_("From %s"), title);
  g_autofree char *markup = NULL;
  GtkWidget *label;

  if (compact)
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("x-office-calendar-symbolic");

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.open-meeting");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", meeting_id);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      text, -1);
      return button;
    }

  g_free (text);
  text = g_strdup_printf (_("From %s"), escaped);
  markup = g_strdup_printf ("<a href=\"meeting:%" G_GINT64_FORMAT "\">%s</a>", meeting_id, text);
  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (label, _("Open the meeting this action came out of"));
  g_signal_connect (label, "activate-link", G_CALLBACK (open_meeting_cb), NULL);
  return label;
}

static void
done_toggled_cb (GtkCheckButton *check)
{
  gint64 *id = g_object_get_data (G_OBJECT (check), "csp-id");

  gtk_widget_activate_action (GTK_WIDGET (check), "plan.toggle-done", "x", *id);
}

static GtkWidget *
done_check (CspActionItem *action)
{
  GtkWidget *check = gtk_check_button_new ();
  gboolean done = csp_action_item_get_status (action) == CSP_ACTION_DONE;
  g_autofree char *label = g_strdup_printf (done ? _("Reopen “%s”") : _("Mark “%s” done"),
                                            csp_action_item_get_title (action));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), done);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, done ? _("Done; click to reopen") : _("Mark done"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* The page writes the change and shows it when it reads again. Not
   * an actionable: a stateless action would rule the check's state. */
  g_object_set_data_full (G_OBJECT (check), "csp-id",
                          g_memdup2 (&(gint64) { csp_record_get_id (CSP_RECORD (action)) },
                                     sizeof (gint64)), g_free);
  g_signal_connect (check, "toggled", G_CALLBACK (done_toggled_cb), NULL);
  return check;
}

/* "None" and each objective, for the action's menu. */
static GMenuModel *
objectives_menu (GListModel *objectives,
                 gint64      action_id)
{
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i <= g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(CspObjective) objective = i ? g_list_model_get_item (objectives, i - 1) : NULL;
      g_autoptr(GMenuItem) item =
        /* Translators: an action item that serves no objective */
        g_menu_item_new (objective ? csp_objective_get_title (objective) : C_("objective", "None"),
                         NULL);

      g_menu_item_set_action_and_target_value (
        item, "plan.move-to-objective",
        g_variant_new ("(xx)", action_id,
                       objective ? csp_record_get_id (CSP_RECORD (objective)) : (gint64) 0));
      g_menu_append_item (menu, item);
    }

  return G_MENU_MODEL (menu);
}

GtkWidget *
csp_plan_action_row (CspActionItem *action,
                     GListModel    *objectives,
                     const char    *meeting_title,
                     const char    *today,
                     gboolean       compact)
{
  gint64 id = csp_record_get_id (CSP_RECORD (action));
  g_autofree char *subtitle = action_subtitle (action, objectives, today, compact);
  g_autofree char *menu_label = g_strdup_printf (_("Action Menu: %s"),
                                                 csp_action_item_get_title (action));
  g_autoptr(GMenuModel) move_menu = objectives_menu (objectives, id);
  GtkWidget *row = record_row (CSP_RECORD (action), csp_action_item_get_title (action), subtitle,
                               "plan.edit-action", compact);
  const char *notes = csp_action_item_get_notes (action);

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), done_check (action));
  if (csp_action_item_get_meeting_id (action) != 0 && meeting_title != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               meeting_link (csp_action_item_get_meeting_id (action),
                                             meeting_title, compact));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), due_label (action, today, compact));
  add_menu (row, "action", id, g_list_model_get_n_items (objectives) ? move_menu : NULL,
            menu_label);

  if (csp_plan_action_overdue (action, today))
    gtk_widget_add_css_class (row, "overdue-row");
  else if (csp_action_item_get_status (action) == CSP_ACTION_BLOCKED)
    gtk_widget_add_css_class (row, "blocked-row");
  if (csp_action_item_get_status (action) == CSP_ACTION_DONE ||
      csp_action_item_get_status (action) == CSP_ACTION_CANCELLED)
    gtk_widget_add_css_class (row, "finished-row");
  if (notes != NULL && csp_action_item_get_status (action) != CSP_ACTION_BLOCKED)
    gtk_widget_set_tooltip_text (row, notes);
  return row;
}

CspRecord *
csp_plan_row_get_record (GtkWidget *row)
{
  return row ? g_object_get_data (G_OBJECT (row), "csp-record") : NULL;
}

/* Progress */

char *
csp_plan_progress_text (const CspProgress *progress)
{
  switch (progress->basis)
    {
    case CSP_PROGRESS_METRIC:
      /* Translators: progress of an objective read from its metric */
      return g_strdup_printf (_("%.0f %% of the way to target"), progress->fraction * 100);
    case CSP_PROGRESS_ACTIONS:
      return g_strdup_printf (
        /* Translators: actions done of those not cancelled */
        g_dngettext (GETTEXT_PACKAGE, "%u of %u action done", "%u of %u actions done",
                     progress->n_counted),
        progress->n_done, progress->n_counted);
    case CSP_PROGRESS_NONE:
    default:
      return g_strdup (_("No progress yet: no actions to count"));
    }
}

const char *
csp_plan_progress_rule (CspProgressBasis basis)
{
  switch (basis)
    {
    case CSP_PROGRESS_METRIC:
      return _("From the metric: how far the current value has come from the baseline "
               "towards the target (a target below the baseline counts down)");
    case CSP_PROGRESS_ACTIONS:
    case CSP_PROGRESS_NONE:
    default:
      return _("Done actions among all actions that were not cancelled");
    }
}

/* A bar of @progress, its text as the accessible name and the rule as
 * the tooltip. */
GtkWidget *
csp_plan_progress_bar (const CspProgress *progress)
{
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);
  g_autofree char *text = csp_plan_progress_text (progress);
  g_autofree char *tooltip = g_strdup_printf ("%s\n%s", text,
                                              csp_plan_progress_rule (progress->basis));

  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), progress->fraction);
  gtk_widget_set_size_request (bar, 72, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (bar, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  return bar;
}
