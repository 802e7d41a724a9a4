/* csp-meeting-attendees.c: who attends, on the meeting page
 *
 * Customer attendees are picked from the account's stakeholders (listed
 * by level, with role and our counterpart); ours are typed by name with
 * the counterpart role they fill, which is what the coverage rule
 * (csp-meeting-coverage.c) matches an executive's counterpart against.
 * Removing an attendee offers undo in a toast. A strategy meeting or
 * EBR that lacks a customer executive, or an executive's counterpart,
 * shows a warning above the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-meeting-coverage.h"
#include "csp-meeting-page-private.h"
#include "csp-store-records.h"

/* Auxiliary methods */

static CspStakeholder *
find_stakeholder (CspMeetingPage *self,
                  gint64          id)
{
  for (guint i = 0; id != 0 && i < g_list_model_get_n_items (self->stakeholders); i++)
    {
      g_autoptr(CspStakeholder) person = g_list_model_get_item (self->stakeholders, i);

      if (csp_record_get_id (CSP_RECORD (person)) == id)
        return g_steal_pointer (&person);
    }
  return NULL;
}

static gboolean
attends (CspMeetingPage *self,
         gint64          stakeholder_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (self->attendees); i++)
    {
      g_autoptr(CspAttendee) attendee = g_list_model_get_item (self->attendees, i);

      if (csp_attendee_get_stakeholder_id (attendee) == stakeholder_id)
        return TRUE;
    }
  return FALSE;
}

/* "Executive · Sponsor · Our counterpart: executive sponsor" */
static char *
describe_stakeholder (CspStakeholder *person)
{
  /* Translators: %s is our side's counterpart of a stakeholder, like “Executive sponsor” */
  g_autofree char *counterpart = g_strdup_printf (
    _("Our counterpart: %s"),
    csp_enum_to_label (CSP_TYPE_COUNTERPART, csp_stakeholder_get_counterpart (person)));

  return g_strjoin (" · ",
                    csp_enum_to_label (CSP_TYPE_STAKEHOLDER_LEVEL,
                                       csp_stakeholder_get_level (person)),
                    csp_enum_to_label (CSP_TYPE_STAKEHOLDER_ROLE,
                                       csp_stakeholder_get_role (person)),
                    counterpart, NULL);
}

static char *
describe_attendee (CspMeetingPage *self,
                   CspAttendee    *attendee)
{
  g_autoptr(CspStakeholder) person =
    find_stakeholder (self, csp_attendee_get_stakeholder_id (attendee));
  const char *role = csp_attendee_get_role (attendee);
  const char *side = csp_attendee_get_side (attendee) == CSP_SIDE_CUSTOMER
                     ? _("Customer") : _("Our side");

  if (person != NULL)
    return describe_stakeholder (person);
  if (role != NULL && *role != '\0')
    return g_strjoin (" · ", side, role, NULL);
  return g_strdup (side);
}

static GtkWidget *
attendee_row (CspMeetingPage *self,
              CspAttendee    *attendee)
{
  const char *name = csp_attendee_get_name (attendee);
  g_autofree char *subtitle = describe_attendee (self, attendee);
  g_autofree char *remove_label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *avatar = adw_avatar_new (32, name, TRUE);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), avatar);

  /* Translators: %s is the name of a meeting attendee */
  remove_label = g_strdup_printf (_("Remove %s"), name);
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "meeting.remove-attendee");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x",
                                    csp_record_get_id (CSP_RECORD (attendee)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static GtkWidget *
choice_row (CspStakeholder *person)
{
  g_autofree char *subtitle = describe_stakeholder (person);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), csp_stakeholder_get_name (person));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "stakeholder", g_object_ref (person), g_object_unref);
  return row;
}

static int
compare_level (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  int la = csp_stakeholder_get_level ((CspStakeholder *) a);
  int lb = csp_stakeholder_get_level ((CspStakeholder *) b);

  return (la > lb) - (la < lb);
}

/* The stakeholders not attending yet, executives first. */
static void
fill_choices (CspMeetingPage *self)
{
  g_autoptr(GListStore) sorted = g_list_store_new (CSP_TYPE_STAKEHOLDER);
  _csp_meeting_page_clear_list (self->stakeholder_choices);

  for (guint i = 0; i < g_list_model_get_n_items (self->stakeholders); i++)
    {
      g_autoptr(CspStakeholder) person = g_list_model_get_item (self->stakeholders, i);

      if (!attends (self, csp_record_get_id (CSP_RECORD (person))))
        g_list_store_insert_sorted (sorted, person, compare_level, NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sorted)); i++)
    {
      g_autoptr(CspStakeholder) person = g_list_model_get_item (G_LIST_MODEL (sorted), i);

      gtk_list_box_append (self->stakeholder_choices, choice_row (person));
    }
  gtk_label_set_text (self->choices_placeholder,
                      g_list_model_get_n_items (self->stakeholders) == 0
                      ? _("This account has no stakeholders yet: add them on the account page")
                      : _("Every stakeholder attends already"));
}

static void
add_attendee (CspMeetingPage *self,
              CspAttendee    *attendee)
{
  g_autoptr(GError) error = NULL;

  if (!csp_store_add_attendee (self->store, attendee, &error))
    {
      _csp_meeting_page_error (self, error);
      return;
    }
  _csp_meeting_page_fill_attendees (self);
}

/* Callbacks */

/* Shows each level's name over its first stakeholder. */
static void
level_header_cb (GtkListBoxRow *row,
                 GtkListBoxRow *before,
                 gpointer       user_data)
{
  CspStakeholder *person = g_object_get_data (G_OBJECT (row), "stakeholder");
  CspStakeholder *previous = before ? g_object_get_data (G_OBJECT (before), "stakeholder") : NULL;
  CspStakeholderLevel level = csp_stakeholder_get_level (person);
  GtkWidget *label;

  if (previous != NULL && csp_stakeholder_get_level (previous) == level)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  label = gtk_label_new (csp_enum_to_label (CSP_TYPE_STAKEHOLDER_LEVEL, level));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_header (row, label);
}

