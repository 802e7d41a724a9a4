/* csp-new-plan-dialog.c: a new success plan, blank or from a template
 *
 * The template comes first: the built-in ones for the account's
 * lifecycle stage are suggested at the top, then a blank plan, the
 * other built-ins by stage and the user's own templates. Choosing one
 * fills the title, desired outcome and target date the user has not
 * typed, and the preview below shows the objectives and actions it will
 * create, with their due dates from the start date. Dates are checked
 * as they are typed (2026-02-30 says why it is no date); Create stays
 * off until the form is valid, and the plan, its objectives and actions
 * are written in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-entry-rows.h"
#include "csp-new-plan-dialog.h"
#include "csp-store-records.h"
#include "csp-store-templates.h"
#include "csp-template-library.h"
#include "csp-template-preview.h"

typedef enum {
  FIELD_TITLE,
  FIELD_OUTCOME,
  FIELD_START,
  FIELD_TARGET,
  N_FIELDS
} Field;

struct _CspNewPlanDialog
{
  AdwWindow           parent_instance;

  CspStore           *store;
  CspAccount         *account;
  GPtrArray          *choices;   /* CspTemplateSpec per combo item; NULL: blank */
  gboolean            filling;   /* the dialog, not the user, sets the rows */
  gboolean            tried;     /* creating was tried: show every reason */
  guint               touched;   /* bit per Field the user changed */

  AdwWindowTitle     *window_title;
  AdwComboRow        *template_row;
  AdwEntryRow        *rows[N_FIELDS];
  GtkLabel           *reasons[N_FIELDS];
  GtkLabel           *error_label;
  CspTemplatePreview *preview;
};

G_DEFINE_FINAL_TYPE (CspNewPlanDialog, csp_new_plan_dialog, ADW_TYPE_WINDOW)

enum {
  PLAN_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Auxiliary methods */

/* The blank plan's choice is NULL. */
static void
choice_free (gpointer spec)
{
  if (spec != NULL)
    csp_template_spec_unref (spec);
}

static CspTemplateSpec *
selected_spec (CspNewPlanDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->template_row);

  return selected < self->choices->len ? g_ptr_array_index (self->choices, selected) : NULL;
}

static char *
field_text (CspNewPlanDialog *self,
            Field             field)
{
  return csp_entry_row_dup_text (self->rows[field]);
}

static void
set_field (CspNewPlanDialog *self,
           Field             field,
           const char       *value)
{
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->rows[field]), value ? value : "");
  self->filling = FALSE;
}

/* The start date when it is a valid date, else NULL. */
static char *
valid_start (CspNewPlanDialog *self)
{
  g_autofree char *start = field_text (self, FIELD_START);

  return start != NULL && csp_date_is_valid_text (start) ? g_steal_pointer (&start) : NULL;
}

/* Why @field cannot be saved as typed, or NULL. */
static char *
check_field (gpointer form,
             guint    field)
{
  CspNewPlanDialog *self = form;
  g_autofree char *text = field_text (self, field);

  switch (field)
    {
    case FIELD_TITLE:
      return text ? NULL : g_strdup (_("Enter a title for the plan"));
    case FIELD_START:
      return text ? csp_entry_row_check_date (text) : g_strdup (_("Enter the date the plan starts"));
    case FIELD_TARGET:
      {
        g_autofree char *start = valid_start (self);
        char *reason = csp_entry_row_check_date (text);

        if (reason == NULL && text != NULL && start != NULL && strcmp (text, start) < 0)
          reason = g_strdup (_("Before the start date"));
        return reason;
      }
    case FIELD_OUTCOME:
    case N_FIELDS:
    default:
      return NULL;
    }
}

/* Checks every field, shows the reasons of those the user touched (or
 * all, once creating was tried) and enables Create when all are valid. */
static gboolean
validate (CspNewPlanDialog *self)
{
  gboolean valid = csp_entry_rows_validate (self->rows, self->reasons, N_FIELDS, check_field,
                                            self, self->tried ? ~0u : self->touched);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.create", valid);
  return valid;
}

