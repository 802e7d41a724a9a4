/* csp-list-page.h: the base of the pages that show one list in a table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store-queries.h"

G_BEGIN_DECLS

#define CSP_TYPE_LIST_PAGE (csp_list_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (CspListPage, csp_list_page, CSP, LIST_PAGE, AdwBin)

struct _CspListPageClass
{
  AdwBinClass parent_class;

  /* Set in class_init: the type of the rows, and the query that reads
   * them (in a worker, on a connection of its own). */
  GType             item_type;
  CspStoreQueryFunc query;

  /* The query's argument, freed with g_free(); NULL when it takes none. */
  char *(*dup_query_data) (CspListPage *self);
  /* Shows or hides the columns a narrow window has no room for. */
  void  (*set_compact)    (CspListPage *self,
                           gboolean     compact);

  /* Set in class_init: the tables the query reads, NULL-terminated.
   * A write to one of them (CspStore::changed) reads the list again,
   * at once when the page is on show, else when it is next shown. */
  const char * const *watched_tables;

  gpointer padding[3];
};

void        csp_list_page_class_set_template_from_resource (GtkWidgetClass *widget_class,
                                                            const char     *resource_name);
void        csp_list_page_set_column_sorter                (GtkColumnViewColumn *column,
                                                            GtkSorter           *sorter);
void        csp_list_page_show_n_filters                   (GtkMenuButton       *button,
                                                            GtkLabel            *label,
                                                            guint                n_active);

CspStore   *csp_list_page_get_store   (CspListPage *self);
void        csp_list_page_set_store   (CspListPage *self,
                                       CspStore    *store);
void        csp_list_page_reload      (CspListPage *self);
gboolean    csp_list_page_get_loading (CspListPage *self);
void        csp_list_page_set_filter  (CspListPage *self,
                                       GtkFilter   *filter);
void        csp_list_page_show_account_rows (CspListPage *self,
                                             GtkFilter   *filter,
                                             const char  *account_name,
                                             GtkRevealer *revealer,
                                             GtkLabel    *label);
GListModel *csp_list_page_get_model   (CspListPage *self);
gboolean    csp_list_page_get_compact (CspListPage *self);
void        csp_list_page_set_compact (CspListPage *self,
                                       gboolean     compact);

/* Defines a page's typed public API (TYPE_get_store() and the rest of
 * the list above), each handing on to the csp_list_page_ function. */
#define CSP_LIST_PAGE_DEFINE_API(TypeName, type_name)                                 \
  CspStore *type_name##_get_store (TypeName *self)                                    \
  { return csp_list_page_get_store (CSP_LIST_PAGE (self)); }                          \
  void type_name##_set_store (TypeName *self, CspStore *store)                        \
  { csp_list_page_set_store (CSP_LIST_PAGE (self), store); }                          \
  void type_name##_reload (TypeName *self)                                            \
  { csp_list_page_reload (CSP_LIST_PAGE (self)); }                                    \
  gboolean type_name##_get_loading (TypeName *self)                                   \
  { return csp_list_page_get_loading (CSP_LIST_PAGE (self)); }                        \
  GListModel *type_name##_get_model (TypeName *self)                                  \
  { return csp_list_page_get_model (CSP_LIST_PAGE (self)); }                          \
  void type_name##_set_compact (TypeName *self, gboolean compact)                     \
  { csp_list_page_set_compact (CSP_LIST_PAGE (self), compact); }

G_END_DECLS
