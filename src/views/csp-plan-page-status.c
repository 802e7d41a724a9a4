/* csp-plan-page-status.c: the plan's status and the plan menu
 *
 * Status changes are deliberate: the status control writes at once,
 * except Completed, which asks first in an AdwMessageDialog — it records
 * the day, and when actions are still open offers to cancel them in the
 * same step. Leaving Completed drops the completion day. Each change has
 * Undo in its toast, which writes back the plan and the cancelled
 * actions as they were.
 *
 * The menu edits the plan, saves it as a template (the window's
 * win.save-plan-as-template) or deletes it with everything in it; Undo
 * puts it all back, with the decisions that led to its actions, and
 * opens it again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-plan-dialogs.h"
#include "csp-plan-page-private.h"
#include "csp-store-plans.h"
#include "csp-store-records.h"

/* Auxiliary methods */

static GPtrArray *
records_array (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static gboolean
is_open (CspActionItem *action)
{
  CspActionStatus status = csp_action_item_get_status (action);

  return status != CSP_ACTION_DONE && status != CSP_ACTION_CANCELLED;
}

static guint
count_open (CspPlanPage *self)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (self->actions); i++)
    {
      g_autoptr(CspActionItem) action = g_list_model_get_item (self->actions, i);

      n += is_open (action);
    }
  return n;
}

/* Copies of the plan's open actions, as they are before cancelling. */
static void
copy_open_actions (CspPlanPage *self,
                   GPtrArray   *updates)
{
  for (guint i = 0; i < g_list_model_get_n_items (self->actions); i++)
    {
      g_autoptr(CspActionItem) action = g_list_model_get_item (self->actions, i);

      if (is_open (action))
        g_ptr_array_add (updates, csp_record_copy (CSP_RECORD (action)));
    }
}

static gboolean
write_status (CspPlanPage    *self,
              CspPlanStatus   status,
              gboolean        cancel_remaining,
              GError        **error)
{
  g_autoptr(CspSuccessPlan) plan = NULL;

  if (status == CSP_PLAN_COMPLETED)
    return csp_store_complete_plan (self->store, self->plan_id, self->today, cancel_remaining,
                                    error);

  plan = CSP_SUCCESS_PLAN (csp_record_copy (CSP_RECORD (self->plan)));
  csp_success_plan_set_status (plan, status);
  csp_success_plan_set_completed_on (plan, NULL);
  return csp_store_update_success_plan (self->store, plan, error);
}

static void
report (CspPlanPage *self,
        GError      *error)
{
  if (error != NULL)
    _csp_plan_page_toast (self, error->message);
}

/* Callbacks */

static void
complete_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      CspPlanPage      *self)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "cancel"))
    {
      /* The control goes back to the status the plan has. */
      if (self->plan != NULL)
        _csp_plan_page_fill (self);
      return;
    }

  if (!csp_plan_page_set_status (self, CSP_PLAN_COMPLETED,
                                 g_str_equal (response, "complete-cancel"), &error))
    report (self, error);
}

