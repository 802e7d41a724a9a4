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
 * industry, ignoring case and Unicode forms. The filter runs in slices
 * between frames, so typing into twenty thousand rows never stalls; the
 * search bar captures the keys typed into the window while the page is
 * on show, so typing starts a search.
 *
 * The filters popover (CspAccountsFilters) narrows the rows further by
 * segment, stage, health band, CSM and renewal, and hides archived
 * accounts unless asked; the search and the filters are one custom
 * filter, told how each change narrows or widens it.
 *
 * Portfolio figures above the table sum up the rows on show; they are
 * computed once the filter has looked at every row, never per slice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "csp-accounts-filters.h"
#include "csp-accounts-page.h"
#include "csp-file-launch.h"
#include "csp-format.h"
#include "csp-portfolio-figures.h"
#include "csp-sparkline.h"

struct _CspAccountsPage
{
  CspListPage          parent_instance;

  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *segment_column;
  GtkColumnViewColumn *stage_column;
  GtkColumnViewColumn *csm_column;
  GtkColumnViewColumn *health_column;
  GtkColumnViewColumn *arr_column;
  GtkColumnViewColumn *renewal_column;
  GtkColumnViewColumn *actions_column;
  GtkColumnViewColumn *meeting_column;
  GtkFlowBox          *figures_box;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;
  GtkStack            *list_stack;
  GtkMenuButton       *filter_button;
  GtkLabel            *filter_label;
  CspAccountsFilters  *filters;
  GSettings           *settings; /* NULL without the schema */
  GtkSorter           *sorter;   /* the table's, watched for the sort to keep */
  gulong               sort_changed_id;

  GtkCustomFilter     *filter;
  GtkFilterListModel  *filter_model;
  char                *needle;  /* the search, casefolded; NULL when none */
  guint                n_archived; /* of the rows loaded */
  gboolean             filtering;  /* the filter has a match function */
  CspPortfolioFigures *figures; /* of the rows on show */
};

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

static const char * const band_classes[] = { "healthy", "watch", "at-risk" };

/* Auxiliary methods */

static CspAccount *
item_account (GtkListItem *item)
{
  return csp_account_summary_get_account (gtk_list_item_get_item (item));
}

static int
compare_stage (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  CspLifecycleStage sa = csp_account_get_lifecycle_stage (
    csp_account_summary_get_account ((gpointer) a));
  CspLifecycleStage sb = csp_account_get_lifecycle_stage (
    csp_account_summary_get_account ((gpointer) b));

  return (sa > sb) - (sa < sb);
}

static int
compare_segment (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  CspSegment sa = csp_account_get_segment (csp_account_summary_get_account ((gpointer) a));
  CspSegment sb = csp_account_get_segment (csp_account_summary_get_account ((gpointer) b));

  return (sa > sb) - (sa < sb);
}

static const CspAccountFacts *
facts_of (gconstpointer item)
{
  return csp_account_summary_get_facts ((gpointer) item);
}

/* By currency, then amount: amounts in different currencies are not
 * comparable. */
static int
compare_arr (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  CspAccount *aa = csp_account_summary_get_account ((gpointer) a);
  CspAccount *ab = csp_account_summary_get_account ((gpointer) b);
  int by_currency = g_strcmp0 (csp_account_get_currency (aa), csp_account_get_currency (ab));
  gint64 va = csp_account_get_arr_minor (aa);
  gint64 vb = csp_account_get_arr_minor (ab);

  return by_currency != 0 ? by_currency : (va > vb) - (va < vb);
}

/* Soonest first; accounts without a renewal date last. */
static int
compare_renewal (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  int da = facts_of (a)->renewal_days;
  int db = facts_of (b)->renewal_days;

  return (da > db) - (da < db);
}

