/* csp-store-account-view.h: what the account page reads, one query each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-account-overview.h"
#include "csp-store.h"

G_BEGIN_DECLS

/* What csp_store_query_account_overview() reads. */
typedef struct
{
  gint64 account_id;
  char   today[11]; /* YYYY-MM-DD: overdue actions, upcoming meetings */
} CspAccountViewQuery;

GListModel         *csp_store_list_stakeholder_contacts (CspStore    *self,
                                                         gint64       account_id,
                                                         GError     **error);
GListModel         *csp_store_list_account_risks        (CspStore    *self,
                                                         gint64       account_id,
                                                         GError     **error);
GListModel         *csp_store_list_account_timeline     (CspStore    *self,
                                                         gint64       account_id,
                                                         GListModel  *snapshots,
                                                         const CspHealthWeights *weights,
                                                         GError     **error);
GListModel         *csp_store_list_plan_progress        (CspStore    *self,
                                                         gint64       account_id,
                                                         GError     **error);
GListModel         *csp_store_list_account_open_actions (CspStore    *self,
                                                         CspAccount  *account,
                                                         const char  *today,
                                                         GError     **error);
CspAccountOverview *csp_store_read_account_overview     (CspStore    *self,
                                                         gint64       account_id,
                                                         const char  *today,
                                                         GError     **error);
GListModel         *csp_store_query_account_overview    (CspStore    *self,
                                                         gpointer     query,
                                                         GError     **error);

G_END_DECLS
