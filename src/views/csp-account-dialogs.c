/* csp-account-dialogs.c: the account page's small forms
 *
 * Add a health snapshot, raise a risk, resolve it, mark the account
 * saved, log an activity: each an AdwMessageDialog whose extra child is
 * a boxed list of entry and combo rows. The form builds its record on
 * every change and validates it (the model's validation names the
 * field and the reason); the message under the rows says what is wrong,
 * or for a snapshot the score it will have, and Save is enabled only
 * for a valid record. The caller writes the record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "csp-account-dialogs.h"
#include "csp-format.h"

#define MAX_FIELDS 8

typedef struct _Form Form;
typedef CspRecord *(*BuildFunc) (Form    *form,
                                 GError **error);

struct _Form
{
  AdwMessageDialog *dialog;
  GtkListBox       *list;
  GtkLabel         *message;
  GtkWidget        *fields[MAX_FIELDS];
  guint             n_fields;
  BuildFunc         build;
  gboolean          touched;   /* the user changed a field */
  CspRecordReady    ready;
  gpointer          user_data;

  gint64            account_id;
  CspRisk          *risk;      /* resolve, saved: a copy to change */
  CspHealthSnapshot *snapshot; /* edit: the snapshot to change */
  GListModel       *snapshots; /* snapshot: the dates taken */
  CspHealthWeights  weights;
  char             *currency;
};

/* Auxiliary methods */

static void
form_free (Form *form)
{
  g_clear_object (&form->risk);
  g_clear_object (&form->snapshot);
  g_clear_object (&form->snapshots);
  g_free (form->currency);
  g_free (form);
}

static const char *
field_text (Form  *form,
            guint  index)
{
  return gtk_editable_get_text (GTK_EDITABLE (form->fields[index]));
}

static guint
field_choice (Form  *form,
              guint  index)
{
  return adw_combo_row_get_selected (ADW_COMBO_ROW (form->fields[index]));
}

static void
set_error (GError     **error,
           const char  *format,
           ...) G_GNUC_PRINTF (2, 3);

static void
set_error (GError     **error,
           const char  *format,
           ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID,
                                                format, args));
  va_end (args);
}

/* A score 0–100 or, when empty, CSP_UNSET. */
static gboolean
parse_score (const char  *text,
             const char  *field,
             int         *out_value,
             GError     **error)
{
  gint64 value;
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  *out_value = CSP_UNSET;
  if (*stripped == '\0')
    return TRUE;
  if (!g_ascii_string_to_signed (stripped, 10, 0, 100, &value, NULL))
    {
      /* Translators: %s names the field, e.g. “Usage” */
      set_error (error, _("%s: enter a whole number from 0 to 100, or leave it empty"), field);
      return FALSE;
    }

  *out_value = (int) value;
  return TRUE;
}

static void
update_form (Form *form)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspRecord) record = form->build (form, &error);

  adw_message_dialog_set_response_enabled (form->dialog, "save", record != NULL);
  /* What is still missing reads as a hint until the user types. */
  if (record == NULL)
    {
      gtk_label_set_text (form->message, error ? error->message : "");
      gtk_widget_set_css_classes (GTK_WIDGET (form->message),
                                  (const char *[]) { form->touched ? "error" : "dim-label",
                                                     NULL });
    }
  else if (form->snapshots == NULL)
    gtk_label_set_text (form->message, "");
  gtk_widget_set_visible (GTK_WIDGET (form->message),
                          *gtk_label_get_text (form->message) != '\0');
}

static void
field_changed_cb (Form *form)
{
  form->touched = TRUE;
  update_form (form);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Form             *form)
{
  g_autoptr(CspRecord) record = NULL;

  if (g_strcmp0 (response, "save") != 0)
    return;

  if ((record = form->build (form, NULL)) != NULL)
    form->ready (record, form->user_data);
}