static void
show_error (CspNewPlanDialog *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The target date the template suggests, unless the user typed one. */
static void
suggest_target (CspNewPlanDialog *self)
{
  CspTemplateSpec *spec = selected_spec (self);
  g_autofree char *start = valid_start (self);
  g_autofree char *target = NULL;

  if (self->touched & (1u << FIELD_TARGET))
    return;
  if (spec != NULL && start != NULL && spec->duration_days != CSP_UNSET)
    target = csp_date_add_days (start, spec->duration_days);
  set_field (self, FIELD_TARGET, target);
}

static void
update_preview (CspNewPlanDialog *self)
{
  g_autofree char *start = valid_start (self);

  csp_template_preview_show (self->preview, selected_spec (self), start);
}

/* Suggested templates say so in their label, shown under "Template". */
static void
add_choice (CspNewPlanDialog *self,
            GtkStringList    *labels,
            CspTemplateSpec  *spec,
            gboolean          suggested)
{
  g_autofree char *label = NULL;

  if (spec == NULL)
    label = g_strdup (_("Blank Plan"));
  else if (suggested)
    /* Translators: a template's name · its lifecycle stage, suggested
     * because the account is in that stage */
    label = g_strdup_printf (_("%s · %s (suggested)"), spec->name,
                             csp_enum_to_label (CSP_TYPE_LIFECYCLE_STAGE, spec->stage));
  else if (spec->builtin)
    /* Translators: a template's name · its lifecycle stage */
    label = g_strdup_printf (_("%s · %s"), spec->name,
                             csp_enum_to_label (CSP_TYPE_LIFECYCLE_STAGE, spec->stage));
  else
    /* Translators: the name of a template the user saved */
    label = g_strdup_printf (_("%s · Your Template"), spec->name);
  gtk_string_list_append (labels, label);
  g_ptr_array_add (self->choices, spec ? csp_template_spec_ref (spec) : NULL);
}

/* Suggested built-ins, blank, the other built-ins, the user's. */
static void
load_choices (CspNewPlanDialog *self)
{
  CspLifecycleStage stage = csp_account_get_lifecycle_stage (self->account);
  g_autoptr(GPtrArray) builtin = csp_template_library_list_builtin (NULL);
  g_autoptr(GPtrArray) user = csp_template_library_list_user (self->store, NULL);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; builtin && i < builtin->len; i++)
    if (((CspTemplateSpec *) g_ptr_array_index (builtin, i))->stage == stage)
      add_choice (self, labels, g_ptr_array_index (builtin, i), TRUE);
  add_choice (self, labels, NULL, FALSE);
  for (guint i = 0; builtin && i < builtin->len; i++)
    if (((CspTemplateSpec *) g_ptr_array_index (builtin, i))->stage != stage)
      add_choice (self, labels, g_ptr_array_index (builtin, i), FALSE);
  for (guint i = 0; user && i < user->len; i++)
    add_choice (self, labels, g_ptr_array_index (user, i), FALSE);

  adw_combo_row_set_model (self->template_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->template_row, 0);
}

static CspSuccessPlan *
plan_from_fields (CspNewPlanDialog *self)
{
  g_autofree char *title = field_text (self, FIELD_TITLE);
  g_autofree char *outcome = field_text (self, FIELD_OUTCOME);
  g_autofree char *start = field_text (self, FIELD_START);
  g_autofree char *target = field_text (self, FIELD_TARGET);
  CspSuccessPlan *plan =
    csp_success_plan_new (csp_record_get_id (CSP_RECORD (self->account)), title);

  csp_success_plan_set_desired_outcome (plan, outcome);
  csp_success_plan_set_start_on (plan, start);
  csp_success_plan_set_target_on (plan, target);
  csp_success_plan_set_status (plan, CSP_PLAN_ACTIVE);
  return plan;
}

/* Callbacks */

/* Fills what the user has not typed from the template. */
static void
template_selected_cb (CspNewPlanDialog *self)
{
  CspTemplateSpec *spec = selected_spec (self);

  if (self->choices == NULL)
    return; /* still building the template */
  if (!(self->touched & (1u << FIELD_TITLE)))
    set_field (self, FIELD_TITLE, spec ? spec->name : NULL);
  if (!(self->touched & (1u << FIELD_OUTCOME)))
    set_field (self, FIELD_OUTCOME, spec ? spec->outcome : NULL);
  suggest_target (self);
  update_preview (self);
  validate (self);
}

static void
field_changed_cb (CspNewPlanDialog *self,
                  GtkEditable      *row)
{
  if (self->filling || self->choices == NULL)
    return;

  for (Field f = 0; f < N_FIELDS; f++)
    if (GTK_EDITABLE (self->rows[f]) == row)
      self->touched |= 1u << f;

  if (row == GTK_EDITABLE (self->rows[FIELD_START]))
    {
      suggest_target (self);
      update_preview (self);
    }
  show_error (self, NULL);
  validate (self);
}

static void
entry_activated_cb (CspNewPlanDialog *self)
{
  csp_new_plan_dialog_create (self);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  csp_new_plan_dialog_create (CSP_NEW_PLAN_DIALOG (widget));
}

/* Overrides */

