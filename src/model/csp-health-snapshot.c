/* csp-health-snapshot.c: an account's health on one day
 *
 * A snapshot has an overall score, component scores, or both. When
 * only components were measured, the score shown is their weighted
 * mean under the weights of the database, which the model does not
 * know: callers pass them to csp_health_snapshot_get_effective_score().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-health-snapshot.h"
#include "csp-enum-types.h"
#include "csp-model-error.h"

struct _CspHealthSnapshot
{
  CspRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CspHealthSnapshot, csp_health_snapshot, CSP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ACCOUNT_ID,
  PROP_TAKEN_ON,
  PROP_SCORE,
  PROP_USAGE,
  PROP_SUPPORT,
  PROP_SATISFACTION,
  PROP_NPS,
  PROP_ENGAGEMENT,
  PROP_RELATIONSHIP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The component properties follow the order of CspHealthComponent. */
G_STATIC_ASSERT (PROP_SUPPORT - PROP_USAGE == CSP_COMPONENT_SUPPORT);
G_STATIC_ASSERT (PROP_RELATIONSHIP - PROP_USAGE == CSP_COMPONENT_RELATIONSHIP);

static gboolean
check_components (CspHealthSnapshot  *self,
                  GError            **error)
{
  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    if (!csp_check_score (csp_health_component_key (i),
                          csp_health_snapshot_get_component (self, i), TRUE, error))
      return FALSE;

  return TRUE;
}

/* The schema refuses a snapshot without any number; say so first. */
static gboolean
check_has_score (CspHealthSnapshot  *self,
                 GError            **error)
{
  if (csp_health_snapshot_get_score (self) != CSP_UNSET ||
      csp_health_snapshot_has_components (self))
    return TRUE;

  g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_REQUIRED,
               _("score: a health snapshot needs a score or at least one component score"));
  return FALSE;
}

static gboolean
csp_health_snapshot_validate (CspRecord  *record,
                              GError    **error)
{
  CspHealthSnapshot *self = CSP_HEALTH_SNAPSHOT (record);

  return csp_check_required_date ("taken_on", csp_health_snapshot_get_taken_on (self), error) &&
         csp_check_score ("score", csp_health_snapshot_get_score (self), TRUE, error) &&
         check_components (self, error) &&
         check_has_score (self, error);
}

static void
csp_health_snapshot_class_init (CspHealthSnapshotClass *klass)
{
  CspRecordClass *record_class = CSP_RECORD_CLASS (klass);

  record_class->validate = csp_health_snapshot_validate;

  properties[PROP_ACCOUNT_ID] = csp_param_int64 ("account-id", 0);
  properties[PROP_TAKEN_ON] = csp_param_string ("taken-on", NULL);
  properties[PROP_SCORE] = csp_param_int ("score", CSP_UNSET);
  properties[PROP_USAGE] = csp_param_int ("usage", CSP_UNSET);
  properties[PROP_SUPPORT] = csp_param_int ("support", CSP_UNSET);
  properties[PROP_SATISFACTION] = csp_param_int ("satisfaction", CSP_UNSET);
  properties[PROP_NPS] = csp_param_int ("nps", CSP_UNSET);
  properties[PROP_ENGAGEMENT] = csp_param_int ("engagement", CSP_UNSET);
  properties[PROP_RELATIONSHIP] = csp_param_int ("relationship", CSP_UNSET);

  csp_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
csp_health_snapshot_init (CspHealthSnapshot *self)
{
}

CspHealthSnapshot *
csp_health_snapshot_new (gint64      account_id,
                         const char *taken_on)
{
  return g_object_new (CSP_TYPE_HEALTH_SNAPSHOT,
                       "account-id", account_id,
                       "taken-on", taken_on,
                       NULL);
}

CSP_RECORD_DEFINE_INT64 (CspHealthSnapshot, csp_health_snapshot, account_id, PROP_ACCOUNT_ID)
CSP_RECORD_DEFINE_STRING (CspHealthSnapshot, csp_health_snapshot, taken_on, PROP_TAKEN_ON)
CSP_RECORD_DEFINE_INT (CspHealthSnapshot, csp_health_snapshot, score, PROP_SCORE)
CSP_RECORD_DEFINE_INT (CspHealthSnapshot, csp_health_snapshot, usage, PROP_USAGE)
CSP_RECORD_DEFINE_INT (CspHealthSnapshot, csp_health_snapshot, support, PROP_SUPPORT)
CSP_RECORD_DEFINE_INT (CspHealthSnapshot, csp_health_snapshot, satisfaction, PROP_SATISFACTION)
CSP_RECORD_DEFINE_INT (CspHealthSnapshot, csp_health_snapshot, nps, PROP_NPS)
CSP_RECORD_DEFINE_INT (CspHealthSnapshot, csp_health_snapshot, engagement, PROP_ENGAGEMENT)
CSP_RECORD_DEFINE_INT (CspHealthSnapshot, csp_health_snapshot, relationship, PROP_RELATIONSHIP)

int
csp_health_snapshot_get_component (CspHealthSnapshot  *self,
                                   CspHealthComponent  component)
{
  g_return_val_if_fail (CSP_IS_HEALTH_SNAPSHOT (self), CSP_UNSET);
  g_return_val_if_fail (component < CSP_N_COMPONENTS, CSP_UNSET);

  return csp_record_peek_int (CSP_RECORD (self), properties[PROP_USAGE + component]);
}

void
csp_health_snapshot_set_component (CspHealthSnapshot  *self,
                                   CspHealthComponent  component,
                                   int                 value)
{
  g_return_if_fail (CSP_IS_HEALTH_SNAPSHOT (self));
  g_return_if_fail (component < CSP_N_COMPONENTS);

  csp_record_set_int (CSP_RECORD (self), properties[PROP_USAGE + component], value);
}

/* Fills @components with the six component scores (CSP_UNSET where
 * not measured), in the order of CspHealthComponent. */
void
csp_health_snapshot_get_components (CspHealthSnapshot *self,
                                    int                components[CSP_N_COMPONENTS])
{
  g_return_if_fail (CSP_IS_HEALTH_SNAPSHOT (self));

  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    components[i] = csp_health_snapshot_get_component (self, i);
}

gboolean
csp_health_snapshot_has_components (CspHealthSnapshot *self)
{
  g_return_val_if_fail (CSP_IS_HEALTH_SNAPSHOT (self), FALSE);

  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    if (csp_health_snapshot_get_component (self, i) != CSP_UNSET)
      return TRUE;

  return FALSE;
}

/* The score to show: the snapshot's own, else the weighted mean of its
 * components under @weights (the default weights when NULL), exactly
 * what the store's health_score view computes. CSP_UNSET when neither
 * gives a number. */
int
csp_health_snapshot_get_effective_score (CspHealthSnapshot      *self,
                                         const CspHealthWeights *weights)
{
  int components[CSP_N_COMPONENTS];
  CspHealthWeights defaults;

  g_return_val_if_fail (CSP_IS_HEALTH_SNAPSHOT (self), CSP_UNSET);

  if (csp_health_snapshot_get_score (self) != CSP_UNSET)
    return csp_health_snapshot_get_score (self);

  if (weights == NULL)
    {
      csp_health_weights_init (&defaults);
      weights = &defaults;
    }

  csp_health_snapshot_get_components (self, components);
  return csp_health_weighted_score (components, weights);
}
