/* test-templates.c: plan templates, built-in and the user's
 *
 * Every built-in template reads, is valid and is translated; broken
 * templates (XML or JSON) are refused with a message naming the place;
 * a plan made from a template has the due dates start + offset and the
 * template's order, in one transaction; a plan saved as a template makes
 * the same plan again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "csp-store-records.h"
#include "csp-store-templates.h"
#include "csp-template-json.h"
#include "csp-template-library.h"
#include "csp-template-xml.h"
#include "csp-test-util.h"

typedef struct
{
  CspTestFolder folder;
  CspStore     *store;
  gint64        account_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CspAccount) account = csp_account_new ("Contoso");

  csp_test_folder_set_up (&fixture->folder, data);
  fixture->store = csp_test_open_store (fixture->folder.db);
  csp_account_set_lifecycle_stage (account, CSP_LIFECYCLE_GROWTH);
  g_assert_true (csp_store_add_account (fixture->store, account, NULL));
  fixture->account_id = csp_record_get_id (CSP_RECORD (account));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  csp_test_folder_tear_down (&fixture->folder, data);
}

/* Helpers */

static void
assert_text (const char *text)
{
  g_assert_nonnull (text);
  g_assert_cmpstr (g_strstrip (g_strdup (text)), !=, "");
}

static void
assert_builtin (CspTemplateSpec *spec)
{
  assert_text (spec->key);
  assert_text (spec->name);
  assert_text (spec->description);
  assert_text (spec->outcome);
  g_assert_cmpint (spec->duration_days, >, 0);
  g_assert_cmpuint (spec->objectives->len, >, 0);
  g_assert_cmpuint (spec->actions->len, >, 0);

  for (guint i = 0; i < spec->objectives->len; i++)
    {
      CspTemplateObjective *o = g_ptr_array_index (spec->objectives, i);

      assert_text (o->title);
      assert_text (o->metric);
      assert_text (o->target);
      g_assert_cmpint (o->due_days, >=, 0);
      g_assert_cmpint (o->due_days, <=, spec->duration_days);
    }
  for (guint i = 0; i < spec->actions->len; i++)
    {
      CspTemplateAction *a = g_ptr_array_index (spec->actions, i);

      assert_text (a->title);
      g_assert_true (a->owner_side == CSP_SIDE_CUSTOMER || a->owner_side == CSP_SIDE_OURS);
      g_assert_cmpint (a->priority, >=, CSP_PRIORITY_CRITICAL);
      g_assert_cmpint (a->priority, <=, CSP_PRIORITY_LOW);
      g_assert_cmpint (a->due_days, >=, 0);
      g_assert_cmpint (a->due_days, <=, spec->duration_days);
      /* Every built-in action belongs to one of its objectives. */
      g_assert_cmpint (csp_template_spec_find_objective (spec, a->objective), >=, 0);
      if (a->notes != NULL)
        assert_text (a->notes);
    }
}

/* Every text of @spec, in order, for comparing two readings. */
static GPtrArray *
texts (CspTemplateSpec *spec)
{
  GPtrArray *all = g_ptr_array_new ();

  g_ptr_array_add (all, spec->name);
  g_ptr_array_add (all, spec->description);
  g_ptr_array_add (all, spec->outcome);
  for (guint i = 0; i < spec->objectives->len; i++)
    {
      CspTemplateObjective *o = g_ptr_array_index (spec->objectives, i);

      g_ptr_array_add (all, o->title);
      g_ptr_array_add (all, o->metric);
      g_ptr_array_add (all, o->target);
    }
  for (guint i = 0; i < spec->actions->len; i++)
    {
      CspTemplateAction *a = g_ptr_array_index (spec->actions, i);

      g_ptr_array_add (all, a->title);
      if (a->notes)
        g_ptr_array_add (all, a->notes);
    }
  return all;
}

static void
assert_refused_xml (const char *xml,
                    const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspTemplateSpec) spec = csp_template_spec_from_xml (xml, -1, "bad.xml", FALSE, &error);

  g_assert_null (spec);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "bad.xml: "));
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);
}

