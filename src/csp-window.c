/* csp-window.c: the main window
 *
 * A view switcher over the Accounts, Plans and Meetings pages, which
 * folds into a bar at the bottom when the window is narrow. The window
 * is given its CspStore (tests inject one); when the application could
 * not open the file it shows why instead, and offers the sample
 * portfolio, which it can also generate and switch to at any time.
 * Moving between its pages, and making accounts, plans and meetings,
 * is csp-window-pages.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "csp-export-dialog.h"
#include "csp-file-launch.h"
#include "csp-import-dialog.h"
#include "csp-preferences-window.h"
#include "csp-sample-portfolio.h"
#include "csp-window-private.h"

G_DEFINE_FINAL_TYPE (CspWindow, csp_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

/* Whether the tabs are on show (not a status page, not a page pushed
 * over them): each of them can be searched. */
static gboolean
views_on_show (CspWindow *self)
{
  return self->store != NULL &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "views") == 0 &&
         adw_leaflet_get_visible_child (self->leaflet) == self->views_box;
}

void
_csp_window_update_actions (CspWindow *self)
{
  gboolean making_sample = self->sample_cancellable != NULL;
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean searchable = views_on_show (self) && !making_sample;

  gtk_widget_action_set_enabled (widget, "win.search", searchable);
  /* The other tabs have their search in their own bar. */
  gtk_widget_set_visible (self->search_button,
                          searchable && g_strcmp0 (adw_view_stack_get_visible_child_name (
                                                     self->view_stack), "accounts") == 0);
  gtk_widget_action_set_enabled (widget, "win.new", self->store != NULL && !making_sample);

  gtk_widget_action_set_enabled (widget, "win.new-account",
                                 self->store != NULL && !making_sample);
  gtk_widget_action_set_enabled (widget, "win.open-sample", !making_sample);
  gtk_widget_action_set_enabled (widget, "win.export-report",
                                 self->store != NULL && !making_sample);
  gtk_widget_action_set_enabled (widget, "win.import", self->store != NULL && !making_sample);
  gtk_widget_action_set_enabled (widget, "win.new-plan", self->store != NULL && !making_sample);
  gtk_widget_action_set_enabled (widget, "win.save-plan-as-template",
                                 self->store != NULL && !making_sample);
  gtk_widget_action_set_enabled (widget, "win.cancel-sample", making_sample);
  gtk_widget_action_set_enabled (widget, "win.back",
                                 adw_leaflet_get_visible_child (self->leaflet) != self->views_box);
}

/* The switcher folds into the bottom bar when the header is too narrow
 * for it; neither shows while a status page covers the views. */
static gboolean
sync_switcher_bar_cb (gpointer data)
{
  CspWindow *self = data;
  const char *page = gtk_stack_get_visible_child_name (self->main_stack);
  gboolean in_views = g_strcmp0 (page, "views") == 0;
  gboolean narrow = adw_view_switcher_title_get_title_visible (self->switcher_title);

  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, in_views);
  adw_view_switcher_bar_set_reveal (self->switcher_bar, in_views && narrow);

  self->switcher_idle = 0;
  return G_SOURCE_REMOVE;
}

/* The title's width changes during a layout pass, and revealing the
 * bar then would resize the window inside that pass: the bar follows
 * right after it instead. */
static void
update_switcher_bar (CspWindow *self)
{
  if (self->switcher_idle == 0)
    self->switcher_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, sync_switcher_bar_cb, self, NULL);
}

static gboolean
is_sample_store (CspStore *store)
{
  g_autofree char *sample_path = csp_sample_portfolio_path ();

  return store != NULL && g_strcmp0 (csp_store_get_path (store), sample_path) == 0;
}

/* Window size and state persist through GSettings. Without the schema
 * (run from a build folder without GSETTINGS_SCHEMA_DIR) the window just uses its
 * defaults rather than aborting. */
static void
bind_settings (CspWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("GSettings schema %s not found; window size is not saved", APP_ID);
      return;
    }

  self->settings = g_settings_new_full (schema, NULL, NULL);
  g_settings_bind (self->settings, "window-width", self, "default-width",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT);
}

/* Held so that closing the window lets the worker stop and clean up
 * before the process exits. */
static void
start_sample (CspWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  self->sample_cancellable = g_cancellable_new ();
  if (application != NULL)
    {
      self->held_application = G_APPLICATION (g_object_ref (application));
      g_application_hold (self->held_application);
    }
}

static void
finish_sample (CspWindow *self)
{
  g_clear_object (&self->sample_cancellable);
  if (self->held_application != NULL)
    g_application_release (self->held_application);
  g_clear_object (&self->held_application);
}

/* Callbacks */

static void
sample_progress_cb (double   fraction,
                    gpointer user_data)
{
  CspWindow *self = user_data;

  gtk_progress_bar_set_fraction (self->sample_progress, fraction);
}

