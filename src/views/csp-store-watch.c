/* csp-store-watch.c: reads a widget's data again when the store changes
 *
 * Pages do not call each other after a write: the store says which
 * table it wrote (CspStore::changed) and every widget showing that
 * table reads its data again. A burst of writes (an action done
 * changes its plan too) is read once, after the burst; a widget that is
 * not on show reads only when it is shown again.
 *
 * The widget owns the watch (and drops it in dispose); the watch holds
 * no reference on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-store-watch.h"

struct _CspStoreWatch
{
  GObject             parent_instance;

  GtkWidget          *widget;  /* unowned: it owns us */
  const char * const *tables;  /* static, NULL-terminated; NULL for all */
  CspStoreWatchFunc   reload;
  CspStore           *store;
  guint               idle_id;
  gboolean            stale;   /* changed while the widget was hidden */
};

G_DEFINE_FINAL_TYPE (CspStoreWatch, csp_store_watch, G_TYPE_OBJECT)

static gboolean
read_cb (gpointer data)
{
  CspStoreWatch *self = data;

  self->idle_id = 0;
  csp_store_watch_read (self);
  return G_SOURCE_REMOVE;
}

static void
changed_cb (CspStoreWatch *self,
            const char    *table)
{
  if (self->tables != NULL && !g_strv_contains (self->tables, table))
    return;
  if (!gtk_widget_get_mapped (self->widget))
    self->stale = TRUE;
  else if (self->idle_id == 0)
    /* Before the next frame: it never shows what the store no longer has. */
    self->idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, read_cb, self, NULL);
}

static void
map_cb (CspStoreWatch *self)
{
  if (self->stale)
    csp_store_watch_read (self);
}

static void
csp_store_watch_dispose (GObject *object)
{
  CspStoreWatch *self = CSP_STORE_WATCH (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  csp_store_watch_set_store (self, NULL);

  G_OBJECT_CLASS (csp_store_watch_parent_class)->dispose (object);
}

static void
csp_store_watch_class_init (CspStoreWatchClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = csp_store_watch_dispose;
}

static void
csp_store_watch_init (CspStoreWatch *self)
{
}

/* A watch for @widget: a write to one of @tables (a static
 * NULL-terminated array; NULL for any table) has @reload read the
 * widget's data again, at once if it is on show, else when it is next
 * mapped. */
CspStoreWatch *
csp_store_watch_new (GtkWidget          *widget,
                     const char * const *tables,
                     CspStoreWatchFunc   reload)
{
  CspStoreWatch *self;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (reload != NULL, NULL);

  self = g_object_new (CSP_TYPE_STORE_WATCH, NULL);
  self->widget = widget;
  self->tables = tables;
  self->reload = reload;
  g_signal_connect_object (widget, "map", G_CALLBACK (map_cb), self, G_CONNECT_SWAPPED);
  return self;
}

void
csp_store_watch_set_store (CspStoreWatch *self,
                           CspStore      *store)
{
  g_return_if_fail (CSP_IS_STORE_WATCH (self));
  g_return_if_fail (store == NULL || CSP_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
}

/* Has the widget read its data again now. */
void
csp_store_watch_read (CspStoreWatch *self)
{
  g_return_if_fail (CSP_IS_STORE_WATCH (self));

  csp_store_watch_reading (self);
  self->reload (self->widget);
}

/* The widget is reading its data (by itself, after its own write, say):
 * what the store said before is covered. */
void
csp_store_watch_reading (CspStoreWatch *self)
{
  g_return_if_fail (CSP_IS_STORE_WATCH (self));

  self->stale = FALSE;
  g_clear_handle_id (&self->idle_id, g_source_remove);
}

/* Whether a read is waiting (for the burst to end, or to be shown). */
gboolean
csp_store_watch_get_pending (CspStoreWatch *self)
{
  g_return_val_if_fail (CSP_IS_STORE_WATCH (self), FALSE);

  return self->idle_id != 0 || self->stale;
}
