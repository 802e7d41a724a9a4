/* test-model.c: entity validation, dates, health arithmetic, records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "csp-model.h"

/* Validation */

typedef struct
{
  const char *property;
  const char *text;    /* for string properties */
  gint64      number;  /* for integer and enum properties */
  int         code;
  const char *field;   /* the column the message must name */
} BadCase;

typedef struct
{
  const char  *name;
  CspRecord *(*make_good) (void);
  BadCase      bad[12];
} EntityCases;

static CspRecord *
good_account (void)
{
  CspAccount *account = csp_account_new ("华信科技 Huaxin Tech");

  csp_account_set_arr_minor (account, 12000000);
  csp_account_set_currency (account, "CNY");
  csp_account_set_customer_since (account, "2024-02-29");
  csp_account_set_renewal_on (account, "2026-12-31");
  return CSP_RECORD (account);
}

static CspRecord *
good_stakeholder (void)
{
  CspStakeholder *person = csp_stakeholder_new (1, "王芳 Wang Fang");

  csp_stakeholder_set_level (person, CSP_LEVEL_EXECUTIVE);
  csp_stakeholder_set_counterpart (person, CSP_COUNTERPART_EXECUTIVE_SPONSOR);
  csp_stakeholder_set_preferred_channel (person, CSP_CHANNEL_WECHAT);
  return CSP_RECORD (person);
}

static CspRecord *
good_health_snapshot (void)
{
  CspHealthSnapshot *snapshot = csp_health_snapshot_new (1, "2026-03-02");

  csp_health_snapshot_set_score (snapshot, 100);
  csp_health_snapshot_set_usage (snapshot, 0);
  csp_health_snapshot_set_nps (snapshot, 55);
  return CSP_RECORD (snapshot);
}

static CspRecord *
good_success_plan (void)
{
  CspSuccessPlan *plan = csp_success_plan_new (1, "Roll out to APAC");

  csp_success_plan_set_start_on (plan, "2026-01-05");
  csp_success_plan_set_target_on (plan, "2026-06-30");
  return CSP_RECORD (plan);
}

static CspRecord *
good_objective (void)
{
  CspObjective *objective = csp_objective_new (1, "Weekly active users");

  csp_objective_set_due_on (objective, "2026-06-30");
  csp_objective_set_position (objective, 2);
  return CSP_RECORD (objective);
}

static CspRecord *
good_action_item (void)
{
  CspActionItem *action = csp_action_item_new (1, "Train the support team");

  csp_action_item_set_status (action, CSP_ACTION_DONE);
  csp_action_item_set_completed_on (action, "2026-03-10");
  csp_action_item_set_due_on (action, "2026-03-15");
  return CSP_RECORD (action);
}

static CspRecord *
good_meeting (void)
{
  CspMeeting *meeting = csp_meeting_new (1, "Q1 EBR", "2026-03-20T06:30:00Z");

  csp_meeting_set_duration_minutes (meeting, 1);
  return CSP_RECORD (meeting);
}

static CspRecord *
good_attendee (void)
{
  return CSP_RECORD (csp_attendee_new (1, "Anna Schmidt"));
}

static CspRecord *
good_decision (void)
{
  return CSP_RECORD (csp_decision_new (1, "Pilot in two regions first"));
}

static CspRecord *
good_risk (void)
{
  CspRisk *risk = csp_risk_new (1, CSP_RISK_CHAMPION_LEFT, "2026-02-01");

  csp_risk_set_resolved_on (risk, "2026-02-01");
  csp_risk_set_saved_arr_minor (risk, 0);
  return CSP_RECORD (risk);
}

static CspRecord *
good_activity (void)
{
  return CSP_RECORD (csp_activity_new (1, "2026-03-03", "Called the CFO"));
}

static CspRecord *
good_plan_template (void)
{
  CspPlanTemplate *template = csp_plan_template_new ("onboarding", "Onboarding");

  csp_plan_template_set_body (template, "  {\"objectives\": []}");
  return CSP_RECORD (template);
}

#define REQUIRED CSP_MODEL_ERROR_REQUIRED
#define BAD_DATE CSP_MODEL_ERROR_INVALID_DATE
#define RANGE    CSP_MODEL_ERROR_OUT_OF_RANGE
#define INVALID  CSP_MODEL_ERROR_INVALID

