/* csp-import-task.c: importing off the main thread
 *
 * The window's CspStore belongs to the main thread, so each task opens
 * its own connection on the same file in a worker (WAL lets the window
 * keep reading meanwhile) and runs csp_import_prepare() or
 * csp_import_apply() there. Progress is handed back to the thread that
 * started the task, at most about a hundred times per import, so the
 * window can show it without flooding its main loop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-import-task.h"

typedef struct
{
  char                  *db_path;
  CspImportKind          kind;
  char                  *path;
  CspImportPlan         *plan;
  CspImportProgressFunc  progress;
  gpointer               progress_data;
  GDestroyNotify         progress_data_free;
  guint                  last_step;   /* of 100, the last one reported */
} ImportData;

typedef struct
{
  GTask *task;
  guint  done;
  guint  total;
} ProgressUpdate;

static void
import_data_free (ImportData *data)
{
  g_free (data->db_path);
  g_free (data->path);
  g_clear_object (&data->plan);
  if (data->progress_data_free != NULL)
    data->progress_data_free (data->progress_data);
  g_free (data);
}

static GTask *
import_task_new (CspStore            *store,
                 ImportData          *data,
                 gpointer             source_tag,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  GTask *task = g_task_new (store, cancellable, callback, user_data);

  data->db_path = g_strdup (csp_store_get_path (store));
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  return task;
}

static void
prepare_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ImportData *data = task_data;
  g_autoptr(CspStore) store = NULL;
  GError *error = NULL;
  CspImportPlan *plan = NULL;

  if ((store = csp_store_open_connection (data->db_path, &error)) != NULL)
    plan = csp_import_prepare (store, data->kind, data->path, cancellable, &error);

  if (plan != NULL)
    g_task_return_pointer (task, plan, g_object_unref);
  else
    g_task_return_error (task, error);
}

/* Reads @path in a worker and plans the import; finish with
 * csp_import_prepare_finish(). */
void
csp_import_prepare_async (CspStore            *store,
                          CspImportKind        kind,
                          const char          *path,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  ImportData *data = g_new0 (ImportData, 1);
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CSP_IS_STORE (store));
  g_return_if_fail (path != NULL);

  data->kind = kind;
  data->path = g_strdup (path);
  task = import_task_new (store, data, csp_import_prepare_async, cancellable, callback,
                          user_data);
  g_task_run_in_thread (task, prepare_thread);
}

CspImportPlan *
csp_import_prepare_finish (CspStore      *store,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == csp_import_prepare_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static gboolean
report_progress (gpointer user_data)
{
  ProgressUpdate *update = user_data;
  ImportData *data = g_task_get_task_data (update->task);

  data->progress (update->done, update->total, data->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_update_free (gpointer user_data)
{
  ProgressUpdate *update = user_data;

  g_object_unref (update->task);
  g_free (update);
}

/* In the worker: passes every hundredth of the way on to the thread
 * that started the task. */
static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  GTask *task = user_data;
  ImportData *data = g_task_get_task_data (task);
  guint step = (guint) ((guint64) done * 100 / total);
  ProgressUpdate *update;

  if (step == data->last_step && done < total)
    return;

  data->last_step = step;
  update = g_new0 (ProgressUpdate, 1);
  update->task = g_object_ref (task);
  update->done = done;
  update->total = total;
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT,
                              report_progress, update, progress_update_free);
}

static void
apply_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ImportData *data = task_data;
  g_autoptr(CspStore) store = NULL;
  GError *error = NULL;

  if ((store = csp_store_open_connection (data->db_path, &error)) != NULL &&
      csp_import_apply (store, data->plan, data->progress ? on_progress : NULL, task,
                        cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Writes @plan in a worker, all or nothing; @progress runs in the
 * thread that calls this (its thread-default main context). Finish
 * with csp_import_apply_finish(). */
void
csp_import_apply_async (CspStore              *store,
                        CspImportPlan         *plan,
                        CspImportProgressFunc  progress,
                        gpointer               progress_data,
                        GDestroyNotify         progress_data_free,
                        GCancellable          *cancellable,
                        GAsyncReadyCallback    callback,
                        gpointer               user_data)
{
  ImportData *data = g_new0 (ImportData, 1);
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CSP_IS_STORE (store));
  g_return_if_fail (CSP_IS_IMPORT_PLAN (plan));

  data->plan = g_object_ref (plan);
  data->progress = progress;
  data->progress_data = progress_data;
  data->progress_data_free = progress_data_free;
  task = import_task_new (store, data, csp_import_apply_async, cancellable, callback,
                          user_data);
  g_task_run_in_thread (task, apply_thread);
}

gboolean
csp_import_apply_finish (CspStore      *store,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == csp_import_apply_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
