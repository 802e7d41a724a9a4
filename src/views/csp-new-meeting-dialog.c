/* csp-new-meeting-dialog.c: schedules a meeting with an account
 *
 * Kind, title, date (a calendar), time of day in the user's time zone,
 * duration and channel; the account too when none was given (a
 * searchable drop-down). A field that cannot be saved says why and the
 * dialog stays open; "meeting-created" hands on the new meeting, which
 * the window then opens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-date-button.h"
#include "csp-enum-rows.h"
#include "csp-local-time.h"
#include "csp-new-meeting-dialog.h"
#include "csp-store-records.h"

struct _CspNewMeetingDialog
{
  AdwWindow      parent_instance;

  CspStore      *store;
  GListModel    *accounts;    /* CspAccount, when the user picks one */
  gint64         account_id;  /* given, or 0 */
  GTimeZone     *zone;

  AdwActionRow  *account_row;
  GtkDropDown   *account_dropdown;
  AdwComboRow   *kind_row;
  AdwEntryRow   *title_row;
  CspDateButton *date_button;
  AdwEntryRow   *time_row;
  GtkSpinButton *duration_spin;
  AdwComboRow   *channel_row;
  GtkLabel      *error_label;
};

G_DEFINE_FINAL_TYPE (CspNewMeetingDialog, csp_new_meeting_dialog, ADW_TYPE_WINDOW)

enum {
  MEETING_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Auxiliary methods */

static void
show_error (CspNewMeetingDialog *self,
            GtkWidget           *field,
            const char          *message)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->time_row), "error");
  if (field != NULL)
    gtk_widget_add_css_class (field, "error");
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gint64
chosen_account (CspNewMeetingDialog *self)
{
  g_autoptr(CspAccount) account = NULL;
  guint selected;

  if (self->account_id != 0)
    return self->account_id;
  selected = gtk_drop_down_get_selected (self->account_dropdown);
  if (self->accounts == NULL || selected == GTK_INVALID_LIST_POSITION)
    return 0;
  account = g_list_model_get_item (self->accounts, selected);
  return account ? csp_record_get_id (CSP_RECORD (account)) : 0;
}

static void
fill_accounts (CspNewMeetingDialog *self)
{
  g_autoptr(GError) error = NULL;

  self->accounts = csp_store_list_accounts (self->store, &error);
  if (self->accounts == NULL)
    {
      show_error (self, NULL, error->message);
      return;
    }
  gtk_drop_down_set_expression (self->account_dropdown,
                                gtk_property_expression_new (CSP_TYPE_ACCOUNT, NULL, "name"));
  gtk_drop_down_set_model (self->account_dropdown, self->accounts);
  /* The user picks one: no account is right by default. */
  gtk_drop_down_set_selected (self->account_dropdown, GTK_INVALID_LIST_POSITION);
}

/* Callbacks */

static void
create_cb (CspNewMeetingDialog *self)
{
  csp_new_meeting_dialog_create (self);
}

/* Overrides */

static void
csp_new_meeting_dialog_dispose (GObject *object)
{
  CspNewMeetingDialog *self = CSP_NEW_MEETING_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->accounts);

  G_OBJECT_CLASS (csp_new_meeting_dialog_parent_class)->dispose (object);
}

static void
csp_new_meeting_dialog_finalize (GObject *object)
{
  g_clear_pointer (&CSP_NEW_MEETING_DIALOG (object)->zone, g_time_zone_unref);

  G_OBJECT_CLASS (csp_new_meeting_dialog_parent_class)->finalize (object);
}

