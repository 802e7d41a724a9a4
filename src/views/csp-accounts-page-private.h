/* csp-accounts-page-private.h: what the accounts page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-accounts-filters.h"
#include "csp-accounts-page.h"

G_BEGIN_DECLS

/* How many portfolio figures show_figures() puts above the table. */
#define CSP_ACCOUNTS_N_FIGURES 8

struct _CspAccountsPage
{
  CspListPage          parent_instance;

  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *segment_column;
  GtkColumnViewColumn *stage_column;
  GtkColumnViewColumn *csm_column;
  GtkColumnViewColumn *health_column;
  GtkColumnViewColumn *arr_column;
  GtkColumnViewColumn *renewal_column;
  GtkColumnViewColumn *actions_column;
  GtkColumnViewColumn *meeting_column;
  GtkBox              *figures_bar;
  GtkFlowBox          *figures_box;
  GtkScrolledWindow   *figures_scroller;
  GtkViewport         *figures_viewport;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;
  GtkStack            *list_stack;
  AdwStatusPage       *no_match_page;
  GtkMenuButton       *filter_button;
  GtkLabel            *filter_label;
  CspAccountsFilters  *filters;
  GSettings           *settings; /* NULL without the schema */
  GtkSorter           *sorter;   /* the table's, watched for the sort to keep */
  gulong               sort_changed_id;

  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  char                *needle;  /* the search, casefolded; NULL when none */
  guint                search_idle;
  gint64               kept_selection; /* account id, across a reload */
  guint                n_archived; /* of the rows loaded */
  gboolean             filtering;  /* the filter has a match function */
  CspPortfolioFigures *figures; /* of the rows on show */
};

void _csp_accounts_page_setup_sorters          (CspAccountsPage *self);
void _csp_accounts_page_bind_column_callbacks  (GtkWidgetClass  *widget_class);
void _csp_accounts_page_update_figures         (CspAccountsPage *self);
void _csp_accounts_page_show_figures           (CspAccountsPage *self);

G_END_DECLS
