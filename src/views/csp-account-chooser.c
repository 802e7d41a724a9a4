/* csp-account-chooser.c: asks which account something is for
 *
 * A plan belongs to an account: Ctrl+N on the Plans tab, which shows
 * every account's actions, first asks which one, in a dialog with a
 * searchable list of the accounts not archived. "Choose" stays off
 * until one is picked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-account-chooser.h"
#include "csp-store-records.h"

typedef struct
{
  GtkDropDown      *accounts;
  CspAccountChosen  chosen;
  gpointer          user_data;
} Chooser;

static gboolean
is_active (gpointer item,
           gpointer user_data)
{
  return !csp_account_get_archived (CSP_ACCOUNT (item));
}

static void
selected_cb (Chooser          *chooser,
             GParamSpec       *pspec,
             GtkDropDown      *accounts)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (gtk_widget_get_root (GTK_WIDGET (accounts)));

  adw_message_dialog_set_response_enabled (dialog, "choose",
                                           gtk_drop_down_get_selected_item (accounts) != NULL);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Chooser          *chooser)
{
  CspRecord *account = gtk_drop_down_get_selected_item (chooser->accounts);

  if (g_str_equal (response, "choose") && account != NULL)
    chooser->chosen (csp_record_get_id (account), chooser->user_data);
}

/* The accounts of @store not archived, by name (the store's order). */
static GListModel *
active_accounts (CspStore  *store,
                 GError   **error)
{
  GListModel *all = csp_store_list_accounts (store, error);

  if (all == NULL)
    return NULL;
  return G_LIST_MODEL (gtk_filter_list_model_new (
    all, GTK_FILTER (gtk_custom_filter_new (is_active, NULL, NULL))));
}

/* Asks which account @heading is about; @chosen is called with it when
 * the user picks one. NULL, and @error set, when the accounts cannot be
 * read. */
AdwMessageDialog *
csp_account_chooser_present (GtkWidget         *parent,
                             CspStore          *store,
                             const char        *heading,
                             CspAccountChosen   chosen,
                             gpointer           user_data,
                             GError           **error)
{
  GListModel *accounts = active_accounts (store, error);
  GtkRoot *root = gtk_widget_get_root (parent);
  Chooser *chooser;
  AdwMessageDialog *dialog;

  if (accounts == NULL)
    return NULL;

  chooser = g_new0 (Chooser, 1);
  chooser->chosen = chosen;
  chooser->user_data = user_data;
  chooser->accounts = GTK_DROP_DOWN (gtk_drop_down_new (
    accounts, gtk_property_expression_new (CSP_TYPE_ACCOUNT, NULL, "name")));
  gtk_drop_down_set_enable_search (chooser->accounts, TRUE);
  gtk_drop_down_set_selected (chooser->accounts, GTK_INVALID_LIST_POSITION);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chooser->accounts),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Account"), -1);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                           : NULL,
                                                       heading, NULL));
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (chooser->accounts));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "choose", _("C_hoose"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "choose", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "choose", FALSE);
  adw_message_dialog_set_default_response (dialog, "choose");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_swapped (chooser->accounts, "notify::selected", G_CALLBACK (selected_cb),
                            chooser);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), chooser);
  g_object_set_data_full (G_OBJECT (dialog), "csp-chooser", chooser, g_free);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
