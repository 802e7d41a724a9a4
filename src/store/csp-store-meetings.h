/* csp-store-meetings.h: writes of a meeting's decisions, and its actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-store.h"

G_BEGIN_DECLS

gboolean csp_store_append_decision          (CspStore       *self,
                                             CspDecision    *decision,
                                             GError        **error);
gboolean csp_store_move_decision            (CspStore       *self,
                                             CspDecision    *decision,
                                             int             offset,
                                             GError        **error);
gboolean csp_store_add_action_for_decision  (CspStore       *self,
                                             CspDecision    *decision,
                                             CspActionItem  *action,
                                             GError        **error);

GListModel *csp_store_list_meeting_actions   (CspStore       *self,
                                             gint64          meeting_id,
                                             GError        **error);

G_END_DECLS
