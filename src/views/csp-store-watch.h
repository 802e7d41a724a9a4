/* csp-store-watch.h: reads a widget's data again when the store changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_STORE_WATCH (csp_store_watch_get_type ())

G_DECLARE_FINAL_TYPE (CspStoreWatch, csp_store_watch, CSP, STORE_WATCH, GObject)

/* Reads @widget's data again; called with the widget. */
typedef void (*CspStoreWatchFunc) (GtkWidget *widget);

CspStoreWatch *csp_store_watch_new       (GtkWidget           *widget,
                                          const char * const  *tables,
                                          CspStoreWatchFunc    reload);
void           csp_store_watch_set_store (CspStoreWatch       *self,
                                          CspStore            *store);
void           csp_store_watch_read      (CspStoreWatch       *self);
void           csp_store_watch_reading   (CspStoreWatch       *self);
gboolean       csp_store_watch_get_pending (CspStoreWatch     *self);

G_END_DECLS
