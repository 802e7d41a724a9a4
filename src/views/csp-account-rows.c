/* csp-account-rows.c: the rows and texts of the account page
 *
 * Each list of the page is a boxed GtkListBox of AdwActionRows made
 * here from the overview's items; the page only places them. Every
 * state that a colour shows is also said in words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "csp-account-rows.h"
#include "csp-format.h"

/* Auxiliary methods */

static GtkWidget *
action_row (const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* Titles are user text: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : "");
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

static GtkWidget *
suffix_label (GtkWidget  *row,
              const char *text,
              const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  /* Short texts: a wrapped suffix squeezes into a column of words. */
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return label;
}

/* "Overdue since …" or "Due …"; where the row has no room for that,
 * the date alone (with an icon when overdue), the words in its tooltip. */
static void
due_suffix (GtkWidget  *row,
            const char *text,
            const char *date,
            gboolean    overdue)
{
  GtkWidget *squeezer = adw_squeezer_new ();
  GtkWidget *full = gtk_label_new (text);
  GtkWidget *short_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  adw_squeezer_set_transition_type (ADW_SQUEEZER (squeezer), ADW_SQUEEZER_TRANSITION_TYPE_NONE);
  adw_squeezer_set_xalign (ADW_SQUEEZER (squeezer), 1);
  gtk_widget_set_valign (squeezer, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (squeezer, overdue ? "overdue" : "dim-label");
  gtk_label_set_xalign (GTK_LABEL (full), 1);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), full);

  if (overdue)
    gtk_box_append (GTK_BOX (short_box),
                    gtk_image_new_from_icon_name ("task-past-due-symbolic"));
  gtk_box_append (GTK_BOX (short_box), gtk_label_new (date));
  gtk_widget_set_halign (short_box, GTK_ALIGN_END);
  gtk_widget_set_tooltip_text (short_box, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (short_box), GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), short_box);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), squeezer);
}

static void
prefix_icon (GtkWidget  *row,
             const char *icon_name)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
}

/* "a · b · c" of the parts that are set. */
static char *
join_parts (const char *first,
            ...)
{
  GString *text = g_string_new (NULL);
  va_list args;

  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    {
      if (*part == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, part);
    }
  va_end (args);

  return g_string_free (text, FALSE);
}

static const char *
or_empty (const char *text)
{
  return text ? text : "";
}

/* A flat trash button for @action_name with the row's @id. */
static void
add_delete_button (GtkWidget  *row,
                   const char *action_name,
                   gint64      id,
                   const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

/* Public API */

/* How far @date is from @today, in words; NULL without a date. */
char *
csp_account_format_countdown (const char *today,
                              const char *date)
{
  int days;

  if (date == NULL || *date == '\0')
    return NULL;

  days = csp_date_days_between (today, date);
  if (days == 0)
    return g_strdup (_("today"));
  if (days > 0)
    /* Translators: a renewal countdown */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d day", "in %d days", days), days);

  /* Translators: a renewal date that has passed */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", -days),
                          -days);
}

/* A caption over a value, for the facts at the top of the page. */
GtkWidget *
csp_account_fact_new (const char *caption,
                      const char *value,
                      const char *css_class)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *caption_label = gtk_label_new (caption);
  GtkWidget *value_label = gtk_label_new (value && *value ? value : "—");

  gtk_label_set_xalign (GTK_LABEL (caption_label), 0);
  gtk_widget_add_css_class (caption_label, "caption");
  gtk_widget_add_css_class (caption_label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (value_label), TRUE);
  gtk_widget_add_css_class (value_label, "heading");
  if (css_class != NULL)
    gtk_widget_add_css_class (value_label, css_class);
  gtk_box_append (GTK_BOX (box), caption_label);
  gtk_box_append (GTK_BOX (box), value_label);

  return box;
}

