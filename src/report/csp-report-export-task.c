/* csp-report-export-task.c: exporting a report off the main thread
 *
 * The caller's CspStore belongs to its thread, so the worker opens its
 * own connection on the same file (WAL lets the window keep reading)
 * and writes the file atomically there: a cancelled or failed export
 * leaves nothing behind. Progress goes back to the thread that started
 * the task, at most every tenth of a second, so a large portfolio does
 * not flood its main loop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-report-export-task.h"

#define PROGRESS_INTERVAL_USEC (G_USEC_PER_SEC / 10)

typedef struct
{
  char                  *db_path;
  CspReport             *report;
  CspReportKind          kind;
  CspReportFormat        format;
  gboolean               bom;
  char                  *path;
  CspReportProgressFunc  progress;
  gpointer               progress_data;
  GDestroyNotify         progress_data_free;
  GTask                 *task;          /* not a reference: the task owns this */
  gint64                 last_report;   /* monotonic time of the last update */
} ExportData;

typedef struct
{
  GTask *task;
  guint  n_rows;
} ProgressUpdate;

static void
export_data_free (ExportData *data)
{
  g_free (data->db_path);
  g_clear_object (&data->report);
  g_free (data->path);
  if (data->progress_data_free != NULL)
    data->progress_data_free (data->progress_data);
  g_free (data);
}

static gboolean
report_progress (gpointer user_data)
{
  ProgressUpdate *update = user_data;
  ExportData *data = g_task_get_task_data (update->task);

  data->progress (update->n_rows, data->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_update_free (gpointer user_data)
{
  ProgressUpdate *update = user_data;

  g_object_unref (update->task);
  g_free (update);
}

/* In the worker. */
static void
on_progress (guint    n_rows,
             gpointer user_data)
{
  ExportData *data = user_data;
  gint64 now = g_get_monotonic_time ();
  ProgressUpdate *update;

  if (now - data->last_report < PROGRESS_INTERVAL_USEC)
    return;

  data->last_report = now;
  update = g_new0 (ProgressUpdate, 1);
  update->task = g_object_ref (data->task);
  update->n_rows = n_rows;
  g_main_context_invoke_full (g_task_get_context (data->task), G_PRIORITY_DEFAULT,
                              report_progress, update, progress_update_free);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(CspStore) store = NULL;
  GError *error = NULL;

  if ((store = csp_store_open_connection (data->db_path, &error)) != NULL &&
      csp_report_export_to_file_full (data->report, store, data->kind, data->format,
                                      data->bom, data->path,
                                      data->progress ? on_progress : NULL, data,
                                      cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Writes @report as @kind in @format into @path, atomically, in a
 * worker on a connection of its own to @store's file. @progress runs in
 * the thread that calls this (its thread-default main context). Finish
 * with csp_report_export_finish(). */
void
csp_report_export_async (CspStore               *store,
                         CspReport              *report,
                         CspReportKind           kind,
                         CspReportFormat         format,
                         gboolean                bom,
                         const char             *path,
                         CspReportProgressFunc   progress,
                         gpointer                progress_data,
                         GDestroyNotify          progress_data_free,
                         GCancellable           *cancellable,
                         GAsyncReadyCallback     callback,
                         gpointer                user_data)
{
  ExportData *data;
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CSP_IS_STORE (store));
  g_return_if_fail (CSP_IS_REPORT (report));
  g_return_if_fail (path != NULL);

  data = g_new0 (ExportData, 1);
  data->db_path = g_strdup (csp_store_get_path (store));
  data->report = g_object_ref (report);
  data->kind = kind;
  data->format = format;
  data->bom = bom;
  data->path = g_strdup (path);
  data->progress = progress;
  data->progress_data = progress_data;
  data->progress_data_free = progress_data_free;

  task = g_task_new (store, cancellable, callback, user_data);
  data->task = task;
  g_task_set_source_tag (task, csp_report_export_async);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
csp_report_export_finish (CspStore      *store,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == csp_report_export_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
