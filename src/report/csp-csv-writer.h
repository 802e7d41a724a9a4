/* csp-csv-writer.h: RFC 4180 CSV, cell by cell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CSP_TYPE_CSV_WRITER (csp_csv_writer_get_type ())

G_DECLARE_FINAL_TYPE (CspCsvWriter, csp_csv_writer, CSP, CSV_WRITER, GObject)

CspCsvWriter *csp_csv_writer_new        (GOutputStream  *stream,
                                         gboolean        bom);
void          csp_csv_writer_add_text   (CspCsvWriter   *self,
                                         const char     *text);
void          csp_csv_writer_add_int    (CspCsvWriter   *self,
                                         gint64          value);
void          csp_csv_writer_add_number (CspCsvWriter   *self,
                                         const char     *number);
void          csp_csv_writer_add_empty  (CspCsvWriter   *self);
void          csp_csv_writer_add_header (CspCsvWriter   *self,
                                         const char * const *names,
                                         guint           n_names);
gboolean      csp_csv_writer_end_row    (CspCsvWriter   *self,
                                         GCancellable   *cancellable,
                                         GError        **error);
gboolean      csp_csv_writer_flush      (CspCsvWriter   *self,
                                         GCancellable   *cancellable,
                                         GError        **error);

G_END_DECLS
