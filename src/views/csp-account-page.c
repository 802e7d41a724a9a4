/* csp-account-page.c: one account, everything about it
 *
 * What a CSM reads before a meeting: the account's facts, its health
 * (score, band, the six components with their weights, and the trend
 * chart), the stakeholder map with its gaps, risks, success plans,
 * meetings and the timeline. The page reads it all at once in a worker
 * (csp_store_query_account_overview on a connection of its own) and
 * writes what the user adds through the window's store, then reads
 * again. The Plans and Meetings tabs cannot show one account's items
 * yet, so the sections list the next items themselves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-account-dialogs.h"
#include "csp-account-page.h"
#include "csp-account-rows.h"
#include "csp-format.h"
#include "csp-list-loader.h"
#include "csp-store-account-view.h"
#include "csp-store-records.h"

#define TIMELINE_FIRST 20
#define TIMELINE_STEP  50
#define NEXT_ITEMS     3

struct _CspAccountPage
{
  AdwBin               parent_instance;

  CspStore            *store;
  CspListLoader       *loader;
  CspAccountOverview  *overview;
  gint64               account_id;
  char                *today;
  guint                timeline_limit;

  AdwWindowTitle      *window_title;
  GtkStack            *stack;
  GtkSpinner          *spinner;
  AdwStatusPage       *error_page;
  GtkLabel            *name_label;
  GtkLabel            *state_label;
  GtkFlowBox          *facts_box;
  GtkLabel            *score_label;
  GtkLabel            *band_label;
  GtkLabel            *change_label;
  GtkBox              *window_box;
  CspHealthChart      *chart;
  GtkListBox          *components_list;
  GtkWidget           *window_buttons[CSP_TREND_ALL + 1];
  GtkLabel            *component_values[CSP_N_COMPONENTS];
  GtkCheckButton      *component_checks[CSP_N_COMPONENTS];
  AdwActionRow        *component_rows[CSP_N_COMPONENTS];
  GtkBox              *stakeholders_box;
  AdwPreferencesGroup *risks_group;
  GtkListBox          *risks_list;
  AdwPreferencesGroup *plans_group;
  GtkListBox          *plans_list;
  AdwPreferencesGroup *meetings_group;
  GtkListBox          *meetings_list;
  GtkListBox          *timeline_list;
  GtkWidget           *more_button;
};

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

static const char * const band_classes[] = { "healthy", "watch", "at-risk" };

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
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    if (GTK_IS_FLOW_BOX (box))
      gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
    else
      gtk_box_remove (GTK_BOX (box), child);
}

static GListModel *
list_of (CspAccountPage  *self,
         CspOverviewList  list)
{
  return csp_account_overview_get_list (self->overview, list);
}

static CspAccount *
account (CspAccountPage *self)
{
  return csp_account_overview_get_account (self->overview);
}

static void
add_fact (CspAccountPage *self,
          const char     *caption,
          const char     *value,
          const char     *css_class)
{
  gtk_flow_box_append (self->facts_box, csp_account_fact_new (caption, value, css_class));
}

/* Header */

static void
fill_renewal_fact (CspAccountPage *self)
{
  const char *renewal_on = csp_account_get_renewal_on (account (self));
  g_autofree char *date = csp_format_date (renewal_on);
  g_autofree char *countdown = csp_account_format_countdown (self->today, renewal_on);
  /* Translators: a renewal date and how far it is, e.g. “Apr 4, 2027 (in 278 days)” */
  g_autofree char *text = countdown ? g_strdup_printf (_("%s (%s)"), date, countdown) : NULL;
  int days = renewal_on ? csp_date_days_between (self->today, renewal_on) : G_MAXINT;

  add_fact (self, _("Renewal"), text,
            days < 0 ? "error" : days <= 90 ? "warning" : NULL);
}

static void
fill_facts (CspAccountPage *self)
{
  CspAccount *a = account (self);
  g_autofree char *arr = csp_account_format_money (csp_account_get_arr_minor (a),
                                                    csp_account_get_currency (a));
  g_autofree char *since = csp_format_date (csp_account_get_customer_since (a));
  guint n_risks = csp_account_overview_count_open_risks (self->overview);
  g_autofree char *risks = g_strdup_printf ("%u", n_risks);

  clear_box (GTK_WIDGET (self->facts_box));
  add_fact (self, _("Segment"), csp_enum_to_label (CSP_TYPE_SEGMENT, csp_account_get_segment (a)),
            NULL);
  add_fact (self, _("Stage"), csp_enum_to_label (CSP_TYPE_LIFECYCLE_STAGE,
                                                 csp_account_get_lifecycle_stage (a)), NULL);
  /* Translators: the customer-success manager who owns the account */
  add_fact (self, _("CSM"), csp_account_get_csm (a), NULL);
  add_fact (self, _("ARR"), arr, NULL);
  add_fact (self, _("Customer since"), since, NULL);
  fill_renewal_fact (self);
  add_fact (self, _("Open risks"), risks, n_risks > 0 ? "error" : NULL);
}

