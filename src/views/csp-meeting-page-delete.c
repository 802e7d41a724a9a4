/* csp-meeting-page-delete.c: deleting the meeting on show, with undo
 *
 * The schema takes a meeting's attendees and decisions with it and
 * unlinks the actions that came out of it. The page keeps copies of all
 * of them on the toast (the window's: the page goes back as the meeting
 * goes), so Undo inserts them again with their ids and links the
 * actions back, in one transaction, and reopens the meeting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-meeting-page-private.h"
#include "csp-store-meetings.h"
#include "csp-store-plans.h"
#include "csp-store-records.h"

typedef struct
{
  CspStore  *store;
  GPtrArray *inserts; /* the meeting, its attendees and decisions */
  GPtrArray *updates; /* the actions linked to it */
  gint64     meeting_id;
} Deleted;

static void
deleted_free (gpointer data)
{
  Deleted *deleted = data;

  g_clear_object (&deleted->store);
  g_clear_pointer (&deleted->inserts, g_ptr_array_unref);
  g_clear_pointer (&deleted->updates, g_ptr_array_unref);
  g_free (deleted);
}

static gboolean
append_all (GPtrArray   *records,
            GListModel  *model)
{
  if (model == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (records, g_list_model_get_item (model, i));
  g_object_unref (model);
  return TRUE;
}

/* Copies of every row the delete takes or changes, for undo. */
static Deleted *
copy_meeting (CspMeetingPage  *self,
              GError         **error)
{
  gint64 id = csp_record_get_id (CSP_RECORD (self->meeting));
  Deleted *deleted = g_new0 (Deleted, 1);

  deleted->store = g_object_ref (self->store);
  deleted->meeting_id = id;
  deleted->inserts = g_ptr_array_new_with_free_func (g_object_unref);
  deleted->updates = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (deleted->inserts, g_object_ref (self->meeting));
  if (!append_all (deleted->inserts, csp_store_list_attendees (self->store, id, error)) ||
      !append_all (deleted->inserts, csp_store_list_decisions (self->store, id, error)) ||
      !append_all (deleted->updates, csp_store_list_meeting_actions (self->store, id, error)))
    {
      deleted_free (deleted);
      return NULL;
    }
  return deleted;
}

static void
undo_cb (AdwToast        *toast,
         AdwToastOverlay *overlay)
{
  Deleted *deleted = g_object_get_data (G_OBJECT (toast), "csp-deleted");
  g_autoptr(GError) error = NULL;

  if (!csp_store_restore_records (deleted->store, deleted->inserts, deleted->updates, &error))
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_toast_overlay_add_toast (overlay, adw_toast_new (markup));
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (overlay), "win.open-meeting", "x", deleted->meeting_id);
}

/* The toast goes to the overlay around the page (the window's), which
 * stays when the page is left. */
static void
offer_undo (CspMeetingPage *self,
            Deleted        *deleted)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *title = g_markup_escape_text (csp_meeting_get_title (self->meeting), -1);
  /* Translators: %s is the title of a meeting */
  g_autofree char *message = g_strdup_printf (_("Deleted “%s”"), title);
  AdwToast *toast;

  if (overlay == NULL)
    {
      deleted_free (deleted);
      return;
    }
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "csp-deleted", deleted, deleted_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_cb), overlay, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
delete_meeting_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CspMeetingPage *self = CSP_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  Deleted *deleted;

  if (self->meeting == NULL || self->store == NULL)
    return;
  /* What was typed last goes with the meeting, and comes back with it. */
  _csp_meeting_page_flush (self);
  if (!(deleted = copy_meeting (self, &error)) ||
      !csp_store_delete_meeting (self->store, deleted->meeting_id, &error))
    {
      g_clear_pointer (&deleted, deleted_free);
      _csp_meeting_page_error (self, error);
      return;
    }
  offer_undo (self, deleted);
  gtk_widget_activate_action (widget, "win.back", NULL);
}

/* Internal API */

void
_csp_meeting_page_install_delete (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.delete", NULL, delete_meeting_action);
}
