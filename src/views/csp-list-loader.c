/* csp-list-loader.c: reads a list for a page without blocking the window
 *
 * At portfolio scale a list query takes longer than a frame, so pages
 * never run one on the main thread: the loader runs it in a worker on a
 * connection of its own (csp_store_query_async). A new load cancels the
 * one in flight, so a page shows only the latest answer.
 *
 * Handing the rows over costs the main thread too: a GTK 4.8 list view
 * makes widgets for up to 200 rows as soon as they appear, whatever the
 * list's length, which takes several frames. So a CspListFiller puts
 * the rows into the model in chunks, one per idle, with frames drawn
 * between; the load counts as loading until it is done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-list-filler.h"
#include "csp-list-loader.h"

struct _CspListLoader
{
  GObject       parent_instance;

  GListStore    *model;
  CspListFiller *filler;      /* of model */
  GCancellable  *cancellable; /* of the load in flight, if any */
};

G_DEFINE_FINAL_TYPE (CspListLoader, csp_list_loader, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ITEM_TYPE,
  PROP_MODEL,
  PROP_LOADING,
  N_PROPS
};

enum {
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_loading (CspListLoader *self,
             GCancellable  *cancellable)
{
  gboolean was_loading = csp_list_loader_get_loading (self);

  g_clear_object (&self->cancellable);
  self->cancellable = cancellable ? g_object_ref (cancellable) : NULL;

  if (was_loading != csp_list_loader_get_loading (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
filling_cb (CspListLoader *self)
{
  if (self->cancellable == NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Replaces the model's rows with @items, a few per frame. */
static void
start_filling (CspListLoader *self,
               GListModel    *items)
{
  guint n = g_list_model_get_n_items (items);
  g_autoptr(GPtrArray) array = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (items, i));
  csp_list_filler_splice (self->filler, 0, g_list_model_get_n_items (G_LIST_MODEL (self->model)),
                          array, n);
}

static void
clear_items (CspListLoader *self)
{
  g_list_store_remove_all (self->model);
}

static void
query_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(CspListLoader) self = user_data;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;

  items = csp_store_query_finish (CSP_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return; /* superseded by a newer load, or the page went away */

  if (error != NULL)
    {
      clear_items (self);
      set_loading (self, NULL);
      g_signal_emit (self, signals[FAILED], 0, error);
      return;
    }

  /* Filling counts as loading still. */
  start_filling (self, items);
  set_loading (self, NULL);
}

static void
csp_list_loader_dispose (GObject *object)
{
  CspListLoader *self = CSP_LIST_LOADER (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->filler != NULL)
    csp_list_filler_cancel (self->filler);

  G_OBJECT_CLASS (csp_list_loader_parent_class)->dispose (object);
}

static void
csp_list_loader_finalize (GObject *object)
{
  CspListLoader *self = CSP_LIST_LOADER (object);

  g_clear_object (&self->filler);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (csp_list_loader_parent_class)->finalize (object);
}

static void
csp_list_loader_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CspListLoader *self = CSP_LIST_LOADER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, csp_list_loader_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_list_loader_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CspListLoader *self = CSP_LIST_LOADER (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      self->model = g_list_store_new (g_value_get_gtype (value));
      self->filler = csp_list_filler_new (self->model);
      g_signal_connect_object (self->filler, "notify::filling", G_CALLBACK (filling_cb), self,
                               G_CONNECT_SWAPPED);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_list_loader_class_init (CspListLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = csp_list_loader_dispose;
  object_class->finalize = csp_list_loader_finalize;
  object_class->get_property = csp_list_loader_get_property;
  object_class->set_property = csp_list_loader_set_property;

  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, G_TYPE_OBJECT,
                        G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A load went wrong; the model is empty. */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
csp_list_loader_init (CspListLoader *self)
{
}

CspListLoader *
csp_list_loader_new (GType item_type)
{
  return g_object_new (CSP_TYPE_LIST_LOADER, "item-type", item_type, NULL);
}

/* Starts reading @query from @store's file, replacing any load in
 * flight. Without a store the model just empties. */
void
csp_list_loader_load (CspListLoader     *self,
                      CspStore          *store,
                      CspStoreQueryFunc  query,
                      gpointer           query_data,
                      GDestroyNotify     query_data_free)
{
  g_autoptr(GCancellable) cancellable = NULL;

  g_return_if_fail (CSP_IS_LIST_LOADER (self));
  g_return_if_fail (store == NULL || CSP_IS_STORE (store));

  /* Not csp_list_loader_cancel(): "loading" stays TRUE from one load
   * to the next, so a page does not flash its empty state between. */
  g_cancellable_cancel (self->cancellable);
  csp_list_filler_cancel (self->filler);

  if (store == NULL)
    {
      if (query_data_free != NULL)
        query_data_free (query_data);
      clear_items (self);
      set_loading (self, NULL);
      return;
    }

  cancellable = g_cancellable_new ();
  set_loading (self, cancellable);
  csp_store_query_async (store, query, query_data, query_data_free, cancellable,
                         query_done_cb, g_object_ref (self));
}

void
csp_list_loader_cancel (CspListLoader *self)
{
  g_return_if_fail (CSP_IS_LIST_LOADER (self));

  g_cancellable_cancel (self->cancellable);
  csp_list_filler_cancel (self->filler);
  set_loading (self, NULL);
}

/* The rows of the last load, as far as they are handed over; the same
 * model all along. */
GListModel *
csp_list_loader_get_model (CspListLoader *self)
{
  g_return_val_if_fail (CSP_IS_LIST_LOADER (self), NULL);

  return G_LIST_MODEL (self->model);
}

gboolean
csp_list_loader_get_loading (CspListLoader *self)
{
  g_return_val_if_fail (CSP_IS_LIST_LOADER (self), FALSE);

  return self->cancellable != NULL || csp_list_filler_get_filling (self->filler);
}