GtkWidget *
csp_account_stakeholder_row (CspStakeholderContact *contact)
{
  CspStakeholder *person = csp_stakeholder_contact_get_stakeholder (contact);
  const char *last = csp_stakeholder_contact_get_last_contact (contact);
  g_autofree char *counterpart = g_strdup_printf (
    /* Translators: %s is our side's counterpart, e.g. “Account manager” */
    _("Ours: %s"), csp_enum_to_label (CSP_TYPE_COUNTERPART,
                                      csp_stakeholder_get_counterpart (person)));
  g_autofree char *channel = g_strdup_printf (
    /* Translators: %s is a channel, e.g. “WeChat” */
    _("Prefers %s"), csp_enum_to_label (CSP_TYPE_CHANNEL,
                                        csp_stakeholder_get_preferred_channel (person)));
  g_autofree char *subtitle = join_parts (
    or_empty (csp_stakeholder_get_title (person)),
    csp_enum_to_label (CSP_TYPE_STAKEHOLDER_ROLE, csp_stakeholder_get_role (person)),
    counterpart, channel, NULL);
  g_autofree char *date = csp_format_date (last);
  g_autofree char *met = NULL;
  GtkWidget *row = action_row (csp_stakeholder_get_name (person), subtitle);

  /* Translators: %s is the date of the latest meeting with a stakeholder */
  met = last ? g_strdup_printf (_("Last met %s"), date) : g_strdup (_("Never met"));
  suffix_label (row, met, last ? "dim-label" : "warning");
  if (csp_stakeholder_get_role (person) == CSP_ROLE_DETRACTOR)
    prefix_icon (row, "dialog-warning-symbolic");

  return row;
}

GtkWidget *
csp_account_gap_row (CspCoverageGaps gap)
{
  const char *text = NULL;
  GtkWidget *row;

  switch (gap)
    {
    case CSP_COVERAGE_NO_EXECUTIVE:
      text = _("No executive stakeholder");
      break;
    case CSP_COVERAGE_NO_CHAMPION:
      text = _("No champion");
      break;
    case CSP_COVERAGE_EXECUTIVE_UNMET:
    default:
      text = _("No executive met in the last 12 months");
      break;
    }

  row = action_row (text, NULL);
  prefix_icon (row, "dialog-warning-symbolic");
  gtk_widget_add_css_class (row, "coverage-gap");
  return row;
}

static void
add_menu_item (GMenu      *menu,
               const char *label,
               const char *action_name,
               gint64      id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action_name, g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
}

/* The risk's actions in a menu, so the row keeps its width for the
 * text in a narrow window. */
static void
add_risk_menu (GtkWidget *row,
               CspRisk   *risk)
{
  gint64 id = csp_record_get_id (CSP_RECORD (risk));
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) danger = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();

  if (csp_risk_get_resolved_on (risk) == NULL)
    add_menu_item (menu, _("_Resolve…"), "account.resolve-risk", id);
  if (csp_risk_get_saved_arr_minor (risk) < 0)
    add_menu_item (menu, _("Mark _Saved…"), "account.mark-saved", id);
  add_menu_item (danger, _("_Delete"), "account.delete-risk", id);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (danger));

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Risk Actions"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Risk Actions"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}

GtkWidget *
csp_account_risk_row (CspRisk    *risk,
                      const char *currency)
{
  const char *resolved_on = csp_risk_get_resolved_on (risk);
  gint64 saved = csp_risk_get_saved_arr_minor (risk);
  g_autofree char *raised = csp_format_date (csp_risk_get_raised_on (risk));
  g_autofree char *raised_text = g_strdup_printf (_("Raised %s"), raised);
  g_autofree char *subtitle = join_parts (
    csp_enum_to_label (CSP_TYPE_PRIORITY, csp_risk_get_severity (risk)), raised_text,
    or_empty (csp_risk_get_notes (risk)), NULL);
  GtkWidget *row = action_row (csp_enum_to_label (CSP_TYPE_RISK_KIND, csp_risk_get_kind (risk)),
                               subtitle);

  if (resolved_on != NULL)
    {
      g_autofree char *date = csp_format_date (resolved_on);
      g_autofree char *money = saved >= 0 ? csp_format_money (saved, currency) : NULL;
      /* Translators: %s is a date */
      g_autofree char *text = money ? g_strdup_printf (_("Saved %s"), money)
                                    : g_strdup_printf (_("Resolved %s"), date);

      suffix_label (row, text, money ? "success" : "dim-label");
    }
  else
    suffix_label (row, _("Open"), "error");
  add_risk_menu (row, risk);

  return row;
}

