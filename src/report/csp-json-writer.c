/* csp-json-writer.c: one JSON document, streamed item by item
 *
 * A report is an object whose last member is a long array (one item
 * per account). Building the whole tree would hold every account in
 * memory, so the document is written in three parts: the head (every
 * other member, generated as one object and left open), then each item
 * generated on its own, then the closing brackets. Each item is on a
 * line of its own, which keeps files readable and diffs small.
 *
 * json-glib writes numbers with the C locale's conventions whatever the
 * user's locale, so no number is ever localised here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-json-writer.h"

#define FLUSH_AT (64 * 1024)

struct _CspJsonWriter
{
  GObject        parent_instance;

  GOutputStream *stream;
  JsonGenerator *generator;
  GString       *buffer;
  guint          n_items;
};

G_DEFINE_FINAL_TYPE (CspJsonWriter, csp_json_writer, G_TYPE_OBJECT)

static void
csp_json_writer_finalize (GObject *object)
{
  CspJsonWriter *self = CSP_JSON_WRITER (object);

  g_clear_object (&self->stream);
  g_clear_object (&self->generator);
  g_string_free (self->buffer, TRUE);

  G_OBJECT_CLASS (csp_json_writer_parent_class)->finalize (object);
}

static void
csp_json_writer_class_init (CspJsonWriterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = csp_json_writer_finalize;
}

static void
csp_json_writer_init (CspJsonWriter *self)
{
  self->generator = json_generator_new ();
  self->buffer = g_string_sized_new (FLUSH_AT + 4096);
}

CspJsonWriter *
csp_json_writer_new (GOutputStream *stream)
{
  CspJsonWriter *self = g_object_new (CSP_TYPE_JSON_WRITER, NULL);

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);

  self->stream = g_object_ref (stream);
  return self;
}

static void
append_node (CspJsonWriter *self,
             JsonNode      *node)
{
  json_generator_set_root (self->generator, node);
  json_generator_to_gstring (self->generator, self->buffer);
  json_generator_set_root (self->generator, NULL);
}

static gboolean
write_buffer (CspJsonWriter  *self,
              gsize           threshold,
              GCancellable   *cancellable,
              GError        **error)
{
  gboolean ok;

  if (self->buffer->len < threshold)
    return TRUE;

  ok = g_output_stream_write_all (self->stream, self->buffer->str, self->buffer->len,
                                  NULL, cancellable, error);
  g_string_truncate (self->buffer, 0);
  return ok;
}

/* Writes @head, an object, without its closing brace, then opens the
 * array @array_member (a name of the program, not user text). */
gboolean
csp_json_writer_begin (CspJsonWriter  *self,
                       JsonNode       *head,
                       const char     *array_member,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_return_val_if_fail (CSP_IS_JSON_WRITER (self), FALSE);
  g_return_val_if_fail (JSON_NODE_HOLDS_OBJECT (head), FALSE);

  append_node (self, head);
  g_string_truncate (self->buffer, self->buffer->len - 1); /* the '}' */
  if (json_object_get_size (json_node_get_object (head)) > 0)
    g_string_append_c (self->buffer, ',');
  g_string_append_printf (self->buffer, "\"%s\":[", array_member);

  return write_buffer (self, 0, cancellable, error);
}

gboolean
csp_json_writer_add (CspJsonWriter  *self,
                     JsonNode       *item,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_return_val_if_fail (CSP_IS_JSON_WRITER (self), FALSE);

  g_string_append (self->buffer, self->n_items++ > 0 ? ",\n" : "\n");
  append_node (self, item);

  return write_buffer (self, FLUSH_AT, cancellable, error);
}

gboolean
csp_json_writer_end (CspJsonWriter  *self,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_return_val_if_fail (CSP_IS_JSON_WRITER (self), FALSE);

  g_string_append (self->buffer, self->n_items > 0 ? "\n]}\n" : "]}\n");
  return write_buffer (self, 0, cancellable, error) &&
         g_output_stream_flush (self->stream, cancellable, error);
}
