/* csp-template-spec.c: what a plan template creates
 *
 * The description both kinds of template read into: built-in templates
 * from XML in the GResource, user templates from the JSON body of a
 * plan_template row (both readers are in the report layer). The store
 * creates a plan from it, so it lives here, below them all. Validation
 * is shared: every message names the template and the element, so a
 * broken template says exactly where it is broken.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-model-error.h"
#include "csp-model-types.h"
#include "csp-template-spec.h"

G_DEFINE_BOXED_TYPE (CspTemplateSpec, csp_template_spec,
                     csp_template_spec_ref, csp_template_spec_unref)

/* Auxiliary methods */

static void
objective_free (gpointer data)
{
  CspTemplateObjective *objective = data;

  g_free (objective->key);
  g_free (objective->title);
  g_free (objective->metric);
  g_free (objective->target);
  g_free (objective);
}

static void
action_free (gpointer data)
{
  CspTemplateAction *action = data;

  g_free (action->title);
  g_free (action->objective);
  g_free (action->notes);
  g_free (action);
}

static void
spec_clear (gpointer data)
{
  CspTemplateSpec *self = data;

  g_free (self->key);
  g_free (self->name);
  g_free (self->description);
  g_free (self->outcome);
  g_ptr_array_unref (self->objectives);
  g_ptr_array_unref (self->actions);
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* An optional text is either absent or says something. */
static gboolean
check_optional (const char  *key,
                const char  *where,
                const char  *field,
                const char  *value,
                GError     **error)
{
  if (value == NULL || !is_blank (value))
    return TRUE;
  if (where == NULL)
    g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_REQUIRED,
                 /* Translators: template “key”: the name is empty */
                 _("Template “%s”: the %s is empty"), key, field);
  else
    g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_REQUIRED,
                 /* Translators: template “key”, objective 2: the metric is empty */
                 _("Template “%s”, %s: the %s is empty"), key, where, field);
  return FALSE;
}

static gboolean
check_offset (const char  *key,
              const char  *where,
              int          days,
              GError     **error)
{
  if (days >= 0 || days == CSP_UNSET)
    return TRUE;
  g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_OUT_OF_RANGE,
               _("Template “%s”, %s: the due offset %d is before the plan starts"),
               key, where, days);
  return FALSE;
}

static gboolean
validate_objective (CspTemplateSpec       *self,
                    guint                  index,
                    CspTemplateObjective  *objective,
                    GError               **error)
{
  /* Translators: names a part of a template in error messages */
  g_autofree char *where = g_strdup_printf (_("objective %u"), index + 1);

  if (is_blank (objective->title))
    return check_optional (self->key, where, _("title"), "", error);
  g_free (where);
  /* Translators: names a part of a template in error messages */
  where = g_strdup_printf (_("objective %u “%s”"), index + 1, objective->title);
  if (is_blank (objective->key))
    return check_optional (self->key, where, _("key"), "", error);
  if (csp_template_spec_find_objective (self, objective->key) != (int) index)
    {
      g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID,
                   _("Template “%s”, %s: another objective has the key “%s”"),
                   self->key, where, objective->key);
      return FALSE;
    }
  return check_optional (self->key, where, _("metric"), objective->metric, error) &&
         check_optional (self->key, where, _("target"), objective->target, error) &&
         check_offset (self->key, where, objective->due_days, error);
}

static gboolean
validate_action (CspTemplateSpec    *self,
                 guint               index,
                 CspTemplateAction  *action,
                 GError            **error)
{
  /* Translators: names a part of a template in error messages */
  g_autofree char *where = g_strdup_printf (_("action %u"), index + 1);

  if (is_blank (action->title))
    return check_optional (self->key, where, _("title"), "", error);
  g_free (where);
  /* Translators: names a part of a template in error messages */
  where = g_strdup_printf (_("action %u “%s”"), index + 1, action->title);
  if (action->objective != NULL &&
      csp_template_spec_find_objective (self, action->objective) < 0)
    {
      g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID,
                   _("Template “%s”, %s: there is no objective “%s”"),
                   self->key, where, action->objective);
      return FALSE;
    }
  return check_optional (self->key, where, _("notes"), action->notes, error) &&
         check_offset (self->key, where, action->due_days, error);
}

/* Public API */

CspTemplateSpec *
csp_template_spec_new (const char *key,
                       const char *name)
{
  CspTemplateSpec *self = g_atomic_rc_box_new0 (CspTemplateSpec);

  self->key = g_strdup (key);
  self->name = g_strdup (name);
  self->stage = CSP_LIFECYCLE_NEW;
  self->duration_days = CSP_UNSET;
  self->objectives = g_ptr_array_new_with_free_func (objective_free);
  self->actions = g_ptr_array_new_with_free_func (action_free);
  return self;
}

CspTemplateSpec *
csp_template_spec_ref (CspTemplateSpec *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
csp_template_spec_unref (CspTemplateSpec *self)
{
  g_atomic_rc_box_release_full (self, spec_clear);
}

/* Appends an objective without a due date; the caller fills the rest. */
CspTemplateObjective *
csp_template_spec_add_objective (CspTemplateSpec *self,
                                 const char      *key,
                                 const char      *title)
{
  CspTemplateObjective *objective = g_new0 (CspTemplateObjective, 1);

  objective->key = g_strdup (key);
  objective->title = g_strdup (title);
  objective->due_days = CSP_UNSET;
  g_ptr_array_add (self->objectives, objective);
  return objective;
}

/* Appends an action of ours, of normal priority, without a due date or
 * an objective; the caller fills the rest. */
CspTemplateAction *
csp_template_spec_add_action (CspTemplateSpec *self,
                              const char      *title)
{
  CspTemplateAction *action = g_new0 (CspTemplateAction, 1);

  action->title = g_strdup (title);
  action->owner_side = CSP_SIDE_OURS;
  action->priority = CSP_PRIORITY_NORMAL;
  action->due_days = CSP_UNSET;
  g_ptr_array_add (self->actions, action);
  return action;
}

/* The index of the objective with @key, or -1. */
int
csp_template_spec_find_objective (CspTemplateSpec *self,
                                  const char      *key)
{
  for (guint i = 0; key != NULL && i < self->objectives->len; i++)
    {
      CspTemplateObjective *objective = g_ptr_array_index (self->objectives, i);

      if (g_strcmp0 (objective->key, key) == 0)
        return (int) i;
    }
  return -1;
}

/* Checks what the readers cannot: texts present, keys unique and
 * referred to correctly, offsets not before the start. */
gboolean
csp_template_spec_validate (CspTemplateSpec  *self,
                            GError          **error)
{
  const char *key = self->key ? self->key : "";

  if (is_blank (self->key))
    return check_optional (self->name ? self->name : "", NULL, _("key"), "", error);
  if (is_blank (self->name))
    return check_optional (key, NULL, _("name"), "", error);
  if (!check_optional (key, NULL, _("description"), self->description, error) ||
      !check_optional (key, NULL, _("desired outcome"), self->outcome, error) ||
      !check_offset (key, _("duration"), self->duration_days, error))
    return FALSE;

  for (guint i = 0; i < self->objectives->len; i++)
    if (!validate_objective (self, i, g_ptr_array_index (self->objectives, i), error))
      return FALSE;
  for (guint i = 0; i < self->actions->len; i++)
    if (!validate_action (self, i, g_ptr_array_index (self->actions, i), error))
      return FALSE;
  return TRUE;
}
