/* csp-accounts-filters.h: the filters of the Accounts table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-account-summary.h"

G_BEGIN_DECLS

#define CSP_TYPE_ACCOUNTS_FILTERS (csp_accounts_filters_get_type ())

G_DECLARE_FINAL_TYPE (CspAccountsFilters, csp_accounts_filters, CSP, ACCOUNTS_FILTERS, GtkPopover)

GtkWidget *csp_accounts_filters_new          (void);
gboolean   csp_accounts_filters_match        (CspAccountsFilters *self,
                                              CspAccountSummary  *summary);
guint      csp_accounts_filters_get_n_active (CspAccountsFilters *self);
void       csp_accounts_filters_clear        (CspAccountsFilters *self);
void       csp_accounts_filters_set_csms     (CspAccountsFilters *self,
                                              GListModel         *summaries);

G_END_DECLS
