/* csp-store-queries.c: the lists the window shows, one query each
 *
 * Each list is one SELECT that joins what a row shows (an account and
 * its latest health score; an action item with its account and plan; a
 * meeting with its account) and returns small view-model objects, so a
 * view never runs a query per row.
 *
 * The lists are read off the main thread: csp_store_query_async() opens
 * a second connection on the same file in a worker (a connection
 * belongs to one thread; WAL lets it read while the window's own
 * connection writes) and hands the finished list back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-store-private.h"
#include "csp-store-queries.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csp-action-group.h"
#include "csp-health-trend.h"

/* Record columns */

typedef struct
{
  GType        type;
  GParamSpec **columns;  /* the type's own properties, in order */
  guint        n_columns;
  char        *sql;      /* "x.id, x.created_at, x.updated_at, x.col, …" */
} RecordColumns;

/* The columns of a record type as a select list under @alias. Built
 * once from the property list (program text, never user text) and kept
 * for the life of the process. */
static RecordColumns *
record_columns_new (GType       type,
                    const char *alias)
{
  RecordColumns *rc = g_new0 (RecordColumns, 1);
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree GParamSpec **all = NULL;
  guint n_all;

  rc->type = type;
  all = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_all);
  rc->columns = g_new0 (GParamSpec *, n_all);
  g_string_printf (sql, "%s.id, %s.created_at, %s.updated_at", alias, alias, alias);
  for (guint i = 0; i < n_all; i++)
    {
      g_autofree char *name = NULL;

      if (all[i]->owner_type != type)
        continue;
      name = g_strdelimit (g_strdup (all[i]->name), "-", '_');
      g_string_append_printf (sql, ", %s.%s", alias, name);
      rc->columns[rc->n_columns++] = all[i];
    }
  rc->sql = g_string_free (g_steal_pointer (&sql), FALSE);

  return rc;
}

/* The record whose columns start at @first in the current row. */
static gpointer
record_from_row (RecordColumns *rc,
                 sqlite3_stmt  *stmt,
                 int            first)
{
  CspRecord *record = g_object_new (rc->type, NULL);

  csp_record_set_id (record, sqlite3_column_int64 (stmt, first));
  csp_record_set_timestamps (record,
                             (const char *) sqlite3_column_text (stmt, first + 1),
                             (const char *) sqlite3_column_text (stmt, first + 2));
  for (guint i = 0; i < rc->n_columns; i++)
    _csp_store_read_column (record, rc->columns[i], stmt, first + 3 + (int) i);

  return record;
}

static int
record_n_columns (RecordColumns *rc)
{
  return 3 + (int) rc->n_columns;
}

/* Runs @stmt to its end, appending what @row_func makes of each row. */
typedef gpointer (*RowFunc) (sqlite3_stmt *stmt);

