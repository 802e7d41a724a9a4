/* test-store.c: every entity through the SQLite store and back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "csp-store-records.h"
#include "csp-test-util.h"

/* One account with a row of every kind hanging off it. */
typedef struct
{
  gint64 account;
  gint64 stakeholder;
  gint64 snapshot;
  gint64 plan;
  gint64 objective;
  gint64 action;
  gint64 meeting;
  gint64 attendee;
  gint64 decision;
  gint64 risk;
  gint64 activity;
} Tree;

typedef struct
{
  char     *dir;
  char     *path;
  CspStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = csp_test_make_dir ("csp-store-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "planner.db", NULL);
  fixture->store = csp_test_open_store (fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  g_assert_true (csp_test_remove_tree (fixture->dir));
  g_free (fixture->dir);
  g_free (fixture->path);
}

#define assert_added(store, add, record)             \
  G_STMT_START {                                     \
    g_autoptr(GError) added_error = NULL;            \
    g_assert_true (add (store, record, &added_error)); \
    g_assert_no_error (added_error);                 \
  } G_STMT_END

static Tree
make_tree (CspStore   *store,
           const char *name)
{
  g_autoptr(CspAccount) account = csp_account_new (name);
  g_autoptr(CspStakeholder) stakeholder = NULL;
  g_autoptr(CspHealthSnapshot) snapshot = NULL;
  g_autoptr(CspSuccessPlan) plan = NULL;
  g_autoptr(CspObjective) objective = NULL;
  g_autoptr(CspActionItem) action = NULL;
  g_autoptr(CspMeeting) meeting = NULL;
  g_autoptr(CspAttendee) attendee = NULL;
  g_autoptr(CspDecision) decision = NULL;
  g_autoptr(CspRisk) risk = NULL;
  g_autoptr(CspActivity) activity = NULL;
  Tree tree;

  assert_added (store, csp_store_add_account, account);
  tree.account = csp_record_get_id (CSP_RECORD (account));

  stakeholder = csp_stakeholder_new (tree.account, "陈静 Chen Jing");
  assert_added (store, csp_store_add_stakeholder, stakeholder);
  tree.stakeholder = csp_record_get_id (CSP_RECORD (stakeholder));

  snapshot = csp_health_snapshot_new (tree.account, "2026-03-02");
  csp_health_snapshot_set_score (snapshot, 64);
  assert_added (store, csp_store_add_health_snapshot, snapshot);
  tree.snapshot = csp_record_get_id (CSP_RECORD (snapshot));

  plan = csp_success_plan_new (tree.account, "Adoption plan");
  assert_added (store, csp_store_add_success_plan, plan);
  tree.plan = csp_record_get_id (CSP_RECORD (plan));

  objective = csp_objective_new (tree.plan, "Weekly active users above 60 %");
  assert_added (store, csp_store_add_objective, objective);
  tree.objective = csp_record_get_id (CSP_RECORD (objective));

  meeting = csp_meeting_new (tree.account, "Strategy meeting", "2026-03-10T02:00:00Z");
  assert_added (store, csp_store_add_meeting, meeting);
  tree.meeting = csp_record_get_id (CSP_RECORD (meeting));

  action = csp_action_item_new (tree.plan, "Run admin training");
  csp_action_item_set_objective_id (action, tree.objective);
  csp_action_item_set_meeting_id (action, tree.meeting);
  assert_added (store, csp_store_add_action_item, action);
  tree.action = csp_record_get_id (CSP_RECORD (action));

  attendee = csp_attendee_new (tree.meeting, "陈静 Chen Jing");
  csp_attendee_set_stakeholder_id (attendee, tree.stakeholder);
  assert_added (store, csp_store_add_attendee, attendee);
  tree.attendee = csp_record_get_id (CSP_RECORD (attendee));

  decision = csp_decision_new (tree.meeting, "Train admins before the rollout");
  csp_decision_set_action_id (decision, tree.action);
  assert_added (store, csp_store_add_decision, decision);
  tree.decision = csp_record_get_id (CSP_RECORD (decision));

  risk = csp_risk_new (tree.account, CSP_RISK_LOW_USAGE, "2026-02-20");
  assert_added (store, csp_store_add_risk, risk);
  tree.risk = csp_record_get_id (CSP_RECORD (risk));

  activity = csp_activity_new (tree.account, "2026-02-21", "Usage review call");
  assert_added (store, csp_store_add_activity, activity);
  tree.activity = csp_record_get_id (CSP_RECORD (activity));

  return tree;
}

/* The typed API of each entity, behind one signature for the tables. */

typedef struct
{
  const char  *name;
  GType      (*get_type) (void);
  gboolean   (*add)      (CspStore *store, CspRecord *record, GError **error);
  CspRecord *(*get)      (CspStore *store, gint64 id, GError **error);
  gboolean   (*update)   (CspStore *store, CspRecord *record, GError **error);
  gboolean   (*remove)   (CspStore *store, gint64 id, GError **error);
  GListModel *(*list)    (CspStore *store, const Tree *tree, GError **error);
} EntityOps;

#define ENTITY_OPS(TypeName, name, list_call)                                        \
  static gboolean add_##name (CspStore *store, CspRecord *record, GError **error)    \
  { return csp_store_add_##name (store, (TypeName *) record, error); }               \
  static CspRecord *get_##name (CspStore *store, gint64 id, GError **error)          \
  { return (CspRecord *) csp_store_get_##name (store, id, error); }                  \
  static gboolean update_##name (CspStore *store, CspRecord *record, GError **error) \
  { return csp_store_update_##name (store, (TypeName *) record, error); }            \
  static gboolean remove_##name (CspStore *store, gint64 id, GError **error)         \
  { return csp_store_delete_##name (store, id, error); }                             \
  static GListModel *list_##name (CspStore *store, const Tree *tree, GError **error) \
  { return list_call; }

ENTITY_OPS (CspAccount, account, csp_store_list_accounts (store, error))
ENTITY_OPS (CspStakeholder, stakeholder, csp_store_list_stakeholders (store, tree->account, error))
ENTITY_OPS (CspHealthSnapshot, health_snapshot,
            csp_store_list_health_snapshots (store, tree->account, error))
ENTITY_OPS (CspSuccessPlan, success_plan,
            csp_store_list_success_plans (store, tree->account, error))
ENTITY_OPS (CspObjective, objective, csp_store_list_objectives (store, tree->plan, error))
ENTITY_OPS (CspActionItem, action_item, csp_store_list_action_items (store, tree->plan, error))
ENTITY_OPS (CspMeeting, meeting, csp_store_list_meetings (store, tree->account, error))
ENTITY_OPS (CspAttendee, attendee, csp_store_list_attendees (store, tree->meeting, error))
ENTITY_OPS (CspDecision, decision, csp_store_list_decisions (store, tree->meeting, error))
ENTITY_OPS (CspRisk, risk, csp_store_list_risks (store, tree->account, error))
ENTITY_OPS (CspActivity, activity, csp_store_list_activities (store, tree->account, error))
ENTITY_OPS (CspPlanTemplate, plan_template, csp_store_list_plan_templates (store, error))

#define OPS(name, get_type) \
  { #name, get_type, add_##name, get_##name, update_##name, remove_##name, list_##name }

static const EntityOps entities[] = {
  OPS (account, csp_account_get_type),
  OPS (stakeholder, csp_stakeholder_get_type),
  OPS (health_snapshot, csp_health_snapshot_get_type),
  OPS (success_plan, csp_success_plan_get_type),
  OPS (objective, csp_objective_get_type),
  OPS (action_item, csp_action_item_get_type),
  OPS (meeting, csp_meeting_get_type),
  OPS (attendee, csp_attendee_get_type),
  OPS (decision, csp_decision_get_type),
  OPS (risk, csp_risk_get_type),
  OPS (activity, csp_activity_get_type),
  OPS (plan_template, csp_plan_template_get_type),
};

/* Filling every property, so a round trip tests every column. */

static gint64
parent_id (const Tree *tree,
           const char *property)
{
  if (g_str_equal (property, "account-id"))
    return tree->account;
  if (g_str_equal (property, "plan-id"))
    return tree->plan;
  if (g_str_equal (property, "objective-id"))
    return tree->objective;
  if (g_str_equal (property, "meeting-id"))
    return tree->meeting;
  if (g_str_equal (property, "stakeholder-id"))
    return tree->stakeholder;
  if (g_str_equal (property, "action-id"))
    return tree->action;
  g_error ("no parent for %s", property);
}

static char *
string_for (const char *name,
            int         variant)
{
  if (g_str_equal (name, "scheduled-at"))
    return g_strdup (variant ? "2026-05-02T09:30:00Z" : "2026-04-01T14:00:00Z");
  if (g_str_has_suffix (name, "-on") || g_str_equal (name, "customer-since"))
    return g_strdup (variant ? "2026-04-20" : "2026-03-15");
  if (g_str_equal (name, "body"))
    return g_strdup (variant ? "{\"objectives\": [{\"title\": \"上线\"}]}" : "{\"actions\": []}");
  if (g_str_equal (name, "currency"))
    return g_strdup (variant ? "CNY" : "EUR");
  return g_strdup_printf ("%s 值 “%d” ' ; --", name, variant);
}

/* A value of the enum other than its default. */
static int
enum_for (GParamSpec *pspec,
          int         variant)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (pspec->value_type);
  int fallback = G_PARAM_SPEC_ENUM (pspec)->default_value;
  int value = klass->values[variant ? 0 : klass->n_values - 1].value;

  if (value != fallback)
    return value;
  return klass->values[variant ? 1 : klass->n_values - 2].value;
}

static void
value_for (GParamSpec *pspec,
           const Tree *tree,
           int         variant,
           GValue     *value)
{
  g_value_init (value, pspec->value_type);

  if (G_IS_PARAM_SPEC_STRING (pspec))
    g_value_take_string (value, string_for (pspec->name, variant));
  else if (G_IS_PARAM_SPEC_ENUM (pspec))
    g_value_set_enum (value, enum_for (pspec, variant));
  else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    g_value_set_boolean (value, variant == 0);
  else if (G_IS_PARAM_SPEC_INT (pspec))
    g_value_set_int (value, (g_str_equal (pspec->name, "duration-minutes") ? 45 : 37) + variant);
  else if (g_str_has_suffix (pspec->name, "-id"))
    g_value_set_int64 (value, parent_id (tree, pspec->name));
  else
    g_value_set_int64 (value, G_GINT64_CONSTANT (123456789012) + variant);
}

static void
fill_record (CspRecord  *record,
             const Tree *tree,
             int         variant)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (pspecs[i]->owner_type != G_OBJECT_TYPE (record))
        continue;
      value_for (pspecs[i], tree, variant, &value);
      g_object_set_property (G_OBJECT (record), pspecs[i]->name, &value);
      if (variant == 0)
        g_assert_false (g_param_value_defaults (pspecs[i], &value));
    }

  /* Only a done action has a completion date. */
  if (CSP_IS_ACTION_ITEM (record))
    {
      csp_action_item_set_status (CSP_ACTION_ITEM (record),
                                  variant ? CSP_ACTION_BLOCKED : CSP_ACTION_DONE);
      if (variant)
        csp_action_item_set_completed_on (CSP_ACTION_ITEM (record), NULL);
    }
}

static CspRecord *
find_in_list (GListModel *list,
              gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CspRecord) record = g_list_model_get_item (list, i);

      if (csp_record_get_id (record) == id)
        return g_steal_pointer (&record);
    }

  return NULL;
}

static void
assert_not_found (const EntityOps *ops,
                  CspStore        *store,
                  gint64           id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CspRecord) record = ops->get (store, id, &error);

  g_assert_null (record);
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  const EntityOps *ops = data;
  Tree tree = make_tree (fixture->store, "Parent 母公司");
  g_autoptr(CspRecord) record = g_object_new (ops->get_type (), NULL);
  g_autoptr(CspRecord) loaded = NULL;
  g_autoptr(CspRecord) updated = NULL;
  g_autoptr(CspRecord) listed = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  fill_record (record, &tree, 0);
  g_assert_true (ops->add (fixture->store, record, &error));
  g_assert_no_error (error);
  id = csp_record_get_id (record);
  g_assert_cmpint (id, >, 0);
  g_assert_nonnull (csp_record_get_created_at (record));

  loaded = ops->get (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (G_OBJECT_TYPE (loaded) == ops->get_type ());
  g_assert_true (csp_record_equal_values (record, loaded));
  g_assert_cmpstr (csp_record_get_created_at (loaded), ==, csp_record_get_created_at (record));

  fill_record (loaded, &tree, 1);
  g_assert_false (csp_record_equal_values (record, loaded));
  g_assert_true (ops->update (fixture->store, loaded, &error));
  g_assert_no_error (error);
  updated = ops->get (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (csp_record_equal_values (loaded, updated));

  list = ops->list (fixture->store, &tree, &error);
  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (list) == ops->get_type ());
  listed = find_in_list (list, id);
  g_assert_nonnull (listed);
  g_assert_true (csp_record_equal_values (updated, listed));

  g_assert_true (ops->remove (fixture->store, id, &error));
  g_assert_no_error (error);
  assert_not_found (ops, fixture->store, id);
  g_assert_false (ops->remove (fixture->store, id, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (ops->update (fixture->store, updated, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND);
}

/* ON DELETE rules */

static void
test_cascade_account (Fixture       *fixture,
                      gconstpointer  data)
{
  Tree gone = make_tree (fixture->store, "Going 离开");
  Tree kept = make_tree (fixture->store, "Staying 留下");
  const gint64 *gone_ids = (const gint64 *) &gone;
  const gint64 *kept_ids = (const gint64 *) &kept;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) accounts = NULL;

  g_assert_true (csp_store_delete_account (fixture->store, gone.account, &error));
  g_assert_no_error (error);

  /* Tree's fields are the ids of entities[0…10], in that order. */
  for (guint i = 0; i < sizeof (Tree) / sizeof (gint64); i++)
    {
      const EntityOps *ops = &entities[i];
      g_autoptr(CspRecord) record = NULL;

      g_test_message ("%s", ops->name);
      assert_not_found (ops, fixture->store, gone_ids[i]);
      record = ops->get (fixture->store, kept_ids[i], &error);
      g_assert_no_error (error);
      g_assert_nonnull (record);
    }

  accounts = csp_store_list_accounts (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (accounts), ==, 1);
}

/* The cascade test reads Tree as the ids of entities[0…10]. */
static void
test_tree_order (void)
{
  g_assert_cmpuint (sizeof (Tree), ==, 11 * sizeof (gint64));
  g_assert_cmpstr (entities[2].name, ==, "health_snapshot");
  g_assert_cmpuint (G_STRUCT_OFFSET (Tree, snapshot), ==, 2 * sizeof (gint64));
  g_assert_cmpstr (entities[5].name, ==, "action_item");
  g_assert_cmpuint (G_STRUCT_OFFSET (Tree, action), ==, 5 * sizeof (gint64));
  g_assert_cmpstr (entities[6].name, ==, "meeting");
  g_assert_cmpuint (G_STRUCT_OFFSET (Tree, meeting), ==, 6 * sizeof (gint64));
  g_assert_cmpstr (entities[10].name, ==, "activity");
  g_assert_cmpuint (G_STRUCT_OFFSET (Tree, activity), ==, 10 * sizeof (gint64));
}

static void
test_cascade_plan (Fixture       *fixture,
                   gconstpointer  data)
{
  Tree tree = make_tree (fixture->store, "Plan cascade");
  g_autoptr(GError) error = NULL;
  g_autoptr(CspDecision) decision = NULL;

  g_assert_true (csp_store_delete_success_plan (fixture->store, tree.plan, &error));
  g_assert_no_error (error);
  assert_not_found (&entities[4], fixture->store, tree.objective);
  assert_not_found (&entities[5], fixture->store, tree.action);

  /* The decision outlives the action it had become. */
  decision = csp_store_get_decision (fixture->store, tree.decision, &error);
  g_assert_no_error (error);
  g_assert_cmpint (csp_decision_get_action_id (decision), ==, 0);
}

static void
test_set_null_objective (Fixture       *fixture,
                         gconstpointer  data)
{
  Tree tree = make_tree (fixture->store, "Objective gone");
  g_autoptr(GError) error = NULL;
  g_autoptr(CspActionItem) action = NULL;
  g_autoptr(GListModel) actions = NULL;

  g_assert_true (csp_store_delete_objective (fixture->store, tree.objective, &error));
  g_assert_no_error (error);

  action = csp_store_get_action_item (fixture->store, tree.action, &error);
  g_assert_no_error (error);
  g_assert_cmpint (csp_action_item_get_objective_id (action), ==, 0);
  g_assert_cmpint (csp_action_item_get_meeting_id (action), ==, tree.meeting);
  g_assert_true (csp_record_validate (CSP_RECORD (action), NULL));

  actions = csp_store_list_action_items (fixture->store, tree.plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 1);
}

static void
test_set_null_meeting (Fixture       *fixture,
                       gconstpointer  data)
{
  Tree tree = make_tree (fixture->store, "Meeting gone");
  g_autoptr(GError) error = NULL;
  g_autoptr(CspActionItem) action = NULL;

  g_assert_true (csp_store_delete_meeting (fixture->store, tree.meeting, &error));
  g_assert_no_error (error);

  action = csp_store_get_action_item (fixture->store, tree.action, &error);
  g_assert_no_error (error);
  g_assert_cmpint (csp_action_item_get_meeting_id (action), ==, 0);
  g_assert_cmpint (csp_action_item_get_objective_id (action), ==, tree.objective);

  /* A meeting's own rows go with it. */
  assert_not_found (&entities[7], fixture->store, tree.attendee);
  assert_not_found (&entities[8], fixture->store, tree.decision);
}

static void
test_set_null_stakeholder (Fixture       *fixture,
                           gconstpointer  data)
{
  Tree tree = make_tree (fixture->store, "Stakeholder gone");
  g_autoptr(GError) error = NULL;
  g_autoptr(CspAttendee) attendee = NULL;

  g_assert_true (csp_store_delete_stakeholder (fixture->store, tree.stakeholder, &error));
  g_assert_no_error (error);

  attendee = csp_store_get_attendee (fixture->store, tree.attendee, &error);
  g_assert_no_error (error);
  g_assert_cmpint (csp_attendee_get_stakeholder_id (attendee), ==, 0);
  g_assert_cmpint (csp_attendee_get_meeting_id (attendee), ==, tree.meeting);
  g_assert_cmpstr (csp_attendee_get_name (attendee), ==, "陈静 Chen Jing");
}

static void
test_set_null_action (Fixture       *fixture,
                      gconstpointer  data)
{
  Tree tree = make_tree (fixture->store, "Action gone");
  g_autoptr(GError) error = NULL;
  g_autoptr(CspDecision) decision = NULL;

  g_assert_true (csp_store_delete_action_item (fixture->store, tree.action, &error));
  g_assert_no_error (error);

  decision = csp_store_get_decision (fixture->store, tree.decision, &error);
  g_assert_no_error (error);
  g_assert_cmpint (csp_decision_get_action_id (decision), ==, 0);
  g_assert_cmpstr (csp_decision_get_body (decision), ==, "Train admins before the rollout");
}

/* Constraints come back as errors */

static void
test_duplicate_external_id (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(CspAccount) first = csp_account_new ("First");
  g_autoptr(CspAccount) second = csp_account_new ("Second");
  g_autoptr(GError) error = NULL;

  csp_account_set_external_id (first, "CRM-0001");
  csp_account_set_external_id (second, "CRM-0001");
  assert_added (fixture->store, csp_store_add_account, first);

  g_assert_false (csp_store_add_account (fixture->store, second, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (csp_record_get_id (CSP_RECORD (second)), ==, 0);
  g_clear_error (&error);

  /* An update that collides is refused the same way. */
  csp_account_set_external_id (second, "CRM-0002");
  assert_added (fixture->store, csp_store_add_account, second);
  csp_account_set_external_id (second, "CRM-0001");
  g_assert_false (csp_store_update_account (fixture->store, second, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CONSTRAINT);
}

static void
test_duplicate_snapshot (Fixture       *fixture,
                         gconstpointer  data)
{
  Tree tree = make_tree (fixture->store, "Twice a day");
  g_autoptr(CspHealthSnapshot) again = csp_health_snapshot_new (tree.account, "2026-03-02");
  g_autoptr(CspHealthSnapshot) next_day = csp_health_snapshot_new (tree.account, "2026-03-03");
  g_autoptr(GError) error = NULL;

  csp_health_snapshot_set_score (again, 80);
  g_assert_false (csp_store_add_health_snapshot (fixture->store, again, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CONSTRAINT);

  csp_health_snapshot_set_nps (next_day, 80);
  assert_added (fixture->store, csp_store_add_health_snapshot, next_day);
}

static void
test_missing_parent (Fixture       *fixture,
                     gconstpointer  data)
{
  Tree tree = make_tree (fixture->store, "Orphans");
  g_autoptr(CspActionItem) action = csp_action_item_new (tree.plan + 1000, "Nowhere");
  g_autoptr(CspAttendee) attendee = csp_attendee_new (tree.meeting, "Ghost");
  g_autoptr(CspStakeholder) nobody = csp_stakeholder_new (0, "No account");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) actions = NULL;

  g_assert_false (csp_store_add_action_item (fixture->store, action, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  csp_attendee_set_stakeholder_id (attendee, tree.stakeholder + 1000);
  g_assert_false (csp_store_add_attendee (fixture->store, attendee, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* A required parent left unset is NULL in SQL: refused too. */
  g_assert_false (csp_store_add_stakeholder (fixture->store, nobody, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Moving a row under a missing parent is refused as well. */
  csp_action_item_set_plan_id (action, tree.plan);
  assert_added (fixture->store, csp_store_add_action_item, action);
  csp_action_item_set_objective_id (action, tree.objective + 1000);
  g_assert_false (csp_store_update_action_item (fixture->store, action, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  actions = csp_store_list_action_items (fixture->store, tree.plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
}

static void
test_plan_template_constraints (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(CspPlanTemplate) template = csp_plan_template_new ("renewal", "Renewal");
  g_autoptr(CspPlanTemplate) same_key = csp_plan_template_new ("renewal", "Renewal 2");
  g_autoptr(CspPlanTemplate) broken = csp_plan_template_new ("broken", "Broken");
  g_autoptr(GError) error = NULL;

  assert_added (fixture->store, csp_store_add_plan_template, template);

  g_assert_false (csp_store_add_plan_template (fixture->store, same_key, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Passes the model's shallow check; the schema's json_valid() refuses it. */
  csp_plan_template_set_body (broken, "{\"objectives\": [");
  g_assert_true (csp_record_validate (CSP_RECORD (broken), NULL));
  g_assert_false (csp_store_add_plan_template (fixture->store, broken, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CONSTRAINT);
}

static void
test_invalid_record_not_stored (Fixture       *fixture,
                                gconstpointer  data)
{
  Tree tree = make_tree (fixture->store, "Validation");
  g_autoptr(CspHealthSnapshot) snapshot = csp_health_snapshot_new (tree.account, "2026-02-30");
  g_autoptr(CspMeeting) meeting = NULL;
  g_autoptr(GListModel) snapshots = NULL;
  g_autoptr(GError) error = NULL;

  csp_health_snapshot_set_score (snapshot, 50);
  g_assert_false (csp_store_add_health_snapshot (fixture->store, snapshot, &error));
  g_assert_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID_DATE);
  g_assert_cmpint (csp_record_get_id (CSP_RECORD (snapshot)), ==, 0);
  g_clear_error (&error);

  meeting = csp_store_get_meeting (fixture->store, tree.meeting, &error);
  g_assert_no_error (error);
  csp_meeting_set_duration_minutes (meeting, 0);
  g_assert_false (csp_store_update_meeting (fixture->store, meeting, &error));
  g_assert_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_clear_object (&meeting);

  meeting = csp_store_get_meeting (fixture->store, tree.meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpint (csp_meeting_get_duration_minutes (meeting), ==, 60);

  snapshots = csp_store_list_health_snapshots (fixture->store, tree.account, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (snapshots), ==, 1);
}

static void
test_missing_ids (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CspAccount) never_stored = csp_account_new ("Never stored");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      assert_not_found (&entities[i], fixture->store, 4242);
      g_assert_false (entities[i].remove (fixture->store, 4242, &error));
      g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND);
      g_clear_error (&error);
    }

  g_assert_false (csp_store_update_account (fixture->store, never_stored, &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND);
}

/* Undo re-inserts a copy of the deleted row under its old id. */
static void
test_undo_reinsert (Fixture       *fixture,
                    gconstpointer  data)
{
  Tree tree = make_tree (fixture->store, "Undo 撤销");
  Tree other = make_tree (fixture->store, "Created after");
  g_autoptr(GError) error = NULL;
  g_autoptr(CspActionItem) action = csp_store_get_action_item (fixture->store, tree.action, &error);
  g_autoptr(CspAccount) account = csp_store_get_account (fixture->store, tree.account, &error);
  g_autoptr(CspRecord) action_copy = csp_record_copy (CSP_RECORD (action));
  g_autoptr(CspRecord) account_copy = csp_record_copy (CSP_RECORD (account));
  g_autoptr(CspActionItem) restored = NULL;
  g_autoptr(CspAccount) restored_account = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (other.action, >, tree.action);
  g_assert_true (csp_store_delete_action_item (fixture->store, tree.action, &error));
  g_assert_no_error (error);

  g_assert_true (csp_store_add_action_item (fixture->store, CSP_ACTION_ITEM (action_copy), &error));
  g_assert_no_error (error);
  g_assert_cmpint (csp_record_get_id (action_copy), ==, tree.action);
  restored = csp_store_get_action_item (fixture->store, tree.action, &error);
  g_assert_no_error (error);
  g_assert_true (csp_record_equal_values (CSP_RECORD (action), CSP_RECORD (restored)));
  g_assert_cmpstr (csp_record_get_created_at (CSP_RECORD (restored)), ==,
                   csp_record_get_created_at (CSP_RECORD (action)));

  /* Re-inserting while the row still exists is a conflict, not a crash. */
  g_assert_false (csp_store_add_action_item (fixture->store, CSP_ACTION_ITEM (action_copy),
                                             &error));
  g_assert_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_true (csp_store_delete_account (fixture->store, tree.account, &error));
  g_assert_no_error (error);
  g_assert_true (csp_store_add_account (fixture->store, CSP_ACCOUNT (account_copy), &error));
  g_assert_no_error (error);
  restored_account = csp_store_get_account (fixture->store, tree.account, &error);
  g_assert_no_error (error);
  g_assert_true (csp_record_equal_values (CSP_RECORD (account), CSP_RECORD (restored_account)));
}

/* The health_score view and the C arithmetic agree */

static int
view_score (const char *path,
            gint64      id)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int score = G_MININT;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT score FROM health_score WHERE id = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    score = sqlite3_column_type (stmt, 0) == SQLITE_NULL ? CSP_UNSET
                                                         : sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return score;
}

static void
assert_view_matches (Fixture    *fixture,
                     GPtrArray  *snapshots)
{
  g_autoptr(GError) error = NULL;
  CspHealthWeights weights;

  g_assert_true (csp_store_get_health_weights (fixture->store, &weights, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < snapshots->len; i++)
    {
      CspHealthSnapshot *snapshot = g_ptr_array_index (snapshots, i);
      int expected = csp_health_snapshot_get_effective_score (snapshot, &weights);

      g_test_message ("snapshot %u: %d", i, expected);
      g_assert_cmpint (view_score (fixture->path, csp_record_get_id (CSP_RECORD (snapshot))),
                       ==, expected);
    }
}

static void
test_health_view (Fixture       *fixture,
                  gconstpointer  data)
{
  static const int values[][CSP_N_COMPONENTS + 1] = {
    /* score, usage, support, satisfaction, nps, engagement, relationship */
    { 55, 90, 90, 90, 90, 90, 90 },
    { CSP_UNSET, 80, 41, CSP_UNSET, 67, CSP_UNSET, CSP_UNSET },
    { CSP_UNSET, CSP_UNSET, 0, 1, CSP_UNSET, CSP_UNSET, CSP_UNSET },
    { CSP_UNSET, 90, CSP_UNSET, CSP_UNSET, CSP_UNSET, CSP_UNSET, CSP_UNSET },
    { CSP_UNSET, 13, 100, 99, 0, 58, 77 },
  };
  CspHealthWeights custom = { { 0, 3, 1, 2, 5, 7 } };
  CspHealthWeights zero = { { 0, 0, 0, 0, 0, 0 } };
  CspHealthWeights read_back;
  Tree tree = make_tree (fixture->store, "Health");
  g_autoptr(GPtrArray) snapshots = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *day = g_strdup_printf ("2026-01-%02u", i + 10);
      CspHealthSnapshot *snapshot = csp_health_snapshot_new (tree.account, day);

      csp_health_snapshot_set_score (snapshot, values[i][0]);
      for (guint c = 0; c < CSP_N_COMPONENTS; c++)
        csp_health_snapshot_set_component (snapshot, c, values[i][c + 1]);
      assert_added (fixture->store, csp_store_add_health_snapshot, snapshot);
      g_ptr_array_add (snapshots, snapshot);
    }

  /* With the default weights (25/15/15/15/15/15) row 3 is 0.5 → 1. */
  assert_view_matches (fixture, snapshots);
  g_assert_cmpint (view_score (fixture->path, tree.snapshot), ==, 64);

  g_assert_true (csp_store_set_health_weights (fixture->store, &custom, &error));
  g_assert_no_error (error);
  g_assert_true (csp_store_get_health_weights (fixture->store, &read_back, &error));
  g_assert_no_error (error);
  for (guint c = 0; c < CSP_N_COMPONENTS; c++)
    g_assert_cmpint (read_back.weight[c], ==, custom.weight[c]);
  assert_view_matches (fixture, snapshots);
  /* Usage weighs nothing now: the usage-only snapshot has no score. */
  g_assert_cmpint (view_score (fixture->path,
                               csp_record_get_id (g_ptr_array_index (snapshots, 3))),
                   ==, CSP_UNSET);

  g_assert_true (csp_store_set_health_weights (fixture->store, &zero, &error));
  g_assert_no_error (error);
  assert_view_matches (fixture, snapshots);
  g_assert_cmpint (view_score (fixture->path,
                               csp_record_get_id (g_ptr_array_index (snapshots, 0))),
                   ==, 55);
}

/* Lists */

static void
test_list_order (Fixture       *fixture,
                 gconstpointer  data)
{
  Tree tree = make_tree (fixture->store, "Order");
  Tree other = make_tree (fixture->store, "Other");
  static const char * const days[] = { "2026-02-11", "2026-01-05", "2026-03-01" };
  static const int positions[] = { 2, 0, 1 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) snapshots = NULL;
  g_autoptr(GListModel) risks = NULL;
  g_autoptr(GListModel) activities = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GListModel) objectives = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GListModel) decisions = NULL;
  g_autoptr(GListModel) stakeholders = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(CspHealthSnapshot) snapshot = csp_health_snapshot_new (tree.account, days[i]);
      g_autoptr(CspRisk) risk = csp_risk_new (tree.account, CSP_RISK_COMPETITOR, days[i]);
      g_autoptr(CspActivity) activity = csp_activity_new (tree.account, days[i], "Call");
      g_autofree char *at = g_strdup_printf ("%sT08:00:00Z", days[i]);
      g_autoptr(CspMeeting) meeting = csp_meeting_new (tree.account, "Check-in", at);
      g_autoptr(CspObjective) objective = csp_objective_new (tree.plan, days[i]);
      g_autoptr(CspActionItem) action = csp_action_item_new (tree.plan, days[i]);
      g_autoptr(CspDecision) decision = csp_decision_new (tree.meeting, days[i]);
      g_autoptr(CspStakeholder) person = csp_stakeholder_new (tree.account, days[i]);

      csp_health_snapshot_set_usage (snapshot, 50);
      csp_objective_set_position (objective, positions[i] + 1);
      csp_action_item_set_position (action, positions[i] + 1);
      csp_decision_set_position (decision, positions[i] + 1);
      assert_added (fixture->store, csp_store_add_health_snapshot, snapshot);
      assert_added (fixture->store, csp_store_add_risk, risk);
      assert_added (fixture->store, csp_store_add_activity, activity);
      assert_added (fixture->store, csp_store_add_meeting, meeting);
      assert_added (fixture->store, csp_store_add_objective, objective);
      assert_added (fixture->store, csp_store_add_action_item, action);
      assert_added (fixture->store, csp_store_add_decision, decision);
      assert_added (fixture->store, csp_store_add_stakeholder, person);
    }

  snapshots = csp_store_list_health_snapshots (fixture->store, tree.account, &error);
  risks = csp_store_list_risks (fixture->store, tree.account, &error);
  activities = csp_store_list_activities (fixture->store, tree.account, &error);
  meetings = csp_store_list_meetings (fixture->store, tree.account, &error);
  objectives = csp_store_list_objectives (fixture->store, tree.plan, &error);
  actions = csp_store_list_action_items (fixture->store, tree.plan, &error);
  decisions = csp_store_list_decisions (fixture->store, tree.meeting, &error);
  stakeholders = csp_store_list_stakeholders (fixture->store, tree.account, &error);
  g_assert_no_error (error);

  /* The tree's own rows (position 0, its own days and name) sort in too. */
  {
    static const char * const by_day[] = {
      "2026-01-05", "2026-02-11", "2026-03-01", "2026-03-02" };
    static const char * const by_position[] = {
      NULL, "2026-01-05", "2026-03-01", "2026-02-11" };

    for (guint i = 0; i < 4; i++)
      {
        g_autoptr(CspHealthSnapshot) s = g_list_model_get_item (snapshots, i);
        g_autoptr(CspObjective) o = g_list_model_get_item (objectives, i);
        g_autoptr(CspActionItem) a = g_list_model_get_item (actions, i);
        g_autoptr(CspDecision) d = g_list_model_get_item (decisions, i);

        g_assert_cmpstr (csp_health_snapshot_get_taken_on (s), ==, by_day[i]);
        if (by_position[i] == NULL)
          continue;
        g_assert_cmpstr (csp_objective_get_title (o), ==, by_position[i]);
        g_assert_cmpstr (csp_action_item_get_title (a), ==, by_position[i]);
        g_assert_cmpstr (csp_decision_get_body (d), ==, by_position[i]);
      }

    static const char * const risk_days[] = {
      "2026-01-05", "2026-02-11", "2026-02-20", "2026-03-01" };
    static const char * const activity_days[] = {
      "2026-01-05", "2026-02-11", "2026-02-21", "2026-03-01" };
    static const char * const names[] = {
      "2026-01-05", "2026-02-11", "2026-03-01", "陈静 Chen Jing" };

    for (guint i = 0; i < 4; i++)
      {
        g_autoptr(CspRisk) r = g_list_model_get_item (risks, i);
        g_autoptr(CspActivity) a = g_list_model_get_item (activities, i);
        g_autoptr(CspStakeholder) p = g_list_model_get_item (stakeholders, i);

        g_assert_cmpstr (csp_risk_get_raised_on (r), ==, risk_days[i]);
        g_assert_cmpstr (csp_activity_get_occurred_on (a), ==, activity_days[i]);
        g_assert_cmpstr (csp_stakeholder_get_name (p), ==, names[i]);
      }
  }

  g_assert_cmpuint (g_list_model_get_n_items (snapshots), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (risks), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (stakeholders), ==, 4);
  {
    g_autoptr(CspMeeting) first = g_list_model_get_item (meetings, 0);
    g_autoptr(CspMeeting) last = g_list_model_get_item (meetings, 3);

    g_assert_cmpstr (csp_meeting_get_scheduled_at (first), ==, "2026-01-05T08:00:00Z");
    g_assert_cmpstr (csp_meeting_get_scheduled_at (last), ==, "2026-03-10T02:00:00Z");
  }

  /* Other owners' rows stay out. */
  g_clear_object (&snapshots);
  snapshots = csp_store_list_health_snapshots (fixture->store, other.account, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (snapshots), ==, 1);
}

static void
test_file_mode (Fixture       *fixture,
                gconstpointer  data)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      g_autofree char *path = g_strdup_printf ("/store/round-trip/%s", entities[i].name);

      g_test_add (path, Fixture, &entities[i], fixture_set_up, test_round_trip,
                  fixture_tear_down);
    }
  g_test_add_func ("/store/tree-order", test_tree_order);
  ADD_TEST ("/store/cascade/account", test_cascade_account);
  ADD_TEST ("/store/cascade/plan", test_cascade_plan);
  ADD_TEST ("/store/set-null/objective", test_set_null_objective);
  ADD_TEST ("/store/set-null/meeting", test_set_null_meeting);
  ADD_TEST ("/store/set-null/stakeholder", test_set_null_stakeholder);
  ADD_TEST ("/store/set-null/action", test_set_null_action);
  ADD_TEST ("/store/constraint/external-id", test_duplicate_external_id);
  ADD_TEST ("/store/constraint/snapshot-day", test_duplicate_snapshot);
  ADD_TEST ("/store/constraint/missing-parent", test_missing_parent);
  ADD_TEST ("/store/constraint/plan-template", test_plan_template_constraints);
  ADD_TEST ("/store/constraint/validation", test_invalid_record_not_stored);
  ADD_TEST ("/store/not-found", test_missing_ids);
  ADD_TEST ("/store/undo-reinsert", test_undo_reinsert);
  ADD_TEST ("/store/health-view", test_health_view);
  ADD_TEST ("/store/list-order", test_list_order);
  ADD_TEST ("/store/file-mode", test_file_mode);

  return g_test_run ();
}
