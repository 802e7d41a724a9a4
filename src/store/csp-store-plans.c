/* csp-store-plans.c: a success plan's ordered objectives and actions
 *
 * Objectives and actions are kept in the order the user gives them by
 * their position column, 0, 1, 2… within their plan. New ones go last;
 * moving one renumbers its siblings in one transaction, so the order
 * on disk never has gaps or ties that a reader could see half done.
 *
 * Completing a plan records the day and, when asked, cancels the
 * actions still to do, in one transaction. Undo in the plan page puts
 * back what it copied before a change: csp_store_restore_records()
 * inserts deleted rows again with their ids (ids are never reused) and
 * rewrites changed ones, all or nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-store-plans.h"
#include "csp-store-private.h"
#include "csp-store-records.h"

/* The tables whose rows have a position within a plan. */
typedef struct
{
  const char *table;
  const char *next_sql;     /* the position after the last of a plan */
  const char *plan_sql;     /* the plan of a row */
  const char *siblings_sql; /* the ids of a plan's rows, in order */
  const char *move_sql;
} Ordered;

static const Ordered objectives = {
  "objective",
  "SELECT COALESCE(MAX(position) + 1, 0) FROM objective WHERE plan_id = ?",
  "SELECT plan_id FROM objective WHERE id = ?",
  "SELECT id FROM objective WHERE plan_id = ? ORDER BY position, id",
  "UPDATE objective SET position = ?, updated_at = ? WHERE id = ?",
};

static const Ordered actions = {
  "action_item",
  "SELECT COALESCE(MAX(position) + 1, 0) FROM action_item WHERE plan_id = ?",
  "SELECT plan_id FROM action_item WHERE id = ?",
  "SELECT id FROM action_item WHERE plan_id = ? ORDER BY position, id",
  "UPDATE action_item SET position = ?, updated_at = ? WHERE id = ?",
};

/* Auxiliary methods */

/* The one integer a query with one parameter (an id of @table) yields;
 * FALSE and NOT_FOUND when it yields no row. */
static gboolean
query_int64 (CspStore    *self,
             const char  *table,
             const char  *sql,
             gint64       parameter,
             gint64      *out_value,
             GError     **error)
{
  sqlite3_stmt *stmt = _csp_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, parameter);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out_value = sqlite3_column_int64 (stmt, 0);
  else if (rc == SQLITE_DONE)
    {
      /* xgettext cannot see through G_GINT64_FORMAT: format the id first. */
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, parameter);

      g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND,
                   _("%s: no %s with id %s"), csp_store_get_path (self), table, number);
    }
  else
    _csp_store_set_error (self, rc, error);
  sqlite3_reset (stmt);

  return rc == SQLITE_ROW;
}

