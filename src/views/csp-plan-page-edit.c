/* csp-plan-page-edit.c: adding, editing, reordering and deleting
 *
 * The plan page's actions on its objectives and action items. Every
 * write goes through the store (which tells the page to read again) and
 * says what it did in a toast whose Undo puts the rows back as they
 * were: an edited row is written back, a deleted one inserted again with
 * its id, together with the actions that served a deleted objective and
 * the meeting decisions that led to a deleted action (the schema set
 * those links to NULL).
 *
 * Order is changed by dragging a row onto another (GtkDragSource and
 * GtkDropTarget carry the record, so an action cannot land among the
 * objectives), by Alt+Up and Alt+Down on the focused row, or from the
 * row's menu; the store renumbers the siblings in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-plan-dialogs.h"
#include "csp-plan-page-private.h"
#include "csp-plan-rows.h"
#include "csp-store-plans.h"
#include "csp-store-records.h"

/* Auxiliary methods */

static GPtrArray *
records_array (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

/* Appends copies of the CspRecords of @list to @array. */
static void
append_copies (GPtrArray  *array,
               GListModel *list)
{
  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CspRecord) record = g_list_model_get_item (list, i);

      g_ptr_array_add (array, csp_record_copy (record));
    }
}

static guint
index_of (GListModel *list,
          gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CspRecord) record = g_list_model_get_item (list, i);

      if (csp_record_get_id (record) == id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
report (CspPlanPage *self,
        GError      *error)
{
  if (error != NULL)
    _csp_plan_page_toast (self, error->message);
}

static gboolean
save_record (CspPlanPage  *self,
             CspRecord    *record,
             GError      **error)
{
  g_autoptr(CspRecord) before = NULL;
  GPtrArray *updates;

  if (csp_record_get_id (record) == 0)
    {
      if (!(CSP_IS_OBJECTIVE (record)
              ? csp_store_append_objective (self->store, CSP_OBJECTIVE (record), error)
              : csp_store_append_action (self->store, CSP_ACTION_ITEM (record), error)))
        return FALSE;
      _csp_plan_page_toast (self, _("Added"));
      return TRUE;
    }

  before = _csp_plan_page_find (self, G_OBJECT_TYPE (record), csp_record_get_id (record));
  if (!csp_store_update (self->store, record, error))
    return FALSE;

  updates = records_array ();
  if (before != NULL)
    g_ptr_array_add (updates, g_steal_pointer (&before));
  _csp_plan_page_toast_undo (self, _("Saved"), NULL, updates);
  return TRUE;
}

/* What a delete takes with it, so that undo can put it back. */
static gboolean
take_dependants (CspPlanPage  *self,
                 GType         type,
                 gint64        id,
                 GPtrArray    *updates,
                 GError      **error)
{
  g_autoptr(GListModel) list = type == CSP_TYPE_OBJECTIVE
    ? csp_store_list_objective_actions (self->store, id, error)
    : csp_store_list_action_decisions (self->store, id, error);

  append_copies (updates, list);
  return list != NULL;
}

/* Callbacks */

static void
record_ready_cb (CspRecord *record,
                 gpointer   user_data)
{
  CspPlanPage *self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && !save_record (self, record, &error))
    report (self, error);
}

static void
add_objective_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CspPlanPage *self = CSP_PLAN_PAGE (widget);

  if (self->plan != NULL)
    csp_objective_dialog_present (widget, self->plan_id, NULL, record_ready_cb, self);
}

static void
add_action_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CspPlanPage *self = CSP_PLAN_PAGE (widget);

  if (self->plan != NULL)
    csp_action_dialog_present (widget, self->plan_id, NULL, self->objectives, self->today,
                               record_ready_cb, self);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CspPlanPage *self = CSP_PLAN_PAGE (widget);
  gboolean objective = g_str_equal (action_name, "plan.edit-objective");
  g_autoptr(CspRecord) record = _csp_plan_page_find (
    self, objective ? CSP_TYPE_OBJECTIVE : CSP_TYPE_ACTION_ITEM, g_variant_get_int64 (parameter));

  if (record == NULL)
    return;
  if (objective)
    csp_objective_dialog_present (widget, self->plan_id, CSP_OBJECTIVE (record),
                                  record_ready_cb, self);
  else
    csp_action_dialog_present (widget, self->plan_id, CSP_ACTION_ITEM (record), self->objectives,
                               self->today, record_ready_cb, self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GType type = g_str_equal (action_name, "plan.delete-objective") ? CSP_TYPE_OBJECTIVE
                                                                  : CSP_TYPE_ACTION_ITEM;
  g_autoptr(GError) error = NULL;

  if (!csp_plan_page_delete (CSP_PLAN_PAGE (widget), type, g_variant_get_int64 (parameter),
                             &error))
    report (CSP_PLAN_PAGE (widget), error);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GType type = g_str_has_prefix (action_name, "plan.objective") ? CSP_TYPE_OBJECTIVE
                                                                : CSP_TYPE_ACTION_ITEM;
  int delta = g_str_has_suffix (action_name, "-up") ? -1 : 1;
  g_autoptr(GError) error = NULL;

  if (!csp_plan_page_move (CSP_PLAN_PAGE (widget), type, g_variant_get_int64 (parameter), delta,
                           &error))
    report (CSP_PLAN_PAGE (widget), error);
}

