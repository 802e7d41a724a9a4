/* csp-recovery-count.c: how often an action came before a recovery
 *
 * Across recoveries (CspRecovery), the action items completed before
 * each one, counted by title: items with the same csp_text_key() (so
 * "Kickoff call" and "kickoff  Call" are one, as items from one plan
 * template are) count once per recovery they came before. A lead reads
 * the most frequent first: what most often precedes a recovery.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-action-filter.h"
#include "csp-action-item.h"
#include "csp-recovery-count.h"
#include "csp-recovery.h"

struct _CspRecoveryCount
{
  GObject     parent_instance;

  char       *title;         /* as first seen, single-spaced */
  guint       n_recoveries;
  GHashTable *accounts;      /* gint64 account id set, while tallying */
  guint       n_accounts;
};

G_DEFINE_FINAL_TYPE (CspRecoveryCount, csp_recovery_count, G_TYPE_OBJECT)

static void
csp_recovery_count_finalize (GObject *object)
{
  CspRecoveryCount *self = CSP_RECOVERY_COUNT (object);

  g_free (self->title);
  g_clear_pointer (&self->accounts, g_hash_table_unref);

  G_OBJECT_CLASS (csp_recovery_count_parent_class)->finalize (object);
}

static void
csp_recovery_count_class_init (CspRecoveryCountClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = csp_recovery_count_finalize;
}

static void
csp_recovery_count_init (CspRecoveryCount *self)
{
  self->accounts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/* Most recoveries first, then most accounts, then by title. */
static int
compare_counts (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const CspRecoveryCount *ca = *(CspRecoveryCount * const *) a;
  const CspRecoveryCount *cb = *(CspRecoveryCount * const *) b;

  if (ca->n_recoveries != cb->n_recoveries)
    return ca->n_recoveries > cb->n_recoveries ? -1 : 1;
  if (ca->n_accounts != cb->n_accounts)
    return ca->n_accounts > cb->n_accounts ? -1 : 1;
  return g_utf8_collate (ca->title, cb->title);
}

static char *
single_spaced (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n\r", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Counts the titles of @recovery's actions in @counts (by key), each
 * once however often it was done; new entries go into @all too. */
static void
count_recovery (GHashTable  *counts,
                GPtrArray   *all,
                CspRecovery *recovery)
{
  GListModel *actions = csp_recovery_get_actions (recovery);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gint64 account_id = csp_recovery_get_account_id (recovery);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CspActionItem) action = g_list_model_get_item (actions, i);
      const char *title = csp_action_item_get_title (action);
      char *key = csp_text_key (title);
      CspRecoveryCount *count;

      /* The set owns @key from here, even when it was there already. */
      if (!g_hash_table_add (seen, key) || *key == '\0')
        continue;
      if ((count = g_hash_table_lookup (counts, key)) == NULL)
        {
          count = g_object_new (CSP_TYPE_RECOVERY_COUNT, NULL);
          count->title = single_spaced (title);
          g_hash_table_insert (counts, g_strdup (key), count);
          g_ptr_array_add (all, count);
        }
      count->n_recoveries++;
      g_hash_table_add (count->accounts, g_memdup2 (&account_id, sizeof account_id));
    }
}

/* The action titles done before the CspRecovery items of @recoveries,
 * each with how many recoveries and accounts it came before; the most
 * frequent first. */
GListModel *
csp_recovery_count_tally (GListModel *recoveries)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) list = g_list_store_new (CSP_TYPE_RECOVERY_COUNT);

  g_return_val_if_fail (G_IS_LIST_MODEL (recoveries), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (recoveries); i++)
    {
      g_autoptr(CspRecovery) recovery = g_list_model_get_item (recoveries, i);

      count_recovery (counts, items, recovery);
    }

  for (guint i = 0; i < items->len; i++)
    {
      CspRecoveryCount *count = g_ptr_array_index (items, i);

      count->n_accounts = g_hash_table_size (count->accounts);
      g_clear_pointer (&count->accounts, g_hash_table_unref);
    }
  g_qsort_with_data (items->pdata, (int) items->len, sizeof (gpointer), compare_counts, NULL);
  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

const char *
csp_recovery_count_get_title (CspRecoveryCount *self)
{
  g_return_val_if_fail (CSP_IS_RECOVERY_COUNT (self), NULL);

  return self->title;
}

/* How many recoveries the action came before. */
guint
csp_recovery_count_get_n_recoveries (CspRecoveryCount *self)
{
  g_return_val_if_fail (CSP_IS_RECOVERY_COUNT (self), 0);

  return self->n_recoveries;
}

/* How many accounts those recoveries were of. */
guint
csp_recovery_count_get_n_accounts (CspRecoveryCount *self)
{
  g_return_val_if_fail (CSP_IS_RECOVERY_COUNT (self), 0);

  return self->n_accounts;
}
