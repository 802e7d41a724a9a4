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
 * The items are read in one query in a worker, on a connection of its
 * own, whenever the store says action items, plans or accounts changed
 * (or when first shown, if that happened while hidden). A portfolio has
 * tens of thousands, so they show in a list view, sections and all (see
 * csp-action-sections.c); filtering and grouping happen on the main
 * thread, over objects already read (csp-plans-page-filters.c).
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
#include "csp-store-queries.h"
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

/* The tables whose changes the list shows. */
static const char * const watched_tables[] = {
  "action_item", "success_plan", "account",
};

/* Auxiliary methods */

/* In the worker: the items, with their search keys made there too (a
 * portfolio's take tens of milliseconds). */
static GListModel *
query_tracked_actions (CspStore  *store,
                       gpointer   today,
                       GError   **error)
{
  GListModel *items = csp_store_list_tracked_actions (store, today, error);

  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CspActionSummary) summary = g_list_model_get_item (items, i);

      csp_action_summary_get_search_key (summary);
    }
  return items;
}

static void
set_loading (CspPlansPage *self,
             GCancellable *cancellable)
{
  gboolean was_loading = csp_plans_page_get_loading (self);

  g_clear_object (&self->cancellable);
  self->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  if (was_loading != csp_plans_page_get_loading (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
filling_cb (CspPlansPage *self)
{
  if (self->cancellable == NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
cancel_load (CspPlansPage *self)
{
  g_cancellable_cancel (self->cancellable);
  set_loading (self, NULL);
}

static gboolean
showing_recoveries (CspPlansPage *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "recoveries") == 0;
}

static void
load_recoveries (CspPlansPage *self)
{
  self->recoveries_stale = FALSE;
  csp_recovery_counts_load (self->recovery_counts, self->store);
}

/* Callbacks */

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CspPlansPage) self = user_data;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;

  items = csp_store_query_finish (CSP_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return; /* superseded by a newer read, or the page went away */

  g_clear_object (&self->all);
  self->failed = error != NULL;
  if (error != NULL)
    {
      g_autofree char *description = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, description);
    }
  else
    self->all = g_steal_pointer (&items);

  set_loading (self, NULL);
  _csp_plans_page_fill_accounts (self);
  _csp_plans_page_regroup (self);
}

static void
store_changed_cb (CspPlansPage *self,
                  const char   *table)
{
  if (g_strcmp0 (table, "health_snapshot") != 0)
    {
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        csp_plans_page_reload (self);
      else
        self->stale = TRUE;
    }

  /* Recoveries depend on snapshots and done items. */
  if (showing_recoveries (self) && gtk_widget_get_mapped (GTK_WIDGET (self)))
    load_recoveries (self);
  else
    self->recoveries_stale = TRUE;
}

static void
view_changed_cb (CspPlansPage *self)
{
  if (showing_recoveries (self) && self->recoveries_stale && self->store != NULL)
    load_recoveries (self);
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

  cancel_load (self);
  if (self->filler != NULL)
    csp_list_filler_cancel (self->filler);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
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

CspStore *
csp_plans_page_get_store (CspPlansPage *self)
{
  g_return_val_if_fail (CSP_IS_PLANS_PAGE (self), NULL);

  return self->store;
}

/* Shows the action items of @store (none when NULL). A hidden page
 * reads them when first shown, so the page in front gets the window's
 * first query to itself. */
void
csp_plans_page_set_store (CspPlansPage *self,
                          CspStore     *store)
{
  g_return_if_fail (CSP_IS_PLANS_PAGE (self));
  g_return_if_fail (store == NULL || CSP_IS_STORE (store));

  if (self->store == store)
    return;

  cancel_load (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  for (guint i = 0; store != NULL && i < G_N_ELEMENTS (watched_tables); i++)
    {
      g_autofree char *signal = g_strconcat ("changed::", watched_tables[i], NULL);

      g_signal_connect_object (store, signal, G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  if (store != NULL)
    g_signal_connect_object (store, "changed::health_snapshot", G_CALLBACK (store_changed_cb),
                             self, G_CONNECT_SWAPPED);

  g_clear_object (&self->all);
  self->stale = store != NULL;
  self->recoveries_stale = TRUE;
  _csp_plans_page_regroup (self);
  if (store != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      csp_plans_page_reload (self);
      view_changed_cb (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* Judges what is overdue and recently done from @today (YYYY-MM-DD)
 * instead of the real date, from the next read on; NULL goes back. */
void
csp_plans_page_set_today (CspPlansPage *self,
                          const char   *today)
{
  g_return_if_fail (CSP_IS_PLANS_PAGE (self));
  g_return_if_fail (today == NULL || csp_date_is_valid_text (today));

  g_free (self->pinned_today);
  self->pinned_today = g_strdup (today);
}

/* Reads the action items again. */
void
csp_plans_page_reload (CspPlansPage *self)
{
  g_autoptr(GCancellable) cancellable = NULL;

  g_return_if_fail (CSP_IS_PLANS_PAGE (self));

  self->stale = FALSE;
  g_cancellable_cancel (self->cancellable);
  if (self->store == NULL)
    {
      set_loading (self, NULL);
      return;
    }

  g_free (self->today);
  self->today = self->pinned_today ? g_strdup (self->pinned_today) : csp_date_today_text ();
  cancellable = g_cancellable_new ();
  set_loading (self, cancellable);
  csp_store_query_async (self->store, query_tracked_actions, g_strdup (self->today), g_free,
                         cancellable, load_done_cb, g_object_ref (self));
}

/* Whether the items are being read, or put in the list a few per frame. */
gboolean
csp_plans_page_get_loading (CspPlansPage *self)
{
  g_return_val_if_fail (CSP_IS_PLANS_PAGE (self), FALSE);

  return self->cancellable != NULL ||
         (self->filler != NULL && csp_list_filler_get_filling (self->filler));
}

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
