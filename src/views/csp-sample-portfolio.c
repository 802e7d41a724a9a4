/* csp-sample-portfolio.c: a sample database to explore the app with
 *
 * The sample lives in a file of its own beside the user's database and
 * is made afresh each time: generating 200 accounts takes a few
 * seconds, so it runs in a worker thread on a connection of its own,
 * reports progress back to the main thread, and can be cancelled (a
 * cancelled or failed sample leaves no file behind).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "csp-demo.h"
#include "csp-sample-portfolio.h"

#define SAMPLE_ACCOUNTS 200
#define SAMPLE_WEEKS    26
#define SAMPLE_SEED     2026

typedef struct
{
  char                  *path;
  CspSampleProgressFunc  progress;
} TaskData;

typedef struct
{
  GTask  *task;
  double  fraction;
} ProgressUpdate;

/* <user data dir>/success-planner/sample-portfolio.db */
char *
csp_sample_portfolio_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "success-planner",
                           "sample-portfolio.db", NULL);
}

/* The database and the WAL files SQLite keeps beside it. */
static void
remove_database (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
}

static void
task_data_free (TaskData *data)
{
  g_free (data->path);
  g_free (data);
}

static void
progress_update_free (ProgressUpdate *update)
{
  g_object_unref (update->task);
  g_free (update);
}

static gboolean
progress_on_main_thread (gpointer data)
{
  ProgressUpdate *update = data;
  TaskData *task_data = g_task_get_task_data (update->task);

  if (!g_cancellable_is_cancelled (g_task_get_cancellable (update->task)))
    task_data->progress (update->fraction, g_task_get_source_object (update->task));

  return G_SOURCE_REMOVE;
}

/* From the worker: hands the fraction to the main thread. */
static void
progress_from_worker (double   fraction,
                      gpointer user_data)
{
  ProgressUpdate *update = g_new0 (ProgressUpdate, 1);

  update->task = g_object_ref (user_data);
  update->fraction = fraction;
  g_main_context_invoke_full (g_task_get_context (update->task), G_PRIORITY_DEFAULT,
                              progress_on_main_thread, update,
                              (GDestroyNotify) progress_update_free);
}

static void
generate_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  TaskData *data = task_data;
  CspDemoOptions options = { SAMPLE_ACCOUNTS, SAMPLE_WEEKS, SAMPLE_SEED, NULL };
  g_autoptr(CspStore) store = NULL;
  GError *error = NULL;

  remove_database (data->path);
  store = csp_store_open (data->path, &error);
  if (store == NULL ||
      !csp_demo_generate (store, &options, data->progress ? progress_from_worker : NULL, task,
                          cancellable, &error))
    {
      g_clear_object (&store);
      remove_database (data->path);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

/* Makes the sample portfolio afresh at csp_sample_portfolio_path(). */
void
csp_sample_portfolio_create_async (gpointer               source_object,
                                   CspSampleProgressFunc  progress,
                                   GCancellable          *cancellable,
                                   GAsyncReadyCallback    callback,
                                   gpointer               user_data)
{
  g_autoptr(GTask) task = g_task_new (source_object, cancellable, callback, user_data);
  TaskData *data = g_new0 (TaskData, 1);

  data->path = csp_sample_portfolio_path ();
  data->progress = progress;
  g_task_set_source_tag (task, csp_sample_portfolio_create_async);
  g_task_set_task_data (task, data, (GDestroyNotify) task_data_free);
  g_task_run_in_thread (task, generate_thread);
}

/* The sample, opened on the calling thread for the window to use. */
CspStore *
csp_sample_portfolio_create_finish (GAsyncResult  *result,
                                    GError       **error)
{
  GTask *task = G_TASK (result);

  g_return_val_if_fail (g_task_get_source_tag (task) == csp_sample_portfolio_create_async, NULL);

  if (!g_task_propagate_boolean (task, error))
    return NULL;

  return csp_store_open (((TaskData *) g_task_get_task_data (task))->path, error);
}