static char *
timeline_title (CspTimelineEntry *entry,
                const char      **icon_name)
{
  const char *subkind = or_empty (csp_timeline_entry_get_subkind (entry));
  const char *title = csp_timeline_entry_get_title (entry);
  int value = 0;

  switch (csp_timeline_entry_get_kind (entry))
    {
    case CSP_TIMELINE_ACTIVITY:
      *icon_name = "document-edit-symbolic";
      csp_enum_from_nick (CSP_TYPE_ACTIVITY_KIND, subkind, &value, NULL);
      return g_strdup_printf ("%s: %s", csp_enum_to_label (CSP_TYPE_ACTIVITY_KIND, value), title);
    case CSP_TIMELINE_MEETING:
      *icon_name = "x-office-calendar-symbolic";
      /* Translators: %s is a meeting's title */
      return g_strdup_printf (_("Meeting held: %s"), title);
    case CSP_TIMELINE_ACTION_DONE:
      *icon_name = "object-select-symbolic";
      /* Translators: %s is an action item's title */
      return g_strdup_printf (_("Action done: %s"), title);
    case CSP_TIMELINE_RISK_RAISED:
    case CSP_TIMELINE_RISK_RESOLVED:
      *icon_name = "dialog-warning-symbolic";
      csp_enum_from_nick (CSP_TYPE_RISK_KIND, subkind, &value, NULL);
      return g_strdup_printf (csp_timeline_entry_get_kind (entry) == CSP_TIMELINE_RISK_RAISED
                              /* Translators: %s is a kind of risk, e.g. “Low usage” */
                              ? _("Risk raised: %s") : _("Risk resolved: %s"),
                              csp_enum_to_label (CSP_TYPE_RISK_KIND, value));
    case CSP_TIMELINE_HEALTH_BAND:
    default:
      *icon_name = "emblem-important-symbolic";
      csp_enum_from_nick (CSP_TYPE_HEALTH_BAND, subkind, &value, NULL);
      /* Translators: %s is a health band, e.g. “Watch” */
      return g_strdup_printf (_("Health is now %s"), csp_enum_to_label (CSP_TYPE_HEALTH_BAND, value));
    }
}

static char *
timeline_detail (CspTimelineEntry *entry)
{
  const char *detail = csp_timeline_entry_get_detail (entry);
  int value = 0;

  switch (csp_timeline_entry_get_kind (entry))
    {
    case CSP_TIMELINE_RISK_RAISED:
    case CSP_TIMELINE_RISK_RESOLVED:
      csp_enum_from_nick (CSP_TYPE_PRIORITY, csp_timeline_entry_get_title (entry), &value, NULL);
      return join_parts (csp_enum_to_label (CSP_TYPE_PRIORITY, value), or_empty (detail), NULL);
    case CSP_TIMELINE_HEALTH_BAND:
      csp_enum_from_nick (CSP_TYPE_HEALTH_BAND, csp_timeline_entry_get_title (entry), &value, NULL);
      /* Translators: the previous health band and the new score */
      return g_strdup_printf (_("Was %s; score %s"), csp_enum_to_label (CSP_TYPE_HEALTH_BAND, value),
                              or_empty (detail));
    case CSP_TIMELINE_ACTIVITY:
    case CSP_TIMELINE_MEETING:
    case CSP_TIMELINE_ACTION_DONE:
    default:
      return g_strdup (or_empty (detail));
    }
}

GtkWidget *
csp_account_timeline_row (CspTimelineEntry *entry)
{
  const char *icon_name = NULL;
  g_autofree char *title = timeline_title (entry, &icon_name);
  g_autofree char *detail = timeline_detail (entry);
  g_autofree char *date = csp_format_date (csp_timeline_entry_get_date (entry));
  g_autofree char *subtitle = join_parts (date, detail, NULL);
  GtkWidget *row = action_row (title, subtitle);

  prefix_icon (row, icon_name);
  if (csp_timeline_entry_get_kind (entry) == CSP_TIMELINE_ACTIVITY)
    add_delete_button (row, "account.delete-activity", csp_timeline_entry_get_source_id (entry),
                       _("Delete Activity"));
  return row;
}

