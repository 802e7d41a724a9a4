/* csp-template-spec.h: what a plan template creates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"

G_BEGIN_DECLS

/* An objective of a template. @due_days counts from the plan's start;
 * CSP_UNSET (-1) means no due date. */
typedef struct
{
  char *key;      /* how the template's actions refer to it */
  char *title;
  char *metric;   /* optional */
  char *target;   /* optional */
  int   due_days;
} CspTemplateObjective;

/* An action item of a template, optionally under one of its objectives. */
typedef struct
{
  char        *title;
  CspSide      owner_side;
  CspPriority  priority;
  int          due_days;   /* from the plan's start, or CSP_UNSET */
  char        *objective;  /* the key of its objective, or NULL */
  char        *notes;      /* optional */
} CspTemplateAction;

/* A template as read from a built-in XML file or a user template's JSON
 * body: the plan's defaults, its objectives and its actions in order. */
typedef struct
{
  char              *key;
  char              *name;
  CspLifecycleStage  stage;
  char              *description;   /* optional */
  char              *outcome;       /* the plan's desired outcome; optional */
  int                duration_days; /* start to target date, or CSP_UNSET */
  gboolean           builtin;
  gint64             record_id;     /* the plan_template row of a user template */
  GPtrArray         *objectives;    /* of CspTemplateObjective */
  GPtrArray         *actions;       /* of CspTemplateAction */
} CspTemplateSpec;

#define CSP_TYPE_TEMPLATE_SPEC (csp_template_spec_get_type ())

GType                 csp_template_spec_get_type       (void) G_GNUC_CONST;
CspTemplateSpec      *csp_template_spec_new            (const char       *key,
                                                        const char       *name);
CspTemplateSpec      *csp_template_spec_ref            (CspTemplateSpec  *self);
void                  csp_template_spec_unref          (CspTemplateSpec  *self);

CspTemplateObjective *csp_template_spec_add_objective  (CspTemplateSpec  *self,
                                                        const char       *key,
                                                        const char       *title);
CspTemplateAction    *csp_template_spec_add_action     (CspTemplateSpec  *self,
                                                        const char       *title);
int                   csp_template_spec_find_objective (CspTemplateSpec  *self,
                                                        const char       *key);
gboolean              csp_template_spec_validate       (CspTemplateSpec  *self,
                                                        GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CspTemplateSpec, csp_template_spec_unref)

G_END_DECLS
