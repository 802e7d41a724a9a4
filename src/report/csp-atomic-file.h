/* csp-atomic-file.h: a file that appears whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CSP_TYPE_ATOMIC_FILE (csp_atomic_file_get_type ())

G_DECLARE_FINAL_TYPE (CspAtomicFile, csp_atomic_file, CSP, ATOMIC_FILE, GObject)

CspAtomicFile *csp_atomic_file_new        (const char     *path,
                                           GError        **error);
const char    *csp_atomic_file_get_path   (CspAtomicFile  *self);
GOutputStream *csp_atomic_file_get_stream (CspAtomicFile  *self);
gboolean       csp_atomic_file_commit     (CspAtomicFile  *self,
                                           GCancellable   *cancellable,
                                           GError        **error);
void           csp_atomic_file_discard    (CspAtomicFile  *self);

G_END_DECLS