static GListModel *
collect_rows (CspStore      *self,
              sqlite3_stmt  *stmt,
              GType          item_type,
              RowFunc        row_func,
              GError       **error)
{
  g_autoptr(GListStore) list = g_list_store_new (item_type);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, row_func (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _csp_store_set_error (self, rc, error);
      return NULL;
    }

  /* One splice instead of an append per row: one items-changed. */
  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* Accounts */

static RecordColumns *
account_columns (void)
{
  static RecordColumns *columns;

  if (g_once_init_enter (&columns))
    g_once_init_leave (&columns, record_columns_new (CSP_TYPE_ACCOUNT, "a"));

  return columns;
}

static const char *
account_summaries_sql (void)
{
  static char *sql;

  /* One row per account, each figure from an index: the latest
   * snapshots and the latest one taken 30 days before the newest
   * ("date=score" in any order, the score empty when a snapshot has
   * none) through the (account_id, taken_on) unique index, their scores
   * from the health_score view, which applies the component weights;
   * "open/overdue" actions through the plans of the account; the next
   * planned meeting from the meetings grouped once. */
  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf (
      "SELECT %s,"
      " (SELECT group_concat(s.taken_on || '=' || coalesce(s.score, '')) FROM health_score s"
      "  WHERE s.id IN (SELECT h.id FROM health_snapshot h WHERE h.account_id = a.id"
      "                 ORDER BY h.taken_on DESC LIMIT " G_STRINGIFY (CSP_SPARKLINE_MAX) ")"
      "     OR s.id = (SELECT h.id FROM health_snapshot h WHERE h.account_id = a.id"
      "                  AND h.taken_on <= date((SELECT max(l.taken_on) FROM health_snapshot l"
      "                                          WHERE l.account_id = a.id), '-30 days')"
      "                ORDER BY h.taken_on DESC LIMIT 1)),"
      " CAST(julianday(a.renewal_on) - julianday(?1) AS INTEGER),"
      " (SELECT count(*) || '/' || coalesce(sum(i.due_on IS NOT NULL AND i.due_on < ?1), 0)"
      "  FROM success_plan p JOIN action_item i ON i.plan_id = p.id"
      "  WHERE p.account_id = a.id AND p.status IN ('draft', 'active')"
      "    AND i.status IN ('open', 'in_progress', 'blocked')),"
      " m.next_at"
      " FROM account a"
      " LEFT JOIN (SELECT account_id, min(scheduled_at) AS next_at FROM meeting"
      "            WHERE status = 'planned' AND scheduled_at >= ?2"
      "            GROUP BY account_id) m ON m.account_id = a.id"
      " ORDER BY a.name, a.id", account_columns ()->sql));

  return sql;
}

/* "date=score" into @point; an empty score is CSP_UNSET. */
static gboolean
parse_point (const char    *text,
             CspTrendPoint *point)
{
  const char *eq = strchr (text, '=');

  if (eq == NULL || eq - text != 10)
    return FALSE;
  memcpy (point->date, text, 10);
  point->date[10] = '\0';
  point->value = eq[1] == '\0' ? CSP_UNSET : atoi (eq + 1);
  return TRUE;
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  return strcmp (((const CspTrendPoint *) a)->date, ((const CspTrendPoint *) b)->date);
}

/* The snapshots of @text ("date=score,…"), oldest first. */
static GArray *
read_points (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text ? text : "", ",", -1);
  GArray *points = g_array_new (FALSE, TRUE, sizeof (CspTrendPoint));
  CspTrendPoint point = { { 0 } };

  for (guint i = 0; parts[i] != NULL; i++)
    if (parse_point (parts[i], &point))
      g_array_append_val (points, point);
  g_array_sort (points, compare_points);
  return points;
}

/* The health figures of @facts from @points (oldest first): the change
 * as the account page computes it; the sparkline from the latest ones
 * (the oldest may be the one 30 days back, read for the change). */
static void
set_health_facts (CspAccountFacts *facts,
                  GArray          *points)
{
  CspTrendPoint *p = (CspTrendPoint *) points->data;
  guint first = points->len - MIN (points->len, CSP_SPARKLINE_MAX);

  facts->health_score = points->len > 0 ? p[points->len - 1].value : CSP_UNSET;
  facts->has_change = csp_trend_points_change (p, points->len, &facts->health_change);
  for (guint i = first; i < points->len; i++)
    if (p[i].value != CSP_UNSET)
      facts->sparkline[facts->n_sparkline++] = p[i].value;
}

static gpointer
account_summary_from_row (sqlite3_stmt *stmt)
{
  RecordColumns *columns = account_columns ();
  g_autoptr(CspAccount) account = record_from_row (columns, stmt, 0);
  int n = record_n_columns (columns);
  const char *actions = (const char *) sqlite3_column_text (stmt, n + 2);
  const char *next_at = (const char *) sqlite3_column_text (stmt, n + 3);
  g_autoptr(GArray) points = read_points ((const char *) sqlite3_column_text (stmt, n));
  CspAccountFacts facts = { 0 };

  set_health_facts (&facts, points);
  facts.renewal_days = sqlite3_column_type (stmt, n + 1) == SQLITE_NULL
                       ? G_MAXINT : sqlite3_column_int (stmt, n + 1);
  if (actions == NULL ||
      sscanf (actions, "%u/%u", &facts.n_open_actions, &facts.n_overdue_actions) != 2)
    facts.n_open_actions = facts.n_overdue_actions = 0;
  g_strlcpy (facts.next_meeting, next_at ? next_at : "", sizeof facts.next_meeting);

  return csp_account_summary_new_with_facts (account, &facts);
}

