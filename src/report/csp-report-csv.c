/* csp-report-csv.c: the rows of each CSV report
 *
 * Each report is one table with a header row, so any CSV reader takes
 * it as it is. The `ebr` report flattens to one row per account: the
 * ebr-summary columns, then the per-side and dated details; the
 * portfolio section, which has no row shape, is in the JSON form only.
 * The `accounts` and `health` columns are shared with the importer
 * (csp-csv-columns.h), so those exports import again unchanged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-csv-columns.h"
#include "csp-report-csv.h"

static const char * const summary_columns[] = {
  "account", "external_id", "segment", "lifecycle_stage", "csm", "arr", "currency",
  "renewal_on", "health_start", "health_end", "health_change", "plan_progress_pct",
  "actions_done", "actions_open", "actions_overdue", "meetings_held", "last_meeting_on",
  "next_meeting_on", "open_risks", "saved_arr",
};

static const char * const ebr_extra_columns[] = {
  "customer_since", "churned_on", "industry", "region",
  "health_start_on", "health_end_on", "health_band_end",
  "actions_total", "actions_done_by_end",
  "actions_done_ours", "actions_done_customer",
  "actions_open_ours", "actions_open_customer",
  "actions_overdue_ours", "actions_overdue_customer",
  "decisions", "risks_raised", "risks_resolved",
};

static const char * const action_columns[] = {
  "account", "plan", "objective", "title", "owner_side", "owner_name", "due_on",
  "priority", "status", "completed_on", "meeting", "meeting_on",
};

/* Cells */

static void
add_optional (CspCsvWriter *w,
              int           value)
{
  if (value == CSP_UNSET)
    csp_csv_writer_add_empty (w);
  else
    csp_csv_writer_add_int (w, value);
}

static void
add_money (CspCsvWriter *w,
           gint64        minor)
{
  g_autofree char *amount = csp_report_format_money (minor);

  csp_csv_writer_add_number (w, amount);
}

static void
add_nick (CspCsvWriter *w,
          GType         enum_type,
          int           value)
{
  csp_csv_writer_add_text (w, csp_enum_to_nick (enum_type, value));
}

/* ebr-summary */

void
csp_report_csv_summary_header (CspCsvWriter *writer)
{
  csp_csv_writer_add_header (writer, summary_columns, G_N_ELEMENTS (summary_columns));
}

void
csp_report_csv_summary_row (CspCsvWriter           *w,
                            const CspAccountReport *r)
{
  CspAccount *a = r->account;
  int change;

  csp_csv_writer_add_text (w, csp_account_get_name (a));
  csp_csv_writer_add_text (w, csp_account_get_external_id (a));
  add_nick (w, CSP_TYPE_SEGMENT, csp_account_get_segment (a));
  add_nick (w, CSP_TYPE_LIFECYCLE_STAGE, csp_account_get_lifecycle_stage (a));
  csp_csv_writer_add_text (w, csp_account_get_csm (a));
  add_money (w, csp_account_get_arr_minor (a));
  csp_csv_writer_add_text (w, csp_account_get_currency (a));
  csp_csv_writer_add_text (w, csp_account_get_renewal_on (a));
  add_optional (w, r->health_start.score);
  add_optional (w, r->health_end.score);
  /* A change of -1 is a value, not CSP_UNSET: ask, don't compare. */
  if (csp_account_report_health_change (r, &change))
    csp_csv_writer_add_int (w, change);
  else
    csp_csv_writer_add_empty (w);
  add_optional (w, csp_account_report_progress_pct (r));
  csp_csv_writer_add_int (w, csp_account_report_sum_sides (r->actions.done_in_period));
  csp_csv_writer_add_int (w, csp_account_report_sum_sides (r->actions.open_at_end));
  csp_csv_writer_add_int (w, csp_account_report_sum_sides (r->actions.overdue_at_end));
  csp_csv_writer_add_int (w, r->meetings.held);
  csp_csv_writer_add_text (w, r->meetings.last_on);
  csp_csv_writer_add_text (w, r->meetings.next_on);
  csp_csv_writer_add_int (w, r->risks.open_at_end);
  add_money (w, r->risks.saved_arr_minor);
}

/* ebr */

void
csp_report_csv_ebr_header (CspCsvWriter *writer)
{
  csp_report_csv_summary_header (writer);
  csp_csv_writer_add_header (writer, ebr_extra_columns, G_N_ELEMENTS (ebr_extra_columns));
}

