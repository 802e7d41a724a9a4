/* csp-plans-page-load.c: reading the Plans page's items
 *
 * One query in a worker, on a connection of its own, whenever the store
 * says action items, plans or accounts changed, or when the page is
 * first shown if that happened while it was hidden. The recoveries view
 * reads its own list when shown, after health snapshots or done items
 * changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-action-summary.h"
#include "csp-date.h"
#include "csp-plans-page-private.h"
#include "csp-store-queries.h"

/* The tables whose changes the list shows. */
static const char * const watched_tables[] = {
  "action_item", "success_plan", "account", NULL
};

/* Recoveries depend on snapshots and done items. */
static const char * const recovery_tables[] = {
  "health_snapshot", "action_item", NULL
};

/* Auxiliary methods */

/* In the worker: the items, with their search keys made there too (a
 * portfolio's take tens of milliseconds). */
static GListModel *
query_tracked_actions (CspStore  *store,
                       gpointer   today,
                       GError   **error)
{
  GListModel *items = csp_store_list_tracked_actions (store, today, error);

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CspActionSummary) summary = g_list_model_get_item (items, i);

      csp_action_summary_get_search_key (summary);
    }
  return items;
}

static void
set_loading (CspPlansPage *self,
             GCancellable *cancellable)
{
  gboolean was_loading = csp_plans_page_get_loading (self);

  g_clear_object (&self->cancellable);
  self->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  if (was_loading != csp_plans_page_get_loading (self))
    g_object_notify (G_OBJECT (self), "loading");
}

void
_csp_plans_page_cancel_load (CspPlansPage *self)
{
  g_cancellable_cancel (self->cancellable);
  set_loading (self, NULL);
}

static gboolean
showing_recoveries (CspPlansPage *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "recoveries") == 0;
}

static void
load_recoveries (CspPlansPage *self)
{
  self->recoveries_stale = FALSE;
  csp_store_watch_reading (self->recoveries_watch);
  csp_recovery_counts_load (self->recovery_counts, self->store);
}

/* The recoveries are read while their view is on show, else when it
 * is shown next (_csp_plans_page_update_recoveries()). */
static void
reload_recoveries (GtkWidget *page)
{
  CspPlansPage *self = CSP_PLANS_PAGE (page);

  self->recoveries_stale = TRUE;
  _csp_plans_page_update_recoveries (self);
}

/* Reads the recoveries again if they are on show and out of date. */
void
_csp_plans_page_update_recoveries (CspPlansPage *self)
{
  if (showing_recoveries (self) && self->recoveries_stale && self->store != NULL)
    load_recoveries (self);
}

/* Internal API */

/* Writes to the store read the items again (CspStoreWatch): at once
 * when on show, else when next shown; the recoveries likewise, and
 * only while their view is the one on show. */
void
_csp_plans_page_init_watches (CspPlansPage *self)
{
  self->watch = csp_store_watch_new (GTK_WIDGET (self), watched_tables,
                                     (CspStoreWatchFunc) csp_plans_page_reload);
  self->recoveries_watch = csp_store_watch_new (GTK_WIDGET (self), recovery_tables,
                                                reload_recoveries);
}

/* Callbacks */

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CspPlansPage) self = user_data;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;

  items = csp_store_query_finish (CSP_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return; /* superseded by a newer read, or the page went away */

  g_clear_object (&self->all);
  self->failed = error != NULL;
  if (error != NULL)
    {
      g_autofree char *description = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, description);
    }
  else
    self->all = g_steal_pointer (&items);

  g_debug ("Plans: read %u items in %.1f ms", self->all ? g_list_model_get_n_items (self->all) : 0,
           (g_get_monotonic_time () - self->load_started) / 1000.0);
  set_loading (self, NULL);
  _csp_plans_page_fill_accounts (self);
  _csp_plans_page_regroup (self);
}

/* Public API */

CspStore *
csp_plans_page_get_store (CspPlansPage *self)
{
  g_return_val_if_fail (CSP_IS_PLANS_PAGE (self), NULL);

  return self->store;
}

/* Shows the action items of @store (none when NULL). A hidden page
 * reads them when first shown, so the page in front gets the window's
 * first query to itself. */
void
csp_plans_page_set_store (CspPlansPage *self,
                          CspStore     *store)
{
  g_return_if_fail (CSP_IS_PLANS_PAGE (self));
  g_return_if_fail (store == NULL || CSP_IS_STORE (store));

  if (self->store == store)
    return;

  _csp_plans_page_cancel_load (self);
  g_set_object (&self->store, store);
  csp_store_watch_set_store (self->watch, store);
  csp_store_watch_set_store (self->recoveries_watch, store);

  g_clear_object (&self->all);
  self->stale = store != NULL;
  self->recoveries_stale = TRUE;
  _csp_plans_page_regroup (self);
  if (store != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      csp_plans_page_reload (self);
      _csp_plans_page_update_recoveries (self);
    }
  g_object_notify (G_OBJECT (self), "store");
}

/* Judges what is overdue and recently done from @today (YYYY-MM-DD)
 * instead of the real date, from the next read on; NULL goes back. */
void
csp_plans_page_set_today (CspPlansPage *self,
                          const char   *today)
{
  g_return_if_fail (CSP_IS_PLANS_PAGE (self));
  g_return_if_fail (today == NULL || csp_date_is_valid_text (today));

  g_free (self->pinned_today);
  self->pinned_today = g_strdup (today);
}

/* Reads the action items again. */
void
csp_plans_page_reload (CspPlansPage *self)
{
  g_autoptr(GCancellable) cancellable = NULL;

  g_return_if_fail (CSP_IS_PLANS_PAGE (self));

  self->stale = FALSE;
  csp_store_watch_reading (self->watch);
  g_cancellable_cancel (self->cancellable);
  if (self->store == NULL)
    {
      set_loading (self, NULL);
      return;
    }

  g_free (self->today);
  self->today = self->pinned_today ? g_strdup (self->pinned_today) : csp_date_today_text ();
  cancellable = g_cancellable_new ();
  self->load_started = g_get_monotonic_time ();
  set_loading (self, cancellable);
  csp_store_query_async (self->store, query_tracked_actions, g_strdup (self->today), g_free,
                         cancellable, load_done_cb, g_object_ref (self));
}

/* Whether the items are being read, or put in the list a few per frame. */
gboolean
csp_plans_page_get_loading (CspPlansPage *self)
{
  g_return_val_if_fail (CSP_IS_PLANS_PAGE (self), FALSE);

  /* A write just seen is read at the next idle: not current yet. */
  return self->cancellable != NULL ||
         (self->filler != NULL && csp_list_filler_get_filling (self->filler)) ||
         (self->watch != NULL && csp_store_watch_get_pending (self->watch) &&
          gtk_widget_get_mapped (GTK_WIDGET (self)));
}

