/* csp-objective.h: a measurable outcome of a success plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-record.h"

G_BEGIN_DECLS

#define CSP_TYPE_OBJECTIVE (csp_objective_get_type ())

G_DECLARE_FINAL_TYPE (CspObjective, csp_objective, CSP, OBJECTIVE, CspRecord)

CspObjective       *csp_objective_new          (gint64              plan_id,
                                                const char         *title);
gint64              csp_objective_get_plan_id  (CspObjective       *self);
void                csp_objective_set_plan_id  (CspObjective       *self,
                                                gint64              value);
int                 csp_objective_get_position (CspObjective       *self);
void                csp_objective_set_position (CspObjective       *self,
                                                int                 value);
const char         *csp_objective_get_title    (CspObjective       *self);
void                csp_objective_set_title    (CspObjective       *self,
                                                const char         *value);
const char         *csp_objective_get_metric   (CspObjective       *self);
void                csp_objective_set_metric   (CspObjective       *self,
                                                const char         *value);
const char         *csp_objective_get_baseline (CspObjective       *self);
void                csp_objective_set_baseline (CspObjective       *self,
                                                const char         *value);
const char         *csp_objective_get_target   (CspObjective       *self);
void                csp_objective_set_target   (CspObjective       *self,
                                                const char         *value);
const char         *csp_objective_get_current  (CspObjective       *self);
void                csp_objective_set_current  (CspObjective       *self,
                                                const char         *value);
const char         *csp_objective_get_due_on   (CspObjective       *self);
void                csp_objective_set_due_on   (CspObjective       *self,
                                                const char         *value);
CspObjectiveStatus  csp_objective_get_status   (CspObjective       *self);
void                csp_objective_set_status   (CspObjective       *self,
                                                CspObjectiveStatus  value);

G_END_DECLS
