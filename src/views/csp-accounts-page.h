/* csp-accounts-page.h: the portfolio's accounts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-list-page.h"
#include "csp-portfolio-figures.h"

#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_ACCOUNTS_PAGE (csp_accounts_page_get_type ())

G_DECLARE_FINAL_TYPE (CspAccountsPage, csp_accounts_page, CSP, ACCOUNTS_PAGE, CspListPage)

CspStore   *csp_accounts_page_get_store   (CspAccountsPage *self);
void        csp_accounts_page_set_store   (CspAccountsPage *self,
                                           CspStore        *store);
void        csp_accounts_page_reload      (CspAccountsPage *self);
gboolean    csp_accounts_page_get_loading (CspAccountsPage *self);
void        csp_accounts_page_set_compact (CspAccountsPage *self,
                                           gboolean         compact);
GListModel *csp_accounts_page_get_model   (CspAccountsPage *self);

CspAccount *csp_accounts_page_get_selected_account (CspAccountsPage *self);

gboolean    csp_accounts_page_get_search_mode  (CspAccountsPage *self);
void        csp_accounts_page_set_search_mode  (CspAccountsPage *self,
                                                gboolean         search_mode);
char       *csp_accounts_page_dup_search_text  (CspAccountsPage *self);
GArray     *csp_accounts_page_dup_filtered_ids (CspAccountsPage *self);
GListModel *csp_accounts_page_get_shown_model  (CspAccountsPage *self);
const CspPortfolioFigures *csp_accounts_page_get_figures (CspAccountsPage *self);
GtkWidget  *csp_accounts_page_get_filters      (CspAccountsPage *self);

G_END_DECLS
