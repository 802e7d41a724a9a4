/* csp-list-page.c: the base of the pages that show one list in a table
 *
 * The accounts, plans and meetings pages each show the rows of one store
 * query in a sortable GtkColumnView. What they share lives here: the
 * "store", "loading" and "compact" properties, reading the list through
 * a CspListLoader when the page is first shown, and the stack of loading,
 * empty, error and list pages. A subclass names its rows and query in
 * class_init, and its template holds a GtkStack "stack" with the pages
 * "loading", "empty", "error" and "list", a GtkSpinner "spinner", an
 * AdwStatusPage "error_page" and a GtkColumnView "column_view".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-list-loader.h"
#include "csp-list-page.h"
#include "csp-store-watch.h"

typedef struct
{
  CspStore         *store;
  CspListLoader    *loader;
  GtkSortListModel *sort_model;
  GtkFilterListModel *filter_model; /* the subclass's filter, if any */
  gboolean          compact;
  gboolean          stale;   /* not read yet since the store was set */
  CspStoreWatch    *watch;   /* of the subclass's watched tables, if any */

  /* From the subclass's template. */
  GtkStack         *stack;
  GtkSpinner       *spinner;
  AdwStatusPage    *error_page;
  GtkColumnView    *column_view;
} CspListPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CspListPage, csp_list_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_LOADING,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The template children every page's template has, by id. */
static const char * const template_children[] = {
  "stack", "spinner", "error_page", "column_view",
};

/* Auxiliary methods */

static void
update_visible_page (CspListPage *self)
{
  CspListPagePrivate *priv = csp_list_page_get_instance_private (self);
  gboolean loading = csp_list_loader_get_loading (priv->loader);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (priv->filter_model));
  const char *page = gtk_stack_get_visible_child_name (priv->stack);

  /* While reloading, keep showing what is there; only a page with
   * nothing to show yet gets the spinner. */
  if (n_items > 0)
    page = "list";
  else if (loading)
    page = g_str_equal (page, "list") ? "list" : "loading";
  else if (!g_str_equal (page, "error"))
    page = "empty";

  gtk_spinner_set_spinning (priv->spinner, g_str_equal (page, "loading"));
  gtk_stack_set_visible_child_name (priv->stack, page);
}

/* The template belongs to the subclass, so its children are looked up
 * under the subclass's type. */
static gpointer
template_child (CspListPage *self,
                const char  *name,
                GType        type)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (self), G_OBJECT_TYPE (self), name);

  g_assert (G_TYPE_CHECK_INSTANCE_TYPE (child, type));
  return child;
}

/* The query's order stays until a column header is clicked: the sort
 * model keeps equal items in order. */