static const EntityCases entity_cases[] = {
  { "account", good_account, {
    { "name", NULL, 0, REQUIRED, "name" },
    { "name", " \t", 0, REQUIRED, "name" },
    { "arr-minor", NULL, -1, RANGE, "arr" },
    { "currency", "usd", 0, INVALID, "currency" },
    { "renewal-on", "2026-02-30", 0, BAD_DATE, "renewal_on" },
    { "renewal-on", "2026-13-01", 0, BAD_DATE, "renewal_on" },
    { "renewal-on", "2026-1-1", 0, BAD_DATE, "renewal_on" },
    { "churned-on", "2023-01-01", 0, RANGE, "churned_on" },
  } },
  { "stakeholder", good_stakeholder, {
    { "name", NULL, 0, REQUIRED, "name" },
    { "name", "   ", 0, REQUIRED, "name" },
  } },
  { "health-snapshot", good_health_snapshot, {
    { "taken-on", NULL, 0, REQUIRED, "taken_on" },
    { "taken-on", "2026-02-30", 0, BAD_DATE, "taken_on" },
    { "taken-on", "2026-13-01", 0, BAD_DATE, "taken_on" },
    { "taken-on", "2026-1-1", 0, BAD_DATE, "taken_on" },
    { "score", NULL, 101, RANGE, "score" },
    { "score", NULL, -2, RANGE, "score" },
    { "usage", NULL, 101, RANGE, "usage" },
    { "support", NULL, -2, RANGE, "support" },
    { "satisfaction", NULL, 1000, RANGE, "satisfaction" },
    { "nps", NULL, -100, RANGE, "nps" },
    { "engagement", NULL, 101, RANGE, "engagement" },
    { "relationship", NULL, -2, RANGE, "relationship" },
  } },
  { "success-plan", good_success_plan, {
    { "title", "", 0, REQUIRED, "title" },
    { "start-on", "2026-02-30", 0, BAD_DATE, "start_on" },
    { "target-on", "2026-13-01", 0, BAD_DATE, "target_on" },
    { "completed-on", "2026-1-1", 0, BAD_DATE, "completed_on" },
    { "start-on", "2026-07-01", 0, RANGE, "start_on" },
  } },
  { "objective", good_objective, {
    { "title", NULL, 0, REQUIRED, "title" },
    { "due-on", "2026-02-30", 0, BAD_DATE, "due_on" },
    { "due-on", "30.06.2026", 0, BAD_DATE, "due_on" },
    { "position", NULL, -1, RANGE, "position" },
  } },
  { "action-item", good_action_item, {
    { "title", NULL, 0, REQUIRED, "title" },
    { "due-on", "2026-02-30", 0, BAD_DATE, "due_on" },
    { "completed-on", "2026-13-01", 0, BAD_DATE, "completed_on" },
    { "status", NULL, CSP_ACTION_OPEN, INVALID, "completed_on" },
    { "status", NULL, CSP_ACTION_CANCELLED, INVALID, "completed_on" },
    { "position", NULL, -3, RANGE, "position" },
  } },
  { "meeting", good_meeting, {
    { "title", NULL, 0, REQUIRED, "title" },
    { "scheduled-at", NULL, 0, REQUIRED, "scheduled_at" },
    { "scheduled-at", "2026-02-30T10:00:00Z", 0, BAD_DATE, "scheduled_at" },
    { "scheduled-at", "2026-03-01", 0, BAD_DATE, "scheduled_at" },
    { "scheduled-at", "2026-03-01 10:00:00", 0, BAD_DATE, "scheduled_at" },
    { "scheduled-at", "2026-03-01T10:00:00+08:00", 0, BAD_DATE, "scheduled_at" },
    { "scheduled-at", "2026-03-01T10:00:00.5Z", 0, BAD_DATE, "scheduled_at" },
    { "scheduled-at", "2026-03-01T25:00:00Z", 0, BAD_DATE, "scheduled_at" },
    { "duration-minutes", NULL, 0, RANGE, "duration_minutes" },
    { "duration-minutes", NULL, -30, RANGE, "duration_minutes" },
  } },
  { "attendee", good_attendee, {
    { "name", NULL, 0, REQUIRED, "name" },
    { "name", "\n", 0, REQUIRED, "name" },
  } },
  { "decision", good_decision, {
    { "body", NULL, 0, REQUIRED, "body" },
    { "body", " ", 0, REQUIRED, "body" },
    { "position", NULL, -1, RANGE, "position" },
  } },
  { "risk", good_risk, {
    { "raised-on", NULL, 0, REQUIRED, "raised_on" },
    { "raised-on", "2026-02-30", 0, BAD_DATE, "raised_on" },
    { "resolved-on", "2026-13-01", 0, BAD_DATE, "resolved_on" },
    { "resolved-on", "2026-1-1", 0, BAD_DATE, "resolved_on" },
    { "resolved-on", "2026-01-31", 0, RANGE, "resolved_on" },
    { "saved-arr-minor", NULL, -2, RANGE, "saved_arr" },
    { "saved-arr-minor", NULL, G_MININT64, RANGE, "saved_arr" },
  } },
  { "activity", good_activity, {
    { "occurred-on", NULL, 0, REQUIRED, "occurred_on" },
    { "occurred-on", "2026-02-29", 0, BAD_DATE, "occurred_on" },
    { "summary", "", 0, REQUIRED, "summary" },
  } },
  { "plan-template", good_plan_template, {
    { "key", NULL, 0, REQUIRED, "key" },
    { "name", "  ", 0, REQUIRED, "name" },
    { "body", "", 0, INVALID, "body" },
    { "body", NULL, 0, INVALID, "body" },
    { "body", "[1, 2]", 0, INVALID, "body" },
  } },
};

