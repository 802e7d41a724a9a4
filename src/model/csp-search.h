/* csp-search.h: text as the search boxes compare it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *csp_search_fold     (const char  *text);
char     *csp_search_key      (const char  *first,
                               ...) G_GNUC_NULL_TERMINATED;
gboolean  csp_search_matches  (const char  *key,
                               const char  *needle);

G_END_DECLS