/* The account is at risk when its band is, or while a risk is open. */
static void
fill_state (CspAccountPage *self,
            int             score)
{
  guint n_risks = csp_account_overview_count_open_risks (self->overview);
  CspHealthBand band = csp_health_band_for_score (score);
  gboolean at_risk = n_risks > 0 || (score != CSP_UNSET && band == CSP_HEALTH_AT_RISK);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->state_label), at_risk || score != CSP_UNSET);
  if (at_risk)
    {
      band = CSP_HEALTH_AT_RISK;
      text = n_risks > 0
        /* Translators: the account's state, with the number of open risks */
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "At risk · %u open risk",
                                        "At risk · %u open risks", n_risks), n_risks)
        : g_strdup (csp_enum_to_label (CSP_TYPE_HEALTH_BAND, band));
    }
  else
    text = g_strdup (csp_enum_to_label (CSP_TYPE_HEALTH_BAND, band));

  gtk_label_set_text (self->state_label, text);
  gtk_widget_set_css_classes (GTK_WIDGET (self->state_label),
                              (const char *[]) { "health-badge", band_classes[band], NULL });
}

/* Health */

static void
fill_score (CspAccountPage *self,
            int             score)
{
  GListModel *snapshots = list_of (self, CSP_OVERVIEW_SNAPSHOTS);
  CspHealthBand band = csp_health_band_for_score (score);
  g_autofree char *text = g_strdup_printf ("%d", score);
  g_autofree char *change_text = NULL;
  int change;

  gtk_widget_set_visible (GTK_WIDGET (self->score_label), score != CSP_UNSET);
  gtk_label_set_text (self->score_label, text);
  gtk_widget_set_css_classes (GTK_WIDGET (self->score_label),
                              (const char *[]) { "health-badge", "title-2",
                                                 band_classes[band], NULL });
  gtk_label_set_text (self->band_label, score == CSP_UNSET ? _("No score yet")
                      : csp_enum_to_label (CSP_TYPE_HEALTH_BAND, band));

  if (csp_health_trend_change (snapshots, csp_account_overview_get_weights (self->overview),
                               &change))
    /* Translators: the change of the health score, e.g. “+5 over 30 days” */
    change_text = g_strdup_printf (_("%+d over 30 days"), change);
  gtk_label_set_text (self->change_label, change_text ? change_text : "");
}

static void
fill_components (CspAccountPage *self)
{
  GListModel *snapshots = list_of (self, CSP_OVERVIEW_SNAPSHOTS);
  const CspHealthWeights *weights = csp_account_overview_get_weights (self->overview);
  guint n = g_list_model_get_n_items (snapshots);
  g_autoptr(CspHealthSnapshot) latest = n > 0 ? g_list_model_get_item (snapshots, n - 1) : NULL;
  int total = 0;

  for (guint c = 0; c < CSP_N_COMPONENTS; c++)
    total += MAX (weights->weight[c], 0);
  for (guint c = 0; c < CSP_N_COMPONENTS; c++)
    {
      int value = latest ? csp_health_snapshot_get_component (latest, c) : CSP_UNSET;
      int weight = MAX (weights->weight[c], 0);
      g_autofree char *value_text = value == CSP_UNSET ? g_strdup ("—")
                                                       : g_strdup_printf ("%d", value);
      /* Translators: a component's weight and its share of all weights */
      g_autofree char *subtitle = g_strdup_printf (_("Weight %d (%d%%)"), weight,
                                                   total > 0 ? (weight * 100 + total / 2) / total
                                                             : 0);

      gtk_label_set_text (self->component_values[c], value_text);
      adw_action_row_set_subtitle (self->component_rows[c], subtitle);
    }
}

static void
fill_health (CspAccountPage *self)
{
  GListModel *snapshots = list_of (self, CSP_OVERVIEW_SNAPSHOTS);
  const CspHealthWeights *weights = csp_account_overview_get_weights (self->overview);
  int score = csp_health_trend_latest (snapshots, weights);

  fill_state (self, score);
  fill_score (self, score);
  fill_components (self);
  csp_health_chart_set_snapshots (self->chart, snapshots, weights);
}