/* Sets @property from the case: text for strings, number otherwise. */
static void
apply_case (CspRecord     *record,
            const BadCase *bad)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), bad->property);
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert_nonnull (pspec);
  g_value_init (&value, pspec->value_type);
  if (G_IS_PARAM_SPEC_STRING (pspec))
    g_value_set_string (&value, bad->text);
  else if (G_IS_PARAM_SPEC_INT (pspec))
    g_value_set_int (&value, (int) bad->number);
  else if (G_IS_PARAM_SPEC_INT64 (pspec))
    g_value_set_int64 (&value, bad->number);
  else if (G_IS_PARAM_SPEC_ENUM (pspec))
    g_value_set_enum (&value, (int) bad->number);
  else
    g_assert_not_reached ();
  g_object_set_property (G_OBJECT (record), bad->property, &value);
}

static void
assert_invalid (CspRecord  *record,
                int         code,
                const char *field)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (csp_record_validate (record, &error));
  g_assert_error (error, CSP_MODEL_ERROR, code);
  if (strstr (error->message, field) == NULL)
    g_error ("“%s” does not name %s", error->message, field);
  g_assert_null (strchr (error->message, '\n'));
}

static void
test_validate_entity (gconstpointer data)
{
  const EntityCases *cases = data;
  g_autoptr(CspRecord) good = cases->make_good ();
  g_autoptr(GError) error = NULL;

  g_assert_true (csp_record_validate (good, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases->bad) && cases->bad[i].property; i++)
    {
      g_autoptr(CspRecord) bad = csp_record_copy (good);

      g_test_message ("%s: %s", cases->name, cases->bad[i].property);
      apply_case (bad, &cases->bad[i]);
      assert_invalid (bad, cases->bad[i].code, cases->bad[i].field);
    }
}

/* Every enum property of every entity accepts exactly its own nicks. */
static void
test_enum_properties (gconstpointer data)
{
  const EntityCases *cases = data;
  g_autoptr(CspRecord) record = cases->make_good ();
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_autoptr(GEnumClass) klass = NULL;
      g_autoptr(GError) error = NULL;
      int value = -1;

      if (!G_IS_PARAM_SPEC_ENUM (pspecs[i]))
        continue;

      klass = g_type_class_ref (pspecs[i]->value_type);
      for (guint v = 0; v < klass->n_values; v++)
        {
          g_assert_true (csp_enum_from_nick (pspecs[i]->value_type,
                                             klass->values[v].value_nick, &value, NULL));
          g_assert_cmpint (value, ==, klass->values[v].value);
        }

      value = -1;
      g_assert_false (csp_enum_from_nick (pspecs[i]->value_type, "Bogus", &value, &error));
      g_assert_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_UNKNOWN_VALUE);
      g_assert_nonnull (strstr (error->message, klass->values[0].value_nick));
      g_assert_cmpint (value, ==, -1);
    }
}

