/* csp-health-chart.h: an account's health over time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "csp-health-trend.h"

G_BEGIN_DECLS

#define CSP_TYPE_HEALTH_CHART (csp_health_chart_get_type ())

G_DECLARE_FINAL_TYPE (CspHealthChart, csp_health_chart, CSP, HEALTH_CHART, GtkWidget)

GtkWidget      *csp_health_chart_new                   (void);
void            csp_health_chart_set_snapshots         (CspHealthChart         *self,
                                                        GListModel             *snapshots,
                                                        const CspHealthWeights *weights);
CspTrendWindow  csp_health_chart_get_window            (CspHealthChart         *self);
void            csp_health_chart_set_window            (CspHealthChart         *self,
                                                        CspTrendWindow          window);
guint           csp_health_chart_get_components        (CspHealthChart         *self);
void            csp_health_chart_set_components        (CspHealthChart         *self,
                                                        guint                   mask);
guint           csp_health_chart_get_n_points          (CspHealthChart         *self);
int             csp_health_chart_get_selected          (CspHealthChart         *self);
void            csp_health_chart_select                (CspHealthChart         *self,
                                                        int                     index);
const char     *csp_health_chart_get_point_date        (CspHealthChart         *self,
                                                        int                     index);
const GdkRGBA  *csp_health_chart_component_color       (CspHealthComponent      component);

G_END_DECLS
