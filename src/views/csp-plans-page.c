/* csp-plans-page.c: the open action items across accounts
 *
 * Every action item still to do, soonest due first, with its account,
 * owner and priority; those past their due date are marked overdue with
 * an icon and the "overdue" style class. Read off the main thread by a
 * CspListLoader.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-format.h"
#include "csp-list-loader.h"
#include "csp-plans-page.h"

struct _CspPlansPage
{
  AdwBin               parent_instance;

  CspStore            *store;
  CspListLoader       *loader;
  gboolean             compact;
  gboolean             stale;   /* the store changed while hidden */
  GtkSortListModel    *sort_model;

  GtkStack            *stack;
  GtkSpinner          *spinner;
  AdwStatusPage       *error_page;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *owner_column;
  GtkColumnViewColumn *account_column;
  GtkColumnViewColumn *due_column;
  GtkColumnViewColumn *priority_column;
};

G_DEFINE_FINAL_TYPE (CspPlansPage, csp_plans_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_LOADING,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

static CspActionItem *
item_action (GtkListItem *item)
{
  return csp_action_summary_get_action (gtk_list_item_get_item (item));
}

static void
set_cell_text (GtkListItem *item,
               const char  *text)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text ? text : "");
}

static void
update_visible_page (CspPlansPage *self)
{
  gboolean loading = csp_list_loader_get_loading (self->loader);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  const char *page = gtk_stack_get_visible_child_name (self->stack);

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
compare_priority (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  CspPriority pa = csp_action_item_get_priority (csp_action_summary_get_action ((gpointer) a));
  CspPriority pb = csp_action_item_get_priority (csp_action_summary_get_action ((gpointer) b));

  return (pa > pb) - (pa < pb);
}

static GtkSorter *
string_sorter (GtkExpression *expression)
{
  return GTK_SORTER (gtk_string_sorter_new (expression));
}

static GtkExpression *
action_property (const char *property)
{
  GtkExpression *action =
    gtk_property_expression_new (CSP_TYPE_ACTION_SUMMARY, NULL, "action");

  return gtk_property_expression_new (CSP_TYPE_ACTION_ITEM, action, property);
}

static void
set_column_sorter (GtkColumnViewColumn *column,
                   GtkSorter           *sorter)
{
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
}

/* The query's order (due date, then priority) stays until a column
 * header is clicked: the sort model keeps equal items in order. */
static void
setup_sorting (CspPlansPage *self)
{
  GtkSingleSelection *selection;
  set_column_sorter (self->title_column, string_sorter (action_property ("title")));
  set_column_sorter (self->due_column, string_sorter (action_property ("due-on")));
  set_column_sorter (self->account_column, string_sorter (
    gtk_property_expression_new (CSP_TYPE_ACTION_SUMMARY, NULL, "account-name")));
  set_column_sorter (self->priority_column,
                     GTK_SORTER (gtk_custom_sorter_new (compare_priority, NULL, NULL)));

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
}

static GListModel *
query_open_actions (CspStore  *store,
                    gpointer   today,
                    GError   **error)
{
  return csp_store_list_open_actions (store, today, error);
}

/* Callbacks */

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CspPlansPage             *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_title_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CspPlansPage             *self)
{
  set_cell_text (item, csp_action_item_get_title (item_action (item)));
}

static void
bind_account_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CspPlansPage             *self)
{
  set_cell_text (item, csp_action_summary_get_account_name (gtk_list_item_get_item (item)));
}

/* An icon besides the colour marks an overdue date, for those who do
 * not see the colour. */
static void
setup_due_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CspPlansPage             *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("task-past-due-symbolic");
  GtkWidget *label = gtk_label_new (NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Overdue"), -1);
  gtk_widget_set_tooltip_text (icon, _("Overdue"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
bind_due_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CspPlansPage             *self)
{
  CspActionSummary *summary = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (icon);
  g_autofree char *due = csp_format_date (csp_action_item_get_due_on (item_action (item)));
  gboolean overdue = csp_action_summary_get_overdue (summary);

  gtk_label_set_text (GTK_LABEL (label), due);
  gtk_widget_set_visible (icon, overdue);
  if (overdue)
    gtk_widget_add_css_class (box, "overdue");
  else
    gtk_widget_remove_css_class (box, "overdue");
}

static void
bind_owner_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CspPlansPage             *self)
{
  CspActionItem *action = item_action (item);
  const char *side = csp_enum_to_label (CSP_TYPE_SIDE, csp_action_item_get_owner_side (action));
  const char *name = csp_action_item_get_owner_name (action);
  g_autofree char *text = NULL;

  if (name == NULL || *name == '\0')
    {
      set_cell_text (item, side);
      return;
    }

  /* Translators: the owner of an action item: the side (“Customer” or
   * “Ours”), then the person's name */
  text = g_strdup_printf (_("%s · %s"), side, name);
  set_cell_text (item, text);
}

static void
bind_priority_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  CspPlansPage             *self)
{
  set_cell_text (item, csp_enum_to_label (CSP_TYPE_PRIORITY,
                                          csp_action_item_get_priority (item_action (item))));
}

