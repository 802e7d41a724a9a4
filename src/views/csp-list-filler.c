/* csp-list-filler.c: puts many items into a shown list a few per frame
 *
 * A GTK 4.8 list view makes widgets for up to 200 rows as soon as they
 * appear in its model, which takes longer than a frame when the rows
 * are rich. Like CspListLoader, a filler hands a large splice to its
 * store in chunks, one per idle, small while the view makes widgets for
 * them, large after: the first rows show at once and the window stays
 * responsive. A new splice cancels the rest of the one before, so the
 * caller must splice against the store as it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-list-filler.h"

#define EAGER_CHUNK 40
#define EAGER_ROWS  240
#define CHUNK       2500

struct _CspListFiller
{
  GObject     parent_instance;

  GListStore *store;
  GPtrArray  *pending;  /* the items being put in, if any */
  guint       next;     /* index in pending, and position in the store */
  guint       end;      /* index in pending to stop at */
  guint       n_done;   /* items put in so far */
  guint       source;
};

G_DEFINE_FINAL_TYPE (CspListFiller, csp_list_filler, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILLING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
chunk_size (CspListFiller *self)
{
  return MIN (self->end - self->next, self->n_done < EAGER_ROWS ? EAGER_CHUNK : CHUNK);
}

static gboolean
fill_step (gpointer data)
{
  CspListFiller *self = data;
  guint count = chunk_size (self);

  g_list_store_splice (self->store, self->next, 0, self->pending->pdata + self->next, count);
  self->next += count;
  self->n_done += count;
  if (self->next < self->end)
    return G_SOURCE_CONTINUE;

  self->source = 0;
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILLING]);
  return G_SOURCE_REMOVE;
}

static void
csp_list_filler_dispose (GObject *object)
{
  CspListFiller *self = CSP_LIST_FILLER (object);

  g_clear_handle_id (&self->source, g_source_remove);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (csp_list_filler_parent_class)->dispose (object);
}

static void
csp_list_filler_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_FILLING:
      g_value_set_boolean (value, csp_list_filler_get_filling (CSP_LIST_FILLER (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_list_filler_class_init (CspListFillerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = csp_list_filler_dispose;
  object_class->get_property = csp_list_filler_get_property;

  properties[PROP_FILLING] =
    g_param_spec_boolean ("filling", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
csp_list_filler_init (CspListFiller *self)
{
}

/* A filler of @store (a reference is kept). */
CspListFiller *
csp_list_filler_new (GListStore *store)
{
  CspListFiller *self = g_object_new (CSP_TYPE_LIST_FILLER, NULL);

  self->store = g_object_ref (store);
  return self;
}

/* Replaces @n_removed items at @position with @items[@position,
 * @position + @n_added): @items is the whole new list, of which the
 * store already holds the rest. The first chunk (at least as many items
 * as are removed) goes in now, the rest one idle at a time. */
void
csp_list_filler_splice (CspListFiller *self,
                        guint          position,
                        guint          n_removed,
                        GPtrArray     *items,
                        guint          n_added)
{
  gboolean was_filling;
  guint count;

  g_return_if_fail (CSP_IS_LIST_FILLER (self));
  g_return_if_fail (position + n_added <= items->len);

  was_filling = self->pending != NULL;
  g_clear_handle_id (&self->source, g_source_remove);
  g_clear_pointer (&self->pending, g_ptr_array_unref);

  /* As many as go out come in at once: a reload keeps the view's row
   * count (and with it the scroll position), and rows replacing shown
   * ones reuse their widgets. Only growth is spread over frames. */
  count = MIN (n_added, MAX (n_removed, EAGER_CHUNK));
  g_list_store_splice (self->store, position, n_removed, items->pdata + position, count);
  if (count < n_added)
    {
      self->pending = g_ptr_array_ref (items);
      self->next = position + count;
      self->end = position + n_added;
      self->n_done = count;
      self->source = g_idle_add (fill_step, self);
    }

  if (was_filling != (self->pending != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILLING]);
}

/* Stops putting in the rest of a splice. */
void
csp_list_filler_cancel (CspListFiller *self)
{
  g_return_if_fail (CSP_IS_LIST_FILLER (self));

  if (self->pending == NULL)
    return;
  g_clear_handle_id (&self->source, g_source_remove);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILLING]);
}

/* Whether part of a splice is still to go in. */
gboolean
csp_list_filler_get_filling (CspListFiller *self)
{
  g_return_val_if_fail (CSP_IS_LIST_FILLER (self), FALSE);

  return self->pending != NULL;
}
