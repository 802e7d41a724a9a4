/* test-new-plan.c: plans from templates and templates from plans, under Xvfb
 *
 * The New Plan dialog opened through win.new-plan suggests the built-in
 * template of the account's stage, previews what a template creates,
 * refuses a start date that is no date, and creates the plan with its
 * objectives and actions in the store. "Save as Template" on that plan
 * adds a user template, which the Preferences list, rename and delete
 * with undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "csp-new-plan-dialog.h"
#include "csp-store-records.h"
#include "csp-template-name-dialog.h"
#include "csp-template-preview.h"
#include "csp-templates-group.h"
#include "csp-test-ui.h"
#include "csp-test-util.h"
#include "csp-window.h"

typedef struct
{
  CspTestFolder folder;
  CspStore     *store;
  CspWindow    *window;
  gint64        account_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CspAccount) account = csp_account_new ("Initech");

  csp_test_folder_set_up (&fixture->folder, data);
  fixture->store = csp_test_open_store (fixture->folder.db);
  csp_account_set_lifecycle_stage (account, CSP_LIFECYCLE_RENEWAL);
  g_assert_true (csp_store_add_account (fixture->store, account, NULL));
  fixture->account_id = csp_record_get_id (CSP_RECORD (account));
  fixture->window = csp_test_show_window (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  csp_test_close_window (GTK_WINDOW (g_steal_pointer (&fixture->window)));
  g_clear_object (&fixture->store);
  csp_test_folder_tear_down (&fixture->folder, data);
}

/* Helpers */

static gboolean
no_new_plan_dialog (gpointer data)
{
  return csp_test_find_toplevel (CSP_TYPE_NEW_PLAN_DIALOG) == NULL;
}

static CspNewPlanDialog *
open_dialog (Fixture *fixture)
{
  CspNewPlanDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-plan", "x",
                                             fixture->account_id));
  dialog = csp_test_find_toplevel (CSP_TYPE_NEW_PLAN_DIALOG);
  g_assert_nonnull (dialog);
  csp_test_wait_for_frame (GTK_WIDGET (dialog));
  return dialog;
}

static GtkEditable *
row (gpointer    dialog,
     const char *title)
{
  GtkWidget *found = csp_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (found);
  return GTK_EDITABLE (found);
}

static GListModel *
plans (Fixture *fixture)
{
  return csp_store_list_success_plans (fixture->store, fixture->account_id, NULL);
}

/* Tests */

static void
test_from_template (Fixture       *fixture,
                    gconstpointer  data)
{
  CspNewPlanDialog *dialog = open_dialog (fixture);
  CspTemplatePreview *preview;
  g_autoptr(GListModel) created = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GListModel) objectives = NULL;
  g_autoptr(CspSuccessPlan) plan = NULL;
  g_autoptr(CspActionItem) first = NULL;

  /* The account is up for renewal: that template comes first. */
  g_assert_cmpstr (csp_new_plan_dialog_get_template_key (dialog), ==, "renewal");
  preview = CSP_TEMPLATE_PREVIEW (csp_test_find_widget (GTK_WIDGET (dialog),
                                                        CSP_TYPE_TEMPLATE_PREVIEW, NULL));
  g_assert_cmpuint (csp_template_preview_get_n_rows (preview), ==, 3);

  g_assert_true (csp_new_plan_dialog_select_template (dialog, "onboarding"));
  g_assert_cmpstr (gtk_editable_get_text (row (dialog, "Title")), ==, "Onboarding and first value");
  g_assert_nonnull (csp_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_EXPANDER_ROW,
                                          "Users trained"));

  /* No such day: refused, with the reason beside the field. */
  gtk_editable_set_text (row (dialog, "Start Date (YYYY-MM-DD)"), "2026-02-30");
  g_assert_false (gtk_widget_is_sensitive (csp_test_find_widget (GTK_WIDGET (dialog),
                                                                 GTK_TYPE_BUTTON, "C_reate")));
  g_assert_false (csp_new_plan_dialog_create (dialog));
  g_assert_nonnull (csp_test_find_error (GTK_WIDGET (dialog), "month 2 of 2026 has 28 days"));

  /* A month end: the target follows the start, 90 days later. */
  gtk_editable_set_text (row (dialog, "Start Date (YYYY-MM-DD)"), "2026-01-31");
  g_assert_cmpstr (gtk_editable_get_text (row (dialog, "Target Date (YYYY-MM-DD)")), ==,
                   "2026-05-01");
  g_assert_true (gtk_widget_is_sensitive (csp_test_find_widget (GTK_WIDGET (dialog),
                                                                GTK_TYPE_BUTTON, "C_reate")));
  gtk_editable_set_text (row (dialog, "Title"), "Initech onboarding");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL));
  csp_test_wait_until (no_new_plan_dialog, NULL);

  created = plans (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (created), ==, 1);
  plan = g_list_model_get_item (created, 0);
  g_assert_cmpstr (csp_success_plan_get_title (plan), ==, "Initech onboarding");
  g_assert_cmpstr (csp_success_plan_get_template_key (plan), ==, "onboarding");
  g_assert_cmpstr (csp_success_plan_get_start_on (plan), ==, "2026-01-31");
  g_assert_cmpstr (csp_success_plan_get_target_on (plan), ==, "2026-05-01");
  objectives = csp_store_list_objectives (fixture->store, csp_record_get_id (CSP_RECORD (plan)), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (objectives), ==, 3);
  actions = csp_store_list_action_items (fixture->store, csp_record_get_id (CSP_RECORD (plan)), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 10);
  first = g_list_model_get_item (actions, 0);
  g_assert_cmpstr (csp_action_item_get_title (first), ==,
                   "Check the first milestone with the project lead");
  g_assert_cmpstr (csp_action_item_get_due_on (first), ==, "2026-02-14");
  g_assert_cmpint (csp_action_item_get_objective_id (first), >, 0);
}

