/* csp-record-form.c: a dialog that edits one record, field by field
 *
 * An AdwMessageDialog whose extra child is a boxed list of entry and
 * combo rows, one per column. On every change the form builds its
 * record and validates it; the model's messages start with the column
 * at fault ("due_on: “2026-02-30” is not a valid date…"), so the form
 * marks that row with the "error" style and names the reason under the
 * list. Save is enabled only for a valid record, and the caller writes
 * what the form hands it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "csp-record-form.h"

#define MAX_FIELDS 10

struct _CspRecordForm
{
  AdwMessageDialog *dialog;
  GtkListBox       *list;
  GtkLabel         *message;
  GtkWidget        *fields[MAX_FIELDS];
  const char       *columns[MAX_FIELDS];
  guint             n_fields;
  gboolean          touched;   /* the user changed a field */
  CspFormBuild      build;
  gpointer          data;
  GDestroyNotify    data_free;
  char             *note;     /* shown while the record is valid */
  CspRecordReady    ready;
  gpointer          user_data;
};

/* Auxiliary methods */

static void
form_free (CspRecordForm *form)
{
  if (form->data_free != NULL)
    form->data_free (form->data);
  g_free (form->note);
  g_free (form);
}

static GtkWidget *
find_field (CspRecordForm *form,
            const char    *column)
{
  for (guint i = 0; i < form->n_fields; i++)
    if (g_strcmp0 (form->columns[i], column) == 0)
      return form->fields[i];

  g_return_val_if_reached (NULL);
}

/* The row of the column that @message starts with, if any. */
static GtkWidget *
field_at_fault (CspRecordForm *form,
                const char    *message)
{
  for (guint i = 0; message != NULL && i < form->n_fields; i++)
    {
      gsize length = strlen (form->columns[i]);

      /* "due_on: …", or "start_on (…) is after target_on (…)". */
      if (strncmp (message, form->columns[i], length) == 0 &&
          (message[length] == ':' || message[length] == ' '))
        return form->fields[i];
    }

  return NULL;
}

/* The model names columns ("due_on: …", "start_on (…) is after
 * target_on (…)"); the form says what the user sees instead: the title
 * of that column's row. A column's name is replaced where it opens the
 * message, and elsewhere only when it cannot be a word of the text
 * (it has an underscore). */
static char *
dup_message (CspRecordForm *form,
             const GError  *error)
{
  g_autoptr(GString) message = g_string_new (error ? error->message : "");

  for (guint i = 0; i < form->n_fields; i++)
    {
      const char *column = form->columns[i];
      gsize length = strlen (column);
      const char *title;

      if (!ADW_IS_PREFERENCES_ROW (form->fields[i]))
        continue;
      title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (form->fields[i]));
      if (strchr (column, '_') != NULL)
        g_string_replace (message, column, title, 0);
      else if (strncmp (message->str, column, length) == 0 && message->str[length] == ':')
        {
          g_string_erase (message, 0, length);
          g_string_prepend (message, title);
        }
    }
  return g_string_free (g_steal_pointer (&message), FALSE);
}

static void
show_error (CspRecordForm *form,
            const GError  *error)
{
  g_autofree char *message = dup_message (form, error);
  GtkWidget *faulty = error ? field_at_fault (form, error->message) : NULL;

  for (guint i = 0; i < form->n_fields; i++)
    {
      /* Only once the user typed: an empty new form is not wrong yet. */
      if (form->fields[i] == faulty && form->touched)
        gtk_widget_add_css_class (form->fields[i], "error");
      else
        gtk_widget_remove_css_class (form->fields[i], "error");
    }

  if (error == NULL && form->note != NULL)
    {
      gtk_label_set_text (form->message, form->note);
      gtk_widget_set_css_classes (GTK_WIDGET (form->message), NULL);
      gtk_widget_set_visible (GTK_WIDGET (form->message), TRUE);
      return;
    }
  gtk_label_set_text (form->message, message);
  gtk_widget_set_css_classes (GTK_WIDGET (form->message),
                              (const char *[]) { form->touched ? "error" : "dim-label", NULL });
  gtk_widget_set_visible (GTK_WIDGET (form->message), error != NULL);
}

static void
update_form (CspRecordForm *form)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspRecord) record = form->build (form, form->data, &error);

  adw_message_dialog_set_response_enabled (form->dialog, "save", record != NULL);
  show_error (form, record == NULL ? error : NULL);
}