static GtkWidget *
add_entry (Form       *form,
           const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  g_signal_connect_swapped (row, "changed", G_CALLBACK (field_changed_cb), form);
  gtk_list_box_append (form->list, row);
  form->fields[form->n_fields++] = row;

  return row;
}

static GtkWidget *
add_choice (Form  *form,
            const char *title,
            GType  enum_type,
            guint  selected)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GtkStringList *labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (labels, csp_enum_to_label (enum_type, (int) i));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_unref (labels);
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (field_changed_cb), form);
  gtk_list_box_append (form->list, row);
  form->fields[form->n_fields++] = row;

  return row;
}

static Form *
form_new (GtkWidget  *parent,
          const char *heading,
          const char *body,
          BuildFunc   build)
{
  Form *form = g_new0 (Form, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;

  form->build = build;
  form->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body));
  form->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (form->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (form->list), "boxed-list");
  form->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (form->message, TRUE);
  gtk_label_set_xalign (form->message, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->message),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Form status"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->message));
  adw_message_dialog_set_extra_child (form->dialog, box);

  adw_message_dialog_add_responses (form->dialog, "cancel", _("_Cancel"), "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (form->dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (form->dialog, "save");
  adw_message_dialog_set_close_response (form->dialog, "cancel");
  g_signal_connect (form->dialog, "response", G_CALLBACK (response_cb), form);
  g_object_set_data_full (G_OBJECT (form->dialog), "csp-form", form, (GDestroyNotify) form_free);

  return form;
}

static void
form_present (Form           *form,
              CspRecordReady  ready,
              gpointer        user_data)
{
  form->ready = ready;
  form->user_data = user_data;
  update_form (form);
  gtk_window_present (GTK_WINDOW (form->dialog));
  gtk_widget_grab_focus (form->fields[0]);
}

static CspRecord *
validated (CspRecord  *record,
           GError    **error)
{
  if (!csp_record_validate (record, error))
    {
      g_object_unref (record);
      return NULL;
    }

  return record;
}

/* Snapshot */

/* Another snapshot of the account has @date. */
static gboolean
date_taken (Form       *form,
            const char *date)
{
  gint64 own = form->snapshot ? csp_record_get_id (CSP_RECORD (form->snapshot)) : 0;

  for (guint i = 0; i < g_list_model_get_n_items (form->snapshots); i++)
    {
      g_autoptr(CspHealthSnapshot) snapshot = g_list_model_get_item (form->snapshots, i);

      if (g_strcmp0 (csp_health_snapshot_get_taken_on (snapshot), date) == 0 &&
          csp_record_get_id (CSP_RECORD (snapshot)) != own)
        return TRUE;
    }

  return FALSE;
}

static void
show_score (Form              *form,
            CspHealthSnapshot *snapshot)
{
  int computed = csp_health_snapshot_get_effective_score (snapshot, &form->weights);
  g_autofree char *text = NULL;

  if (csp_health_snapshot_get_score (snapshot) != CSP_UNSET)
    /* Translators: the score of the snapshot being entered */
    text = g_strdup_printf (_("Score %d (entered) — %s"), computed,
                            csp_enum_to_label (CSP_TYPE_HEALTH_BAND,
                                               csp_health_band_for_score (computed)));
  else
    text = g_strdup_printf (_("Score %d (from the components) — %s"), computed,
                            csp_enum_to_label (CSP_TYPE_HEALTH_BAND,
                                               csp_health_band_for_score (computed)));
  gtk_label_set_text (form->message, text);
  gtk_widget_set_css_classes (GTK_WIDGET (form->message), NULL);
}

