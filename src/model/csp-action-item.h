/* csp-action-item.h: a task of a success plan, owned by the customer or by us
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-record.h"

G_BEGIN_DECLS

#define CSP_TYPE_ACTION_ITEM (csp_action_item_get_type ())

G_DECLARE_FINAL_TYPE (CspActionItem, csp_action_item, CSP, ACTION_ITEM, CspRecord)

CspActionItem   *csp_action_item_new              (gint64           plan_id,
                                                   const char      *title);
gint64           csp_action_item_get_plan_id      (CspActionItem   *self);
void             csp_action_item_set_plan_id      (CspActionItem   *self,
                                                   gint64           value);
gint64           csp_action_item_get_objective_id (CspActionItem   *self);
void             csp_action_item_set_objective_id (CspActionItem   *self,
                                                   gint64           value);
gint64           csp_action_item_get_meeting_id   (CspActionItem   *self);
void             csp_action_item_set_meeting_id   (CspActionItem   *self,
                                                   gint64           value);
int              csp_action_item_get_position     (CspActionItem   *self);
void             csp_action_item_set_position     (CspActionItem   *self,
                                                   int              value);
const char      *csp_action_item_get_title        (CspActionItem   *self);
void             csp_action_item_set_title        (CspActionItem   *self,
                                                   const char      *value);
CspSide          csp_action_item_get_owner_side   (CspActionItem   *self);
void             csp_action_item_set_owner_side   (CspActionItem   *self,
                                                   CspSide          value);
const char      *csp_action_item_get_owner_name   (CspActionItem   *self);
void             csp_action_item_set_owner_name   (CspActionItem   *self,
                                                   const char      *value);
const char      *csp_action_item_get_due_on       (CspActionItem   *self);
void             csp_action_item_set_due_on       (CspActionItem   *self,
                                                   const char      *value);
CspPriority      csp_action_item_get_priority     (CspActionItem   *self);
void             csp_action_item_set_priority     (CspActionItem   *self,
                                                   CspPriority      value);
CspActionStatus  csp_action_item_get_status       (CspActionItem   *self);
void             csp_action_item_set_status       (CspActionItem   *self,
                                                   CspActionStatus  value);
const char      *csp_action_item_get_completed_on (CspActionItem   *self);
void             csp_action_item_set_completed_on (CspActionItem   *self,
                                                   const char      *value);
const char      *csp_action_item_get_notes        (CspActionItem   *self);
void             csp_action_item_set_notes        (CspActionItem   *self,
                                                   const char      *value);

void             csp_action_item_mark_done        (CspActionItem   *self,
                                                   const char      *today);
void             csp_action_item_reopen           (CspActionItem   *self,
                                                   CspActionStatus  status);

G_END_DECLS
