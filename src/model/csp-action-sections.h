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

gboolean   csp_action_sections_same_entry    (gpointer     a,
                                             gpointer     b);
gboolean   csp_action_sections_find_move     (GListModel *shown,
                                             GPtrArray  *entries,
                                             guint       start,
                                             guint       n,
                                             guint      *from,
                                             guint      *to);
gboolean   csp_action_sections_stale_heading (gpointer     old,
                                             gpointer     entry);

G_END_DECLS
