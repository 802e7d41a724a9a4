/* csp-csv-reader.h: records of a CSV file, one at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CSP_CSV_ERROR (csp_csv_error_quark ())

typedef enum {
  CSP_CSV_ERROR_NOT_UTF8,        /* bytes that are not UTF-8 text */
  CSP_CSV_ERROR_LINE_TOO_LONG,   /* a physical line over CSP_CSV_MAX_LINE */
  CSP_CSV_ERROR_RECORD_TOO_LONG, /* a record over CSP_CSV_MAX_RECORD */
  CSP_CSV_ERROR_MALFORMED,       /* quotes that RFC 4180 does not allow */
} CspCsvError;

/* Limits that keep memory fixed whatever the file holds. */
#define CSP_CSV_MAX_LINE   (1024 * 1024)
#define CSP_CSV_MAX_RECORD (8 * 1024 * 1024)

#define CSP_TYPE_CSV_READER (csp_csv_reader_get_type ())

G_DECLARE_FINAL_TYPE (CspCsvReader, csp_csv_reader, CSP, CSV_READER, GObject)

GQuark        csp_csv_error_quark           (void);

CspCsvReader *csp_csv_reader_new            (GInputStream  *stream,
                                             const char    *display_name);
CspCsvReader *csp_csv_reader_open           (const char    *path,
                                             GCancellable  *cancellable,
                                             GError       **error);
const char   *csp_csv_reader_get_name       (CspCsvReader  *self);
goffset       csp_csv_reader_get_bytes_read (CspCsvReader  *self);
char        **csp_csv_reader_read_record    (CspCsvReader  *self,
                                             guint         *line,
                                             GCancellable  *cancellable,
                                             GError       **error);

G_END_DECLS
