/* csp-account-page-fill.c: the account page's sections from an overview
 *
 * Each section is made afresh from the overview the page read: facts,
 * health, stakeholders with coverage gaps, risks, plans, meetings and
 * the timeline (its first rows; "Show More" adds more). The chart's
 * controls are made once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-account-page-private.h"
#include "csp-account-rows.h"
#include "csp-format.h"
#include "csp-health-trend.h"

static const char * const band_classes[] = { "healthy", "watch", "at-risk" };

/* Auxiliary methods */

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
  const char *renewal_on = csp_account_get_renewal_on (_csp_account_page_account (self));
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
  CspAccount *a = _csp_account_page_account (self);
  g_autofree char *arr = csp_format_money (csp_account_get_arr_minor (a),
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
  GListModel *snapshots = _csp_account_page_list (self, CSP_OVERVIEW_SNAPSHOTS);
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
  GListModel *snapshots = _csp_account_page_list (self, CSP_OVERVIEW_SNAPSHOTS);
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
  GListModel *snapshots = _csp_account_page_list (self, CSP_OVERVIEW_SNAPSHOTS);
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
  GListModel *contacts = _csp_account_page_list (self, CSP_OVERVIEW_STAKEHOLDERS);
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
  GListModel *contacts = _csp_account_page_list (self, CSP_OVERVIEW_STAKEHOLDERS);
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
  GListModel *risks = _csp_account_page_list (self, CSP_OVERVIEW_RISKS);
  guint n_open = csp_account_overview_count_open_risks (self->overview);
  g_autofree char *description = g_strdup_printf (
    g_dngettext (GETTEXT_PACKAGE, "%u open", "%u open", n_open), n_open);

  clear_list (self->risks_list);
  adw_preferences_group_set_description (self->risks_group, description);
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(CspRisk) risk = g_list_model_get_item (risks, i);

      gtk_list_box_append (self->risks_list,
                           csp_account_risk_row (risk, csp_account_get_currency (_csp_account_page_account (self))));
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
  GListModel *plans = _csp_account_page_list (self, CSP_OVERVIEW_PLANS);
  GListModel *actions = _csp_account_page_list (self, CSP_OVERVIEW_OPEN_ACTIONS);
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
  GListModel *meetings = _csp_account_page_list (self, CSP_OVERVIEW_MEETINGS);
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

void
_csp_account_page_fill_timeline (CspAccountPage *self)
{
  GListModel *timeline = _csp_account_page_list (self, CSP_OVERVIEW_TIMELINE);
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

/* Shows the overview just read. */
void
_csp_account_page_fill (CspAccountPage *self)
{
  CspAccount *a = _csp_account_page_account (self);

  adw_window_title_set_title (self->window_title, csp_account_get_name (a));
  _csp_account_page_show_archived (self, a);
  gtk_label_set_text (self->name_label, csp_account_get_name (a));
  fill_facts (self);
  fill_health (self);
  fill_stakeholders (self);
  fill_risks (self);
  fill_plans (self);
  fill_meetings (self);
  _csp_account_page_fill_timeline (self);
  gtk_stack_set_visible_child_name (self->stack, "account");
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

      /* A narrow window shortens the labels rather than widens the page. */
      gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))),
                               PANGO_ELLIPSIZE_END);
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

/* The chart's window buttons and the components' rows with their
 * toggles, made once. */
void
_csp_account_page_setup_chart_controls (CspAccountPage *self)
{
  setup_window_buttons (self);
  setup_components (self);
}
