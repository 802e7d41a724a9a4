/* csp-store-meetings.c: writes of a meeting's decisions
 *
 * Decisions are ordered by position within their meeting. A decision
 * turned into an action item links both ways: the action's meeting_id
 * is the decision's meeting and the decision's action_id the action;
 * both rows are written in one transaction, so neither exists without
 * the other. Deleting the action later sets decision.action_id to NULL
 * (a foreign key rule of the schema).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-store-meetings.h"
#include "csp-store-records.h"

/* The position after the last of @records (in order of their
 * "position" property): where a new one goes. */
static int
next_position (GListModel *records)
{
  guint n = g_list_model_get_n_items (records);
  g_autoptr(GObject) last = NULL;
  int position;

  if (n == 0)
    return 0;
  last = g_list_model_get_item (records, n - 1);
  g_object_get (last, "position", &position, NULL);
  return position + 1;
}

/* Adds @decision after the last decision of its meeting. */
gboolean
csp_store_append_decision (CspStore     *self,
                           CspDecision  *decision,
                           GError      **error)
{
  g_autoptr(GListModel) decisions = NULL;

  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);
  g_return_val_if_fail (CSP_IS_DECISION (decision), FALSE);

  decisions = csp_store_list_decisions (self, csp_decision_get_meeting_id (decision), error);
  if (decisions == NULL)
    return FALSE;
  csp_decision_set_position (decision, next_position (decisions));
  return csp_store_add_decision (self, decision, error);
}

static gint64
decision_id (GListModel *decisions,
             guint       position)
{
  g_autoptr(CspRecord) record = g_list_model_get_item (decisions, position);

  return csp_record_get_id (record);
}

/* Writes positions 0, 1, 2, … in the order of @order (ids). */
static gboolean
renumber (CspStore    *self,
          GListModel  *decisions,
          GArray      *order,
          GError     **error)
{
  for (guint i = 0; i < order->len; i++)
    for (guint j = 0; j < g_list_model_get_n_items (decisions); j++)
      {
        g_autoptr(CspDecision) decision = g_list_model_get_item (decisions, j);

        if (csp_record_get_id (CSP_RECORD (decision)) != g_array_index (order, gint64, i) ||
            csp_decision_get_position (decision) == (int) i)
          continue;
        csp_decision_set_position (decision, (int) i);
        if (!csp_store_update_decision (self, decision, error))
          return FALSE;
      }
  return TRUE;
}

/* Moves @decision @offset places up (negative) or down its meeting's
 * list, all positions rewritten in one transaction; a move past either
 * end does nothing. @decision's position is set to its new one. */
gboolean
csp_store_move_decision (CspStore     *self,
                         CspDecision  *decision,
                         int           offset,
                         GError      **error)
{
  g_autoptr(GListModel) decisions = NULL;
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id = csp_record_get_id (CSP_RECORD (decision));
  int from = -1, to;

  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);

  if (!csp_store_begin (self, error))
    return FALSE;
  decisions = csp_store_list_decisions (self, csp_decision_get_meeting_id (decision), error);
  for (guint i = 0; decisions != NULL && i < g_list_model_get_n_items (decisions); i++)
    {
      gint64 each = decision_id (decisions, i);

      g_array_append_val (order, each);
      if (each == id)
        from = (int) i;
    }
  to = from + offset;
  if (decisions == NULL || from < 0 || to < 0 || to >= (int) order->len)
    {
      csp_store_rollback (self);
      return decisions != NULL;
    }

  g_array_remove_index (order, from);
  g_array_insert_val (order, to, id);
  if (!renumber (self, decisions, order, error) || !csp_store_commit (self, error))
    {
      csp_store_rollback (self);
      return FALSE;
    }
  csp_decision_set_position (decision, to);
  return TRUE;
}

/* Puts @action after the last action item of its plan. */
static gboolean
place_last (CspStore       *self,
            CspActionItem  *action,
            GError        **error)
{
  g_autoptr(GListModel) actions =
    csp_store_list_action_items (self, csp_action_item_get_plan_id (action), error);

  if (actions == NULL)
    return FALSE;
  csp_action_item_set_position (action, next_position (actions));
  return TRUE;
}

/* Adds @action (its plan, objective, owner and due date set by the
 * caller) as the action item of @decision: the action's meeting is the
 * decision's, and the decision links to the action. All or nothing; on
 * failure both records are as they were. */
gboolean
csp_store_add_action_for_decision (CspStore       *self,
                                   CspDecision    *decision,
                                   CspActionItem  *action,
                                   GError        **error)
{
  gint64 old_action_id = csp_decision_get_action_id (decision);

  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);
  g_return_val_if_fail (CSP_IS_DECISION (decision), FALSE);
  g_return_val_if_fail (CSP_IS_ACTION_ITEM (action), FALSE);

  csp_action_item_set_meeting_id (action, csp_decision_get_meeting_id (decision));
  if (!csp_store_begin (self, error))
    return FALSE;
  if (place_last (self, action, error) && csp_store_add_action_item (self, action, error))
    {
      csp_decision_set_action_id (decision, csp_record_get_id (CSP_RECORD (action)));
      if (csp_store_update_decision (self, decision, error) && csp_store_commit (self, error))
        return TRUE;
    }

  csp_store_rollback (self);
  csp_decision_set_action_id (decision, old_action_id);
  csp_record_set_id (CSP_RECORD (action), 0);
  return FALSE;
}

/* The action items that came out of the meeting @meeting_id (their
 * link to it goes when the meeting is deleted: undo puts it back). */
GListModel *
csp_store_list_meeting_actions (CspStore  *self,
                                gint64     meeting_id,
                                GError   **error)
{
  return csp_store_list (self, CSP_TYPE_ACTION_ITEM, "meeting_id", meeting_id, "position", error);
}