static void
sample_created_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  CspWindow *self = CSP_WINDOW (source);
  g_autoptr(CspStore) store = NULL;
  g_autoptr(GError) error = NULL;

  finish_sample (self);
  store = csp_sample_portfolio_create_finish (result, &error);
  if (self->disposed)
    return; /* the window was closed meanwhile */

  _csp_window_update_actions (self);
  if (store != NULL)
    {
      csp_window_set_store (self, store);
      adw_view_stack_set_visible_child_name (self->view_stack, "accounts");
      csp_window_add_toast (self, _("Opened the sample portfolio"));
      return;
    }

  gtk_stack_set_visible_child_name (self->main_stack, self->page_before_sample);
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    csp_window_add_toast (self, error->message);
}

/* "Open" is the toast's button; "Show in Folder" sits beside the title,
 * so both are one click away for as long as the toast shows. */
static void
report_exported_cb (CspWindow  *self,
                    const char *path)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *title = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label, *button;
  AdwToast *toast;

  /* Translators: %s is the name of the file a report was exported to */
  title = g_strdup_printf (_("Exported %s"), name);
  label = gtk_label_new (title);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  button = gtk_button_new_with_mnemonic (_("Show in _Folder"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-in-folder");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", path);
  gtk_widget_add_css_class (button, "flat");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);

  toast = adw_toast_new (title);
  adw_toast_set_custom_title (toast, box);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (path));
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CspWindow *self = CSP_WINDOW (widget);
  gboolean on_account_page =
    adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->account_page);
  /* "This account" is the one on show, else the one selected in the table. */
  CspAccount *account = on_account_page
    ? csp_account_page_get_account (self->account_page)
    : csp_accounts_page_get_selected_account (self->accounts_page);
  CspExportDialog *dialog = csp_export_dialog_new (GTK_WINDOW (self), self->store, account);
  g_autofree char *search_text = csp_accounts_page_dup_search_text (self->accounts_page);
  g_autoptr(GArray) ids = csp_accounts_page_dup_filtered_ids (self->accounts_page);

  /* What the Accounts table shows while a search is active. */
  if (ids != NULL)
    csp_export_dialog_set_filter (dialog, search_text, ids);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (report_exported_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
imported_cb (CspWindow *self,
             guint      n_created,
             guint      n_updated)
{
  g_autofree char *message = NULL;

  csp_accounts_page_reload (self->accounts_page);
  csp_plans_page_reload (self->plans_page);
  csp_meetings_page_reload (self->meetings_page);
  /* Translators: counts of accounts or health snapshots */
  message = g_strdup_printf (_("Imported: %u new, %u updated"), n_created, n_updated);
  csp_window_add_toast (self, message);
}

/* The scores shown are computed from the weights when read. */
static void
weights_changed_cb (CspWindow *self)
{
  csp_accounts_page_reload (self->accounts_page);
  if (adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->account_page))
    csp_account_page_reload (self->account_page);
}

static CspImportDialog *
new_import_dialog (CspWindow *self)
{
  CspImportDialog *dialog = csp_import_dialog_new (GTK_WINDOW (self), self->store);

  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb),
                           self, G_CONNECT_SWAPPED);
  return dialog;
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  csp_import_dialog_choose_file (new_import_dialog (CSP_WINDOW (widget)));
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  csp_file_launch_open (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_in_folder_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  csp_file_launch_show_in_folder (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CspWindow *self = CSP_WINDOW (widget);

  /* The sample is made afresh; a connection to the old one must go. */
  if (is_sample_store (self->store))
    csp_window_set_store (self, NULL);

  g_free (self->page_before_sample);
  self->page_before_sample = g_strdup (gtk_stack_get_visible_child_name (self->main_stack));
  gtk_progress_bar_set_fraction (self->sample_progress, 0);
  gtk_stack_set_visible_child_name (self->main_stack, "sample");

  start_sample (self);
  _csp_window_update_actions (self);
  csp_sample_portfolio_create_async (self, sample_progress_cb, self->sample_cancellable,
                                     sample_created_cb, NULL);
}

static void
cancel_sample_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CspWindow *self = CSP_WINDOW (widget);

  g_cancellable_cancel (self->sample_cancellable);
}

/* Overrides */

static gboolean
csp_window_close_request (GtkWindow *window)
{
  CspWindow *self = CSP_WINDOW (window);

  g_cancellable_cancel (self->sample_cancellable);

  return GTK_WINDOW_CLASS (csp_window_parent_class)->close_request (window);
}