/* A plan: activating it opens the plan page. Its bar is the share of
 * done actions among those not cancelled, as its tooltip says. */
GtkWidget *
csp_account_plan_row (CspPlanProgress *progress)
{
  CspSuccessPlan *plan = csp_plan_progress_get_plan (progress);
  guint n_actions = csp_plan_progress_get_n_actions (progress);
  g_autofree char *done = n_actions == 0 ? g_strdup (_("No actions to count yet")) : g_strdup_printf (
    /* Translators: actions done of a plan's actions (cancelled ones not counted) */
    g_dngettext (GETTEXT_PACKAGE, "%u of %u action done", "%u of %u actions done", n_actions),
    csp_plan_progress_get_n_done (progress), n_actions);
  g_autofree char *target = csp_format_date (csp_success_plan_get_target_on (plan));
  g_autofree char *target_text = *target ? g_strdup_printf (_("Target %s"), target) : g_strdup ("");
  g_autofree char *subtitle = join_parts (
    csp_enum_to_label (CSP_TYPE_PLAN_STATUS, csp_success_plan_get_status (plan)), done,
    target_text, NULL);
  g_autofree char *tooltip = g_strdup_printf (
    "%s\n%s", done, _("Plan progress: done actions among all actions that were not cancelled"));
  GtkWidget *row = action_row (csp_success_plan_get_title (plan), subtitle);
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), csp_plan_progress_get_fraction (progress));
  gtk_widget_set_size_request (bar, 80, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (bar, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, done, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-plan");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x",
                                    csp_record_get_id (CSP_RECORD (plan)));
  return row;
}

GtkWidget *
csp_account_action_row (CspActionSummary *summary)
{
  CspActionItem *action = csp_action_summary_get_action (summary);
  gboolean overdue = csp_action_summary_get_overdue (summary);
  g_autofree char *due = csp_format_date (csp_action_item_get_due_on (action));
  g_autofree char *subtitle = join_parts (
    csp_enum_to_label (CSP_TYPE_SIDE, csp_action_item_get_owner_side (action)),
    or_empty (csp_action_item_get_owner_name (action)),
    or_empty (csp_action_summary_get_plan_title (summary)), NULL);
  GtkWidget *row = action_row (csp_action_item_get_title (action), subtitle);
  /* Translators: %s is a due date */
  g_autofree char *text = *due ? g_strdup_printf (overdue ? _("Overdue since %s") : _("Due %s"),
                                                  due)
                               : g_strdup (_("No due date"));

  prefix_icon (row, "alarm-symbolic");
  if (*due)
    due_suffix (row, text, due, overdue);
  else
    suffix_label (row, text, "dim-label");
  return row;
}

GtkWidget *
csp_account_meeting_row (CspMeeting *meeting)
{
  g_autofree char *when = csp_format_local_datetime (csp_meeting_get_scheduled_at (meeting));
  g_autofree char *subtitle = join_parts (
    csp_enum_to_label (CSP_TYPE_MEETING_KIND, csp_meeting_get_kind (meeting)), when, NULL);
  GtkWidget *row = action_row (csp_meeting_get_title (meeting), subtitle);

  prefix_icon (row, "x-office-calendar-symbolic");
  suffix_label (row, csp_enum_to_label (CSP_TYPE_MEETING_STATUS, csp_meeting_get_status (meeting)),
                "dim-label");
  /* Activating the row opens the meeting page. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-meeting");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x",
                                    csp_record_get_id (CSP_RECORD (meeting)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

/* A row that only says something (an empty list, a count). */
GtkWidget *
csp_account_note_row (const char *text)
{
  GtkWidget *row = action_row (text, NULL);

  gtk_widget_add_css_class (row, "dim-label");
  return row;
}
