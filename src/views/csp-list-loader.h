/* csp-list-loader.h: reads a list for a page without blocking the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-store-queries.h"

G_BEGIN_DECLS

#define CSP_TYPE_LIST_LOADER (csp_list_loader_get_type ())

G_DECLARE_FINAL_TYPE (CspListLoader, csp_list_loader, CSP, LIST_LOADER, GObject)

CspListLoader *csp_list_loader_new         (GType              item_type);
void           csp_list_loader_load        (CspListLoader     *self,
                                            CspStore          *store,
                                            CspStoreQueryFunc  query,
                                            gpointer           query_data,
                                            GDestroyNotify     query_data_free);
void           csp_list_loader_cancel      (CspListLoader     *self);
GListModel    *csp_list_loader_get_model   (CspListLoader     *self);
gboolean       csp_list_loader_get_loading (CspListLoader     *self);

G_END_DECLS
