/* csp-new-account-dialog.c: creates an account, or edits one
 *
 * Every field of an account as an Adw row. Each field is checked as it
 * is typed, and a field that cannot be saved says why in a small label
 * beside it (dates must exist, ARR is an amount like 1234.50 in any
 * locale, the currency three letters, the external id not another
 * account's); Save stays off until every field is valid. A field shows
 * its reason once it was changed, or when saving was tried, so a fresh
 * form is not red all over. If the store still refuses (another program
 * took the external id meanwhile, a full disk), the reason shows and
 * the dialog stays open so nothing typed is lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-entry-rows.h"
#include "csp-import.h"
#include "csp-new-account-dialog.h"
#include "csp-report.h"
#include "csp-store-lookup.h"
#include "csp-store-records.h"

typedef enum {
  FIELD_NAME,
  FIELD_EXTERNAL_ID,
  FIELD_CSM,
  FIELD_ARR,
  FIELD_CURRENCY,
  FIELD_RENEWAL,
  FIELD_SINCE,
  FIELD_CHURNED,
  FIELD_INDUSTRY,
  FIELD_REGION,
  FIELD_NOTES,
  N_FIELDS
} Field;

struct _CspNewAccountDialog
{
  AdwWindow    parent_instance;

  CspStore    *store;
  CspAccount  *account;   /* the account edited, or NULL for a new one */
  gboolean     filling;   /* setting the rows from @account */
  gboolean     tried;     /* saving was tried: show every reason */
  guint        touched;   /* bit per Field the user changed */

  AdwEntryRow *rows[N_FIELDS];
  GtkLabel    *reasons[N_FIELDS];
  AdwComboRow *segment_row;
  AdwComboRow *stage_row;
  GtkWidget   *save_button;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (CspNewAccountDialog, csp_new_account_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ACCOUNT,
  N_PROPS
};

enum {
  ACCOUNT_CREATED,
  ACCOUNT_SAVED,
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

static char *
field_text (CspNewAccountDialog *self,
            Field                field)
{
  return csp_entry_row_dup_text (self->rows[field]);
}

static char *
check_external_id (CspNewAccountDialog *self,
                   const char          *text)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (text == NULL)
    return NULL;
  if (!csp_store_find_account_by_external_id (self->store, text, &id, &error))
    return g_strdup (error->message);
  if (id != 0 && (self->account == NULL || id != csp_record_get_id (CSP_RECORD (self->account))))
    return g_strdup (_("Another account has this external ID"));
  return NULL;
}

/* Why @field cannot be saved as typed, or NULL. */
static char *
check_field (gpointer form,
             guint    field)
{
  CspNewAccountDialog *self = form;
  g_autofree char *text = field_text (self, field);
  gint64 minor;

  switch (field)
    {
    case FIELD_NAME:
      return text ? NULL : g_strdup (_("Enter a name for the account."));
    case FIELD_EXTERNAL_ID:
      return check_external_id (self, text);
    case FIELD_ARR:
      return text ? csp_import_parse_money (text, &minor) : NULL;
    case FIELD_CURRENCY:
      {
        g_autofree char *upper = text ? g_ascii_strup (text, -1) : NULL;

        if (csp_check_currency ("currency", upper, NULL))
          return NULL;
        return g_strdup (_("Enter a three-letter code such as USD or EUR"));
      }
    case FIELD_RENEWAL:
    case FIELD_SINCE:
      return csp_entry_row_check_date (text);
    case FIELD_CHURNED:
      {
        g_autofree char *since = field_text (self, FIELD_SINCE);
        char *reason = csp_entry_row_check_date (text);

        if (reason == NULL && text != NULL && since != NULL &&
            csp_date_is_valid_text (since) && g_strcmp0 (since, text) > 0)
          reason = g_strdup (_("Before the customer-since date"));
        return reason;
      }
    case FIELD_CSM:
    case FIELD_INDUSTRY:
    case FIELD_REGION:
    case FIELD_NOTES:
    case N_FIELDS:
    default:
      return NULL;
    }
}

static void
show_reason (CspNewAccountDialog *self,
             Field                field,
             const char          *reason)
{
  csp_entry_row_show_reason (self->rows[field], self->reasons[field], reason);
}

/* Checks every field, shows the reasons of those the user touched (or
 * all, once saving was tried) and enables Save when all are valid. */
static gboolean
validate (CspNewAccountDialog *self)
{
  gboolean valid = csp_entry_rows_validate (self->rows, self->reasons, N_FIELDS, check_field,
                                            self, self->tried ? ~0u : self->touched);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", valid);
  return valid;
}

