/* csp-accounts-page.c: the portfolio's accounts
 *
 * A sortable table of every account with its stage, ARR, renewal,
 * health (score, sparkline, change over 30 days), open and overdue
 * actions and next meeting, all read in one query; loading, the error state and the "compact" property come from
 * CspListPage. An empty database
 * shows a status page whose buttons lead to the next step: create an
 * account, or open the sample portfolio (both are window actions).
 *
 * A search bar above the table filters it by name, CSM, external id and
 * industry, ignoring case and Unicode forms. Each row folds those
 * fields once, when it is read (csp-search.c), so a keystroke is one
 * substring test per row: a millisecond or two for twenty thousand
 * rows. The filter therefore runs at once rather than in slices, which
 * changes the table once per keystroke instead of once per slice (each
 * change costs the column view far more than the matching). The
 * search bar captures the keys typed into the window while the page is
 * on show, so typing starts a search.
 *
 * The filters popover (CspAccountsFilters) narrows the rows further by
 * segment, stage, health band, CSM and renewal, and hides archived
 * accounts unless asked; the search and the filters are one custom
 * filter, told how each change narrows or widens it.
 *
 * Portfolio figures above the table sum up the rows on show.
 *
 * The columns and their sorters live in csp-accounts-page-columns.c,
 * the figures in csp-accounts-page-figures.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "csp-accounts-page-private.h"
#include "csp-file-launch.h"
#include "csp-search.h"

G_DEFINE_FINAL_TYPE (CspAccountsPage, csp_accounts_page, CSP_TYPE_LIST_PAGE)

enum {
  PROP_0,
  PROP_SEARCH_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACCOUNT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Auxiliary methods */

/* @data is the time of the query (UTC); today is its local day. */
static GListModel *
query_accounts (CspStore  *store,
                gpointer   data,
                GError   **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *today = NULL;

  if (!csp_timestamp_parse (data, &now, error))
    return NULL;
  local = g_date_time_to_local (now);
  today = g_date_time_format (local, "%Y-%m-%d");
  return csp_store_list_account_summaries (store, today, data, error);
}

static char *
dup_now (CspListPage *page)
{
  return csp_timestamp_now_text ();
}

/* On a narrow window the figures stay on one line, scrolled sideways,
 * rather than take half the height in lines of one or two. Wide, they
 * flow outside the scroller: a scrolled window asks for the height of
 * its child at the child's least width (all figures in a column). */
static void
place_figures (CspAccountsPage *self,
               gboolean         compact)
{
  g_autoptr(GtkWidget) figures = g_object_ref (GTK_WIDGET (self->figures_box));

  if (compact == (gtk_viewport_get_child (self->figures_viewport) != NULL))
    return;

  if (compact)
    {
      gtk_box_remove (self->figures_bar, figures);
      gtk_viewport_set_child (self->figures_viewport, figures);
    }
  else
    {
      gtk_viewport_set_child (self->figures_viewport, NULL);
      gtk_box_prepend (self->figures_bar, figures);
    }
  gtk_flow_box_set_min_children_per_line (self->figures_box,
                                          compact ? CSP_ACCOUNTS_N_FIGURES : 1);
  gtk_widget_set_visible (GTK_WIDGET (self->figures_scroller), compact);
  _csp_accounts_page_show_figures (self);
}

/* Hides the columns a narrow window has no room for: all but name and
 * health (a name cut to a few letters says nothing). */
static void
set_compact (CspListPage *page,
             gboolean     compact)
{
  CspAccountsPage *self = CSP_ACCOUNTS_PAGE (page);
  GtkColumnViewColumn *secondary[] = { self->segment_column, self->stage_column,
                                       self->csm_column, self->arr_column,
                                       self->renewal_column, self->actions_column,
                                       self->meeting_column };

  for (guint i = 0; i < G_N_ELEMENTS (secondary); i++)
    gtk_column_view_column_set_visible (secondary[i], !compact);
  place_figures (self, compact);
}

