/* csp-action-item.c: a task of a success plan, owned by the customer or by us
 *
 * An action may serve an objective and may have come out of a meeting;
 * both links are optional (0) and survive the deletion of either.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-action-item.h"
#include "csp-enum-types.h"
#include "csp-model-error.h"

struct _CspActionItem
{
  CspRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CspActionItem, csp_action_item, CSP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PLAN_ID,
  PROP_OBJECTIVE_ID,
  PROP_MEETING_ID,
  PROP_POSITION,
  PROP_TITLE,
  PROP_OWNER_SIDE,
  PROP_OWNER_NAME,
  PROP_DUE_ON,
  PROP_PRIORITY,
  PROP_STATUS,
  PROP_COMPLETED_ON,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Mirrors the schema's CHECK (status = 'done' OR completed_on IS NULL). */
static gboolean
check_completion (CspActionItem  *self,
                  GError        **error)
{
  const char *completed_on = csp_action_item_get_completed_on (self);

  if (completed_on == NULL || *completed_on == '\0' ||
      csp_action_item_get_status (self) == CSP_ACTION_DONE)
    return TRUE;

  g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID,
               _("completed_on: only an action item that is done has a completion date"));
  return FALSE;
}

static gboolean
csp_action_item_validate (CspRecord  *record,
                          GError    **error)
{
  CspActionItem *self = CSP_ACTION_ITEM (record);

  return csp_check_required ("title", csp_action_item_get_title (self), error) &&
         csp_check_non_negative ("position", csp_action_item_get_position (self), error) &&
         csp_check_date ("due_on", csp_action_item_get_due_on (self), error) &&
         csp_check_date ("completed_on", csp_action_item_get_completed_on (self), error) &&
         check_completion (self, error);
}

static void
csp_action_item_class_init (CspActionItemClass *klass)
{
  CspRecordClass *record_class = CSP_RECORD_CLASS (klass);

  record_class->validate = csp_action_item_validate;

  properties[PROP_PLAN_ID] = csp_param_int64 ("plan-id", 0);
  properties[PROP_OBJECTIVE_ID] = csp_param_int64 ("objective-id", 0);
  properties[PROP_MEETING_ID] = csp_param_int64 ("meeting-id", 0);
  properties[PROP_POSITION] = csp_param_int ("position", 0);
  properties[PROP_TITLE] = csp_param_string ("title", NULL);
  properties[PROP_OWNER_SIDE] = csp_param_enum ("owner-side", CSP_TYPE_SIDE, CSP_SIDE_OURS);
  properties[PROP_OWNER_NAME] = csp_param_string ("owner-name", NULL);
  properties[PROP_DUE_ON] = csp_param_string ("due-on", NULL);
  properties[PROP_PRIORITY] = csp_param_enum ("priority", CSP_TYPE_PRIORITY,
                                              CSP_PRIORITY_NORMAL);
  properties[PROP_STATUS] = csp_param_enum ("status", CSP_TYPE_ACTION_STATUS, CSP_ACTION_OPEN);
  properties[PROP_COMPLETED_ON] = csp_param_string ("completed-on", NULL);
  properties[PROP_NOTES] = csp_param_string ("notes", NULL);

  csp_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
csp_action_item_init (CspActionItem *self)
{
}

CspActionItem *
csp_action_item_new (gint64      plan_id,
                     const char *title)
{
  return g_object_new (CSP_TYPE_ACTION_ITEM,
                       "plan-id", plan_id,
                       "title", title,
                       NULL);
}

CSP_RECORD_DEFINE_INT64 (CspActionItem, csp_action_item, plan_id, PROP_PLAN_ID)
CSP_RECORD_DEFINE_INT64 (CspActionItem, csp_action_item, objective_id, PROP_OBJECTIVE_ID)
CSP_RECORD_DEFINE_INT64 (CspActionItem, csp_action_item, meeting_id, PROP_MEETING_ID)
CSP_RECORD_DEFINE_INT (CspActionItem, csp_action_item, position, PROP_POSITION)
CSP_RECORD_DEFINE_STRING (CspActionItem, csp_action_item, title, PROP_TITLE)
CSP_RECORD_DEFINE_ENUM (CspActionItem, csp_action_item, owner_side, PROP_OWNER_SIDE, CspSide)
CSP_RECORD_DEFINE_STRING (CspActionItem, csp_action_item, owner_name, PROP_OWNER_NAME)
CSP_RECORD_DEFINE_STRING (CspActionItem, csp_action_item, due_on, PROP_DUE_ON)
CSP_RECORD_DEFINE_ENUM (CspActionItem, csp_action_item, priority, PROP_PRIORITY, CspPriority)
CSP_RECORD_DEFINE_ENUM (CspActionItem, csp_action_item, status, PROP_STATUS, CspActionStatus)
CSP_RECORD_DEFINE_STRING (CspActionItem, csp_action_item, completed_on, PROP_COMPLETED_ON)
CSP_RECORD_DEFINE_STRING (CspActionItem, csp_action_item, notes, PROP_NOTES)

/* Done always records the day it was done (the schema refuses a
 * completed_on on any other status); the recovery lists and "recently
 * done" read it. */
void
csp_action_item_mark_done (CspActionItem *self,
                           const char    *today)
{
  g_return_if_fail (CSP_IS_ACTION_ITEM (self));
  g_return_if_fail (today != NULL);

  csp_action_item_set_status (self, CSP_ACTION_DONE);
  csp_action_item_set_completed_on (self, today);
}

/* Back to @status (undo of done, or a deliberate reopen): the
 * completion day goes with it unless @status is done. */
void
csp_action_item_reopen (CspActionItem   *self,
                        CspActionStatus  status)
{
  g_return_if_fail (CSP_IS_ACTION_ITEM (self));

  csp_action_item_set_status (self, status);
  if (status != CSP_ACTION_DONE)
    csp_action_item_set_completed_on (self, NULL);
}
