/* csp-account-recoveries.c: the account page's "What Came Before Recoveries"
 *
 * Each time the account's health band rose to healthy from watch or at
 * risk (csp_store_list_recoveries), an expander row with the action
 * items done in the 60 days before: what worked, to do again when the
 * account slips. Read in a worker (a CspListLoader) each time the
 * account page reads its account.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-account-recoveries.h"
#include "csp-action-item.h"
#include "csp-enum-types.h"
#include "csp-format.h"
#include "csp-list-loader.h"
#include "csp-recovery.h"
#include "csp-store-recovery.h"

struct _CspAccountRecoveries
{
  AdwPreferencesGroup  parent_instance;

  CspListLoader       *loader;
  GtkListBox          *list;
};

G_DEFINE_FINAL_TYPE (CspAccountRecoveries, csp_account_recoveries, ADW_TYPE_PREFERENCES_GROUP)

/* Auxiliary methods */

static GtkWidget *
action_row (CspActionItem *action)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *done_on = csp_format_date (csp_action_item_get_completed_on (action));
  g_autofree char *title = g_markup_escape_text (csp_action_item_get_title (action), -1);
  /* Translators: %s is the date an action item was marked done */
  g_autofree char *subtitle = g_strdup_printf (_("Done %s"), done_on);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static GtkWidget *
recovery_row (gpointer item,
              gpointer user_data)
{
  CspRecovery *recovery = item;
  GListModel *actions = csp_recovery_get_actions (recovery);
  guint n = g_list_model_get_n_items (actions);
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *on = csp_format_date (csp_recovery_get_recovered_on (recovery));
  g_autofree char *before = csp_format_date (csp_recovery_get_previous_on (recovery));
  const char *band = csp_enum_to_label (CSP_TYPE_HEALTH_BAND, csp_recovery_get_from_band (recovery));
  /* Translators: %s is the date of the health snapshot that was healthy again */
  g_autofree char *title = g_strdup_printf (_("Healthy again on %s"), on);
  g_autofree char *subtitle = NULL;

  if (n == 0)
    /* Translators: a health band (“Watch” or “At risk”), then the date
     * of that snapshot */
    subtitle = g_strdup_printf (_("%s on %s; no action items done in the 60 days before"),
                                band, before);
  else
    /* Translators: a health band (“Watch” or “At risk”), the date of that
     * snapshot, then how many action items were done in the 60 days before */
    subtitle = g_strdup_printf (ngettext ("%s on %s; %u action item done in the 60 days before",
                                          "%s on %s; %u action items done in the 60 days before",
                                          n),
                                band, before, n);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_widget_set_sensitive (row, n > 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CspActionItem) action = g_list_model_get_item (actions, i);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), action_row (action));
    }
  return row;
}

/* Overrides */

static void
csp_account_recoveries_dispose (GObject *object)
{
  CspAccountRecoveries *self = CSP_ACCOUNT_RECOVERIES (object);

  if (self->loader != NULL)
    csp_list_loader_cancel (self->loader);
  g_clear_object (&self->loader);

  G_OBJECT_CLASS (csp_account_recoveries_parent_class)->dispose (object);
}

static void
csp_account_recoveries_class_init (CspAccountRecoveriesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = csp_account_recoveries_dispose;
}

static void
csp_account_recoveries_init (CspAccountRecoveries *self)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *placeholder =
    gtk_label_new (_("No recoveries yet: the health of this account has not risen to healthy "
                     "from watch or at risk."));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("What Came Before Recoveries"));
  adw_preferences_group_set_description (
    ADW_PREFERENCES_GROUP (self),
    _("Each time the health band rose to healthy, the action items done in the 60 days before"));

  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);

  self->list = GTK_LIST_BOX (list);
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_placeholder (self->list, placeholder);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What came before recoveries"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), list);

  self->loader = csp_list_loader_new (CSP_TYPE_RECOVERY);
  gtk_list_box_bind_model (self->list, csp_list_loader_get_model (self->loader),
                           recovery_row, NULL, NULL);
}

/* Public API */

/* Reads the recoveries of the account @account_id in @store again. */
void
csp_account_recoveries_load (CspAccountRecoveries *self,
                             CspStore             *store,
                             gint64                account_id)
{
  g_return_if_fail (CSP_IS_ACCOUNT_RECOVERIES (self));

  if (account_id == 0)
    store = NULL;
  csp_list_loader_load (self->loader, store, csp_store_query_recoveries,
                        g_memdup2 (&account_id, sizeof account_id), g_free);
}

gboolean
csp_account_recoveries_get_loading (CspAccountRecoveries *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_RECOVERIES (self), FALSE);

  return csp_list_loader_get_loading (self->loader);
}

/* The recoveries shown (CspRecovery). */
GListModel *
csp_account_recoveries_get_model (CspAccountRecoveries *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_RECOVERIES (self), NULL);

  return csp_list_loader_get_model (self->loader);
}