static void
test_snapshot_needs_a_number (void)
{
  g_autoptr(CspHealthSnapshot) snapshot = csp_health_snapshot_new (1, "2026-03-02");

  assert_invalid (CSP_RECORD (snapshot), CSP_MODEL_ERROR_REQUIRED, "score");

  csp_health_snapshot_set_component (snapshot, CSP_COMPONENT_RELATIONSHIP, 0);
  g_assert_true (csp_record_validate (CSP_RECORD (snapshot), NULL));
  g_assert_cmpint (csp_health_snapshot_get_relationship (snapshot), ==, 0);

  csp_health_snapshot_set_relationship (snapshot, CSP_UNSET);
  csp_health_snapshot_set_score (snapshot, 0);
  g_assert_true (csp_record_validate (CSP_RECORD (snapshot), NULL));
}

static void
test_snapshot_effective_score (void)
{
  g_autoptr(CspHealthSnapshot) snapshot = csp_health_snapshot_new (1, "2026-03-02");
  CspHealthWeights weights;
  int components[CSP_N_COMPONENTS];

  csp_health_weights_init (&weights);
  g_assert_cmpint (csp_health_snapshot_get_effective_score (snapshot, &weights), ==, CSP_UNSET);

  /* usage 80 × 25 + support 40 × 15 = 2600 over 40 → 65 */
  csp_health_snapshot_set_component (snapshot, CSP_COMPONENT_USAGE, 80);
  csp_health_snapshot_set_component (snapshot, CSP_COMPONENT_SUPPORT, 40);
  g_assert_true (csp_health_snapshot_has_components (snapshot));
  g_assert_cmpint (csp_health_snapshot_get_effective_score (snapshot, &weights), ==, 65);
  g_assert_cmpint (csp_health_snapshot_get_effective_score (snapshot, NULL), ==, 65);

  csp_health_snapshot_get_components (snapshot, components);
  g_assert_cmpint (components[CSP_COMPONENT_USAGE], ==, 80);
  g_assert_cmpint (components[CSP_COMPONENT_SUPPORT], ==, 40);
  g_assert_cmpint (components[CSP_COMPONENT_NPS], ==, CSP_UNSET);
  g_assert_cmpint (csp_health_snapshot_get_usage (snapshot), ==, 80);
  g_assert_cmpint (csp_health_snapshot_get_support (snapshot), ==, 40);

  weights.weight[CSP_COMPONENT_USAGE] = 0;
  g_assert_cmpint (csp_health_snapshot_get_effective_score (snapshot, &weights), ==, 40);

  /* An explicit score wins over the components. */
  csp_health_snapshot_set_score (snapshot, 12);
  g_assert_cmpint (csp_health_snapshot_get_effective_score (snapshot, &weights), ==, 12);
}

/* Dates and timestamps */

static void
test_date_parse (void)
{
  static const char * const valid[] = { "2026-01-01", "2024-02-29", "2026-12-31", "0001-01-01" };
  static const char * const invalid[] = {
    "2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-01-00",
    "2026-1-1", "2026-01-1", "26-01-01", "2026/01/01", "2026-01-01 ", " 2026-01-01",
    "2026-01-01T00:00:00Z", "", "tomorrow", "0000-01-01",
  };
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autofree char *text = NULL;

      g_assert_true (csp_date_parse (valid[i], &date, NULL));
      text = csp_date_to_text (&date);
      g_assert_cmpstr (text, ==, valid[i]);
      g_assert_true (csp_date_is_valid_text (valid[i]));
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", invalid[i]);
      g_assert_false (csp_date_parse (invalid[i], NULL, &error));
      g_assert_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID_DATE);
      g_assert_false (csp_date_is_valid_text (invalid[i]));
    }

  g_assert_false (csp_date_is_valid_text (NULL));
}

static void
test_date_arithmetic (void)
{
  g_autofree char *leap = csp_date_add_days ("2024-02-28", 1);
  g_autofree char *year_end = csp_date_add_days ("2025-12-31", 1);
  g_autofree char *back = csp_date_add_days ("2026-03-01", -1);
  g_autofree char *bad = csp_date_add_days ("2026-02-30", 1);
  g_autofree char *today = csp_date_today_text ();

  g_assert_cmpstr (leap, ==, "2024-02-29");
  g_assert_cmpstr (year_end, ==, "2026-01-01");
  g_assert_cmpstr (back, ==, "2026-02-28");
  g_assert_null (bad);
  g_assert_true (csp_date_is_valid_text (today));

  g_assert_cmpint (csp_date_days_between ("2026-01-01", "2026-03-01"), ==, 59);
  g_assert_cmpint (csp_date_days_between ("2026-03-01", "2026-01-01"), ==, -59);
  g_assert_cmpint (csp_date_days_between ("2024-01-01", "2025-01-01"), ==, 366);
  g_assert_cmpint (csp_date_days_between ("2026-05-05", "2026-05-05"), ==, 0);
}