static void
toggle_done_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CspPlanPage *self = CSP_PLAN_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(CspActionItem) action = _csp_plan_page_find (self, CSP_TYPE_ACTION_ITEM, id);
  g_autoptr(GError) error = NULL;

  if (action != NULL &&
      !csp_plan_page_set_done (self, id, csp_action_item_get_status (action) != CSP_ACTION_DONE,
                               &error))
    report (self, error);
}

static void
move_to_objective_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CspPlanPage *self = CSP_PLAN_PAGE (widget);
  gint64 action_id, objective_id;
  g_autoptr(CspActionItem) action = NULL;
  g_autoptr(GError) error = NULL;

  g_variant_get (parameter, "(xx)", &action_id, &objective_id);
  if (!(action = _csp_plan_page_find (self, CSP_TYPE_ACTION_ITEM, action_id)))
    return;

  action = CSP_ACTION_ITEM (csp_record_copy (CSP_RECORD (action)));
  csp_action_item_set_objective_id (action, objective_id);
  if (!save_record (self, CSP_RECORD (action), &error))
    report (self, error);
}

/* Alt+Up and Alt+Down on a focused objective or action row. */
static gboolean
move_focused_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  CspPlanPage *self = CSP_PLAN_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;
  CspRecord *record = csp_plan_row_get_record (row);
  g_autoptr(GError) error = NULL;

  if (record == NULL || !gtk_widget_is_ancestor (row, widget))
    return FALSE;

  if (!csp_plan_page_move (self, G_OBJECT_TYPE (record), csp_record_get_id (record),
                           g_variant_get_int32 (args), &error))
    report (self, error);
  return TRUE;
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, (int) x, (int) y);
  return gdk_content_provider_new_typed (G_OBJECT_TYPE (csp_plan_row_get_record (row)),
                                         csp_plan_row_get_record (row));
}

/* A row dropped on @row takes @row's place. */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  CspPlanPage *self = CSP_PLAN_PAGE (gtk_widget_get_ancestor (row, CSP_TYPE_PLAN_PAGE));
  CspRecord *dragged = g_value_get_object (value);
  CspRecord *onto = csp_plan_row_get_record (row);
  GListModel *list = CSP_IS_OBJECTIVE (onto) ? self->objectives : self->actions;
  guint from = index_of (list, csp_record_get_id (dragged));
  guint to = index_of (list, csp_record_get_id (onto));
  g_autoptr(GError) error = NULL;

  if (from == GTK_INVALID_LIST_POSITION || to == GTK_INVALID_LIST_POSITION || from == to)
    return FALSE;
  if (!csp_plan_page_move (self, G_OBJECT_TYPE (dragged), csp_record_get_id (dragged),
                           (int) to - (int) from, &error))
    report (self, error);
  return TRUE;
}

/* Internal API */

void
_csp_plan_page_install_edit_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plan.add-objective", NULL,
                                   add_objective_action);
  gtk_widget_class_install_action (widget_class, "plan.add-action", NULL, add_action_action);
  gtk_widget_class_install_action (widget_class, "plan.edit-objective", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "plan.edit-action", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "plan.delete-objective", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "plan.delete-action", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "plan.objective-up", "x", move_action);
  gtk_widget_class_install_action (widget_class, "plan.objective-down", "x", move_action);
  gtk_widget_class_install_action (widget_class, "plan.action-up", "x", move_action);
  gtk_widget_class_install_action (widget_class, "plan.action-down", "x", move_action);
  gtk_widget_class_install_action (widget_class, "plan.toggle-done", "x", toggle_done_action);
  gtk_widget_class_install_action (widget_class, "plan.move-to-objective", "(xx)",
                                   move_to_objective_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK, move_focused_cb,
                                "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK, move_focused_cb,
                                "i", 1);
}

