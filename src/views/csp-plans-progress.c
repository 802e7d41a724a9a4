/* csp-plans-progress.c: progress per account above the Plans page's list
 *
 * For the action items the Plans page's filters let through, each
 * account with a bar of its done items among those not cancelled, in an
 * expander that keeps the list below in view: a short scrolled list
 * (a portfolio has thousands of accounts, so a list view). Activating an
 * account emits "account-activated", and the page then shows that
 * account's items only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-account-progress.h"
#include "csp-list-filler.h"
#include "csp-plans-progress.h"

/* Enough rows to read a handful of accounts without hiding the list. */
#define MAX_HEIGHT 168

struct _CspPlansProgress
{
  AdwBin              parent_instance;

  GtkExpander        *expander;
  GListStore         *accounts;   /* CspAccountProgress, as shown */
  CspListFiller      *filler;     /* of accounts */
  GtkNoSelection     *selection;
};

G_DEFINE_FINAL_TYPE (CspPlansProgress, csp_plans_progress, ADW_TYPE_BIN)

enum {
  ACCOUNT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Callbacks */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *bar = gtk_progress_bar_new ();
  GtkWidget *count = gtk_label_new (NULL);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_set_size_request (bar, 96, -1);
  gtk_widget_add_css_class (bar, "account-progress");
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (count), 1);
  gtk_label_set_width_chars (GTK_LABEL (count), 7);
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), count);
  gtk_list_item_set_child (item, box);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  CspAccountProgress *progress = gtk_list_item_get_item (item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *bar = gtk_widget_get_next_sibling (name);
  GtkWidget *count = gtk_widget_get_next_sibling (bar);
  g_autofree char *count_text = NULL;
  g_autofree char *tooltip = NULL;

  /* Translators: done action items of all not cancelled, e.g. “3 of 5” */
  count_text = g_strdup_printf (_("%u of %u"), csp_account_progress_get_n_done (progress),
                                csp_account_progress_get_n_counted (progress));
  tooltip = g_strdup_printf (_("Done among the action items shown that are not cancelled: %u of %u"),
                             csp_account_progress_get_n_done (progress),
                             csp_account_progress_get_n_counted (progress));
  gtk_label_set_text (GTK_LABEL (name), csp_account_progress_get_account_name (progress));
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), csp_account_progress_get_fraction (progress));
  gtk_label_set_text (GTK_LABEL (count), count_text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), tooltip);
}

static void
activate_cb (CspPlansProgress *self,
             guint             position)
{
  g_autoptr(CspAccountProgress) progress =
    g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (progress != NULL)
    g_signal_emit (self, signals[ACCOUNT_ACTIVATED], 0,
                   csp_account_progress_get_account_id (progress),
                   csp_account_progress_get_account_name (progress));
}

static void
csp_plans_progress_finalize (GObject *object)
{
  CspPlansProgress *self = CSP_PLANS_PROGRESS (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->filler);
  g_clear_object (&self->accounts);

  G_OBJECT_CLASS (csp_plans_progress_parent_class)->finalize (object);
}

static void
csp_plans_progress_class_init (CspPlansProgressClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = csp_plans_progress_finalize;

  /* The user chose an account: its id and name. */
  signals[ACCOUNT_ACTIVATED] =
    g_signal_new ("account-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);
}

static GtkWidget *
make_list (CspPlansProgress *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  self->accounts = g_list_store_new (CSP_TYPE_ACCOUNT_PROGRESS);
  self->filler = csp_list_filler_new (self->accounts);
  self->selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->accounts)));
  list = gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (list), TRUE);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Progress by account"), -1);
  g_signal_connect_object (list, "activate", G_CALLBACK (activate_cb), self, G_CONNECT_SWAPPED);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), MAX_HEIGHT);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  return scrolled;
}

static void
csp_plans_progress_init (CspPlansProgress *self)
{
  GtkWidget *expander = gtk_expander_new (NULL);

  self->expander = GTK_EXPANDER (expander);
  gtk_expander_set_expanded (self->expander, TRUE);
  gtk_widget_set_margin_start (expander, 12);
  gtk_widget_set_margin_end (expander, 12);
  gtk_widget_set_margin_bottom (expander, 6);
  gtk_widget_set_tooltip_text (
    expander, _("Progress is the share of done action items among those not cancelled"));
  gtk_expander_set_child (self->expander, make_list (self));
  adw_bin_set_child (ADW_BIN (self), expander);
}

/* Public API */

static gboolean
same_progress (CspAccountProgress *a,
               CspAccountProgress *b)
{
  return csp_account_progress_get_account_id (a) == csp_account_progress_get_account_id (b) &&
         csp_account_progress_get_n_done (a) == csp_account_progress_get_n_done (b) &&
         csp_account_progress_get_n_counted (a) == csp_account_progress_get_n_counted (b) &&
         g_strcmp0 (csp_account_progress_get_account_name (a),
                    csp_account_progress_get_account_name (b)) == 0;
}

static gboolean
same_at (GListModel *shown,
         guint       position,
         GPtrArray  *items,
         guint       index)
{
  g_autoptr(CspAccountProgress) old = g_list_model_get_item (shown, position);

  return same_progress (old, g_ptr_array_index (items, index));
}

/* Shows @accounts (CspAccountProgress), or nothing when NULL. Only the
 * run that changed is replaced (marking an item done changes one row),
 * a portfolio's thousands a few per frame. */
void
csp_plans_progress_set_accounts (CspPlansProgress *self,
                                 GListModel       *accounts)
{
  GListModel *shown = G_LIST_MODEL (self->accounts);
  guint n = accounts ? g_list_model_get_n_items (accounts) : 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);
  g_autofree char *label = NULL;
  guint n_old, head = 0, tail = 0;

  g_return_if_fail (CSP_IS_PLANS_PROGRESS (self));

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (accounts, i));
  csp_list_filler_cancel (self->filler);
  n_old = g_list_model_get_n_items (shown);
  while (head < n_old && head < n && same_at (shown, head, items, head))
    head++;
  while (tail < n_old - head && tail < n - head &&
         same_at (shown, n_old - 1 - tail, items, n - 1 - tail))
    tail++;
  if (head < n_old - tail || head < n - tail)
    csp_list_filler_splice (self->filler, head, n_old - head - tail, items, n - head - tail);

  label = g_strdup_printf (ngettext ("Progress of %u Account", "Progress of %u Accounts", n), n);
  gtk_expander_set_label (self->expander, label);
  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
}

/* The accounts shown, as far as they are put in. */
GListModel *
csp_plans_progress_get_accounts (CspPlansProgress *self)
{
  g_return_val_if_fail (CSP_IS_PLANS_PROGRESS (self), NULL);

  return G_LIST_MODEL (self->accounts);
}