static CspRecord *
build_snapshot (Form    *form,
                GError **error)
{
  g_autoptr(CspHealthSnapshot) snapshot = form->snapshot
    ? CSP_HEALTH_SNAPSHOT (csp_record_copy (CSP_RECORD (form->snapshot)))
    : csp_health_snapshot_new (form->account_id, NULL);
  int value;

  csp_health_snapshot_set_taken_on (snapshot, field_text (form, 0));

  for (guint c = 0; c < CSP_N_COMPONENTS; c++)
    {
      if (!parse_score (field_text (form, c + 1), csp_health_component_label (c), &value, error))
        return NULL;
      csp_health_snapshot_set_component (snapshot, c, value);
    }
  if (!parse_score (field_text (form, CSP_N_COMPONENTS + 1), _("Score"), &value, error))
    return NULL;
  csp_health_snapshot_set_score (snapshot, value);

  if (value == CSP_UNSET &&
      csp_health_snapshot_get_effective_score (snapshot, &form->weights) == CSP_UNSET)
    {
      set_error (error, _("Enter a score, or at least one component with a weight"));
      return NULL;
    }
  if (!csp_record_validate (CSP_RECORD (snapshot), error))
    return NULL;
  if (date_taken (form, csp_health_snapshot_get_taken_on (snapshot)))
    {
      g_autofree char *date = csp_format_date (csp_health_snapshot_get_taken_on (snapshot));

      /* Translators: %s is a date */
      set_error (error, _("There is already a snapshot on %s; pick another date"), date);
      return NULL;
    }

  show_score (form, snapshot);
  return CSP_RECORD (g_steal_pointer (&snapshot));
}

/* Public API */

void
csp_snapshot_dialog_present (GtkWidget              *parent,
                             gint64                  account_id,
                             const char             *today,
                             GListModel             *snapshots,
                             const CspHealthWeights *weights,
                             CspHealthSnapshot      *existing,
                             CspRecordReady          ready,
                             gpointer                user_data)
{
  Form *form = form_new (parent, existing ? _("Edit Health Snapshot") : _("Add Health Snapshot"),
                         _("Enter the components you measured, 0 to 100. Without a score "
                           "of its own, the snapshot's score is their weighted mean."),
                         build_snapshot);

  form->account_id = account_id;
  form->snapshots = g_object_ref (snapshots);
  form->weights = *weights;
  form->snapshot = existing ? g_object_ref (existing) : NULL;
  /* Translators: a date field; the format is fixed */
  add_entry (form, _("Date (YYYY-MM-DD)"),
             existing ? csp_health_snapshot_get_taken_on (existing) : today);
  for (guint c = 0; c <= CSP_N_COMPONENTS; c++)
    {
      int value = existing == NULL ? CSP_UNSET
                  : c < CSP_N_COMPONENTS ? csp_health_snapshot_get_component (existing, c)
                  : csp_health_snapshot_get_score (existing);
      g_autofree char *text = value == CSP_UNSET ? NULL : g_strdup_printf ("%d", value);

      add_entry (form, c < CSP_N_COMPONENTS ? csp_health_component_label (c)
                                            : _("Score (optional)"), text);
    }
  form_present (form, ready, user_data);
}

static CspRecord *
build_risk (Form    *form,
            GError **error)
{
  CspRisk *risk = csp_risk_new (form->account_id, field_choice (form, 0), field_text (form, 2));

  csp_risk_set_severity (risk, field_choice (form, 1));
  csp_risk_set_notes (risk, field_text (form, 3));
  return validated (CSP_RECORD (risk), error);
}

void
csp_risk_dialog_present (GtkWidget      *parent,
                         gint64          account_id,
                         const char     *today,
                         CspRecordReady  ready,
                         gpointer        user_data)
{
  Form *form = form_new (parent, _("Raise Risk"), NULL, build_risk);

  form->account_id = account_id;
  add_choice (form, _("Kind"), CSP_TYPE_RISK_KIND, CSP_RISK_LOW_USAGE);
  add_choice (form, _("Severity"), CSP_TYPE_PRIORITY, CSP_PRIORITY_NORMAL);
  add_entry (form, _("Raised on (YYYY-MM-DD)"), today);
  add_entry (form, _("Notes"), NULL);
  form_present (form, ready, user_data);
}

