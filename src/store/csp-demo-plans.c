/* csp-demo-plans.c: success plans of a sample account
 *
 * Success plans: one per account after its stage and health, sometimes
 * with an earlier completed onboarding plan or a draft for what is next.
 * What happened to each action is decided first, so that objectives
 * can report the progress of their actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-demo-private.h"

typedef struct
{
  CspActionStatus  status;
  guint32          due;
  guint32          completed; /* 0 unless done */
} ActionState;

typedef struct
{
  CspDemoPlanKind  kind;
  CspPlanStatus    status;
  gint64           id;
  guint32          start;
  guint32          target;
  guint32          completed;
  ActionState     *actions;
} PlanState;

static CspActionStatus
active_action_status (Demo    *demo,
                      Sample  *sample,
                      guint32  due)
{
  /* Weights of open, in progress, blocked, done, cancelled. */
  static const int soon[] = { 35, 35, 10, 20, 0 };
  static const int later[] = { 70, 15, 5, 10, 0 };
  static const int overdue_ok[] = { 7, 5, 10, 75, 3 };
  static const int overdue_struggling[] = { 18, 14, 15, 50, 3 };

  if (due < demo->today)
    return (CspActionStatus) pick_weighted (demo, is_struggling (sample) ? overdue_struggling
                                                                         : overdue_ok, 5);
  return (CspActionStatus) pick_weighted (demo, due <= demo->today + 14 ? soon : later, 5);
}

static void
decide_action (Demo                *demo,
               Sample              *sample,
               const PlanState     *plan,
               const CspDemoAction *template,
               ActionState         *action)
{
  guint32 last = plan->status == CSP_PLAN_COMPLETED ? plan->completed : demo->today;

  action->due = plan->start + (guint32) template->due_days;
  switch (plan->status)
    {
    case CSP_PLAN_COMPLETED:
      action->status = chance (demo, 0.05) ? CSP_ACTION_CANCELLED : CSP_ACTION_DONE;
      break;
    case CSP_PLAN_CANCELLED:
      action->status = action->due + 10 < sample->churned && chance (demo, 0.6)
                       ? CSP_ACTION_DONE : CSP_ACTION_CANCELLED;
      last = sample->churned;
      break;
    case CSP_PLAN_DRAFT:
      action->status = CSP_ACTION_OPEN;
      break;
    case CSP_PLAN_ACTIVE:
    default:
      action->status = active_action_status (demo, sample, action->due);
      break;
    }

  /* Done around the due day: some early, some a little late. */
  action->completed = action->status != CSP_ACTION_DONE ? 0
                      : clamp_day (action->due + (guint32) rand_int (demo, -7, 5), plan->start, last);
}

static char *
objective_value (int                     value,
                 const CspDemoObjective *objective,
                 CspDemoLanguage         lang)
{
  return g_strdup_printf ("%d%s", value, text (&objective->unit, lang));
}

static CspObjectiveStatus
objective_status (Demo            *demo,
                  Sample          *sample,
                  const PlanState *plan,
                  guint32          due,
                  double           done)
{
  switch (plan->status)
    {
    case CSP_PLAN_DRAFT:
      return CSP_OBJECTIVE_NOT_STARTED;
    case CSP_PLAN_COMPLETED:
      return CSP_OBJECTIVE_ACHIEVED;
    case CSP_PLAN_CANCELLED:
      return CSP_OBJECTIVE_MISSED;
    case CSP_PLAN_ACTIVE:
    default:
      if (done >= 1.0)
        return CSP_OBJECTIVE_ACHIEVED;
      if (due < demo->today)
        return CSP_OBJECTIVE_MISSED;
      if (done == 0 && plan->start + 14 > demo->today)
        return CSP_OBJECTIVE_NOT_STARTED;
      if (is_struggling (sample) || (due < demo->today + 21 && done < 0.5))
        return CSP_OBJECTIVE_AT_RISK;
      return CSP_OBJECTIVE_ON_TRACK;
    }
}

/* The share of the objective's actions that are done. */
static double
objective_progress (const PlanState *plan,
                    guint            objective)
{
  const CspDemoPlanTemplate *template = &csp_demo_plans[plan->kind];
  guint n = 0, n_done = 0;

  for (guint i = 0; i < template->n_actions; i++)
    if (template->actions[i].objective == (int) objective)
      {
        n++;
        n_done += plan->actions[i].status == CSP_ACTION_DONE;
      }

  return plan->status == CSP_PLAN_COMPLETED ? 1.0 : n ? (double) n_done / n : 0.0;
}

