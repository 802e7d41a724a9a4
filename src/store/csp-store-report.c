/* csp-store-report.c: the figures of an EBR report, read in aggregate
 *
 * Reports read what is stored now and place it in the period by its
 * dates: an action counts as done at the period's end when it was
 * completed by the last day (or is done with no completion date), a risk
 * as open when it was raised by the last day and not resolved by then,
 * health as the nearest snapshot at or before a day. Scores come from
 * the health_score view, which applies the component weights.
 *
 * The selection of accounts is bound as one JSON array of ids (?1,
 * read with json_each) or NULL for every account that is not archived,
 * so one prepared statement serves any selection and no SQL is built
 * from input. The period's days are ?2 and ?3.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "csp-store-private.h"
#include "csp-store-records.h"
#include "csp-store-report.h"
#include "csp-store-report-private.h"

/* Helpers */

/* Shared with csp-store-report-portfolio.c (csp-store-report-private.h) */

void
_csp_report_bind_selection (sqlite3_stmt *stmt,
                            const gint64 *ids,
                            guint         n_ids)
{
  g_autoptr(GString) json = NULL;

  if (n_ids == 0)
    {
      sqlite3_bind_null (stmt, 1);
      return;
    }

  json = g_string_new ("[");
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i ? "," : "", ids[i]);
  g_string_append_c (json, ']');
  sqlite3_bind_text (stmt, 1, json->str, (int) json->len, SQLITE_TRANSIENT);
}

void
_csp_report_bind_period (sqlite3_stmt *stmt,
                         const char   *from,
                         const char   *to)
{
  sqlite3_bind_text (stmt, 2, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, to, -1, SQLITE_TRANSIENT);
}

/* A cached statement whose ?1 is the account and ?2, ?3 the period. */
static sqlite3_stmt *
prepare_for_account (CspStore    *self,
                     const char  *sql,
                     gint64       account_id,
                     const char  *from,
                     const char  *to,
                     GError     **error)
{
  sqlite3_stmt *stmt = _csp_store_prepare (self, sql, error);

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, account_id);
      _csp_report_bind_period (stmt, from, to);
    }
  return stmt;
}

/* Steps a statement that returns exactly one row; resets it when done
 * unless the caller still reads the row (then the caller resets). */
gboolean
_csp_report_step_one_row (CspStore      *self,
                          sqlite3_stmt  *stmt,
                          GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;

  if (rc == SQLITE_DONE)
    g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_FAILED,
                 "%s: %s", csp_store_get_path (self), _("a report query returned no row"));
  else
    _csp_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return FALSE;
}

/* Runs a statement of prepare_for_account() that returns exactly one
 * row, and leaves it on that row for the caller to read and reset. */
static sqlite3_stmt *
query_account_row (CspStore    *self,
                   const char  *sql,
                   gint64       account_id,
                   const char  *from,
                   const char  *to,
                   GError     **error)
{
  sqlite3_stmt *stmt = prepare_for_account (self, sql, account_id, from, to, error);

  return stmt != NULL && _csp_report_step_one_row (self, stmt, error) ? stmt : NULL;
}

/* Ends a loop over rows: resets, and turns anything but DONE into an error. */
gboolean
_csp_report_finish_rows (CspStore      *self,
                         sqlite3_stmt  *stmt,
                         int            rc,
                         GError       **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;

  _csp_store_set_error (self, rc, error);
  return FALSE;
}

const char *
_csp_report_column_text (sqlite3_stmt *stmt,
                         int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static int
column_score (sqlite3_stmt *stmt,
              int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? CSP_UNSET
                                                         : sqlite3_column_int (stmt, column);
}

static void
copy_day (char       *day,
          const char *text)
{
  g_strlcpy (day, text ? text : "", 11);
}

/* Accounts */

/* An account by external id, then by exact name (which must be unique),
 * then by database id when @name_or_id is a number. */
gboolean
csp_store_find_account_id (CspStore    *self,
                           const char  *name_or_id,
                           gint64      *out_id,
                           GError     **error)
{
  static const char sql[] =
    "SELECT id, (SELECT count(*) FROM account n WHERE n.name = ?1) FROM account"
    " WHERE external_id = ?1 OR name = ?1 OR id = (CASE WHEN ?1 GLOB '[0-9]*'"
    "   AND ?1 NOT GLOB '*[^0-9]*' THEN CAST(?1 AS INTEGER) END)"
    " ORDER BY external_id = ?1 DESC, name = ?1 DESC LIMIT 1";
  sqlite3_stmt *stmt;
  int rc, n_named;

  if (!(stmt = _csp_store_prepare (self, sql, error)))
    return FALSE;

  sqlite3_bind_text (stmt, 1, name_or_id, -1, SQLITE_TRANSIENT);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          _csp_store_set_error (self, rc, error);
          return FALSE;
        }
      g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND,
                   _("no account named “%s”"), name_or_id);
      return FALSE;
    }

  *out_id = sqlite3_column_int64 (stmt, 0);
  n_named = sqlite3_column_int (stmt, 1);
  sqlite3_reset (stmt);
  if (n_named > 1)
    {
      g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND,
                   _("%d accounts are named “%s”; give the external id instead"),
                   n_named, name_or_id);
      return FALSE;
    }

  return TRUE;
}

