/* csp-json-writer.h: one JSON document, streamed item by item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define CSP_TYPE_JSON_WRITER (csp_json_writer_get_type ())

G_DECLARE_FINAL_TYPE (CspJsonWriter, csp_json_writer, CSP, JSON_WRITER, GObject)

CspJsonWriter *csp_json_writer_new   (GOutputStream  *stream);
gboolean       csp_json_writer_begin (CspJsonWriter  *self,
                                      JsonNode       *head,
                                      const char     *array_member,
                                      GCancellable   *cancellable,
                                      GError        **error);
gboolean       csp_json_writer_add   (CspJsonWriter  *self,
                                      JsonNode       *item,
                                      GCancellable   *cancellable,
                                      GError        **error);
gboolean       csp_json_writer_end   (CspJsonWriter  *self,
                                      GCancellable   *cancellable,
                                      GError        **error);

G_END_DECLS