/* The filters first: they are cheaper than the search. */
static gboolean
account_matches (gpointer item,
                 gpointer user_data)
{
  CspAccountsPage *self = user_data;

  return csp_accounts_filters_match (self->filters, item) &&
         csp_search_matches (csp_account_summary_get_search_key (item), self->needle);
}

/* The table shows the filtered rows; the selection keeps the base's
 * behaviour (nothing chosen until the user picks a row). */
static void
setup_filter (CspAccountsPage *self)
{
  GtkColumnView *view = gtk_column_view_column_get_column_view (self->name_column);
  GtkSingleSelection *selection;

  self->filter = gtk_custom_filter_new (NULL, NULL, NULL);
  self->filter_model =
    gtk_filter_list_model_new (g_object_ref (csp_list_page_get_model (CSP_LIST_PAGE (self))),
                               g_object_ref (GTK_FILTER (self->filter)));
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

/* A search or filters that found nothing say so, once the filter has
 * looked at every row, naming what to change: the search, the filters
 * or both. */
static void
update_list_stack (CspAccountsPage *self)
{
  gboolean searching = self->needle != NULL;
  gboolean filtering = csp_accounts_filters_get_n_active (self->filters) > 0;
  gboolean none = (searching || filtering) &&
                  g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0 &&
                  gtk_filter_list_model_get_pending (self->filter_model) == 0;

  if (none)
    adw_status_page_set_description (self->no_match_page,
                                     searching && filtering
                                     ? _("Try a different search, or clear the filters.")
                                     : searching ? _("Try a different search.")
                                     : _("No accounts match the filters."));
  gtk_stack_set_visible_child_name (self->list_stack, none ? "no-match" : "rows");
}

/* Without a match function the filter lets every row through at once,
 * so the table is complete the moment it loads or the search and the
 * filters end; with one, a change says how the rows shown change. */
static void
sync_filter (CspAccountsPage *self,
             gboolean         changed,
             GtkFilterChange  change)
{
  gboolean needed = self->needle != NULL || self->n_archived > 0 ||
                    csp_accounts_filters_get_n_active (self->filters) > 0;

  if (needed != self->filtering)
    {
      self->filtering = needed;
      gtk_custom_filter_set_filter_func (self->filter, needed ? account_matches : NULL,
                                         needed ? self : NULL, NULL);
    }
  else if (needed && changed)
    gtk_filter_changed (GTK_FILTER (self->filter), change);
}

/* Typing on narrows the rows already found; only a different search
 * looks at every row again. */
static GtkFilterChange
filter_change (const char *old_needle,
               const char *new_needle)
{
  if (strstr (new_needle, old_needle) != NULL)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (strstr (old_needle, new_needle) != NULL)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

/* Callbacks */

static void
filter_progress_cb (CspAccountsPage *self)
{
  update_list_stack (self);
  _csp_accounts_page_update_figures (self);
}

static gboolean
apply_search_cb (gpointer data)
{
  CspAccountsPage *self = data;
  const char *entry_text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *text = g_strstrip (g_strdup (entry_text));
  g_autofree char *old_needle = g_steal_pointer (&self->needle);

  self->search_idle = 0;
  if (*text != '\0')
    self->needle = csp_search_fold (text);
  if (g_strcmp0 (old_needle, self->needle) == 0)
    return G_SOURCE_REMOVE;

  if (self->needle == NULL)
    sync_filter (self, TRUE, GTK_FILTER_CHANGE_LESS_STRICT);
  else if (old_needle == NULL)
    sync_filter (self, TRUE, GTK_FILTER_CHANGE_MORE_STRICT);
  else
    sync_filter (self, TRUE, filter_change (old_needle, self->needle));
  update_list_stack (self);
  return G_SOURCE_REMOVE;
}

/* Replacing the search text (select all, type) empties the entry for
 * a moment, and an empty search is reported at once: acting on it
 * would bring back every row only to filter them again. The search is
 * read once the entry has settled, still before the next frame. */
static void
search_changed_cb (CspAccountsPage *self)
{
  /* Closing the search ends it now, no settling to wait for. */
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      g_clear_handle_id (&self->search_idle, g_source_remove);
      apply_search_cb (self);
      return;
    }
  if (self->search_idle == 0)
    self->search_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_search_cb, self, NULL);
}

