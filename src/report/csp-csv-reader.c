/* csp-csv-reader.c: records of a CSV file, one at a time
 *
 * libcsv does the parsing (RFC 4180: quoted fields, doubled quotes,
 * line breaks inside quotes, CR, LF or CRLF line ends); this file adds
 * what an import needs around it:
 *
 * - the physical line where each record starts, for error messages.
 *   libcsv reports no positions, so the input is fed one physical line
 *   at a time: when a record ends we know the line we are on, and the
 *   record started as many lines earlier as its fields hold '\n's;
 * - UTF-8 only, with or without a byte-order mark;
 * - fixed memory: the file is read in blocks and a line over
 *   CSP_CSV_MAX_LINE is refused before libcsv buffers it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <csv.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "csp-csv-reader.h"

#define BLOCK_SIZE (64 * 1024)

typedef struct
{
  char  **fields;
  guint   line;
} Record;

struct _CspCsvReader
{
  GObject            parent_instance;

  GInputStream      *stream;
  char              *name;
  struct csv_parser  parser;

  guchar            *block;
  gsize              block_len;
  gsize              block_pos;
  goffset            bytes_read;
  gboolean           started;      /* the first block (and its BOM) is read */
  gboolean           finished;     /* the stream ended and libcsv is flushed */

  guint              line;         /* the physical line being fed, from 1 */
  gsize              line_bytes;   /* bytes of that line fed so far */
  gsize              record_bytes; /* bytes fed since the last record ended */
  gboolean           record_ended; /* a record ended while feeding */

  GPtrArray         *fields;       /* of the record being built */
  guint              newlines;     /* '\n's inside those fields */
  GQueue             records;      /* of Record, complete but not yet read */
  GError            *error;        /* found inside a libcsv callback */
};

G_DEFINE_FINAL_TYPE (CspCsvReader, csp_csv_reader, G_TYPE_OBJECT)

G_DEFINE_QUARK (csp-csv-error-quark, csp_csv_error)

static void
record_free (gpointer data)
{
  Record *record = data;

  g_strfreev (record->fields);
  g_free (record);
}

/* Fields are exactly what the file holds: no trimming around them. */
static int
never_space (unsigned char c)
{
  return 0;
}

/* Line breaks inside quoted cells become '\n': Windows programs write
 * CRLF there too, and the app stores LF. */
static char *
field_text (const void *data,
            size_t      len)
{
  GString *text = g_string_new_len (data ? data : "", (gssize) len);

  g_string_replace (text, "\r\n", "\n", 0);
  return g_string_free (text, FALSE);
}

static guint
count_newlines (const char *text,
                const char *end)
{
  guint n = 0;

  for (const char *p = text; p < end; p++)
    n += *p == '\n';

  return n;
}

static void
on_field (void   *data,
          size_t  len,
          void   *user_data)
{
  CspCsvReader *self = user_data;
  char *text = field_text (data, len);

  self->newlines += count_newlines (text, text + strlen (text));
  g_ptr_array_add (self->fields, text);
}

/* Names the line of the first byte that is not UTF-8. */
static void
check_utf8 (CspCsvReader *self,
            Record       *record)
{
  guint line = record->line;

  for (guint i = 0; record->fields[i] != NULL && self->error == NULL; i++)
    {
      const char *end;

      if (!g_utf8_validate (record->fields[i], -1, &end))
        g_set_error (&self->error, CSP_CSV_ERROR, CSP_CSV_ERROR_NOT_UTF8,
                     _("%s:%u: the text is not UTF-8; save the file as UTF-8 CSV"),
                     self->name, line + count_newlines (record->fields[i], end));
      line += count_newlines (record->fields[i], record->fields[i] + strlen (record->fields[i]));
    }
}

