/* csp-export-dialog.c: asks what to export, then writes it off the main thread
 *
 * Report kind, format, period (a calendar quarter, or custom dates that
 * are checked as they are typed), accounts and the byte order mark.
 * "Export…" asks where to save, under the name the report suggests, in
 * the folder used last time; the report is then written in a worker on
 * a connection of its own while the dialog shows how far it got. The
 * file appears complete or not at all, so Stop and failures leave
 * nothing behind; a failure is told in the dialog, which stays open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-date.h"
#include "csp-export-dialog.h"
#include "csp-file-launch.h"
#include "csp-report-export-task.h"

struct _CspExportDialog
{
  AdwWindow             parent_instance;

  CspStore             *store;
  CspAccount           *account;     /* the one selected in the table, or NULL */
  GArray               *filter_ids;  /* gint64s the table's search finds, or NULL */
  GSettings            *settings;
  GCancellable         *cancellable; /* set while exporting */
  char                 *path;        /* where the running export goes */
  GtkFileChooserNative *chooser;
  guint                 pulse_id;
  gboolean              disposed;

  GtkStack             *stack;
  AdwComboRow          *kind_row;
  AdwActionRow         *format_row;
  GtkToggleButton      *json_button;
  GtkToggleButton      *csv_button;
  GtkWidget            *bom_row;
  GtkSwitch            *bom_switch;
  AdwPreferencesGroup  *period_group;
  GtkWidget            *quarter_row;
  GtkDropDown          *quarter_dropdown;
  GtkSpinButton        *year_spin;
  AdwExpanderRow       *custom_row;
  AdwEntryRow          *from_row;
  GtkLabel             *from_error;
  AdwEntryRow          *to_row;
  GtkLabel             *to_error;
  AdwActionRow         *this_account_row;
  GtkCheckButton       *this_account_check;
  AdwActionRow         *filter_row;
  GtkCheckButton       *filter_check;
  GtkLabel             *error_label;
  GtkProgressBar       *progress_bar;
};

G_DEFINE_FINAL_TYPE (CspExportDialog, csp_export_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ACCOUNT,
  N_PROPS
};

