/* csp-demo.c: a realistic, deterministic sample portfolio
 *
 * Everything random comes from one GRand seeded with the caller's seed
 * (never g_random_*), and every date counts from options->today, so the
 * same seed and day give the same rows; only created_at and updated_at
 * differ. Rows go through the typed store API inside one transaction:
 * an error or a cancellation leaves the database as it was.
 *
 * Each account is made in an order where later rows can point at
 * earlier ones: the account, its stakeholders, its weekly health, its
 * meetings (attendees, decisions), its success plans (objectives,
 * actions, and decisions that led to actions), its risks and its
 * timeline. The story is consistent within an account: a declining
 * account has open risks, a recovery plan and overdue actions; a
 * recovering one had its risk resolved, often with the revenue saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-demo-private.h"

static gboolean
parse_today (const char  *today,
             guint32     *day,
             GError     **error)
{
  g_autofree char *now = today ? NULL : csp_date_today_text ();
  GDate date;

  if (!csp_date_parse (today ? today : now, &date, error))
    return FALSE;

  *day = g_date_get_julian (&date);
  return TRUE;
}

/* One account and everything that belongs to it. */

static void
clear_sample (Sample *sample)
{
  for (guint i = 0; i < sample->people->len; i++)
    g_free (g_array_index (sample->people, Person, i).name);
  g_array_unref (sample->people);
  g_array_unref (sample->meetings);
  g_free (sample->domain);
}

static gboolean
add_sample (Demo    *demo,
            guint    index,
            GError **error)
{
  Sample sample = { .index = index };
  gboolean ok;

  sample.people = g_array_new (FALSE, TRUE, sizeof (Person));
  sample.meetings = g_array_new (FALSE, TRUE, sizeof (HeldMeeting));

  ok = _csp_demo_add_account (demo, &sample, error) &&
       _csp_demo_add_stakeholders (demo, &sample, error) &&
       _csp_demo_add_health_history (demo, &sample, error) &&
       _csp_demo_add_meetings (demo, &sample, error) &&
       _csp_demo_add_plans (demo, &sample, error) &&
       _csp_demo_add_risks (demo, &sample, error) &&
       _csp_demo_add_activities (demo, &sample, error);

  clear_sample (&sample);
  return ok;
}

static gboolean
demo_init (Demo                  *demo,
           CspStore              *store,
           const CspDemoOptions  *options,
           GError               **error)
{
  demo->store = store;
  demo->n_weeks = MAX (options->n_weeks, 1);
  demo->rand = g_rand_new_with_seed (options->seed);
  demo->snapshot = g_object_new (CSP_TYPE_HEALTH_SNAPSHOT, NULL);
  _csp_demo_shuffle_names (demo);

  return parse_today (options->today, &demo->today, error) &&
         csp_store_get_health_weights (store, &demo->weights, error);
}

static void
demo_clear (Demo *demo)
{
  g_clear_pointer (&demo->rand, g_rand_free);
  g_clear_object (&demo->snapshot);
  g_clear_pointer (&demo->name_order, g_free);
}

static gboolean
check_empty (CspStore  *store,
             GError   **error)
{
  if (csp_store_is_empty (store))
    return TRUE;

  g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CONSTRAINT,
               _("%s: the database already holds accounts; a sample portfolio goes only "
                 "into an empty database"), csp_store_get_path (store));
  return FALSE;
}

/* Reports progress when the whole percentage changes: at most about
 * 100 calls, whatever the number of accounts. */
static void
report_progress (CspDemoProgress  progress,
                 gpointer         user_data,
                 guint            done,
                 guint            total)
{
  if (progress != NULL && (done * 100 / total) != ((done - 1) * 100 / total))
    progress ((double) done / total, user_data);
}

/**
 * csp_demo_generate:
 * @store: an empty database
 * @options: how many accounts and weeks, the seed and the day
 * @progress: (nullable): called with the fraction done, from this thread
 * @cancellable: (nullable): cancelling rolls everything back
 *
 * Fills @store with a sample portfolio in one transaction. The same
 * options give the same rows. Refuses a store that already has accounts.
 */
gboolean
csp_demo_generate (CspStore              *store,
                   const CspDemoOptions  *options,
                   CspDemoProgress        progress,
                   gpointer               user_data,
                   GCancellable          *cancellable,
                   GError               **error)
{
  Demo demo = { NULL };
  gboolean ok;

  g_return_val_if_fail (CSP_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  if (!csp_store_begin (store, error))
    return FALSE;

  ok = check_empty (store, error) && demo_init (&demo, store, options, error);
  for (guint i = 0; ok && i < options->n_accounts; i++)
    {
      ok = !g_cancellable_set_error_if_cancelled (cancellable, error) &&
           add_sample (&demo, i, error);
      if (ok)
        report_progress (progress, user_data, i + 1, options->n_accounts);
    }
  ok = ok && csp_store_commit (store, error);

  if (!ok)
    csp_store_rollback (store);
  demo_clear (&demo);
  return ok;
}