static void
assert_refused_json (const char *body,
                     const char *expected)
{
  g_autoptr(CspPlanTemplate) record = csp_plan_template_new ("user-x", "Mine");
  g_autoptr(GError) error = NULL;
  g_autoptr(CspTemplateSpec) spec = NULL;

  csp_plan_template_set_body (record, body);
  spec = csp_template_spec_from_record (record, &error);
  g_assert_null (spec);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (strstr (error->message, "“user-x”") != NULL);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);
}

static CspSuccessPlan *
new_plan (Fixture    *fixture,
          const char *start)
{
  CspSuccessPlan *plan = csp_success_plan_new (fixture->account_id, "Plan");

  csp_success_plan_set_start_on (plan, start);
  return plan;
}

static CspTemplateSpec *
builtin (const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_strconcat (key, ".xml", NULL);
  CspTemplateSpec *spec = csp_template_library_read_builtin (file, FALSE, &error);

  g_assert_no_error (error);
  return spec;
}

/* Tests */

static void
test_builtin_valid (void)
{
  g_auto(GStrv) files = csp_template_library_builtin_files ();
  gboolean stages[CSP_LIFECYCLE_CHURNED + 1] = { FALSE, };
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_cmpuint (g_strv_length (files), >=, 5);
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CspTemplateSpec) spec = csp_template_library_read_builtin (files[i], FALSE, &error);

      g_test_message ("%s", files[i]);
      g_assert_no_error (error);
      g_assert_true (spec->builtin);
      assert_builtin (spec);
      g_assert_false (g_str_has_prefix (spec->key, "user-"));
      g_assert_true (g_hash_table_add (keys, g_strdup (spec->key)));
      stages[spec->stage] = TRUE;
    }

  g_assert_true (stages[CSP_LIFECYCLE_NEW]);
  g_assert_true (stages[CSP_LIFECYCLE_ONBOARDING]);
  g_assert_true (stages[CSP_LIFECYCLE_GROWTH]);
  g_assert_true (stages[CSP_LIFECYCLE_EXPANSION]);
  g_assert_true (stages[CSP_LIFECYCLE_RENEWAL]);
}

/* Run in a child with the Chinese catalogue of the build: every text of
 * every built-in template comes out translated, so the strings reached
 * po/ through xgettext and zh_CN.po has them all. */
