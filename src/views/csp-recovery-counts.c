/* csp-recovery-counts.c: the Plans page's "Actions Before Recoveries"
 *
 * Across the portfolio, the action items done in the 60 days before an
 * account's health rose to healthy from watch or at risk, counted by
 * title (csp_recovery_count_tally), the most frequent first: what a lead
 * would have the team do when an account slips. Read in a worker.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-list-loader.h"
#include "csp-recovery-count.h"
#include "csp-recovery-counts.h"
#include "csp-recovery.h"
#include "csp-store-recovery.h"

struct _CspRecoveryCounts
{
  AdwBin               parent_instance;

  CspListLoader       *loader;
  GListModel          *counts;  /* CspRecoveryCount, once read */

  GtkStack            *stack;
  AdwPreferencesGroup *group;
  GtkListBox          *list;
};

G_DEFINE_FINAL_TYPE (CspRecoveryCounts, csp_recovery_counts, ADW_TYPE_BIN)

/* Auxiliary methods */

static GtkWidget *
count_row (gpointer item,
           gpointer user_data)
{
  CspRecoveryCount *count = item;
  guint n = csp_recovery_count_get_n_recoveries (count);
  guint n_accounts = csp_recovery_count_get_n_accounts (count);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *title = g_markup_escape_text (csp_recovery_count_get_title (count), -1);
  g_autofree char *number = g_strdup_printf ("%u", n);
  g_autofree char *subtitle = NULL;
  g_autofree char *tooltip = NULL;

  subtitle = g_strdup_printf (ngettext ("At %u account", "At %u accounts", n_accounts), n_accounts);
  tooltip = g_strdup_printf (ngettext ("Done before %u recovery", "Done before %u recoveries", n), n);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_label_set_text (GTK_LABEL (label), number);
  gtk_widget_set_tooltip_text (label, tooltip);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "title-4");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static void
show_counts (CspRecoveryCounts *self)
{
  GListModel *recoveries = csp_list_loader_get_model (self->loader);
  guint n = g_list_model_get_n_items (recoveries);
  g_autofree char *description = NULL;

  g_clear_object (&self->counts);
  self->counts = csp_recovery_count_tally (recoveries);
  description = g_strdup_printf (
    ngettext ("Action items done in the 60 days before %u recovery, when an account's health "
              "rose to healthy from watch or at risk; the most frequent first",
              "Action items done in the 60 days before %u recoveries, when an account's health "
              "rose to healthy from watch or at risk; the most frequent first", n), n);
  adw_preferences_group_set_description (self->group, description);
  gtk_list_box_bind_model (self->list, self->counts, count_row, NULL, NULL);
  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (self->counts) > 0 ? "list" : "empty");
}

/* Callbacks */

static void
loading_cb (CspRecoveryCounts *self)
{
  if (!csp_list_loader_get_loading (self->loader))
    show_counts (self);
}

static void
failed_cb (CspRecoveryCounts *self,
           const GError      *error)
{
  g_autofree char *description = g_markup_escape_text (error->message, -1);
  AdwStatusPage *page = ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->stack, "error"));

  adw_status_page_set_description (page, description);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/* Overrides */

static void
csp_recovery_counts_dispose (GObject *object)
{
  CspRecoveryCounts *self = CSP_RECOVERY_COUNTS (object);

  if (self->loader != NULL)
    csp_list_loader_cancel (self->loader);
  g_clear_object (&self->loader);
  g_clear_object (&self->counts);

  G_OBJECT_CLASS (csp_recovery_counts_parent_class)->dispose (object);
}

static void
csp_recovery_counts_class_init (CspRecoveryCountsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = csp_recovery_counts_dispose;
}

static GtkWidget *
status_page (const char *icon,
             const char *title,
             const char *description)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), icon);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  return page;
}

static GtkWidget *
make_list (CspRecoveryCounts *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();

  self->group = ADW_PREFERENCES_GROUP (group);
  self->list = GTK_LIST_BOX (list);
  adw_preferences_group_set_title (self->group, _("Actions Before Recoveries"));
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Actions before recoveries"), -1);
  adw_preferences_group_add (self->group, list);
  gtk_widget_set_margin_top (clamp, 12);
  gtk_widget_set_margin_bottom (clamp, 24);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), group);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  return scrolled;
}

static void
csp_recovery_counts_init (CspRecoveryCounts *self)
{
  GtkWidget *spinner = gtk_spinner_new ();

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_stack_add_named (self->stack, spinner, "loading");
  gtk_stack_add_named (self->stack, status_page (
    "emblem-ok-symbolic", _("No Recoveries Yet"),
    _("When an account's health rises to healthy from watch or at risk, the action items done "
      "in the 60 days before are counted here, across accounts")), "empty");
  gtk_stack_add_named (self->stack, status_page (
    "dialog-error-symbolic", _("Could Not Read the Recoveries"), NULL), "error");
  gtk_stack_add_named (self->stack, make_list (self), "list");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));

  self->loader = csp_list_loader_new (CSP_TYPE_RECOVERY);
  g_signal_connect_object (self->loader, "notify::loading", G_CALLBACK (loading_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->loader, "failed", G_CALLBACK (failed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* Public API */

/* Reads the recoveries of every account in @store again. */
void
csp_recovery_counts_load (CspRecoveryCounts *self,
                          CspStore          *store)
{
  gint64 all = 0;

  g_return_if_fail (CSP_IS_RECOVERY_COUNTS (self));

  if (g_list_model_get_n_items (csp_list_loader_get_model (self->loader)) == 0)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  csp_list_loader_load (self->loader, store, csp_store_query_recoveries,
                        g_memdup2 (&all, sizeof all), g_free);
}

gboolean
csp_recovery_counts_get_loading (CspRecoveryCounts *self)
{
  g_return_val_if_fail (CSP_IS_RECOVERY_COUNTS (self), FALSE);

  return csp_list_loader_get_loading (self->loader);
}

/* The counts shown (CspRecoveryCount), most frequent first; NULL
 * before the first read. */
GListModel *
csp_recovery_counts_get_counts (CspRecoveryCounts *self)
{
  g_return_val_if_fail (CSP_IS_RECOVERY_COUNTS (self), NULL);

  return self->counts;
}