static void
on_record (int   terminator,
           void *user_data)
{
  CspCsvReader *self = user_data;
  Record *record = g_new0 (Record, 1);

  record->line = self->line - self->newlines;
  g_ptr_array_add (self->fields, NULL);
  record->fields = (char **) g_ptr_array_free (g_steal_pointer (&self->fields), FALSE);
  self->fields = g_ptr_array_new_with_free_func (g_free);
  self->newlines = 0;
  self->record_ended = TRUE;

  check_utf8 (self, record);
  g_queue_push_tail (&self->records, record);
}

static gboolean
check_parsed (CspCsvReader  *self,
              gsize          parsed,
              gsize          len,
              GError       **error)
{
  if (parsed == len)
    return TRUE;

  if (csv_error (&self->parser) == CSV_ENOMEM)
    g_error ("libcsv: out of memory");
  g_set_error (error, CSP_CSV_ERROR, CSP_CSV_ERROR_MALFORMED,
               _("%s:%u: misplaced quote: a field with a quote must be enclosed in "
                 "quotes, and a quote inside it doubled"),
               self->name, self->line);
  return FALSE;
}

/* Reads the next block; strips a UTF-8 byte-order mark at the start. */
static gboolean
read_block (CspCsvReader  *self,
            GCancellable  *cancellable,
            GError       **error)
{
  gsize n = 0;

  if (!g_input_stream_read_all (self->stream, self->block, BLOCK_SIZE, &n,
                                cancellable, error))
    {
      g_prefix_error (error, "%s: ", self->name);
      return FALSE;
    }

  self->block_len = n;
  self->block_pos = 0;
  self->bytes_read += n;
  if (!self->started && n >= 3 && memcmp (self->block, "\xef\xbb\xbf", 3) == 0)
    self->block_pos = 3;
  self->started = TRUE;

  return TRUE;
}

static gboolean
check_limits (CspCsvReader  *self,
              gsize          len,
              gboolean       ends_line,
              GError       **error)
{
  gsize content = ends_line ? len - 1 : len;

  if (self->line_bytes + content > CSP_CSV_MAX_LINE)
    {
      g_set_error (error, CSP_CSV_ERROR, CSP_CSV_ERROR_LINE_TOO_LONG,
                   _("%s:%u: the line is longer than 1 MB"), self->name, self->line);
      return FALSE;
    }
  if (self->record_bytes + len > CSP_CSV_MAX_RECORD)
    {
      g_set_error (error, CSP_CSV_ERROR, CSP_CSV_ERROR_RECORD_TOO_LONG,
                   _("%s:%u: the record is longer than 8 MB"), self->name, self->line);
      return FALSE;
    }

  return TRUE;
}

/* Feeds libcsv the rest of the current line in the block (or all of
 * the block when the line goes on past it). */
static gboolean
feed_segment (CspCsvReader  *self,
              GError       **error)
{
  const guchar *start = self->block + self->block_pos;
  gsize left = self->block_len - self->block_pos;
  const guchar *newline = memchr (start, '\n', left);
  gsize len = newline ? (gsize) (newline - start) + 1 : left;

  if (!check_limits (self, len, newline != NULL, error))
    return FALSE;

  self->record_ended = FALSE;
  if (!check_parsed (self, csv_parse (&self->parser, start, len, on_field, on_record, self),
                     len, error))
    return FALSE;

  self->block_pos += len;
  self->record_bytes = self->record_ended ? 0 : self->record_bytes + len;
  self->line_bytes += len;
  if (newline != NULL)
    {
      self->line++;
      self->line_bytes = 0;
    }

  return TRUE;
}

static gboolean
finish (CspCsvReader  *self,
        GError       **error)
{
  self->finished = TRUE;
  if (csv_fini (&self->parser, on_field, on_record, self) == 0)
    return TRUE;

  /* CSV_STRICT_FINI: the last field opened a quote and never closed it.
   * Name the file's last line, not the empty one after its last '\n'. */
  g_set_error (error, CSP_CSV_ERROR, CSP_CSV_ERROR_MALFORMED,
               _("%s:%u: the file ends inside a quoted field; a closing quote is missing"),
               self->name, self->line_bytes == 0 && self->line > 1 ? self->line - 1 : self->line);
  return FALSE;
}