/* By overdue actions, then open ones. */
static int
compare_actions (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const CspAccountFacts *fa = facts_of (a);
  const CspAccountFacts *fb = facts_of (b);

  if (fa->n_overdue_actions != fb->n_overdue_actions)
    return fa->n_overdue_actions > fb->n_overdue_actions ? 1 : -1;
  return (fa->n_open_actions > fb->n_open_actions) - (fa->n_open_actions < fb->n_open_actions);
}

/* Soonest first; accounts with no meeting planned last. */
static int
compare_meeting (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const char *ma = facts_of (a)->next_meeting;
  const char *mb = facts_of (b)->next_meeting;

  if (*ma == '\0' || *mb == '\0')
    return (*ma == '\0') - (*mb == '\0');
  return strcmp (ma, mb);
}

/* GTK 4.8 cannot say which column sorts the table (that came in 4.10),
 * so each column's sorter starts with a probe: a sorter that finds
 * every pair equal, so the column's own sorter (and its sort keys)
 * decides, except while the page asks the table's sorter to compare
 * two stand-ins: then the first probe consulted (the primary column's,
 * as a column view sorter compares by its primary column first) notes
 * its column and says "smaller", which the table's sorter turns into
 * "larger" when that column sorts descending. The UI is one thread
 * and a probe runs start to end inside one call, so a static will do. */
static struct
{
  gboolean             active;
  GtkColumnViewColumn *primary;
} probe;

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      column)
{
  if (!probe.active)
    return GTK_ORDERING_EQUAL;
  if (probe.primary == NULL)
    probe.primary = column;
  return GTK_ORDERING_SMALLER;
}

static void
set_column_sorter (GtkColumnViewColumn *column,
                   GtkSorter           *sorter)
{
  GtkMultiSorter *probed = gtk_multi_sorter_new ();

  gtk_multi_sorter_append (probed, GTK_SORTER (gtk_custom_sorter_new (probe_compare,
                                                                      column, NULL)));
  gtk_multi_sorter_append (probed, sorter);
  csp_list_page_set_column_sorter (column, GTK_SORTER (probed));
}

static void
set_custom_sorter (GtkColumnViewColumn *column,
                   GCompareDataFunc     compare)
{
  set_column_sorter (column, GTK_SORTER (gtk_custom_sorter_new (compare, NULL, NULL)));
}

static GtkSorter *
account_string_sorter (const char *property)
{
  GtkExpression *account =
    gtk_property_expression_new (CSP_TYPE_ACCOUNT_SUMMARY, NULL, "account");

  return GTK_SORTER (gtk_string_sorter_new (
    gtk_property_expression_new (CSP_TYPE_ACCOUNT, account, property)));
}

/* The columns by the names the settings keep. */
static GtkColumnViewColumn **
named_column (CspAccountsPage *self,
              const char      *name)
{
  static const char * const names[] = { "name", "segment", "stage", "csm", "health",
                                        "arr", "renewal", "actions", "meeting" };
  GtkColumnViewColumn **columns[] = { &self->name_column, &self->segment_column,
                                      &self->stage_column, &self->csm_column,
                                      &self->health_column, &self->arr_column,
                                      &self->renewal_column, &self->actions_column,
                                      &self->meeting_column };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (names[i], name) == 0)
      return columns[i];
  return NULL;
}

