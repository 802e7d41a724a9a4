/* csp-meeting-page.c: one meeting, its attendees, notes and decisions
 *
 * Shown in the window's leaflet by win.open-meeting. Every edit is
 * saved as it is made, without a save button: choices at once, typed
 * text (title, agenda, notes) CSP_MEETING_SAVE_DELAY_MS after typing
 * pauses, and at once when the text loses focus, the page is hidden,
 * another meeting is shown or the window closes (the page is unmapped
 * and disposed then), so nothing typed is lost. A field whose text
 * cannot be saved says why and keeps the text.
 *
 * The page is split by concern: the details and the date and time
 * (csp-meeting-schedule.c), the agenda and notes (csp-meeting-notes.c),
 * attendees (csp-meeting-attendees.c) and decisions
 * (csp-meeting-decisions.c). The brief (CspMeetingBriefView) reads
 * itself, as of the meeting's day, and follows the store's changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-meeting-page-private.h"
#include "csp-store-records.h"

G_DEFINE_FINAL_TYPE (CspMeetingPage, csp_meeting_page, ADW_TYPE_BIN)

/* Auxiliary methods */

static void
update_title (CspMeetingPage *self)
{
  adw_window_title_set_title (self->window_title,
                              self->meeting ? csp_meeting_get_title (self->meeting) : "");
  adw_window_title_set_subtitle (self->window_title,
                                 self->account ? csp_account_get_name (self->account) : "");
}

static void
fill (CspMeetingPage *self)
{
  self->filling = TRUE;
  update_title (self);
  _csp_meeting_page_fill_details (self);
  _csp_meeting_page_fill_notes (self);
  _csp_meeting_page_fill_attendees (self);
  _csp_meeting_page_fill_decisions (self);
  self->filling = FALSE;
}

static void
clear_meeting (CspMeetingPage *self)
{
  g_clear_object (&self->meeting);
  g_clear_object (&self->account);
  g_clear_object (&self->stakeholders);
  g_clear_object (&self->attendees);
  g_clear_object (&self->removed);
}

/* Callbacks */

static gboolean
save_timeout_cb (gpointer user_data)
{
  CspMeetingPage *self = user_data;
  g_autoptr(GError) error = NULL;

  self->save_id = 0;
  if (!_csp_meeting_page_save_now (self, &error))
    _csp_meeting_page_error (self, error);
  return G_SOURCE_REMOVE;
}

static void
action_items_changed_cb (CspMeetingPage *self)
{
  if (self->meeting != NULL)
    _csp_meeting_page_update_action_states (self);
}

/* Puts back the attendee or decision removed last. */
static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CspMeetingPage *self = CSP_MEETING_PAGE (widget);
  g_autoptr(CspRecord) record = g_steal_pointer (&self->removed);
  g_autoptr(GError) error = NULL;

  if (record == NULL || self->store == NULL)
    return;
  if (!csp_store_insert (self->store, record, &error))
    {
      _csp_meeting_page_error (self, error);
      return;
    }
  if (CSP_IS_ATTENDEE (record))
    _csp_meeting_page_fill_attendees (self);
  else
    _csp_meeting_page_fill_decisions (self);
}

/* Overrides */

static void
csp_meeting_page_unmap (GtkWidget *widget)
{
  _csp_meeting_page_flush (CSP_MEETING_PAGE (widget));
  GTK_WIDGET_CLASS (csp_meeting_page_parent_class)->unmap (widget);
}

static void
csp_meeting_page_dispose (GObject *object)
{
  CspMeetingPage *self = CSP_MEETING_PAGE (object);

  _csp_meeting_page_flush (self);
  csp_meeting_page_set_store (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CSP_TYPE_MEETING_PAGE);

  G_OBJECT_CLASS (csp_meeting_page_parent_class)->dispose (object);
}

static void
csp_meeting_page_finalize (GObject *object)
{
  CspMeetingPage *self = CSP_MEETING_PAGE (object);

  g_clear_pointer (&self->zone, g_time_zone_unref);

  G_OBJECT_CLASS (csp_meeting_page_parent_class)->finalize (object);
}

static void
csp_meeting_page_class_init (CspMeetingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_meeting_page_dispose;
  object_class->finalize = csp_meeting_page_finalize;
  widget_class->unmap = csp_meeting_page_unmap;

  g_type_ensure (CSP_TYPE_DATE_BUTTON);
  g_type_ensure (CSP_TYPE_MEETING_BRIEF_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/csp-meeting-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, text_stack);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, brief_view);
  _csp_meeting_page_bind_details (widget_class);
  _csp_meeting_page_bind_attendees (widget_class);
  _csp_meeting_page_bind_decisions (widget_class);

  _csp_meeting_page_install_delete (widget_class);
  gtk_widget_class_install_action (widget_class, "meeting.undo-remove", NULL,
                                   undo_remove_action);
}