/* Callbacks */

static void
field_changed_cb (CspRecordForm *form)
{
  form->touched = TRUE;
  update_form (form);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             CspRecordForm    *form)
{
  g_autoptr(CspRecord) record = NULL;

  if (g_strcmp0 (response, "save") != 0)
    return;

  if ((record = form->build (form, form->data, NULL)) != NULL)
    form->ready (record, form->user_data);
}

static GtkWidget *
add_field (CspRecordForm *form,
           const char    *column,
           const char    *title,
           GtkWidget     *row)
{
  g_return_val_if_fail (form->n_fields < MAX_FIELDS, row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_append (form->list, row);
  form->columns[form->n_fields] = g_intern_string (column);
  form->fields[form->n_fields++] = row;

  return row;
}

/* Public API */

/* A form titled @heading whose record @build makes from the fields;
 * @data is @build's, freed with the dialog by @data_free. */
CspRecordForm *
csp_record_form_new (GtkWidget      *parent,
                     const char     *heading,
                     const char     *body,
                     CspFormBuild    build,
                     gpointer        data,
                     GDestroyNotify  data_free)
{
  CspRecordForm *form = g_new0 (CspRecordForm, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;

  form->build = build;
  form->data = data;
  form->data_free = data_free;
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
  g_object_set_data_full (G_OBJECT (form->dialog), "csp-record-form", form,
                          (GDestroyNotify) form_free);

  return form;
}

GtkWidget *
csp_record_form_add_entry (CspRecordForm *form,
                           const char    *column,
                           const char    *title,
                           const char    *text)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  /* Enter saves, as Save would: Save is the default response, and is
   * insensitive (so Enter does nothing) while the record is invalid. */
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (field_changed_cb), form);
  return add_field (form, column, title, row);
}

/* A choice of the strings of @labels (a GtkStringList). */
GtkWidget *
csp_record_form_add_choice (CspRecordForm *form,
                            const char    *column,
                            const char    *title,
                            GListModel    *labels,
                            guint          selected)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_combo_row_set_model (ADW_COMBO_ROW (row), labels);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (field_changed_cb), form);
  return add_field (form, column, title, row);
}

/* A choice of the values of @enum_type, by their labels. */
GtkWidget *
csp_record_form_add_enum (CspRecordForm *form,
                          const char    *column,
                          const char    *title,
                          GType          enum_type,
                          guint          selected)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (labels, csp_enum_to_label (enum_type, (int) i));
  return csp_record_form_add_choice (form, column, title, G_LIST_MODEL (labels), selected);
}

const char *
csp_record_form_get_text (CspRecordForm *form,
                          const char    *column)
{
  return gtk_editable_get_text (GTK_EDITABLE (find_field (form, column)));
}

guint
csp_record_form_get_choice (CspRecordForm *form,
                            const char    *column)
{
  return adw_combo_row_get_selected (ADW_COMBO_ROW (find_field (form, column)));
}

AdwMessageDialog *
csp_record_form_get_dialog (CspRecordForm *form)
{
  return form->dialog;
}

/* Shows the form; @ready gets the record when the user saves. */
void
csp_record_form_present (CspRecordForm  *form,
                         CspRecordReady  ready,
                         gpointer        user_data)
{
  form->ready = ready;
  form->user_data = user_data;
  update_form (form);
  gtk_window_present (GTK_WINDOW (form->dialog));
  if (form->n_fields > 0)
    gtk_widget_grab_focus (form->fields[0]);
}

/* @record when it is valid; else NULL, and @record is dropped. */
CspRecord *
csp_record_form_validated (CspRecord  *record,
                           GError    **error)
{
  if (!csp_record_validate (record, error))
    {
      g_object_unref (record);
      return NULL;
    }

  return record;
}

/* What the form says below its fields while the record is valid (the
 * score a snapshot will have, say); @build sets it. NULL for nothing. */
void
csp_record_form_set_note (CspRecordForm *form,
                          const char    *note)
{
  g_free (form->note);
  form->note = g_strdup (note);
}

/* An error about @column, in the model's form "column: reason". */
void
csp_record_form_set_error (GError     **error,
                           const char  *column,
                           const char  *reason)
{
  g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID, "%s: %s", column, reason);
}