static const char *
column_name (CspAccountsPage     *self,
             GtkColumnViewColumn *column)
{
  static const char * const names[] = { "name", "segment", "stage", "csm", "health",
                                        "arr", "renewal", "actions", "meeting" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (*named_column (self, names[i]) == column)
      return names[i];
  return NULL;
}

/* The sort the settings keep; name, ascending, when they name no column. */
static void
restore_sort (CspAccountsPage *self)
{
  GtkColumnView *view = gtk_column_view_column_get_column_view (self->name_column);
  g_autofree char *name = self->settings
    ? g_settings_get_string (self->settings, "accounts-sort-column") : NULL;
  GtkColumnViewColumn **column = named_column (self, name);
  gboolean descending = self->settings != NULL &&
                        g_settings_get_boolean (self->settings, "accounts-sort-descending");

  gtk_column_view_sort_by_column (view, column ? *column : self->name_column,
                                  column && descending ? GTK_SORT_DESCENDING
                                                       : GTK_SORT_ASCENDING);
}

/* Sorted as the settings say (by name at first) until a column header
 * is clicked. */
static void
setup_sorters (CspAccountsPage *self)
{
  GtkExpression *score =
    gtk_property_expression_new (CSP_TYPE_ACCOUNT_SUMMARY, NULL, "health-score");

  set_column_sorter (self->name_column, account_string_sorter ("name"));
  set_column_sorter (self->csm_column, account_string_sorter ("csm"));
  set_custom_sorter (self->stage_column, compare_stage);
  set_custom_sorter (self->segment_column, compare_segment);
  set_column_sorter (self->health_column, GTK_SORTER (gtk_numeric_sorter_new (score)));
  set_custom_sorter (self->arr_column, compare_arr);
  set_custom_sorter (self->renewal_column, compare_renewal);
  set_custom_sorter (self->actions_column, compare_actions);
  set_custom_sorter (self->meeting_column, compare_meeting);
  restore_sort (self);
}

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

/* Hides the columns a narrow window has no room for: all but name,
 * stage and health. */
static void
set_compact (CspListPage *page,
             gboolean     compact)
{
  CspAccountsPage *self = CSP_ACCOUNTS_PAGE (page);
  GtkColumnViewColumn *secondary[] = { self->segment_column, self->csm_column,
                                       self->arr_column, self->renewal_column,
                                       self->actions_column, self->meeting_column };

  for (guint i = 0; i < G_N_ELEMENTS (secondary); i++)
    gtk_column_view_column_set_visible (secondary[i], !compact);
}

/* Case and Unicode form folded away, so "ACME" finds "Acme" and a
 * composed character finds its decomposed twin. */
static char *
fold_text (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

static gboolean
text_contains (const char *text,
               const char *needle)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  folded = fold_text (text);
  return folded != NULL && strstr (folded, needle) != NULL;
}

/* The filters first: they are cheaper than the search. */
static gboolean
account_matches (gpointer item,
                 gpointer user_data)
{
  CspAccountsPage *self = user_data;
  CspAccount *account = csp_account_summary_get_account (item);

  if (!csp_accounts_filters_match (self->filters, item))
    return FALSE;
  if (self->needle == NULL)
    return TRUE;
  return text_contains (csp_account_get_name (account), self->needle) ||
         text_contains (csp_account_get_csm (account), self->needle) ||
         text_contains (csp_account_get_external_id (account), self->needle) ||
         text_contains (csp_account_get_industry (account), self->needle);
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
  gtk_filter_list_model_set_incremental (self->filter_model, TRUE);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

/* A search that found nothing says so, once the filter has looked at
 * every row. */
static void
update_list_stack (CspAccountsPage *self)
{
  gboolean none = (self->needle != NULL ||
                   csp_accounts_filters_get_n_active (self->filters) > 0) &&
                  g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0 &&
                  gtk_filter_list_model_get_pending (self->filter_model) == 0;

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

/* Figures */

/* A caption over a value: one of the portfolio figures. */
static GtkWidget *
figure_new (const char *caption,
            const char *value)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *caption_label = gtk_label_new (caption);
  GtkWidget *value_label = gtk_label_new (value);

  gtk_label_set_xalign (GTK_LABEL (caption_label), 0);
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_widget_add_css_class (caption_label, "caption");
  gtk_widget_add_css_class (caption_label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_widget_add_css_class (value_label, "figure-value");
  gtk_box_append (GTK_BOX (box), caption_label);
  gtk_box_append (GTK_BOX (box), value_label);
  gtk_widget_add_css_class (box, "portfolio-figure");
  return box;
}

static void
add_figure (CspAccountsPage *self,
            const char      *caption,
            char            *value)
{
  gtk_flow_box_insert (self->figures_box, figure_new (caption, value), -1);
  g_free (value);
}

static char *
format_arr_totals (const CspPortfolioFigures *figures)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < figures->arr_totals->len; i++)
    {
      const CspCurrencyTotal *total = &g_array_index (figures->arr_totals, CspCurrencyTotal, i);
      g_autofree char *money = csp_format_money (total->arr_minor, total->currency);

      g_string_append_printf (text, i > 0 ? " · %s" : "%s", money);
    }
  return g_strdup (text->len > 0 ? text->str : "—");
}

static char *
format_average_health (const CspPortfolioFigures *figures)
{
  g_autofree char *change = csp_format_change (figures->average_change);

  if (figures->average_health == CSP_UNSET)
    return g_strdup ("—");
  if (figures->n_with_change == 0)
    return g_strdup_printf ("%d", figures->average_health);
  /* Translators: an average health score and its change over 30 days, "72 (+3)" */
  return g_strdup_printf (_("%d (%s)"), figures->average_health, change);
}

static void
show_figures (CspAccountsPage           *self,
              const CspPortfolioFigures *figures)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures_box))) != NULL)
    gtk_flow_box_remove (self->figures_box, child);

  add_figure (self, _("Accounts"), g_strdup_printf ("%u", figures->n_accounts));
  /* Translators: annual recurring revenue */
  add_figure (self, _("Total ARR"), format_arr_totals (figures));
  add_figure (self, _("Average Health"), format_average_health (figures));
  add_figure (self, _("Healthy"), g_strdup_printf ("%u", figures->n_per_band[CSP_HEALTH_HEALTHY]));
  add_figure (self, _("Watch"), g_strdup_printf ("%u", figures->n_per_band[CSP_HEALTH_WATCH]));
  add_figure (self, _("At Risk"), g_strdup_printf ("%u", figures->n_per_band[CSP_HEALTH_AT_RISK]));
  add_figure (self, _("Renewals in 90 Days"), g_strdup_printf ("%u", figures->n_renewals_90));
  add_figure (self, _("Overdue Actions"), g_strdup_printf ("%u", figures->n_overdue_actions));
}