static void
bind_status_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CspPlansPage             *self)
{
  set_cell_text (item, csp_enum_to_label (CSP_TYPE_ACTION_STATUS,
                                          csp_action_item_get_status (item_action (item))));
}

static void
loader_changed_cb (CspPlansPage *self)
{
  update_visible_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
loader_failed_cb (CspPlansPage *self,
                  const GError *error)
{
  /* The description is markup; the message is plain text. */
  g_autofree char *description = g_markup_escape_text (error->message, -1);

  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/* Overrides */

static void
csp_plans_page_dispose (GObject *object)
{
  CspPlansPage *self = CSP_PLANS_PAGE (object);

  if (self->loader != NULL)
    csp_list_loader_cancel (self->loader);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (csp_plans_page_parent_class)->dispose (object);
}

static void
csp_plans_page_finalize (GObject *object)
{
  CspPlansPage *self = CSP_PLANS_PAGE (object);

  g_clear_object (&self->sort_model);
  g_clear_object (&self->loader);

  G_OBJECT_CLASS (csp_plans_page_parent_class)->finalize (object);
}

static void
csp_plans_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CspPlansPage *self = CSP_PLANS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, csp_plans_page_get_loading (self));
      break;
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_plans_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CspPlansPage *self = CSP_PLANS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      csp_plans_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_COMPACT:
      csp_plans_page_set_compact (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_plans_page_map (GtkWidget *widget)
{
  CspPlansPage *self = CSP_PLANS_PAGE (widget);

  GTK_WIDGET_CLASS (csp_plans_page_parent_class)->map (widget);

  if (self->stale)
    csp_plans_page_reload (self);
}

static void
csp_plans_page_class_init (CspPlansPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_plans_page_dispose;
  object_class->finalize = csp_plans_page_finalize;
  object_class->get_property = csp_plans_page_get_property;
  object_class->set_property = csp_plans_page_set_property;
  widget_class->map = csp_plans_page_map;

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
                                               RESOURCE_BASE "/ui/csp-plans-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, title_column);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, owner_column);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, account_column);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, due_column);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, priority_column);
  gtk_widget_class_bind_template_callback (widget_class, setup_label_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_account_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_due_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_due_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_owner_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_priority_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_status_cb);
}

static void
csp_plans_page_init (CspPlansPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->loader = csp_list_loader_new (CSP_TYPE_ACTION_SUMMARY);
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
csp_plans_page_get_store (CspPlansPage *self)
{
  g_return_val_if_fail (CSP_IS_PLANS_PAGE (self), NULL);

  return self->store;
}

void
csp_plans_page_set_store (CspPlansPage *self,
                          CspStore     *store)
{
  g_return_if_fail (CSP_IS_PLANS_PAGE (self));
  g_return_if_fail (store == NULL || CSP_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  /* A hidden page reads its list when it is first shown, so the page
   * in front gets the window's first query to itself. */
  csp_list_loader_load (self->loader, NULL, NULL, NULL, NULL);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    csp_plans_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* Reads the list again; what is overdue is judged by today's date. */
void
csp_plans_page_reload (CspPlansPage *self)
{
  g_return_if_fail (CSP_IS_PLANS_PAGE (self));

  self->stale = FALSE;
  csp_list_loader_load (self->loader, self->store, query_open_actions,
                        csp_date_today_text (), g_free);
}

gboolean
csp_plans_page_get_loading (CspPlansPage *self)
{
  g_return_val_if_fail (CSP_IS_PLANS_PAGE (self), FALSE);

  return csp_list_loader_get_loading (self->loader);
}

/* The rows as shown: CspActionSummary items in the table's order. */
GListModel *
csp_plans_page_get_model (CspPlansPage *self)
{
  g_return_val_if_fail (CSP_IS_PLANS_PAGE (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

/* Hides the owner, priority and status columns, which a narrow window
 * has no room for. */
void
csp_plans_page_set_compact (CspPlansPage *self,
                            gboolean       compact)
{
  g_return_if_fail (CSP_IS_PLANS_PAGE (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  gtk_column_view_column_set_visible (self->owner_column, !compact);
  gtk_column_view_column_set_visible (self->status_column, !compact);
  gtk_column_view_column_set_visible (self->priority_column, !compact);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}
