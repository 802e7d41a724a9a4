/* csp-account-page-manage.c: edit, archive and delete the account on show
 *
 * The account page's menu. Edit opens the account dialog on the account;
 * archiving writes the flag and offers Undo in a toast. Deleting takes a
 * bundle of the account and every row that goes with it first (see
 * csp-store-bundle.c), then deletes (the schema cascades) and returns to
 * the table; the toast's Undo puts the bundle back, ids and links as
 * they were, and shows the account again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-account-page-private.h"
#include "csp-store-records.h"

/* Auxiliary methods */

static AdwToast *
add_toast (CspAccountPage *self,
           const char     *text,
           gboolean        with_undo)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *markup = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (markup);

  if (with_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
    }
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_clear_object (&toast);

  return toast;
}

/* Tables elsewhere show the account's facts: they are out of date. */
static void
account_changed (CspAccountPage *self)
{
  g_signal_emit_by_name (self, "account-changed");
}

/* Callbacks */

static void
account_saved_cb (CspAccountPage *self,
                  CspAccount     *account)
{
  add_toast (self, _("Saved"), FALSE);
  account_changed (self);
  csp_account_page_reload (self);
}

static void
undo_archive_cb (AdwToast       *toast,
                 CspAccountPage *self)
{
  gboolean archived = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toast), "archived"));
  g_autoptr(GError) error = NULL;

  if (!csp_account_page_set_archived (self, !archived, &error))
    add_toast (self, error->message, FALSE);
}

static void
undo_delete_cb (CspAccountPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!csp_account_page_undo_delete_account (self, &error))
    add_toast (self, error->message, FALSE);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  csp_account_page_edit_account (CSP_ACCOUNT_PAGE (widget));
}

/* account.archive and account.unarchive: only the one that applies is
 * enabled (and shown in the menu). */
static void
archive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CspAccountPage *self = CSP_ACCOUNT_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!csp_account_page_set_archived (self, g_str_equal (action_name, "account.archive"), &error))
    add_toast (self, error->message, FALSE);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CspAccountPage *self = CSP_ACCOUNT_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!csp_account_page_delete_account (self, &error))
    add_toast (self, error->message, FALSE);
}

/* Internal API */

/* The title says when the account is archived, and the menu offers
 * the way back. */
void
_csp_account_page_show_archived (CspAccountPage *self,
                                 CspAccount     *account)
{
  gboolean archived = csp_account_get_archived (account);
  const char *csm = csp_account_get_csm (account);
  g_autofree char *subtitle = NULL;

  if (archived && csm != NULL && *csm != '\0')
    /* Translators: subtitle of an archived account's page; %s is its CSM */
    subtitle = g_strdup_printf (_("Archived · %s"), csm);
  else if (archived)
    subtitle = g_strdup (_("Archived"));
  adw_window_title_set_subtitle (self->window_title, subtitle ? subtitle : csm);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "account.archive", !archived);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "account.unarchive", archived);
}

void
_csp_account_page_install_manage_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "account.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "account.archive", NULL, archive_action);
  gtk_widget_class_install_action (widget_class, "account.unarchive", NULL, archive_action);
  gtk_widget_class_install_action (widget_class, "account.delete", NULL, delete_action);
}

/* Public API */

/* Opens the account dialog on the account on show; NULL before the
 * account was read. Saving there reloads the page. */
CspNewAccountDialog *
csp_account_page_edit_account (CspAccountPage *self)
{
  CspAccount *account;
  CspNewAccountDialog *dialog;
  GtkRoot *root;

  g_return_val_if_fail (CSP_IS_ACCOUNT_PAGE (self), NULL);

  if (self->store == NULL || !(account = csp_account_page_get_account (self)))
    return NULL;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = csp_new_account_dialog_new_for_account (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                   self->store, account);
  g_signal_connect_object (dialog, "account-saved", G_CALLBACK (account_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* Archives the account on show (or takes it out of the archive),
 * offering to undo that in a toast. */
gboolean
csp_account_page_set_archived (CspAccountPage  *self,
                               gboolean         archived,
                               GError         **error)
{
  g_autoptr(CspAccount) account = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  g_return_val_if_fail (CSP_IS_ACCOUNT_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  if (!(account = csp_store_get_account (self->store, self->account_id, error)))
    return FALSE;
  if (csp_account_get_archived (account) == !!archived)
    return TRUE;

  csp_account_set_archived (account, archived);
  if (!csp_store_update_account (self->store, account, error))
    return FALSE;

  message = archived
    /* Translators: %s is the name of an account */
    ? g_strdup_printf (_("Archived “%s”"), csp_account_get_name (account))
    /* Translators: %s is the name of an account */
    : g_strdup_printf (_("Unarchived “%s”"), csp_account_get_name (account));
  if ((toast = add_toast (self, message, TRUE)) != NULL)
    {
      g_object_set_data (G_OBJECT (toast), "archived", GINT_TO_POINTER (!!archived));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_archive_cb), self, 0);
    }
  account_changed (self);
  csp_account_page_reload (self);
  return TRUE;
}

/* Deletes the account on show with everything that belongs to it,
 * keeping a copy for undo, and goes back to the table. */
gboolean
csp_account_page_delete_account (CspAccountPage  *self,
                                 GError         **error)
{
  g_autoptr(CspAccountBundle) bundle = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  g_return_val_if_fail (CSP_IS_ACCOUNT_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  if (!(bundle = csp_store_take_account_bundle (self->store, self->account_id, error)) ||
      !csp_store_delete_account (self->store, self->account_id, error))
    return FALSE;

  /* Translators: %s is the name of an account */
  message = g_strdup_printf (_("Deleted “%s”"),
                             csp_account_get_name (csp_account_bundle_get_account (bundle)));
  g_clear_pointer (&self->deleted_account, csp_account_bundle_free);
  self->deleted_account = g_steal_pointer (&bundle);

  /* Only the account deleted last can come back: an older toast's Undo
   * would restore this one instead, so it goes. */
  if (self->delete_toast != NULL)
    adw_toast_dismiss (self->delete_toast);
  if ((toast = add_toast (self, message, TRUE)) != NULL)
    g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self,
                             G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->delete_toast, toast);
  account_changed (self);
  g_signal_emit_by_name (self, "back-requested");
  return TRUE;
}

/* Puts the account deleted last back with everything that went with
 * it, and shows it. */
gboolean
csp_account_page_undo_delete_account (CspAccountPage  *self,
                                      GError         **error)
{
  g_autoptr(CspAccountBundle) bundle = NULL;
  GtkWidget *leaflet;
  gint64 account_id;

  g_return_val_if_fail (CSP_IS_ACCOUNT_PAGE (self), FALSE);

  if (self->deleted_account == NULL || self->store == NULL)
    return TRUE;

  bundle = g_steal_pointer (&self->deleted_account);
  if (!csp_store_restore_account_bundle (self->store, bundle, error))
    return FALSE;

  account_id = csp_record_get_id (CSP_RECORD (csp_account_bundle_get_account (bundle)));
  account_changed (self);
  csp_account_page_show_account (self, account_id);
  /* Back to the account brought back; returning to the table then
   * reads it again, with the account in it. */
  leaflet = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_LEAFLET);
  if (leaflet != NULL)
    adw_leaflet_set_visible_child (ADW_LEAFLET (leaflet), GTK_WIDGET (self));
  return TRUE;
}
