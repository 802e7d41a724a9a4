/* csp-decision-action-dialog.c: turns a meeting's decision into an action item
 *
 * The action goes into one of the account's plans, optionally under one
 * of that plan's objectives, with an owner side, owner name and due
 * date; its title starts as the decision's text. The store writes the
 * action and the decision's link to it in one transaction. A field that
 * cannot be saved says why and the dialog stays open, so nothing typed
 * is lost. An account without a plan offers to make one (win.new-plan).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-decision-action-dialog.h"
#include "csp-enum-rows.h"
#include "csp-store-meetings.h"
#include "csp-store-records.h"

struct _CspDecisionActionDialog
{
  AdwWindow    parent_instance;

  CspStore    *store;
  CspAccount  *account;
  CspDecision *decision;
  GListModel  *plans;       /* CspSuccessPlan */
  GListModel  *objectives;  /* of the plan chosen, CspObjective */

  AdwPreferencesGroup *group;
  AdwEntryRow *title_row;
  AdwComboRow *plan_row;
  AdwComboRow *objective_row;
  AdwComboRow *side_row;
  AdwEntryRow *owner_row;
  AdwEntryRow *due_row;
  GtkWidget   *create_button;
  GtkWidget   *new_plan_button;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (CspDecisionActionDialog, csp_decision_action_dialog, ADW_TYPE_WINDOW)

enum {
  ACTION_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Auxiliary methods */

static void
show_error (CspDecisionActionDialog *self,
            const char              *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static GListModel *
titles_of (GListModel  *records,
           const char  *first)
{
  GtkStringList *titles = gtk_string_list_new (NULL);

  if (first != NULL)
    gtk_string_list_append (titles, first);
  for (guint i = 0; records != NULL && i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (records, i);
      g_autofree char *title = NULL;

      g_object_get (record, "title", &title, NULL);
      gtk_string_list_append (titles, title);
    }
  return G_LIST_MODEL (titles);
}

static gpointer
chosen (GListModel  *records,
        AdwComboRow *row,
        guint        skip)
{
  guint selected = adw_combo_row_get_selected (row);

  if (records == NULL || selected == GTK_INVALID_LIST_POSITION || selected < skip)
    return NULL;
  return g_list_model_get_item (records, selected - skip);
}

/* The account's draft and active plans: a finished or cancelled plan
 * takes no new actions. */
static GListModel *
list_open_plans (CspDecisionActionDialog  *self,
                 GError                  **error)
{
  g_autoptr(GListModel) plans =
    csp_store_list_success_plans (self->store, csp_record_get_id (CSP_RECORD (self->account)),
                                  error);
  GListStore *open;

  if (plans == NULL)
    return NULL;
  open = g_list_store_new (CSP_TYPE_SUCCESS_PLAN);
  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(CspSuccessPlan) plan = g_list_model_get_item (plans, i);
      CspPlanStatus status = csp_success_plan_get_status (plan);

      if (status == CSP_PLAN_DRAFT || status == CSP_PLAN_ACTIVE)
        g_list_store_append (open, plan);
    }
  return G_LIST_MODEL (open);
}

static void
fill_plans (CspDecisionActionDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) titles = NULL;
  gboolean any;

  g_clear_object (&self->plans);
  self->plans = list_open_plans (self, &error);
  if (self->plans == NULL)
    show_error (self, error->message);
  titles = titles_of (self->plans, NULL);
  adw_combo_row_set_model (self->plan_row, titles);
  any = g_list_model_get_n_items (titles) > 0;
  gtk_widget_set_sensitive (GTK_WIDGET (self->plan_row), any);
  gtk_widget_set_sensitive (self->create_button, any);
  gtk_widget_set_visible (self->new_plan_button, !any);
  if (!any && self->plans != NULL)
    show_error (self, _("This account has no open success plan: an action item needs one."));
}

/* Callbacks */

static void
plan_changed_cb (CspDecisionActionDialog *self)
{
  g_autoptr(CspSuccessPlan) plan = chosen (self->plans, self->plan_row, 0);
  g_autoptr(GListModel) titles = NULL;

  g_clear_object (&self->objectives);
  if (plan != NULL)
    self->objectives = csp_store_list_objectives (self->store,
                                                  csp_record_get_id (CSP_RECORD (plan)), NULL);
  /* Translators: the choice of no objective for an action item */
  titles = titles_of (self->objectives, C_("objective", "None"));
  adw_combo_row_set_model (self->objective_row, titles);
}