/* Calls @func with each selected account, ordered by name. Only ids are
 * held by the loop, so memory stays one account deep. */
gboolean
csp_store_foreach_report_account (CspStore             *self,
                                  const gint64         *ids,
                                  guint                 n_ids,
                                  CspStoreAccountFunc   func,
                                  gpointer              user_data,
                                  GError              **error)
{
  static const char sql[] =
    "SELECT a.id FROM account a WHERE " SELECTED ("a") " ORDER BY a.name, a.id";
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);

  if (!(stmt = _csp_store_prepare (self, sql, error)))
    return FALSE;

  _csp_report_bind_selection (stmt, ids, n_ids);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CspAccount) account = NULL;

      account = csp_store_get_account (self, sqlite3_column_int64 (stmt, 0), error);
      if (account == NULL || !func (account, user_data, error))
        {
          sqlite3_reset (stmt);
          return FALSE;
        }
    }

  return _csp_report_finish_rows (self, stmt, rc, error);
}

/* Streamed lists */

gboolean
csp_store_foreach_action_row (CspStore              *self,
                              const gint64          *ids,
                              guint                  n_ids,
                              CspStoreActionRowFunc  func,
                              gpointer               user_data,
                              GError               **error)
{
  static const char sql[] =
    "SELECT a.name, p.title, o.title, x.title, x.owner_side, x.owner_name, x.due_on,"
    "  x.priority, x.status, x.completed_on, m.title, substr(m.scheduled_at, 1, 10)"
    " FROM account a JOIN success_plan p ON p.account_id = a.id"
    " JOIN action_item x ON x.plan_id = p.id"
    " LEFT JOIN objective o ON o.id = x.objective_id"
    " LEFT JOIN meeting m ON m.id = x.meeting_id"
    " WHERE " SELECTED ("a")
    " ORDER BY a.name, a.id, p.start_on, p.id, x.position, x.id";
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _csp_store_prepare (self, sql, error)))
    return FALSE;

  _csp_report_bind_selection (stmt, ids, n_ids);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CspActionRow row = {
        _csp_report_column_text (stmt, 0), _csp_report_column_text (stmt, 1), _csp_report_column_text (stmt, 2),
        _csp_report_column_text (stmt, 3), _csp_report_column_text (stmt, 4), _csp_report_column_text (stmt, 5),
        _csp_report_column_text (stmt, 6), _csp_report_column_text (stmt, 7), _csp_report_column_text (stmt, 8),
        _csp_report_column_text (stmt, 9), _csp_report_column_text (stmt, 10), _csp_report_column_text (stmt, 11),
      };

      if (!func (&row, user_data, error))
        {
          sqlite3_reset (stmt);
          return FALSE;
        }
    }

  return _csp_report_finish_rows (self, stmt, rc, error);
}

gboolean
csp_store_foreach_health_row (CspStore              *self,
                              const gint64          *ids,
                              guint                  n_ids,
                              const char            *from,
                              const char            *to,
                              CspStoreHealthRowFunc  func,
                              gpointer               user_data,
                              GError               **error)
{
  static const char sql[] =
    "SELECT coalesce(a.external_id, a.name), h.taken_on, h.score, h.usage, h.support,"
    "  h.satisfaction, h.nps, h.engagement, h.relationship"
    " FROM account a JOIN health_snapshot h ON h.account_id = a.id"
    " WHERE " SELECTED ("a") " AND h.taken_on BETWEEN ?2 AND ?3"
    " ORDER BY a.name, a.id, h.taken_on";
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _csp_store_prepare (self, sql, error)))
    return FALSE;

  _csp_report_bind_selection (stmt, ids, n_ids);
  _csp_report_bind_period (stmt, from, to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CspHealthRow row = { _csp_report_column_text (stmt, 0), _csp_report_column_text (stmt, 1),
                           column_score (stmt, 2), { 0 } };

      for (int i = 0; i < CSP_N_COMPONENTS; i++)
        row.components[i] = column_score (stmt, 3 + i);
      if (!func (&row, user_data, error))
        {
          sqlite3_reset (stmt);
          return FALSE;
        }
    }

  return _csp_report_finish_rows (self, stmt, rc, error);
}

