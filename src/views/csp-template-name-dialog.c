/* csp-template-name-dialog.c: names a new template, or renames one
 *
 * One small dialog for "Save as Template" on a plan and for renaming a
 * user template in the preferences: a name (the plan's title to begin
 * with), and Save, which is off while the name is empty. It writes to
 * the store itself and tells the outcome through ::saved or ::failed,
 * since a message dialog closes on any response.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-store-records.h"
#include "csp-template-library.h"
#include "csp-template-name-dialog.h"

struct _CspTemplateNameDialog
{
  AdwMessageDialog  parent_instance;

  CspStore         *store;
  gint64            plan_id; /* the plan to save, or 0 */
  CspPlanTemplate  *record;  /* the template to rename, or NULL */
  GtkEntry         *entry;
};

G_DEFINE_FINAL_TYPE (CspTemplateNameDialog, csp_template_name_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  SAVED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Auxiliary methods */

static char *
entered_name (CspTemplateNameDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
}

static CspPlanTemplate *
rename_template (CspTemplateNameDialog  *self,
                 const char             *name,
                 GError                **error)
{
  g_autoptr(CspPlanTemplate) renamed = CSP_PLAN_TEMPLATE (csp_record_copy (CSP_RECORD (self->record)));

  csp_plan_template_set_name (renamed, name);
  if (!csp_store_update_plan_template (self->store, renamed, error))
    return NULL;
  return g_steal_pointer (&renamed);
}

/* Callbacks */

static void
name_changed_cb (CspTemplateNameDialog *self)
{
  g_autofree char *name = entered_name (self);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", name[0] != '\0');
}

/* Overrides */

static void
csp_template_name_dialog_response (AdwMessageDialog *dialog,
                                   const char       *response)
{
  CspTemplateNameDialog *self = CSP_TEMPLATE_NAME_DIALOG (dialog);
  g_autofree char *name = entered_name (self);
  g_autoptr(CspPlanTemplate) saved = NULL;
  g_autoptr(GError) error = NULL;

  if (ADW_MESSAGE_DIALOG_CLASS (csp_template_name_dialog_parent_class)->response != NULL)
    ADW_MESSAGE_DIALOG_CLASS (csp_template_name_dialog_parent_class)->response (dialog, response);
  if (g_strcmp0 (response, "save") != 0)
    return;

  saved = self->record ? rename_template (self, name, &error)
                       : csp_template_library_save_plan (self->store, self->plan_id, name, &error);
  if (saved != NULL)
    g_signal_emit (self, signals[SAVED], 0, saved);
  else
    g_signal_emit (self, signals[FAILED], 0, error->message);
}

static void
csp_template_name_dialog_dispose (GObject *object)
{
  CspTemplateNameDialog *self = CSP_TEMPLATE_NAME_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->record);

  G_OBJECT_CLASS (csp_template_name_dialog_parent_class)->dispose (object);
}

static void
csp_template_name_dialog_class_init (CspTemplateNameDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = csp_template_name_dialog_dispose;
  dialog_class->response = csp_template_name_dialog_response;

  /* The template was saved, or renamed; it carries the row as stored. */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CSP_TYPE_PLAN_TEMPLATE);
  /* The store refused; the argument says why. */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
csp_template_name_dialog_init (CspTemplateNameDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  self->entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_activates_default (self->entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Template name"), -1);
  g_signal_connect_object (self->entry, "changed", G_CALLBACK (name_changed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (self->entry));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
}

static CspTemplateNameDialog *
new_dialog (GtkWindow  *parent,
            CspStore   *store,
            const char *heading,
            const char *body,
            const char *name)
{
  CspTemplateNameDialog *self = g_object_new (CSP_TYPE_TEMPLATE_NAME_DIALOG,
                                              "transient-for", parent,
                                              "modal", TRUE,
                                              "heading", heading,
                                              "body", body,
                                              NULL);

  self->store = g_object_ref (store);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), name ? name : "");
  name_changed_cb (self);
  return self;
}

/* Public API */

/* Saves the plan @plan_id as a new template; NULL with @error set when
 * the plan cannot be read. */
CspTemplateNameDialog *
csp_template_name_dialog_new_for_plan (GtkWindow  *parent,
                                       CspStore   *store,
                                       gint64      plan_id,
                                       GError    **error)
{
  g_autoptr(CspSuccessPlan) plan = NULL;
  CspTemplateNameDialog *self;

  g_return_val_if_fail (CSP_IS_STORE (store), NULL);

  plan = csp_store_get_success_plan (store, plan_id, error);
  if (plan == NULL)
    return NULL;

  self = new_dialog (parent, store, _("Save as Template"),
                     _("New plans made from this template get its objectives and action "
                       "items, due the same number of days after their start."),
                     csp_success_plan_get_title (plan));
  self->plan_id = plan_id;
  return self;
}

/* Renames the user template @record. */
CspTemplateNameDialog *
csp_template_name_dialog_new_for_template (GtkWindow       *parent,
                                           CspStore        *store,
                                           CspPlanTemplate *record)
{
  CspTemplateNameDialog *self;

  g_return_val_if_fail (CSP_IS_STORE (store), NULL);
  g_return_val_if_fail (CSP_IS_PLAN_TEMPLATE (record), NULL);

  self = new_dialog (parent, store, _("Rename Template"),
                     _("Plans made from it are not changed."),
                     csp_plan_template_get_name (record));
  self->record = g_object_ref (record);
  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _("_Rename"));
  return self;
}

/* The name entry, for tests. */
GtkEditable *
csp_template_name_dialog_get_entry (CspTemplateNameDialog *self)
{
  g_return_val_if_fail (CSP_IS_TEMPLATE_NAME_DIALOG (self), NULL);

  return GTK_EDITABLE (self->entry);
}