/* The button says how many filters narrow the table. */
static void
filters_changed_cb (CspAccountsPage *self,
                    guint            change)
{
  csp_list_page_show_n_filters (self->filter_button, self->filter_label,
                                csp_accounts_filters_get_n_active (self->filters));
  sync_filter (self, TRUE, change);
  update_list_stack (self);
}

/* The CSM filter offers the CSMs of the rows loaded. */
static void
rows_loaded_cb (CspAccountsPage *self)
{
  GListModel *rows = csp_list_page_get_model (CSP_LIST_PAGE (self));

  self->n_archived = 0;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CspAccountSummary) summary = g_list_model_get_item (rows, i);

      self->n_archived += summary != NULL &&
                          csp_account_get_archived (csp_account_summary_get_account (summary));
    }
  sync_filter (self, FALSE, GTK_FILTER_CHANGE_DIFFERENT);
  csp_accounts_filters_set_csms (self->filters, rows);
}

static GtkSingleSelection *
table_selection (CspAccountsPage *self)
{
  GtkColumnView *view = gtk_column_view_column_get_column_view (self->name_column);

  return GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
}

/* A reload (the store changed) brings new rows for the same accounts:
 * the one selected before is selected again. */
static void
loading_cb (CspAccountsPage *self)
{
  GListModel *shown = G_LIST_MODEL (self->filter_model);
  CspAccount *selected;

  if (csp_list_page_get_loading (CSP_LIST_PAGE (self)))
    {
      selected = csp_accounts_page_get_selected_account (self);
      self->kept_selection = selected ? csp_record_get_id (CSP_RECORD (selected)) : 0;
      return;
    }

  for (guint i = 0; self->kept_selection != 0 && i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(CspAccountSummary) summary = g_list_model_get_item (shown, i);

      if (csp_record_get_id (CSP_RECORD (csp_account_summary_get_account (summary))) ==
          self->kept_selection)
        {
          gtk_single_selection_set_selected (table_selection (self), i);
          break;
        }
    }
  self->kept_selection = 0;
}

static void
search_mode_cb (CspAccountsPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

/* Enter or a double click on a row. */
static void
row_activated_cb (GtkColumnView   *view,
                  guint            position,
                  CspAccountsPage *self)
{
  g_autoptr(CspAccountSummary) summary =
    g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (view)), position);

  if (summary != NULL)
    g_signal_emit (self, signals[ACCOUNT_ACTIVATED], 0,
                   csp_account_summary_get_account (summary));
}

/* What a row shows comes from these: a write to any of them, from any
 * page, is seen here. */
static const char * const watched_tables[] = {
  "account", "health_snapshot", "success_plan", "action_item", "meeting", "risk", NULL
};

/* Overrides */

/* The base has set up the table's model by now; the filter goes on top. */
static void
csp_accounts_page_constructed (GObject *object)
{
  CspAccountsPage *self = CSP_ACCOUNTS_PAGE (object);

  G_OBJECT_CLASS (csp_accounts_page_parent_class)->constructed (object);

  setup_filter (self);
  g_signal_connect_object (csp_list_page_get_model (CSP_LIST_PAGE (self)), "items-changed",
                           G_CALLBACK (rows_loaded_cb), self, G_CONNECT_SWAPPED);
  rows_loaded_cb (self);
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (filter_progress_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "notify::pending",
                           G_CALLBACK (filter_progress_cb), self, G_CONNECT_SWAPPED);
  filter_progress_cb (self);
  g_signal_connect (self, "notify::loading", G_CALLBACK (loading_cb), NULL);
}

