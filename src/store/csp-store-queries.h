/* csp-store-queries.h: the lists the window shows, one query each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-store.h"

G_BEGIN_DECLS

/* A list query, run by csp_store_query_async() on a connection of its
 * own in a worker thread. */
typedef GListModel *(*CspStoreQueryFunc) (CspStore  *store,
                                          gpointer   data,
                                          GError   **error);

GListModel *csp_store_list_account_summaries (CspStore             *self,
                                              const char           *today,
                                              const char           *now,
                                              GError              **error);
GListModel *csp_store_list_tracked_actions   (CspStore             *self,
                                              const char           *today,
                                              GError              **error);
GListModel *csp_store_list_meeting_summaries (CspStore             *self,
                                              const char           *now,
                                              GError              **error);

void        csp_store_query_async            (CspStore             *self,
                                              CspStoreQueryFunc     query,
                                              gpointer              query_data,
                                              GDestroyNotify        query_data_free,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
GListModel *csp_store_query_finish           (CspStore             *self,
                                              GAsyncResult         *result,
                                              GError              **error);

G_END_DECLS
