/* csp-brief-decision.c: a decision with the state of its action
 *
 * A decision may have produced an action item. When that action was
 * deleted, the decision's action_id went NULL with it (ON DELETE SET
 * NULL), so the decision has no action: the brief says so rather than
 * showing a stale status.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-action-item.h"
#include "csp-brief-decision.h"
#include "csp-decision.h"

struct _CspBriefDecision
{
  GObject        parent_instance;

  CspDecision   *decision;
  CspActionItem *action; /* NULL: none, or it was deleted */
};

G_DEFINE_FINAL_TYPE (CspBriefDecision, csp_brief_decision, G_TYPE_OBJECT)

static void
csp_brief_decision_dispose (GObject *object)
{
  CspBriefDecision *self = CSP_BRIEF_DECISION (object);

  g_clear_object (&self->decision);
  g_clear_object (&self->action);

  G_OBJECT_CLASS (csp_brief_decision_parent_class)->dispose (object);
}

static void
csp_brief_decision_class_init (CspBriefDecisionClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = csp_brief_decision_dispose;
}

static void
csp_brief_decision_init (CspBriefDecision *self)
{
}

CspBriefDecision *
csp_brief_decision_new (CspDecision   *decision,
                        CspActionItem *action)
{
  CspBriefDecision *self;

  g_return_val_if_fail (CSP_IS_DECISION (decision), NULL);
  g_return_val_if_fail (action == NULL || CSP_IS_ACTION_ITEM (action), NULL);

  self = g_object_new (CSP_TYPE_BRIEF_DECISION, NULL);
  self->decision = g_object_ref (decision);
  self->action = action ? g_object_ref (action) : NULL;

  return self;
}

CspDecision *
csp_brief_decision_get_decision (CspBriefDecision *self)
{
  g_return_val_if_fail (CSP_IS_BRIEF_DECISION (self), NULL);

  return self->decision;
}

/* The action the decision produced, or NULL. */
CspActionItem *
csp_brief_decision_get_action (CspBriefDecision *self)
{
  g_return_val_if_fail (CSP_IS_BRIEF_DECISION (self), NULL);

  return self->action;
}

/* The action's status as of @date: one done after that day was still
 * open then. Only for a decision with an action. */
CspActionStatus
csp_brief_decision_get_status_on (CspBriefDecision *self,
                                  const char       *date)
{
  CspActionStatus status;
  const char *completed_on;

  g_return_val_if_fail (CSP_IS_BRIEF_DECISION (self), CSP_ACTION_OPEN);
  g_return_val_if_fail (self->action != NULL, CSP_ACTION_OPEN);

  status = csp_action_item_get_status (self->action);
  completed_on = csp_action_item_get_completed_on (self->action);
  if (status == CSP_ACTION_DONE && completed_on != NULL && date != NULL &&
      g_strcmp0 (completed_on, date) > 0)
    return CSP_ACTION_OPEN;
  return status;
}
