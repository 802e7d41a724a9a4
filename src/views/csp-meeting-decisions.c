/* csp-meeting-decisions.c: the ordered decisions of the meeting page
 *
 * Each decision is an entry row: edited in place (saved on Enter or
 * the row's apply button), reordered with Alt+Up and Alt+Down or its
 * menu, deleted with undo in a toast, and turned into an action item of
 * one of the account's plans (CspDecisionActionDialog). A decision with
 * an action shows that action's status, kept current through the
 * store's "changed::action_item" signal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-decision-action-dialog.h"
#include "csp-meeting-page-private.h"
#include "csp-store-meetings.h"
#include "csp-store-records.h"

/* Auxiliary methods */

static CspDecision *
row_decision (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "decision");
}

static GtkWidget *
find_row (CspMeetingPage *self,
          gint64          id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->decisions_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (row_decision (row) && csp_record_get_id (CSP_RECORD (row_decision (row))) == id)
      return row;
  return NULL;
}

/* "Action: Open" for a decision with an action item; hidden without. */
static void
update_state_label (CspMeetingPage *self,
                    GtkWidget      *row)
{
  CspDecision *decision = row_decision (row);
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "state-label");
  GtkWidget *button = g_object_get_data (G_OBJECT (row), "action-button");
  g_autoptr(CspActionItem) action = NULL;
  g_autoptr(CspDecision) stored = NULL;
  g_autofree char *text = NULL;

  /* Deleting the action unlinks the decision in the database. */
  stored = csp_store_get_decision (self->store, csp_record_get_id (CSP_RECORD (decision)), NULL);
  if (stored != NULL)
    csp_decision_set_action_id (decision, csp_decision_get_action_id (stored));
  if (csp_decision_get_action_id (decision) != 0)
    action = csp_store_get_action_item (self->store, csp_decision_get_action_id (decision), NULL);

  gtk_widget_set_visible (GTK_WIDGET (label), action != NULL);
  gtk_widget_set_visible (button, action == NULL);
  if (action == NULL)
    return;
  /* Translators: %s is the status of an action item, like “Open” or “Done” */
  text = g_strdup_printf (_("Action: %s"),
                          csp_enum_to_label (CSP_TYPE_ACTION_STATUS,
                                             csp_action_item_get_status (action)));
  gtk_label_set_text (label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), csp_action_item_get_title (action));
}

static GMenuModel *
decision_menu (gint64 id)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  g_autoptr(GMenu) convert = g_menu_new ();
  g_autoptr(GMenuItem) up = g_menu_item_new (_("Move _Up"), NULL);
  g_autoptr(GMenuItem) down = g_menu_item_new (_("Move _Down"), NULL);
  g_autoptr(GMenuItem) delete = g_menu_item_new (_("_Delete"), NULL);
  g_autoptr(GMenuItem) to_action = g_menu_item_new (_("_Action Item…"), NULL);

  g_menu_item_set_action_and_target (up, "meeting.decision-up", "x", id);
  g_menu_item_set_attribute (up, "accel", "s", "<Alt>Up");
  g_menu_item_set_action_and_target (down, "meeting.decision-down", "x", id);
  g_menu_item_set_attribute (down, "accel", "s", "<Alt>Down");
  g_menu_item_set_action_and_target (delete, "meeting.delete-decision", "x", id);
  g_menu_item_set_action_and_target (to_action, "meeting.decision-to-action", "x", id);
  g_menu_append_item (convert, to_action);
  g_menu_append_item (order, up);
  g_menu_append_item (order, down);
  g_menu_append_item (remove, delete);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (convert));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  return G_MENU_MODEL (menu);
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *trigger,
              const char            *action,
              gint64                 id)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                            gtk_named_action_new (action));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_int64 (id));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static void
body_applied_cb (AdwEntryRow    *row,
                 CspMeetingPage *self);

static GtkWidget *
decision_row (CspMeetingPage *self,
              CspDecision    *decision,
              guint           number)
{
  gint64 id = csp_record_get_id (CSP_RECORD (decision));
  g_autofree char *title = g_strdup_printf (_("Decision %u"), number);
  g_autoptr(GMenuModel) menu = decision_menu (id);
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *label = gtk_label_new (NULL);
  /* An icon: a narrow window leaves the decision's text the room. */
  GtkWidget *button = gtk_button_new_from_icon_name ("checkbox-checked-symbolic");
  GtkWidget *menu_button = gtk_menu_button_new ();
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), csp_decision_get_body (decision));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "decision", g_object_ref (decision), g_object_unref);
  g_signal_connect (row, "apply", G_CALLBACK (body_applied_cb), self);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (row), "state-label", label);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Turn this decision into an action item of a plan"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Action Item…"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "meeting.decision-to-action");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  g_object_set_data (G_OBJECT (row), "action-button", button);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_tooltip_text (menu_button, _("Decision Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Decision Menu"), -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), menu_button);

  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Up", "meeting.decision-up", id);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Down", "meeting.decision-down", id);
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (row, shortcuts);

  update_state_label (self, row);
  return row;
}

