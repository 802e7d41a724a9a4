/* csp-store-brief.h: the brief of a meeting, read in a few queries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-meeting-brief.h"
#include "csp-store.h"

G_BEGIN_DECLS

/* What csp_store_query_meeting_brief() reads. */
typedef struct
{
  gint64 meeting_id;
} CspMeetingBriefQuery;

CspMeetingBrief *csp_store_meeting_brief       (CspStore  *store,
                                                gint64     meeting_id,
                                                GError   **error);
GListModel      *csp_store_query_meeting_brief (CspStore  *store,
                                                gpointer   query,
                                                GError   **error);

G_END_DECLS
