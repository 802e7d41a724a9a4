/* csp-plans-page-done.c: marking action items done from the Plans page
 *
 * The row's check button marks its item done today (or, cleared, opens
 * it again), writes it through the window's store and offers Undo in a
 * toast, which puts back the status and completion day it had. The
 * item moves to its new section at once; the store's "changed" signal
 * then has the page read the list again, which finds it unchanged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-action-item.h"
#include "csp-record.h"
#include "csp-store-records.h"
#include "csp-plans-page-private.h"

/* What an item was before the last change, for undo. */
typedef struct
{
  CspActionSummary *summary;
  CspActionStatus   status;
  char             *completed_on;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_clear_object (&undo->summary);
  g_free (undo->completed_on);
  g_free (undo);
}

static Undo *
undo_new (CspActionSummary *summary)
{
  CspActionItem *action = csp_action_summary_get_action (summary);
  Undo *undo = g_new0 (Undo, 1);

  undo->summary = g_object_ref (summary);
  undo->status = csp_action_item_get_status (action);
  undo->completed_on = g_strdup (csp_action_item_get_completed_on (action));
  return undo;
}

/* Where the item of @summary is among the items read, which may be a
 * newer read than @summary's; G_MAXUINT when it is not. */
static guint
find_read (CspPlansPage     *self,
           CspActionSummary *summary)
{
  gint64 id = csp_record_get_id (CSP_RECORD (csp_action_summary_get_action (summary)));
  guint n = self->all ? g_list_model_get_n_items (self->all) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CspActionSummary) read = g_list_model_get_item (self->all, i);

      if (csp_record_get_id (CSP_RECORD (csp_action_summary_get_action (read))) == id)
        return i;
    }
  return G_MAXUINT;
}

/* Puts a new summary of the item read at @position in its place. A list
 * view follows an item that moves (it keeps its scroll anchor on it),
 * so the item moving to another section would drag the view with it; a
 * new object in its new place does not. */
static void
renew_summary (CspPlansPage *self,
               guint         position)
{
  g_autoptr(CspActionSummary) old = g_list_model_get_item (self->all, position);
  g_autoptr(CspActionSummary) renewed =
    csp_action_summary_new (csp_action_summary_get_action (old),
                            csp_action_summary_get_account_id (old),
                            csp_action_summary_get_account_name (old),
                            csp_action_summary_get_plan_title (old),
                            csp_action_summary_get_overdue (old));

  g_list_store_splice (G_LIST_STORE (self->all), position, 1, (gpointer *) &renewed, 1);
}

/* The list changes after the check button's signal is over, so the
 * row is not recycled under it. */
static gboolean
regroup_idle (gpointer data)
{
  _csp_plans_page_regroup (data);
  return G_SOURCE_REMOVE;
}

static void
toast (CspPlansPage *self,
       AdwToast     *new_toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), new_toast);
  else
    g_object_unref (new_toast);
}

static void
toast_text (CspPlansPage *self,
            const char   *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  toast (self, adw_toast_new (markup));
}

/* Gives @summary's item @status (and, when done, @completed_on) and
 * writes it; on failure the item is as it was. The item changed is the
 * one of the latest read, if it is there (the page reads its list again
 * after every write). */
static gboolean
write_state (CspPlansPage      *self,
             CspActionSummary  *summary,
             CspActionStatus    status,
             const char        *completed_on,
             GError           **error)
{
  guint position = G_IS_LIST_STORE (self->all) ? find_read (self, summary) : G_MAXUINT;
  g_autoptr(CspActionSummary) read =
    position != G_MAXUINT ? g_list_model_get_item (self->all, position) : g_object_ref (summary);
  CspActionItem *action = csp_action_summary_get_action (read);
  g_autoptr(GError) local_error = NULL;
  Undo *before = undo_new (read);

  if (status == CSP_ACTION_DONE)
    csp_action_item_mark_done (action, completed_on);
  else
    csp_action_item_reopen (action, status);

  if (self->store == NULL ||
      !csp_store_update_action_item (self->store, action, &local_error))
    {
      csp_action_item_set_status (action, before->status);
      csp_action_item_set_completed_on (action, before->completed_on);
      undo_free (before);
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CLOSED, _("No planner file is open"));
      return FALSE;
    }

  undo_free (before);
  if (position != G_MAXUINT)
    renew_summary (self, position);
  g_idle_add_full (G_PRIORITY_DEFAULT, regroup_idle, g_object_ref (self), g_object_unref);
  return TRUE;
}

static void
undo_clicked_cb (AdwToast     *undo_toast,
                 CspPlansPage *self)
{
  Undo *undo = g_object_get_data (G_OBJECT (undo_toast), "csp-undo");
  g_autoptr(GError) error = NULL;

  if (!write_state (self, undo->summary, undo->status, undo->completed_on, &error))
    toast_text (self, error->message);
  if (self->undo_toast == undo_toast)
    g_clear_object (&self->undo_toast);
}

static AdwToast *
undo_toast (CspActionSummary *summary,
            gboolean          done,
            Undo             *undo)
{
  const char *title = csp_action_item_get_title (csp_action_summary_get_action (summary));
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;
  AdwToast *new_toast;

  /* Translators: %s is the title of an action item */
  text = g_strdup_printf (done ? _("“%s” done") : _("“%s” open again"), title);
  markup = g_markup_escape_text (text, -1);
  new_toast = adw_toast_new (markup);
  adw_toast_set_button_label (new_toast, _("_Undo"));
  adw_toast_set_priority (new_toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (new_toast), "csp-undo", undo, undo_free);
  return new_toast;
}

/* Marks @summary's item done today (@done) or open again, with Undo. */
void
_csp_plans_page_set_done (CspPlansPage     *self,
                          CspActionSummary *summary,
                          gboolean          done)
{
  CspActionItem *action = csp_action_summary_get_action (summary);
  g_autoptr(GError) error = NULL;
  Undo *undo;
  AdwToast *new_toast;

  if ((csp_action_item_get_status (action) == CSP_ACTION_DONE) == done)
    return;

  undo = undo_new (summary);
  if (!write_state (self, summary, done ? CSP_ACTION_DONE : CSP_ACTION_OPEN, self->today, &error))
    {
      undo_free (undo);
      toast_text (self, error->message);
      g_idle_add_full (G_PRIORITY_DEFAULT, regroup_idle, g_object_ref (self), g_object_unref);
      return;
    }

  new_toast = undo_toast (summary, done, undo);
  g_clear_object (&self->undo_toast);
  self->undo_toast = g_object_ref (new_toast);
  g_signal_connect_object (new_toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self, 0);
  toast (self, new_toast);
}

/* Undoes the last mark done or reopen made on the page, as the toast's
 * Undo button does. */
gboolean
csp_plans_page_undo (CspPlansPage  *self,
                     GError       **error)
{
  Undo *undo;

  g_return_val_if_fail (CSP_IS_PLANS_PAGE (self), FALSE);

  if (self->undo_toast == NULL)
    return TRUE;

  undo = g_object_get_data (G_OBJECT (self->undo_toast), "csp-undo");
  if (!write_state (self, undo->summary, undo->status, undo->completed_on, error))
    return FALSE;

  adw_toast_dismiss (self->undo_toast);
  g_clear_object (&self->undo_toast);
  return TRUE;
}
