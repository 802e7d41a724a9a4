/* csp-store-schema.c: the schema, one migration per version
 *
 * Migration N takes a database from user_version N-1 to N. Each runs in
 * one transaction together with the user_version bump (see
 * csp-store.c). Never edit a released migration: add the next one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-store-private.h"

/* Ids are AUTOINCREMENT so a deleted row's id is never handed to a new
 * row: undo re-inserts deleted rows with their old ids. */

/* A date column: NULL or a real YYYY-MM-DD day. SQLite's date() turns
 * 2026-02-30 into 2026-03-02, so the comparison rejects impossible days. */
#define DATE_CHECK(col) "CHECK (" col " IS NULL OR (" col " GLOB " \
  "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(" col ") IS " col "))"
#define SCORE_CHECK(col) "CHECK (" col " IS NULL OR " col " BETWEEN 0 AND 100)"
#define TIMESTAMPS \
  "created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), " \
  "updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"

static const char migration_1[] =
  "CREATE TABLE setting ("
  "  key TEXT PRIMARY KEY NOT NULL,"
  "  value TEXT NOT NULL"
  ") WITHOUT ROWID;"

  "INSERT INTO setting (key, value) VALUES"
  "  ('health.weight.usage', '25'), ('health.weight.support', '15'),"
  "  ('health.weight.satisfaction', '15'), ('health.weight.nps', '15'),"
  "  ('health.weight.engagement', '15'), ('health.weight.relationship', '15');"

  "CREATE TABLE account ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  name TEXT NOT NULL CHECK (trim(name) <> ''),"
  "  external_id TEXT UNIQUE CHECK (external_id IS NULL OR external_id <> ''),"
  "  segment TEXT NOT NULL DEFAULT 'mid_market'"
  "    CHECK (segment IN ('enterprise', 'mid_market', 'smb')),"
  "  lifecycle_stage TEXT NOT NULL DEFAULT 'new' CHECK (lifecycle_stage IN"
  "    ('new', 'onboarding', 'growth', 'expansion', 'renewal', 'advocacy', 'churned')),"
  "  csm TEXT,"
  "  arr_minor INTEGER NOT NULL DEFAULT 0 CHECK (arr_minor >= 0),"
  "  currency TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3 AND currency = upper(currency)),"
  "  renewal_on TEXT " DATE_CHECK ("renewal_on") ","
  "  customer_since TEXT " DATE_CHECK ("customer_since") ","
  "  churned_on TEXT " DATE_CHECK ("churned_on") ","
  "  industry TEXT,"
  "  region TEXT,"
  "  notes TEXT,"
  "  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
  "  " TIMESTAMPS
  ");"
  "CREATE INDEX account_name_idx ON account (name);"
  "CREATE INDEX account_renewal_idx ON account (renewal_on);"

  "CREATE TABLE stakeholder ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL CHECK (trim(name) <> ''),"
  "  title TEXT,"
  "  level TEXT NOT NULL DEFAULT 'member'"
  "    CHECK (level IN ('executive', 'project_lead', 'member')),"
  "  role TEXT NOT NULL DEFAULT 'user' CHECK (role IN"
  "    ('sponsor', 'champion', 'decision_maker', 'user', 'detractor')),"
  "  counterpart TEXT NOT NULL DEFAULT 'support_team' CHECK (counterpart IN"
  "    ('executive_sponsor', 'account_manager', 'support_team')),"
  "  email TEXT,"
  "  phone TEXT,"
  "  preferred_channel TEXT NOT NULL DEFAULT 'email' CHECK (preferred_channel IN"
  "    ('email', 'phone', 'sms', 'wechat', 'dingtalk', 'in_product', 'in_person', 'other')),"
  "  notes TEXT,"
  "  " TIMESTAMPS
  ");"
  "CREATE INDEX stakeholder_account_idx ON stakeholder (account_id, level);"

  "CREATE TABLE health_snapshot ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,"
  "  taken_on TEXT NOT NULL " DATE_CHECK ("taken_on") ","
  "  score INTEGER " SCORE_CHECK ("score") ","
  "  usage INTEGER " SCORE_CHECK ("usage") ","
  "  support INTEGER " SCORE_CHECK ("support") ","
  "  satisfaction INTEGER " SCORE_CHECK ("satisfaction") ","
  "  nps INTEGER " SCORE_CHECK ("nps") ","
  "  engagement INTEGER " SCORE_CHECK ("engagement") ","
  "  relationship INTEGER " SCORE_CHECK ("relationship") ","
  "  " TIMESTAMPS ","
  "  UNIQUE (account_id, taken_on),"
  "  CHECK (score IS NOT NULL OR usage IS NOT NULL OR support IS NOT NULL OR"
  "         satisfaction IS NOT NULL OR nps IS NOT NULL OR engagement IS NOT NULL OR"
  "         relationship IS NOT NULL)"
  ");"

  /* The score a snapshot shows: its own, or the weighted mean of its
   * components under the weights in `setting`, rounded half up exactly
   * as csp_health_weighted_score() does. */
  "CREATE VIEW health_score AS"
  "  WITH w AS (SELECT"
  "    coalesce(max(CASE key WHEN 'health.weight.usage' THEN CAST(value AS INTEGER) END), 25) AS usage,"
  "    coalesce(max(CASE key WHEN 'health.weight.support' THEN CAST(value AS INTEGER) END), 15) AS support,"
  "    coalesce(max(CASE key WHEN 'health.weight.satisfaction' THEN CAST(value AS INTEGER) END), 15) AS satisfaction,"
  "    coalesce(max(CASE key WHEN 'health.weight.nps' THEN CAST(value AS INTEGER) END), 15) AS nps,"
  "    coalesce(max(CASE key WHEN 'health.weight.engagement' THEN CAST(value AS INTEGER) END), 15) AS engagement,"
  "    coalesce(max(CASE key WHEN 'health.weight.relationship' THEN CAST(value AS INTEGER) END), 15) AS relationship"
  "    FROM setting),"
  "  parts AS (SELECT h.id, h.account_id, h.taken_on, h.score,"
  "    coalesce(h.usage * max(w.usage, 0), 0) + coalesce(h.support * max(w.support, 0), 0) +"
  "    coalesce(h.satisfaction * max(w.satisfaction, 0), 0) + coalesce(h.nps * max(w.nps, 0), 0) +"
  "    coalesce(h.engagement * max(w.engagement, 0), 0) +"
  "    coalesce(h.relationship * max(w.relationship, 0), 0) AS weighted,"
  "    iif(h.usage IS NULL, 0, max(w.usage, 0)) + iif(h.support IS NULL, 0, max(w.support, 0)) +"
  "    iif(h.satisfaction IS NULL, 0, max(w.satisfaction, 0)) + iif(h.nps IS NULL, 0, max(w.nps, 0)) +"
  "    iif(h.engagement IS NULL, 0, max(w.engagement, 0)) +"
  "    iif(h.relationship IS NULL, 0, max(w.relationship, 0)) AS total"
  "    FROM health_snapshot h, w)"
  "  SELECT id, account_id, taken_on,"
  "    coalesce(score, iif(total > 0, CAST(weighted * 1.0 / total + 0.5 AS INTEGER), NULL)) AS score"
  "  FROM parts;"

  "CREATE TABLE success_plan ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,"
  "  title TEXT NOT NULL CHECK (trim(title) <> ''),"
  "  desired_outcome TEXT,"
  "  status TEXT NOT NULL DEFAULT 'draft'"
  "    CHECK (status IN ('draft', 'active', 'completed', 'cancelled')),"
  "  start_on TEXT " DATE_CHECK ("start_on") ","
  "  target_on TEXT " DATE_CHECK ("target_on") ","
  "  completed_on TEXT " DATE_CHECK ("completed_on") ","
  "  template_key TEXT,"
  "  " TIMESTAMPS
  ");"
  "CREATE INDEX success_plan_account_idx ON success_plan (account_id, status);"

  "CREATE TABLE objective ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  plan_id INTEGER NOT NULL REFERENCES success_plan (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  title TEXT NOT NULL CHECK (trim(title) <> ''),"
  "  metric TEXT,"
  "  baseline TEXT,"
  "  target TEXT,"
  "  current TEXT,"
  "  due_on TEXT " DATE_CHECK ("due_on") ","
  "  status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN"
  "    ('not_started', 'on_track', 'at_risk', 'achieved', 'missed')),"
  "  " TIMESTAMPS
  ");"
  "CREATE INDEX objective_plan_idx ON objective (plan_id, position);"

  "CREATE TABLE meeting ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL DEFAULT 'check_in' CHECK (kind IN"
  "    ('strategy', 'ebr', 'kickoff', 'check_in', 'escalation')),"
  "  title TEXT NOT NULL CHECK (trim(title) <> ''),"
  "  scheduled_at TEXT NOT NULL CHECK (scheduled_at GLOB"
  "    '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'"
  "    AND date(scheduled_at) IS substr(scheduled_at, 1, 10)),"
  "  duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes > 0),"
  "  channel TEXT NOT NULL DEFAULT 'video' CHECK (channel IN"
  "    ('in_person', 'video', 'phone', 'wechat', 'dingtalk', 'other')),"
  "  status TEXT NOT NULL DEFAULT 'planned'"
  "    CHECK (status IN ('planned', 'held', 'cancelled')),"
  "  agenda TEXT,"
  "  notes TEXT,"
  "  " TIMESTAMPS
  ");"
  "CREATE INDEX meeting_account_idx ON meeting (account_id, scheduled_at);"
  "CREATE INDEX meeting_schedule_idx ON meeting (status, scheduled_at);"

  "CREATE TABLE action_item ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  plan_id INTEGER NOT NULL REFERENCES success_plan (id) ON DELETE CASCADE,"
  "  objective_id INTEGER REFERENCES objective (id) ON DELETE SET NULL,"
  "  meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  title TEXT NOT NULL CHECK (trim(title) <> ''),"
  "  owner_side TEXT NOT NULL DEFAULT 'ours' CHECK (owner_side IN ('customer', 'ours')),"
  "  owner_name TEXT,"
  "  due_on TEXT " DATE_CHECK ("due_on") ","
  "  priority TEXT NOT NULL DEFAULT 'normal'"
  "    CHECK (priority IN ('critical', 'urgent', 'normal', 'low')),"
  "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN"
  "    ('open', 'in_progress', 'blocked', 'done', 'cancelled')),"
  "  completed_on TEXT " DATE_CHECK ("completed_on") ","
  "  notes TEXT,"
  "  " TIMESTAMPS ","
  "  CHECK (status = 'done' OR completed_on IS NULL)"
  ");"
  "CREATE INDEX action_item_plan_idx ON action_item (plan_id, position);"
  "CREATE INDEX action_item_due_idx ON action_item (status, due_on);"
  "CREATE INDEX action_item_objective_idx ON action_item (objective_id);"
  "CREATE INDEX action_item_meeting_idx ON action_item (meeting_id);"
  "CREATE INDEX action_item_completed_idx ON action_item (completed_on);"

  "CREATE TABLE attendee ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
  "  stakeholder_id INTEGER REFERENCES stakeholder (id) ON DELETE SET NULL,"
  "  name TEXT NOT NULL CHECK (trim(name) <> ''),"
  "  side TEXT NOT NULL DEFAULT 'customer' CHECK (side IN ('customer', 'ours')),"
  "  role TEXT,"
  "  " TIMESTAMPS
  ");"
  "CREATE INDEX attendee_meeting_idx ON attendee (meeting_id);"
  "CREATE INDEX attendee_stakeholder_idx ON attendee (stakeholder_id);"

  "CREATE TABLE decision ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
  "  action_id INTEGER REFERENCES action_item (id) ON DELETE SET NULL,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  body TEXT NOT NULL CHECK (trim(body) <> ''),"
  "  " TIMESTAMPS
  ");"
  "CREATE INDEX decision_meeting_idx ON decision (meeting_id, position);"
  "CREATE INDEX decision_action_idx ON decision (action_id);"

  "CREATE TABLE risk ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('low_usage', 'data_export_request',"
  "    'billing_question', 'champion_left', 'unresolved_critical', 'competitor',"
  "    'budget_cut', 'other')),"
  "  severity TEXT NOT NULL DEFAULT 'normal'"
  "    CHECK (severity IN ('critical', 'urgent', 'normal', 'low')),"
  "  raised_on TEXT NOT NULL " DATE_CHECK ("raised_on") ","
  "  resolved_on TEXT " DATE_CHECK ("resolved_on") ","
  "  saved_arr_minor INTEGER CHECK (saved_arr_minor IS NULL OR saved_arr_minor >= 0),"
  "  notes TEXT,"
  "  " TIMESTAMPS ","
  "  CHECK (resolved_on IS NULL OR resolved_on >= raised_on)"
  ");"
  "CREATE INDEX risk_account_idx ON risk (account_id, resolved_on);"

  "CREATE TABLE activity ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,"
  "  occurred_on TEXT NOT NULL " DATE_CHECK ("occurred_on") ","
  "  kind TEXT NOT NULL DEFAULT 'note'"
  "    CHECK (kind IN ('note', 'call', 'email', 'escalation', 'milestone')),"
  "  summary TEXT NOT NULL CHECK (trim(summary) <> ''),"
  "  details TEXT,"
  "  " TIMESTAMPS
  ");"
  "CREATE INDEX activity_account_idx ON activity (account_id, occurred_on);"

  "CREATE TABLE plan_template ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  key TEXT NOT NULL UNIQUE CHECK (trim(key) <> ''),"
  "  name TEXT NOT NULL CHECK (trim(name) <> ''),"
  "  lifecycle_stage TEXT NOT NULL DEFAULT 'new' CHECK (lifecycle_stage IN"
  "    ('new', 'onboarding', 'growth', 'expansion', 'renewal', 'advocacy', 'churned')),"
  "  description TEXT,"
  "  body TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(body)),"
  "  " TIMESTAMPS
  ");";

const char * const csp_store_migrations[] = {
  NULL, /* version 0: an empty file */
  migration_1,
};

const guint csp_store_n_migrations = G_N_ELEMENTS (csp_store_migrations) - 1;