static void
test_builtin_translated (void)
{
  g_auto(GStrv) files = NULL;

  if (g_test_subprocess ())
    {
      const char *localedir = g_getenv ("CSP_LOCALEDIR");

      g_assert_nonnull (localedir);
      g_setenv ("LANGUAGE", "zh_CN", TRUE);
      setlocale (LC_ALL, "C.UTF-8");
      bindtextdomain (GETTEXT_PACKAGE, localedir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

      files = csp_template_library_builtin_files ();
      for (guint i = 0; files[i] != NULL; i++)
        {
          g_autoptr(CspTemplateSpec) english = csp_template_library_read_builtin (files[i], FALSE, NULL);
          g_autoptr(CspTemplateSpec) chinese = csp_template_library_read_builtin (files[i], TRUE, NULL);
          g_autoptr(GPtrArray) from = texts (english);
          g_autoptr(GPtrArray) to = texts (chinese);

          g_assert_cmpuint (from->len, ==, to->len);
          for (guint j = 0; j < from->len; j++)
            if (g_strcmp0 (from->pdata[j], to->pdata[j]) == 0)
              g_error ("%s: “%s” is not translated into zh_CN", files[i],
                       (char *) from->pdata[j]);
        }
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_builtin_list (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) specs = csp_template_library_list_builtin (&error);

  g_assert_no_error (error);
  for (guint i = 1; i < specs->len; i++)
    g_assert_cmpint (((CspTemplateSpec *) specs->pdata[i - 1])->stage, <=,
                     ((CspTemplateSpec *) specs->pdata[i])->stage);
  g_assert_cmpstr (((CspTemplateSpec *) specs->pdata[0])->key, ==, "new-customer");
}

#define XML_HEAD "<plan-template key=\"t\" stage=\"growth\"><name>T</name>"

static void
test_xml_refused (void)
{
  assert_refused_xml ("", "empty");
  assert_refused_xml ("<plan-template key=\"t\"><name>T</name>", "");
  assert_refused_xml ("<plan-template><name>T</name></plan-template>", "key");
  assert_refused_xml ("<plan-template key=\"t\" stage=\"teen\"><name>T</name></plan-template>",
                      "stage: “teen” is not one of new, onboarding");
  assert_refused_xml (XML_HEAD "<action owner=\"vendor\"><title>A</title></action></plan-template>",
                      "<action>: owner: “vendor” is not one of customer, ours");
  assert_refused_xml (XML_HEAD "<action owner=\"ours\" due=\"-3\"><title>A</title></action></plan-template>",
                      "due “-3” is not a number of days");
  assert_refused_xml (XML_HEAD "<action owner=\"ours\" priority=\"high\"><title>A</title></action></plan-template>",
                      "priority: “high” is not one of critical");
  assert_refused_xml (XML_HEAD "<objective key=\"a\"><title>O</title></objective>"
                      "<action owner=\"ours\" objective=\"b\"><title>Do it</title></action></plan-template>",
                      "Template “t”, action 1 “Do it”: there is no objective “b”");
  assert_refused_xml (XML_HEAD "<objective key=\"a\"><title>O</title></objective>"
                      "<objective key=\"a\"><title>P</title></objective></plan-template>",
                      "objective 2 “P”: another objective has the key “a”");
  assert_refused_xml (XML_HEAD "<objective key=\"a\"><title> </title></objective></plan-template>",
                      "Template “t”, objective 1: the title is empty");
  assert_refused_xml (XML_HEAD "<action owner=\"ours\"><title>A</title><notes></notes></action>"
                      "</plan-template>",
                      "Template “t”, action 1 “A”: the notes is empty");
  assert_refused_xml (XML_HEAD "<action owner=\"ours\"><title>A</title><owner>x</owner></action>"
                      "</plan-template>",
                      "<owner> is not expected inside <action>");
  assert_refused_xml ("<plan-template key=\"t\"></plan-template>", "Template “t”: the name is empty");
  assert_refused_xml (XML_HEAD "<name>U</name></plan-template>", "<name> is given twice");
}

static void
test_xml_read (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspTemplateSpec) spec =
    csp_template_spec_from_xml (XML_HEAD "<objective key=\"a\" due=\"5\"><title>\n  Two\n"
                                "   lines </title></objective>"
                                "<action owner=\"customer\" due=\"0\" priority=\"low\">"
                                "<title>R&amp;D</title></action></plan-template>",
                                -1, "good.xml", FALSE, &error);
  CspTemplateObjective *o;
  CspTemplateAction *a;

  g_assert_no_error (error);
  g_assert_cmpint (spec->stage, ==, CSP_LIFECYCLE_GROWTH);
  g_assert_cmpint (spec->duration_days, ==, CSP_UNSET);
  o = spec->objectives->pdata[0];
  g_assert_cmpstr (o->title, ==, "Two lines");
  g_assert_cmpint (o->due_days, ==, 5);
  a = spec->actions->pdata[0];
  g_assert_cmpstr (a->title, ==, "R&D");
  g_assert_cmpint (a->owner_side, ==, CSP_SIDE_CUSTOMER);
  g_assert_cmpint (a->priority, ==, CSP_PRIORITY_LOW);
  g_assert_cmpint (a->due_days, ==, 0);
  g_assert_null (a->objective);
}

static void
test_json_refused (void)
{
  assert_refused_json ("[1]", "not an object");
  assert_refused_json ("{\"version\": 7}", "version");
  assert_refused_json ("{\"objectives\": 3}", "objectives: not a list");
  assert_refused_json ("{\"actions\": [1]}", "actions[0]: not an object");
  assert_refused_json ("{\"actions\": [{\"title\": \"A\", \"owner_side\": \"vendor\"}]}",
                       "action 1, owner_side: “vendor” is not one of customer, ours");
  assert_refused_json ("{\"actions\": [{\"title\": \"A\", \"due_days\": -2}]}",
                       "action 1, due_days: must be from 0");
  assert_refused_json ("{\"actions\": [{\"title\": \"A\", \"due_days\": \"soon\"}]}",
                       "action 1, due_days: not a whole number");
  assert_refused_json ("{\"actions\": [{\"title\": 4}]}", "action 1, title: not a text");
  assert_refused_json ("{\"actions\": [{\"owner_side\": \"ours\"}]}",
                       "action 1: the title is empty");
  assert_refused_json ("{\"objectives\": [{\"key\": \"k\", \"title\": \"O\"}],"
                       " \"actions\": [{\"title\": \"A\", \"objective\": \"z\"}]}",
                       "action 1 “A”: there is no objective “z”");
}

static void
test_json_round_trip (void)
{
  g_autoptr(CspTemplateSpec) spec = builtin ("renewal");
  g_autofree char *body = csp_template_spec_to_body (spec);
  g_autoptr(CspPlanTemplate) record = csp_plan_template_new (spec->key, spec->name);
  g_autoptr(CspTemplateSpec) back = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GError) error = NULL;

  csp_plan_template_set_body (record, body);
  back = csp_template_spec_from_record (record, &error);
  g_assert_no_error (error);
  g_assert_cmpint (back->duration_days, ==, spec->duration_days);
  g_assert_cmpstr (back->outcome, ==, spec->outcome);
  again = csp_template_spec_to_body (back);
  g_assert_cmpstr (again, ==, body);
}

