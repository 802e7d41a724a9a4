/* csp-plans-page.h: the open action items across accounts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-list-page.h"

#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_PLANS_PAGE (csp_plans_page_get_type ())

G_DECLARE_FINAL_TYPE (CspPlansPage, csp_plans_page, CSP, PLANS_PAGE, CspListPage)

CspStore   *csp_plans_page_get_store   (CspPlansPage *self);
void        csp_plans_page_set_store   (CspPlansPage *self,
                                        CspStore     *store);
void        csp_plans_page_reload      (CspPlansPage *self);
gboolean    csp_plans_page_get_loading (CspPlansPage *self);
void        csp_plans_page_set_compact (CspPlansPage *self,
                                        gboolean      compact);
GListModel *csp_plans_page_get_model   (CspPlansPage *self);

void        csp_plans_page_show_account   (CspPlansPage *self,
                                           gint64        account_id,
                                           const char   *account_name);
gint64      csp_plans_page_get_account_id (CspPlansPage *self);

G_END_DECLS