static void
csp_window_dispose (GObject *object)
{
  CspWindow *self = CSP_WINDOW (object);

  /* A sample still being made finishes in the worker; its callback
   * must not touch the widgets any more. */
  self->disposed = TRUE;
  g_clear_handle_id (&self->switcher_idle, g_source_remove);
  g_cancellable_cancel (self->sample_cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (csp_window_parent_class)->dispose (object);
}

static void
csp_window_finalize (GObject *object)
{
  CspWindow *self = CSP_WINDOW (object);

  g_free (self->page_before_sample);

  G_OBJECT_CLASS (csp_window_parent_class)->finalize (object);
}

static void
csp_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CspWindow *self = CSP_WINDOW (object);

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
csp_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CspWindow *self = CSP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      csp_window_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_window_class_init (CspWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = csp_window_dispose;
  object_class->finalize = csp_window_finalize;
  object_class->get_property = csp_window_get_property;
  object_class->set_property = csp_window_set_property;
  window_class->close_request = csp_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CSP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CSP_TYPE_ACCOUNTS_PAGE);
  g_type_ensure (CSP_TYPE_PLANS_PAGE);
  g_type_ensure (CSP_TYPE_MEETINGS_PAGE);
  g_type_ensure (CSP_TYPE_ACCOUNT_PAGE);
  g_type_ensure (CSP_TYPE_PLAN_PAGE);
  g_type_ensure (CSP_TYPE_MEETING_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/csp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CspWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CspWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CspWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, CspWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CspWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CspWindow, refused_page);
  gtk_widget_class_bind_template_child (widget_class, CspWindow, sample_progress);
  gtk_widget_class_bind_template_child (widget_class, CspWindow, accounts_page);
  gtk_widget_class_bind_template_child (widget_class, CspWindow, plans_page);
  gtk_widget_class_bind_template_child (widget_class, CspWindow, meetings_page);
  gtk_widget_class_bind_template_child (widget_class, CspWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, CspWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CspWindow, views_box);
  gtk_widget_class_bind_template_child (widget_class, CspWindow, account_page);
  gtk_widget_class_bind_template_child (widget_class, CspWindow, plan_page);
  gtk_widget_class_bind_template_child (widget_class, CspWindow, meeting_page);
  gtk_widget_class_bind_template_callback (widget_class, update_switcher_bar);
  gtk_widget_class_bind_template_callback_full (widget_class, "update_actions",
                                                G_CALLBACK (_csp_window_update_actions));
  _csp_window_class_init_pages (widget_class);

  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-sample", NULL, cancel_sample_action);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
  gtk_widget_class_install_action (widget_class, "win.show-in-folder", "s",
                                   show_in_folder_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
}

static void
csp_window_init (CspWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  bind_settings (self);
  update_switcher_bar (self);
  _csp_window_update_actions (self);
}

/* Public API */

CspWindow *
csp_window_new (GtkApplication *application,
                CspStore       *store)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || CSP_IS_STORE (store), NULL);

  return g_object_new (CSP_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

CspStore *
csp_window_get_store (CspWindow *self)
{
  g_return_val_if_fail (CSP_IS_WINDOW (self), NULL);

  return self->store;
}

/* The preferences, with the health weights of the portfolio on show;
 * new weights recompute the scores in the table and the account page. */
CspPreferencesWindow *
csp_window_show_preferences (CspWindow *self)
{
  CspPreferencesWindow *preferences;

  g_return_val_if_fail (CSP_IS_WINDOW (self), NULL);

  preferences = csp_preferences_window_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (preferences, "weights-changed", G_CALLBACK (weights_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (preferences));
  return preferences;
}

/* Shows the portfolio in @store on every page. */
void
csp_window_set_store (CspWindow *self,
                      CspStore  *store)
{
  g_return_if_fail (CSP_IS_WINDOW (self));
  g_return_if_fail (store == NULL || CSP_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  csp_accounts_page_set_store (self->accounts_page, store);
  csp_plans_page_set_store (self->plans_page, store);
  csp_meetings_page_set_store (self->meetings_page, store);
  csp_account_page_set_store (self->account_page, store);
  csp_plan_page_set_store (self->plan_page, store);
  csp_meeting_page_set_store (self->meeting_page, store);
  adw_leaflet_set_visible_child (self->leaflet, self->views_box);
  adw_view_switcher_title_set_subtitle (self->switcher_title,
                                        is_sample_store (store) ? _("Sample Portfolio") : NULL);
  if (store != NULL)
    gtk_stack_set_visible_child_name (self->main_stack, "views");

  _csp_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* Tells why the database could not be opened (the store's errors name
 * the file and the reason) in place of the pages. */
void
csp_window_show_store_error (CspWindow    *self,
                             const GError *error)
{
  g_autofree char *reason = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (CSP_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  csp_window_set_store (self, NULL);
  reason = g_markup_escape_text (error->message, -1);
  description = g_strdup_printf ("%s\n\n%s", reason,
                                 _("The file was left as it is. You can explore the app with "
                                   "the sample portfolio, which is kept in a separate file."));
  adw_status_page_set_description (self->refused_page, description);
  gtk_stack_set_visible_child_name (self->main_stack, "refused");
}

/* Previews importing the CSV file @path in the import dialog, as after
 * choosing it from the menu's Import…; the lists refresh once it is
 * imported. */
void
csp_window_import_file (CspWindow  *self,
                        const char *path)
{
  CspImportDialog *dialog;

  g_return_if_fail (CSP_IS_WINDOW (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (self->store != NULL);

  dialog = new_import_dialog (self);
  csp_import_dialog_load (dialog, path);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
csp_window_add_toast (CspWindow  *self,
                      const char *title)
{
  g_autofree char *markup = NULL;

  g_return_if_fail (CSP_IS_WINDOW (self));

  /* A toast's title is markup; @title is plain text. */
  markup = g_markup_escape_text (title, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}