static void
test_timestamp (void)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GTimeZone) shanghai = g_time_zone_new_identifier ("+08:00");
  g_autofree char *text = NULL;
  g_autofree char *from_local = NULL;
  g_autofree char *now = csp_timestamp_now_text ();
  g_autoptr(GError) error = NULL;

  g_assert_true (csp_timestamp_parse ("2026-11-25T14:30:00Z", &time, NULL));
  text = csp_timestamp_to_text (time);
  g_assert_cmpstr (text, ==, "2026-11-25T14:30:00Z");

  /* 09:00 in Shanghai is 01:00 UTC: the text is always UTC. */
  local = g_date_time_new (shanghai, 2026, 3, 2, 9, 0, 0);
  from_local = csp_timestamp_to_text (local);
  g_assert_cmpstr (from_local, ==, "2026-03-02T01:00:00Z");

  g_assert_true (csp_check_timestamp ("scheduled_at", now, NULL));
  g_assert_true (csp_check_timestamp ("scheduled_at", NULL, NULL));

  g_assert_false (csp_timestamp_parse ("2026-02-30T10:00:00Z", NULL, &error));
  g_assert_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID_DATE);
  g_clear_error (&error);
  g_assert_false (csp_timestamp_parse ("yesterday", NULL, &error));
  g_assert_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID_DATE);
}

/* Health arithmetic */

static void
test_weighted_score (void)
{
  CspHealthWeights weights;
  int all[CSP_N_COMPONENTS] = { 80, 60, 60, 60, 60, 60 };
  int none[CSP_N_COMPONENTS] = { CSP_UNSET, CSP_UNSET, CSP_UNSET,
                                 CSP_UNSET, CSP_UNSET, CSP_UNSET };
  int some[CSP_N_COMPONENTS] = { CSP_UNSET, 50, CSP_UNSET, 71, CSP_UNSET, CSP_UNSET };
  int zeros[CSP_N_COMPONENTS] = { 0, 0, 0, 0, 0, 0 };

  csp_health_weights_init (&weights);
  g_assert_cmpint (weights.weight[CSP_COMPONENT_USAGE], ==, 25);
  g_assert_cmpint (weights.weight[CSP_COMPONENT_RELATIONSHIP], ==, 15);

  /* (80 × 25 + 60 × 75) / 100 = 65 */
  g_assert_cmpint (csp_health_weighted_score (all, &weights), ==, 65);
  /* Unset components drop out: (50 + 71) / 2 = 60.5, rounded half up. */
  g_assert_cmpint (csp_health_weighted_score (some, &weights), ==, 61);
  some[3] = 70;
  g_assert_cmpint (csp_health_weighted_score (some, &weights), ==, 60);
  g_assert_cmpint (csp_health_weighted_score (none, &weights), ==, CSP_UNSET);
  g_assert_cmpint (csp_health_weighted_score (zeros, &weights), ==, 0);

  /* 50 × 1 + 70 × 2 = 190 over 3 = 63.3 */
  weights.weight[CSP_COMPONENT_SUPPORT] = 1;
  weights.weight[CSP_COMPONENT_NPS] = 2;
  g_assert_cmpint (csp_health_weighted_score (some, &weights), ==, 63);

  /* A zero or negative weight leaves its component out. */
  weights.weight[CSP_COMPONENT_SUPPORT] = 0;
  g_assert_cmpint (csp_health_weighted_score (some, &weights), ==, 70);
  weights.weight[CSP_COMPONENT_NPS] = -5;
  g_assert_cmpint (csp_health_weighted_score (some, &weights), ==, CSP_UNSET);
  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    weights.weight[i] = 0;
  g_assert_cmpint (csp_health_weighted_score (all, &weights), ==, CSP_UNSET);
}

