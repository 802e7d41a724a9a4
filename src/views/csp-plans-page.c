/* csp-plans-page.c: the open action items across accounts
 *
 * Every action item still to do, soonest due first, with its account,
 * owner and priority; those past their due date are marked overdue with
 * an icon and the "overdue" style class. Loading, the empty and error
 * states and the "compact" property come from CspListPage.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-format.h"
#include "csp-plans-page.h"

struct _CspPlansPage
{
  CspListPage          parent_instance;

  GtkRevealer         *account_revealer;
  GtkLabel            *account_label;
  gint64               account_id;   /* only this account's rows; 0 for all */

  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *owner_column;
  GtkColumnViewColumn *account_column;
  GtkColumnViewColumn *due_column;
  GtkColumnViewColumn *priority_column;
};

G_DEFINE_FINAL_TYPE (CspPlansPage, csp_plans_page, CSP_TYPE_LIST_PAGE)

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

/* The query's order (due date, then priority) stays until a column
 * header is clicked. */
static void
setup_sorters (CspPlansPage *self)
{
  GtkExpression *account_name =
    gtk_property_expression_new (CSP_TYPE_ACTION_SUMMARY, NULL, "account-name");

  csp_list_page_set_column_sorter (self->title_column, string_sorter (action_property ("title")));
  csp_list_page_set_column_sorter (self->due_column, string_sorter (action_property ("due-on")));
  csp_list_page_set_column_sorter (self->account_column, string_sorter (account_name));
  csp_list_page_set_column_sorter (
    self->priority_column, GTK_SORTER (gtk_custom_sorter_new (compare_priority, NULL, NULL)));
}

static GListModel *
query_open_actions (CspStore  *store,
                    gpointer   today,
                    GError   **error)
{
  return csp_store_list_open_actions (store, today, error);
}

/* What is overdue is judged by the date the list is read. */
static char *
dup_today (CspListPage *page)
{
  return csp_date_today_text ();
}

/* Hides the owner, priority and status columns, which a narrow window
 * has no room for. */
static void
set_compact (CspListPage *page,
             gboolean     compact)
{
  CspPlansPage *self = CSP_PLANS_PAGE (page);

  gtk_column_view_column_set_visible (self->owner_column, !compact);
  gtk_column_view_column_set_visible (self->status_column, !compact);
  gtk_column_view_column_set_visible (self->priority_column, !compact);
}

static gboolean
match_account (gpointer item,
               gpointer user_data)
{
  CspPlansPage *self = user_data;

  return csp_action_summary_get_account_id (CSP_ACTION_SUMMARY (item)) == self->account_id;
}

/* Callbacks */

static void
show_all_cb (CspPlansPage *self)
{
  csp_plans_page_show_account (self, 0, NULL);
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

/* Enter or a double click on a row opens the action's plan. */
static void
row_activated_cb (GtkColumnView *view,
                  guint          position,
                  CspPlansPage  *self)
{
  g_autoptr(CspActionSummary) summary =
    g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (view)), position);

  if (summary != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-plan", "x",
                                csp_action_item_get_plan_id (
                                  csp_action_summary_get_action (summary)));
}

static void
csp_plans_page_class_init (CspPlansPageClass *klass)
{
  CspListPageClass *page_class = CSP_LIST_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  page_class->item_type = CSP_TYPE_ACTION_SUMMARY;
  page_class->query = query_open_actions;
  page_class->dup_query_data = dup_today;
  page_class->set_compact = set_compact;

  csp_list_page_class_set_template_from_resource (widget_class,
                                                  RESOURCE_BASE "/ui/csp-plans-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, title_column);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, owner_column);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, account_column);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, due_column);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, priority_column);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, account_revealer);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, account_label);
  gtk_widget_class_bind_template_callback (widget_class, show_all_cb);
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
  setup_sorters (self);
  g_signal_connect_object (gtk_column_view_column_get_column_view (self->title_column),
                           "activate", G_CALLBACK (row_activated_cb), self, 0);
}

/* Public API */

CSP_LIST_PAGE_DEFINE_API (CspPlansPage, csp_plans_page)

/* Shows only the rows of the account @account_id, named @account_name,
 * under a bar that says so and offers to show all again; 0 shows every
 * account's rows. */
void
csp_plans_page_show_account (CspPlansPage *self,
                             gint64        account_id,
                             const char   *account_name)
{
  g_autoptr(GtkFilter) filter = NULL;

  g_return_if_fail (CSP_IS_PLANS_PAGE (self));

  self->account_id = account_id;
  if (account_id != 0)
    filter = GTK_FILTER (gtk_custom_filter_new (match_account, self, NULL));
  csp_list_page_show_account_rows (CSP_LIST_PAGE (self), filter, account_name,
                                   self->account_revealer, self->account_label);
}

/* The account whose rows alone show; 0 when all do. */
gint64
csp_plans_page_get_account_id (CspPlansPage *self)
{
  g_return_val_if_fail (CSP_IS_PLANS_PAGE (self), 0);

  return self->account_id;
}