/* One account */

/* The nearest snapshot at or before @date; point->score is CSP_UNSET
 * and point->date empty when there is none. */
gboolean
csp_store_health_at (CspStore        *self,
                     gint64           account_id,
                     const char      *date,
                     CspHealthPoint  *point,
                     GError         **error)
{
  static const char sql[] =
    "SELECT h.taken_on, (SELECT s.score FROM health_score s WHERE s.id = h.id)"
    " FROM health_snapshot h WHERE h.account_id = ?1 AND h.taken_on <= ?2"
    " ORDER BY h.taken_on DESC LIMIT 1";
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = _csp_store_prepare (self, sql, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
  copy_day (point->date, NULL);
  point->score = CSP_UNSET;
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      copy_day (point->date, _csp_report_column_text (stmt, 0));
      point->score = column_score (stmt, 1);
      rc = SQLITE_DONE;
    }

  return _csp_report_finish_rows (self, stmt, rc, error);
}

/* The scored snapshots taken in the period, oldest first (CspHealthPoint). */
GArray *
csp_store_health_trend (CspStore    *self,
                        gint64       account_id,
                        const char  *from,
                        const char  *to,
                        GError     **error)
{
  static const char sql[] =
  /* Not "AS score": in WHERE, h.score (the stored column) would win
   * over the alias and drop the snapshots that have only components. */
    "SELECT h.taken_on, (SELECT s.score FROM health_score s WHERE s.id = h.id) AS effective"
    " FROM health_snapshot h WHERE h.account_id = ?1 AND h.taken_on BETWEEN ?2 AND ?3"
    "   AND effective IS NOT NULL ORDER BY h.taken_on";
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (CspHealthPoint));
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = prepare_for_account (self, sql, account_id, from, to, error)))
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CspHealthPoint point;

      copy_day (point.date, _csp_report_column_text (stmt, 0));
      point.score = sqlite3_column_int (stmt, 1);
      g_array_append_val (points, point);
    }

  if (!_csp_report_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&points);
}

gboolean
csp_store_action_figures (CspStore          *self,
                          gint64             account_id,
                          const char        *from,
                          const char        *to,
                          CspActionFigures  *figures,
                          GError           **error)
{
  /* Columns come in CspSide order: customer, then ours. */
#define BY_SIDE(cond) \
  "sum(x.owner_side = 'customer' AND " cond "), sum(x.owner_side = 'ours' AND " cond ")"
  static const char sql[] =
    "SELECT " BY_SIDE ("x.status = 'done' AND x.completed_on BETWEEN ?2 AND ?3") ","
    "  " BY_SIDE ("NOT " DONE_BY_END) ","
    "  " BY_SIDE ("NOT " DONE_BY_END " AND x.due_on <= ?3") ","
    "  sum(" DONE_BY_END "), count(*)"
    " FROM success_plan p JOIN action_item x ON x.plan_id = p.id"
    " WHERE p.account_id = ?1 AND p.status <> 'cancelled' AND x.status <> 'cancelled'";
#undef BY_SIDE
  sqlite3_stmt *stmt;

  if (!(stmt = query_account_row (self, sql, account_id, from, to, error)))
    return FALSE;

  /* sum() over no rows is NULL, which reads as 0. */
  for (int side = 0; side < 2; side++)
    {
      figures->done_in_period[side] = sqlite3_column_int (stmt, side);
      figures->open_at_end[side] = sqlite3_column_int (stmt, 2 + side);
      figures->overdue_at_end[side] = sqlite3_column_int (stmt, 4 + side);
    }
  figures->done_by_end = sqlite3_column_int (stmt, 6);
  figures->total = sqlite3_column_int (stmt, 7);
  sqlite3_reset (stmt);

  return TRUE;
}