static gboolean
add_objective (Demo             *demo,
               Sample           *sample,
               const PlanState  *plan,
               guint             position,
               gint64           *id,
               GError          **error)
{
  const CspDemoObjective *template = &csp_demo_plans[plan->kind].objectives[position];
  g_autoptr(CspObjective) objective = g_object_new (CSP_TYPE_OBJECTIVE, NULL);
  g_autofree char *baseline = objective_value (template->baseline, template, sample->lang);
  g_autofree char *target = objective_value (template->target, template, sample->lang);
  g_autofree char *current = NULL;
  guint32 due = plan->start + (guint32) template->due_days;
  double done = objective_progress (plan, position);
  CspObjectiveStatus status = objective_status (demo, sample, plan, due, done);
  DayText day;

  if (status != CSP_OBJECTIVE_NOT_STARTED)
    /* Truncated: the target is reached only when every action is done. */
    current = objective_value (template->baseline +
                               (int) ((template->target - template->baseline) * done),
                               template, sample->lang);
  format_day (due, day);
  csp_objective_set_plan_id (objective, plan->id);
  csp_objective_set_position (objective, (int) position);
  csp_objective_set_title (objective, text (&template->title, sample->lang));
  csp_objective_set_metric (objective, text (&template->metric, sample->lang));
  csp_objective_set_baseline (objective, baseline);
  csp_objective_set_target (objective, target);
  csp_objective_set_current (objective, current);
  csp_objective_set_due_on (objective, day);
  csp_objective_set_status (objective, status);

  if (!csp_store_add_objective (demo->store, objective, error))
    return FALSE;

  *id = csp_record_get_id (CSP_RECORD (objective));
  return TRUE;
}

static const char *
action_owner (Demo    *demo,
              Sample  *sample,
              CspSide  side)
{
  if (side == CSP_SIDE_CUSTOMER)
    return chance (demo, 0.7)
           ? find_person (sample, CSP_LEVEL_PROJECT_LEAD)->name
           : g_array_index (sample->people, Person, pick (demo, sample->people->len)).name;

  if (chance (demo, 0.7))
    return sample->csm;
  return pick_colleague (demo, sample->lang, chance (demo, 0.7) ? CSP_COUNTERPART_SUPPORT_TEAM
                                                                : CSP_COUNTERPART_EXECUTIVE_SPONSOR);
}

static const char *
action_notes (Demo              *demo,
              Sample            *sample,
              const ActionState *state)
{
  if (state->status == CSP_ACTION_BLOCKED)
    return text (&csp_demo_blocked_reasons[pick (demo, csp_demo_n_blocked_reasons)], sample->lang);
  if (state->status == CSP_ACTION_DONE && chance (demo, 0.15))
    return text (&csp_demo_done_notes[pick (demo, csp_demo_n_done_notes)], sample->lang);
  return NULL;
}

/* A held meeting where the action was agreed: the latest one between
 * the plan's start and the action's due day, if any. */
static HeldMeeting *
originating_meeting (Sample          *sample,
                     const PlanState *plan,
                     guint32          due)
{
  HeldMeeting *found = NULL;

  for (guint i = 0; i < sample->meetings->len; i++)
    {
      HeldMeeting *meeting = &g_array_index (sample->meetings, HeldMeeting, i);

      if (meeting->day + 14 >= plan->start && meeting->day < due &&
          (found == NULL || meeting->day > found->day))
        found = meeting;
    }

  return found;
}

static void
fill_action (Demo                *demo,
             Sample              *sample,
             const PlanState     *plan,
             guint                position,
             CspActionItem       *action)
{
  const CspDemoAction *template = &csp_demo_plans[plan->kind].actions[position];
  const ActionState *state = &plan->actions[position];
  DayText day;

  csp_action_item_set_plan_id (action, plan->id);
  csp_action_item_set_position (action, (int) position);
  csp_action_item_set_title (action, text (&template->title, sample->lang));
  csp_action_item_set_owner_side (action, template->side);
  csp_action_item_set_owner_name (action, action_owner (demo, sample, template->side));
  format_day (state->due, day);
  csp_action_item_set_due_on (action, day);
  csp_action_item_set_priority (action, template->priority);
  csp_action_item_set_status (action, state->status);
  if (state->completed != 0)
    {
      format_day (state->completed, day);
      csp_action_item_set_completed_on (action, day);
    }
  csp_action_item_set_notes (action, action_notes (demo, sample, state));
}