/* Due dates are the start plus the offsets, across month ends and leap
 * days; positions follow the template; actions sit under their
 * objectives. */
static void
test_instantiate_dates (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(CspTemplateSpec) spec = csp_template_spec_new ("dates", "Dates");
  g_autoptr(CspSuccessPlan) plan = new_plan (fixture, "2028-01-31");
  g_autoptr(GListModel) objectives = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GError) error = NULL;
  static const int offsets[] = { 0, 1, 29, 30, 366 };
  static const char *dues[] = { "2028-01-31", "2028-02-01", "2028-02-29", "2028-03-01", "2029-01-31" };
  CspTemplateObjective *o;
  gint64 plan_id, first_objective;

  spec->duration_days = 29;
  o = csp_template_spec_add_objective (spec, "first", "First");
  o->due_days = 30;
  csp_template_spec_add_objective (spec, "second", "Second");
  for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
    {
      g_autofree char *title = g_strdup_printf ("Action %u", i);
      CspTemplateAction *a = csp_template_spec_add_action (spec, title);

      a->due_days = offsets[i];
      a->objective = g_strdup (i % 2 ? "second" : "first");
    }
  csp_template_spec_add_action (spec, "Whenever");

  g_assert_true (csp_store_add_plan_from_template (fixture->store, plan, spec, &error));
  g_assert_no_error (error);
  plan_id = csp_record_get_id (CSP_RECORD (plan));
  g_assert_cmpint (plan_id, >, 0);

  g_clear_object (&plan);
  plan = csp_store_get_success_plan (fixture->store, plan_id, NULL);
  g_assert_cmpstr (csp_success_plan_get_template_key (plan), ==, "dates");
  g_assert_cmpstr (csp_success_plan_get_target_on (plan), ==, "2028-02-29");

  objectives = csp_store_list_objectives (fixture->store, plan_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (objectives), ==, 2);
  {
    g_autoptr(CspObjective) first = g_list_model_get_item (objectives, 0);
    g_autoptr(CspObjective) second = g_list_model_get_item (objectives, 1);

    g_assert_cmpstr (csp_objective_get_title (first), ==, "First");
    g_assert_cmpint (csp_objective_get_position (first), ==, 0);
    g_assert_cmpstr (csp_objective_get_due_on (first), ==, "2028-03-01");
    g_assert_cmpint (csp_objective_get_position (second), ==, 1);
    g_assert_null (csp_objective_get_due_on (second));
    first_objective = csp_record_get_id (CSP_RECORD (first));
  }

  actions = csp_store_list_action_items (fixture->store, plan_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, G_N_ELEMENTS (offsets) + 1);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CspActionItem) action = g_list_model_get_item (actions, i);

      g_assert_cmpint (csp_action_item_get_position (action), ==, (int) i);
      g_assert_cmpint (csp_action_item_get_status (action), ==, CSP_ACTION_OPEN);
      if (i == G_N_ELEMENTS (offsets))
        {
          g_assert_null (csp_action_item_get_due_on (action));
          g_assert_cmpint (csp_action_item_get_objective_id (action), ==, 0);
          continue;
        }
      g_assert_cmpstr (csp_action_item_get_due_on (action), ==, dues[i]);
      g_assert_cmpint (csp_action_item_get_objective_id (action) == first_objective, ==, i % 2 == 0);
    }
}

