/* csp-health.c: health score arithmetic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "csp-health.h"

static const struct {
  const char *key;   /* column and setting name */
  const char *label;
  int         default_weight;
} components[CSP_N_COMPONENTS] = {
  { "usage", N_("Product usage"), 25 },
  { "support", N_("Support"), 15 },
  { "satisfaction", N_("Satisfaction (CSAT)"), 15 },
  { "nps", N_("NPS"), 15 },
  { "engagement", N_("Engagement"), 15 },
  { "relationship", N_("Relationship"), 15 },
};

const char *
csp_health_component_key (CspHealthComponent component)
{
  g_return_val_if_fail (component < CSP_N_COMPONENTS, NULL);

  return components[component].key;
}

const char *
csp_health_component_label (CspHealthComponent component)
{
  g_return_val_if_fail (component < CSP_N_COMPONENTS, NULL);

  return _(components[component].label);
}

void
csp_health_weights_init (CspHealthWeights *weights)
{
  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    weights->weight[i] = components[i].default_weight;
}

/* The weighted mean of the components that are set (rounded half up),
 * or CSP_UNSET when none is set or all set ones weigh nothing. */
int
csp_health_weighted_score (const int                values[CSP_N_COMPONENTS],
                           const CspHealthWeights  *weights)
{
  double sum = 0;
  int total_weight = 0;

  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    {
      if (values[i] == CSP_UNSET || weights->weight[i] <= 0)
        continue;
      sum += (double) values[i] * weights->weight[i];
      total_weight += weights->weight[i];
    }

  if (total_weight == 0)
    return CSP_UNSET;

  return (int) floor (sum / total_weight + 0.5);
}

CspHealthBand
csp_health_band_for_score (int score)
{
  if (score >= CSP_HEALTHY_MIN)
    return CSP_HEALTH_HEALTHY;
  if (score >= CSP_WATCH_MIN)
    return CSP_HEALTH_WATCH;
  return CSP_HEALTH_AT_RISK;
}
