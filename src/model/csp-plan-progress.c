/* csp-plan-progress.c: a success plan and how far along it is
 *
 * Progress is the share of done actions among the plan's actions that
 * were not cancelled: a cancelled action is neither work left nor work
 * done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-plan-progress.h"
#include "csp-success-plan.h"

struct _CspPlanProgress
{
  GObject         parent_instance;

  CspSuccessPlan *plan;
  guint           n_done;
  guint           n_actions; /* not cancelled */
};

G_DEFINE_FINAL_TYPE (CspPlanProgress, csp_plan_progress, G_TYPE_OBJECT)

static void
csp_plan_progress_dispose (GObject *object)
{
  CspPlanProgress *self = CSP_PLAN_PROGRESS (object);

  g_clear_object (&self->plan);

  G_OBJECT_CLASS (csp_plan_progress_parent_class)->dispose (object);
}

static void
csp_plan_progress_class_init (CspPlanProgressClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = csp_plan_progress_dispose;
}

static void
csp_plan_progress_init (CspPlanProgress *self)
{
}

CspPlanProgress *
csp_plan_progress_new (CspSuccessPlan *plan,
                       guint           n_done,
                       guint           n_actions)
{
  CspPlanProgress *self;

  g_return_val_if_fail (CSP_IS_SUCCESS_PLAN (plan), NULL);

  self = g_object_new (CSP_TYPE_PLAN_PROGRESS, NULL);
  self->plan = g_object_ref (plan);
  self->n_done = MIN (n_done, n_actions);
  self->n_actions = n_actions;

  return self;
}

CspSuccessPlan *
csp_plan_progress_get_plan (CspPlanProgress *self)
{
  g_return_val_if_fail (CSP_IS_PLAN_PROGRESS (self), NULL);

  return self->plan;
}

guint
csp_plan_progress_get_n_done (CspPlanProgress *self)
{
  g_return_val_if_fail (CSP_IS_PLAN_PROGRESS (self), 0);

  return self->n_done;
}

guint
csp_plan_progress_get_n_actions (CspPlanProgress *self)
{
  g_return_val_if_fail (CSP_IS_PLAN_PROGRESS (self), 0);

  return self->n_actions;
}

/* 0 to 1; 0 for a plan without actions. */
double
csp_plan_progress_get_fraction (CspPlanProgress *self)
{
  g_return_val_if_fail (CSP_IS_PLAN_PROGRESS (self), 0);

  return self->n_actions > 0 ? (double) self->n_done / self->n_actions : 0;
}