/* Stakeholders */

static GtkListBox *
boxed_list (const char *accessible_label)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  return GTK_LIST_BOX (list);
}

static void
add_level (CspAccountPage      *self,
           CspStakeholderLevel  level)
{
  static const char * const headings[] = {
    N_("Executives"), N_("Project Leads"), N_("Members"),
  };
  GListModel *contacts = list_of (self, CSP_OVERVIEW_STAKEHOLDERS);
  GtkListBox *list = boxed_list (_(headings[level]));
  GtkWidget *heading = gtk_label_new (_(headings[level]));

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(CspStakeholderContact) contact = g_list_model_get_item (contacts, i);

      if (csp_stakeholder_get_level (csp_stakeholder_contact_get_stakeholder (contact)) == level)
        gtk_list_box_append (list, csp_account_stakeholder_row (contact));
    }
  if (gtk_widget_get_first_child (GTK_WIDGET (list)) == NULL)
    {
      g_object_ref_sink (list);
      g_object_unref (list);
      g_object_ref_sink (heading);
      g_object_unref (heading);
      return;
    }

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (self->stakeholders_box, heading);
  gtk_box_append (self->stakeholders_box, GTK_WIDGET (list));
}

static void
fill_stakeholders (CspAccountPage *self)
{
  GListModel *contacts = list_of (self, CSP_OVERVIEW_STAKEHOLDERS);
  CspCoverageGaps gaps = csp_stakeholder_coverage_gaps (contacts, self->today);
  GtkListBox *gap_list = boxed_list (_("Coverage gaps"));

  clear_box (GTK_WIDGET (self->stakeholders_box));
  for (CspCoverageGaps gap = CSP_COVERAGE_NO_EXECUTIVE; gap <= CSP_COVERAGE_EXECUTIVE_UNMET;
       gap <<= 1)
    if (gaps & gap)
      gtk_list_box_append (gap_list, csp_account_gap_row (gap));
  gtk_box_append (self->stakeholders_box, GTK_WIDGET (gap_list));
  gtk_widget_set_visible (GTK_WIDGET (gap_list), gaps != 0);

  if (g_list_model_get_n_items (contacts) == 0)
    {
      GtkListBox *empty = boxed_list (_("Stakeholders"));

      gtk_list_box_append (empty, csp_account_note_row (_("No stakeholders yet")));
      gtk_box_append (self->stakeholders_box, GTK_WIDGET (empty));
      return;
    }
  for (CspStakeholderLevel level = CSP_LEVEL_EXECUTIVE; level <= CSP_LEVEL_MEMBER; level++)
    add_level (self, level);
}

/* Risks, plans, meetings, timeline */

static void
fill_risks (CspAccountPage *self)
{
  GListModel *risks = list_of (self, CSP_OVERVIEW_RISKS);
  guint n_open = csp_account_overview_count_open_risks (self->overview);
  g_autofree char *description = g_strdup_printf (
    g_dngettext (GETTEXT_PACKAGE, "%u open", "%u open", n_open), n_open);

  clear_list (self->risks_list);
  adw_preferences_group_set_description (self->risks_group, description);
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(CspRisk) risk = g_list_model_get_item (risks, i);

      gtk_list_box_append (self->risks_list,
                           csp_account_risk_row (risk, csp_account_get_currency (account (self))));
    }
  if (g_list_model_get_n_items (risks) == 0)
    gtk_list_box_append (self->risks_list, csp_account_note_row (_("No risks raised")));
}

static guint
count_overdue (GListModel *actions)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CspActionSummary) summary = g_list_model_get_item (actions, i);

      n += csp_action_summary_get_overdue (summary);
    }

  return n;
}

