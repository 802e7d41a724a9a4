/* csp-test-plan.c: what the plan page's widget tests share
 *
 * A demo portfolio pinned to one day, a plan of it worth looking at,
 * opening that plan as a user does (its account from the Accounts
 * table, then the plan from the account page), and finding its rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-account-page.h"
#include "csp-accounts-page.h"
#include "csp-plan-rows.h"
#include "csp-store-records.h"
#include "csp-test-plan.h"

/* A demo portfolio of a dozen accounts, as on CSP_TEST_PLAN_TODAY. */
void
csp_plan_fixture_set_up (CspPlanFixture *fixture,
                         gconstpointer   data)
{
  csp_test_folder_set_up (&fixture->folder, data);
  fixture->store = csp_test_open_demo (fixture->folder.db, 12, 20, 7, CSP_TEST_PLAN_TODAY);
}

void
csp_plan_fixture_tear_down (CspPlanFixture *fixture,
                            gconstpointer   data)
{
  g_clear_object (&fixture->store);
  csp_test_folder_tear_down (&fixture->folder, data);
}

/* How many of the CspActionItems @actions are open. */
guint
csp_test_count_open (GListModel *actions)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CspActionItem) action = g_list_model_get_item (actions, i);

      n += csp_action_item_get_status (action) == CSP_ACTION_OPEN;
    }
  return n;
}

/* A plan of the demo with at least two open actions, and the objectives
 * and actions that make a page worth looking at. */
CspSuccessPlan *
csp_test_find_plan (CspStore *store)
{
  g_autoptr(GListModel) accounts = csp_store_list_accounts (store, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (accounts); i++)
    {
      g_autoptr(CspRecord) account = g_list_model_get_item (accounts, i);
      g_autoptr(GListModel) plans =
        csp_store_list_success_plans (store, csp_record_get_id (account), NULL);

      for (guint j = 0; j < g_list_model_get_n_items (plans); j++)
        {
          g_autoptr(CspSuccessPlan) plan = g_list_model_get_item (plans, j);
          g_autoptr(GListModel) actions =
            csp_store_list_action_items (store, csp_record_get_id (CSP_RECORD (plan)), NULL);

          if (csp_test_count_open (actions) >= 2 && g_list_model_get_n_items (actions) >= 4)
            return g_steal_pointer (&plan);
        }
    }

  g_assert_not_reached ();
}

gboolean
csp_test_account_read (gpointer data)
{
  CspAccountPage *page = data;

  return !csp_account_page_get_loading (page) && csp_account_page_get_overview (page) != NULL;
}

typedef struct
{
  CspPlanPage *page;
  gint64       plan_id;
} PlanShown;

static gboolean
plan_shown (gpointer data)
{
  PlanShown *shown = data;
  CspSuccessPlan *plan = csp_plan_page_get_plan (shown->page);

  return gtk_widget_get_mapped (GTK_WIDGET (shown->page)) && plan != NULL &&
         csp_record_get_id (CSP_RECORD (plan)) == shown->plan_id;
}

/* Opens the account of @plan from the Accounts table, then @plan from
 * the account page's plans section, as a user would. */
CspPlanPage *
csp_test_open_plan (CspWindow      *window,
           CspSuccessPlan *plan,
           CspStore       *store)
{
  GtkWidget *accounts = csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNTS_PAGE, NULL);
  GtkWidget *account_page = csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNT_PAGE,
                                                  NULL);
  GtkWidget *page = csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_PLAN_PAGE, NULL);
  g_autoptr(CspAccount) account =
    csp_store_get_account (store, csp_success_plan_get_account_id (plan), NULL);
  PlanShown shown = { CSP_PLAN_PAGE (page), csp_record_get_id (CSP_RECORD (plan)) };
  GtkWidget *row;

  csp_plan_page_set_today (CSP_PLAN_PAGE (page), CSP_TEST_PLAN_TODAY);
  csp_account_page_set_today (CSP_ACCOUNT_PAGE (account_page), CSP_TEST_PLAN_TODAY);
  g_signal_emit_by_name (accounts, "account-activated", account);
  csp_test_wait_until (csp_test_account_read, account_page);
  csp_test_wait_for_frame (account_page);

  row = csp_test_find_widget (account_page, ADW_TYPE_ACTION_ROW,
                              csp_success_plan_get_title (plan));
  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_signal_emit_by_name (row, "activate");
  csp_test_wait_until (plan_shown, &shown);
  csp_test_wait_for_frame (page);
  return CSP_PLAN_PAGE (page);
}

static gboolean
match_record (GtkWidget     *widget,
              gconstpointer  data)
{
  CspRecord *record = GTK_IS_LIST_BOX_ROW (widget) ? csp_plan_row_get_record (widget) : NULL;

  return record != NULL && csp_record_get_id (record) == *(const gint64 *) data &&
         CSP_IS_ACTION_ITEM (record);
}

/* The row of the action @id as the page shows it now. */
GtkWidget *
csp_test_action_row (CspPlanPage *page,
            gint64       id)
{
  return csp_test_find (GTK_WIDGET (page), match_record, &id);
}

void
csp_test_click_undo (CspWindow *window)
{
  GtkWidget *undo = csp_test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Undo");

  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
}

gboolean
csp_test_page_shows_plan (gpointer data)
{
  CspPlanPage *page = data;

  return gtk_widget_get_mapped (GTK_WIDGET (page)) && csp_plan_page_get_plan (page) != NULL;
}

/* The Add Action form with a due date that is not one. */
GtkWidget *
csp_test_show_action_form (CspPlanPage *page)
{
  GtkWidget *dialog;
  GtkWidget *row;

  gtk_widget_activate_action (GTK_WIDGET (page), "plan.add-action", NULL);
  dialog = csp_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  row = csp_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, NULL);
  gtk_editable_set_text (GTK_EDITABLE (row), "Send the renewal quote");
  /* Title, owner side, owner name, due date. */
  row = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (
    row)));
  gtk_editable_set_text (GTK_EDITABLE (row), "2026-02-30");
  csp_test_wait_for_frame (dialog);
  return dialog;
}