static void
test_weighted_score_rounding (void)
{
  CspHealthWeights weights = { { 1, 1, 1, 0, 0, 0 } };
  int third[CSP_N_COMPONENTS] = { 100, 100, 0, CSP_UNSET, CSP_UNSET, CSP_UNSET };
  int half[CSP_N_COMPONENTS] = { 0, 1, CSP_UNSET, CSP_UNSET, CSP_UNSET, CSP_UNSET };
  int upper_half[CSP_N_COMPONENTS] = { 99, 100, CSP_UNSET, CSP_UNSET, CSP_UNSET, CSP_UNSET };

  /* 66.67 → 67; 0.5 → 1; 99.5 → 100 */
  g_assert_cmpint (csp_health_weighted_score (third, &weights), ==, 67);
  g_assert_cmpint (csp_health_weighted_score (half, &weights), ==, 1);
  g_assert_cmpint (csp_health_weighted_score (upper_half, &weights), ==, 100);
  third[1] = 0;
  g_assert_cmpint (csp_health_weighted_score (third, &weights), ==, 33);
}

static void
test_bands (void)
{
  g_assert_cmpint (csp_health_band_for_score (0), ==, CSP_HEALTH_AT_RISK);
  g_assert_cmpint (csp_health_band_for_score (39), ==, CSP_HEALTH_AT_RISK);
  g_assert_cmpint (csp_health_band_for_score (40), ==, CSP_HEALTH_WATCH);
  g_assert_cmpint (csp_health_band_for_score (69), ==, CSP_HEALTH_WATCH);
  g_assert_cmpint (csp_health_band_for_score (70), ==, CSP_HEALTH_HEALTHY);
  g_assert_cmpint (csp_health_band_for_score (100), ==, CSP_HEALTH_HEALTHY);

  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    {
      g_assert_nonnull (csp_health_component_key (i));
      g_assert_cmpstr (csp_health_component_label (i), !=, "");
    }
}

/* Enums */

static void
test_enum_labels (void)
{
  GType types[] = {
    CSP_TYPE_SEGMENT, CSP_TYPE_LIFECYCLE_STAGE, CSP_TYPE_STAKEHOLDER_LEVEL,
    CSP_TYPE_STAKEHOLDER_ROLE, CSP_TYPE_COUNTERPART, CSP_TYPE_CHANNEL,
    CSP_TYPE_PLAN_STATUS, CSP_TYPE_OBJECTIVE_STATUS, CSP_TYPE_SIDE, CSP_TYPE_PRIORITY,
    CSP_TYPE_ACTION_STATUS, CSP_TYPE_MEETING_KIND, CSP_TYPE_MEETING_CHANNEL,
    CSP_TYPE_MEETING_STATUS, CSP_TYPE_RISK_KIND, CSP_TYPE_ACTIVITY_KIND,
    CSP_TYPE_HEALTH_BAND,
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (types[i]);

      for (guint v = 0; v < klass->n_values; v++)
        {
          int value = klass->values[v].value;
          const char *label = csp_enum_to_label (types[i], value);

          g_assert_nonnull (label);
          g_assert_cmpstr (label, !=, "");
          g_assert_cmpstr (csp_enum_to_nick (types[i], value), ==, klass->values[v].value_nick);
        }
    }

  g_assert_cmpstr (csp_enum_to_label (CSP_TYPE_LIFECYCLE_STAGE, CSP_LIFECYCLE_NEW), ==, "New");
  g_assert_cmpstr (csp_enum_to_label (CSP_TYPE_ACTION_STATUS, CSP_ACTION_OPEN), ==, "Open");
  g_assert_cmpstr (csp_enum_to_nick (CSP_TYPE_SEGMENT, CSP_SEGMENT_MID_MARKET), ==, "mid_market");
}

static void
test_enum_from_nick (void)
{
  g_autoptr(GError) error = NULL;
  int value = -1;

  g_assert_true (csp_enum_from_nick (CSP_TYPE_PRIORITY, "urgent", &value, NULL));
  g_assert_cmpint (value, ==, CSP_PRIORITY_URGENT);

  value = -1;
  g_assert_false (csp_enum_from_nick (CSP_TYPE_PRIORITY, "URGENT", &value, &error));
  g_assert_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_UNKNOWN_VALUE);
  g_assert_nonnull (strstr (error->message, "critical, urgent, normal, low"));
  g_assert_cmpint (value, ==, -1);
  g_clear_error (&error);

  g_assert_false (csp_enum_from_nick (CSP_TYPE_SIDE, NULL, &value, &error));
  g_assert_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_UNKNOWN_VALUE);
}

/* Records */

