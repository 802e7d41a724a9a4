/* csp-meeting-notes.c: the agenda and notes of the meeting page
 *
 * Plain text views without a save button: a keystroke schedules a save
 * for when typing pauses, and leaving the text saves at once (the page
 * saves too when it is hidden or the window closes).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-meeting-page-private.h"

static char *
dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_text (GtkTextView *view,
          const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text ? text : "", -1);
}

static void
text_changed_cb (CspMeetingPage *self)
{
  _csp_meeting_page_schedule_save (self);
}

static void
focus_leave_cb (CspMeetingPage *self)
{
  _csp_meeting_page_flush (self);
}

static void
watch_view (CspMeetingPage *self,
            GtkTextView    *view)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (gtk_text_view_get_buffer (view), "changed",
                            G_CALLBACK (text_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (view), focus);
}

void
_csp_meeting_page_init_notes (CspMeetingPage *self)
{
  watch_view (self, self->agenda_view);
  watch_view (self, self->notes_view);
}

void
_csp_meeting_page_fill_notes (CspMeetingPage *self)
{
  set_text (self->agenda_view, csp_meeting_get_agenda (self->meeting));
  set_text (self->notes_view, csp_meeting_get_notes (self->meeting));
  /* Before a meeting its agenda matters; after it, the notes. */
  gtk_stack_set_visible_child_name (self->text_stack,
                                    csp_meeting_get_status (self->meeting) == CSP_MEETING_HELD
                                    ? "notes" : "agenda");
}

/* Copies the texts as typed into the meeting, to be saved. */
void
_csp_meeting_page_take_notes (CspMeetingPage *self)
{
  g_autofree char *agenda = dup_text (self->agenda_view);
  g_autofree char *notes = dup_text (self->notes_view);

  csp_meeting_set_agenda (self->meeting, agenda);
  csp_meeting_set_notes (self->meeting, notes);
}