static void
new_plan_cb (CspDecisionActionDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.new-plan", "x",
                                csp_record_get_id (CSP_RECORD (self->account)));
  gtk_window_close (GTK_WINDOW (self));
}

static void
create_cb (CspDecisionActionDialog *self)
{
  csp_decision_action_dialog_create (self);
}

/* Overrides */

static void
csp_decision_action_dialog_dispose (GObject *object)
{
  CspDecisionActionDialog *self = CSP_DECISION_ACTION_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->account);
  g_clear_object (&self->decision);
  g_clear_object (&self->plans);
  g_clear_object (&self->objectives);

  G_OBJECT_CLASS (csp_decision_action_dialog_parent_class)->dispose (object);
}

static void
csp_decision_action_dialog_class_init (CspDecisionActionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_decision_action_dialog_dispose;

  /* The action item created, linked to the decision. */
  signals[ACTION_CREATED] =
    g_signal_new ("action-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, CSP_TYPE_ACTION_ITEM);

  gtk_widget_class_set_template_from_resource (
    widget_class, RESOURCE_BASE "/ui/csp-decision-action-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CspDecisionActionDialog, group);
  gtk_widget_class_bind_template_child (widget_class, CspDecisionActionDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, CspDecisionActionDialog, plan_row);
  gtk_widget_class_bind_template_child (widget_class, CspDecisionActionDialog, objective_row);
  gtk_widget_class_bind_template_child (widget_class, CspDecisionActionDialog, side_row);
  gtk_widget_class_bind_template_child (widget_class, CspDecisionActionDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, CspDecisionActionDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, CspDecisionActionDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, CspDecisionActionDialog, new_plan_button);
  gtk_widget_class_bind_template_child (widget_class, CspDecisionActionDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, plan_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_plan_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
csp_decision_action_dialog_init (CspDecisionActionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  csp_enum_rows_setup (self->side_row, CSP_TYPE_SIDE, CSP_SIDE_OURS);
}

/* Public API */

CspDecisionActionDialog *
csp_decision_action_dialog_new (GtkWindow   *parent,
                                CspStore    *store,
                                CspAccount  *account,
                                CspDecision *decision)
{
  CspDecisionActionDialog *self;

  g_return_val_if_fail (CSP_IS_STORE (store), NULL);
  g_return_val_if_fail (CSP_IS_ACCOUNT (account), NULL);
  g_return_val_if_fail (CSP_IS_DECISION (decision), NULL);

  self = g_object_new (CSP_TYPE_DECISION_ACTION_DIALOG,
                       "transient-for", parent, "modal", TRUE, NULL);
  self->store = g_object_ref (store);
  self->account = g_object_ref (account);
  self->decision = g_object_ref (decision);
  adw_preferences_group_set_description (self->group, csp_decision_get_body (decision));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), csp_decision_get_body (decision));
  fill_plans (self);
  plan_changed_cb (self);
  return self;
}

/* Creates the action item from the fields, as the Create button does;
 * FALSE (and why, in the dialog) when a field cannot be saved. */
gboolean
csp_decision_action_dialog_create (CspDecisionActionDialog *self)
{
  g_autoptr(CspSuccessPlan) plan = chosen (self->plans, self->plan_row, 0);
  g_autoptr(CspObjective) objective = chosen (self->objectives, self->objective_row, 1);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autofree char *owner = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->owner_row))));
  g_autofree char *due = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->due_row))));
  g_autoptr(CspActionItem) action = NULL;
  g_autoptr(GError) error = NULL;
  gboolean due_ok;

  g_return_val_if_fail (CSP_IS_DECISION_ACTION_DIALOG (self), FALSE);

  if (plan == NULL)
    return FALSE;
  due_ok = due[0] == '\0' || csp_check_date ("due_on", due, &error);
  gtk_widget_remove_css_class (GTK_WIDGET (self->due_row), "error");
  if (!due_ok)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->due_row), "error");
      show_error (self, error->message);
      return FALSE;
    }

  action = csp_action_item_new (csp_record_get_id (CSP_RECORD (plan)), title);
  if (objective != NULL)
    csp_action_item_set_objective_id (action, csp_record_get_id (CSP_RECORD (objective)));
  csp_action_item_set_owner_side (action, adw_combo_row_get_selected (self->side_row));
  csp_action_item_set_owner_name (action, owner[0] ? owner : NULL);
  csp_action_item_set_due_on (action, due[0] ? due : NULL);
  if (!csp_store_add_action_for_decision (self->store, self->decision, action, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[ACTION_CREATED], 0, action);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}