static gboolean
add_action (Demo             *demo,
            Sample           *sample,
            const PlanState  *plan,
            guint             position,
            const gint64     *objective_ids,
            GError          **error)
{
  const CspDemoAction *template = &csp_demo_plans[plan->kind].actions[position];
  g_autoptr(CspActionItem) action = g_object_new (CSP_TYPE_ACTION_ITEM, NULL);
  HeldMeeting *meeting = NULL;
  g_autofree char *decision = NULL;

  fill_action (demo, sample, plan, position, action);
  if (template->objective >= 0)
    csp_action_item_set_objective_id (action, objective_ids[template->objective]);
  if (plan->status != CSP_PLAN_DRAFT && chance (demo, 0.25))
    meeting = originating_meeting (sample, plan, plan->actions[position].due);
  if (meeting != NULL)
    csp_action_item_set_meeting_id (action, meeting->id);

  if (!csp_store_add_action_item (demo->store, action, error))
    return FALSE;
  if (meeting == NULL)
    return TRUE;

  decision = g_strconcat (text (&csp_demo_linked_decision[0], sample->lang),
                          text (&template->title, sample->lang),
                          text (&csp_demo_linked_decision[1], sample->lang), NULL);
  return _csp_demo_add_decision (demo, meeting, csp_record_get_id (CSP_RECORD (action)), decision, error);
}

static gboolean
add_plan_record (Demo       *demo,
                 Sample     *sample,
                 PlanState  *plan,
                 GError    **error)
{
  const CspDemoPlanTemplate *template = &csp_demo_plans[plan->kind];
  g_autoptr(CspSuccessPlan) record = g_object_new (CSP_TYPE_SUCCESS_PLAN, NULL);
  DayText day;

  csp_success_plan_set_account_id (record, sample->id);
  csp_success_plan_set_title (record, text (&template->title, sample->lang));
  csp_success_plan_set_desired_outcome (record, text (&template->outcome, sample->lang));
  csp_success_plan_set_status (record, plan->status);
  format_day (plan->start, day);
  csp_success_plan_set_start_on (record, day);
  format_day (plan->target, day);
  csp_success_plan_set_target_on (record, day);
  if (plan->status == CSP_PLAN_COMPLETED)
    {
      format_day (plan->completed, day);
      csp_success_plan_set_completed_on (record, day);
    }
  csp_success_plan_set_template_key (record, template->key);

  if (!csp_store_add_success_plan (demo->store, record, error))
    return FALSE;

  plan->id = csp_record_get_id (CSP_RECORD (record));
  return TRUE;
}

static gboolean
add_plan (Demo            *demo,
          Sample          *sample,
          CspDemoPlanKind  kind,
          guint32          start,
          CspPlanStatus    status,
          GError         **error)
{
  const CspDemoPlanTemplate *template = &csp_demo_plans[kind];
  g_autofree ActionState *actions = g_new0 (ActionState, template->n_actions);
  g_autofree gint64 *objective_ids = g_new0 (gint64, template->n_objectives);
  PlanState plan = { kind, status, 0, start, start + (guint32) template->length_days, 0, actions };

  if (status == CSP_PLAN_COMPLETED)
    plan.completed = clamp_day (plan.target + (guint32) rand_int (demo, -5, 10), start, demo->today);
  for (guint i = 0; i < template->n_actions; i++)
    decide_action (demo, sample, &plan, &template->actions[i], &actions[i]);

  if (!add_plan_record (demo, sample, &plan, error))
    return FALSE;
  for (guint i = 0; i < template->n_objectives; i++)
    if (!add_objective (demo, sample, &plan, i, &objective_ids[i], error))
      return FALSE;
  for (guint i = 0; i < template->n_actions; i++)
    if (!add_action (demo, sample, &plan, i, objective_ids, error))
      return FALSE;

  return TRUE;
}