/* Every account with its health (latest score, the latest scores for a
 * sparkline, the change over 30 days), days to renewal from @today
 * (YYYY-MM-DD), open and overdue actions and the next planned meeting
 * at or after @now (a UTC timestamp), ordered by name. */
GListModel *
csp_store_list_account_summaries (CspStore    *self,
                                  const char  *today,
                                  const char  *now,
                                  GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CSP_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL && now != NULL, NULL);

  if (!(stmt = _csp_store_prepare (self, account_summaries_sql (), error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  return collect_rows (self, stmt, CSP_TYPE_ACCOUNT_SUMMARY, account_summary_from_row, error);
}

/* Action items */

static RecordColumns *
action_columns (void)
{
  static RecordColumns *columns;

  if (g_once_init_enter (&columns))
    g_once_init_leave (&columns, record_columns_new (CSP_TYPE_ACTION_ITEM, "x"));

  return columns;
}

static const char *
tracked_actions_sql (void)
{
  static char *sql;

  /* Done items latest first (a NULL completion sorts last), the last
   * changed first within a day; then the soonest due, undated last;
   * then the more pressing priority. */
  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf (
      "SELECT %s, a.id, a.name, p.title,"
      "   x.status IN ('open', 'in_progress', 'blocked') AND x.due_on < ?1"
      " FROM action_item x"
      " JOIN success_plan p ON p.id = x.plan_id"
      " JOIN account a ON a.id = p.account_id"
      " WHERE p.status IN ('draft', 'active')"
      "    OR (x.status = 'done' AND x.completed_on >= date(?1, '-"
      G_STRINGIFY (CSP_RECENTLY_DONE_DAYS) " days'))"
      " ORDER BY x.completed_on DESC, iif(x.status = 'done', x.updated_at, NULL) DESC,"
      "   x.due_on IS NULL, x.due_on,"
      "   CASE x.priority WHEN 'critical' THEN 0 WHEN 'urgent' THEN 1"
      "                   WHEN 'normal' THEN 2 ELSE 3 END, x.id", action_columns ()->sql));

  return sql;
}

static gpointer
action_summary_from_row (sqlite3_stmt *stmt)
{
  RecordColumns *columns = action_columns ();
  g_autoptr(CspActionItem) action = record_from_row (columns, stmt, 0);
  int n = record_n_columns (columns);

  return csp_action_summary_new (action,
                                 sqlite3_column_int64 (stmt, n),
                                 (const char *) sqlite3_column_text (stmt, n + 1),
                                 (const char *) sqlite3_column_text (stmt, n + 2),
                                 sqlite3_column_int (stmt, n + 3) != 0);
}

/* The action items the Plans page tracks, on the day @today
 * (YYYY-MM-DD): every item of the draft and active plans of every
 * account, whatever its status (the page groups those to do and tallies
 * progress over all), and the items of any plan done in the last
 * CSP_RECENTLY_DONE_DAYS days. Items still to do and due before @today
 * are marked overdue. */
GListModel *
csp_store_list_tracked_actions (CspStore    *self,
                                const char  *today,
                                GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CSP_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  if (!(stmt = _csp_store_prepare (self, tracked_actions_sql (), error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  return collect_rows (self, stmt, CSP_TYPE_ACTION_SUMMARY, action_summary_from_row, error);
}

/* Meetings */

static RecordColumns *
meeting_columns (void)
{
  static RecordColumns *columns;

  if (g_once_init_enter (&columns))
    g_once_init_leave (&columns, record_columns_new (CSP_TYPE_MEETING, "m"));

  return columns;
}

static const char *
meeting_summaries_sql (void)
{
  static char *sql;

  /* Counts through the attendee and decision indexes on meeting_id. A
   * meeting is still to come until it ends (it starts at scheduled_at
   * and lasts duration_minutes): those first, soonest first, then the
   * past ones, latest first. */
  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf (
      "SELECT %s, a.name,"
      " (SELECT count(*) FROM attendee t WHERE t.meeting_id = m.id),"
      " (SELECT count(*) FROM decision d WHERE d.meeting_id = m.id),"
      " m.upcoming"
      " FROM (SELECT *, strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', scheduled_at,"
      "                          duration_minutes || ' minutes') > ?1 AS upcoming"
      "       FROM meeting) m"
      " JOIN account a ON a.id = m.account_id"
      " ORDER BY m.upcoming DESC,"
      "   CASE WHEN m.upcoming THEN m.scheduled_at END,"
      "   m.scheduled_at DESC, m.id", meeting_columns ()->sql));

  return sql;
}

static gpointer
meeting_overview_from_row (sqlite3_stmt *stmt)
{
  RecordColumns *columns = meeting_columns ();
  g_autoptr(CspMeeting) meeting = record_from_row (columns, stmt, 0);
  int n = record_n_columns (columns);

  return csp_meeting_summary_new_full (meeting,
                                       (const char *) sqlite3_column_text (stmt, n),
                                       (guint) sqlite3_column_int (stmt, n + 1),
                                       (guint) sqlite3_column_int (stmt, n + 2),
                                       sqlite3_column_int (stmt, n + 3) != 0);
}

/* Every meeting of every account with its account's name and its counts
 * of attendees and decisions; those not ended by @now (a UTC timestamp)
 * are upcoming and come first, soonest first, then the others, latest
 * first. */
GListModel *
csp_store_list_meeting_summaries (CspStore    *self,
                                  const char  *now,
                                  GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CSP_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (!(stmt = _csp_store_prepare (self, meeting_summaries_sql (), error)))
    return NULL;

  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  return collect_rows (self, stmt, CSP_TYPE_MEETING_SUMMARY, meeting_overview_from_row, error);
}

/* Running a query in a worker */

typedef struct
{
  char              *path;
  CspStoreQueryFunc  query;
  gpointer           data;
  GDestroyNotify     data_free;
} QueryData;

static void
query_data_free (QueryData *qd)
{
  if (qd->data_free != NULL)
    qd->data_free (qd->data);
  g_free (qd->path);
  g_free (qd);
}

static void
query_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  QueryData *qd = task_data;
  g_autoptr(CspStore) store = NULL;
  GListModel *list = NULL;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (!(store = csp_store_open_connection (qd->path, &error)) ||
      !(list = qd->query (store, qd->data, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, list, g_object_unref);
}

/* Runs @query on a new connection to @self's file in a worker thread.
 * @query_data goes to @query and is freed with @query_data_free in the
 * end; it must be safe to use from that thread. */
void
csp_store_query_async (CspStore            *self,
                       CspStoreQueryFunc    query,
                       gpointer             query_data,
                       GDestroyNotify       query_data_free_func,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  QueryData *qd;

  g_return_if_fail (CSP_IS_STORE (self));
  g_return_if_fail (query != NULL);

  qd = g_new0 (QueryData, 1);
  qd->path = g_strdup (csp_store_get_path (self));
  qd->query = query;
  qd->data = query_data;
  qd->data_free = query_data_free_func;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, csp_store_query_async);
  g_task_set_task_data (task, qd, (GDestroyNotify) query_data_free);
  g_task_run_in_thread (task, query_thread);
}

GListModel *
csp_store_query_finish (CspStore      *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (CSP_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == csp_store_query_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
