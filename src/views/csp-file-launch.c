/* csp-file-launch.c: opening an exported file, or the folder it is in
 *
 * "Show in Folder" asks the file manager to select the file
 * (org.freedesktop.FileManager1.ShowItems, which Files and most other
 * file managers implement); without one on the bus it opens the folder
 * with the default handler instead. Failures are told in a message
 * dialog over @parent: they are rare, and a toast would be missed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "csp-file-launch.h"

/* The application's settings, or NULL when the schema is not installed
 * (a build folder run without GSETTINGS_SCHEMA_DIR). */
GSettings *
csp_app_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

static void
show_failure (GtkWindow    *parent,
              const char   *heading,
              const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GAppLaunchContext *
launch_context (GtkWindow *parent)
{
  GdkDisplay *display = parent ? gtk_widget_get_display (GTK_WIDGET (parent))
                               : gdk_display_get_default ();

  return G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (display));
}

static void
launched_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    show_failure (parent, _("Cannot Open the File"), error);
}

static void
launch_uri (GtkWindow  *parent,
            const char *uri)
{
  g_autoptr(GAppLaunchContext) context = launch_context (parent);

  g_app_info_launch_default_for_uri_async (uri, context, NULL, launched_cb,
                                           parent ? g_object_ref (parent) : NULL);
}

/* Opens @path with the program the desktop uses for its type. */
void
csp_file_launch_open (GtkWindow  *parent,
                      const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  if (uri != NULL)
    launch_uri (parent, uri);
}

typedef struct
{
  GtkWindow *parent;
  char      *folder_uri;
} ShowData;

static void
show_data_free (ShowData *data)
{
  g_clear_object (&data->parent);
  g_free (data->folder_uri);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ShowData, show_data_free)

static void
show_items_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ShowData) data = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL)
    {
      g_debug ("No file manager to show the file (%s); opening the folder", error->message);
      launch_uri (data->parent, data->folder_uri);
    }
}

/* Shows the folder holding @path in the file manager, with the file
 * selected when the file manager can do that. */
void
csp_file_launch_show_in_folder (GtkWindow  *parent,
                                const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  ShowData *data;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  data = g_new0 (ShowData, 1);
  data->parent = parent ? g_object_ref (parent) : NULL;
  data->folder_uri = g_filename_to_uri (folder, NULL, NULL);
  if (bus == NULL || uri == NULL)
    {
      launch_uri (parent, data->folder_uri);
      show_data_free (data);
      return;
    }

  g_dbus_connection_call (bus, "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1",
                          "org.freedesktop.FileManager1", "ShowItems",
                          g_variant_new ("(^ass)", (const char *[]) { uri, NULL }, ""),
                          NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, show_items_cb, data);
}
