/* csp-store-recovery.h: health recoveries and the actions before them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-store.h"

G_BEGIN_DECLS

GListModel *csp_store_list_recoveries (CspStore  *self,
                                       gint64     account_id,
                                       GError   **error);

GListModel *csp_store_query_recoveries (CspStore  *self,
                                        gpointer   data,
                                        GError   **error);

G_END_DECLS
