/* csp-preferences-window.c: the application's settings
 *
 * Your name (what later features take as "me") and whether exported
 * CSV files start with a byte order mark; both are GSettings keys,
 * bound both ways, so a change applies at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-file-launch.h"
#include "csp-preferences-window.h"

struct _CspPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwEntryRow          *name_row;
  GtkSwitch            *bom_switch;
};

G_DEFINE_FINAL_TYPE (CspPreferencesWindow, csp_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* Overrides */

static void
csp_preferences_window_dispose (GObject *object)
{
  CspPreferencesWindow *self = CSP_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (csp_preferences_window_parent_class)->dispose (object);
}

static void
csp_preferences_window_class_init (CspPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/csp-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CspPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, CspPreferencesWindow, bom_switch);
}

static void
csp_preferences_window_init (CspPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Without the schema (a build folder run) there is nothing to set. */
  self->settings = csp_app_settings_new ();
  if (self->settings == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->name_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->bom_switch), FALSE);
      return;
    }

  g_settings_bind (self->settings, "csm-name", self->name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "csv-bom", self->bom_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

/* Public API */

CspPreferencesWindow *
csp_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (CSP_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
}
