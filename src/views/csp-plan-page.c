/* csp-plan-page.c: one success plan, its objectives and actions
 *
 * The page the window pushes for win.open-plan: the plan's title,
 * desired outcome, status, dates and progress, then its objectives and
 * its action items in the order the user gave them. A plan is a few
 * dozen rows, so the page reads it from the window's store at once,
 * and reads it again (once, in an idle) whenever the store says a plan,
 * objective, action or meeting changed — whoever wrote it. While the
 * page is not shown it only notes that it is out of date.
 *
 * Every change made here can be undone from its toast
 * (csp-plan-page-undo.c). Rows and sections are made in
 * csp-plan-page-fill.c, editing in csp-plan-page-edit.c, the plan's own
 * status and menu in csp-plan-page-status.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-plan-page-private.h"
#include "csp-store-records.h"

G_DEFINE_FINAL_TYPE (CspPlanPage, csp_plan_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  BACK_REQUESTED,
  PLAN_DELETED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Auxiliary methods */

/* What the page shows comes from these (meetings give the actions'
 * links their titles). */
static const char * const plan_tables[] = {
  "success_plan", "objective", "action_item", "meeting", NULL
};

static void
read_meeting_titles (CspPlanPage *self)
{
  g_hash_table_remove_all (self->meeting_titles);
  for (guint i = 0; i < g_list_model_get_n_items (self->actions); i++)
    {
      g_autoptr(CspActionItem) action = g_list_model_get_item (self->actions, i);
      gint64 meeting_id = csp_action_item_get_meeting_id (action);
      g_autoptr(CspMeeting) meeting = NULL;

      if (meeting_id == 0 || g_hash_table_contains (self->meeting_titles, &meeting_id))
        continue;
      /* A meeting deleted meanwhile leaves the link NULL by the schema. */
      if ((meeting = csp_store_get_meeting (self->store, meeting_id, NULL)) != NULL)
        g_hash_table_insert (self->meeting_titles, g_memdup2 (&meeting_id, sizeof meeting_id),
                             g_strdup (csp_meeting_get_title (meeting)));
    }
}

static gboolean
read_plan (CspPlanPage  *self,
           GError      **error)
{
  g_autoptr(CspSuccessPlan) plan = NULL;
  g_autoptr(GListModel) objectives = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(CspAccount) account = NULL;

  if (!(plan = csp_store_get_success_plan (self->store, self->plan_id, error)) ||
      !(objectives = csp_store_list_objectives (self->store, self->plan_id, error)) ||
      !(actions = csp_store_list_action_items (self->store, self->plan_id, error)))
    return FALSE;

  /* The account, for the header: this page can be reached from the
   * Plans tab, where it is not on show. */
  account = csp_store_get_account (self->store, csp_success_plan_get_account_id (plan), NULL);
  g_free (self->account_name);
  self->account_name = g_strdup (account ? csp_account_get_name (account) : NULL);
  g_set_object (&self->plan, plan);
  g_set_object (&self->objectives, objectives);
  g_set_object (&self->actions, actions);
  read_meeting_titles (self);
  return TRUE;
}

/* Callbacks */

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[BACK_REQUESTED], 0);
}

/* Narrow by the width the page is about to show at, its window's (it
 * fills it): rows made wide for a page shown narrow would widen the
 * window before the page had a width of its own to make them anew by. */
static gboolean
window_is_narrow (CspPlanPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (root == NULL)
    return self->compact;
  return gtk_widget_get_width (GTK_WIDGET (root)) < CSP_PLAN_PAGE_COMPACT_WIDTH;
}

static gboolean
compact_cb (gpointer user_data)
{
  CspPlanPage *self = user_data;
  gboolean compact = gtk_widget_get_width (GTK_WIDGET (self)) < CSP_PLAN_PAGE_COMPACT_WIDTH;

  self->compact_id = 0;
  if (compact != self->compact)
    {
      self->compact = compact;
      if (self->plan != NULL)
        _csp_plan_page_fill (self);
    }
  return G_SOURCE_REMOVE;
}

