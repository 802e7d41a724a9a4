/* csp-store-lookup.h: finding rows by their natural keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-store.h"

G_BEGIN_DECLS

/* Each sets *out_id to the row's id, or to 0 when there is none;
 * FALSE only when SQLite fails. */
gboolean csp_store_find_account_by_external_id (CspStore    *self,
                                                const char  *external_id,
                                                gint64      *out_id,
                                                GError     **error);
gboolean csp_store_find_account_by_name        (CspStore    *self,
                                                const char  *name,
                                                gint64      *out_id,
                                                guint       *out_n_matches,
                                                GError     **error);
gboolean csp_store_find_health_snapshot        (CspStore    *self,
                                                gint64       account_id,
                                                const char  *taken_on,
                                                gint64      *out_id,
                                                GError     **error);

G_END_DECLS