static CspDemoPlanKind
plan_kind_for_stage (Demo   *demo,
                     Sample *sample)
{
  switch (sample->stage)
    {
    case CSP_LIFECYCLE_NEW:
    case CSP_LIFECYCLE_ONBOARDING:
      return CSP_DEMO_PLAN_ONBOARDING;
    case CSP_LIFECYCLE_EXPANSION:
      return CSP_DEMO_PLAN_EXPANSION;
    case CSP_LIFECYCLE_RENEWAL:
      return CSP_DEMO_PLAN_RENEWAL;
    case CSP_LIFECYCLE_ADVOCACY:
      return chance (demo, 0.5) ? CSP_DEMO_PLAN_EXPANSION : CSP_DEMO_PLAN_ADOPTION;
    case CSP_LIFECYCLE_GROWTH:
    case CSP_LIFECYCLE_CHURNED:
    default:
      return CSP_DEMO_PLAN_ADOPTION;
    }
}

static guint32
stage_plan_start (Demo            *demo,
                  Sample          *sample,
                  CspDemoPlanKind  kind)
{
  guint32 start;

  if (kind == CSP_DEMO_PLAN_ONBOARDING)
    start = sample->since + (guint32) rand_int (demo, 0, 5);
  else if (kind == CSP_DEMO_PLAN_RENEWAL)
    start = MIN (sample->renewal - 95, demo->today - 3);
  else
    start = demo->today - (guint32) rand_int (demo, 10, 100);

  return MAX (start, sample->since);
}

/* What the account works on now: its stage's plan, or a recovery plan
 * while its health falls (cancelled when it churned all the same). */
static gboolean
add_main_plan (Demo    *demo,
               Sample  *sample,
               GError **error)
{
  CspDemoPlanKind kind = plan_kind_for_stage (demo, sample);

  if (sample->churned != 0)
    return add_plan (demo, sample, CSP_DEMO_PLAN_RECOVERY,
                     sample->churned - (guint32) rand_int (demo, 40, 80), CSP_PLAN_CANCELLED, error);
  if (sample->trend == TREND_DECLINE)
    return add_plan (demo, sample, CSP_DEMO_PLAN_RECOVERY,
                     demo->today - (guint32) rand_int (demo, 7, 35), CSP_PLAN_ACTIVE, error);

  return add_plan (demo, sample, kind, stage_plan_start (demo, sample, kind), CSP_PLAN_ACTIVE, error);
}

/* The recovery plan of an account that became healthy again. It began
 * as the health turned, so its actions came before the recovery: what
 * the app's "which actions came before it" looks for. */
static gboolean
add_recovery_plan (Demo    *demo,
                   Sample  *sample,
                   GError **error)
{
  int length = csp_demo_plans[CSP_DEMO_PLAN_RECOVERY].length_days;
  guint32 start = MAX (sample->turn - (guint32) rand_int (demo, 0, 14), sample->since);

  return add_plan (demo, sample, CSP_DEMO_PLAN_RECOVERY, start,
                   start + (guint32) length + 20 < demo->today ? CSP_PLAN_COMPLETED
                                                               : CSP_PLAN_ACTIVE,
                   error);
}

gboolean
_csp_demo_add_plans (Demo    *demo,
                     Sample  *sample,
                     GError **error)
{
  gboolean established = sample->since + 200 < demo->today &&
                         sample->stage != CSP_LIFECYCLE_NEW &&
                         sample->stage != CSP_LIFECYCLE_ONBOARDING;

  if (!add_main_plan (demo, sample, error))
    return FALSE;

  if (sample->trend == TREND_RECOVERY)
    return add_recovery_plan (demo, sample, error);

  if (established && chance (demo, 0.5))
    return add_plan (demo, sample, CSP_DEMO_PLAN_ONBOARDING,
                     sample->since + (guint32) rand_int (demo, 0, 5), CSP_PLAN_COMPLETED, error);

  /* A draft for what comes next. */
  if (sample->churned == 0 && chance (demo, 0.4))
    return add_plan (demo, sample,
                     sample->renewal < demo->today + 200 && sample->stage != CSP_LIFECYCLE_RENEWAL
                     ? CSP_DEMO_PLAN_RENEWAL : CSP_DEMO_PLAN_EXPANSION,
                     demo->today + (guint32) rand_int (demo, 14, 60), CSP_PLAN_DRAFT, error);

  return TRUE;
}
