/* csp-health-snapshot.h: an account's health on one day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-health.h"
#include "csp-record.h"

G_BEGIN_DECLS

#define CSP_TYPE_HEALTH_SNAPSHOT (csp_health_snapshot_get_type ())

G_DECLARE_FINAL_TYPE (CspHealthSnapshot, csp_health_snapshot, CSP, HEALTH_SNAPSHOT, CspRecord)

CspHealthSnapshot *csp_health_snapshot_new                 (gint64                  account_id,
                                                            const char             *taken_on);
gint64             csp_health_snapshot_get_account_id      (CspHealthSnapshot      *self);
void               csp_health_snapshot_set_account_id      (CspHealthSnapshot      *self,
                                                            gint64                  value);
const char        *csp_health_snapshot_get_taken_on        (CspHealthSnapshot      *self);
void               csp_health_snapshot_set_taken_on        (CspHealthSnapshot      *self,
                                                            const char             *value);
int                csp_health_snapshot_get_score           (CspHealthSnapshot      *self);
void               csp_health_snapshot_set_score           (CspHealthSnapshot      *self,
                                                            int                     value);
int                csp_health_snapshot_get_usage           (CspHealthSnapshot      *self);
void               csp_health_snapshot_set_usage           (CspHealthSnapshot      *self,
                                                            int                     value);
int                csp_health_snapshot_get_support         (CspHealthSnapshot      *self);
void               csp_health_snapshot_set_support         (CspHealthSnapshot      *self,
                                                            int                     value);
int                csp_health_snapshot_get_satisfaction    (CspHealthSnapshot      *self);
void               csp_health_snapshot_set_satisfaction    (CspHealthSnapshot      *self,
                                                            int                     value);
int                csp_health_snapshot_get_nps             (CspHealthSnapshot      *self);
void               csp_health_snapshot_set_nps             (CspHealthSnapshot      *self,
                                                            int                     value);
int                csp_health_snapshot_get_engagement      (CspHealthSnapshot      *self);
void               csp_health_snapshot_set_engagement      (CspHealthSnapshot      *self,
                                                            int                     value);
int                csp_health_snapshot_get_relationship    (CspHealthSnapshot      *self);
void               csp_health_snapshot_set_relationship    (CspHealthSnapshot      *self,
                                                            int                     value);
int                csp_health_snapshot_get_component       (CspHealthSnapshot      *self,
                                                            CspHealthComponent      component);
void               csp_health_snapshot_set_component       (CspHealthSnapshot      *self,
                                                            CspHealthComponent      component,
                                                            int                     value);
void               csp_health_snapshot_get_components      (CspHealthSnapshot      *self,
                                                            int                     components[CSP_N_COMPONENTS]);
gboolean           csp_health_snapshot_has_components      (CspHealthSnapshot      *self);
int                csp_health_snapshot_get_effective_score (CspHealthSnapshot      *self,
                                                            const CspHealthWeights *weights);

G_END_DECLS
