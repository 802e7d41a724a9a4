/* csp-application.c: the Success Planner application
 *
 * Opens the database named by --db, $SUCCESS_PLANNER_DB or the default
 * path, and shows it in a window; a second `success-planner --db FILE`
 * reaches the running instance (the command line is forwarded) and
 * opens that file in a window of its own, or raises the window that
 * already shows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "csp-application.h"
#include "csp-preferences-window.h"
#include "csp-store.h"
#include "csp-window.h"

struct _CspApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (CspApplication, csp_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open FILE instead of the default database"), N_("FILE") },
  { NULL }
};

/* Auxiliary methods */

static CspWindow *
find_window_for (CspApplication *self,
                 const char     *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      CspStore *store;

      if (!CSP_IS_WINDOW (l->data))
        continue;
      store = csp_window_get_store (l->data);
      if (store != NULL && g_strcmp0 (csp_store_get_path (store), path) == 0)
        return l->data;
    }

  return NULL;
}

/* A window on @path, or on why @path could not be opened; the file is
 * never changed when it is refused. */
static void
open_window (CspApplication *self,
             const char     *path)
{
  g_autoptr(CspStore) store = NULL;
  g_autoptr(GError) error = NULL;
  CspWindow *window = find_window_for (self, path);

  if (window == NULL)
    {
      store = csp_store_open (path, &error);
      window = csp_window_new (GTK_APPLICATION (self), store);
      if (store == NULL)
        csp_window_show_store_error (window, error);
    }

  gtk_window_present (GTK_WINDOW (window));
}

/* Callbacks */

/* The windows are destroyed first, so that they save what waits to be
 * saved (a meeting's notes typed a moment ago): quitting alone would
 * leave them undisposed when the process ends. */
static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (user_data))) != NULL)
    gtk_window_destroy (windows->data);
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = { "The Success Planner developers", NULL };
  GtkApplication *application = user_data;

  adw_show_about_window (gtk_application_get_active_window (application),
                         "application-name", _("Success Planner"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Success Planner developers"),
                         "developers", developers,
                         "copyright", "© 2026 The Success Planner developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "comments", _("Plan and track customer success for your accounts"),
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  /* The main window gives it the portfolio's health weights. */
  if (CSP_IS_WINDOW (parent))
    csp_window_show_preferences (CSP_WINDOW (parent));
  else
    gtk_window_present (GTK_WINDOW (csp_preferences_window_new (parent, NULL)));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
};

/* Overrides */

static void
csp_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (csp_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.new",
                                         (const char *[]) { "<Control>n", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.export-report",
                                         (const char *[]) { "<Control>e", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.import",
                                         (const char *[]) { "<Control>i", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
}

/* Runs in the primary instance with the arguments of whichever process
 * was started, so --db works when the app is already running. */
static int
csp_application_command_line (GApplication            *application,
                              GApplicationCommandLine *command_line)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree char *db = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  if (g_variant_dict_lookup (options, "db", "^ay", &db))
    {
      file = g_application_command_line_create_file_for_arg (command_line, db);
      g_free (db);
      db = g_file_get_path (file);
    }

  path = csp_store_resolve_path (db);
  open_window (CSP_APPLICATION (application), path);

  return EXIT_SUCCESS;
}

static void
csp_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));
  g_autofree char *path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  path = csp_store_resolve_path (NULL);
  open_window (CSP_APPLICATION (application), path);
}

static void
csp_application_class_init (CspApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = csp_application_startup;
  app_class->activate = csp_application_activate;
  app_class->command_line = csp_application_command_line;
}

static void
csp_application_init (CspApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan and track customer success."));
}

CspApplication *
csp_application_new (void)
{
  return g_object_new (CSP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       NULL);
}
