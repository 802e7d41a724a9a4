/* csp-report-json.c: reports as json-glib nodes
 *
 * The shapes here are the contract that data/success-planner-ebr.schema.json
 * describes; change both together. Dates are ISO text, money a decimal
 * string with its currency ({"amount": "1234.50", "currency": "CNY"}),
 * missing values null; every count is an integer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-period.h"
#include "csp-report-json.h"

/* Members */

static void
add_text (JsonBuilder *b,
          const char  *name,
          const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL && *value != '\0')
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_int (JsonBuilder *b,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

/* An optional score or percent: CSP_UNSET is null. */
static void
add_optional (JsonBuilder *b,
              const char  *name,
              int          value)
{
  json_builder_set_member_name (b, name);
  if (value == CSP_UNSET)
    json_builder_add_null_value (b);
  else
    json_builder_add_int_value (b, value);
}

/* The health change, which may be -1: never through add_optional(). */
static void
add_change (JsonBuilder            *b,
            const char             *name,
            const CspAccountReport *r)
{
  int change;

  json_builder_set_member_name (b, name);
  if (csp_account_report_health_change (r, &change))
    json_builder_add_int_value (b, change);
  else
    json_builder_add_null_value (b);
}

static void
add_nick (JsonBuilder *b,
          const char  *name,
          GType        enum_type,
          int          value)
{
  add_text (b, name, csp_enum_to_nick (enum_type, value));
}

static void
add_money (JsonBuilder *b,
           const char  *name,
           gint64       minor,
           const char  *currency)
{
  g_autofree char *amount = csp_report_format_money (minor);

  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  add_text (b, "amount", amount);
  add_text (b, "currency", currency);
  json_builder_end_object (b);
}

static void
add_sides (JsonBuilder *b,
           const char  *name,
           const int    by_side[2])
{
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  add_int (b, "ours", by_side[CSP_SIDE_OURS]);
  add_int (b, "customer", by_side[CSP_SIDE_CUSTOMER]);
  json_builder_end_object (b);
}

static void
add_point (JsonBuilder          *b,
           const char           *name,
           const CspHealthPoint *point)
{
  if (name != NULL)
    json_builder_set_member_name (b, name);
  if (point->date[0] == '\0')
    {
      json_builder_add_null_value (b);
      return;
    }

  json_builder_begin_object (b);
  add_text (b, "date", point->date);
  add_optional (b, "score", point->score);
  json_builder_end_object (b);
}

/* The head */

static void
add_period (JsonBuilder *b,
            CspReport   *report)
{
  CspPeriod period;
  g_autofree char *label = NULL;

  csp_period_parse (&period, csp_report_get_from (report), csp_report_get_to (report), NULL);
  label = csp_period_quarter_label (&period);

  json_builder_set_member_name (b, "period");
  json_builder_begin_object (b);
  add_text (b, "from", csp_report_get_from (report));
  add_text (b, "to", csp_report_get_to (report));
  add_text (b, "label", label);
  json_builder_end_object (b);
}

static void
add_currencies (JsonBuilder               *b,
                const CspPortfolioFigures *p)
{
  json_builder_set_member_name (b, "currencies");
  json_builder_begin_array (b);
  for (guint i = 0; i < p->currencies->len; i++)
    {
      const CspCurrencyFigures *c = &g_array_index (p->currencies, CspCurrencyFigures, i);

      json_builder_begin_object (b);
      add_text (b, "currency", c->currency);
      add_money (b, "arr", c->arr_minor, c->currency);
      add_money (b, "arr_at_risk", c->at_risk_minor, c->currency);
      add_money (b, "saved_arr", c->saved_minor, c->currency);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_portfolio (JsonBuilder               *b,
               const CspPortfolioFigures *p)
{
  g_autofree char *crr = csp_report_format_crr (p);
  int progress = p->actions > 0 ? (int) (((gint64) p->actions_done * 200 + p->actions)
                                         / (2 * (gint64) p->actions)) : CSP_UNSET;

  json_builder_set_member_name (b, "portfolio");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "customers");
  json_builder_begin_object (b);
  add_int (b, "at_start", p->at_start);
  add_int (b, "new", p->new_in_period);
  add_int (b, "churned", p->churned);
  add_int (b, "at_end", p->at_end);
  json_builder_end_object (b);
  add_text (b, "crr_pct", crr);
  add_currencies (b, p);
  json_builder_set_member_name (b, "health_bands");
  json_builder_begin_object (b);
  add_int (b, "healthy", p->bands[CSP_HEALTH_HEALTHY]);
  add_int (b, "watch", p->bands[CSP_HEALTH_WATCH]);
  add_int (b, "at_risk", p->bands[CSP_HEALTH_AT_RISK]);
  add_int (b, "none", p->no_health);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "plans");
  json_builder_begin_object (b);
  add_int (b, "total", p->plans);
  add_int (b, "completed", p->plans_completed);
  add_int (b, "actions_total", p->actions);
  add_int (b, "actions_done", p->actions_done);
  add_optional (b, "progress_pct", progress);
  json_builder_end_object (b);
  json_builder_end_object (b);
}

/* The document's members before its "accounts" array: format, version,
 * generated_at, period, and the portfolio when given. */
JsonNode *
csp_report_json_head (CspReport                 *report,
                      const char                *format,
                      const CspPortfolioFigures *portfolio)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  add_text (b, "format", format);
  add_int (b, "version", CSP_REPORT_JSON_VERSION);
  add_text (b, "generated_at", csp_report_get_generated_at (report));
  add_period (b, report);
  if (portfolio != NULL)
    add_portfolio (b, portfolio);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

/* One account of the full report */

static void
add_facts (JsonBuilder *b,
           CspAccount  *a)
{
  add_int (b, "id", csp_record_get_id (CSP_RECORD (a)));
  add_text (b, "name", csp_account_get_name (a));
  add_text (b, "external_id", csp_account_get_external_id (a));
  add_nick (b, "segment", CSP_TYPE_SEGMENT, csp_account_get_segment (a));
  add_nick (b, "lifecycle_stage", CSP_TYPE_LIFECYCLE_STAGE, csp_account_get_lifecycle_stage (a));
  add_text (b, "csm", csp_account_get_csm (a));
  add_money (b, "arr", csp_account_get_arr_minor (a), csp_account_get_currency (a));
  add_text (b, "renewal_on", csp_account_get_renewal_on (a));
  add_text (b, "customer_since", csp_account_get_customer_since (a));
  add_text (b, "churned_on", csp_account_get_churned_on (a));
  add_text (b, "industry", csp_account_get_industry (a));
  add_text (b, "region", csp_account_get_region (a));
}

static void
add_health (JsonBuilder            *b,
            const CspAccountReport *r)
{
  json_builder_set_member_name (b, "health");
  json_builder_begin_object (b);
  add_point (b, "start", &r->health_start);
  add_point (b, "end", &r->health_end);
  add_change (b, "change", r);
  if (r->health_end.score == CSP_UNSET)
    add_text (b, "band_end", NULL);
  else
    add_nick (b, "band_end", CSP_TYPE_HEALTH_BAND, csp_health_band_for_score (r->health_end.score));
  json_builder_set_member_name (b, "trend");
  json_builder_begin_array (b);
  for (guint i = 0; i < r->trend->len; i++)
    add_point (b, NULL, &g_array_index (r->trend, CspHealthPoint, i));
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
add_plan_and_actions (JsonBuilder            *b,
                      const CspAccountReport *r)
{
  json_builder_set_member_name (b, "plan");
  json_builder_begin_object (b);
  add_optional (b, "progress_pct", csp_account_report_progress_pct (r));
  add_int (b, "actions_total", r->actions.total);
  add_int (b, "actions_done", r->actions.done_by_end);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "actions");
  json_builder_begin_object (b);
  add_sides (b, "done_in_period", r->actions.done_in_period);
  add_sides (b, "open_at_end", r->actions.open_at_end);
  add_sides (b, "overdue_at_end", r->actions.overdue_at_end);
  json_builder_end_object (b);
}

static void
add_meetings (JsonBuilder            *b,
              const CspAccountReport *r)
{
  json_builder_set_member_name (b, "meetings");
  json_builder_begin_object (b);
  add_int (b, "held", r->meetings.held);
  add_text (b, "last_on", r->meetings.last_on);
  add_text (b, "next_on", r->meetings.next_on);
  json_builder_set_member_name (b, "held_list");
  json_builder_begin_array (b);
  for (guint i = 0; i < r->held_meetings->len; i++)
    {
      const CspHeldMeeting *m = g_ptr_array_index (r->held_meetings, i);

      json_builder_begin_object (b);
      add_text (b, "date", m->date);
      add_text (b, "kind", m->kind);
      add_text (b, "title", m->title);
      json_builder_set_member_name (b, "decisions");
      json_builder_begin_array (b);
      for (guint j = 0; j < m->decisions->len; j++)
        json_builder_add_string_value (b, g_ptr_array_index (m->decisions, j));
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
add_risk (JsonBuilder *b,
          CspRisk     *risk,
          const char  *currency)
{
  gint64 saved = csp_risk_get_saved_arr_minor (risk);

  json_builder_begin_object (b);
  add_nick (b, "kind", CSP_TYPE_RISK_KIND, csp_risk_get_kind (risk));
  add_nick (b, "severity", CSP_TYPE_PRIORITY, csp_risk_get_severity (risk));
  add_text (b, "raised_on", csp_risk_get_raised_on (risk));
  add_text (b, "resolved_on", csp_risk_get_resolved_on (risk));
  if (saved == CSP_UNSET)
    add_text (b, "saved_arr", NULL);
  else
    add_money (b, "saved_arr", saved, currency);
  json_builder_end_object (b);
}

static void
add_risks (JsonBuilder            *b,
           const CspAccountReport *r)
{
  const char *currency = csp_account_get_currency (r->account);

  json_builder_set_member_name (b, "risks");
  json_builder_begin_object (b);
  add_int (b, "raised", r->risks.raised);
  add_int (b, "resolved", r->risks.resolved);
  add_int (b, "open_at_end", r->risks.open_at_end);
  add_money (b, "saved_arr", r->risks.saved_arr_minor, currency);
  json_builder_set_member_name (b, "list");
  json_builder_begin_array (b);
  for (guint i = 0; i < r->risk_list->len; i++)
    add_risk (b, g_ptr_array_index (r->risk_list, i), currency);
  json_builder_end_array (b);
  json_builder_end_object (b);
}

JsonNode *
csp_report_json_account (const CspAccountReport *figures)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  add_facts (b, figures->account);
  add_health (b, figures);
  add_plan_and_actions (b, figures);
  add_meetings (b, figures);
  add_risks (b, figures);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

/* One account of the summary: the same fields, in the same order, as
 * the columns of the ebr-summary CSV. */
JsonNode *
csp_report_json_summary (const CspAccountReport *r)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  CspAccount *a = r->account;
  g_autofree char *arr = csp_report_format_money (csp_account_get_arr_minor (a));
  g_autofree char *saved = csp_report_format_money (r->risks.saved_arr_minor);

  json_builder_begin_object (b);
  add_text (b, "account", csp_account_get_name (a));
  add_text (b, "external_id", csp_account_get_external_id (a));
  add_nick (b, "segment", CSP_TYPE_SEGMENT, csp_account_get_segment (a));
  add_nick (b, "lifecycle_stage", CSP_TYPE_LIFECYCLE_STAGE, csp_account_get_lifecycle_stage (a));
  add_text (b, "csm", csp_account_get_csm (a));
  add_text (b, "arr", arr);
  add_text (b, "currency", csp_account_get_currency (a));
  add_text (b, "renewal_on", csp_account_get_renewal_on (a));
  add_optional (b, "health_start", r->health_start.score);
  add_optional (b, "health_end", r->health_end.score);
  add_change (b, "health_change", r);
  add_optional (b, "plan_progress_pct", csp_account_report_progress_pct (r));
  add_int (b, "actions_done", csp_account_report_sum_sides (r->actions.done_in_period));
  add_int (b, "actions_open", csp_account_report_sum_sides (r->actions.open_at_end));
  add_int (b, "actions_overdue", csp_account_report_sum_sides (r->actions.overdue_at_end));
  add_int (b, "meetings_held", r->meetings.held);
  add_text (b, "last_meeting_on", r->meetings.last_on);
  add_text (b, "next_meeting_on", r->meetings.next_on);
  add_int (b, "open_risks", r->risks.open_at_end);
  add_text (b, "saved_arr", saved);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}