static void
fill_plans (CspAccountPage *self)
{
  GListModel *plans = list_of (self, CSP_OVERVIEW_PLANS);
  GListModel *actions = list_of (self, CSP_OVERVIEW_OPEN_ACTIONS);
  guint n_plans = g_list_model_get_n_items (plans);
  guint n_actions = g_list_model_get_n_items (actions);
  g_autofree char *plans_text = g_strdup_printf (
    g_dngettext (GETTEXT_PACKAGE, "%u plan", "%u plans", n_plans), n_plans);
  g_autofree char *actions_text = g_strdup_printf (
    g_dngettext (GETTEXT_PACKAGE, "%u open action", "%u open actions", n_actions), n_actions);
  g_autofree char *overdue_text = g_strdup_printf (_("%u overdue"), count_overdue (actions));
  g_autofree char *description = g_strdup_printf ("%s · %s · %s", plans_text, actions_text,
                                                  overdue_text);

  clear_list (self->plans_list);
  adw_preferences_group_set_description (self->plans_group, description);
  for (guint i = 0; i < n_plans; i++)
    {
      g_autoptr(CspPlanProgress) progress = g_list_model_get_item (plans, i);

      gtk_list_box_append (self->plans_list, csp_account_plan_row (progress));
    }
  for (guint i = 0; i < MIN (n_actions, NEXT_ITEMS); i++)
    {
      g_autoptr(CspActionSummary) summary = g_list_model_get_item (actions, i);

      gtk_list_box_append (self->plans_list, csp_account_action_row (summary));
    }
  if (n_plans == 0)
    gtk_list_box_append (self->plans_list, csp_account_note_row (_("No success plans yet")));
}

static void
fill_meetings (CspAccountPage *self)
{
  GListModel *meetings = list_of (self, CSP_OVERVIEW_MEETINGS);
  g_autoptr(CspMeeting) last_held = NULL;
  g_autofree char *description = NULL;
  guint n_held = 0, n_upcoming = 0, n_shown = 0;

  clear_list (self->meetings_list);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CspMeeting) meeting = g_list_model_get_item (meetings, i);
      CspMeetingStatus status = csp_meeting_get_status (meeting);

      if (status == CSP_MEETING_HELD)
        {
          n_held++;
          g_set_object (&last_held, meeting);
        }
      else if (status == CSP_MEETING_PLANNED &&
               g_strcmp0 (csp_meeting_get_scheduled_at (meeting), self->today) >= 0)
        {
          n_upcoming++;
          if (n_shown++ < NEXT_ITEMS)
            gtk_list_box_append (self->meetings_list, csp_account_meeting_row (meeting));
        }
    }
  if (last_held != NULL)
    gtk_list_box_append (self->meetings_list, csp_account_meeting_row (last_held));
  else if (n_shown == 0)
    gtk_list_box_append (self->meetings_list, csp_account_note_row (_("No meetings yet")));

  /* Translators: counts of an account's meetings */
  description = g_strdup_printf (_("%u held · %u upcoming"), n_held, n_upcoming);
  adw_preferences_group_set_description (self->meetings_group, description);
}

static void
fill_timeline (CspAccountPage *self)
{
  GListModel *timeline = list_of (self, CSP_OVERVIEW_TIMELINE);
  guint n = g_list_model_get_n_items (timeline);

  clear_list (self->timeline_list);
  for (guint i = 0; i < MIN (n, self->timeline_limit); i++)
    {
      g_autoptr(CspTimelineEntry) entry = g_list_model_get_item (timeline, i);

      gtk_list_box_append (self->timeline_list, csp_account_timeline_row (entry));
    }
  if (n == 0)
    gtk_list_box_append (self->timeline_list, csp_account_note_row (_("Nothing happened yet")));
  gtk_widget_set_visible (self->more_button, n > self->timeline_limit);
}

static void
fill (CspAccountPage *self)
{
  CspAccount *a = account (self);

  adw_window_title_set_title (self->window_title, csp_account_get_name (a));
  adw_window_title_set_subtitle (self->window_title, csp_account_get_csm (a));
  gtk_label_set_text (self->name_label, csp_account_get_name (a));
  fill_facts (self);
  fill_health (self);
  fill_stakeholders (self);
  fill_risks (self);
  fill_plans (self);
  fill_meetings (self);
  fill_timeline (self);
  gtk_stack_set_visible_child_name (self->stack, "account");
}

static CspRisk *
find_risk (CspAccountPage *self,
           gint64          id)
{
  GListModel *risks;

  if (self->overview == NULL)
    return NULL;

  risks = list_of (self, CSP_OVERVIEW_RISKS);
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(CspRisk) risk = g_list_model_get_item (risks, i);

      if (csp_record_get_id (CSP_RECORD (risk)) == id)
        return g_steal_pointer (&risk);
    }

  return NULL;
}

/* Chart controls */

static void
window_toggled_cb (GtkToggleButton *button,
                   CspAccountPage  *self)
{
  if (gtk_toggle_button_get_active (button))
    csp_health_chart_set_window (self->chart,
                                 GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button),
                                                                      "csp-window")));
}

