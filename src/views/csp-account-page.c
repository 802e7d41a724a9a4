/* csp-account-page.c: one account, everything about it
 *
 * What a CSM reads before a meeting: the account's facts, its health
 * (score, band, the six components with their weights, and the trend
 * chart), the stakeholder map with its gaps, risks, success plans,
 * meetings and the timeline. The page reads it all at once in a worker
 * (csp_store_query_account_overview on a connection of its own) and
 * writes what the user adds through the window's store, then reads
 * again. The Plans and Meetings tabs cannot show one account's items
 * yet, so the sections list the next items themselves. The sections
 * are made in csp-account-page-fill.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-account-dialogs.h"
#include "csp-account-page-private.h"
#include "csp-list-loader.h"
#include "csp-store-account-view.h"
#include "csp-store-records.h"

G_DEFINE_FINAL_TYPE (CspAccountPage, csp_account_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_LOADING,
  N_PROPS
};

enum {
  BACK_REQUESTED,
  ACCOUNT_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Auxiliary methods */

static void
toast (CspAccountPage *self,
       const char     *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *markup = g_markup_escape_text (text, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (markup));
}

static void
undo_cb (CspAccountPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!csp_account_page_undo_delete (self, &error))
    toast (self, error->message);
}

/* A toast whose Undo puts the deleted record back. */
static void
toast_undo (CspAccountPage *self,
            const char     *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *markup = g_markup_escape_text (text, -1);
  AdwToast *undo = adw_toast_new (markup);

  adw_toast_set_button_label (undo, _("_Undo"));
  adw_toast_set_priority (undo, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (undo, "button-clicked", G_CALLBACK (undo_cb), self,
                           G_CONNECT_SWAPPED);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), undo);
  else
    g_object_unref (undo);
}

static CspRisk *
find_risk (CspAccountPage *self,
           gint64          id)
{
  GListModel *risks;

  if (self->overview == NULL)
    return NULL;

  risks = _csp_account_page_list (self, CSP_OVERVIEW_RISKS);
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(CspRisk) risk = g_list_model_get_item (risks, i);

      if (csp_record_get_id (CSP_RECORD (risk)) == id)
        return g_steal_pointer (&risk);
    }

  return NULL;
}

/* Callbacks */

static void
overview_changed_cb (CspAccountPage *self)
{
  GListModel *model = csp_list_loader_get_model (self->loader);

  if (g_list_model_get_n_items (model) != 1)
    return;

  g_clear_object (&self->overview);
  self->overview = g_list_model_get_item (model, 0);
  _csp_account_page_fill (self);
}

static void
loading_changed_cb (CspAccountPage *self)
{
  gboolean loading = csp_list_loader_get_loading (self->loader);

  gtk_spinner_set_spinning (self->spinner, loading && self->overview == NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
loader_failed_cb (CspAccountPage *self,
                  const GError   *error)
{
  g_autofree char *description = g_markup_escape_text (error->message, -1);

  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
record_ready_cb (CspRecord *record,
                 gpointer   user_data)
{
  CspAccountPage *self = user_data;
  g_autoptr(GError) error = NULL;

  if (!csp_account_page_save (self, record, &error))
    toast (self, error->message);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[BACK_REQUESTED], 0);
}

static void
add_snapshot_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CspAccountPage *self = CSP_ACCOUNT_PAGE (widget);

  if (self->overview != NULL)
    csp_snapshot_dialog_present (widget, self->account_id, self->today,
                                 _csp_account_page_list (self, CSP_OVERVIEW_SNAPSHOTS),
                                 csp_account_overview_get_weights (self->overview),
                                 NULL, record_ready_cb, self);
}

static CspHealthSnapshot *
find_snapshot (CspAccountPage *self,
               const char     *date)
{
  GListModel *snapshots = _csp_account_page_list (self, CSP_OVERVIEW_SNAPSHOTS);

  for (guint i = 0; date != NULL && i < g_list_model_get_n_items (snapshots); i++)
    {
      g_autoptr(CspHealthSnapshot) snapshot = g_list_model_get_item (snapshots, i);

      if (g_strcmp0 (csp_health_snapshot_get_taken_on (snapshot), date) == 0)
        return g_steal_pointer (&snapshot);
    }

  return NULL;
}

/* A point of the chart activated: edit its snapshot. */
static void
point_activated_cb (CspAccountPage *self,
                    int             index)
{
  g_autoptr(CspHealthSnapshot) snapshot = NULL;

  if (self->overview == NULL ||
      !(snapshot = find_snapshot (self, csp_health_chart_get_point_date (self->chart, index))))
    return;

  csp_snapshot_dialog_present (GTK_WIDGET (self), self->account_id, self->today,
                               _csp_account_page_list (self, CSP_OVERVIEW_SNAPSHOTS),
                               csp_account_overview_get_weights (self->overview),
                               snapshot, record_ready_cb, self);
}

static void
raise_risk_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CspAccountPage *self = CSP_ACCOUNT_PAGE (widget);

  csp_risk_dialog_present (widget, self->account_id, self->today, record_ready_cb, self);
}