/* Feeds libcsv until a record is complete or the file ends. */
static gboolean
fill_queue (CspCsvReader  *self,
            GCancellable  *cancellable,
            GError       **error)
{
  while (g_queue_is_empty (&self->records) && !self->finished)
    {
      if (self->block_pos == self->block_len)
        {
          if (!read_block (self, cancellable, error))
            return FALSE;
          if (self->block_pos == self->block_len && !finish (self, error))
            return FALSE;
        }
      else if (!feed_segment (self, error))
        return FALSE;
    }

  return TRUE;
}

static void
csp_csv_reader_finalize (GObject *object)
{
  CspCsvReader *self = CSP_CSV_READER (object);

  csv_free (&self->parser);
  g_clear_object (&self->stream);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->block, g_free);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_queue_clear_full (&self->records, record_free);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (csp_csv_reader_parent_class)->finalize (object);
}

static void
csp_csv_reader_class_init (CspCsvReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = csp_csv_reader_finalize;
}

static void
csp_csv_reader_init (CspCsvReader *self)
{
  /* Strict: a stray quote is an error rather than a silent guess. */
  csv_init (&self->parser, CSV_STRICT | CSV_STRICT_FINI);
  csv_set_space_func (&self->parser, never_space);
  self->block = g_malloc (BLOCK_SIZE);
  self->fields = g_ptr_array_new_with_free_func (g_free);
  self->line = 1;
  g_queue_init (&self->records);
}

/* Reads CSV from @stream; @display_name names it in error messages. */
CspCsvReader *
csp_csv_reader_new (GInputStream *stream,
                    const char   *display_name)
{
  CspCsvReader *self;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  self = g_object_new (CSP_TYPE_CSV_READER, NULL);
  self->stream = g_object_ref (stream);
  self->name = g_strdup (display_name);

  return self;
}

/* A message for a file we cannot open, naming the path as given. */
static void
set_open_error (const char  *path,
                GError      *local_error,
                GError     **error)
{
  const char *reason = local_error->message;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    reason = _("no such file");
  else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    reason = _("permission denied");
  else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    reason = _("this is a folder, not a file");

  g_set_error (error, G_IO_ERROR, local_error->code, "%s: %s", path, reason);
}

CspCsvReader *
csp_csv_reader_open (const char    *path,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      set_open_error (path, local_error, error);
      return NULL;
    }

  return csp_csv_reader_new (G_INPUT_STREAM (stream), path);
}

const char *
csp_csv_reader_get_name (CspCsvReader *self)
{
  g_return_val_if_fail (CSP_IS_CSV_READER (self), NULL);

  return self->name;
}

/* How far into the stream the reader is, for progress. */
goffset
csp_csv_reader_get_bytes_read (CspCsvReader *self)
{
  g_return_val_if_fail (CSP_IS_CSV_READER (self), 0);

  return self->bytes_read;
}

/* The next record as a NULL-terminated array of fields, with the line
 * it starts on in @line; NULL at the end of the file (@error unset) or
 * on an error, which names the file and line. After an error the
 * reader returns no more records. */
char **
csp_csv_reader_read_record (CspCsvReader  *self,
                            guint         *line,
                            GCancellable  *cancellable,
                            GError       **error)
{
  Record *record;
  char **fields;

  g_return_val_if_fail (CSP_IS_CSV_READER (self), NULL);

  if (self->error == NULL && !fill_queue (self, cancellable, &self->error))
    self->finished = TRUE;
  if (self->error != NULL)
    {
      /* Keep it: every later call fails the same way. */
      g_propagate_error (error, g_error_copy (self->error));
      return NULL;
    }

  record = g_queue_pop_head (&self->records);
  if (record == NULL)
    return NULL;

  if (line != NULL)
    *line = record->line;
  fields = g_steal_pointer (&record->fields);
  record_free (record);

  return fields;
}