/* The rows are made anew for a narrow or a wide page, in an idle after
 * the allocation that changed the width (the scrolled window's
 * horizontal page size). */
static void
page_width_cb (CspPlanPage *self)
{
  if ((gtk_widget_get_width (GTK_WIDGET (self)) < CSP_PLAN_PAGE_COMPACT_WIDTH) != self->compact &&
      self->compact_id == 0)
    self->compact_id = g_idle_add (compact_cb, self);
}

/* Overrides */

static void
csp_plan_page_map (GtkWidget *widget)
{
  CspPlanPage *self = CSP_PLAN_PAGE (widget);

  GTK_WIDGET_CLASS (csp_plan_page_parent_class)->map (widget);

  /* The window may have changed its width while the page was hidden:
   * the rows are made again for it (the store's own changes are read
   * by the watch). */
  if (self->compact != window_is_narrow (self))
    {
      self->compact = !self->compact;
      csp_plan_page_reload (self);
    }
}

static void
csp_plan_page_dispose (GObject *object)
{
  CspPlanPage *self = CSP_PLAN_PAGE (object);

  g_clear_handle_id (&self->compact_id, g_source_remove);
  g_clear_object (&self->watch);
  g_clear_object (&self->store);
  g_clear_object (&self->plan);
  g_clear_object (&self->objectives);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->meeting_titles, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CSP_TYPE_PLAN_PAGE);

  G_OBJECT_CLASS (csp_plan_page_parent_class)->dispose (object);
}

static void
csp_plan_page_finalize (GObject *object)
{
  CspPlanPage *self = CSP_PLAN_PAGE (object);

  g_free (self->today);
  g_free (self->account_name);

  G_OBJECT_CLASS (csp_plan_page_parent_class)->finalize (object);
}

static void
csp_plan_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CspPlanPage *self = CSP_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_plan_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CspPlanPage *self = CSP_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      csp_plan_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/csp-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CspPlanPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, CspPlanPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CspPlanPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, CspPlanPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, CspPlanPage, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, CspPlanPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CspPlanPage, dates_row);
  gtk_widget_class_bind_template_child (widget_class, CspPlanPage, progress_row);
  gtk_widget_class_bind_template_child (widget_class, CspPlanPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CspPlanPage, objectives_group);
  gtk_widget_class_bind_template_child (widget_class, CspPlanPage, objectives_list);
  gtk_widget_class_bind_template_child (widget_class, CspPlanPage, actions_group);
  gtk_widget_class_bind_template_child (widget_class, CspPlanPage, actions_list);
}

static void
csp_plan_page_class_init (CspPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_plan_page_dispose;
  object_class->finalize = csp_plan_page_finalize;
  object_class->get_property = csp_plan_page_get_property;
  object_class->set_property = csp_plan_page_set_property;
  widget_class->map = csp_plan_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CSP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user asked to go back to where the plan was opened from. */
  signals[BACK_REQUESTED] =
    g_signal_new ("back-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* The plan on show was deleted; its account is the argument. */
  signals[PLAN_DELETED] =
    g_signal_new ("plan-deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  bind_template (widget_class);
  gtk_widget_class_install_action (widget_class, "plan.back", NULL, back_action);
  _csp_plan_page_install_edit_actions (widget_class);
  _csp_plan_page_install_plan_actions (widget_class);
}

static void
csp_plan_page_init (CspPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->today = csp_date_today_text ();
  self->watch = csp_store_watch_new (GTK_WIDGET (self), plan_tables,
                                     (CspStoreWatchFunc) csp_plan_page_reload);
  self->meeting_titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->objectives = G_LIST_MODEL (g_list_store_new (CSP_TYPE_OBJECTIVE));
  self->actions = G_LIST_MODEL (g_list_store_new (CSP_TYPE_ACTION_ITEM));
  _csp_plan_page_setup_status (self);
  g_signal_connect_object (
    gtk_scrolled_window_get_hadjustment (
      GTK_SCROLLED_WINDOW (gtk_stack_get_child_by_name (self->stack, "plan"))),
    "notify::page-size", G_CALLBACK (page_width_cb), self, G_CONNECT_SWAPPED);
}

/* Internal API */

/* The objective or action @id of the plan as last read, or NULL. */
gpointer
_csp_plan_page_find (CspPlanPage *self,
                     GType        type,
                     gint64       id)
{
  GListModel *list = type == CSP_TYPE_OBJECTIVE ? self->objectives : self->actions;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CspRecord) record = g_list_model_get_item (list, i);

      if (csp_record_get_id (record) == id)
        return g_steal_pointer (&record);
    }

  return NULL;
}