static void
resolve_risk_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CspAccountPage *self = CSP_ACCOUNT_PAGE (widget);
  g_autoptr(CspRisk) risk = find_risk (self, g_variant_get_int64 (parameter));

  if (risk != NULL)
    csp_resolve_dialog_present (widget, risk, self->today, record_ready_cb, self);
}

static void
mark_saved_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CspAccountPage *self = CSP_ACCOUNT_PAGE (widget);
  g_autoptr(CspRisk) risk = find_risk (self, g_variant_get_int64 (parameter));

  if (risk != NULL)
    csp_saved_dialog_present (widget, risk, csp_account_get_currency (_csp_account_page_account (self)),
                              self->today, record_ready_cb, self);
}

static void
log_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CspAccountPage *self = CSP_ACCOUNT_PAGE (widget);

  csp_activity_dialog_present (widget, self->account_id, self->today, record_ready_cb, self);
}

static void
delete_risk_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (!csp_account_page_delete (CSP_ACCOUNT_PAGE (widget), CSP_TYPE_RISK,
                                g_variant_get_int64 (parameter), &error))
    toast (CSP_ACCOUNT_PAGE (widget), error->message);
}

static void
delete_activity_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (!csp_account_page_delete (CSP_ACCOUNT_PAGE (widget), CSP_TYPE_ACTIVITY,
                                g_variant_get_int64 (parameter), &error))
    toast (CSP_ACCOUNT_PAGE (widget), error->message);
}

static void
show_more_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CspAccountPage *self = CSP_ACCOUNT_PAGE (widget);

  self->timeline_limit += TIMELINE_STEP;
  if (self->overview != NULL)
    _csp_account_page_fill_timeline (self);
}

/* Overrides */

/* Every table but the settings and the templates shows on the page:
 * a write from anywhere (the plan page, the Plans tab, a meeting) is
 * read again (see CspStoreWatch). */
static const char * const shown_tables[] = {
  "account", "stakeholder", "health_snapshot", "success_plan", "objective", "action_item",
  "meeting", "attendee", "decision", "risk", "activity", NULL
};

static void
csp_account_page_dispose (GObject *object)
{
  CspAccountPage *self = CSP_ACCOUNT_PAGE (object);

  g_clear_object (&self->watch);
  if (self->loader != NULL)
    csp_list_loader_cancel (self->loader);
  g_clear_object (&self->store);
  g_clear_object (&self->overview);
  g_clear_object (&self->deleted);
  g_clear_pointer (&self->deleted_account, csp_account_bundle_free);
  g_clear_weak_pointer (&self->delete_toast);

  G_OBJECT_CLASS (csp_account_page_parent_class)->dispose (object);
}

static void
csp_account_page_finalize (GObject *object)
{
  CspAccountPage *self = CSP_ACCOUNT_PAGE (object);

  g_clear_object (&self->loader);
  g_free (self->today);

  G_OBJECT_CLASS (csp_account_page_parent_class)->finalize (object);
}

static void
csp_account_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CspAccountPage *self = CSP_ACCOUNT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, csp_account_page_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_account_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CspAccountPage *self = CSP_ACCOUNT_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      csp_account_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The account's rows in the Plans or Meetings tab, through the
 * window's actions. */
static void
show_in_list_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CspAccountPage *self = CSP_ACCOUNT_PAGE (widget);
  const char *target = g_str_equal (action_name, "account.show-plans")
                       ? "win.show-account-plans" : "win.show-account-meetings";

  if (self->account_id != 0)
    gtk_widget_activate_action (widget, target, "x", self->account_id);
}

/* A new plan, or a new meeting, for the account on show, through the
 * window's actions. */