enum {
  EXPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* In the order of the kind row. */
static const struct {
  CspReportKind  kind;
  const char    *label;
} kinds[] = {
  /* Translators: EBR is an executive business review */
  { CSP_REPORT_KIND_EBR, N_("EBR") },
  { CSP_REPORT_KIND_EBR_SUMMARY, N_("EBR Summary") },
  { CSP_REPORT_KIND_ACTIONS, N_("Action Items") },
  { CSP_REPORT_KIND_HEALTH, N_("Health History") },
  { CSP_REPORT_KIND_ACCOUNTS, N_("Accounts") },
};

/* Auxiliary methods */

static CspReportKind
selected_kind (CspExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  return kinds[MIN (selected, G_N_ELEMENTS (kinds) - 1)].kind;
}

static CspReportFormat
selected_format (CspExportDialog *self)
{
  return gtk_toggle_button_get_active (self->json_button) ? CSP_REPORT_FORMAT_JSON
                                                          : CSP_REPORT_FORMAT_CSV;
}

/* Actions and accounts are listed as they are now. */
static gboolean
period_applies (CspReportKind kind)
{
  return kind != CSP_REPORT_KIND_ACTIONS && kind != CSP_REPORT_KIND_ACCOUNTS;
}

static gboolean
using_custom_dates (CspExportDialog *self)
{
  return period_applies (selected_kind (self)) &&
         adw_expander_row_get_enable_expansion (self->custom_row);
}

static void
show_field_error (AdwEntryRow *row,
                  GtkLabel    *label,
                  const char  *message)
{
  gtk_label_set_text (label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* An empty field blocks the export without a message: the user has
 * not typed anything wrong yet. */
static gboolean
check_date_field (AdwEntryRow *row,
                  GtkLabel    *label,
                  GDate       *date)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;

  g_date_clear (date, 1);
  if (*text == '\0')
    {
      show_field_error (row, label, NULL);
      return FALSE;
    }

  csp_date_parse (text, date, &error);
  show_field_error (row, label, error ? error->message : NULL);
  return error == NULL;
}

static gboolean
check_custom_dates (CspExportDialog *self)
{
  GDate from, to;
  gboolean from_ok = check_date_field (self->from_row, self->from_error, &from);
  gboolean to_ok = check_date_field (self->to_row, self->to_error, &to);

  if (from_ok && to_ok && g_date_compare (&from, &to) > 0)
    {
      show_field_error (self->to_row, self->to_error,
                        _("The last day comes before the first day."));
      return FALSE;
    }

  return from_ok && to_ok;
}

static void
get_period (CspExportDialog *self,
            CspPeriod       *period)
{
  if (!using_custom_dates (self) ||
      !csp_period_parse (period, gtk_editable_get_text (GTK_EDITABLE (self->from_row)),
                         gtk_editable_get_text (GTK_EDITABLE (self->to_row)), NULL))
    csp_period_for_quarter (period, gtk_spin_button_get_value_as_int (self->year_spin),
                            (int) gtk_drop_down_get_selected (self->quarter_dropdown) + 1);
}

static CspReport *
build_report (CspExportDialog *self)
{
  CspPeriod period;
  CspReport *report;

  get_period (self, &period);
  report = csp_report_new (&period);
  if (self->account != NULL && gtk_check_button_get_active (self->this_account_check))
    csp_report_add_account (report, csp_record_get_id (CSP_RECORD (self->account)));
  if (self->filter_ids != NULL && gtk_check_button_get_active (self->filter_check))
    for (guint i = 0; i < self->filter_ids->len; i++)
      csp_report_add_account (report, g_array_index (self->filter_ids, gint64, i));

  return report;
}

static void
update_format (CspExportDialog *self,
               CspReportKind    kind)
{
  gboolean json_ok = csp_report_check_format (kind, CSP_REPORT_FORMAT_JSON, NULL);

  gtk_widget_set_sensitive (GTK_WIDGET (self->json_button), json_ok);
  if (!json_ok)
    gtk_toggle_button_set_active (self->csv_button, TRUE);
  adw_action_row_set_subtitle (self->format_row, json_ok
    ? _("JSON for other tools, CSV for spreadsheets")
    : _("This report is a plain table: it exists as CSV only"));
  gtk_widget_set_sensitive (self->bom_row, selected_format (self) == CSP_REPORT_FORMAT_CSV);
}

static void
update_period (CspExportDialog *self,
               CspReportKind    kind)
{
  gboolean applies = period_applies (kind);

  gtk_widget_set_sensitive (GTK_WIDGET (self->period_group), applies);
  adw_preferences_group_set_description (self->period_group, applies ? NULL
    : _("Action items and accounts are exported as they are now."));
  gtk_widget_set_sensitive (self->quarter_row, !using_custom_dates (self));
}

static void
default_period (CspExportDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  CspPeriod period;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
  csp_period_last_full_quarter (&period, &today);
  gtk_spin_button_set_value (self->year_spin, g_date_get_year (&period.from));
  gtk_drop_down_set_selected (self->quarter_dropdown,
                              (g_date_get_month (&period.from) - 1) / 3);
  from = csp_date_to_text (&period.from);
  to = csp_date_to_text (&period.to);
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to);
}

static void
setup_kinds (CspExportDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (labels, _(kinds[i].label));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->kind_row, 1); /* the EBR summary */
}

static void
setup_account (CspExportDialog *self)
{
  if (self->account != NULL)
    {
      adw_action_row_set_subtitle (self->this_account_row,
                                   csp_account_get_name (self->account));
      gtk_check_button_set_active (self->this_account_check, TRUE);
      /* One account chosen: its full review is what is most often wanted. */
      adw_combo_row_set_selected (self->kind_row, 0);
      return;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->this_account_row), FALSE);
  adw_action_row_set_subtitle (self->this_account_row,
                               _("Select an account in the Accounts table to export it alone"));
}