/* Once the filter has looked at every row: a search typed letter by
 * letter computes the figures once, when its rows are all known. */
static void
update_figures (CspAccountsPage *self)
{
  if (gtk_filter_list_model_get_pending (self->filter_model) != 0)
    return;

  g_clear_pointer (&self->figures, csp_portfolio_figures_free);
  self->figures = csp_portfolio_figures_new (G_LIST_MODEL (self->filter_model));
  show_figures (self, self->figures);
}

/* Callbacks */

static void
filter_progress_cb (CspAccountsPage *self)
{
  update_list_stack (self);
  update_figures (self);
}

static void
search_changed_cb (CspAccountsPage *self)
{
  const char *entry_text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *text = g_strstrip (g_strdup (entry_text));
  g_autofree char *old_needle = g_steal_pointer (&self->needle);

  if (*text != '\0')
    self->needle = fold_text (text);
  if (g_strcmp0 (old_needle, self->needle) == 0)
    return;

  if (self->needle == NULL)
    sync_filter (self, TRUE, GTK_FILTER_CHANGE_LESS_STRICT);
  else if (old_needle == NULL)
    sync_filter (self, TRUE, GTK_FILTER_CHANGE_MORE_STRICT);
  else
    sync_filter (self, TRUE, filter_change (old_needle, self->needle));
  update_list_stack (self);
}