static void
new_for_account_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CspAccountPage *self = CSP_ACCOUNT_PAGE (widget);
  const char *target = g_str_equal (action_name, "account.new-plan")
                       ? "win.new-plan" : "win.new-meeting";

  if (self->account_id != 0)
    gtk_widget_activate_action (widget, target, "x", self->account_id);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "account.new-plan", NULL,
                                   new_for_account_action);
  gtk_widget_class_install_action (widget_class, "account.show-plans", NULL,
                                   show_in_list_action);
  gtk_widget_class_install_action (widget_class, "account.show-meetings", NULL,
                                   show_in_list_action);
  gtk_widget_class_install_action (widget_class, "account.new-meeting", NULL,
                                   new_for_account_action);
  gtk_widget_class_install_action (widget_class, "account.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "account.add-snapshot", NULL,
                                   add_snapshot_action);
  gtk_widget_class_install_action (widget_class, "account.raise-risk", NULL, raise_risk_action);
  gtk_widget_class_install_action (widget_class, "account.resolve-risk", "x",
                                   resolve_risk_action);
  gtk_widget_class_install_action (widget_class, "account.mark-saved", "x", mark_saved_action);
  gtk_widget_class_install_action (widget_class, "account.log-activity", NULL,
                                   log_activity_action);
  gtk_widget_class_install_action (widget_class, "account.show-more", NULL, show_more_action);
  gtk_widget_class_install_action (widget_class, "account.delete-risk", "x", delete_risk_action);
  gtk_widget_class_install_action (widget_class, "account.delete-activity", "x",
                                   delete_activity_action);
  _csp_account_page_install_manage_actions (widget_class);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/csp-account-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, state_label);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, facts_box);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, score_label);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, band_label);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, change_label);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, window_box);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, chart);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, components_list);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, stakeholders_box);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, risks_group);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, risks_list);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, plans_group);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, plans_list);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, meetings_group);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, meetings_list);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, timeline_list);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, more_button);
}

static void
csp_account_page_class_init (CspAccountPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_account_page_dispose;
  object_class->finalize = csp_account_page_finalize;
  object_class->get_property = csp_account_page_get_property;
  object_class->set_property = csp_account_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CSP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user asked to go back to the list. */
  signals[BACK_REQUESTED] =
    g_signal_new ("back-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* The account's health changed (a snapshot was added or edited), so
   * lists that show its score are out of date. Risks and activities
   * show nowhere else, so writing them leaves the table alone (and its
   * selection with it). */
  signals[ACCOUNT_CHANGED] =
    g_signal_new ("account-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CSP_TYPE_HEALTH_CHART);
  g_type_ensure (CSP_TYPE_ACCOUNT_RECOVERIES);
  bind_template (widget_class);
  gtk_widget_class_bind_template_child (widget_class, CspAccountPage, recoveries_group);
  install_actions (widget_class);
}

static void
csp_account_page_init (CspAccountPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->today = csp_date_today_text ();
  self->timeline_limit = TIMELINE_FIRST;
  self->loader = csp_list_loader_new (CSP_TYPE_ACCOUNT_OVERVIEW);
  self->watch = csp_store_watch_new (GTK_WIDGET (self), shown_tables,
                                     (CspStoreWatchFunc) csp_account_page_reload);
  g_signal_connect_object (csp_list_loader_get_model (self->loader), "items-changed",
                           G_CALLBACK (overview_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->loader, "notify::loading",
                           G_CALLBACK (loading_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->loader, "failed",
                           G_CALLBACK (loader_failed_cb), self, G_CONNECT_SWAPPED);
  _csp_account_page_setup_chart_controls (self);
  g_signal_connect_object (self->chart, "point-activated", G_CALLBACK (point_activated_cb),
                           self, G_CONNECT_SWAPPED);
}

/* Public API */

CspStore *
csp_account_page_get_store (CspAccountPage *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_PAGE (self), NULL);

  return self->store;
}

void
csp_account_page_set_store (CspAccountPage *self,
                            CspStore       *store)
{
  g_return_if_fail (CSP_IS_ACCOUNT_PAGE (self));
  g_return_if_fail (store == NULL || CSP_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  csp_store_watch_set_store (self->watch, store);

  self->account_id = 0;
  g_clear_object (&self->overview);
  csp_list_loader_load (self->loader, NULL, NULL, NULL, NULL);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* The day the page counts from (renewal countdown, overdue actions,
 * upcoming meetings, coverage); today unless a test says otherwise. */
void
csp_account_page_set_today (CspAccountPage *self,
                            const char     *today)
{
  g_return_if_fail (CSP_IS_ACCOUNT_PAGE (self));
  g_return_if_fail (csp_date_is_valid_text (today));

  g_free (self->today);
  self->today = g_strdup (today);
}

gint64
csp_account_page_get_account_id (CspAccountPage *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_PAGE (self), 0);

  return self->account_id;
}

/* The account on show, once it has been read; NULL before. */
CspAccount *
csp_account_page_get_account (CspAccountPage *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_PAGE (self), NULL);

  return self->overview ? _csp_account_page_account (self) : NULL;
}

/* Shows the account @account_id of the store, read afresh. */
void
csp_account_page_show_account (CspAccountPage *self,
                               gint64          account_id)
{
  g_return_if_fail (CSP_IS_ACCOUNT_PAGE (self));

  if (self->account_id != account_id)
    {
      self->account_id = account_id;
      self->timeline_limit = TIMELINE_FIRST;
      g_clear_object (&self->overview);
      gtk_stack_set_visible_child_name (self->stack, "loading");
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (
        GTK_SCROLLED_WINDOW (gtk_stack_get_child_by_name (self->stack, "account"))), 0);
    }
  csp_account_page_reload (self);
}

void
csp_account_page_reload (CspAccountPage *self)
{
  CspAccountViewQuery *query;

  g_return_if_fail (CSP_IS_ACCOUNT_PAGE (self));

  if (self->store == NULL || self->account_id == 0)
    return;

  csp_store_watch_reading (self->watch);
  query = g_new0 (CspAccountViewQuery, 1);
  query->account_id = self->account_id;
  g_strlcpy (query->today, self->today, sizeof query->today);
  csp_list_loader_load (self->loader, self->store, csp_store_query_account_overview,
                        query, g_free);
  csp_account_recoveries_load (self->recoveries_group, self->store, self->account_id);
}

gboolean
csp_account_page_get_loading (CspAccountPage *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_PAGE (self), FALSE);

  return csp_list_loader_get_loading (self->loader);
}

/* What the page shows; NULL until it has read the account. */
CspAccountOverview *
csp_account_page_get_overview (CspAccountPage *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_PAGE (self), NULL);

  return self->overview;
}

