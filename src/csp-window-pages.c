/* csp-window-pages.c: the window's pages, and what it makes on them
 *
 * The leaflet holds the tabs, an account, a plan and a meeting; a plan
 * or a meeting goes back to the page it was opened from. The window's
 * "new" actions (an account, a plan from a template, a meeting) open
 * their dialogs and show what they made; Ctrl+N and Ctrl+F act on the
 * page on show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "csp-account-chooser.h"
#include "csp-new-account-dialog.h"
#include "csp-new-meeting-dialog.h"
#include "csp-new-plan-dialog.h"
#include "csp-store-records.h"
#include "csp-template-name-dialog.h"
#include "csp-window-private.h"

/* Back from an account to the views, which kept their scroll position
 * and selection (Alt+Left also goes back, through the leaflet). */
static void
show_views (CspWindow *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->views_box);
  gtk_widget_grab_focus (GTK_WIDGET (self->accounts_page));
}

static void
open_account_cb (CspWindow  *self,
                 CspAccount *account)
{
  csp_account_page_show_account (self->account_page, csp_record_get_id (CSP_RECORD (account)));
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->account_page));
}

/* The pages read their rows again themselves when the store changes
 * (CspListPage's watched tables). */
static void
leaflet_child_cb (CspWindow *self)
{
  GtkWidget *shown = adw_leaflet_get_visible_child (self->leaflet);

  /* Back at the views or an account, the account page is a stop for
   * the leaflet's back gesture again (a plan or meeting opened from
   * the views turns that off while it shows). */
  if (shown == self->views_box || shown == GTK_WIDGET (self->account_page))
    adw_leaflet_page_set_navigatable (adw_leaflet_get_page (self->leaflet,
                                                            GTK_WIDGET (self->account_page)),
                                      TRUE);
  _csp_window_update_actions (self);
}

/* The name of the account @account_id, for the bar over a filtered
 * list: the account page's, or read from the store. */
static char *
dup_account_name (CspWindow *self,
                  gint64     account_id)
{
  CspAccount *shown = csp_account_page_get_account (self->account_page);
  g_autoptr(CspAccount) account = NULL;

  if (shown != NULL && csp_record_get_id (CSP_RECORD (shown)) == account_id)
    return g_strdup (csp_account_get_name (shown));
  if (self->store != NULL)
    account = csp_store_get (self->store, CSP_TYPE_ACCOUNT, account_id, NULL);
  return g_strdup (account ? csp_account_get_name (account) : "");
}

/* From an account to the Plans or Meetings tab, showing that account's
 * rows only. */
static void
show_account_rows_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CspWindow *self = CSP_WINDOW (widget);
  gint64 account_id = g_variant_get_int64 (parameter);
  g_autofree char *name = dup_account_name (self, account_id);
  gboolean plans = g_str_equal (action_name, "win.show-account-plans");

  if (plans)
    csp_plans_page_show_account (self->plans_page, account_id, name);
  else
    csp_meetings_page_show_account (self->meetings_page, account_id, name);
  adw_leaflet_set_visible_child (self->leaflet, self->views_box);
  adw_view_stack_set_visible_child_name (self->view_stack, plans ? "plans" : "meetings");
}

/* Back from a plan or a meeting to the page it was opened from: the
 * account page, the other of the two, or the views. */
static void
go_back_to (CspWindow *self,
            GtkWidget *page)
{
  if (page == GTK_WIDGET (self->account_page) || page == GTK_WIDGET (self->plan_page) ||
      page == GTK_WIDGET (self->meeting_page))
    adw_leaflet_set_visible_child (self->leaflet, page);
  else
    show_views (self);
}

/* The plan page's own back button. */
static void
plan_back_cb (CspWindow *self)
{
  go_back_to (self, self->plan_opened_from);
}

/* Pushes @page (a plan's or a meeting's) over what is on show; the
 * leaflet's own back gesture skips the account page when @page was not
 * opened from there. */
static void
push_page (CspWindow  *self,
           GtkWidget  *page,
           GtkWidget **opened_from)
{
  GtkWidget *from = adw_leaflet_get_visible_child (self->leaflet);

  if (from != page)
    *opened_from = from;
  adw_leaflet_page_set_navigatable (adw_leaflet_get_page (self->leaflet,
                                                          GTK_WIDGET (self->account_page)),
                                    *opened_from == GTK_WIDGET (self->account_page));
  adw_leaflet_set_visible_child (self->leaflet, page);
}