static void
test_record_copy_equal (void)
{
  g_autoptr(CspRecord) meeting = good_meeting ();
  g_autoptr(CspRecord) copy = NULL;
  g_autoptr(CspRecord) other = good_meeting ();
  g_autoptr(CspRecord) account = good_account ();

  csp_record_set_id (meeting, 42);
  csp_record_set_timestamps (meeting, "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z");
  csp_meeting_set_notes (CSP_MEETING (meeting), "会议纪要");
  csp_meeting_set_channel (CSP_MEETING (meeting), CSP_MEETING_CHANNEL_DINGTALK);

  copy = csp_record_copy (meeting);
  g_assert_true (G_OBJECT_TYPE (copy) == CSP_TYPE_MEETING);
  g_assert_true (copy != meeting);
  g_assert_cmpint (csp_record_get_id (copy), ==, 42);
  g_assert_cmpstr (csp_record_get_created_at (copy), ==, "2026-01-01T00:00:00Z");
  g_assert_cmpstr (csp_record_get_updated_at (copy), ==, "2026-01-02T00:00:00Z");
  g_assert_cmpstr (csp_meeting_get_notes (CSP_MEETING (copy)), ==, "会议纪要");
  g_assert_true (csp_record_equal_values (meeting, copy));
  g_assert_true (csp_record_equal_values (copy, meeting));

  /* Timestamps are not values. */
  csp_record_set_timestamps (copy, NULL, NULL);
  g_assert_true (csp_record_equal_values (meeting, copy));

  /* The copy is independent of the original. */
  csp_meeting_set_notes (CSP_MEETING (copy), "changed");
  g_assert_cmpstr (csp_meeting_get_notes (CSP_MEETING (meeting)), ==, "会议纪要");
  g_assert_false (csp_record_equal_values (meeting, copy));
  csp_meeting_set_notes (CSP_MEETING (copy), "会议纪要");
  g_assert_true (csp_record_equal_values (meeting, copy));

  csp_meeting_set_duration_minutes (CSP_MEETING (copy), 61);
  g_assert_false (csp_record_equal_values (meeting, copy));

  /* Same values but another id, or another type, differ. */
  csp_record_set_id (other, 43);
  csp_meeting_set_notes (CSP_MEETING (other), "会议纪要");
  csp_meeting_set_channel (CSP_MEETING (other), CSP_MEETING_CHANNEL_DINGTALK);
  g_assert_false (csp_record_equal_values (meeting, other));
  csp_record_set_id (other, 42);
  g_assert_true (csp_record_equal_values (meeting, other));
  g_assert_false (csp_record_equal_values (meeting, account));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_record_notify (void)
{
  g_autoptr(CspRisk) risk = g_object_new (CSP_TYPE_RISK, NULL);
  guint notes = 0, severity = 0, saved = 0, any = 0;

  g_signal_connect (risk, "notify::notes", G_CALLBACK (count_notify), &notes);
  g_signal_connect (risk, "notify::severity", G_CALLBACK (count_notify), &severity);
  g_signal_connect (risk, "notify::saved-arr-minor", G_CALLBACK (count_notify), &saved);
  g_signal_connect (risk, "notify", G_CALLBACK (count_notify), &any);

  /* Defaults: setting what is already there is no change. */
  g_assert_cmpint (csp_risk_get_severity (risk), ==, CSP_PRIORITY_NORMAL);
  g_assert_cmpint (csp_risk_get_saved_arr_minor (risk), ==, CSP_UNSET);
  g_assert_null (csp_risk_get_notes (risk));
  csp_risk_set_severity (risk, CSP_PRIORITY_NORMAL);
  csp_risk_set_saved_arr_minor (risk, CSP_UNSET);
  csp_risk_set_notes (risk, NULL);
  g_assert_cmpuint (any, ==, 0);

  csp_risk_set_notes (risk, "budget freeze");
  csp_risk_set_notes (risk, "budget freeze");
  g_assert_cmpuint (notes, ==, 1);
  g_object_set (risk, "notes", "budget freeze", NULL);
  g_assert_cmpuint (notes, ==, 1);
  g_object_set (risk, "notes", "budget freeze!", NULL);
  g_assert_cmpuint (notes, ==, 2);
  csp_risk_set_notes (risk, NULL);
  g_assert_cmpuint (notes, ==, 3);

  csp_risk_set_severity (risk, CSP_PRIORITY_CRITICAL);
  csp_risk_set_severity (risk, CSP_PRIORITY_CRITICAL);
  g_assert_cmpuint (severity, ==, 1);
  csp_risk_set_saved_arr_minor (risk, 500000);
  csp_risk_set_saved_arr_minor (risk, 500000);
  g_assert_cmpuint (saved, ==, 1);

  csp_record_set_id (CSP_RECORD (risk), 7);
  csp_record_set_id (CSP_RECORD (risk), 7);
  g_assert_cmpuint (any, ==, 6);
}

static void
test_record_properties (void)
{
  g_autoptr(CspMeeting) meeting = g_object_new (CSP_TYPE_MEETING, NULL);
  g_autoptr(CspRisk) risk = g_object_new (CSP_TYPE_RISK, NULL);
  g_autoptr(CspActionItem) action = g_object_new (CSP_TYPE_ACTION_ITEM, NULL);
  g_autoptr(CspPlanTemplate) template = g_object_new (CSP_TYPE_PLAN_TEMPLATE, NULL);
  g_autoptr(CspObjective) objective = g_object_new (CSP_TYPE_OBJECTIVE, NULL);
  gint64 plan_id = 0;
  int channel = -1;

  /* Defaults the schema's DEFAULTs agree with. */
  g_assert_cmpint (csp_meeting_get_duration_minutes (meeting), ==, 60);
  g_assert_cmpint (csp_meeting_get_channel (meeting), ==, CSP_MEETING_CHANNEL_VIDEO);
  g_assert_cmpint (csp_meeting_get_kind (meeting), ==, CSP_MEETING_CHECK_IN);
  g_assert_cmpint (csp_risk_get_kind (risk), ==, CSP_RISK_OTHER);
  g_assert_cmpint (csp_action_item_get_owner_side (action), ==, CSP_SIDE_OURS);
  g_assert_cmpint (csp_action_item_get_objective_id (action), ==, 0);
  g_assert_cmpint (csp_action_item_get_meeting_id (action), ==, 0);
  g_assert_cmpint (csp_action_item_get_position (action), ==, 0);
  g_assert_cmpstr (csp_plan_template_get_body (template), ==, "{}");
  g_assert_cmpint (csp_objective_get_status (objective), ==, CSP_OBJECTIVE_NOT_STARTED);

  /* Views bind to the properties: they must see what the setters set. */
  csp_action_item_set_plan_id (action, 99);
  g_object_get (action, "plan-id", &plan_id, NULL);
  g_assert_cmpint (plan_id, ==, 99);
  g_object_set (meeting, "channel", CSP_MEETING_CHANNEL_WECHAT, NULL);
  g_assert_cmpint (csp_meeting_get_channel (meeting), ==, CSP_MEETING_CHANNEL_WECHAT);
  g_object_get (meeting, "channel", &channel, NULL);
  g_assert_cmpint (channel, ==, CSP_MEETING_CHANNEL_WECHAT);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (entity_cases); i++)
    {
      g_autofree char *validate = g_strdup_printf ("/model/validate/%s", entity_cases[i].name);
      g_autofree char *enums = g_strdup_printf ("/model/enum-properties/%s",
                                                entity_cases[i].name);

      g_test_add_data_func (validate, &entity_cases[i], test_validate_entity);
      g_test_add_data_func (enums, &entity_cases[i], test_enum_properties);
    }
  g_test_add_func ("/model/validate/snapshot-needs-a-number", test_snapshot_needs_a_number);
  g_test_add_func ("/model/health/effective-score", test_snapshot_effective_score);
  g_test_add_func ("/model/health/weighted-score", test_weighted_score);
  g_test_add_func ("/model/health/rounding", test_weighted_score_rounding);
  g_test_add_func ("/model/health/bands", test_bands);
  g_test_add_func ("/model/date/parse", test_date_parse);
  g_test_add_func ("/model/date/arithmetic", test_date_arithmetic);
  g_test_add_func ("/model/date/timestamp", test_timestamp);
  g_test_add_func ("/model/enum/labels", test_enum_labels);
  g_test_add_func ("/model/enum/from-nick", test_enum_from_nick);
  g_test_add_func ("/model/record/copy-equal", test_record_copy_equal);
  g_test_add_func ("/model/record/notify", test_record_notify);
  g_test_add_func ("/model/record/properties", test_record_properties);

  return g_test_run ();
}