static void
setup_model (CspListPage *self)
{
  CspListPagePrivate *priv = csp_list_page_get_instance_private (self);
  GtkSingleSelection *selection;

  priv->sort_model =
    gtk_sort_list_model_new (g_object_ref (csp_list_loader_get_model (priv->loader)),
                             g_object_ref (gtk_column_view_get_sorter (priv->column_view)));
  /* Tens of thousands of rows sort in slices between frames. */
  gtk_sort_list_model_set_incremental (priv->sort_model, TRUE);
  priv->filter_model =
    gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (priv->sort_model)), NULL);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (priv->filter_model)));
  /* Nothing is chosen until the user picks a row. */
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (priv->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

/* Callbacks */

/* The cell most columns use: a label that gives way when narrow. Bound
 * to every page's template as "setup_label_cb". */
static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
loader_changed_cb (CspListPage *self)
{
  update_visible_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
loader_failed_cb (CspListPage  *self,
                  const GError *error)
{
  CspListPagePrivate *priv = csp_list_page_get_instance_private (self);
  /* The description is markup; the message is plain text. */
  g_autofree char *description = g_markup_escape_text (error->message, -1);

  adw_status_page_set_description (priv->error_page, description);
  gtk_stack_set_visible_child_name (priv->stack, "error");
}

/* Overrides */

/* The subclass's init has built its template by now. */
static void
csp_list_page_constructed (GObject *object)
{
  CspListPage *self = CSP_LIST_PAGE (object);
  CspListPagePrivate *priv = csp_list_page_get_instance_private (self);

  G_OBJECT_CLASS (csp_list_page_parent_class)->constructed (object);

  priv->stack = template_child (self, "stack", GTK_TYPE_STACK);
  priv->spinner = template_child (self, "spinner", GTK_TYPE_SPINNER);
  priv->error_page = template_child (self, "error_page", ADW_TYPE_STATUS_PAGE);
  priv->column_view = template_child (self, "column_view", GTK_TYPE_COLUMN_VIEW);

  priv->loader = csp_list_loader_new (CSP_LIST_PAGE_GET_CLASS (self)->item_type);
  if (CSP_LIST_PAGE_GET_CLASS (self)->watched_tables != NULL)
    priv->watch = csp_store_watch_new (GTK_WIDGET (self),
                                       CSP_LIST_PAGE_GET_CLASS (self)->watched_tables,
                                       (CspStoreWatchFunc) csp_list_page_reload);
  g_signal_connect_object (priv->loader, "notify::loading",
                           G_CALLBACK (loader_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (priv->loader, "failed",
                           G_CALLBACK (loader_failed_cb), self, G_CONNECT_SWAPPED);
  setup_model (self);
  g_signal_connect_object (priv->filter_model, "items-changed",
                           G_CALLBACK (update_visible_page), self, G_CONNECT_SWAPPED);
  update_visible_page (self);
}

static void
csp_list_page_dispose (GObject *object)
{
  CspListPagePrivate *priv = csp_list_page_get_instance_private (CSP_LIST_PAGE (object));

  g_clear_object (&priv->watch);
  if (priv->loader != NULL)
    csp_list_loader_cancel (priv->loader);
  /* Disposing the template removes the table's columns, which changes
   * its sorter and may reorder the rows: nothing to show any more. */
  if (priv->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (priv->filter_model, object);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (csp_list_page_parent_class)->dispose (object);
}

static void
csp_list_page_finalize (GObject *object)
{
  CspListPagePrivate *priv = csp_list_page_get_instance_private (CSP_LIST_PAGE (object));

  g_clear_object (&priv->filter_model);
  g_clear_object (&priv->sort_model);
  g_clear_object (&priv->loader);

  G_OBJECT_CLASS (csp_list_page_parent_class)->finalize (object);
}

static void
csp_list_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CspListPage *self = CSP_LIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, csp_list_page_get_store (self));
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, csp_list_page_get_loading (self));
      break;
    case PROP_COMPACT:
      g_value_set_boolean (value, csp_list_page_get_compact (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_list_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CspListPage *self = CSP_LIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      csp_list_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_COMPACT:
      csp_list_page_set_compact (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_list_page_map (GtkWidget *widget)
{
  CspListPage *self = CSP_LIST_PAGE (widget);
  CspListPagePrivate *priv = csp_list_page_get_instance_private (self);

  GTK_WIDGET_CLASS (csp_list_page_parent_class)->map (widget);

  if (priv->stale)
    csp_list_page_reload (self);
}

static void
csp_list_page_class_init (CspListPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = csp_list_page_constructed;
  object_class->dispose = csp_list_page_dispose;
  object_class->finalize = csp_list_page_finalize;
  object_class->get_property = csp_list_page_get_property;
  object_class->set_property = csp_list_page_set_property;
  widget_class->map = csp_list_page_map;

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
}

static void
csp_list_page_init (CspListPage *self)
{
}

/* Protected API */

/* Sets a page's template and binds the children and callback this class
 * uses; the subclass binds its own columns and cells after. */
void
csp_list_page_class_set_template_from_resource (GtkWidgetClass *widget_class,
                                                const char     *resource_name)
{
  g_return_if_fail (g_type_is_a (G_TYPE_FROM_CLASS (widget_class), CSP_TYPE_LIST_PAGE));

  gtk_widget_class_set_template_from_resource (widget_class, resource_name);
  for (guint i = 0; i < G_N_ELEMENTS (template_children); i++)
    gtk_widget_class_bind_template_child_full (widget_class, template_children[i], FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, setup_label_cb);
}

/* Gives @column @sorter, taking the caller's reference. */
void
csp_list_page_set_column_sorter (GtkColumnViewColumn *column,
                                 GtkSorter           *sorter)
{
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
}

/* Shows on a filters button (@button, whose child is @label) how many
 * filters narrow a list, and marks it while any do. */
void
csp_list_page_show_n_filters (GtkMenuButton *button,
                              GtkLabel      *label,
                              guint          n_active)
{
  g_autofree char *text = NULL;

  if (n_active > 0)
    /* Translators: the filters button above a list, "3 Filters" */
    text = g_strdup_printf (ngettext ("%u Filter", "%u Filters", n_active), n_active);
  gtk_label_set_text (label, text ? text : _("Filters"));
  if (n_active > 0)
    gtk_widget_add_css_class (GTK_WIDGET (button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (button), "accent");
}

/* Public API */

CspStore *
csp_list_page_get_store (CspListPage *self)
{
  CspListPagePrivate *priv;

  g_return_val_if_fail (CSP_IS_LIST_PAGE (self), NULL);
  priv = csp_list_page_get_instance_private (self);

  return priv->store;
}

/* Shows the rows of @store (none when NULL) and reads them again. */
void
csp_list_page_set_store (CspListPage *self,
                         CspStore    *store)
{
  CspListPagePrivate *priv;

  g_return_if_fail (CSP_IS_LIST_PAGE (self));
  g_return_if_fail (store == NULL || CSP_IS_STORE (store));
  priv = csp_list_page_get_instance_private (self);

  if (!g_set_object (&priv->store, store))
    return;
  if (priv->watch != NULL)
    csp_store_watch_set_store (priv->watch, store);

  /* A hidden page reads its list when it is first shown, so the page
   * in front gets the window's first query to itself. */
  csp_list_loader_load (priv->loader, NULL, NULL, NULL, NULL);
  gtk_stack_set_visible_child_name (priv->stack, "loading");
  priv->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    csp_list_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* Reads the list again, after the store's file changed; the subclass
 * gives the query its argument now (today's date, say). */
void
csp_list_page_reload (CspListPage *self)
{
  CspListPagePrivate *priv;
  CspListPageClass *klass;
  char *query_data = NULL;

  g_return_if_fail (CSP_IS_LIST_PAGE (self));
  priv = csp_list_page_get_instance_private (self);

  klass = CSP_LIST_PAGE_GET_CLASS (self);
  if (klass->dup_query_data != NULL)
    query_data = klass->dup_query_data (self);
  priv->stale = FALSE;
  if (priv->watch != NULL)
    csp_store_watch_reading (priv->watch);
  csp_list_loader_load (priv->loader, priv->store, klass->query, query_data, g_free);
}

gboolean
csp_list_page_get_loading (CspListPage *self)
{
  CspListPagePrivate *priv;

  g_return_val_if_fail (CSP_IS_LIST_PAGE (self), FALSE);
  priv = csp_list_page_get_instance_private (self);

  /* A write just seen is read at the next idle: not current yet. */
  return csp_list_loader_get_loading (priv->loader) ||
         (priv->watch != NULL && csp_store_watch_get_pending (priv->watch) &&
          gtk_widget_get_mapped (GTK_WIDGET (self)));
}

/* Shows only the rows @filter matches (all when NULL). */
void
csp_list_page_set_filter (CspListPage *self,
                          GtkFilter   *filter)
{
  CspListPagePrivate *priv;

  g_return_if_fail (CSP_IS_LIST_PAGE (self));
  g_return_if_fail (filter == NULL || GTK_IS_FILTER (filter));
  priv = csp_list_page_get_instance_private (self);

  gtk_filter_list_model_set_filter (priv->filter_model, filter);
}

/* Shows only the rows @filter lets through, under @revealer's bar whose
 * @label names the account; a NULL @filter shows every row and hides
 * the bar. For the pages that can show one account's rows. */
void
csp_list_page_show_account_rows (CspListPage *self,
                                 GtkFilter   *filter,
                                 const char  *account_name,
                                 GtkRevealer *revealer,
                                 GtkLabel    *label)
{
  g_autofree char *text = NULL;

  g_return_if_fail (CSP_IS_LIST_PAGE (self));

  csp_list_page_set_filter (self, filter);
  gtk_revealer_set_reveal_child (revealer, filter != NULL);
  if (filter == NULL)
    return;

  /* Translators: %s is the name of an account */
  text = g_strdup_printf (_("Showing “%s” only"), account_name ? account_name : "");
  gtk_label_set_text (label, text);
}

/* The rows as shown: the query's items the filter lets through, in the
 * table's order. */
GListModel *
csp_list_page_get_model (CspListPage *self)
{
  CspListPagePrivate *priv;

  g_return_val_if_fail (CSP_IS_LIST_PAGE (self), NULL);
  priv = csp_list_page_get_instance_private (self);

  return G_LIST_MODEL (priv->filter_model);
}

gboolean
csp_list_page_get_compact (CspListPage *self)
{
  CspListPagePrivate *priv;

  g_return_val_if_fail (CSP_IS_LIST_PAGE (self), FALSE);
  priv = csp_list_page_get_instance_private (self);

  return priv->compact;
}

/* Hides the columns a narrow window has no room for (the subclass's
 * set_compact says which). */
void
csp_list_page_set_compact (CspListPage *self,
                           gboolean     compact)
{
  CspListPagePrivate *priv;

  g_return_if_fail (CSP_IS_LIST_PAGE (self));
  priv = csp_list_page_get_instance_private (self);

  compact = !!compact;
  if (priv->compact == compact)
    return;

  priv->compact = compact;
  if (CSP_LIST_PAGE_GET_CLASS (self)->set_compact != NULL)
    CSP_LIST_PAGE_GET_CLASS (self)->set_compact (self, compact);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}