/* A refused plan leaves nothing behind, and a bad start date says so. */
static void
test_instantiate_refused (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(CspTemplateSpec) spec = builtin ("onboarding");
  g_autoptr(CspSuccessPlan) plan = new_plan (fixture, "2026-02-30");
  g_autoptr(CspSuccessPlan) orphan = new_plan (fixture, "2026-03-01");
  g_autoptr(GListModel) plans = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (csp_store_add_plan_from_template (fixture->store, plan, spec, &error));
  g_assert_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID_DATE);
  g_assert_true (strstr (error->message, "start_on") != NULL);
  g_clear_error (&error);

  /* No such account: the plan row fails, after the transaction began. */
  csp_success_plan_set_account_id (orphan, fixture->account_id + 100);
  g_assert_false (csp_store_add_plan_from_template (fixture->store, orphan, spec, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (csp_record_get_id (CSP_RECORD (orphan)), ==, 0);

  plans = csp_store_list_success_plans (fixture->store, fixture->account_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 0);
}

static void
assert_same_plans (CspStore *store,
                   gint64    a,
                   gint64    b)
{
  g_autoptr(GListModel) oa = csp_store_list_objectives (store, a, NULL);
  g_autoptr(GListModel) ob = csp_store_list_objectives (store, b, NULL);
  g_autoptr(GListModel) aa = csp_store_list_action_items (store, a, NULL);
  g_autoptr(GListModel) ab = csp_store_list_action_items (store, b, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (oa), ==, g_list_model_get_n_items (ob));
  for (guint i = 0; i < g_list_model_get_n_items (oa); i++)
    {
      g_autoptr(CspObjective) x = g_list_model_get_item (oa, i);
      g_autoptr(CspObjective) y = g_list_model_get_item (ob, i);

      g_assert_cmpstr (csp_objective_get_title (x), ==, csp_objective_get_title (y));
      g_assert_cmpstr (csp_objective_get_metric (x), ==, csp_objective_get_metric (y));
      g_assert_cmpstr (csp_objective_get_target (x), ==, csp_objective_get_target (y));
      g_assert_cmpstr (csp_objective_get_due_on (x), ==, csp_objective_get_due_on (y));
    }
  g_assert_cmpuint (g_list_model_get_n_items (aa), ==, g_list_model_get_n_items (ab));
  for (guint i = 0; i < g_list_model_get_n_items (aa); i++)
    {
      g_autoptr(CspActionItem) x = g_list_model_get_item (aa, i);
      g_autoptr(CspActionItem) y = g_list_model_get_item (ab, i);
      g_autoptr(CspObjective) ox = NULL, oy = NULL;

      g_assert_cmpstr (csp_action_item_get_title (x), ==, csp_action_item_get_title (y));
      g_assert_cmpint (csp_action_item_get_owner_side (x), ==, csp_action_item_get_owner_side (y));
      g_assert_cmpint (csp_action_item_get_priority (x), ==, csp_action_item_get_priority (y));
      g_assert_cmpstr (csp_action_item_get_due_on (x), ==, csp_action_item_get_due_on (y));
      g_assert_cmpstr (csp_action_item_get_notes (x), ==, csp_action_item_get_notes (y));
      g_assert_cmpint (csp_action_item_get_position (y), ==, (int) i);
      g_assert_cmpint (csp_action_item_get_status (y), ==, CSP_ACTION_OPEN);
      if (csp_action_item_get_objective_id (x) == 0)
        {
          g_assert_cmpint (csp_action_item_get_objective_id (y), ==, 0);
          continue;
        }
      ox = csp_store_get_objective (store, csp_action_item_get_objective_id (x), NULL);
      oy = csp_store_get_objective (store, csp_action_item_get_objective_id (y), NULL);
      g_assert_cmpint (csp_objective_get_position (ox), ==, csp_objective_get_position (oy));
    }
}

/* A plan made from a built-in, worked on (an action done, one added
 * without a date, one moved out of its objective), saved as a template
 * and made again from the same start: the same objectives and actions,
 * all open again. */
static void
test_save_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(CspTemplateSpec) spec = builtin ("growth");
  g_autoptr(CspSuccessPlan) plan = new_plan (fixture, "2026-01-15");
  g_autoptr(CspSuccessPlan) again = new_plan (fixture, "2026-01-15");
  g_autoptr(CspPlanTemplate) saved = NULL;
  g_autoptr(CspTemplateSpec) found = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(CspActionItem) done = NULL, moved = NULL;
  g_autoptr(CspActionItem) extra = NULL;
  g_autoptr(GError) error = NULL;
  gint64 plan_id;

  g_assert_true (csp_store_add_plan_from_template (fixture->store, plan, spec, NULL));
  plan_id = csp_record_get_id (CSP_RECORD (plan));
  actions = csp_store_list_action_items (fixture->store, plan_id, NULL);
  done = g_list_model_get_item (actions, 0);
  csp_action_item_mark_done (done, "2026-01-20");
  g_assert_true (csp_store_update_action_item (fixture->store, done, NULL));
  moved = g_list_model_get_item (actions, 1);
  csp_action_item_set_objective_id (moved, 0);
  csp_action_item_set_notes (moved, "Ask the champion first");
  g_assert_true (csp_store_update_action_item (fixture->store, moved, NULL));
  extra = csp_action_item_new (plan_id, "Undated follow-up");
  csp_action_item_set_position (extra, 99);
  csp_action_item_set_owner_side (extra, CSP_SIDE_CUSTOMER);
  g_assert_true (csp_store_add_action_item (fixture->store, extra, NULL));

  saved = csp_template_library_save_plan (fixture->store, plan_id, "  Our growth plan ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (csp_plan_template_get_name (saved), ==, "Our growth plan");
  g_assert_true (g_str_has_prefix (csp_plan_template_get_key (saved), "user-"));
  g_assert_cmpint (csp_plan_template_get_lifecycle_stage (saved), ==, CSP_LIFECYCLE_GROWTH);

  found = csp_template_library_lookup (fixture->store, csp_plan_template_get_key (saved), &error);
  g_assert_no_error (error);
  g_assert_false (found->builtin);
  g_assert_cmpint (found->record_id, ==, csp_record_get_id (CSP_RECORD (saved)));
  g_assert_cmpint (found->duration_days, ==, spec->duration_days);
  g_assert_true (csp_store_add_plan_from_template (fixture->store, again, found, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (csp_success_plan_get_target_on (again), ==,
                   csp_success_plan_get_target_on (plan));
  g_assert_cmpstr (csp_success_plan_get_desired_outcome (again), ==, NULL);
  assert_same_plans (fixture->store, plan_id, csp_record_get_id (CSP_RECORD (again)));
}

/* Offsets count from the earliest date, the start or a due date before
 * it, so none is negative; a plan without dates has none. */
static void
test_save_offsets (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CspSuccessPlan) plan = new_plan (fixture, "2026-03-10");
  g_autoptr(CspActionItem) early = NULL, late = NULL;
  g_autoptr(CspTemplateSpec) spec = NULL;
  g_autoptr(GError) error = NULL;
  gint64 plan_id;

  csp_success_plan_set_target_on (plan, "2026-04-09");
  g_assert_true (csp_store_add_success_plan (fixture->store, plan, NULL));
  plan_id = csp_record_get_id (CSP_RECORD (plan));
  early = csp_action_item_new (plan_id, "Early");
  csp_action_item_set_due_on (early, "2026-03-01");
  late = csp_action_item_new (plan_id, "Late");
  csp_action_item_set_due_on (late, "2026-03-31");
  csp_action_item_set_position (late, 1);
  g_assert_true (csp_store_add_action_item (fixture->store, early, NULL));
  g_assert_true (csp_store_add_action_item (fixture->store, late, NULL));

  spec = csp_store_plan_to_template (fixture->store, plan_id, "k", "n", &error);
  g_assert_no_error (error);
  g_assert_cmpint (((CspTemplateAction *) spec->actions->pdata[0])->due_days, ==, 0);
  g_assert_cmpint (((CspTemplateAction *) spec->actions->pdata[1])->due_days, ==, 30);
  g_assert_cmpint (spec->duration_days, ==, 39);
  g_assert_true (csp_template_spec_validate (spec, NULL));
}

static void
test_save_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CspSuccessPlan) plan = new_plan (fixture, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CspPlanTemplate) saved = NULL;

  g_assert_true (csp_store_add_success_plan (fixture->store, plan, NULL));
  saved = csp_template_library_save_plan (fixture->store, csp_record_get_id (CSP_RECORD (plan)),
                                          "   ", &error);
  g_assert_null (saved);
  g_assert_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_REQUIRED);
  g_assert_true (g_str_has_prefix (error->message, "name:"));
  g_clear_error (&error);

  saved = csp_template_library_save_plan (fixture->store, 4242, "Gone", &error);
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND);
}

