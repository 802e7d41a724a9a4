/* csp-plans-page-filters.c: the Plans page's filters and sections
 *
 * The search, the "Mine" toggle (our side's items owned by the CSM
 * named in Preferences) and the popover's side, priority and status
 * choices make the page's CspActionFilter; the account comes from
 * csp_plans_page_show_account(). Each change groups the items read
 * again, on the main thread: a portfolio's tens of thousands take a few
 * milliseconds (the search keys are made once per item).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "csp-account-progress.h"
#include "csp-action-sections.h"
#include "csp-enum-types.h"
#include "csp-list-filler.h"
#include "csp-plans-page-private.h"

/* A drop-down's first choice is "any"; choice i + 1 is enum value i. */
static GtkDropDown *
enum_drop (GType enum_type,
           guint n_values)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  /* Translators: the filter choice that lets every value through */
  gtk_string_list_append (choices, _("Any"));
  for (guint i = 0; i < n_values; i++)
    gtk_string_list_append (choices, csp_enum_to_label (enum_type, (int) i));
  return GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&choices)), NULL));
}

static int
drop_choice (GtkDropDown *drop)
{
  guint selected = gtk_drop_down_get_selected (drop);

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? CSP_FILTER_ANY
                                                                 : (int) selected - 1;
}

static void
attach_row (CspPlansPage *self,
            int           row,
            const char   *label_text,
            GtkDropDown  *drop)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (drop));
  gtk_widget_set_hexpand (GTK_WIDGET (drop), TRUE);
  gtk_grid_attach (self->filter_grid, label, 0, row, 1, 1);
  gtk_grid_attach (self->filter_grid, GTK_WIDGET (drop), 1, row, 1, 1);
}

static GtkDropDown *
add_drop (CspPlansPage *self,
          int           row,
          const char   *label_text,
          GtkDropDown  *drop)
{
  attach_row (self, row, label_text, drop);
  g_signal_connect_object (drop, "notify::selected", G_CALLBACK (_csp_plans_page_read_filters),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drop, "notify::selected", G_CALLBACK (_csp_plans_page_regroup),
                           self, G_CONNECT_SWAPPED);
  return drop;
}

static void
account_chosen_cb (CspPlansPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->account_drop);

  if (self->syncing)
    return;
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->account_ids->len)
    csp_plans_page_show_account (self, 0, NULL);
  else
    csp_plans_page_show_account (self, g_array_index (self->account_ids, gint64, selected - 1),
                                 gtk_string_list_get_string (self->account_names, selected));
}

static GtkDropDown *
account_drop (CspPlansPage *self)
{
  GtkDropDown *drop;

  self->account_names = gtk_string_list_new ((const char * const[]) { _("Any"), NULL });
  self->account_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  drop = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->account_names)),
                                           NULL));
  /* A portfolio has thousands: find one by typing. */
  gtk_drop_down_set_expression (drop, gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                                   "string"));
  gtk_drop_down_set_enable_search (drop, TRUE);
  g_signal_connect_object (drop, "notify::selected", G_CALLBACK (account_chosen_cb), self,
                           G_CONNECT_SWAPPED);
  return drop;
}

typedef struct
{
  gint64      id;
  const char *name;
  char       *key;
} AccountChoice;

static int
compare_choices (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (((const AccountChoice *) a)->key, ((const AccountChoice *) b)->key);
}

/* The accounts of the items read, for the account choice. */
void
_csp_plans_page_fill_accounts (CspPlansPage *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) choices = g_array_new (FALSE, FALSE, sizeof (AccountChoice));
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  guint n = self->all ? g_list_model_get_n_items (self->all) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CspActionSummary) summary = g_list_model_get_item (self->all, i);
      AccountChoice choice = { csp_action_summary_get_account_id (summary),
                               csp_action_summary_get_account_name (summary), NULL };

      if (g_hash_table_contains (seen, &choice.id))
        continue;
      choice.key = g_utf8_collate_key (choice.name ? choice.name : "", -1);
      g_array_append_val (choices, choice);
      g_hash_table_add (seen, g_memdup2 (&choice.id, sizeof choice.id));
    }
  g_array_sort (choices, compare_choices);

  g_array_set_size (self->account_ids, 0);
  for (guint i = 0; i < choices->len; i++)
    {
      AccountChoice *choice = &g_array_index (choices, AccountChoice, i);

      g_strv_builder_add (names, choice->name ? choice->name : "");
      g_array_append_val (self->account_ids, choice->id);
      g_free (choice->key);
    }
  strv = g_strv_builder_end (names);
  self->syncing = TRUE;
  gtk_string_list_splice (self->account_names, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->account_names)) - 1,
                          (const char * const *) strv);
  self->syncing = FALSE;
  _csp_plans_page_sync_account (self);
}