/* The button says how many filters narrow the table. */
static void
filters_changed_cb (CspAccountsPage *self,
                    guint            change)
{
  guint n = csp_accounts_filters_get_n_active (self->filters);
  g_autofree char *text = NULL;

  if (n > 0)
    /* Translators: the filters button of the Accounts table, "3 Filters" */
    text = g_strdup_printf (ngettext ("%u Filter", "%u Filters", n), n);
  gtk_label_set_text (self->filter_label, text ? text : _("Filters"));
  if (n > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
  sync_filter (self, TRUE, change);
  update_list_stack (self);
}

/* A click on a column header: the settings keep the new sort. */
static void
sort_changed_cb (CspAccountsPage *self,
                 GtkSorterChange  change,
                 GtkSorter       *sorter)
{
  GtkOrdering order;
  const char *name;

  probe.active = TRUE;
  probe.primary = NULL;
  /* Two distinct stand-ins: only the probes look at them. */
  order = gtk_sorter_compare (sorter, self, self->sorter);
  probe.active = FALSE;
  name = probe.primary ? column_name (self, probe.primary) : NULL;
  if (name == NULL || order == GTK_ORDERING_EQUAL || self->settings == NULL)
    return;
  g_settings_set_string (self->settings, "accounts-sort-column", name);
  g_settings_set_boolean (self->settings, "accounts-sort-descending",
                          order == GTK_ORDERING_LARGER);
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

static void
search_mode_cb (CspAccountsPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

static void
bind_name_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CspAccountsPage          *self)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      csp_account_get_name (item_account (item)));
}

static void
bind_segment_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CspAccountsPage          *self)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      csp_enum_to_label (CSP_TYPE_SEGMENT,
                                         csp_account_get_segment (item_account (item))));
}

static void
bind_stage_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CspAccountsPage          *self)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      csp_enum_to_label (CSP_TYPE_LIFECYCLE_STAGE,
                                         csp_account_get_lifecycle_stage (item_account (item))));
}

static void
bind_csm_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CspAccountsPage          *self)
{
  const char *csm = csp_account_get_csm (item_account (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), csm ? csm : "");
}

/* The score in a badge coloured by its band, and the band in words, so
 * the colour is never the only cue. */
static void
setup_health_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CspAccountsPage          *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *badge = gtk_label_new (NULL);
  GtkWidget *band = gtk_label_new (NULL);

  gtk_label_set_width_chars (GTK_LABEL (badge), 3);
  GtkWidget *sparkline = csp_sparkline_new ();
  GtkWidget *change = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (band), 0);
  gtk_label_set_width_chars (GTK_LABEL (band), 7);
  gtk_label_set_width_chars (GTK_LABEL (change), 3);
  gtk_label_set_xalign (GTK_LABEL (change), 1);
  gtk_widget_add_css_class (change, "numeric");
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), band);
  gtk_box_append (GTK_BOX (box), sparkline);
  gtk_box_append (GTK_BOX (box), change);
  gtk_list_item_set_child (item, box);
}

static void
bind_health_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CspAccountsPage          *self)
{
  CspAccountSummary *summary = gtk_list_item_get_item (item);
  GtkWidget *badge = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *band = gtk_widget_get_next_sibling (badge);
  GtkWidget *sparkline = gtk_widget_get_next_sibling (band);
  GtkWidget *change = gtk_widget_get_next_sibling (sparkline);
  const CspAccountFacts *facts = csp_account_summary_get_facts (summary);
  g_autofree char *change_text = facts->has_change ? csp_format_change (facts->health_change)
                                                   : g_strdup ("");
  int score = csp_account_summary_get_health_score (summary);
  CspHealthBand health_band = csp_account_summary_get_health_band (summary);
  g_autofree char *text = NULL;

  csp_sparkline_set_values (CSP_SPARKLINE (sparkline), facts->sparkline, facts->n_sparkline);
  gtk_label_set_text (GTK_LABEL (change), change_text);
  gtk_widget_set_tooltip_text (change, facts->has_change ? _("Change over 30 days") : NULL);
  gtk_widget_set_visible (badge, score != CSP_UNSET);
  if (score == CSP_UNSET)
    {
      /* Translators: shown for an account that has no health score yet */
      gtk_label_set_text (GTK_LABEL (band), _("No score"));
      gtk_widget_add_css_class (band, "dim-label");
      return;
    }

  text = g_strdup_printf ("%d", score);
  gtk_label_set_text (GTK_LABEL (badge), text);
  gtk_widget_set_css_classes (badge, (const char *[]) { "health-badge",
                                                        band_classes[health_band], NULL });
  gtk_label_set_text (GTK_LABEL (band), csp_enum_to_label (CSP_TYPE_HEALTH_BAND, health_band));
  gtk_widget_remove_css_class (band, "dim-label");
}

