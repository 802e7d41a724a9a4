/* csp-plans-page.c: every account's action items, grouped by when due
 *
 * The Plans tab: the action items of every account's draft and active
 * plans in sections Overdue, Due This Week, Later, No Due Date and
 * Recently Done (the rule is csp_action_group_for(), with the week
 * starting on the locale's first day), filtered by owner, side, account,
 * priority, status and a search; above them each account's progress for
 * the items the filters let through. A check button on a row marks the
 * item done (csp-plans-page-done.c), activating a row opens its plan.
 * A second view lists the actions that most often came before a health
 * recovery (CspRecoveryCounts).
 *
 * The items are read in one query in a worker (csp-plans-page-load.c).
 * A portfolio has tens of thousands, so they show in a list view,
 * sections and all (see csp-action-sections.c); filtering and grouping
 * happen on the main thread, over objects already read
 * (csp-plans-page-filters.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-action-item.h"
#include "csp-action-summary.h"
#include "csp-date.h"
#include "csp-file-launch.h"
#include "csp-plans-page-private.h"
#include "csp-plans-row.h"
#include "csp-week-start.h"

G_DEFINE_FINAL_TYPE (CspPlansPage, csp_plans_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_LOADING,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Callbacks */

static void
filling_cb (CspPlansPage *self)
{
  if (self->cancellable == NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}


static void
view_changed_cb (CspPlansPage *self)
{
  _csp_plans_page_update_recoveries (self);
}

static void
show_all_cb (CspPlansPage *self)
{
  csp_plans_page_show_account (self, 0, NULL);
}

static void
account_activated_cb (CspPlansPage *self,
                      gint64        account_id,
                      const char   *account_name)
{
  csp_plans_page_show_account (self, account_id, account_name);
}

static void
filter_changed_cb (CspPlansPage *self)
{
  _csp_plans_page_read_filters (self);
  _csp_plans_page_regroup (self);
}

static void
row_done_toggled_cb (CspPlansRow *row,
                     gboolean     done,
                     gpointer     user_data)
{
  CspPlansPage *self = user_data;
  GObject *item = csp_plans_row_get_item (row);

  if (CSP_IS_ACTION_SUMMARY (item))
    _csp_plans_page_set_done (self, CSP_ACTION_SUMMARY (item), done);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CspPlansPage             *self)
{
  GtkWidget *row = csp_plans_row_new ();

  g_signal_connect_object (row, "done-toggled", G_CALLBACK (row_done_toggled_cb), self, 0);
  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CspPlansPage             *self)
{
  GObject *object = gtk_list_item_get_item (item);

  /* Headings are neither chosen nor opened. */
  gtk_list_item_set_activatable (item, CSP_IS_ACTION_SUMMARY (object));
  gtk_list_item_set_selectable (item, FALSE);
  csp_plans_row_set_item (CSP_PLANS_ROW (gtk_list_item_get_child (item)), object, self->today);
}

/* Opens the item's plan (the window's action; a no-op where it has
 * none). */
static void
row_activated_cb (CspPlansPage *self,
                  guint         position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->shown), position);
  CspActionItem *action;

  if (!CSP_IS_ACTION_SUMMARY (item))
    return;

  action = csp_action_summary_get_action (CSP_ACTION_SUMMARY (item));
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "win.open-plan", "x",
                              csp_action_item_get_plan_id (action));
}

/* Overrides */

static void
csp_plans_page_dispose (GObject *object)
{
  CspPlansPage *self = CSP_PLANS_PAGE (object);

  _csp_plans_page_cancel_load (self);
  if (self->filler != NULL)
    csp_list_filler_cancel (self->filler);
  g_clear_object (&self->watch);
  g_clear_object (&self->recoveries_watch);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->undo_toast);
  gtk_widget_dispose_template (GTK_WIDGET (self), CSP_TYPE_PLANS_PAGE);

  G_OBJECT_CLASS (csp_plans_page_parent_class)->dispose (object);
}