static guint
count_decisions (const CspAccountReport *r)
{
  guint n = 0;

  for (guint i = 0; i < r->held_meetings->len; i++)
    n += ((CspHeldMeeting *) g_ptr_array_index (r->held_meetings, i))->decisions->len;

  return n;
}

void
csp_report_csv_ebr_row (CspCsvWriter           *w,
                        const CspAccountReport *r)
{
  CspAccount *a = r->account;
  const CspActionFigures *x = &r->actions;

  csp_report_csv_summary_row (w, r);
  csp_csv_writer_add_text (w, csp_account_get_customer_since (a));
  csp_csv_writer_add_text (w, csp_account_get_churned_on (a));
  csp_csv_writer_add_text (w, csp_account_get_industry (a));
  csp_csv_writer_add_text (w, csp_account_get_region (a));
  csp_csv_writer_add_text (w, r->health_start.date);
  csp_csv_writer_add_text (w, r->health_end.date);
  if (r->health_end.score == CSP_UNSET)
    csp_csv_writer_add_empty (w);
  else
    add_nick (w, CSP_TYPE_HEALTH_BAND, csp_health_band_for_score (r->health_end.score));
  csp_csv_writer_add_int (w, x->total);
  csp_csv_writer_add_int (w, x->done_by_end);
  for (int i = 0; i < 3; i++)
    {
      const int *by_side = i == 0 ? x->done_in_period : i == 1 ? x->open_at_end : x->overdue_at_end;

      csp_csv_writer_add_int (w, by_side[CSP_SIDE_OURS]);
      csp_csv_writer_add_int (w, by_side[CSP_SIDE_CUSTOMER]);
    }
  csp_csv_writer_add_int (w, count_decisions (r));
  csp_csv_writer_add_int (w, r->risks.raised);
  csp_csv_writer_add_int (w, r->risks.resolved);
}

/* actions */

void
csp_report_csv_actions_header (CspCsvWriter *writer)
{
  csp_csv_writer_add_header (writer, action_columns, G_N_ELEMENTS (action_columns));
}

void
csp_report_csv_actions_row (CspCsvWriter       *w,
                            const CspActionRow *row)
{
  const char *cells[] = {
    row->account, row->plan, row->objective, row->title, row->owner_side,
    row->owner_name, row->due_on, row->priority, row->status, row->completed_on,
    row->meeting, row->meeting_on,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (cells) == G_N_ELEMENTS (action_columns));
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    csp_csv_writer_add_text (w, cells[i]);
}

/* health */

void
csp_report_csv_health_header (CspCsvWriter *writer)
{
  csp_csv_writer_add_header (writer, csp_csv_health_columns, CSP_CSV_HEALTH_N_COLUMNS);
}

void
csp_report_csv_health_row (CspCsvWriter       *w,
                           const CspHealthRow *row)
{
  csp_csv_writer_add_text (w, row->account);
  csp_csv_writer_add_text (w, row->date);
  add_optional (w, row->score);
  for (int i = 0; i < CSP_N_COMPONENTS; i++)
    add_optional (w, row->components[i]);
}

/* accounts */

void
csp_report_csv_accounts_header (CspCsvWriter *writer)
{
  csp_csv_writer_add_header (writer, csp_csv_accounts_columns, CSP_CSV_ACCOUNTS_N_COLUMNS);
}

/* In the order of csp_csv_accounts_columns. */
void
csp_report_csv_accounts_row (CspCsvWriter *w,
                             CspAccount   *a)
{
  csp_csv_writer_add_text (w, csp_account_get_name (a));
  csp_csv_writer_add_text (w, csp_account_get_external_id (a));
  add_nick (w, CSP_TYPE_SEGMENT, csp_account_get_segment (a));
  add_nick (w, CSP_TYPE_LIFECYCLE_STAGE, csp_account_get_lifecycle_stage (a));
  csp_csv_writer_add_text (w, csp_account_get_csm (a));
  add_money (w, csp_account_get_arr_minor (a));
  csp_csv_writer_add_text (w, csp_account_get_currency (a));
  csp_csv_writer_add_text (w, csp_account_get_renewal_on (a));
  csp_csv_writer_add_text (w, csp_account_get_customer_since (a));
  csp_csv_writer_add_text (w, csp_account_get_industry (a));
  csp_csv_writer_add_text (w, csp_account_get_region (a));
  csp_csv_writer_add_text (w, csp_account_get_notes (a));
}
