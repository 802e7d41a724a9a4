/* csp-account-page.h: one account, everything about it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-account-overview.h"
#include "csp-health-chart.h"
#include "csp-new-account-dialog.h"
#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_ACCOUNT_PAGE (csp_account_page_get_type ())

G_DECLARE_FINAL_TYPE (CspAccountPage, csp_account_page, CSP, ACCOUNT_PAGE, AdwBin)

CspStore           *csp_account_page_get_store      (CspAccountPage  *self);
void                csp_account_page_set_store      (CspAccountPage  *self,
                                                     CspStore        *store);
void                csp_account_page_set_today      (CspAccountPage  *self,
                                                     const char      *today);
gint64              csp_account_page_get_account_id (CspAccountPage  *self);
CspAccount         *csp_account_page_get_account    (CspAccountPage  *self);
void                csp_account_page_show_account   (CspAccountPage  *self,
                                                     gint64           account_id);
void                csp_account_page_reload         (CspAccountPage  *self);
gboolean            csp_account_page_get_loading    (CspAccountPage  *self);
CspAccountOverview *csp_account_page_get_overview   (CspAccountPage  *self);
CspHealthChart     *csp_account_page_get_chart      (CspAccountPage  *self);
void                csp_account_page_set_chart_window (CspAccountPage *self,
                                                     CspTrendWindow   window);
gboolean            csp_account_page_save           (CspAccountPage  *self,
                                                     CspRecord       *record,
                                                     GError         **error);

gboolean            csp_account_page_delete         (CspAccountPage  *self,
                                                     GType            type,
                                                     gint64           id,
                                                     GError         **error);
gboolean            csp_account_page_undo_delete    (CspAccountPage  *self,
                                                     GError         **error);

CspNewAccountDialog *csp_account_page_edit_account  (CspAccountPage  *self);
gboolean            csp_account_page_set_archived   (CspAccountPage  *self,
                                                     gboolean         archived,
                                                     GError         **error);
gboolean            csp_account_page_delete_account (CspAccountPage  *self,
                                                     GError         **error);
gboolean            csp_account_page_undo_delete_account (CspAccountPage *self,
                                                     GError         **error);

G_END_DECLS
