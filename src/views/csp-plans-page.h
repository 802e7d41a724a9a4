/* csp-plans-page.h: every account's action items, grouped by when due
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_PLANS_PAGE (csp_plans_page_get_type ())

G_DECLARE_FINAL_TYPE (CspPlansPage, csp_plans_page, CSP, PLANS_PAGE, AdwBin)

CspStore   *csp_plans_page_get_store      (CspPlansPage *self);
void        csp_plans_page_set_store      (CspPlansPage *self,
                                           CspStore     *store);
void        csp_plans_page_set_today      (CspPlansPage *self,
                                           const char   *today);
void        csp_plans_page_reload         (CspPlansPage *self);
gboolean    csp_plans_page_get_loading    (CspPlansPage *self);
void        csp_plans_page_set_compact    (CspPlansPage *self,
                                           gboolean      compact);
GListModel *csp_plans_page_get_model      (CspPlansPage *self);
GListModel *csp_plans_page_get_progress   (CspPlansPage *self);

void        csp_plans_page_show_account   (CspPlansPage *self,
                                           gint64        account_id,
                                           const char   *account_name);
gint64      csp_plans_page_get_account_id (CspPlansPage *self);
void        csp_plans_page_focus_search   (CspPlansPage *self);
gboolean    csp_plans_page_undo           (CspPlansPage  *self,
                                           GError       **error);

G_END_DECLS
