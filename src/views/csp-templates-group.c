/* csp-templates-group.c: the user's plan templates, renamed and deleted
 *
 * A group of the Preferences window listing the templates the user
 * saved from plans, each with what it holds and buttons to rename and
 * delete it. Deleting keeps a copy for the Undo of its toast (the same
 * row comes back, id and key included, so plans still name it). The
 * list follows the store's "changed::plan_template".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-store-records.h"
#include "csp-template-library.h"
#include "csp-template-name-dialog.h"
#include "csp-templates-group.h"

struct _CspTemplatesGroup
{
  AdwPreferencesGroup  parent_instance;

  CspStore            *store;
  CspPlanTemplate     *deleted; /* kept for undo */
  GPtrArray           *rows;
  guint                n_templates;
};

G_DEFINE_FINAL_TYPE (CspTemplatesGroup, csp_templates_group, ADW_TYPE_PREFERENCES_GROUP)

static void reload (CspTemplatesGroup *self);

/* Auxiliary methods */

static void
add_row (CspTemplatesGroup *self,
         GtkWidget         *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

static void
add_toast (CspTemplatesGroup *self,
           AdwToast          *toast)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_message (CspTemplatesGroup *self,
              const char        *message)
{
  add_toast (self, adw_toast_new (message));
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *action,
             gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  return button;
}

static GtkWidget *
template_row (CspTemplateSpec *spec)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *objectives =
    g_strdup_printf (ngettext ("%u objective", "%u objectives", spec->objectives->len),
                     spec->objectives->len);
  g_autofree char *actions =
    g_strdup_printf (ngettext ("%u action item", "%u action items", spec->actions->len),
                     spec->actions->len);
  /* Translators: a lifecycle stage · “2 objectives” · “5 action items” */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s · %s"),
                                               csp_enum_to_label (CSP_TYPE_LIFECYCLE_STAGE,
                                                                  spec->stage),
                                               objectives, actions);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), spec->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("document-edit-symbolic", _("Rename"),
                                          "templates.rename", spec->record_id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("user-trash-symbolic", _("Delete"),
                                          "templates.delete", spec->record_id));
  return row;
}

static void
reload (CspTemplatesGroup *self)
{
  g_autoptr(GPtrArray) specs = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  self->n_templates = 0;
  if (self->store == NULL)
    return;

  specs = csp_template_library_list_user (self->store, &error);
  if (specs == NULL)
    {
      show_message (self, error->message);
      return;
    }
  for (guint i = 0; i < specs->len; i++)
    add_row (self, template_row (g_ptr_array_index (specs, i)));
  self->n_templates = specs->len;

  if (specs->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No Templates of Your Own Yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Use “Save as Template” on a plan to reuse its objectives "
                                     "and action items."));
      add_row (self, row);
    }
}

/* Callbacks */

static void
renamed_cb (CspTemplatesGroup *self,
            CspPlanTemplate   *record)
{
  /* Translators: %s is the new name of a plan template */
  g_autofree char *message = g_strdup_printf (_("Renamed to “%s”"),
                                              csp_plan_template_get_name (record));

  show_message (self, message);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CspTemplatesGroup *self = CSP_TEMPLATES_GROUP (widget);
  g_autoptr(CspPlanTemplate) record = NULL;
  g_autoptr(GError) error = NULL;
  CspTemplateNameDialog *dialog;

  record = csp_store_get_plan_template (self->store, g_variant_get_int64 (parameter), &error);
  if (record == NULL)
    {
      show_message (self, error->message);
      return;
    }
  dialog = csp_template_name_dialog_new_for_template (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                      self->store, record);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (renamed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "failed", G_CALLBACK (show_message), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_cb (CspTemplatesGroup *self)
{
  g_autoptr(GError) error = NULL;

  if (!csp_templates_group_undo_delete (self, &error))
    show_message (self, error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CspTemplatesGroup *self = CSP_TEMPLATES_GROUP (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!csp_templates_group_delete (self, g_variant_get_int64 (parameter), &error))
    {
      show_message (self, error->message);
      return;
    }

  /* Translators: %s is the name of a plan template */
  title = g_strdup_printf (_("Deleted “%s”"), csp_plan_template_get_name (self->deleted));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_cb), self,
                           G_CONNECT_SWAPPED);
  add_toast (self, toast);
}

/* Overrides */

static void
csp_templates_group_dispose (GObject *object)
{
  CspTemplatesGroup *self = CSP_TEMPLATES_GROUP (object);

  g_clear_object (&self->store);
  g_clear_object (&self->deleted);

  G_OBJECT_CLASS (csp_templates_group_parent_class)->dispose (object);
}

static void
csp_templates_group_finalize (GObject *object)
{
  CspTemplatesGroup *self = CSP_TEMPLATES_GROUP (object);

  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (csp_templates_group_parent_class)->finalize (object);
}

static void
csp_templates_group_class_init (CspTemplatesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_templates_group_dispose;
  object_class->finalize = csp_templates_group_finalize;

  gtk_widget_class_install_action (widget_class, "templates.rename", "x", rename_action);
  gtk_widget_class_install_action (widget_class, "templates.delete", "x", delete_action);
}

static void
csp_templates_group_init (CspTemplatesGroup *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Your Plan Templates"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Templates you saved from plans. The built-in "
                                           "templates for each lifecycle stage are always "
                                           "offered too."));
}

/* Public API */

void
csp_templates_group_set_store (CspTemplatesGroup *self,
                               CspStore          *store)
{
  g_return_if_fail (CSP_IS_TEMPLATES_GROUP (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    g_signal_connect_object (store, "changed::plan_template", G_CALLBACK (reload), self,
                             G_CONNECT_SWAPPED);
  reload (self);
}

/* How many templates the group lists. */
guint
csp_templates_group_get_n_templates (CspTemplatesGroup *self)
{
  g_return_val_if_fail (CSP_IS_TEMPLATES_GROUP (self), 0);

  return self->n_templates;
}

/* Deletes the template @template_id, keeping it for undo. */
gboolean
csp_templates_group_delete (CspTemplatesGroup  *self,
                            gint64              template_id,
                            GError            **error)
{
  g_autoptr(CspPlanTemplate) record = NULL;

  g_return_val_if_fail (CSP_IS_TEMPLATES_GROUP (self), FALSE);

  record = csp_store_get_plan_template (self->store, template_id, error);
  if (record == NULL || !csp_store_delete_plan_template (self->store, template_id, error))
    return FALSE;
  g_set_object (&self->deleted, record);
  return TRUE;
}

/* Puts back the template deleted last, as it was. */
gboolean
csp_templates_group_undo_delete (CspTemplatesGroup  *self,
                                 GError            **error)
{
  g_autoptr(CspPlanTemplate) record = NULL;

  g_return_val_if_fail (CSP_IS_TEMPLATES_GROUP (self), FALSE);

  record = g_steal_pointer (&self->deleted);
  if (record == NULL)
    return TRUE;
  return csp_store_add_plan_template (self->store, record, error);
}
