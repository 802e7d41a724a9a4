/* csp-store-templates.c: plans made from templates, and templates from plans
 *
 * A template's due dates are offsets in days from the plan's start, so
 * a plan made from it on any start date has the same rhythm; saving a
 * plan as a template turns its dates back into offsets. Everything goes
 * through the typed API, so validation and the "changed" signals are
 * the usual ones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-store-records.h"
#include "csp-store-templates.h"

/* Auxiliary methods */

/* @start plus @days, or NULL when the item has no offset. */
static char *
due_date (const char *start,
          int         days)
{
  return days == CSP_UNSET ? NULL : csp_date_add_days (start, days);
}

static gboolean
add_objectives (CspStore         *self,
                gint64            plan_id,
                const char       *start,
                CspTemplateSpec  *spec,
                GArray           *ids,
                GError          **error)
{
  for (guint i = 0; i < spec->objectives->len; i++)
    {
      CspTemplateObjective *t = g_ptr_array_index (spec->objectives, i);
      g_autoptr(CspObjective) objective = csp_objective_new (plan_id, t->title);
      g_autofree char *due = due_date (start, t->due_days);
      gint64 id;

      csp_objective_set_position (objective, (int) i);
      csp_objective_set_metric (objective, t->metric);
      csp_objective_set_target (objective, t->target);
      csp_objective_set_due_on (objective, due);
      if (!csp_store_add_objective (self, objective, error))
        return FALSE;
      id = csp_record_get_id (CSP_RECORD (objective));
      g_array_append_val (ids, id);
    }
  return TRUE;
}

static gboolean
add_actions (CspStore         *self,
             gint64            plan_id,
             const char       *start,
             CspTemplateSpec  *spec,
             GArray           *objective_ids,
             GError          **error)
{
  for (guint i = 0; i < spec->actions->len; i++)
    {
      CspTemplateAction *t = g_ptr_array_index (spec->actions, i);
      g_autoptr(CspActionItem) action = csp_action_item_new (plan_id, t->title);
      g_autofree char *due = due_date (start, t->due_days);
      int objective = csp_template_spec_find_objective (spec, t->objective);

      csp_action_item_set_position (action, (int) i);
      csp_action_item_set_owner_side (action, t->owner_side);
      csp_action_item_set_priority (action, t->priority);
      csp_action_item_set_due_on (action, due);
      csp_action_item_set_notes (action, t->notes);
      if (objective >= 0)
        csp_action_item_set_objective_id (action, g_array_index (objective_ids, gint64,
                                                                 objective));
      if (!csp_store_add_action_item (self, action, error))
        return FALSE;
    }
  return TRUE;
}

/* The first of the plan's start and all its due dates: offsets count
 * from there, so none is negative. NULL when the plan has no date. */
static char *
earliest_date (CspSuccessPlan *plan,
               GListModel     *objectives,
               GListModel     *actions)
{
  const char *earliest = csp_success_plan_get_start_on (plan);

  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(CspObjective) objective = g_list_model_get_item (objectives, i);
      const char *due = csp_objective_get_due_on (objective);

      if (due != NULL && (earliest == NULL || strcmp (due, earliest) < 0))
        earliest = due;
    }
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CspActionItem) action = g_list_model_get_item (actions, i);
      const char *due = csp_action_item_get_due_on (action);

      if (due != NULL && (earliest == NULL || strcmp (due, earliest) < 0))
        earliest = due;
    }
  return g_strdup (earliest);
}

static int
offset_from (const char *base,
             const char *date)
{
  return base != NULL && date != NULL ? csp_date_days_between (base, date) : CSP_UNSET;
}

/* Objectives get keys by position ("o1", …), which their actions use. */
static void
copy_objectives (CspTemplateSpec *spec,
                 GListModel      *objectives,
                 const char      *base)
{
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(CspObjective) objective = g_list_model_get_item (objectives, i);
      g_autofree char *key = g_strdup_printf ("o%u", i + 1);
      CspTemplateObjective *t =
        csp_template_spec_add_objective (spec, key, csp_objective_get_title (objective));

      t->metric = g_strdup (csp_objective_get_metric (objective));
      t->target = g_strdup (csp_objective_get_target (objective));
      t->due_days = offset_from (base, csp_objective_get_due_on (objective));
    }
}

