/* csp-csv-writer.c: RFC 4180 CSV, cell by cell
 *
 * Rows end in CRLF; a cell holding a comma, a double quote, CR or LF is
 * quoted, with its quotes doubled. Text is UTF-8, written as given; the
 * byte order mark goes first only when asked for (spreadsheet programs
 * need it to read Chinese text as UTF-8; other tools trip over it).
 *
 * Text cells and number cells are added through different calls, for
 * one rule: a spreadsheet program runs a cell that begins with =, +, -,
 * @, TAB or CR as a formula (CSV injection). Such a TEXT cell is
 * neutralised by prefixing a single quote ('), which spreadsheets show
 * as text. Numbers the program writes itself (a negative health change)
 * are never prefixed, so they stay numbers.
 *
 * Rows collect in a buffer written out in large blocks; memory is one
 * buffer, whatever the number of rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "csp-csv-writer.h"

#define FLUSH_AT (64 * 1024)

struct _CspCsvWriter
{
  GObject        parent_instance;

  GOutputStream *stream;
  GString       *buffer;
  guint          n_cells;   /* in the current row */
};

G_DEFINE_FINAL_TYPE (CspCsvWriter, csp_csv_writer, G_TYPE_OBJECT)

static void
csp_csv_writer_finalize (GObject *object)
{
  CspCsvWriter *self = CSP_CSV_WRITER (object);

  g_clear_object (&self->stream);
  g_string_free (self->buffer, TRUE);

  G_OBJECT_CLASS (csp_csv_writer_parent_class)->finalize (object);
}

static void
csp_csv_writer_class_init (CspCsvWriterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = csp_csv_writer_finalize;
}

static void
csp_csv_writer_init (CspCsvWriter *self)
{
  self->buffer = g_string_sized_new (FLUSH_AT + 4096);
}

CspCsvWriter *
csp_csv_writer_new (GOutputStream *stream,
                    gboolean       bom)
{
  CspCsvWriter *self = g_object_new (CSP_TYPE_CSV_WRITER, NULL);

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);

  self->stream = g_object_ref (stream);
  if (bom)
    g_string_append (self->buffer, "\xEF\xBB\xBF");

  return self;
}

static void
begin_cell (CspCsvWriter *self)
{
  if (self->n_cells++ > 0)
    g_string_append_c (self->buffer, ',');
}

static gboolean
needs_neutralising (const char *text)
{
  return strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0';
}

/* A text cell: neutralised when a spreadsheet would run it as a
 * formula (see the top of the file), quoted when RFC 4180 needs it.
 * NULL is an empty cell. */
void
csp_csv_writer_add_text (CspCsvWriter *self,
                         const char   *text)
{
  g_return_if_fail (CSP_IS_CSV_WRITER (self));

  begin_cell (self);
  if (text == NULL || *text == '\0')
    return;

  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      if (needs_neutralising (text))
        g_string_append_c (self->buffer, '\'');
      g_string_append (self->buffer, text);
      return;
    }

  g_string_append_c (self->buffer, '"');
  if (needs_neutralising (text))
    g_string_append_c (self->buffer, '\'');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (self->buffer, '"');
      g_string_append_c (self->buffer, *p);
    }
  g_string_append_c (self->buffer, '"');
}

/* A number the program formatted itself in C-locale form ("-12",
 * "1234.50"): written as it is, never neutralised. */
void
csp_csv_writer_add_number (CspCsvWriter *self,
                           const char   *number)
{
  g_return_if_fail (CSP_IS_CSV_WRITER (self));

  begin_cell (self);
  g_string_append (self->buffer, number);
}

void
csp_csv_writer_add_int (CspCsvWriter *self,
                        gint64        value)
{
  g_return_if_fail (CSP_IS_CSV_WRITER (self));

  begin_cell (self);
  g_string_append_printf (self->buffer, "%" G_GINT64_FORMAT, value);
}

void
csp_csv_writer_add_empty (CspCsvWriter *self)
{
  g_return_if_fail (CSP_IS_CSV_WRITER (self));

  begin_cell (self);
}

/* Adds the cells of a header row (the caller ends the row). */
void
csp_csv_writer_add_header (CspCsvWriter       *self,
                           const char * const *names,
                           guint               n_names)
{
  for (guint i = 0; i < n_names; i++)
    csp_csv_writer_add_text (self, names[i]);
}

gboolean
csp_csv_writer_flush (CspCsvWriter  *self,
                      GCancellable  *cancellable,
                      GError       **error)
{
  gboolean ok;

  g_return_val_if_fail (CSP_IS_CSV_WRITER (self), FALSE);

  ok = g_output_stream_write_all (self->stream, self->buffer->str, self->buffer->len,
                                  NULL, cancellable, error) &&
       g_output_stream_flush (self->stream, cancellable, error);
  g_string_truncate (self->buffer, 0);
  return ok;
}

gboolean
csp_csv_writer_end_row (CspCsvWriter  *self,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_return_val_if_fail (CSP_IS_CSV_WRITER (self), FALSE);

  g_string_append (self->buffer, "\r\n");
  self->n_cells = 0;
  if (self->buffer->len < FLUSH_AT)
    return TRUE;

  return g_output_stream_write_all (self->stream, self->buffer->str, self->buffer->len,
                                    NULL, cancellable, error) &&
         (g_string_truncate (self->buffer, 0), TRUE);
}
