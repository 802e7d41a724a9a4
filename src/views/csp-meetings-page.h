/* csp-meetings-page.h: the meetings with every account
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-list-page.h"

#include "csp-meetings-filters.h"
#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_MEETINGS_PAGE (csp_meetings_page_get_type ())

G_DECLARE_FINAL_TYPE (CspMeetingsPage, csp_meetings_page, CSP, MEETINGS_PAGE, CspListPage)

CspStore   *csp_meetings_page_get_store   (CspMeetingsPage *self);
void        csp_meetings_page_set_store   (CspMeetingsPage *self,
                                           CspStore        *store);
void        csp_meetings_page_reload      (CspMeetingsPage *self);
gboolean    csp_meetings_page_get_loading (CspMeetingsPage *self);
void        csp_meetings_page_set_compact (CspMeetingsPage *self,
                                           gboolean         compact);
GListModel *csp_meetings_page_get_model   (CspMeetingsPage *self);

void        csp_meetings_page_show_account   (CspMeetingsPage *self,
                                              gint64           account_id,
                                              const char      *account_name);
gint64      csp_meetings_page_get_account_id (CspMeetingsPage *self);
void        csp_meetings_page_set_past       (CspMeetingsPage *self,
                                              gboolean         past);
gboolean    csp_meetings_page_get_past       (CspMeetingsPage *self);
CspMeetingsFilters *csp_meetings_page_get_filters (CspMeetingsPage *self);

G_END_DECLS
