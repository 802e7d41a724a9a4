/* csp-import-dialog.c: previews a CSV import, then applies it
 *
 * The file is read and checked in a worker (csp_import_prepare_async)
 * and the dialog shows what would change: rows to create, to update,
 * left unchanged, then the errors (the first fifty, and how many more)
 * and warnings. Only a file without errors that changes something can
 * be imported; nothing is written before the user presses Import, and
 * then all rows or none, in a worker with progress and Stop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "csp-import-dialog.h"
#include "csp-import-task.h"

struct _CspImportDialog
{
  AdwWindow             parent_instance;

  CspStore             *store;
  char                 *path;
  CspImportPlan        *plan;
  GCancellable         *cancellable;  /* set while reading or importing */
  GtkFileChooserNative *chooser;
  GPtrArray            *message_rows; /* rows added to the two message groups */
  gboolean              setting_kind;
  gboolean              disposed;

  GtkStack             *stack;
  GtkSpinner           *spinner;
  AdwActionRow         *file_row;
  AdwComboRow          *kind_row;
  GtkLabel             *create_label;
  GtkLabel             *update_label;
  GtkLabel             *unchanged_label;
  AdwPreferencesGroup  *errors_group;
  AdwPreferencesGroup  *warnings_group;
  GtkProgressBar       *progress_bar;
};

G_DEFINE_FINAL_TYPE (CspImportDialog, csp_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  IMPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Auxiliary methods */

static gboolean
header_has_column (const char *line,
                   const char *column)
{
  g_auto(GStrv) fields = g_strsplit (line, ",", -1);

  for (guint i = 0; fields[i] != NULL; i++)
    {
      /* A quoted name: the quotes become spaces, then go. */
      g_autofree char *field = g_ascii_strdown (fields[i], -1);

      if (g_str_equal (g_strstrip (g_strdelimit (field, "\"", ' ')), column))
        return TRUE;
    }

  return FALSE;
}

/* Health files have a date column, account files do not: a guess the
 * user can correct, so a file that cannot be read is just "accounts". */
static CspImportKind
guess_kind (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  char buffer[4096] = { 0 };
  char *line = buffer;
  gsize n_read = 0;

  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, sizeof buffer - 1, &n_read,
                                NULL, NULL))
    return CSP_IMPORT_ACCOUNTS;

  buffer[n_read] = '\0';
  if (g_str_has_prefix (line, "\xEF\xBB\xBF"))
    line += 3;
  line[strcspn (line, "\r\n")] = '\0';

  return header_has_column (line, "date") ? CSP_IMPORT_HEALTH : CSP_IMPORT_ACCOUNTS;
}

static gboolean
is_busy (CspImportDialog *self)
{
  return self->cancellable != NULL;
}

static gboolean
can_apply (CspImportDialog *self)
{
  return !is_busy (self) && self->plan != NULL && !csp_import_plan_has_errors (self->plan) &&
         csp_import_plan_get_n_create (self->plan) + csp_import_plan_get_n_update (self->plan) > 0;
}

static void
update_actions (CspImportDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", can_apply (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), !is_busy (self));
}

static void
clear_messages (CspImportDialog *self)
{
  for (guint i = 0; i < self->message_rows->len; i++)
    {
      GtkWidget *row = self->message_rows->pdata[i];
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->message_rows, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->errors_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_group), FALSE);
}

static void
add_message (CspImportDialog     *self,
             AdwPreferencesGroup *group,
             const char          *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "import-message");
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->message_rows, row);
  gtk_widget_set_visible (GTK_WIDGET (group), TRUE);
}

static void
add_messages (CspImportDialog     *self,
              AdwPreferencesGroup *group,
              const char * const  *messages)
{
  for (guint i = 0; messages != NULL && messages[i] != NULL; i++)
    add_message (self, group, messages[i]);
}

static void
set_count (GtkLabel *label,
           guint     count)
{
  g_autofree char *text = g_strdup_printf ("%u", count);

  gtk_label_set_text (label, text);
}