/* Public API */

CspStore *
csp_plan_page_get_store (CspPlanPage *self)
{
  g_return_val_if_fail (CSP_IS_PLAN_PAGE (self), NULL);

  return self->store;
}

void
csp_plan_page_set_store (CspPlanPage *self,
                         CspStore    *store)
{
  g_return_if_fail (CSP_IS_PLAN_PAGE (self));
  g_return_if_fail (store == NULL || CSP_IS_STORE (store));

  if (self->store == store)
    return;

  g_set_object (&self->store, store);
  csp_store_watch_set_store (self->watch, store);
  self->plan_id = 0;
  g_clear_object (&self->plan);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* The day overdue is judged by, and the completion day recorded;
 * today unless a test says otherwise. */
void
csp_plan_page_set_today (CspPlanPage *self,
                         const char  *today)
{
  g_return_if_fail (CSP_IS_PLAN_PAGE (self));
  g_return_if_fail (csp_date_is_valid_text (today));

  g_free (self->today);
  self->today = g_strdup (today);
}

/* Shows the plan @plan_id of the store, read afresh. */
void
csp_plan_page_show_plan (CspPlanPage *self,
                         gint64       plan_id)
{
  g_return_if_fail (CSP_IS_PLAN_PAGE (self));

  if (self->plan_id != plan_id)
    {
      GtkWidget *scrolled = gtk_stack_get_child_by_name (self->stack, "plan");

      self->plan_id = plan_id;
      self->focus_id = 0;
      gtk_adjustment_set_value (
        gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
    }
  csp_plan_page_reload (self);
}

gint64
csp_plan_page_get_plan_id (CspPlanPage *self)
{
  g_return_val_if_fail (CSP_IS_PLAN_PAGE (self), 0);

  return self->plan_id;
}

/* The plan on show as last read; NULL before. */
CspSuccessPlan *
csp_plan_page_get_plan (CspPlanPage *self)
{
  g_return_val_if_fail (CSP_IS_PLAN_PAGE (self), NULL);

  return self->plan;
}

/* The plan's CspObjectives as shown, in order. */
GListModel *
csp_plan_page_get_objectives (CspPlanPage *self)
{
  g_return_val_if_fail (CSP_IS_PLAN_PAGE (self), NULL);

  return self->objectives;
}

/* The plan's CspActionItems as shown, in order. */
GListModel *
csp_plan_page_get_actions (CspPlanPage *self)
{
  g_return_val_if_fail (CSP_IS_PLAN_PAGE (self), NULL);

  return self->actions;
}

/* Reads the plan again and shows it, or why it could not. */
void
csp_plan_page_reload (CspPlanPage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CSP_IS_PLAN_PAGE (self));

  csp_store_watch_reading (self->watch);
  if (self->store == NULL || self->plan_id == 0)
    return;

  if (!read_plan (self, &error))
    {
      g_autofree char *description = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, description);
      adw_window_title_set_title (self->window_title, "");
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->compact = window_is_narrow (self);
  _csp_plan_page_fill (self);
  gtk_stack_set_visible_child_name (self->stack, "plan");
}
