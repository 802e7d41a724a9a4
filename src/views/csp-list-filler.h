/* csp-list-filler.h: puts many items into a shown list a few per frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CSP_TYPE_LIST_FILLER (csp_list_filler_get_type ())

G_DECLARE_FINAL_TYPE (CspListFiller, csp_list_filler, CSP, LIST_FILLER, GObject)

CspListFiller *csp_list_filler_new         (GListStore    *store);
void           csp_list_filler_splice      (CspListFiller *self,
                                            guint          position,
                                            guint          n_removed,
                                            GPtrArray     *items,
                                            guint          n_added);
void           csp_list_filler_cancel      (CspListFiller *self);
gboolean       csp_list_filler_get_filling (CspListFiller *self);

G_END_DECLS
