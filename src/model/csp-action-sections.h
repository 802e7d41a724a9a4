/* csp-action-sections.h: the Plans page's sections as one flat list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "csp-action-filter.h"

G_BEGIN_DECLS

GPtrArray *csp_action_sections_build (GListModel            *summaries,
                                      const CspActionFilter *filter,
                                      const char            *today,
                                      GDateWeekday           first_weekday,
                                      GPtrArray             *matched);
void       csp_action_sections_diff  (GListModel            *shown,
                                      GPtrArray             *entries,
                                      guint                 *start,
                                      guint                 *n_removed,
                                      guint                 *n_added);

G_END_DECLS