static void
show_error (CspNewAccountDialog *self,
            const char          *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
set_field (CspNewAccountDialog *self,
           Field                field,
           const char          *value)
{
  gtk_editable_set_text (GTK_EDITABLE (self->rows[field]), value ? value : "");
}

/* Fills the rows from the account edited. */
static void
fill (CspNewAccountDialog *self)
{
  CspAccount *a = self->account;
  g_autofree char *arr = csp_report_format_money (csp_account_get_arr_minor (a));

  self->filling = TRUE;
  set_field (self, FIELD_NAME, csp_account_get_name (a));
  set_field (self, FIELD_EXTERNAL_ID, csp_account_get_external_id (a));
  set_field (self, FIELD_CSM, csp_account_get_csm (a));
  set_field (self, FIELD_ARR, arr);
  set_field (self, FIELD_CURRENCY, csp_account_get_currency (a));
  set_field (self, FIELD_RENEWAL, csp_account_get_renewal_on (a));
  set_field (self, FIELD_SINCE, csp_account_get_customer_since (a));
  set_field (self, FIELD_CHURNED, csp_account_get_churned_on (a));
  set_field (self, FIELD_INDUSTRY, csp_account_get_industry (a));
  set_field (self, FIELD_REGION, csp_account_get_region (a));
  set_field (self, FIELD_NOTES, csp_account_get_notes (a));
  adw_combo_row_set_selected (self->segment_row, csp_account_get_segment (a));
  adw_combo_row_set_selected (self->stage_row, csp_account_get_lifecycle_stage (a));
  self->filling = FALSE;

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Account"));
  gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
  validate (self);
}

/* The account as filled in; the fields are valid. */
static CspAccount *
account_from_fields (CspNewAccountDialog *self)
{
  g_autofree char *name = field_text (self, FIELD_NAME);
  g_autofree char *arr = field_text (self, FIELD_ARR);
  g_autofree char *currency = field_text (self, FIELD_CURRENCY);
  g_autofree char *upper = currency ? g_ascii_strup (currency, -1) : NULL;
  CspAccount *account;
  gint64 minor = 0;
  g_autofree char *reason = arr ? csp_import_parse_money (arr, &minor) : NULL;

  g_assert (reason == NULL);

  account = self->account ? CSP_ACCOUNT (csp_record_copy (CSP_RECORD (self->account)))
                          : csp_account_new (name);

#define SET_TEXT(field, setter)                      \
  G_STMT_START {                                     \
    g_autofree char *value = field_text (self, field); \
    setter (account, value);                         \
  } G_STMT_END

  csp_account_set_name (account, name);
  SET_TEXT (FIELD_EXTERNAL_ID, csp_account_set_external_id);
  SET_TEXT (FIELD_CSM, csp_account_set_csm);
  SET_TEXT (FIELD_RENEWAL, csp_account_set_renewal_on);
  SET_TEXT (FIELD_SINCE, csp_account_set_customer_since);
  SET_TEXT (FIELD_CHURNED, csp_account_set_churned_on);
  SET_TEXT (FIELD_INDUSTRY, csp_account_set_industry);
  SET_TEXT (FIELD_REGION, csp_account_set_region);
  SET_TEXT (FIELD_NOTES, csp_account_set_notes);
#undef SET_TEXT

  csp_account_set_arr_minor (account, minor);
  csp_account_set_currency (account, upper);
  /* The combo rows list the enums' values in order. */
  csp_account_set_segment (account, (CspSegment) adw_combo_row_get_selected (self->segment_row));
  csp_account_set_lifecycle_stage (account,
                                   (CspLifecycleStage) adw_combo_row_get_selected (self->stage_row));

  return account;
}

/* Callbacks */

static void
field_changed_cb (CspNewAccountDialog *self,
                  GtkEditable         *row)
{
  if (self->filling)
    return;

  for (Field f = 0; f < N_FIELDS; f++)
    if (GTK_EDITABLE (self->rows[f]) == row)
      self->touched |= 1u << f;

  show_error (self, NULL);
  validate (self);
}

static void
entry_activated_cb (CspNewAccountDialog *self)
{
  csp_new_account_dialog_save (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  csp_new_account_dialog_save (CSP_NEW_ACCOUNT_DIALOG (widget));
}

/* Overrides */

static void
csp_new_account_dialog_constructed (GObject *object)
{
  CspNewAccountDialog *self = CSP_NEW_ACCOUNT_DIALOG (object);

  G_OBJECT_CLASS (csp_new_account_dialog_parent_class)->constructed (object);

  if (self->account != NULL)
    fill (self);
  else
    validate (self);
}

static void
csp_new_account_dialog_dispose (GObject *object)
{
  CspNewAccountDialog *self = CSP_NEW_ACCOUNT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->account);

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
    case PROP_ACCOUNT:
      g_value_set_object (value, self->account);
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
    case PROP_ACCOUNT:
      self->account = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/csp-new-account-dialog.ui");
#define BIND_ROW(name, field) \
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE,                  \
                                             G_STRUCT_OFFSET (CspNewAccountDialog, rows) \
                                             + (field) * sizeof (gpointer))
  BIND_ROW ("name_row", FIELD_NAME);
  BIND_ROW ("external_id_row", FIELD_EXTERNAL_ID);
  BIND_ROW ("csm_row", FIELD_CSM);
  BIND_ROW ("arr_row", FIELD_ARR);
  BIND_ROW ("currency_row", FIELD_CURRENCY);
  BIND_ROW ("renewal_row", FIELD_RENEWAL);
  BIND_ROW ("since_row", FIELD_SINCE);
  BIND_ROW ("churned_row", FIELD_CHURNED);
  BIND_ROW ("industry_row", FIELD_INDUSTRY);
  BIND_ROW ("region_row", FIELD_REGION);
  BIND_ROW ("notes_row", FIELD_NOTES);
#undef BIND_ROW
  gtk_widget_class_bind_template_child (widget_class, CspNewAccountDialog, segment_row);
  gtk_widget_class_bind_template_child (widget_class, CspNewAccountDialog, stage_row);
  gtk_widget_class_bind_template_child (widget_class, CspNewAccountDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CspNewAccountDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
}

static void
csp_new_account_dialog_class_init (CspNewAccountDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = csp_new_account_dialog_constructed;
  object_class->dispose = csp_new_account_dialog_dispose;
  object_class->get_property = csp_new_account_dialog_get_property;
  object_class->set_property = csp_new_account_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CSP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The account to edit; NULL makes a new one. */
  properties[PROP_ACCOUNT] =
    g_param_spec_object ("account", NULL, NULL, CSP_TYPE_ACCOUNT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A new account was added to the store; it carries its new id. */
  signals[ACCOUNT_CREATED] =
    g_signal_new ("account-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CSP_TYPE_ACCOUNT);
  /* The account edited was written to the store, as it now is. */
  signals[ACCOUNT_SAVED] =
    g_signal_new ("account-saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CSP_TYPE_ACCOUNT);

  bind_template (widget_class);
  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
csp_new_account_dialog_init (CspNewAccountDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The reason a field is invalid, beside it. */
  for (Field f = 0; f < N_FIELDS; f++)
    self->reasons[f] = csp_entry_row_add_reason (self->rows[f]);

  setup_combo (self->segment_row, CSP_TYPE_SEGMENT, CSP_SEGMENT_MID_MARKET);
  setup_combo (self->stage_row, CSP_TYPE_LIFECYCLE_STAGE, CSP_LIFECYCLE_NEW);
  gtk_editable_set_text (GTK_EDITABLE (self->rows[FIELD_CURRENCY]), "USD");
  gtk_widget_grab_focus (GTK_WIDGET (self->rows[FIELD_NAME]));
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

/* The dialog that edits @account (which it does not change: Save
 * writes a copy and emits ::account-saved with it). */
CspNewAccountDialog *
csp_new_account_dialog_new_for_account (GtkWindow  *parent,
                                        CspStore   *store,
                                        CspAccount *account)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CSP_IS_STORE (store), NULL);
  g_return_val_if_fail (CSP_IS_ACCOUNT (account), NULL);

  return g_object_new (CSP_TYPE_NEW_ACCOUNT_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "account", account,
                       NULL);
}

/* Adds or updates the account as filled in and closes the dialog; or,
 * when a field is invalid or the store refuses, shows why and stays
 * open. */
gboolean
csp_new_account_dialog_save (CspNewAccountDialog *self)
{
  g_autoptr(CspAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  g_return_val_if_fail (CSP_IS_NEW_ACCOUNT_DIALOG (self), FALSE);

  self->tried = TRUE;
  if (!validate (self))
    {
      csp_entry_rows_focus_first_invalid (self->rows, self->reasons, N_FIELDS);
      return FALSE;
    }

  account = account_from_fields (self);
  saved = self->account ? csp_store_update_account (self->store, account, &error)
                        : csp_store_add_account (self->store, account, &error);
  if (!saved)
    {
      /* The fields were checked, so a broken rule is the external id,
       * taken by another program since it was checked. */
      if (g_error_matches (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CONSTRAINT) &&
          csp_account_get_external_id (account) != NULL)
        show_reason (self, FIELD_EXTERNAL_ID, _("Another account has this external ID"));
      else
        show_error (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[self->account ? ACCOUNT_SAVED : ACCOUNT_CREATED], 0, account);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}
