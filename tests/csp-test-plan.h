/* csp-test-plan.h: what the plan page's widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-plan-page.h"
#include "csp-test-ui.h"
#include "csp-test-util.h"

G_BEGIN_DECLS

/* The day the demo portfolio and the pages count from. */
#define CSP_TEST_PLAN_TODAY "2026-06-30"

typedef struct
{
  CspTestFolder  folder;
  CspStore      *store;
} CspPlanFixture;

void            csp_plan_fixture_set_up    (CspPlanFixture *fixture,
                                            gconstpointer   data);
void            csp_plan_fixture_tear_down (CspPlanFixture *fixture,
                                            gconstpointer   data);

guint           csp_test_count_open        (GListModel     *actions);
CspSuccessPlan *csp_test_find_plan         (CspStore       *store);
gboolean        csp_test_account_read      (gpointer        account_page);
CspPlanPage    *csp_test_open_plan         (CspWindow      *window,
                                            CspSuccessPlan *plan,
                                            CspStore       *store);
GtkWidget      *csp_test_action_row        (CspPlanPage    *page,
                                            gint64          id);
void            csp_test_click_undo        (CspWindow      *window);
gboolean        csp_test_page_shows_plan   (gpointer        page);
GtkWidget      *csp_test_show_action_form  (CspPlanPage    *page);

G_END_DECLS
