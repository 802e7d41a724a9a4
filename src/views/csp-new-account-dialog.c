/* csp-new-account-dialog.c: asks for the first facts of a new account
 *
 * Name, segment and lifecycle stage; everything else is edited on the
 * account page later. "Create" adds the account through the store; if
 * the store refuses it (an empty name, a full disk) the reason shows in
 * the dialog, which stays open so nothing typed is lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-new-account-dialog.h"
#include "csp-store-records.h"

struct _CspNewAccountDialog
{
  AdwWindow    parent_instance;

  CspStore    *store;

  AdwEntryRow *name_row;
  AdwComboRow *segment_row;
  AdwComboRow *stage_row;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (CspNewAccountDialog, csp_new_account_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  ACCOUNT_CREATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Auxiliary methods */

/* The translated labels of an enum whose values run 0, 1, 2, … */
static GListModel *
enum_labels (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (labels, csp_enum_to_label (enum_type, klass->values[i].value));

  return G_LIST_MODEL (labels);
}

static void
setup_combo (AdwComboRow *row,
             GType        enum_type,
             guint        selected)
{
  g_autoptr(GListModel) labels = enum_labels (enum_type);

  adw_combo_row_set_model (row, labels);
  adw_combo_row_set_selected (row, selected);
}

static void
show_error (CspNewAccountDialog *self,
            const char          *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static CspAccount *
account_from_fields (CspNewAccountDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  g_autofree char *name = g_strstrip (g_strdup (text));
  CspAccount *account = csp_account_new (name);
  guint segment = adw_combo_row_get_selected (self->segment_row);
  guint stage = adw_combo_row_get_selected (self->stage_row);

  /* The combo rows list the enums' values in order. */
  csp_account_set_segment (account, (CspSegment) segment);
  csp_account_set_lifecycle_stage (account, (CspLifecycleStage) stage);

  return account;
}

/* Callbacks */

static void
name_changed_cb (CspNewAccountDialog *self)
{
  show_error (self, NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
}

static void
name_activated_cb (CspNewAccountDialog *self)
{
  csp_new_account_dialog_create (self);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  csp_new_account_dialog_create (CSP_NEW_ACCOUNT_DIALOG (widget));
}

/* Overrides */

static void
csp_new_account_dialog_dispose (GObject *object)
{
  CspNewAccountDialog *self = CSP_NEW_ACCOUNT_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (csp_new_account_dialog_parent_class)->dispose (object);
}

static void
csp_new_account_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CspNewAccountDialog *self = CSP_NEW_ACCOUNT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_new_account_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CspNewAccountDialog *self = CSP_NEW_ACCOUNT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_new_account_dialog_class_init (CspNewAccountDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_new_account_dialog_dispose;
  object_class->get_property = csp_new_account_dialog_get_property;
  object_class->set_property = csp_new_account_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CSP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The account was added to the store; it carries its new id. */
  signals[ACCOUNT_CREATED] =
    g_signal_new ("account-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CSP_TYPE_ACCOUNT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/csp-new-account-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CspNewAccountDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, CspNewAccountDialog, segment_row);
  gtk_widget_class_bind_template_child (widget_class, CspNewAccountDialog, stage_row);
  gtk_widget_class_bind_template_child (widget_class, CspNewAccountDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_activated_cb);

  gtk_widget_class_install_action (widget_class, "dialog.create", NULL, create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
csp_new_account_dialog_init (CspNewAccountDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  setup_combo (self->segment_row, CSP_TYPE_SEGMENT, CSP_SEGMENT_MID_MARKET);
  setup_combo (self->stage_row, CSP_TYPE_LIFECYCLE_STAGE, CSP_LIFECYCLE_NEW);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/* Public API */

CspNewAccountDialog *
csp_new_account_dialog_new (GtkWindow *parent,
                            CspStore  *store)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CSP_IS_STORE (store), NULL);

  return g_object_new (CSP_TYPE_NEW_ACCOUNT_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       NULL);
}

/* Adds the account as filled in and closes the dialog; or, when the
 * store refuses it, shows why and stays open. */
gboolean
csp_new_account_dialog_create (CspNewAccountDialog *self)
{
  g_autoptr(CspAccount) account = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CSP_IS_NEW_ACCOUNT_DIALOG (self), FALSE);

  account = account_from_fields (self);
  if (!csp_store_add_account (self->store, account, &error))
    {
      /* The only required field here is the name; the model's message
       * names the column, which suits imports better than this form. */
      if (g_error_matches (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_REQUIRED))
        {
          show_error (self, _("Enter a name for the account."));
          gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
        }
      else
        show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      return FALSE;
    }

  g_signal_emit (self, signals[ACCOUNT_CREATED], 0, account);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}
