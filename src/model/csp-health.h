/* csp-health.h: health score arithmetic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-model-types.h"

G_BEGIN_DECLS

typedef enum {
  CSP_COMPONENT_USAGE,
  CSP_COMPONENT_SUPPORT,
  CSP_COMPONENT_SATISFACTION,
  CSP_COMPONENT_NPS,
  CSP_COMPONENT_ENGAGEMENT,
  CSP_COMPONENT_RELATIONSHIP,
  CSP_N_COMPONENTS
} CspHealthComponent;

#define CSP_HEALTHY_MIN 70
#define CSP_WATCH_MIN   40

/* Relative weights of the six components; they need not sum to 100. */
typedef struct
{
  int weight[CSP_N_COMPONENTS];
} CspHealthWeights;

const char   *csp_health_component_key    (CspHealthComponent       component);
const char   *csp_health_component_label  (CspHealthComponent       component);
void          csp_health_weights_init     (CspHealthWeights        *weights);
int           csp_health_weighted_score   (const int                components[CSP_N_COMPONENTS],
                                           const CspHealthWeights  *weights);
CspHealthBand csp_health_band_for_score   (int                      score);

G_END_DECLS