static void
show_error (CspExportDialog *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static char *
initial_folder (CspExportDialog *self)
{
  g_autofree char *folder = self->settings
                            ? g_settings_get_string (self->settings, "last-export-folder")
                            : NULL;
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (folder != NULL && *folder != '\0' && g_file_test (folder, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&folder);

  return g_strdup (documents ? documents : g_get_home_dir ());
}

static void
remember_folder (CspExportDialog *self,
                 const char      *path)
{
  g_autofree char *folder = g_path_get_dirname (path);

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-export-folder", folder);
}

static void
stop_progress (CspExportDialog *self)
{
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->disposed)
    return;
  gtk_stack_set_visible_child_name (self->stack, "form");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file", TRUE);
}

/* Callbacks */

static void
update_form (CspExportDialog *self)
{
  CspReportKind kind = selected_kind (self);
  gboolean dates_ok = !using_custom_dates (self) || check_custom_dates (self);

  if (self->cancellable != NULL)
    return;

  update_format (self, kind);
  update_period (self, kind);
  show_error (self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file", dates_ok);
}

static gboolean
pulse_cb (gpointer user_data)
{
  CspExportDialog *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

/* Runs on the main thread; @user_data is a GWeakRef to the dialog, so a
 * late update after the dialog closed does nothing. */
static void
progress_cb (guint    n_rows,
             gpointer user_data)
{
  g_autoptr(CspExportDialog) self = g_weak_ref_get (user_data);
  g_autofree char *text = NULL;

  if (self == NULL || self->disposed)
    return;

  /* Translators: shown under the export's progress bar */
  text = g_strdup_printf (ngettext ("%u row written", "%u rows written", n_rows), n_rows);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(CspExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_steal_pointer (&self->path);

  csp_report_export_finish (CSP_STORE (source), result, &error);
  stop_progress (self);
  if (self->disposed)
    return;

  if (error == NULL)
    {
      remember_folder (self, path);
      g_signal_emit (self, signals[EXPORTED], 0, path);
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, error->message);
}

static void
chooser_response_cb (CspExportDialog *self,
                     int              response)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_clear_object (&self->chooser);
  if (file != NULL && (path = g_file_get_path (file)) != NULL)
    csp_export_dialog_export_to (self, path);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CspExportDialog *self = CSP_EXPORT_DIALOG (widget);
  g_autoptr(CspReport) report = build_report (self);
  g_autofree char *name = csp_report_suggest_filename (report, selected_kind (self),
                                                       selected_format (self));
  g_autofree char *folder = initial_folder (self);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);

  if (self->chooser != NULL || self->cancellable != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Report"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder_file, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Stops a running export (the file is left as it was), or closes. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CspExportDialog *self = CSP_EXPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* Overrides */

static void
csp_export_dialog_dispose (GObject *object)
{
  CspExportDialog *self = CSP_EXPORT_DIALOG (object);

  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_object (&self->account);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (csp_export_dialog_parent_class)->dispose (object);
}

static void
csp_export_dialog_finalize (GObject *object)
{
  CspExportDialog *self = CSP_EXPORT_DIALOG (object);

  g_free (self->path);
  g_clear_pointer (&self->filter_ids, g_array_unref);

  G_OBJECT_CLASS (csp_export_dialog_parent_class)->finalize (object);
}

static void
csp_export_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CspExportDialog *self = CSP_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_ACCOUNT:
      g_value_set_object (value, self->account);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_export_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CspExportDialog *self = CSP_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_ACCOUNT:
      self->account = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_export_dialog_constructed (GObject *object)
{
  CspExportDialog *self = CSP_EXPORT_DIALOG (object);

  G_OBJECT_CLASS (csp_export_dialog_parent_class)->constructed (object);

  setup_account (self);
  update_form (self);
}

static void
bind_children (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, json_button);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, csv_button);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, bom_row);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, bom_switch);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, period_group);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, quarter_row);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, quarter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, custom_row);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, from_error);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, to_error);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, this_account_row);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, this_account_check);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, filter_row);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, filter_check);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CspExportDialog, progress_bar);
}