CspHealthChart *
csp_account_page_get_chart (CspAccountPage *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_PAGE (self), NULL);

  return self->chart;
}

/* Picks the chart's window as its selector would. */
void
csp_account_page_set_chart_window (CspAccountPage *self,
                                   CspTrendWindow  window)
{
  g_return_if_fail (CSP_IS_ACCOUNT_PAGE (self));
  g_return_if_fail (window <= CSP_TREND_ALL);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->window_buttons[window]), TRUE);
}

/* Writes @record (new when its id is 0, else changed), says so in a
 * toast and reads the account again. What the forms call. */
gboolean
csp_account_page_save (CspAccountPage  *self,
                       CspRecord       *record,
                       GError         **error)
{
  gboolean is_new;

  g_return_val_if_fail (CSP_IS_ACCOUNT_PAGE (self), FALSE);
  g_return_val_if_fail (CSP_IS_RECORD (record), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  is_new = csp_record_get_id (record) == 0;
  if (!(is_new ? csp_store_insert (self->store, record, error)
               : csp_store_update (self->store, record, error)))
    return FALSE;

  toast (self, is_new ? _("Added") : _("Saved"));
  csp_account_page_reload (self);
  if (CSP_IS_HEALTH_SNAPSHOT (record))
    g_signal_emit (self, signals[ACCOUNT_CHANGED], 0);
  return TRUE;
}

/* Deletes the risk or activity @id of the account, offering undo in a
 * toast. */
gboolean
csp_account_page_delete (CspAccountPage  *self,
                         GType            type,
                         gint64           id,
                         GError         **error)
{
  g_autoptr(CspRecord) record = NULL;

  g_return_val_if_fail (CSP_IS_ACCOUNT_PAGE (self), FALSE);
  g_return_val_if_fail (type == CSP_TYPE_RISK || type == CSP_TYPE_ACTIVITY, FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  if (!(record = csp_store_get (self->store, type, id, error)) ||
      !csp_store_delete (self->store, type, id, error))
    return FALSE;

  g_set_object (&self->deleted, record);
  toast_undo (self, type == CSP_TYPE_RISK ? _("Risk deleted") : _("Activity deleted"));
  csp_account_page_reload (self);
  return TRUE;
}

/* Puts the record deleted last back, with its id (ids are never
 * reused, so it is still free). */
gboolean
csp_account_page_undo_delete (CspAccountPage  *self,
                              GError         **error)
{
  g_autoptr(CspRecord) record = NULL;

  g_return_val_if_fail (CSP_IS_ACCOUNT_PAGE (self), FALSE);

  if (self->deleted == NULL || self->store == NULL)
    return TRUE;

  record = g_steal_pointer (&self->deleted);
  if (!csp_store_insert (self->store, record, error))
    return FALSE;

  csp_account_page_reload (self);
  return TRUE;
}
