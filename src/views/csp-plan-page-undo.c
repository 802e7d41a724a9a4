/* csp-plan-page-undo.c: the plan page's toasts, and undo from them
 *
 * Every change the page makes says so in a toast; those that can be
 * undone keep, on the toast itself, copies of the rows as they were
 * before: rows to insert again (with their ids, which SQLite never
 * hands out twice) and rows to write back. Undo restores them in one
 * transaction (csp_store_restore_records()); the store's "changed"
 * signal then has the page read the plan again. A toast may also carry
 * a plan to open again (its deletion undone).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-plan-page-private.h"
#include "csp-store-plans.h"

typedef struct
{
  GPtrArray *inserts;
  GPtrArray *updates;
} Undo;

/* Auxiliary methods */

static void
undo_free (Undo *undo)
{
  g_clear_pointer (&undo->inserts, g_ptr_array_unref);
  g_clear_pointer (&undo->updates, g_ptr_array_unref);
  g_free (undo);
}

/* Callbacks */

static void
undo_cb (AdwToast    *toast,
         CspPlanPage *self)
{
  Undo *undo = g_object_get_data (G_OBJECT (toast), "csp-undo");
  gint64 *reopen = g_object_get_data (G_OBJECT (toast), "csp-reopen-plan");
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || undo == NULL)
    return;
  if (!csp_store_restore_records (self->store, undo->inserts, undo->updates, &error))
    {
      _csp_plan_page_toast (self, error->message);
      return;
    }
  /* Undo of a deleted plan shows it again. */
  if (reopen != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-plan", "x", *reopen);
}

/* Internal API */

void
_csp_plan_page_toast (CspPlanPage *self,
                      const char  *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *markup = g_markup_escape_text (text, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (markup));
}

/* A toast whose Undo inserts the records @inserts again and writes back
 * @updates (copies taken before the change); takes both arrays. Returns
 * the toast (owned by the overlay), or NULL without an overlay. */
AdwToast *
_csp_plan_page_toast_undo (CspPlanPage *self,
                           const char  *text,
                           GPtrArray   *inserts,
                           GPtrArray   *updates)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *markup = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (markup);
  Undo *undo = g_new0 (Undo, 1);

  undo->inserts = inserts;
  undo->updates = updates;
  g_object_set_data_full (G_OBJECT (toast), "csp-undo", undo, (GDestroyNotify) undo_free);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_cb), self, 0);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_clear_object (&toast);
  return toast;
}