static void
csp_export_dialog_class_init (CspExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_export_dialog_dispose;
  object_class->finalize = csp_export_dialog_finalize;
  object_class->get_property = csp_export_dialog_get_property;
  object_class->set_property = csp_export_dialog_set_property;
  object_class->constructed = csp_export_dialog_constructed;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CSP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACCOUNT] =
    g_param_spec_object ("account", NULL, NULL, CSP_TYPE_ACCOUNT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The report is complete in the file at the path given. */
  signals[EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/csp-export-dialog.ui");
  bind_children (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, update_form);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "export.cancel", NULL);
}

static void
csp_export_dialog_init (CspExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = csp_app_settings_new ();
  gtk_switch_set_active (self->bom_switch,
                         self->settings ? g_settings_get_boolean (self->settings, "csv-bom")
                                        : TRUE);
  setup_kinds (self);
  default_period (self);
}

/* Public API */

/* @account: the account selected in the table, offered as "This
 * Account"; NULL when none is. */
CspExportDialog *
csp_export_dialog_new (GtkWindow  *parent,
                       CspStore   *store,
                       CspAccount *account)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CSP_IS_STORE (store), NULL);
  g_return_val_if_fail (account == NULL || CSP_IS_ACCOUNT (account), NULL);

  return g_object_new (CSP_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "account", account,
                       NULL);
}

/* Exports the report as chosen into @path in a worker: what the file
 * chooser calls, and tests directly. FALSE (and nothing starts) when
 * the form is not valid or an export already runs. The dialog then
 * emits ::exported and closes, or shows why it failed. */
gboolean
csp_export_dialog_export_to (CspExportDialog *self,
                             const char      *path)
{
  g_autoptr(CspReport) report = NULL;
  GWeakRef *weak = g_new0 (GWeakRef, 1);

  g_return_val_if_fail (CSP_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->cancellable != NULL || (using_custom_dates (self) && !check_custom_dates (self)))
    {
      g_free (weak);
      return FALSE;
    }

  report = build_report (self);
  g_weak_ref_init (weak, self);
  self->cancellable = g_cancellable_new ();
  g_free (self->path);
  self->path = g_strdup (path);
  show_error (self, NULL);
  gtk_progress_bar_set_text (self->progress_bar, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file", FALSE);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  self->pulse_id = g_timeout_add (100, pulse_cb, self);
  csp_report_export_async (self->store, report, selected_kind (self), selected_format (self),
                           gtk_switch_get_active (self->bom_switch), path,
                           progress_cb, weak, weak_ref_free, self->cancellable,
                           exported_cb, g_object_ref (self));
  return TRUE;
}

/* Whether an export is running. */
gboolean
csp_export_dialog_get_busy (CspExportDialog *self)
{
  g_return_val_if_fail (CSP_IS_EXPORT_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

/* Offers "Current Filter": the accounts (@ids, gint64s, in any number)
 * that the search @search_text (NULL when only the filters narrow the
 * table) and the filters let through in the Accounts table. It is the
 * choice made unless an account was selected; it cannot be chosen when
 * the search found none, since a report of no accounts means all of
 * them. Call it once, before the dialog is shown. */
void
csp_export_dialog_set_filter (CspExportDialog *self,
                              const char      *search_text,
                              GArray          *ids)
{
  g_autofree char *subtitle = NULL;

  g_return_if_fail (CSP_IS_EXPORT_DIALOG (self));
  g_return_if_fail (ids != NULL);

  g_clear_pointer (&self->filter_ids, g_array_unref);
  self->filter_ids = g_array_ref (ids);
  if (search_text != NULL)
    /* Translators: %u is a number of accounts, %s what was searched for */
    subtitle = g_strdup_printf (ngettext ("%u account matching “%s”",
                                          "%u accounts matching “%s”", ids->len),
                                ids->len, search_text);
  else
    /* Translators: the accounts the filters of the Accounts table let through */
    subtitle = g_strdup_printf (ngettext ("%u account", "%u accounts", ids->len), ids->len);
  adw_action_row_set_subtitle (self->filter_row, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->filter_row), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->filter_row), ids->len > 0);
  if (ids->len > 0 && self->account == NULL)
    gtk_check_button_set_active (self->filter_check, TRUE);
}