/* The user's templates by name; one with a body this program cannot
 * read is left out, not fatal. */
static void
test_user_list (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CspPlanTemplate) good = csp_plan_template_new ("user-1", "Beta");
  g_autoptr(CspPlanTemplate) other = csp_plan_template_new ("user-2", "Alpha");
  g_autoptr(CspPlanTemplate) broken = csp_plan_template_new ("user-3", "Broken");
  g_autoptr(GPtrArray) specs = NULL;
  g_autoptr(GError) error = NULL;

  csp_plan_template_set_body (good, "{\"actions\": [{\"title\": \"A\"}]}");
  csp_plan_template_set_body (broken, "{\"actions\": 5}");
  g_assert_true (csp_store_add_plan_template (fixture->store, good, NULL));
  g_assert_true (csp_store_add_plan_template (fixture->store, other, NULL));
  g_assert_true (csp_store_add_plan_template (fixture->store, broken, NULL));

  specs = csp_template_library_list_user (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (specs->len, ==, 2);
  g_assert_cmpstr (((CspTemplateSpec *) specs->pdata[0])->name, ==, "Alpha");
  g_assert_cmpstr (((CspTemplateSpec *) specs->pdata[1])->name, ==, "Beta");

  g_assert_null (csp_template_library_lookup (fixture->store, "user-3", &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/templates/builtin/valid", test_builtin_valid);
  g_test_add_func ("/templates/builtin/translated", test_builtin_translated);
  g_test_add_func ("/templates/builtin/list", test_builtin_list);
  g_test_add_func ("/templates/xml/refused", test_xml_refused);
  g_test_add_func ("/templates/xml/read", test_xml_read);
  g_test_add_func ("/templates/json/refused", test_json_refused);
  g_test_add_func ("/templates/json/round-trip", test_json_round_trip);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/templates/instantiate/dates", test_instantiate_dates);
  ADD ("/templates/instantiate/refused", test_instantiate_refused);
  ADD ("/templates/save/round-trip", test_save_round_trip);
  ADD ("/templates/save/offsets", test_save_offsets);
  ADD ("/templates/save/refused", test_save_refused);
  ADD ("/templates/user/list", test_user_list);
#undef ADD

  return g_test_run ();
}