static void
bind_arr_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CspAccountsPage          *self)
{
  CspAccount *account = item_account (item);
  g_autofree char *text = csp_format_money (csp_account_get_arr_minor (account),
                                            csp_account_get_currency (account));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
setup_renewal_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  CspAccountsPage          *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *date = gtk_label_new (NULL);
  GtkWidget *countdown = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (date), 0);
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), countdown);
  gtk_list_item_set_child (item, box);
}

/* How far the renewal is; a passed one is overdue. */
static char *
renewal_countdown (int days)
{
  if (days < 0)
    /* Translators: a renewal date that has passed, in the accounts table */
    return g_strdup (C_("renewal", "overdue"));
  if (days == 0)
    return g_strdup (_("today"));
  /* Translators: a renewal countdown */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d day", "in %d days", days), days);
}

static void
bind_renewal_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CspAccountsPage          *self)
{
  const CspAccountFacts *facts = facts_of (gtk_list_item_get_item (item));
  GtkWidget *date = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *countdown = gtk_widget_get_next_sibling (date);
  g_autofree char *date_text = csp_format_date (csp_account_get_renewal_on (item_account (item)));
  g_autofree char *countdown_text = NULL;
  int days = facts->renewal_days;

  if (days != G_MAXINT)
    countdown_text = renewal_countdown (days);
  gtk_label_set_text (GTK_LABEL (date), date_text);
  gtk_label_set_text (GTK_LABEL (countdown), countdown_text ? countdown_text : "");
  gtk_widget_set_css_classes (countdown, days < 0 ? (const char *[]) { "overdue", NULL }
                                        : days <= 90 ? (const char *[]) { "renewal-soon", NULL }
                                        : (const char *[]) { "dim-label", NULL });
}

static void
bind_actions_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CspAccountsPage          *self)
{
  const CspAccountFacts *facts = facts_of (gtk_list_item_get_item (item));
  GtkWidget *label = gtk_list_item_get_child (item);
  /* Translators: open and overdue action items of an account, "5 / 2" */
  g_autofree char *text = g_strdup_printf (_("%u / %u"), facts->n_open_actions,
                                           facts->n_overdue_actions);

  gtk_label_set_text (GTK_LABEL (label), text);
  if (facts->n_overdue_actions > 0)
    gtk_widget_add_css_class (label, "overdue");
  else
    gtk_widget_remove_css_class (label, "overdue");
}

static void
bind_meeting_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CspAccountsPage          *self)
{
  const CspAccountFacts *facts = facts_of (gtk_list_item_get_item (item));
  g_autofree char *text = csp_format_local_date (facts->next_meeting);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
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
}

/* Before the table goes: removing its columns changes its sorter, and
 * that is no sort to keep. */
static void
csp_accounts_page_dispose (GObject *object)
{
  CspAccountsPage *self = CSP_ACCOUNTS_PAGE (object);

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
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, figures_box);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, filter_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_segment_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_stage_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_csm_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_health_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_health_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_arr_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_renewal_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_renewal_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_actions_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_meeting_cb);
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
  setup_sorters (self);
  self->sorter = g_object_ref (gtk_column_view_get_sorter (
    gtk_column_view_column_get_column_view (self->name_column)));
  self->sort_changed_id = g_signal_connect_swapped (self->sorter, "changed",
                                                    G_CALLBACK (sort_changed_cb), self);
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

/* The rows the table shows: the page's model with the search applied.
 * The filter works in slices, so it may still be growing (see
 * gtk_filter_list_model_get_pending()). */
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