static CspDecision *
decision_for_action (CspMeetingPage *self,
                     GVariant       *parameter)
{
  GtkWidget *row = find_row (self, g_variant_get_int64 (parameter));

  return row ? row_decision (row) : NULL;
}

/* Callbacks */

static void
body_applied_cb (AdwEntryRow    *row,
                 CspMeetingPage *self)
{
  CspDecision *decision = row_decision (GTK_WIDGET (row));
  g_autofree char *old_body = g_strdup (csp_decision_get_body (decision));
  g_autofree char *body =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;

  csp_decision_set_body (decision, body);
  if (!csp_store_update_decision (self->store, decision, &error))
    {
      /* The text typed stays in the row, marked, for another try. */
      csp_decision_set_body (decision, old_body);
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      _csp_meeting_page_error (self, error);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void
new_decision_cb (CspMeetingPage *self)
{
  g_autofree char *body =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_decision_row))));
  g_autoptr(CspDecision) decision = NULL;
  g_autoptr(GError) error = NULL;

  /* Enter on an empty row adds nothing (and may follow an apply). */
  if (body[0] == '\0')
    return;
  decision = csp_decision_new (csp_record_get_id (CSP_RECORD (self->meeting)), body);
  if (!csp_store_append_decision (self->store, decision, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->new_decision_row), "error");
      _csp_meeting_page_error (self, error);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->new_decision_row), "error");
  gtk_editable_set_text (GTK_EDITABLE (self->new_decision_row), "");
  _csp_meeting_page_fill_decisions (self);
}

static void
move_decision_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CspMeetingPage *self = CSP_MEETING_PAGE (widget);
  CspDecision *decision = decision_for_action (self, parameter);
  int offset = g_str_equal (action_name, "meeting.decision-up") ? -1 : 1;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;

  if (decision == NULL)
    return;
  if (!csp_store_move_decision (self->store, decision, offset, &error))
    {
      _csp_meeting_page_error (self, error);
      return;
    }
  _csp_meeting_page_fill_decisions (self);
  /* The keyboard stays on the decision moved. */
  if ((row = find_row (self, g_variant_get_int64 (parameter))))
    gtk_widget_grab_focus (row);
}

static void
delete_decision_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CspMeetingPage *self = CSP_MEETING_PAGE (widget);
  CspDecision *decision = decision_for_action (self, parameter);
  g_autoptr(GError) error = NULL;

  if (decision == NULL)
    return;
  if (!csp_store_delete_decision (self->store, csp_record_get_id (CSP_RECORD (decision)),
                                  &error))
    {
      _csp_meeting_page_error (self, error);
      return;
    }
  g_set_object (&self->removed, CSP_RECORD (decision));
  _csp_meeting_page_toast (self, _("Decision deleted"), "meeting.undo-remove");
  _csp_meeting_page_fill_decisions (self);
}

static void
action_created_cb (CspMeetingPage *self)
{
  _csp_meeting_page_toast (self, _("Action item created"), NULL);
  _csp_meeting_page_update_action_states (self);
}

static void
decision_to_action_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  CspMeetingPage *self = CSP_MEETING_PAGE (widget);
  CspDecision *decision = decision_for_action (self, parameter);
  GtkRoot *root = gtk_widget_get_root (widget);
  CspDecisionActionDialog *dialog;

  if (decision == NULL)
    return;
  update_state_label (self, find_row (self, g_variant_get_int64 (parameter)));
  if (csp_decision_get_action_id (decision) != 0)
    {
      _csp_meeting_page_toast (self, _("This decision has an action item already"), NULL);
      return;
    }
  dialog = csp_decision_action_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                           self->store, self->account, decision);
  g_signal_connect_object (dialog, "action-created", G_CALLBACK (action_created_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Internal API */

void
_csp_meeting_page_fill_decisions (CspMeetingPage *self)
{
  g_autoptr(GListModel) decisions = NULL;
  g_autoptr(GError) error = NULL;
  _csp_meeting_page_clear_list (self->decisions_list);

  decisions = csp_store_list_decisions (self->store,
                                        csp_record_get_id (CSP_RECORD (self->meeting)), &error);
  if (decisions == NULL)
    {
      _csp_meeting_page_error (self, error);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    {
      g_autoptr(CspDecision) decision = g_list_model_get_item (decisions, i);

      gtk_list_box_append (self->decisions_list, decision_row (self, decision, i + 1));
    }
}

void
_csp_meeting_page_update_action_states (CspMeetingPage *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->decisions_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (row_decision (row) != NULL)
      update_state_label (self, row);
}

void
_csp_meeting_page_bind_decisions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, decisions_list);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingPage, new_decision_row);
  gtk_widget_class_bind_template_callback (widget_class, new_decision_cb);

  gtk_widget_class_install_action (widget_class, "meeting.decision-up", "x",
                                   move_decision_action);
  gtk_widget_class_install_action (widget_class, "meeting.decision-down", "x",
                                   move_decision_action);
  gtk_widget_class_install_action (widget_class, "meeting.delete-decision", "x",
                                   delete_decision_action);
  gtk_widget_class_install_action (widget_class, "meeting.decision-to-action", "x",
                                   decision_to_action_action);
}