/* Shows the account the page is filtered to in the account choice. */
void
_csp_plans_page_sync_account (CspPlansPage *self)
{
  guint selected = 0;

  for (guint i = 0; self->filter.account_id != 0 && i < self->account_ids->len; i++)
    if (g_array_index (self->account_ids, gint64, i) == self->filter.account_id)
      selected = i + 1;

  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->account_drop, selected);
  self->syncing = FALSE;
}

static void
reset_cb (CspPlansPage *self)
{
  csp_plans_page_show_account (self, 0, NULL);
  gtk_drop_down_set_selected (self->side_drop, 0);
  gtk_drop_down_set_selected (self->priority_drop, 0);
  gtk_drop_down_set_selected (self->status_drop, 0);
}

/* Fills the filter popover. Cancelled items are never listed, so the
 * status choice stops at Done. */
void
_csp_plans_page_setup_filters (CspPlansPage *self)
{
  GtkWidget *reset = gtk_button_new_with_mnemonic (_("_Reset Filters"));

  self->account_drop = account_drop (self);
  attach_row (self, 0, _("_Account"), self->account_drop);
  self->side_drop = add_drop (self, 1, _("_Side"), enum_drop (CSP_TYPE_SIDE, 2));
  self->priority_drop = add_drop (self, 2, _("_Priority"), enum_drop (CSP_TYPE_PRIORITY, 4));
  self->status_drop = add_drop (self, 3, _("S_tatus"),
                                enum_drop (CSP_TYPE_ACTION_STATUS, CSP_ACTION_CANCELLED));
  g_signal_connect_object (reset, "clicked", G_CALLBACK (reset_cb), self, G_CONNECT_SWAPPED);
  gtk_grid_attach (self->filter_grid, reset, 0, 4, 2, 1);
}

static char *
csm_name (CspPlansPage *self)
{
  g_autofree char *name = self->settings ? g_settings_get_string (self->settings, "csm-name")
                                         : NULL;

  return name != NULL && *g_strstrip (name) != '\0' ? g_steal_pointer (&name) : NULL;
}

/* "Mine" needs a name to look for. */
static void
update_mine_button (CspPlansPage *self,
                    const char   *name)
{
  g_autofree char *tooltip = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->mine_button), name != NULL);
  if (name == NULL)
    tooltip = g_strdup (_("Set your name in Preferences to see your own action items"));
  else
    /* Translators: %s is the user's name, from Preferences */
    tooltip = g_strdup_printf (_("Only our side's action items owned by %s"), name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->mine_button), tooltip);
}

static void
update_filter_button (CspPlansPage *self)
{
  guint n = (self->filter.account_id != 0) + (self->filter.side != CSP_FILTER_ANY) + (self->filter.priority != CSP_FILTER_ANY) +
            (self->filter.status != CSP_FILTER_ANY);
  g_autofree char *label = NULL;

  if (n == 0)
    label = g_strdup (_("Filters"));
  else
    /* Translators: the filters button with the number of filters in use */
    label = g_strdup_printf (_("Filters (%u)"), n);
  gtk_menu_button_set_label (self->filter_button, label);
}

