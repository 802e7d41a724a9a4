/* csp-account-progress.c: how far along an account's action items are
 *
 * The same rule as a plan's progress: the share of done items among
 * those not cancelled (cancelled work is neither done nor to do). The
 * Plans page tallies it per account over the items its filters let
 * through, so "my urgent items" shows how far along those are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "csp-account-progress.h"
#include "csp-action-item.h"

struct _CspAccountProgress
{
  GObject  parent_instance;

  gint64   account_id;
  char    *account_name;
  char    *sort_key;   /* g_utf8_collate_key() of the name, while tallying */
  guint    n_done;
  guint    n_counted;  /* items not cancelled */
};

G_DEFINE_FINAL_TYPE (CspAccountProgress, csp_account_progress, G_TYPE_OBJECT)

static void
csp_account_progress_finalize (GObject *object)
{
  CspAccountProgress *self = CSP_ACCOUNT_PROGRESS (object);

  g_free (self->account_name);
  g_free (self->sort_key);

  G_OBJECT_CLASS (csp_account_progress_parent_class)->finalize (object);
}

static void
csp_account_progress_class_init (CspAccountProgressClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = csp_account_progress_finalize;
}

static void
csp_account_progress_init (CspAccountProgress *self)
{
}

/* For g_qsort_with_data() over an array of pointers. */
static int
compare_pointers_by_name (gconstpointer a,
                          gconstpointer b,
                          gpointer      user_data)
{
  const CspAccountProgress *pa = *(CspAccountProgress * const *) a;
  const CspAccountProgress *pb = *(CspAccountProgress * const *) b;
  int order = strcmp (pa->sort_key, pb->sort_key);

  return order != 0 ? order : (pa->account_id > pb->account_id) - (pa->account_id < pb->account_id);
}

/* Counts @summary in its account's entry of @by_account, made (and
 * added to @all) when it is the account's first. */
static void
count_item (GHashTable       *by_account,
            GPtrArray        *all,
            CspActionSummary *summary)
{
  gint64 id = csp_action_summary_get_account_id (summary);
  CspActionStatus status = csp_action_item_get_status (csp_action_summary_get_action (summary));
  CspAccountProgress *progress = g_hash_table_lookup (by_account, &id);

  if (progress == NULL)
    {
      progress = g_object_new (CSP_TYPE_ACCOUNT_PROGRESS, NULL);
      progress->account_id = id;
      progress->account_name = g_strdup (csp_action_summary_get_account_name (summary));
      if (progress->account_name == NULL)
        progress->account_name = g_strdup ("");
      /* Collation keys once per account, not once per comparison. */
      progress->sort_key = g_utf8_collate_key (progress->account_name, -1);
      g_hash_table_insert (by_account, &progress->account_id, progress);
      g_ptr_array_add (all, progress);
    }

  if (status == CSP_ACTION_CANCELLED)
    return;
  progress->n_counted++;
  progress->n_done += status == CSP_ACTION_DONE;
}

/* The progress of each account that has items among @summaries, by
 * account name. */
GListModel *
csp_account_progress_tally (CspActionSummary **summaries,
                            guint              n_summaries)
{
  g_autoptr(GHashTable) by_account = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) list = g_list_store_new (CSP_TYPE_ACCOUNT_PROGRESS);

  for (guint i = 0; i < n_summaries; i++)
    count_item (by_account, items, summaries[i]);

  g_qsort_with_data (items->pdata, (int) items->len, sizeof (gpointer), compare_pointers_by_name, NULL);
  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

gint64
csp_account_progress_get_account_id (CspAccountProgress *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_PROGRESS (self), 0);

  return self->account_id;
}

const char *
csp_account_progress_get_account_name (CspAccountProgress *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_PROGRESS (self), NULL);

  return self->account_name;
}

guint
csp_account_progress_get_n_done (CspAccountProgress *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_PROGRESS (self), 0);

  return self->n_done;
}

guint
csp_account_progress_get_n_counted (CspAccountProgress *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_PROGRESS (self), 0);

  return self->n_counted;
}

/* 0 to 1; 0 when nothing counts (all cancelled). */
double
csp_account_progress_get_fraction (CspAccountProgress *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_PROGRESS (self), 0.0);

  return self->n_counted > 0 ? (double) self->n_done / self->n_counted : 0.0;
}