static void
setup_window_buttons (CspAccountPage *self)
{
  const char *labels[] = { N_("3 Months"), N_("6 Months"), N_("12 Months"), N_("All") };

  for (guint w = 0; w <= CSP_TREND_ALL; w++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (_(labels[w]));

      g_object_set_data (G_OBJECT (button), "csp-window", GUINT_TO_POINTER (w));
      if (w > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button),
                                     GTK_TOGGLE_BUTTON (self->window_buttons[0]));
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button),
                                    w == csp_health_chart_get_window (self->chart));
      g_signal_connect (button, "toggled", G_CALLBACK (window_toggled_cb), self);
      gtk_box_append (self->window_box, button);
      self->window_buttons[w] = button;
    }
}

static void
component_toggled_cb (GtkCheckButton *check,
                      CspAccountPage *self)
{
  guint mask = 0;

  for (guint c = 0; c < CSP_N_COMPONENTS; c++)
    if (gtk_check_button_get_active (self->component_checks[c]))
      mask |= 1u << c;
  csp_health_chart_set_components (self->chart, mask);
}

static GtkWidget *
swatch (CspHealthComponent component)
{
  const GdkRGBA *color = csp_health_chart_component_color (component);
  g_autofree char *markup = g_strdup_printf ("<span foreground=\"#%02x%02x%02x\">●</span>",
                                             (guint) (color->red * 255 + 0.5),
                                             (guint) (color->green * 255 + 0.5),
                                             (guint) (color->blue * 255 + 0.5));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return label;
}

static void
setup_components (CspAccountPage *self)
{
  for (guint c = 0; c < CSP_N_COMPONENTS; c++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *value = gtk_label_new ("—");
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *check_label = g_strdup_printf (_("Show %s in the chart"),
                                                      csp_health_component_label (c));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), csp_health_component_label (c));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), swatch (c));
      gtk_widget_add_css_class (value, "heading");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (check, check_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      check_label, -1);
      g_signal_connect (check, "toggled", G_CALLBACK (component_toggled_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (self->components_list, row);
      self->component_rows[c] = ADW_ACTION_ROW (row);
      self->component_values[c] = GTK_LABEL (value);
      self->component_checks[c] = GTK_CHECK_BUTTON (check);
    }
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
  fill (self);
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
                                 list_of (self, CSP_OVERVIEW_SNAPSHOTS),
                                 csp_account_overview_get_weights (self->overview),
                                 NULL, record_ready_cb, self);
}

static CspHealthSnapshot *
find_snapshot (CspAccountPage *self,
               const char     *date)
{
  GListModel *snapshots = list_of (self, CSP_OVERVIEW_SNAPSHOTS);

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
                               list_of (self, CSP_OVERVIEW_SNAPSHOTS),
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
    csp_saved_dialog_present (widget, risk, csp_account_get_currency (account (self)),
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
show_more_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CspAccountPage *self = CSP_ACCOUNT_PAGE (widget);

  self->timeline_limit += TIMELINE_STEP;
  if (self->overview != NULL)
    fill_timeline (self);
}

/* Overrides */

static void
csp_account_page_dispose (GObject *object)
{
  CspAccountPage *self = CSP_ACCOUNT_PAGE (object);

  if (self->loader != NULL)
    csp_list_loader_cancel (self->loader);
  g_clear_object (&self->store);
  g_clear_object (&self->overview);

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

static void
install_actions (GtkWidgetClass *widget_class)
{
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
  /* The page wrote to the account (a snapshot, a risk, an activity). */
  signals[ACCOUNT_CHANGED] =
    g_signal_new ("account-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CSP_TYPE_HEALTH_CHART);
  bind_template (widget_class);
  install_actions (widget_class);
}

static void
csp_account_page_init (CspAccountPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->today = csp_date_today_text ();
  self->timeline_limit = TIMELINE_FIRST;
  self->loader = csp_list_loader_new (CSP_TYPE_ACCOUNT_OVERVIEW);
  g_signal_connect_object (csp_list_loader_get_model (self->loader), "items-changed",
                           G_CALLBACK (overview_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->loader, "notify::loading",
                           G_CALLBACK (loading_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->loader, "failed",
                           G_CALLBACK (loader_failed_cb), self, G_CONNECT_SWAPPED);
  setup_window_buttons (self);
  setup_components (self);
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

  query = g_new0 (CspAccountViewQuery, 1);
  query->account_id = self->account_id;
  g_strlcpy (query->today, self->today, sizeof query->today);
  csp_list_loader_load (self->loader, self->store, csp_store_query_account_overview,
                        query, g_free);
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
  g_signal_emit (self, signals[ACCOUNT_CHANGED], 0);
  return TRUE;
}