static const char *
objective_key (CspTemplateSpec *spec,
               GListModel      *objectives,
               gint64           objective_id)
{
  for (guint i = 0; objective_id > 0 && i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(CspObjective) objective = g_list_model_get_item (objectives, i);

      if (csp_record_get_id (CSP_RECORD (objective)) == objective_id)
        return ((CspTemplateObjective *) g_ptr_array_index (spec->objectives, i))->key;
    }
  return NULL;
}

/* Each action as it was planned: its status, completion and meeting
 * belong to that plan, not to the template. */
static void
copy_actions (CspTemplateSpec *spec,
              GListModel      *actions,
              GListModel      *objectives,
              const char      *base)
{
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CspActionItem) action = g_list_model_get_item (actions, i);
      CspTemplateAction *t =
        csp_template_spec_add_action (spec, csp_action_item_get_title (action));
      const char *key = objective_key (spec, objectives,
                                       csp_action_item_get_objective_id (action));

      t->owner_side = csp_action_item_get_owner_side (action);
      t->priority = csp_action_item_get_priority (action);
      t->due_days = offset_from (base, csp_action_item_get_due_on (action));
      t->objective = g_strdup (key);
      t->notes = g_strdup (csp_action_item_get_notes (action));
    }
}

/* Public API */

/* Adds @plan (its account, title and start date set; the target date
 * defaults to the template's duration) with the objectives and actions
 * of @spec, due on the start date plus their offsets, in one
 * transaction: all of it, or nothing on error. */
gboolean
csp_store_add_plan_from_template (CspStore         *self,
                                  CspSuccessPlan   *plan,
                                  CspTemplateSpec  *spec,
                                  GError          **error)
{
  const char *start = csp_success_plan_get_start_on (plan);
  g_autoptr(GArray) objective_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);
  g_return_val_if_fail (CSP_IS_SUCCESS_PLAN (plan), FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  if (!csp_check_required_date ("start_on", start, error) ||
      !csp_template_spec_validate (spec, error))
    return FALSE;
  if (csp_success_plan_get_target_on (plan) == NULL && spec->duration_days != CSP_UNSET)
    {
      g_autofree char *target = csp_date_add_days (start, spec->duration_days);

      csp_success_plan_set_target_on (plan, target);
    }
  csp_success_plan_set_template_key (plan, spec->key);

  if (!csp_store_begin (self, error))
    return FALSE;
  if (!csp_store_add_success_plan (self, plan, error) ||
      !add_objectives (self, csp_record_get_id (CSP_RECORD (plan)), start, spec,
                       objective_ids, error) ||
      !add_actions (self, csp_record_get_id (CSP_RECORD (plan)), start, spec,
                    objective_ids, error) ||
      !csp_store_commit (self, error))
    {
      csp_store_rollback (self);
      csp_record_set_id (CSP_RECORD (plan), 0);
      return FALSE;
    }
  return TRUE;
}

/* The plan @plan_id as a template named @name with @key: its objectives
 * and actions in order, due dates as days from the plan's start (or
 * from its earliest due date, when that comes first), its desired
 * outcome and length, and the lifecycle stage of its account. */
CspTemplateSpec *
csp_store_plan_to_template (CspStore    *self,
                            gint64       plan_id,
                            const char  *key,
                            const char  *name,
                            GError     **error)
{
  g_autoptr(CspSuccessPlan) plan = NULL;
  g_autoptr(CspAccount) account = NULL;
  g_autoptr(GListModel) objectives = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(CspTemplateSpec) spec = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (CSP_IS_STORE (self), NULL);

  if (!(plan = csp_store_get_success_plan (self, plan_id, error)) ||
      !(account = csp_store_get_account (self, csp_success_plan_get_account_id (plan), error)) ||
      !(objectives = csp_store_list_objectives (self, plan_id, error)) ||
      !(actions = csp_store_list_action_items (self, plan_id, error)))
    return NULL;

  spec = csp_template_spec_new (key, name);
  spec->stage = csp_account_get_lifecycle_stage (account);
  spec->outcome = g_strdup (csp_success_plan_get_desired_outcome (plan));
  base = earliest_date (plan, objectives, actions);
  spec->duration_days = offset_from (base, csp_success_plan_get_target_on (plan));
  if (spec->duration_days < 0)
    spec->duration_days = CSP_UNSET;
  copy_objectives (spec, objectives, base);
  copy_actions (spec, actions, objectives, base);
  return g_steal_pointer (&spec);
}
