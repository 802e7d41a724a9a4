/* csp-store-brief.c: the brief of a meeting, read in a few queries
 *
 * Everything is as of the meeting's local day (see csp-meeting-brief.c):
 * the meeting and its account, the previous held meeting of the account
 * (cancelled and planned ones do not count), the health on the two days
 * in one query, then the lists (csp-store-brief-lists.c), one query
 * each. No query runs per row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-meeting-brief.h"
#include "csp-store-brief.h"
#include "csp-store-brief-private.h"
#include "csp-store-private.h"
#include "csp-store-records.h"

/* The held meeting of @meeting's account just before it (by time; at
 * the same time, the one with the lower id), or NULL. */
static gboolean
read_previous (CspStore    *self,
               CspMeeting  *meeting,
               CspMeeting **out_previous,
               GError     **error)
{
  static char *sql;
  sqlite3_stmt *stmt;
  int rc;

  if (g_once_init_enter (&sql))
    {
      g_autofree char *columns = _csp_store_select_columns (CSP_TYPE_MEETING, "p");

      g_once_init_leave (&sql, g_strdup_printf (
        "SELECT %s FROM meeting p"
        " WHERE p.account_id = ?1 AND p.status = 'held' AND p.id <> ?2"
        "   AND (p.scheduled_at < ?3 OR (p.scheduled_at = ?3 AND p.id < ?2))"
        " ORDER BY p.scheduled_at DESC, p.id DESC LIMIT 1", columns));
    }
  if (!(stmt = _csp_store_prepare (self, sql, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, csp_meeting_get_account_id (meeting));
  sqlite3_bind_int64 (stmt, 2, csp_record_get_id (CSP_RECORD (meeting)));
  sqlite3_bind_text (stmt, 3, csp_meeting_get_scheduled_at (meeting), -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  *out_previous = rc == SQLITE_ROW ? _csp_store_read_record (CSP_TYPE_MEETING, stmt, 0, NULL)
                                   : NULL;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _csp_store_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

static void
health_from_row (sqlite3_stmt   *stmt,
                 CspBriefHealth *health)
{
  g_strlcpy (health->date, (const char *) sqlite3_column_text (stmt, 1), sizeof health->date);
  health->score = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? CSP_UNSET
                                                               : sqlite3_column_int (stmt, 2);
  for (int i = 0; i < CSP_N_COMPONENTS; i++)
    health->components[i] = sqlite3_column_type (stmt, 3 + i) == SQLITE_NULL
                            ? CSP_UNSET : sqlite3_column_int (stmt, 3 + i);
}

/* The latest snapshots on or before the meeting's day (row 0) and on
 * or before the "since" day (row 1), with the score the health_score
 * view computes under the weights in force. */
static gboolean
read_health (CspStore         *self,
             CspMeetingBrief  *brief,
             GError          **error)
{
  static const char sql[] =
    "SELECT 0, h.taken_on, s.score, h.usage, h.support, h.satisfaction, h.nps,"
    "  h.engagement, h.relationship"
    " FROM health_snapshot h JOIN health_score s ON s.id = h.id"
    " WHERE h.id = (SELECT id FROM health_snapshot WHERE account_id = ?1 AND taken_on <= ?2"
    "               ORDER BY taken_on DESC LIMIT 1)"
    " UNION ALL "
    "SELECT 1, h.taken_on, s.score, h.usage, h.support, h.satisfaction, h.nps,"
    "  h.engagement, h.relationship"
    " FROM health_snapshot h JOIN health_score s ON s.id = h.id"
    " WHERE h.id = (SELECT id FROM health_snapshot WHERE account_id = ?1 AND taken_on <= ?3"
    "               ORDER BY taken_on DESC LIMIT 1)";
  CspBriefHealth points[2];
  sqlite3_stmt *stmt = _csp_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  csp_brief_health_clear (&points[0]);
  csp_brief_health_clear (&points[1]);
  sqlite3_bind_int64 (stmt, 1,
                      csp_record_get_id (CSP_RECORD (csp_meeting_brief_get_account (brief))));
  sqlite3_bind_text (stmt, 2, csp_meeting_brief_get_date (brief), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, csp_meeting_brief_get_since (brief), -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    health_from_row (stmt, &points[sqlite3_column_int (stmt, 0) != 0]);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _csp_store_set_error (self, rc, error);
      return FALSE;
    }

  csp_meeting_brief_set_health (brief, &points[0], &points[1]);
  return TRUE;
}

/* The brief of meeting @meeting_id as of its day. */
CspMeetingBrief *
csp_store_meeting_brief (CspStore  *self,
                         gint64     meeting_id,
                         GError   **error)
{
  g_autoptr(CspMeeting) meeting = NULL;
  g_autoptr(CspMeeting) previous = NULL;
  g_autoptr(CspAccount) account = NULL;
  g_autoptr(CspMeetingBrief) brief = NULL;

  g_return_val_if_fail (CSP_IS_STORE (self), NULL);

  if (!(meeting = csp_store_get_meeting (self, meeting_id, error)) ||
      !(account = csp_store_get_account (self, csp_meeting_get_account_id (meeting), error)) ||
      !read_previous (self, meeting, &previous, error))
    return NULL;

  brief = csp_meeting_brief_new (meeting, account, previous);
  if (!read_health (self, brief, error) ||
      !_csp_store_brief_read_actions (self, brief, error) ||
      !_csp_store_brief_read_risks (self, brief, error) ||
      !_csp_store_brief_read_decisions (self, brief, error) ||
      !_csp_store_brief_read_people (self, brief, error))
    return NULL;

  return g_steal_pointer (&brief);
}

/* csp_store_meeting_brief() as a CspStoreQueryFunc for
 * csp_store_query_async(): @query is a CspMeetingBriefQuery; the list
 * holds the one brief. */
GListModel *
csp_store_query_meeting_brief (CspStore  *self,
                               gpointer   query,
                               GError   **error)
{
  CspMeetingBriefQuery *q = query;
  g_autoptr(CspMeetingBrief) brief = NULL;
  GListStore *list;

  if (!(brief = csp_store_meeting_brief (self, q->meeting_id, error)))
    return NULL;

  list = g_list_store_new (CSP_TYPE_MEETING_BRIEF);
  g_list_store_append (list, brief);
  return G_LIST_MODEL (list);
}