static void
csp_new_meeting_dialog_class_init (CspNewMeetingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_new_meeting_dialog_dispose;
  object_class->finalize = csp_new_meeting_dialog_finalize;

  /* The meeting created. */
  signals[MEETING_CREATED] =
    g_signal_new ("meeting-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, CSP_TYPE_MEETING);

  g_type_ensure (CSP_TYPE_DATE_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/csp-new-meeting-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CspNewMeetingDialog, account_row);
  gtk_widget_class_bind_template_child (widget_class, CspNewMeetingDialog, account_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CspNewMeetingDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CspNewMeetingDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, CspNewMeetingDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, CspNewMeetingDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, CspNewMeetingDialog, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, CspNewMeetingDialog, channel_row);
  gtk_widget_class_bind_template_child (widget_class, CspNewMeetingDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, create_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
csp_new_meeting_dialog_init (CspNewMeetingDialog *self)
{
  g_autofree char *today = csp_date_today_text ();
  /* Meetings are planned ahead: tomorrow, 10:00, to start from. */
  g_autofree char *tomorrow = csp_date_add_days (today, 1);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->zone = g_time_zone_new_local ();
  csp_enum_rows_setup (self->kind_row, CSP_TYPE_MEETING_KIND, CSP_MEETING_STRATEGY);
  csp_enum_rows_setup (self->channel_row, CSP_TYPE_MEETING_CHANNEL, CSP_MEETING_CHANNEL_VIDEO);
  csp_date_button_set_date (self->date_button, tomorrow);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), "10:00");
}

/* Public API */

/* A dialog for a meeting with the account @account_id, or with one the
 * user picks when it is 0. */
CspNewMeetingDialog *
csp_new_meeting_dialog_new (GtkWindow *parent,
                            CspStore  *store,
                            gint64     account_id)
{
  CspNewMeetingDialog *self;

  g_return_val_if_fail (CSP_IS_STORE (store), NULL);

  self = g_object_new (CSP_TYPE_NEW_MEETING_DIALOG,
                       "transient-for", parent, "modal", TRUE, NULL);
  self->store = g_object_ref (store);
  self->account_id = account_id;
  gtk_widget_set_visible (GTK_WIDGET (self->account_row), account_id == 0);
  if (account_id == 0)
    fill_accounts (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  return self;
}

/* The zone the time typed is in; the user's unless a test pins one. */
void
csp_new_meeting_dialog_set_zone (CspNewMeetingDialog *self,
                                 GTimeZone           *zone)
{
  g_return_if_fail (CSP_IS_NEW_MEETING_DIALOG (self));

  g_clear_pointer (&self->zone, g_time_zone_unref);
  self->zone = g_time_zone_ref (zone);
}

/* Creates the meeting from the fields, as the Create button does; FALSE
 * (and why, in the dialog) when a field cannot be saved. */
gboolean
csp_new_meeting_dialog_create (CspNewMeetingDialog *self)
{
  g_autofree char *title =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autofree char *scheduled_at = NULL;
  g_autoptr(CspMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  gint64 account_id;

  g_return_val_if_fail (CSP_IS_NEW_MEETING_DIALOG (self), FALSE);

  if ((account_id = chosen_account (self)) == 0)
    {
      show_error (self, NULL, _("Account: choose the account the meeting is with"));
      return FALSE;
    }
  if (!csp_check_required ("title", title, &error))
    {
      show_error (self, GTK_WIDGET (self->title_row), error->message);
      return FALSE;
    }
  scheduled_at = csp_timestamp_from_local (csp_date_button_get_date (self->date_button),
                                           gtk_editable_get_text (GTK_EDITABLE (self->time_row)),
                                           self->zone, &error);
  if (scheduled_at == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Time: %s"), error->message);

      show_error (self, GTK_WIDGET (self->time_row), message);
      return FALSE;
    }

  meeting = csp_meeting_new (account_id, title, scheduled_at);
  csp_meeting_set_kind (meeting, adw_combo_row_get_selected (self->kind_row));
  csp_meeting_set_channel (meeting, adw_combo_row_get_selected (self->channel_row));
  csp_meeting_set_duration_minutes (meeting, gtk_spin_button_get_value_as_int (self->duration_spin));
  if (!csp_store_add_meeting (self->store, meeting, &error))
    {
      show_error (self, NULL, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[MEETING_CREATED], 0, meeting);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}