static void
test_blank (Fixture       *fixture,
            gconstpointer  data)
{
  CspNewPlanDialog *dialog = open_dialog (fixture);
  g_autoptr(GListModel) created = NULL;
  g_autoptr(CspSuccessPlan) plan = NULL;

  g_assert_true (csp_new_plan_dialog_select_template (dialog, NULL));
  /* Nothing to fill from: the title is the user's to give. */
  g_assert_cmpstr (gtk_editable_get_text (row (dialog, "Title")), ==, "");
  g_assert_false (csp_new_plan_dialog_create (dialog));
  g_assert_nonnull (csp_test_find_error (GTK_WIDGET (dialog), "title"));
  gtk_editable_set_text (row (dialog, "Title"), "Something new");
  g_assert_true (csp_new_plan_dialog_create (dialog));
  csp_test_wait_until (no_new_plan_dialog, NULL);

  created = plans (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (created), ==, 1);
  plan = g_list_model_get_item (created, 0);
  g_assert_null (csp_success_plan_get_template_key (plan));
}

static void
test_save_and_manage (Fixture       *fixture,
                      gconstpointer  data)
{
  CspNewPlanDialog *dialog = open_dialog (fixture);
  CspTemplateNameDialog *name_dialog;
  CspPreferencesWindow *preferences;
  CspTemplatesGroup *group;
  g_autoptr(GListModel) created = NULL;
  g_autoptr(GListModel) templates = NULL;
  g_autoptr(CspSuccessPlan) plan = NULL;
  g_autoptr(CspPlanTemplate) saved = NULL;
  g_autoptr(CspPlanTemplate) renamed = NULL;
  gint64 template_id;

  g_assert_true (csp_new_plan_dialog_create (dialog));
  csp_test_wait_until (no_new_plan_dialog, NULL);
  created = plans (fixture);
  plan = g_list_model_get_item (created, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.save-plan-as-template", "x",
                                             csp_record_get_id (CSP_RECORD (plan))));
  name_dialog = csp_test_find_toplevel (CSP_TYPE_TEMPLATE_NAME_DIALOG);
  g_assert_nonnull (name_dialog);
  g_assert_cmpstr (gtk_editable_get_text (csp_template_name_dialog_get_entry (name_dialog)), ==,
                   "Renewal readiness");
  gtk_editable_set_text (csp_template_name_dialog_get_entry (name_dialog), "");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (name_dialog), "save"));
  gtk_editable_set_text (csp_template_name_dialog_get_entry (name_dialog), "Our renewal");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (name_dialog), "save");
  gtk_window_destroy (GTK_WINDOW (name_dialog));

  templates = csp_store_list_plan_templates (fixture->store, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (templates), ==, 1);
  saved = g_list_model_get_item (templates, 0);
  g_assert_cmpstr (csp_plan_template_get_name (saved), ==, "Our renewal");
  template_id = csp_record_get_id (CSP_RECORD (saved));

  /* Offered in the next New Plan dialog. */
  dialog = open_dialog (fixture);
  g_assert_true (csp_new_plan_dialog_select_template (dialog, csp_plan_template_get_key (saved)));
  gtk_window_close (GTK_WINDOW (dialog));
  csp_test_wait_until (no_new_plan_dialog, NULL);

  preferences = csp_window_show_preferences (fixture->window);
  group = CSP_TEMPLATES_GROUP (csp_test_find_widget (GTK_WIDGET (preferences),
                                                     CSP_TYPE_TEMPLATES_GROUP, NULL));
  g_assert_cmpuint (csp_templates_group_get_n_templates (group), ==, 1);
  g_assert_nonnull (csp_test_find_widget (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, "Our renewal"));

  /* Rename through the dialog the row's button opens. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "templates.rename", "x",
                                             template_id));
  name_dialog = csp_test_find_toplevel (CSP_TYPE_TEMPLATE_NAME_DIALOG);
  gtk_editable_set_text (csp_template_name_dialog_get_entry (name_dialog), "Renewal, our way");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (name_dialog), "save");
  gtk_window_destroy (GTK_WINDOW (name_dialog));
  renamed = csp_store_get_plan_template (fixture->store, template_id, NULL);
  g_assert_cmpstr (csp_plan_template_get_name (renamed), ==, "Renewal, our way");
  g_assert_nonnull (csp_test_find_widget (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW,
                                          "Renewal, our way"));

  /* Delete, then undo: the same row is back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (group), "templates.delete", "x",
                                             template_id));
  g_assert_cmpuint (csp_templates_group_get_n_templates (group), ==, 0);
  g_clear_object (&renamed);
  g_assert_null (csp_store_get_plan_template (fixture->store, template_id, NULL));
  g_assert_true (csp_templates_group_undo_delete (group, NULL));
  g_assert_cmpuint (csp_templates_group_get_n_templates (group), ==, 1);
  renamed = csp_store_get_plan_template (fixture->store, template_id, NULL);
  g_assert_cmpstr (csp_plan_template_get_key (renamed), ==, csp_plan_template_get_key (saved));

  gtk_window_destroy (GTK_WINDOW (preferences));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  csp_test_ui_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/new-plan/from-template", test_from_template);
  ADD ("/new-plan/blank", test_blank);
  ADD ("/new-plan/save-and-manage", test_save_and_manage);
#undef ADD

  return g_test_run ();
}
