/* csp-action-group.h: which section of the Plans page an action item is in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"

G_BEGIN_DECLS

/* In the order the Plans page shows them. */
typedef enum {
  CSP_ACTION_GROUP_OVERDUE,
  CSP_ACTION_GROUP_THIS_WEEK,
  CSP_ACTION_GROUP_LATER,
  CSP_ACTION_GROUP_NO_DUE_DATE,
  CSP_ACTION_GROUP_RECENTLY_DONE,
  CSP_N_ACTION_GROUPS,
  CSP_ACTION_GROUP_NONE = CSP_N_ACTION_GROUPS, /* not shown: cancelled, or done long ago */
} CspActionGroup;

/* Done items stay in "Recently done" for this many days, today included. */
#define CSP_RECENTLY_DONE_DAYS 14

CspActionGroup  csp_action_group_for      (CspActionStatus  status,
                                           const char      *due_on,
                                           const char      *completed_on,
                                           const char      *today,
                                           GDateWeekday     first_weekday);
CspActionGroup  csp_action_group_in_week  (CspActionStatus  status,
                                           const char      *due_on,
                                           const char      *completed_on,
                                           const char      *today,
                                           const char      *week_end);
const char     *csp_action_group_label    (CspActionGroup   group);
char           *csp_date_week_end         (const char      *today,
                                           GDateWeekday     first_weekday);
char           *csp_date_local_text       (GDateTime       *time);
GDateWeekday    csp_first_weekday_from_langinfo (guint       week_1stday,
                                                 int         first_weekday);

G_END_DECLS