static void
ask_complete (CspPlanPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  guint n_open = count_open (self);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (n_open == 0)
    body = g_strdup (_("Today is recorded as the day the plan was completed."));
  else
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Today is recorded as the day the plan was completed. "
                                         "%u action is still open: cancel it as well, or "
                                         "leave it open?",
                                         "Today is recorded as the day the plan was completed. "
                                         "%u actions are still open: cancel them as well, or "
                                         "leave them open?", n_open), n_open);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Complete Plan?"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  if (n_open > 0)
    {
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "complete", _("Complete, _Leave Open"),
                                        "complete-cancel", _("Complete, C_ancel Open Actions"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "complete-cancel",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  else
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "complete", _("C_omplete"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "complete",
                                                  ADW_RESPONSE_SUGGESTED);
    }
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (complete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
status_selected_cb (CspPlanPage *self)
{
  CspPlanStatus status = gtk_drop_down_get_selected (self->status_dropdown);
  g_autoptr(GError) error = NULL;

  if (self->filling || self->plan == NULL ||
      status == csp_success_plan_get_status (self->plan))
    return;

  if (status == CSP_PLAN_COMPLETED)
    ask_complete (self);
  else if (!csp_plan_page_set_status (self, status, FALSE, &error))
    report (self, error);
}

static void
plan_ready_cb (CspRecord *record,
               gpointer   user_data)
{
  CspPlanPage *self = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *updates;

  if (self->store == NULL || self->plan == NULL)
    return;

  updates = records_array ();
  g_ptr_array_add (updates, csp_record_copy (CSP_RECORD (self->plan)));
  if (!csp_store_update (self->store, record, &error))
    {
      g_ptr_array_unref (updates);
      report (self, error);
      return;
    }
  _csp_plan_page_toast_undo (self, _("Saved"), NULL, updates);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CspPlanPage *self = CSP_PLAN_PAGE (widget);

  if (self->plan != NULL)
    csp_plan_dialog_present (widget, self->plan, plan_ready_cb, self);
}

static void
save_as_template_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CspPlanPage *self = CSP_PLAN_PAGE (widget);

  if (self->plan_id != 0)
    gtk_widget_activate_action (widget, "win.save-plan-as-template", "x", self->plan_id);
}

/* The plan, its objectives and actions (all deleted with it), and the
 * decisions that led to its actions (whose link is lost). */
static gboolean
take_plan (CspPlanPage  *self,
           GPtrArray    *inserts,
           GPtrArray    *updates,
           GError      **error)
{
  g_ptr_array_add (inserts, csp_record_copy (CSP_RECORD (self->plan)));
  for (guint i = 0; i < g_list_model_get_n_items (self->objectives); i++)
    {
      g_autoptr(CspRecord) objective = g_list_model_get_item (self->objectives, i);

      g_ptr_array_add (inserts, csp_record_copy (objective));
    }
  for (guint i = 0; i < g_list_model_get_n_items (self->actions); i++)
    {
      g_autoptr(CspRecord) action = g_list_model_get_item (self->actions, i);
      g_autoptr(GListModel) decisions =
        csp_store_list_action_decisions (self->store, csp_record_get_id (action), error);

      if (decisions == NULL)
        return FALSE;
      g_ptr_array_add (inserts, csp_record_copy (action));
      for (guint j = 0; j < g_list_model_get_n_items (decisions); j++)
        g_ptr_array_add (updates, g_list_model_get_item (decisions, j));
    }

  return TRUE;
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CspPlanPage *self = CSP_PLAN_PAGE (widget);
  g_autoptr(GPtrArray) inserts = records_array ();
  g_autoptr(GPtrArray) updates = records_array ();
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 account_id;
  AdwToast *toast;

  if (self->plan == NULL || self->store == NULL)
    return;

  /* The page was read last from the store: read again to take it all. */
  csp_plan_page_reload (self);
  if (!take_plan (self, inserts, updates, &error) ||
      !csp_store_delete_success_plan (self->store, self->plan_id, &error))
    {
      report (self, error);
      return;
    }

  account_id = csp_success_plan_get_account_id (self->plan);
  /* Translators: %s is the title of a success plan */
  message = g_strdup_printf (_("Deleted plan “%s”"), csp_success_plan_get_title (self->plan));
  toast = _csp_plan_page_toast_undo (self, message, g_steal_pointer (&inserts),
                                     g_steal_pointer (&updates));
  if (toast != NULL)
    g_object_set_data_full (G_OBJECT (toast), "csp-reopen-plan",
                            g_memdup2 (&self->plan_id, sizeof self->plan_id), g_free);
  g_signal_emit_by_name (self, "plan-deleted", account_id);
}

/* Internal API */

void
_csp_plan_page_install_plan_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plan.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "plan.save-as-template", NULL,
                                   save_as_template_action);
  gtk_widget_class_install_action (widget_class, "plan.delete", NULL, delete_action);
}

/* The status control lists the plan statuses in their enum order. */
void
_csp_plan_page_setup_status (CspPlanPage *self)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CSP_TYPE_PLAN_STATUS);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (labels, csp_enum_to_label (CSP_TYPE_PLAN_STATUS, (int) i));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (labels));
  g_signal_connect_object (self->status_dropdown, "notify::selected",
                           G_CALLBACK (status_selected_cb), self, G_CONNECT_SWAPPED);
}

/* Public API */

/* Sets the plan's status; completing records today and, with
 * @cancel_remaining, cancels the actions not done. Undo in a toast. */
gboolean
csp_plan_page_set_status (CspPlanPage    *self,
                          CspPlanStatus   status,
                          gboolean        cancel_remaining,
                          GError        **error)
{
  g_autoptr(GPtrArray) updates = records_array ();
  g_autofree char *message = NULL;

  g_return_val_if_fail (CSP_IS_PLAN_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL && self->plan != NULL, FALSE);

  g_ptr_array_add (updates, csp_record_copy (CSP_RECORD (self->plan)));
  if (status == CSP_PLAN_COMPLETED && cancel_remaining)
    copy_open_actions (self, updates);
  if (!write_status (self, status, cancel_remaining, error))
    return FALSE;

  /* Translators: %s is the new status of a plan, e.g. “Active” */
  message = g_strdup_printf (_("Plan status: %s"),
                             csp_enum_to_label (CSP_TYPE_PLAN_STATUS, status));
  _csp_plan_page_toast_undo (self, message, NULL, g_steal_pointer (&updates));
  return TRUE;
}