static CspRecord *
build_resolved (Form    *form,
                GError **error)
{
  CspRecord *risk = csp_record_copy (CSP_RECORD (form->risk));

  csp_risk_set_resolved_on (CSP_RISK (risk), field_text (form, 0));
  return validated (risk, error);
}

void
csp_resolve_dialog_present (GtkWidget      *parent,
                            CspRisk        *risk,
                            const char     *today,
                            CspRecordReady  ready,
                            gpointer        user_data)
{
  Form *form = form_new (parent, _("Resolve Risk"),
                         csp_enum_to_label (CSP_TYPE_RISK_KIND, csp_risk_get_kind (risk)),
                         build_resolved);

  form->risk = g_object_ref (risk);
  add_entry (form, _("Resolved on (YYYY-MM-DD)"), today);
  form_present (form, ready, user_data);
}

/* An amount in major units ("12000", "12,000.50") as minor units. */
gboolean
csp_parse_money (const char *text,
                 gint64     *out_minor)
{
  g_autofree char *digits = g_strdup (text ? text : "");
  char *end = NULL;
  double value;
  guint j = 0;

  for (guint i = 0; digits[i] != '\0'; i++)
    if (digits[i] != ',' && digits[i] != ' ')
      digits[j++] = digits[i];
  digits[j] = '\0';

  value = g_ascii_strtod (digits, &end);
  if (j == 0 || end == NULL || *end != '\0' || !isfinite (value) || value < 0 || value > 1e15)
    return FALSE;

  *out_minor = (gint64) llround (value * 100);
  return TRUE;
}

static CspRecord *
build_saved (Form    *form,
             GError **error)
{
  CspRecord *risk = csp_record_copy (CSP_RECORD (form->risk));
  gint64 minor;

  if (!csp_parse_money (field_text (form, 0), &minor))
    {
      g_object_unref (risk);
      set_error (error, _("Saved ARR: enter an amount such as 12000 or 12,000.50"));
      return NULL;
    }
  csp_risk_set_saved_arr_minor (CSP_RISK (risk), minor);
  if (form->n_fields > 1)
    csp_risk_set_resolved_on (CSP_RISK (risk), field_text (form, 1));

  return validated (risk, error);
}

/* Saved: the risk was overcome and the account kept this much ARR. An
 * open risk is resolved at the same time. */
void
csp_saved_dialog_present (GtkWidget      *parent,
                          CspRisk        *risk,
                          const char     *currency,
                          const char     *today,
                          CspRecordReady  ready,
                          gpointer        user_data)
{
  g_autofree char *title = g_strdup_printf (_("Saved ARR (%s)"), currency);
  Form *form = form_new (parent, _("Mark Account Saved"),
                         _("The revenue kept by overcoming this risk."), build_saved);

  form->risk = g_object_ref (risk);
  form->currency = g_strdup (currency);
  add_entry (form, title, NULL);
  if (csp_risk_get_resolved_on (risk) == NULL)
    add_entry (form, _("Resolved on (YYYY-MM-DD)"), today);
  form_present (form, ready, user_data);
}

static CspRecord *
build_activity (Form    *form,
                GError **error)
{
  CspActivity *activity = csp_activity_new (form->account_id, field_text (form, 1),
                                            field_text (form, 2));

  csp_activity_set_kind (activity, field_choice (form, 0));
  csp_activity_set_details (activity, field_text (form, 3));
  return validated (CSP_RECORD (activity), error);
}

void
csp_activity_dialog_present (GtkWidget      *parent,
                             gint64          account_id,
                             const char     *today,
                             CspRecordReady  ready,
                             gpointer        user_data)
{
  Form *form = form_new (parent, _("Log Activity"), NULL, build_activity);

  form->account_id = account_id;
  add_choice (form, _("Kind"), CSP_TYPE_ACTIVITY_KIND, CSP_ACTIVITY_NOTE);
  add_entry (form, _("Date (YYYY-MM-DD)"), today);
  add_entry (form, _("Summary"), NULL);
  add_entry (form, _("Details"), NULL);
  form_present (form, ready, user_data);
}