/* Makes the page's filter from its controls (the account stays). */
void
_csp_plans_page_read_filters (CspPlansPage *self)
{
  g_autofree char *name = csm_name (self);
  gint64 account_id = self->filter.account_id;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  csp_action_filter_clear (&self->filter);
  self->filter.account_id = account_id;
  self->filter.side = drop_choice (self->side_drop);
  self->filter.priority = drop_choice (self->priority_drop);
  self->filter.status = drop_choice (self->status_drop);
  if (*search != '\0')
    self->filter.search_key = csp_text_key (search);
  if (name != NULL && gtk_toggle_button_get_active (self->mine_button))
    self->filter.owner_key = csp_text_key (name);
  update_mine_button (self, name);
  update_filter_button (self);
}

static void
show_state (CspPlansPage *self,
            guint         n_shown)
{
  gboolean loading = self->cancellable != NULL;
  guint n_read = self->all ? g_list_model_get_n_items (self->all) : 0;
  const char *page;

  if (n_shown > 0)
    page = "list";
  else if (self->failed)
    page = "error";
  else if (loading || self->all == NULL)
    page = "loading";
  else if (n_read == 0)
    page = "empty";
  else
    page = "no-match";

  gtk_spinner_set_spinning (self->spinner, g_str_equal (page, "loading"));
  gtk_stack_set_visible_child_name (self->stack, page);
}

/* Shows @entries[@index] in place of @shown[@position] if that is its
 * heading with another count, or its item read again and changed. */
static void
renew_entry (CspPlansPage *self,
             guint         position,
             GPtrArray    *entries,
             guint         index)
{
  g_autoptr(GObject) old = g_list_model_get_item (G_LIST_MODEL (self->shown), position);
  gpointer entry = g_ptr_array_index (entries, index);

  if (csp_action_sections_stale_heading (old, entry) ||
      !csp_action_sections_same_entry (old, entry))
    g_list_store_splice (self->shown, position, 1, &entry, 1);
}

/* Makes the list show @entries, changing only what differs: headings
 * whose count changed, and an item that moved section (marked done,
 * say) taken out and put in again, with the items it passed that
 * changed; or else the run that differs is replaced, a few rows per
 * frame. */
static void
show_entries (CspPlansPage *self,
              GPtrArray    *entries)
{
  GListModel *shown = G_LIST_MODEL (self->shown);
  guint position, n_removed, n_added, from, to, n_old, n_tail;

  /* Against the list as shown, not as it will be once filled. */
  csp_list_filler_cancel (self->filler);
  csp_action_sections_diff (shown, entries, &position, &n_removed, &n_added);
  n_old = g_list_model_get_n_items (shown);
  n_tail = n_old - position - n_removed;
  g_debug ("Plans: %u rows at %u replaced by %u", n_removed, position, n_added);
  for (guint i = 0; i < position; i++)
    renew_entry (self, i, entries, i);
  for (guint k = 0; k < n_tail; k++)
    renew_entry (self, n_old - 1 - k, entries, entries->len - 1 - k);

  if (n_removed == n_added &&
      csp_action_sections_find_move (shown, entries, position, n_removed, &from, &to))
    {
      /* Two splices: a list view keeps its place (one splice with the
       * item in both halves would have it follow the item). */
      g_list_store_remove (self->shown, from);
      g_list_store_insert (self->shown, to, g_ptr_array_index (entries, to));
      for (guint i = position; i < position + n_removed; i++)
        renew_entry (self, i, entries, i);
    }
  else
    csp_list_filler_splice (self->filler, position, n_removed, entries, n_added);
}

/* Groups the items read through the filter into the list, and tallies
 * the progress of what the filter lets through. */
void
_csp_plans_page_regroup (CspPlansPage *self)
{
  g_autoptr(GListStore) empty = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GPtrArray) matched = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GListModel) progress = NULL;
  gint64 start = g_get_monotonic_time ();

  entries = csp_action_sections_build (self->all ? self->all : G_LIST_MODEL (empty),
                                       &self->filter, self->today, self->first_weekday, matched);
  show_entries (self, entries);
  progress = csp_account_progress_tally ((CspActionSummary **) matched->pdata, matched->len);
  csp_plans_progress_set_accounts (self->progress, progress);
  show_state (self, entries->len);
  g_debug ("Plans: %u of %u items grouped, the first shown, in %.1f ms", matched->len,
           self->all ? g_list_model_get_n_items (self->all) : 0,
           (g_get_monotonic_time () - start) / 1000.0);
}