static GArray *
sibling_ids (CspStore       *self,
             const Ordered  *ordered,
             gint64          plan_id,
             GError        **error)
{
  sqlite3_stmt *stmt = _csp_store_prepare (self, ordered->siblings_sql, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _csp_store_set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/* Writes 0, 1, 2… as the positions of @ids. */
static gboolean
write_positions (CspStore       *self,
                 const Ordered  *ordered,
                 GArray         *ids,
                 GError        **error)
{
  g_autofree char *now = csp_timestamp_now_text ();

  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_stmt *stmt = _csp_store_prepare (self, ordered->move_sql, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, (int) i);
      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, g_array_index (ids, gint64, i));
      if (!_csp_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
renumber (CspStore       *self,
          const Ordered  *ordered,
          gint64          id,
          guint           position,
          GError        **error)
{
  g_autoptr(GArray) ids = NULL;
  gint64 plan_id;

  if (!query_int64 (self, ordered->table, ordered->plan_sql, id, &plan_id, error) ||
      !(ids = sibling_ids (self, ordered, plan_id, error)))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        g_array_remove_index (ids, i);
        break;
      }
  g_array_insert_val (ids, MIN (position, ids->len), id);

  return write_positions (self, ordered, ids, error);
}

static gboolean
move (CspStore       *self,
      const Ordered  *ordered,
      gint64          id,
      guint           position,
      GError        **error)
{
  if (!csp_store_begin (self, error))
    return FALSE;
  if (!renumber (self, ordered, id, position, error))
    {
      csp_store_rollback (self);
      return FALSE;
    }

  csp_store_emit_changed (self, ordered->table);
  return csp_store_commit (self, error);
}

static gboolean
append (CspStore       *self,
        const Ordered  *ordered,
        CspRecord      *record,
        gint64          plan_id,
        GError        **error)
{
  gint64 next;

  if (!query_int64 (self, "success_plan", ordered->next_sql, plan_id, &next, error))
    return FALSE;

  g_object_set (record, "position", (int) next, NULL);
  return csp_store_insert (self, record, error);
}

static gboolean
cancel_remaining_actions (CspStore  *self,
                          gint64     plan_id,
                          GError   **error)
{
  g_autoptr(GListModel) list = csp_store_list_action_items (self, plan_id, error);

  if (list == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CspActionItem) action = g_list_model_get_item (list, i);
      CspActionStatus status = csp_action_item_get_status (action);

      if (status == CSP_ACTION_DONE || status == CSP_ACTION_CANCELLED)
        continue;
      csp_action_item_reopen (action, CSP_ACTION_CANCELLED);
      if (!csp_store_update_action_item (self, action, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
complete_plan (CspStore    *self,
               gint64       plan_id,
               const char  *today,
               gboolean     cancel_remaining,
               GError     **error)
{
  g_autoptr(CspSuccessPlan) plan = csp_store_get_success_plan (self, plan_id, error);

  if (plan == NULL)
    return FALSE;

  csp_success_plan_set_status (plan, CSP_PLAN_COMPLETED);
  csp_success_plan_set_completed_on (plan, today);
  return csp_store_update_success_plan (self, plan, error) &&
         (!cancel_remaining || cancel_remaining_actions (self, plan_id, error));
}

static gboolean
restore (CspStore   *self,
         GPtrArray  *inserts,
         GPtrArray  *updates,
         GError    **error)
{
  for (guint i = 0; inserts != NULL && i < inserts->len; i++)
    if (!csp_store_insert (self, g_ptr_array_index (inserts, i), error))
      return FALSE;
  for (guint i = 0; updates != NULL && i < updates->len; i++)
    if (!csp_store_update (self, g_ptr_array_index (updates, i), error))
      return FALSE;

  return TRUE;
}

/* Public API */

/* Adds @objective after the last of its plan's objectives. */
gboolean
csp_store_append_objective (CspStore      *self,
                            CspObjective  *objective,
                            GError       **error)
{
  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);
  g_return_val_if_fail (CSP_IS_OBJECTIVE (objective), FALSE);

  return append (self, &objectives, CSP_RECORD (objective),
                 csp_objective_get_plan_id (objective), error);
}

/* Adds @action after the last of its plan's actions. */
gboolean
csp_store_append_action (CspStore       *self,
                         CspActionItem  *action,
                         GError        **error)
{
  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);
  g_return_val_if_fail (CSP_IS_ACTION_ITEM (action), FALSE);

  return append (self, &actions, CSP_RECORD (action), csp_action_item_get_plan_id (action),
                 error);
}

/* Puts the objective @objective_id at @position among its plan's
 * objectives (past the end: last) and renumbers the others. */
gboolean
csp_store_move_objective (CspStore  *self,
                          gint64     objective_id,
                          guint      position,
                          GError   **error)
{
  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);

  return move (self, &objectives, objective_id, position, error);
}

/* Puts the action @action_id at @position among its plan's actions. */
gboolean
csp_store_move_action (CspStore  *self,
                       gint64     action_id,
                       guint      position,
                       GError   **error)
{
  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);

  return move (self, &actions, action_id, position, error);
}

/* Marks the plan completed on @today; with @cancel_remaining, its
 * actions not done are cancelled at the same time. */
gboolean
csp_store_complete_plan (CspStore    *self,
                         gint64       plan_id,
                         const char  *today,
                         gboolean     cancel_remaining,
                         GError     **error)
{
  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  if (!csp_store_begin (self, error))
    return FALSE;
  if (!complete_plan (self, plan_id, today, cancel_remaining, error))
    {
      csp_store_rollback (self);
      return FALSE;
    }

  return csp_store_commit (self, error);
}

/* The actions that serve the objective @objective_id, in order. */
GListModel *
csp_store_list_objective_actions (CspStore  *self,
                                  gint64     objective_id,
                                  GError   **error)
{
  return csp_store_list (self, CSP_TYPE_ACTION_ITEM, "objective_id", objective_id,
                         "position", error);
}

/* The meeting decisions that led to the action @action_id. */
GListModel *
csp_store_list_action_decisions (CspStore  *self,
                                 gint64     action_id,
                                 GError   **error)
{
  return csp_store_list (self, CSP_TYPE_DECISION, "action_id", action_id, "position", error);
}

/* Inserts the CspRecords @inserts (keeping their ids), then writes the
 * CspRecords @updates, in one transaction; either may be NULL. */
gboolean
csp_store_restore_records (CspStore   *self,
                           GPtrArray  *inserts,
                           GPtrArray  *updates,
                           GError    **error)
{
  g_return_val_if_fail (CSP_IS_STORE (self), FALSE);

  if (!csp_store_begin (self, error))
    return FALSE;
  if (!restore (self, inserts, updates, error))
    {
      csp_store_rollback (self);
      return FALSE;
    }

  return csp_store_commit (self, error);
}