static void
show_plan (CspImportDialog *self)
{
  const char * const *errors = csp_import_plan_get_errors (self->plan);
  guint n_shown = errors ? g_strv_length ((char **) errors) : 0;
  guint n_errors = csp_import_plan_get_n_errors (self->plan);
  g_autofree char *more = NULL;

  set_count (self->create_label, csp_import_plan_get_n_create (self->plan));
  set_count (self->update_label, csp_import_plan_get_n_update (self->plan));
  set_count (self->unchanged_label, csp_import_plan_get_n_unchanged (self->plan));
  clear_messages (self);
  add_messages (self, self->errors_group, errors);
  if (n_errors > n_shown)
    {
      more = g_strdup_printf (ngettext ("… and %u more error", "… and %u more errors",
                                        n_errors - n_shown), n_errors - n_shown);
      add_message (self, self->errors_group, more);
    }
  add_messages (self, self->warnings_group, csp_import_plan_get_warnings (self->plan));
}

/* A file that could not be read at all (or an import that failed):
 * its reason in the errors group, and nothing to import. */
static void
show_failure (CspImportDialog *self,
              const GError    *error)
{
  clear_messages (self);
  add_message (self, self->errors_group, error->message);
}

static void
finish_task (CspImportDialog *self)
{
  g_clear_object (&self->cancellable);
  if (self->disposed)
    return;
  gtk_spinner_set_spinning (self->spinner, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  update_actions (self);
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* Callbacks */

static void
prepared_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CspImportDialog) self = user_data;
  g_autoptr(CspImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  plan = csp_import_prepare_finish (CSP_STORE (source), result, &error);
  /* Cancelled: the dialog closed, or another kind was chosen and its
   * own reading runs now. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_set_object (&self->plan, plan);
  if (plan != NULL)
    show_plan (self);
  else
    show_failure (self, error);
  finish_task (self);
}

static void
start_prepare (CspImportDialog *self)
{
  CspImportKind kind = adw_combo_row_get_selected (self->kind_row) == 1
                       ? CSP_IMPORT_HEALTH : CSP_IMPORT_ACCOUNTS;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->plan);
  self->cancellable = g_cancellable_new ();
  gtk_spinner_set_spinning (self->spinner, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "reading");
  update_actions (self);
  csp_import_prepare_async (self->store, kind, self->path, self->cancellable, prepared_cb,
                            g_object_ref (self));
}

static void
kind_changed_cb (CspImportDialog *self)
{
  if (!self->setting_kind && self->path != NULL)
    start_prepare (self);
}

/* On the main thread; @user_data is a GWeakRef to the dialog. */
static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  g_autoptr(CspImportDialog) self = g_weak_ref_get (user_data);

  if (self != NULL && !self->disposed && total > 0)
    gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
}

static void
applied_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(CspImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = csp_import_apply_finish (CSP_STORE (source), result, &error);

  finish_task (self);
  if (self->disposed)
    return;

  if (ok)
    {
      g_signal_emit (self, signals[IMPORTED], 0, csp_import_plan_get_n_create (self->plan),
                     csp_import_plan_get_n_update (self->plan));
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_failure (self, error);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  csp_import_dialog_apply (CSP_IMPORT_DIALOG (widget));
}

/* Stops reading or importing (nothing is written either way); closes
 * unless that leaves a preview to look at. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CspImportDialog *self = CSP_IMPORT_DIALOG (widget);
  gboolean importing = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack),
                                  "progress") == 0;

  if (is_busy (self))
    g_cancellable_cancel (self->cancellable);
  if (!importing)
    gtk_window_close (GTK_WINDOW (self));
}

static void
chooser_response_cb (CspImportDialog *self,
                     int              response)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  csp_import_dialog_load (self, path);
  gtk_window_present (GTK_WINDOW (self));
}

/* Overrides */

static void
csp_import_dialog_dispose (GObject *object)
{
  CspImportDialog *self = CSP_IMPORT_DIALOG (object);

  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (csp_import_dialog_parent_class)->dispose (object);
}

static void
csp_import_dialog_finalize (GObject *object)
{
  CspImportDialog *self = CSP_IMPORT_DIALOG (object);

  g_free (self->path);
  g_ptr_array_unref (self->message_rows);

  G_OBJECT_CLASS (csp_import_dialog_parent_class)->finalize (object);
}

static void
csp_import_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CspImportDialog *self = CSP_IMPORT_DIALOG (object);

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
csp_import_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CspImportDialog *self = CSP_IMPORT_DIALOG (object);

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
csp_import_dialog_class_init (CspImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_import_dialog_dispose;
  object_class->finalize = csp_import_dialog_finalize;
  object_class->get_property = csp_import_dialog_get_property;
  object_class->set_property = csp_import_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CSP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Every row was written: how many accounts or snapshots are new and
   * how many were updated. */
  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/csp-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CspImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, CspImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, CspImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, CspImportDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CspImportDialog, create_label);
  gtk_widget_class_bind_template_child (widget_class, CspImportDialog, update_label);
  gtk_widget_class_bind_template_child (widget_class, CspImportDialog, unchanged_label);
  gtk_widget_class_bind_template_child (widget_class, CspImportDialog, errors_group);
  gtk_widget_class_bind_template_child (widget_class, CspImportDialog, warnings_group);
  gtk_widget_class_bind_template_child (widget_class, CspImportDialog, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
csp_import_dialog_init (CspImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->message_rows = g_ptr_array_new ();
  update_actions (self);
}

/* Public API */

CspImportDialog *
csp_import_dialog_new (GtkWindow *parent,
                       CspStore  *store)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CSP_IS_STORE (store), NULL);

  return g_object_new (CSP_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       NULL);
}

/* Asks for a CSV file over the parent window, then shows the dialog
 * with its preview; when the user cancels, the dialog is destroyed. */
void
csp_import_dialog_choose_file (CspImportDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_return_if_fail (CSP_IS_IMPORT_DIALOG (self));

  gtk_file_filter_set_name (csv, _("CSV Files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  self->chooser = gtk_file_chooser_native_new (_("Import"), parent,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Reads @path in a worker and shows what importing it would change:
 * what the file chooser calls, and tests directly. */
void
csp_import_dialog_load (CspImportDialog *self,
                        const char      *path)
{
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;

  g_return_if_fail (CSP_IS_IMPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  g_free (self->path);
  self->path = g_strdup (path);
  name = g_filename_display_basename (path);
  folder = g_path_get_dirname (path);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->file_row), name);
  adw_action_row_set_subtitle (self->file_row, folder);

  self->setting_kind = TRUE;
  adw_combo_row_set_selected (self->kind_row, guess_kind (path) == CSP_IMPORT_HEALTH ? 1 : 0);
  self->setting_kind = FALSE;
  start_prepare (self);
}

/* Whether the file is being read or imported. */
gboolean
csp_import_dialog_get_busy (CspImportDialog *self)
{
  g_return_val_if_fail (CSP_IS_IMPORT_DIALOG (self), FALSE);

  return is_busy (self);
}

/* Writes the previewed rows in a worker; FALSE (and nothing happens)
 * unless the preview is ready, has no errors and changes something.
 * The dialog then emits ::imported and closes, or says why not. */
gboolean
csp_import_dialog_apply (CspImportDialog *self)
{
  GWeakRef *weak;

  g_return_val_if_fail (CSP_IS_IMPORT_DIALOG (self), FALSE);

  if (!can_apply (self))
    return FALSE;

  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  update_actions (self);
  csp_import_apply_async (self->store, self->plan, progress_cb, weak, weak_ref_free,
                          self->cancellable, applied_cb, g_object_ref (self));
  return TRUE;
}