static void
csp_plans_page_finalize (GObject *object)
{
  CspPlansPage *self = CSP_PLANS_PAGE (object);

  g_clear_object (&self->all);
  g_clear_object (&self->filler);
  g_clear_object (&self->shown);
  g_free (self->today);
  g_free (self->pinned_today);
  g_free (self->account_name);
  g_clear_object (&self->account_names);
  g_clear_pointer (&self->account_ids, g_array_unref);
  csp_action_filter_clear (&self->filter);

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
  view_changed_cb (self);
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
  /* A narrow window: shorter controls. */
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CSP_TYPE_PLANS_PROGRESS);
  g_type_ensure (CSP_TYPE_RECOVERY_COUNTS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/csp-plans-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, mine_button);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, filter_grid);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, account_revealer);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, account_label);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, progress);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, CspPlansPage, recovery_counts);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_all_cb);
  gtk_widget_class_bind_template_callback (widget_class, account_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
setup_list (CspPlansPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  self->shown = g_list_store_new (G_TYPE_OBJECT);
  self->filler = csp_list_filler_new (self->shown);
  g_signal_connect_object (self->filler, "notify::filling", G_CALLBACK (filling_cb), self,
                           G_CONNECT_SWAPPED);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  g_object_unref (factory);
}

static void
csp_plans_page_init (CspPlansPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  csp_action_filter_init (&self->filter);
  self->first_weekday = csp_locale_first_weekday ();
  self->today = csp_date_today_text ();
  self->recoveries_stale = TRUE;
  _csp_plans_page_init_watches (self);
  self->settings = csp_app_settings_new ();
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::csm-name",
                             G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);
  setup_list (self);
  _csp_plans_page_setup_filters (self);
  _csp_plans_page_read_filters (self);
  _csp_plans_page_regroup (self);
}

/* Public API */

/* A narrow window: the toggle of one's own items shows an icon. */
void
csp_plans_page_set_compact (CspPlansPage *self,
                            gboolean      compact)
{
  g_return_if_fail (CSP_IS_PLANS_PAGE (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  if (compact)
    gtk_button_set_icon_name (GTK_BUTTON (self->mine_button), "avatar-default-symbolic");
  else
    gtk_button_set_label (GTK_BUTTON (self->mine_button), _("Mine"));
  /* The icon alone needs a name for screen readers. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->mine_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Mine"), -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

/* What the list shows: CspActionSection headings, each followed by its
 * CspActionSummary items. */
GListModel *
csp_plans_page_get_model (CspPlansPage *self)
{
  g_return_val_if_fail (CSP_IS_PLANS_PAGE (self), NULL);

  return G_LIST_MODEL (self->shown);
}

/* The progress above the list: CspAccountProgress, by account name. */
GListModel *
csp_plans_page_get_progress (CspPlansPage *self)
{
  g_return_val_if_fail (CSP_IS_PLANS_PAGE (self), NULL);

  return csp_plans_progress_get_accounts (self->progress);
}

/* Shows only the items of the account @account_id, named @account_name,
 * under a bar that says so and offers to show all again; 0 shows every
 * account's items. */
void
csp_plans_page_show_account (CspPlansPage *self,
                             gint64        account_id,
                             const char   *account_name)
{
  g_autofree char *text = NULL;

  g_return_if_fail (CSP_IS_PLANS_PAGE (self));

  self->filter.account_id = account_id;
  g_free (self->account_name);
  self->account_name = g_strdup (account_id != 0 && account_name ? account_name : "");
  gtk_revealer_set_reveal_child (self->account_revealer, account_id != 0);
  /* Translators: %s is the name of an account */
  text = g_strdup_printf (_("Showing “%s” only"), self->account_name);
  gtk_label_set_text (self->account_label, text);
  gtk_stack_set_visible_child_name (self->view_stack, "actions");
  _csp_plans_page_sync_account (self);
  _csp_plans_page_read_filters (self);
  _csp_plans_page_regroup (self);
}

/* The account whose items alone show; 0 when all do. */
gint64
csp_plans_page_get_account_id (CspPlansPage *self)
{
  g_return_val_if_fail (CSP_IS_PLANS_PAGE (self), 0);

  return self->filter.account_id;
}

/* Ctrl+F: the search entry, its text selected to type over. */
void
csp_plans_page_focus_search (CspPlansPage *self)
{
  g_return_if_fail (CSP_IS_PLANS_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}