/* The plan was deleted: on to its account, where the toast's Undo
 * can bring it back. */
static void
plan_deleted_cb (CspWindow *self,
                 gint64     account_id)
{
  csp_account_page_show_account (self->account_page, account_id);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->account_page));
}

/* Pushes the plan page from wherever the user is; going back returns
 * there (the account page is skipped by the leaflet when the plan came
 * from the views). */
static void
open_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CspWindow *self = CSP_WINDOW (widget);

  if (self->store == NULL)
    return;
  csp_plan_page_show_plan (self->plan_page, g_variant_get_int64 (parameter));
  push_page (self, GTK_WIDGET (self->plan_page), &self->plan_opened_from);
  /* The focus was on the row that opened the plan, now hidden. */
  gtk_widget_child_focus (GTK_WIDGET (self->plan_page), GTK_DIR_TAB_FORWARD);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CspWindow *self = CSP_WINDOW (widget);
  GtkWidget *shown = adw_leaflet_get_visible_child (self->leaflet);

  if (shown == GTK_WIDGET (self->plan_page))
    go_back_to (self, self->plan_opened_from);
  else if (shown == GTK_WIDGET (self->meeting_page))
    go_back_to (self, self->meeting_opened_from);
  else
    show_views (self);
}

/* The meeting page, pushed over what is on show (see push_page()). */
static void
open_meeting_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CspWindow *self = CSP_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  if (!csp_meeting_page_show_meeting (self->meeting_page, g_variant_get_int64 (parameter),
                                      &error))
    {
      csp_window_add_toast (self, error->message);
      return;
    }
  push_page (self, GTK_WIDGET (self->meeting_page), &self->meeting_opened_from);
}

static void
meeting_created_cb (CspWindow  *self,
                    CspMeeting *meeting)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-meeting", "x",
                              csp_record_get_id (CSP_RECORD (meeting)));
}