gboolean
csp_store_risk_figures (CspStore        *self,
                        gint64           account_id,
                        const char      *from,
                        const char      *to,
                        CspRiskFigures  *figures,
                        GError         **error)
{
  static const char sql[] =
    "SELECT sum(raised_on BETWEEN ?2 AND ?3), sum(resolved_on BETWEEN ?2 AND ?3),"
    "  sum(raised_on <= ?3 AND (resolved_on IS NULL OR resolved_on > ?3)),"
    "  sum(iif(resolved_on BETWEEN ?2 AND ?3, saved_arr_minor, 0))"
    " FROM risk WHERE account_id = ?1";
  sqlite3_stmt *stmt;

  if (!(stmt = query_account_row (self, sql, account_id, from, to, error)))
    return FALSE;

  figures->raised = sqlite3_column_int (stmt, 0);
  figures->resolved = sqlite3_column_int (stmt, 1);
  figures->open_at_end = sqlite3_column_int (stmt, 2);
  figures->saved_arr_minor = sqlite3_column_int64 (stmt, 3);
  sqlite3_reset (stmt);

  return TRUE;
}

/* Meeting times are UTC timestamps; a period's days are UTC days, so
 * "before the day after the last day" compares as text on the index.
 * The unary + on status keeps SQLite off meeting_schedule_idx (status,
 * scheduled_at), which it prefers but which scans every account's
 * meetings of the period: the (account_id, scheduled_at) index is the
 * one that stays small per account. */
gboolean
csp_store_meeting_figures (CspStore           *self,
                           gint64              account_id,
                           const char         *from,
                           const char         *to,
                           CspMeetingFigures  *figures,
                           GError            **error)
{
  static const char sql[] =
    "SELECT"
    "  (SELECT count(*) FROM meeting WHERE account_id = ?1 AND +status = 'held'"
    "     AND scheduled_at >= ?2 AND scheduled_at < date(?3, '+1 day')),"
    "  (SELECT substr(max(scheduled_at), 1, 10) FROM meeting WHERE account_id = ?1"
    "     AND +status = 'held' AND scheduled_at < date(?3, '+1 day')),"
    "  (SELECT substr(min(scheduled_at), 1, 10) FROM meeting WHERE account_id = ?1"
    "     AND +status <> 'cancelled' AND scheduled_at >= date(?3, '+1 day'))";
  sqlite3_stmt *stmt;

  if (!(stmt = query_account_row (self, sql, account_id, from, to, error)))
    return FALSE;

  figures->held = sqlite3_column_int (stmt, 0);
  figures->last_on = _csp_store_dup_text (stmt, 1);
  figures->next_on = _csp_store_dup_text (stmt, 2);
  sqlite3_reset (stmt);

  return TRUE;
}

static CspHeldMeeting *
held_meeting_from_row (sqlite3_stmt *stmt)
{
  CspHeldMeeting *meeting = g_new0 (CspHeldMeeting, 1);

  copy_day (meeting->date, _csp_report_column_text (stmt, 1));
  meeting->kind = _csp_store_dup_text (stmt, 2);
  meeting->title = _csp_store_dup_text (stmt, 3);
  meeting->decisions = g_ptr_array_new_with_free_func (g_free);
  return meeting;
}

/* The meetings held in the period, oldest first, each with its
 * decisions: one query over the meeting and decision indexes. */
GPtrArray *
csp_store_held_meetings (CspStore    *self,
                         gint64       account_id,
                         const char  *from,
                         const char  *to,
                         GError     **error)
{
  static const char sql[] =
    "SELECT m.id, substr(m.scheduled_at, 1, 10), m.kind, m.title, d.body"
    " FROM meeting m LEFT JOIN decision d ON d.meeting_id = m.id"
    " WHERE m.account_id = ?1 AND +m.status = 'held'"
    "   AND m.scheduled_at >= ?2 AND m.scheduled_at < date(?3, '+1 day')"
    " ORDER BY m.scheduled_at, m.id, d.position, d.id";
  g_autoptr(GPtrArray) meetings =
    g_ptr_array_new_with_free_func ((GDestroyNotify) csp_held_meeting_free);
  CspHeldMeeting *current = NULL;
  gint64 current_id = 0;
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = prepare_for_account (self, sql, account_id, from, to, error)))
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (current == NULL || sqlite3_column_int64 (stmt, 0) != current_id)
        {
          current = held_meeting_from_row (stmt);
          current_id = sqlite3_column_int64 (stmt, 0);
          g_ptr_array_add (meetings, current);
        }
      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        g_ptr_array_add (current->decisions, _csp_store_dup_text (stmt, 4));
    }

  if (!_csp_report_finish_rows (self, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&meetings);
}

void
csp_meeting_figures_clear (CspMeetingFigures *figures)
{
  g_clear_pointer (&figures->last_on, g_free);
  g_clear_pointer (&figures->next_on, g_free);
}

void
csp_held_meeting_free (CspHeldMeeting *meeting)
{
  g_free (meeting->kind);
  g_free (meeting->title);
  g_ptr_array_unref (meeting->decisions);
  g_free (meeting);
}
