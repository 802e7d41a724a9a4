/* csp-accounts-page.c: the portfolio's accounts
 *
 * A sortable table of every account with its stage and latest health
 * score; loading, the error state and the "compact" property come from
 * CspListPage. An empty database
 * shows a status page whose buttons lead to the next step: create an
 * account, or open the sample portfolio (both are window actions).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-accounts-page.h"

struct _CspAccountsPage
{
  CspListPage          parent_instance;

  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *segment_column;
  GtkColumnViewColumn *stage_column;
  GtkColumnViewColumn *csm_column;
  GtkColumnViewColumn *health_column;
};

G_DEFINE_FINAL_TYPE (CspAccountsPage, csp_accounts_page, CSP_TYPE_LIST_PAGE)

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

static GtkSorter *
account_string_sorter (const char *property)
{
  GtkExpression *account =
    gtk_property_expression_new (CSP_TYPE_ACCOUNT_SUMMARY, NULL, "account");

  return GTK_SORTER (gtk_string_sorter_new (
    gtk_property_expression_new (CSP_TYPE_ACCOUNT, account, property)));
}

/* Sorted by name until a column header is clicked. */
static void
setup_sorters (CspAccountsPage *self)
{
  GtkExpression *score =
    gtk_property_expression_new (CSP_TYPE_ACCOUNT_SUMMARY, NULL, "health-score");

  csp_list_page_set_column_sorter (self->name_column, account_string_sorter ("name"));
  csp_list_page_set_column_sorter (self->csm_column, account_string_sorter ("csm"));
  csp_list_page_set_column_sorter (
    self->stage_column, GTK_SORTER (gtk_custom_sorter_new (compare_stage, NULL, NULL)));
  csp_list_page_set_column_sorter (
    self->segment_column, GTK_SORTER (gtk_custom_sorter_new (compare_segment, NULL, NULL)));
  csp_list_page_set_column_sorter (self->health_column,
                                   GTK_SORTER (gtk_numeric_sorter_new (score)));
  gtk_column_view_sort_by_column (gtk_column_view_column_get_column_view (self->name_column),
                                  self->name_column, GTK_SORT_ASCENDING);
}

static GListModel *
query_accounts (CspStore  *store,
                gpointer   data,
                GError   **error)
{
  return csp_store_list_account_summaries (store, error);
}

/* Hides the segment and CSM columns, which a narrow window has no room for. */
static void
set_compact (CspListPage *page,
             gboolean     compact)
{
  CspAccountsPage *self = CSP_ACCOUNTS_PAGE (page);

  gtk_column_view_column_set_visible (self->segment_column, !compact);
  gtk_column_view_column_set_visible (self->csm_column, !compact);
}

/* Callbacks */

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
  gtk_label_set_xalign (GTK_LABEL (band), 0);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), band);
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
  int score = csp_account_summary_get_health_score (summary);
  CspHealthBand health_band = csp_account_summary_get_health_band (summary);
  g_autofree char *text = NULL;

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

static void
csp_accounts_page_class_init (CspAccountsPageClass *klass)
{
  CspListPageClass *page_class = CSP_LIST_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  page_class->item_type = CSP_TYPE_ACCOUNT_SUMMARY;
  page_class->query = query_accounts;
  page_class->set_compact = set_compact;

  /* The user opened an account of the table (the window shows it). */
  signals[ACCOUNT_ACTIVATED] =
    g_signal_new ("account-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CSP_TYPE_ACCOUNT);

  csp_list_page_class_set_template_from_resource (widget_class,
                                                  RESOURCE_BASE "/ui/csp-accounts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, segment_column);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, stage_column);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, csm_column);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, health_column);
  gtk_widget_class_bind_template_callback (widget_class, bind_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_segment_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_stage_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_csm_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_health_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_health_cb);
}

static void
csp_accounts_page_init (CspAccountsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  setup_sorters (self);
  g_signal_connect_object (gtk_column_view_column_get_column_view (self->name_column),
                           "activate", G_CALLBACK (row_activated_cb), self, 0);
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