static void
stakeholder_chosen_cb (CspMeetingPage *self,
                       GtkListBoxRow  *row)
{
  CspStakeholder *person = g_object_get_data (G_OBJECT (row), "stakeholder");
  g_autoptr(CspAttendee) attendee =
    csp_attendee_new (csp_record_get_id (CSP_RECORD (self->meeting)),
                      csp_stakeholder_get_name (person));

  csp_attendee_set_stakeholder_id (attendee, csp_record_get_id (CSP_RECORD (person)));
  csp_attendee_set_side (attendee, CSP_SIDE_CUSTOMER);
  csp_attendee_set_role (attendee, csp_stakeholder_get_title (person));
  gtk_popover_popdown (self->stakeholder_popover);
  add_attendee (self, attendee);
}

static void
add_ours_cb (CspMeetingPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->our_name_entry));
  g_autofree char *name = g_strstrip (g_strdup (text));
  guint role = gtk_drop_down_get_selected (self->our_role_dropdown);
  g_autoptr(CspAttendee) attendee = NULL;

  if (name[0] == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->our_name_entry), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->our_name_entry));
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->our_name_entry), "error");
  attendee = csp_attendee_new (csp_record_get_id (CSP_RECORD (self->meeting)), name);
  csp_attendee_set_side (attendee, CSP_SIDE_OURS);
  /* Role text, as people write it; the coverage rule reads the kind back. */
  csp_attendee_set_role (attendee, csp_enum_to_label (CSP_TYPE_COUNTERPART, (int) role));
  gtk_editable_set_text (GTK_EDITABLE (self->our_name_entry), "");
  gtk_popover_popdown (self->our_popover);
  add_attendee (self, attendee);
}

static void
remove_attendee_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CspMeetingPage *self = CSP_MEETING_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (self->attendees); i++)
    {
      g_autoptr(CspAttendee) attendee = g_list_model_get_item (self->attendees, i);

      if (csp_record_get_id (CSP_RECORD (attendee)) != id)
        continue;
      if (!csp_store_delete_attendee (self->store, id, &error))
        {
          _csp_meeting_page_error (self, error);
          return;
        }
      g_set_object (&self->removed, CSP_RECORD (attendee));
      /* Translators: %s is the name of an attendee removed from a meeting */
      message = g_strdup_printf (_("Removed %s"), csp_attendee_get_name (attendee));
      _csp_meeting_page_toast (self, message, "meeting.undo-remove");
      break;
    }
  _csp_meeting_page_fill_attendees (self);
}

/* Internal API */

void
_csp_meeting_page_init_attendees (CspMeetingPage *self)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CSP_TYPE_COUNTERPART);
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (roles, csp_enum_to_label (CSP_TYPE_COUNTERPART,
                                                      klass->values[i].value));
  gtk_drop_down_set_model (self->our_role_dropdown, G_LIST_MODEL (roles));
  gtk_list_box_set_header_func (self->stakeholder_choices, level_header_cb, NULL, NULL);
}

void
_csp_meeting_page_update_coverage (CspMeetingPage *self)
{
  g_autoptr(GPtrArray) uncovered = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  CspMeetingCoverage gaps;

  if (self->attendees == NULL)
    return;
  gaps = csp_meeting_coverage_check (csp_meeting_get_kind (self->meeting), self->attendees,
                                     self->stakeholders, &uncovered);
  if (gaps & CSP_MEETING_COVERAGE_NO_EXECUTIVE)
    g_string_append (text, _("No customer executive attends this meeting"));
  if (gaps & CSP_MEETING_COVERAGE_NO_COUNTERPART)
    {
      g_autofree char *names = NULL;

      g_ptr_array_add (uncovered, NULL);
      names = g_strjoinv (", ", (char **) uncovered->pdata);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: %s is a list of names of the customer's executives */
      g_string_append_printf (text, _("No counterpart of ours attends for %s"), names);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->coverage_row), text->str);
  gtk_revealer_set_reveal_child (self->coverage_revealer, gaps != CSP_MEETING_COVERAGE_OK);
}

void
_csp_meeting_page_fill_attendees (CspMeetingPage *self)
{
  g_autoptr(GError) error = NULL;
  g_clear_object (&self->attendees);
  self->attendees = csp_store_list_attendees (self->store,
                                              csp_record_get_id (CSP_RECORD (self->meeting)),
                                              &error);
  if (self->attendees == NULL)
    {
      _csp_meeting_page_error (self, error);
      self->attendees = G_LIST_MODEL (g_list_store_new (CSP_TYPE_ATTENDEE));
    }

  _csp_meeting_page_clear_list (self->attendees_list);
  for (guint i = 0; i < g_list_model_get_n_items (self->attendees); i++)
    {
      g_autoptr(CspAttendee) attendee = g_list_model_get_item (self->attendees, i);

      gtk_list_box_append (self->attendees_list, attendee_row (self, attendee));
    }
  fill_choices (self);
  _csp_meeting_page_update_coverage (self);
}

void
_csp_meeting_page_bind_attendees (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, coverage_revealer);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, coverage_row);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, attendees_list);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, stakeholder_choices);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, choices_placeholder);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, stakeholder_popover);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, our_name_entry);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, our_role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, our_popover);
  gtk_widget_class_bind_template_callback (widget_class, stakeholder_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_ours_cb);

  gtk_widget_class_install_action (widget_class, "meeting.remove-attendee", "x",
                                   remove_attendee_action);
}