/* Before the table goes: removing its columns changes its sorter, and
 * that is no sort to keep. */
static void
csp_accounts_page_dispose (GObject *object)
{
  CspAccountsPage *self = CSP_ACCOUNTS_PAGE (object);

  g_clear_handle_id (&self->search_idle, g_source_remove);
  if (self->sorter != NULL)
    g_clear_signal_handler (&self->sort_changed_id, self->sorter);
  g_clear_object (&self->sorter);
  /* The rows may still change as the columns go; the filters are gone. */
  if (self->filter_model != NULL)
    {
      g_signal_handlers_disconnect_by_data (csp_list_page_get_model (CSP_LIST_PAGE (self)), self);
      g_signal_handlers_disconnect_by_data (self->filter_model, self);
      gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
    }

  G_OBJECT_CLASS (csp_accounts_page_parent_class)->dispose (object);
}

static void
csp_accounts_page_finalize (GObject *object)
{
  CspAccountsPage *self = CSP_ACCOUNTS_PAGE (object);

  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->settings);
  g_free (self->needle);
  g_clear_pointer (&self->figures, csp_portfolio_figures_free);

  G_OBJECT_CLASS (csp_accounts_page_parent_class)->finalize (object);
}

static void
csp_accounts_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CspAccountsPage *self = CSP_ACCOUNTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, csp_accounts_page_get_search_mode (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_accounts_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CspAccountsPage *self = CSP_ACCOUNTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE:
      csp_accounts_page_set_search_mode (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Typing anywhere in the window searches while the table is on show. */
static void
csp_accounts_page_map (GtkWidget *widget)
{
  CspAccountsPage *self = CSP_ACCOUNTS_PAGE (widget);

  GTK_WIDGET_CLASS (csp_accounts_page_parent_class)->map (widget);
  gtk_search_bar_set_key_capture_widget (self->search_bar,
                                         GTK_WIDGET (gtk_widget_get_root (widget)));
}

static void
csp_accounts_page_unmap (GtkWidget *widget)
{
  CspAccountsPage *self = CSP_ACCOUNTS_PAGE (widget);

  gtk_search_bar_set_key_capture_widget (self->search_bar, NULL);
  GTK_WIDGET_CLASS (csp_accounts_page_parent_class)->unmap (widget);
}

static void
csp_accounts_page_class_init (CspAccountsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CspListPageClass *page_class = CSP_LIST_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = csp_accounts_page_constructed;
  object_class->dispose = csp_accounts_page_dispose;
  object_class->finalize = csp_accounts_page_finalize;
  object_class->get_property = csp_accounts_page_get_property;
  object_class->set_property = csp_accounts_page_set_property;
  widget_class->map = csp_accounts_page_map;
  widget_class->unmap = csp_accounts_page_unmap;

  page_class->item_type = CSP_TYPE_ACCOUNT_SUMMARY;
  page_class->query = query_accounts;
  page_class->dup_query_data = dup_now;
  page_class->watched_tables = watched_tables;
  page_class->set_compact = set_compact;

  /* The user opened an account of the table (the window shows it). */
  signals[ACCOUNT_ACTIVATED] =
    g_signal_new ("account-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CSP_TYPE_ACCOUNT);

  /* The search bar is open. */
  properties[PROP_SEARCH_MODE] =
    g_param_spec_boolean ("search-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  csp_list_page_class_set_template_from_resource (widget_class,
                                                  RESOURCE_BASE "/ui/csp-accounts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, segment_column);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, stage_column);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, csm_column);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, health_column);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, arr_column);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, renewal_column);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, actions_column);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, meeting_column);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, figures_bar);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, figures_box);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, figures_scroller);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, figures_viewport);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, no_match_page);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, filter_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  _csp_accounts_page_bind_column_callbacks (widget_class);
}

static void
csp_accounts_page_init (CspAccountsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = csp_app_settings_new ();
  self->filters = CSP_ACCOUNTS_FILTERS (csp_accounts_filters_new ());
  gtk_menu_button_set_popover (self->filter_button, GTK_WIDGET (self->filters));
  g_signal_connect_object (self->filters, "changed", G_CALLBACK (filters_changed_cb),
                           self, G_CONNECT_SWAPPED);
  _csp_accounts_page_setup_sorters (self);
  g_signal_connect_object (gtk_column_view_column_get_column_view (self->name_column),
                           "activate", G_CALLBACK (row_activated_cb), self, 0);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_cb), self, G_CONNECT_SWAPPED);
}

/* Public API */

CSP_LIST_PAGE_DEFINE_API (CspAccountsPage, csp_accounts_page)

/* The account of the row selected in the table, or NULL when none is. */
CspAccount *
csp_accounts_page_get_selected_account (CspAccountsPage *self)
{
  GtkColumnView *view;
  GtkSelectionModel *selection;
  gpointer item = NULL;

  g_return_val_if_fail (CSP_IS_ACCOUNTS_PAGE (self), NULL);

  view = gtk_column_view_column_get_column_view (self->name_column);
  selection = view ? gtk_column_view_get_model (view) : NULL;
  if (GTK_IS_SINGLE_SELECTION (selection))
    item = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (selection));

  return item ? csp_account_summary_get_account (item) : NULL;
}

gboolean
csp_accounts_page_get_search_mode (CspAccountsPage *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNTS_PAGE (self), FALSE);

  return gtk_search_bar_get_search_mode (self->search_bar);
}

