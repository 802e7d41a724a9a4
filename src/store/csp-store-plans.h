/* csp-store-plans.h: a success plan's ordered objectives and actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-store.h"

G_BEGIN_DECLS

gboolean    csp_store_append_objective          (CspStore       *self,
                                                 CspObjective   *objective,
                                                 GError        **error);
gboolean    csp_store_append_action             (CspStore       *self,
                                                 CspActionItem  *action,
                                                 GError        **error);
gboolean    csp_store_move_objective            (CspStore       *self,
                                                 gint64          objective_id,
                                                 guint           position,
                                                 GError        **error);
gboolean    csp_store_move_action               (CspStore       *self,
                                                 gint64          action_id,
                                                 guint           position,
                                                 GError        **error);
gboolean    csp_store_complete_plan             (CspStore       *self,
                                                 gint64          plan_id,
                                                 const char     *today,
                                                 gboolean        cancel_remaining,
                                                 GError        **error);
GListModel *csp_store_list_objective_actions    (CspStore       *self,
                                                 gint64          objective_id,
                                                 GError        **error);
GListModel *csp_store_list_action_decisions     (CspStore       *self,
                                                 gint64          action_id,
                                                 GError        **error);
gboolean    csp_store_restore_records           (CspStore       *self,
                                                 GPtrArray      *inserts,
                                                 GPtrArray      *updates,
                                                 GError        **error);

G_END_DECLS