/* A meeting with the account @parameter, or one the dialog asks for (0). */
static void
new_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CspWindow *self = CSP_WINDOW (widget);
  CspNewMeetingDialog *dialog;

  if (self->store == NULL)
    return;
  dialog = csp_new_meeting_dialog_new (GTK_WINDOW (self), self->store,
                                       g_variant_get_int64 (parameter));
  g_signal_connect_object (dialog, "meeting-created", G_CALLBACK (meeting_created_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
account_created_cb (CspWindow  *self,
                    CspAccount *account)
{
  g_autofree char *message = NULL;

  /* Translators: %s is the name of the account just created */
  message = g_strdup_printf (_("Created “%s”"), csp_account_get_name (account));
  csp_window_add_toast (self, message);
}

static void
new_account_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CspWindow *self = CSP_WINDOW (widget);
  CspNewAccountDialog *dialog = csp_new_account_dialog_new (GTK_WINDOW (self), self->store);

  g_signal_connect_object (dialog, "account-created", G_CALLBACK (account_created_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A new plan opens on its page (win.open-plan). */
static void
plan_created_cb (CspWindow      *self,
                 CspSuccessPlan *plan)
{
  g_autofree char *message = NULL;

  /* Translators: %s is the title of the plan just created */
  message = g_strdup_printf (_("Created “%s”"), csp_success_plan_get_title (plan));
  csp_window_add_toast (self, message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-plan", "x",
                              csp_record_get_id (CSP_RECORD (plan)));
}

static void
new_plan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CspWindow *self = CSP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  CspNewPlanDialog *dialog = csp_new_plan_dialog_new (GTK_WINDOW (self), self->store,
                                                      g_variant_get_int64 (parameter), &error);

  if (dialog == NULL)
    {
      csp_window_add_toast (self, error->message);
      return;
    }
  g_signal_connect_object (dialog, "plan-created", G_CALLBACK (plan_created_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
template_saved_cb (CspWindow       *self,
                   CspPlanTemplate *record)
{
  /* Translators: %s is the name of a plan template */
  g_autofree char *message = g_strdup_printf (_("Saved the template “%s”"),
                                              csp_plan_template_get_name (record));

  csp_window_add_toast (self, message);
}

static void
save_plan_as_template_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  CspWindow *self = CSP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  CspTemplateNameDialog *dialog =
    csp_template_name_dialog_new_for_plan (GTK_WINDOW (self), self->store,
                                           g_variant_get_int64 (parameter), &error);

  if (dialog == NULL)
    {
      csp_window_add_toast (self, error->message);
      return;
    }
  g_signal_connect_object (dialog, "saved", G_CALLBACK (template_saved_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "failed", G_CALLBACK (csp_window_add_toast),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Ctrl+F searches the tab on show. */
static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CspWindow *self = CSP_WINDOW (widget);
  const char *tab = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (tab, "plans") == 0)
    csp_plans_page_focus_search (self->plans_page);
  else if (g_strcmp0 (tab, "meetings") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->meetings_page), "meetings.search", NULL);
  else
    csp_accounts_page_set_search_mode (self->accounts_page,
                                       !csp_accounts_page_get_search_mode (self->accounts_page));
}

/* A plan belongs to an account: on the Plans tab, the user says which. */
static void
plan_account_chosen_cb (gint64   account_id,
                        gpointer user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (user_data), "win.new-plan", "x", account_id);
}

/* Ctrl+N makes what the page on show lists: an account on the Accounts
 * tab, a meeting on the Meetings tab, the account page and a meeting's
 * page, an action on a plan's page, and a plan on the Plans tab (for
 * the account it shows, else for the one the user picks). */
static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CspWindow *self = CSP_WINDOW (widget);
  GtkWidget *shown = adw_leaflet_get_visible_child (self->leaflet);
  const char *tab = adw_view_stack_get_visible_child_name (self->view_stack);
  g_autoptr(GError) error = NULL;
  gint64 account_id = 0;

  if (shown == GTK_WIDGET (self->plan_page))
    gtk_widget_activate_action (shown, "plan.add-action", NULL);
  else if (shown == GTK_WIDGET (self->account_page))
    gtk_widget_activate_action (widget, "win.new-meeting", "x",
                                csp_account_page_get_account_id (self->account_page));
  else if (shown == GTK_WIDGET (self->meeting_page))
    {
      CspMeeting *meeting = csp_meeting_page_get_meeting (self->meeting_page);

      gtk_widget_activate_action (widget, "win.new-meeting", "x",
                                  meeting ? csp_meeting_get_account_id (meeting) : 0);
    }
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "views") != 0 ||
           g_strcmp0 (tab, "accounts") == 0)
    gtk_widget_activate_action (widget, "win.new-account", NULL);
  else if (g_strcmp0 (tab, "meetings") == 0)
    gtk_widget_activate_action (widget, "win.new-meeting", "x",
                                csp_meetings_page_get_account_id (self->meetings_page));
  else if ((account_id = csp_plans_page_get_account_id (self->plans_page)) != 0)
    gtk_widget_activate_action (widget, "win.new-plan", "x", account_id);
  else if (!csp_account_chooser_present (widget, self->store, _("New Plan for Which Account?"),
                                         plan_account_chosen_cb, self, &error))
    csp_window_add_toast (self, error->message);
}

/* Internal API */

void
_csp_window_class_init_pages (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, show_views);
  gtk_widget_class_bind_template_callback (widget_class, open_account_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_child_cb);
  gtk_widget_class_bind_template_callback (widget_class, plan_back_cb);
  gtk_widget_class_bind_template_callback (widget_class, plan_deleted_cb);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.show-account-plans", "x",
                                   show_account_rows_action);
  gtk_widget_class_install_action (widget_class, "win.show-account-meetings", "x",
                                   show_account_rows_action);
  gtk_widget_class_install_action (widget_class, "win.open-plan", "x", open_plan_action);
  gtk_widget_class_install_action (widget_class, "win.open-meeting", "x", open_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.new-account", NULL, new_account_action);
  gtk_widget_class_install_action (widget_class, "win.new-plan", "x", new_plan_action);
  gtk_widget_class_install_action (widget_class, "win.new-meeting", "x", new_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.save-plan-as-template", "x",
                                   save_plan_as_template_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
}