/* Opens or closes the search bar; closing it clears the search. */
void
csp_accounts_page_set_search_mode (CspAccountsPage *self,
                                   gboolean         search_mode)
{
  g_return_if_fail (CSP_IS_ACCOUNTS_PAGE (self));

  gtk_search_bar_set_search_mode (self->search_bar, search_mode);
}

/* What the search entry holds, trimmed; NULL when no search is active. */
char *
csp_accounts_page_dup_search_text (CspAccountsPage *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNTS_PAGE (self), NULL);

  if (self->needle == NULL)
    return NULL;
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
}

/* The ids (gint64) of the accounts the search and the filters let
 * through, in the model's order; NULL when neither narrows the table. The rows are matched here and
 * now, so the answer is complete even while the table still filters. */
GArray *
csp_accounts_page_dup_filtered_ids (CspAccountsPage *self)
{
  GListModel *model;
  GArray *ids;

  g_return_val_if_fail (CSP_IS_ACCOUNTS_PAGE (self), NULL);

  if (self->needle == NULL && csp_accounts_filters_get_n_active (self->filters) == 0)
    return NULL;

  model = csp_list_page_get_model (CSP_LIST_PAGE (self));
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CspAccountSummary) summary = g_list_model_get_item (model, i);
      gint64 id;

      if (!account_matches (summary, self))
        continue;
      id = csp_record_get_id (CSP_RECORD (csp_account_summary_get_account (summary)));
      g_array_append_val (ids, id);
    }
  return ids;
}

/* The rows the table shows: the page's model with the search and the
 * filters applied. */
GListModel *
csp_accounts_page_get_shown_model (CspAccountsPage *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNTS_PAGE (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

/* The filters' popover, for tests and screenshots. */
GtkWidget *
csp_accounts_page_get_filters (CspAccountsPage *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNTS_PAGE (self), NULL);

  return GTK_WIDGET (self->filters);
}

/* The figures above the table, of the rows on show once the filter has
 * looked at every row; NULL before the first rows arrive. */
const CspPortfolioFigures *
csp_accounts_page_get_figures (CspAccountsPage *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNTS_PAGE (self), NULL);

  return self->figures;
}