/* Lets @row, showing @record, be dragged onto its siblings. */
void
_csp_plan_page_setup_drag (CspPlanPage *self,
                           GtkWidget   *row,
                           CspRecord   *record)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_OBJECT_TYPE (record), GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
}

/* Public API */

/* Marks the action @action_id done today, or reopens it (open), with
 * Undo in a toast that restores the status it had. */
gboolean
csp_plan_page_set_done (CspPlanPage  *self,
                        gint64        action_id,
                        gboolean      done,
                        GError      **error)
{
  g_autoptr(CspActionItem) before = NULL;
  g_autoptr(CspActionItem) action = NULL;
  g_autofree char *message = NULL;
  GPtrArray *updates;

  g_return_val_if_fail (CSP_IS_PLAN_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  if (!(before = csp_store_get_action_item (self->store, action_id, error)))
    return FALSE;
  action = CSP_ACTION_ITEM (csp_record_copy (CSP_RECORD (before)));
  if (done)
    csp_action_item_mark_done (action, self->today);
  else
    csp_action_item_reopen (action, CSP_ACTION_OPEN);
  if (!csp_store_update_action_item (self->store, action, error))
    return FALSE;

  message = done
    /* Translators: %s is the title of an action item */
    ? g_strdup_printf (_("Done: %s"), csp_action_item_get_title (action))
    /* Translators: %s is the title of an action item */
    : g_strdup_printf (_("Reopened: %s"), csp_action_item_get_title (action));
  updates = records_array ();
  g_ptr_array_add (updates, g_steal_pointer (&before));
  _csp_plan_page_toast_undo (self, message, NULL, updates);
  return TRUE;
}

/* Moves the objective or action @id by @delta places in its list. */
gboolean
csp_plan_page_move (CspPlanPage  *self,
                    GType         type,
                    gint64        id,
                    int           delta,
                    GError      **error)
{
  GListModel *list;
  guint index;
  int position;

  g_return_val_if_fail (CSP_IS_PLAN_PAGE (self), FALSE);
  g_return_val_if_fail (type == CSP_TYPE_OBJECTIVE || type == CSP_TYPE_ACTION_ITEM, FALSE);

  list = type == CSP_TYPE_OBJECTIVE ? self->objectives : self->actions;
  if ((index = index_of (list, id)) == GTK_INVALID_LIST_POSITION || self->store == NULL)
    return TRUE;

  position = CLAMP ((int) index + delta, 0, (int) g_list_model_get_n_items (list) - 1);
  if (position == (int) index)
    return TRUE;

  /* The moved row keeps the focus when the page reads again. */
  self->focus_type = type;
  self->focus_id = id;
  return type == CSP_TYPE_OBJECTIVE
    ? csp_store_move_objective (self->store, id, (guint) position, error)
    : csp_store_move_action (self->store, id, (guint) position, error);
}

/* Deletes the objective or action @id, offering undo in a toast. */
gboolean
csp_plan_page_delete (CspPlanPage  *self,
                      GType         type,
                      gint64        id,
                      GError      **error)
{
  g_autoptr(CspRecord) record = NULL;
  g_autoptr(GPtrArray) inserts = records_array ();
  g_autoptr(GPtrArray) updates = records_array ();
  g_autofree char *message = NULL;
  const char *title;

  g_return_val_if_fail (CSP_IS_PLAN_PAGE (self), FALSE);
  g_return_val_if_fail (type == CSP_TYPE_OBJECTIVE || type == CSP_TYPE_ACTION_ITEM, FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  if (!(record = csp_store_get (self->store, type, id, error)) ||
      !take_dependants (self, type, id, updates, error) ||
      !csp_store_delete (self->store, type, id, error))
    return FALSE;

  title = type == CSP_TYPE_OBJECTIVE ? csp_objective_get_title (CSP_OBJECTIVE (record))
                                     : csp_action_item_get_title (CSP_ACTION_ITEM (record));
  message = type == CSP_TYPE_OBJECTIVE
    /* Translators: %s is the title of an objective */
    ? g_strdup_printf (_("Deleted objective “%s”"), title)
    /* Translators: %s is the title of an action item */
    : g_strdup_printf (_("Deleted action “%s”"), title);
  g_ptr_array_add (inserts, g_steal_pointer (&record));
  _csp_plan_page_toast_undo (self, message, g_steal_pointer (&inserts),
                             g_steal_pointer (&updates));
  return TRUE;
}
