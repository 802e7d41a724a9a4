/* csp-meetings-filters.h: the filters of the Meetings tab
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-meeting-filter.h"

G_BEGIN_DECLS

#define CSP_TYPE_MEETINGS_FILTERS (csp_meetings_filters_get_type ())

G_DECLARE_FINAL_TYPE (CspMeetingsFilters, csp_meetings_filters, CSP, MEETINGS_FILTERS, GtkPopover)

GtkWidget  *csp_meetings_filters_new              (void);
void        csp_meetings_filters_apply            (CspMeetingsFilters *self,
                                                   CspMeetingFilter   *filter);
void        csp_meetings_filters_clear            (CspMeetingsFilters *self);
void        csp_meetings_filters_set_accounts     (CspMeetingsFilters *self,
                                                   GListModel         *summaries);
void        csp_meetings_filters_set_account      (CspMeetingsFilters *self,
                                                   gint64              account_id,
                                                   const char         *account_name);
void        csp_meetings_filters_set_kind         (CspMeetingsFilters *self,
                                                   int                 kind);
void        csp_meetings_filters_set_status       (CspMeetingsFilters *self,
                                                   int                 status);
const char *csp_meetings_filters_get_account_name (CspMeetingsFilters *self);

G_END_DECLS
