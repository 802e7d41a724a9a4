/* csp-accounts-page.c: the portfolio's accounts
 *
 * A sortable table of every account with its stage and latest health
 * score, read off the main thread by a CspListLoader. An empty database
 * shows a status page whose buttons lead to the next step: create an
 * account, or open the sample portfolio (both are window actions).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-accounts-page.h"
#include "csp-list-loader.h"

struct _CspAccountsPage
{
  AdwBin              parent_instance;

  CspStore           *store;
  CspListLoader      *loader;
  gboolean            compact;
  gboolean            stale;   /* the store changed while hidden */
  GtkSortListModel   *sort_model;

  GtkStack           *stack;
  GtkSpinner         *spinner;
  AdwStatusPage      *error_page;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *segment_column;
  GtkColumnViewColumn *stage_column;
  GtkColumnViewColumn *csm_column;
  GtkColumnViewColumn *health_column;
};

G_DEFINE_FINAL_TYPE (CspAccountsPage, csp_accounts_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_LOADING,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const band_classes[] = { "healthy", "watch", "at-risk" };

/* Auxiliary methods */

static CspAccount *
item_account (GtkListItem *item)
{
  return csp_account_summary_get_account (gtk_list_item_get_item (item));
}

static void
update_visible_page (CspAccountsPage *self)
{
  gboolean loading = csp_list_loader_get_loading (self->loader);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  /* While reloading, keep showing what is there; only a page with
   * nothing to show yet gets the spinner. */
  if (n_items > 0)
    page = "list";
  else if (loading)
    page = g_str_equal (page, "list") ? "list" : "loading";
  else if (!g_str_equal (page, "error"))
    page = "empty";

  gtk_spinner_set_spinning (self->spinner, g_str_equal (page, "loading"));
  gtk_stack_set_visible_child_name (self->stack, page);
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

static void
set_column_sorter (GtkColumnViewColumn *column,
                   GtkSorter           *sorter)
{
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
}

static void
setup_sorting (CspAccountsPage *self)
{
  GtkSingleSelection *selection;
  GtkExpression *score =
    gtk_property_expression_new (CSP_TYPE_ACCOUNT_SUMMARY, NULL, "health-score");

  set_column_sorter (self->name_column, account_string_sorter ("name"));
  set_column_sorter (self->csm_column, account_string_sorter ("csm"));
  set_column_sorter (self->stage_column,
                     GTK_SORTER (gtk_custom_sorter_new (compare_stage, NULL, NULL)));
  set_column_sorter (self->segment_column,
                     GTK_SORTER (gtk_custom_sorter_new (compare_segment, NULL, NULL)));
  set_column_sorter (self->health_column, GTK_SORTER (gtk_numeric_sorter_new (score)));

  self->sort_model =
    gtk_sort_list_model_new (g_object_ref (csp_list_loader_get_model (self->loader)),
                             g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  /* Tens of thousands of rows sort in slices between frames. */
  gtk_sort_list_model_set_incremental (self->sort_model, TRUE);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  /* Nothing is chosen until the user picks a row. */
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);
}

static GListModel *
query_accounts (CspStore  *store,
                gpointer   data,
                GError   **error)
{
  return csp_store_list_account_summaries (store, error);
}

/* Callbacks */

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CspAccountsPage          *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
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

static void
loader_changed_cb (CspAccountsPage *self)
{
  update_visible_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
loader_failed_cb (CspAccountsPage *self,
                  const GError    *error)
{
  /* The description is markup; the message is plain text. */
  g_autofree char *description = g_markup_escape_text (error->message, -1);

  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/* Overrides */

static void
csp_accounts_page_dispose (GObject *object)
{
  CspAccountsPage *self = CSP_ACCOUNTS_PAGE (object);

  if (self->loader != NULL)
    csp_list_loader_cancel (self->loader);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (csp_accounts_page_parent_class)->dispose (object);
}

static void
csp_accounts_page_finalize (GObject *object)
{
  CspAccountsPage *self = CSP_ACCOUNTS_PAGE (object);

  g_clear_object (&self->sort_model);
  g_clear_object (&self->loader);

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
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, csp_accounts_page_get_loading (self));
      break;
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
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
    case PROP_STORE:
      csp_accounts_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_COMPACT:
      csp_accounts_page_set_compact (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_accounts_page_map (GtkWidget *widget)
{
  CspAccountsPage *self = CSP_ACCOUNTS_PAGE (widget);

  GTK_WIDGET_CLASS (csp_accounts_page_parent_class)->map (widget);

  if (self->stale)
    csp_accounts_page_reload (self);
}

static void
csp_accounts_page_class_init (CspAccountsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_accounts_page_dispose;
  object_class->finalize = csp_accounts_page_finalize;
  object_class->get_property = csp_accounts_page_get_property;
  object_class->set_property = csp_accounts_page_set_property;
  widget_class->map = csp_accounts_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CSP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* A narrow window: only the columns that matter most. */
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/csp-accounts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, segment_column);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, stage_column);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, csm_column);
  gtk_widget_class_bind_template_child (widget_class, CspAccountsPage, health_column);
  gtk_widget_class_bind_template_callback (widget_class, setup_label_cb);
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

  self->loader = csp_list_loader_new (CSP_TYPE_ACCOUNT_SUMMARY);
  g_signal_connect_object (self->loader, "notify::loading",
                           G_CALLBACK (loader_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->loader, "failed",
                           G_CALLBACK (loader_failed_cb), self, G_CONNECT_SWAPPED);
  setup_sorting (self);
  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (update_visible_page), self, G_CONNECT_SWAPPED);
  update_visible_page (self);
}

/* Public API */

CspStore *
csp_accounts_page_get_store (CspAccountsPage *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNTS_PAGE (self), NULL);

  return self->store;
}

/* Shows the accounts of @store (none when NULL) and reads them again. */
void
csp_accounts_page_set_store (CspAccountsPage *self,
                             CspStore        *store)
{
  g_return_if_fail (CSP_IS_ACCOUNTS_PAGE (self));
  g_return_if_fail (store == NULL || CSP_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  /* A hidden page reads its list when it is first shown, so the page
   * in front gets the window's first query to itself. */
  csp_list_loader_load (self->loader, NULL, NULL, NULL, NULL);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    csp_accounts_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* Reads the list again, after the store's file changed. */
void
csp_accounts_page_reload (CspAccountsPage *self)
{
  g_return_if_fail (CSP_IS_ACCOUNTS_PAGE (self));

  self->stale = FALSE;
  csp_list_loader_load (self->loader, self->store, query_accounts, NULL, NULL);
}

gboolean
csp_accounts_page_get_loading (CspAccountsPage *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNTS_PAGE (self), FALSE);

  return csp_list_loader_get_loading (self->loader);
}

/* The rows as shown: CspAccountSummary items in the table's order. */
GListModel *
csp_accounts_page_get_model (CspAccountsPage *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNTS_PAGE (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

/* Hides the segment and CSM columns, which a narrow window has no room for. */
void
csp_accounts_page_set_compact (CspAccountsPage *self,
                               gboolean          compact)
{
  g_return_if_fail (CSP_IS_ACCOUNTS_PAGE (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  gtk_column_view_column_set_visible (self->segment_column, !compact);
  gtk_column_view_column_set_visible (self->csm_column, !compact);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

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