static void
csp_new_plan_dialog_dispose (GObject *object)
{
  CspNewPlanDialog *self = CSP_NEW_PLAN_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->account);
  g_clear_pointer (&self->choices, g_ptr_array_unref);

  G_OBJECT_CLASS (csp_new_plan_dialog_parent_class)->dispose (object);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/csp-new-plan-dialog.ui");
#define BIND_ROW(name, field) \
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE,               \
                                             G_STRUCT_OFFSET (CspNewPlanDialog, rows) \
                                             + (field) * sizeof (gpointer))
  BIND_ROW ("title_row", FIELD_TITLE);
  BIND_ROW ("outcome_row", FIELD_OUTCOME);
  BIND_ROW ("start_row", FIELD_START);
  BIND_ROW ("target_row", FIELD_TARGET);
#undef BIND_ROW
  gtk_widget_class_bind_template_child (widget_class, CspNewPlanDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CspNewPlanDialog, template_row);
  gtk_widget_class_bind_template_child (widget_class, CspNewPlanDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CspNewPlanDialog, preview);
  gtk_widget_class_bind_template_callback (widget_class, template_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
}

static void
csp_new_plan_dialog_class_init (CspNewPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_new_plan_dialog_dispose;

  /* The plan was added to the store (with its objectives and actions);
   * it carries its new id. */
  signals[PLAN_CREATED] =
    g_signal_new ("plan-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CSP_TYPE_SUCCESS_PLAN);

  g_type_ensure (CSP_TYPE_TEMPLATE_PREVIEW);
  bind_template (widget_class);
  gtk_widget_class_install_action (widget_class, "dialog.create", NULL, create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
csp_new_plan_dialog_init (CspNewPlanDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The reason a field is invalid, beside it. */
  for (Field f = 0; f < N_FIELDS; f++)
    self->reasons[f] = csp_entry_row_add_reason (self->rows[f]);
}

/* Public API */

/* The dialog for a new plan of the account @account_id; NULL with
 * @error set when that account cannot be read. */
CspNewPlanDialog *
csp_new_plan_dialog_new (GtkWindow  *parent,
                         CspStore   *store,
                         gint64      account_id,
                         GError    **error)
{
  g_autoptr(CspAccount) account = NULL;
  g_autofree char *today = csp_date_today_text ();
  CspNewPlanDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CSP_IS_STORE (store), NULL);

  account = csp_store_get_account (store, account_id, error);
  if (account == NULL)
    return NULL;

  self = g_object_new (CSP_TYPE_NEW_PLAN_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->account = g_steal_pointer (&account);
  adw_window_title_set_subtitle (self->window_title, csp_account_get_name (self->account));
  set_field (self, FIELD_START, today);
  self->choices = g_ptr_array_new_with_free_func (choice_free);
  load_choices (self);
  template_selected_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->template_row));
  return self;
}

/* Chooses the template with @key (NULL: a blank plan); FALSE when there
 * is none such. */
gboolean
csp_new_plan_dialog_select_template (CspNewPlanDialog *self,
                                     const char       *key)
{
  g_return_val_if_fail (CSP_IS_NEW_PLAN_DIALOG (self), FALSE);

  for (guint i = 0; i < self->choices->len; i++)
    {
      CspTemplateSpec *spec = g_ptr_array_index (self->choices, i);

      if (key == NULL ? spec == NULL : spec != NULL && g_strcmp0 (spec->key, key) == 0)
        {
          adw_combo_row_set_selected (self->template_row, i);
          return TRUE;
        }
    }
  return FALSE;
}

/* The key of the template chosen, or NULL for a blank plan. */
const char *
csp_new_plan_dialog_get_template_key (CspNewPlanDialog *self)
{
  CspTemplateSpec *spec;

  g_return_val_if_fail (CSP_IS_NEW_PLAN_DIALOG (self), NULL);

  spec = selected_spec (self);
  return spec ? spec->key : NULL;
}

/* Adds the plan as filled in, from the template chosen, and closes the
 * dialog; or, when a field is invalid or the store refuses, shows why
 * and stays open, keeping what was typed. */
gboolean
csp_new_plan_dialog_create (CspNewPlanDialog *self)
{
  g_autoptr(CspSuccessPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  CspTemplateSpec *spec;
  gboolean created;

  g_return_val_if_fail (CSP_IS_NEW_PLAN_DIALOG (self), FALSE);

  self->tried = TRUE;
  if (!validate (self))
    {
      csp_entry_rows_focus_first_invalid (self->rows, self->reasons, N_FIELDS);
      return FALSE;
    }

  plan = plan_from_fields (self);
  spec = selected_spec (self);
  created = spec ? csp_store_add_plan_from_template (self->store, plan, spec, &error)
                 : csp_store_add_success_plan (self->store, plan, &error);
  if (!created)
    {
      show_error (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[PLAN_CREATED], 0, plan);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}