static void
csp_meeting_page_init (CspMeetingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->zone = g_time_zone_new_local ();
  _csp_meeting_page_init_details (self);
  _csp_meeting_page_init_notes (self);
  _csp_meeting_page_init_attendees (self);
}

/* Internal API */

/* Removes the rows of @list, not its placeholder (GTK 4.8 has no
 * gtk_list_box_remove_all()). */
void
_csp_meeting_page_clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

void
_csp_meeting_page_toast (CspMeetingPage *self,
                         const char     *title,
                         const char     *undo_action)
{
  g_autofree char *markup = g_markup_escape_text (title, -1);
  AdwToast *toast = adw_toast_new (markup);

  if (undo_action != NULL)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, undo_action);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_csp_meeting_page_error (CspMeetingPage *self,
                         const GError   *error)
{
  _csp_meeting_page_toast (self, error->message, NULL);
}

gboolean
_csp_meeting_page_save_now (CspMeetingPage  *self,
                            GError         **error)
{
  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->store == NULL || self->meeting == NULL)
    return TRUE;

  _csp_meeting_page_take_notes (self);
  if (!csp_store_update_meeting (self->store, self->meeting, error))
    return FALSE;
  update_title (self);
  return TRUE;
}

/* Saves once typing pauses. */
void
_csp_meeting_page_schedule_save (CspMeetingPage *self)
{
  if (self->filling || self->meeting == NULL)
    return;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (CSP_MEETING_SAVE_DELAY_MS, save_timeout_cb, self);
}

/* Saves now what waits to be saved, if anything does. */
void
_csp_meeting_page_flush (CspMeetingPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->save_id == 0)
    return;
  if (!_csp_meeting_page_save_now (self, &error))
    _csp_meeting_page_error (self, error);
}

/* Public API */

void
csp_meeting_page_set_store (CspMeetingPage *self,
                            CspStore       *store)
{
  g_return_if_fail (CSP_IS_MEETING_PAGE (self));
  g_return_if_fail (store == NULL || CSP_IS_STORE (store));

  if (store == self->store)
    return;

  _csp_meeting_page_flush (self);
  if (self->store != NULL)
    g_clear_signal_handler (&self->store_changed_id, self->store);
  clear_meeting (self);
  g_set_object (&self->store, store);
  csp_meeting_brief_view_set_store (self->brief_view, store);
  if (store != NULL)
    self->store_changed_id =
      g_signal_connect_object (store, "changed::action_item",
                               G_CALLBACK (action_items_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Shows the meeting @meeting_id; what waited to be saved of the meeting
 * shown before is saved first. */
gboolean
csp_meeting_page_show_meeting (CspMeetingPage  *self,
                               gint64           meeting_id,
                               GError         **error)
{
  g_autoptr(CspMeeting) meeting = NULL;
  g_autoptr(CspAccount) account = NULL;
  g_autoptr(GListModel) stakeholders = NULL;

  g_return_val_if_fail (CSP_IS_MEETING_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  _csp_meeting_page_flush (self);
  if (!(meeting = csp_store_get_meeting (self->store, meeting_id, error)) ||
      !(account = csp_store_get_account (self->store, csp_meeting_get_account_id (meeting),
                                         error)) ||
      !(stakeholders = csp_store_list_stakeholders (self->store,
                                                    csp_record_get_id (CSP_RECORD (account)),
                                                    error)))
    return FALSE;

  clear_meeting (self);
  self->meeting = g_steal_pointer (&meeting);
  self->account = g_steal_pointer (&account);
  self->stakeholders = g_steal_pointer (&stakeholders);
  fill (self);
  csp_meeting_brief_view_show_meeting (self->brief_view, meeting_id);
  return TRUE;
}

CspMeeting *
csp_meeting_page_get_meeting (CspMeetingPage *self)
{
  g_return_val_if_fail (CSP_IS_MEETING_PAGE (self), NULL);

  return self->meeting;
}

/* Saves what waits to be saved now (the window calls this when it
 * closes; so do tests). */
void
csp_meeting_page_save (CspMeetingPage *self)
{
  g_return_if_fail (CSP_IS_MEETING_PAGE (self));

  _csp_meeting_page_flush (self);
}
