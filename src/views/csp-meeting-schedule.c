/* csp-meeting-schedule.c: the details of the meeting page
 *
 * Kind, title, date and time, duration, channel and status. The date
 * (a calendar in a popover) and the time of day ("HH:MM") are in the
 * user's time zone and stored as one UTC timestamp; the conversion is
 * the model's (csp-local-time.c). A title or time that cannot be saved
 * is marked, says why under the details, and stays as typed; the rest
 * of the meeting is still saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-enum-rows.h"
#include "csp-local-time.h"
#include "csp-meeting-page-private.h"

/* Auxiliary methods */

static void
mark (GtkWidget *row,
      gboolean   invalid)
{
  if (invalid)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* The scheduled time from the date and time as shown; NULL (and why in
 * @error) when they are no time. */
static char *
dup_scheduled_at (CspMeetingPage  *self,
                  GError         **error)
{
  const char *time_text = gtk_editable_get_text (GTK_EDITABLE (self->time_row));
  g_autoptr(GError) local_error = NULL;
  char *utc;

  utc = csp_timestamp_from_local (csp_date_button_get_date (self->date_button), time_text,
                                  self->zone, &local_error);
  if (utc == NULL)
    /* Translators: %s says why the text typed is no time of day */
    g_set_error (error, local_error->domain, local_error->code, _("Time: %s"),
                 local_error->message);
  return utc;
}

/* Takes the title and time typed when they are valid; says why not
 * otherwise. TRUE when both were taken. */
static gboolean
take_typed_fields (CspMeetingPage *self)
{
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  g_autoptr(GString) reasons = g_string_new (NULL);
  g_autoptr(GError) title_error = NULL;
  g_autoptr(GError) time_error = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (title));
  g_autofree char *scheduled_at = dup_scheduled_at (self, &time_error);

  if (csp_check_required ("title", stripped, &title_error))
    csp_meeting_set_title (self->meeting, stripped);
  else
    g_string_append (reasons, title_error->message);
  if (scheduled_at != NULL)
    csp_meeting_set_scheduled_at (self->meeting, scheduled_at);
  else
    g_string_append_printf (reasons, "%s%s", reasons->len ? "\n" : "", time_error->message);

  mark (GTK_WIDGET (self->title_row), title_error != NULL);
  mark (GTK_WIDGET (self->time_row), time_error != NULL);
  gtk_label_set_text (self->details_error, reasons->str);
  gtk_widget_set_visible (GTK_WIDGET (self->details_error), reasons->len > 0);
  return reasons->len == 0;
}

/* "Times are in CET (UTC+01:00)": the zone of the meeting's time. */
static void
update_zone_hint (CspMeetingPage *self)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *zone = NULL;
  g_autofree char *hint = NULL;

  if (!csp_timestamp_parse (csp_meeting_get_scheduled_at (self->meeting), &utc, NULL))
    return;
  local = g_date_time_to_timezone (utc, self->zone);
  zone = g_date_time_format (local, "%Z (UTC%:z)");
  /* Translators: %s is a time zone, like “CET (UTC+01:00)” */
  hint = g_strdup_printf (_("In your time zone, %s"), zone);
  adw_action_row_set_subtitle (self->date_row, hint);
}

/* Callbacks */

static void
typed_field_changed_cb (CspMeetingPage *self)
{
  if (self->filling || self->meeting == NULL)
    return;
  if (take_typed_fields (self))
    update_zone_hint (self);
  _csp_meeting_page_schedule_save (self);
}

/* A choice is saved at once. */
static void
choice_changed_cb (CspMeetingPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->filling || self->meeting == NULL)
    return;

  csp_meeting_set_kind (self->meeting, adw_combo_row_get_selected (self->kind_row));
  csp_meeting_set_channel (self->meeting, adw_combo_row_get_selected (self->channel_row));
  csp_meeting_set_status (self->meeting, adw_combo_row_get_selected (self->status_row));
  csp_meeting_set_duration_minutes (self->meeting,
                                    gtk_spin_button_get_value_as_int (self->duration_spin));
  take_typed_fields (self);
  if (!_csp_meeting_page_save_now (self, &error))
    _csp_meeting_page_error (self, error);
  _csp_meeting_page_update_coverage (self);
}

/* Internal API */

void
_csp_meeting_page_init_details (CspMeetingPage *self)
{
  csp_enum_rows_setup (self->kind_row, CSP_TYPE_MEETING_KIND, CSP_MEETING_CHECK_IN);
  csp_enum_rows_setup (self->channel_row, CSP_TYPE_MEETING_CHANNEL, CSP_MEETING_CHANNEL_VIDEO);
  csp_enum_rows_setup (self->status_row, CSP_TYPE_MEETING_STATUS, CSP_MEETING_PLANNED);
}

void
_csp_meeting_page_fill_details (CspMeetingPage *self)
{
  CspMeeting *meeting = self->meeting;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  csp_timestamp_to_local (csp_meeting_get_scheduled_at (meeting), self->zone, &date, &time);
  adw_combo_row_set_selected (self->kind_row, csp_meeting_get_kind (meeting));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), csp_meeting_get_title (meeting));
  csp_date_button_set_date (self->date_button, date);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time ? time : "");
  gtk_spin_button_set_value (self->duration_spin, csp_meeting_get_duration_minutes (meeting));
  adw_combo_row_set_selected (self->channel_row, csp_meeting_get_channel (meeting));
  adw_combo_row_set_selected (self->status_row, csp_meeting_get_status (meeting));
  mark (GTK_WIDGET (self->title_row), FALSE);
  mark (GTK_WIDGET (self->time_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->details_error), FALSE);
  update_zone_hint (self);
}

void
_csp_meeting_page_bind_details (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, date_row);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, date_button);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, time_row);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, channel_row);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, details_error);
  gtk_widget_class_bind_template_callback (widget_class, typed_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
}
