/* csp-accounts-filters.c: the filters of the Accounts table
 *
 * A popover that narrows the table by segment, lifecycle stage, health
 * band, CSM and renewal within a number of days, and hides archived
 * accounts unless asked to show them. Each change is reported with how
 * it changes the rows shown ("changed" carries a GtkFilterChange), so
 * the table's filter looks again only at the rows it must.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-account.h"
#include "csp-accounts-filters.h"
#include "csp-enum-types.h"

/* A drop-down's first choice means "any"; the others are enum values
 * (or, for the CSM, the names) in order. */
#define ANY 0

struct _CspAccountsFilters
{
  GtkPopover       parent_instance;

  GtkDropDown     *segment_drop;
  GtkDropDown     *stage_drop;
  GtkDropDown     *band_drop;
  GtkDropDown     *csm_drop;
  GtkStringList   *csms;
  GtkCheckButton  *renewal_check;
  GtkSpinButton   *renewal_spin;
  GtkSwitch       *archived_switch;
  GtkWidget       *clear_button;

  guint            segment;
  guint            stage;
  guint            band;
  char            *csm;          /* NULL for any */
  int              renewal_days; /* -1 when off */
  gboolean         show_archived;
  gboolean         quiet;        /* changes made here, reported at once */
};

G_DEFINE_FINAL_TYPE (CspAccountsFilters, csp_accounts_filters, GTK_TYPE_POPOVER)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Auxiliary methods */

static void
report (CspAccountsFilters *self,
        GtkFilterChange     change)
{
  gtk_widget_set_sensitive (self->clear_button, csp_accounts_filters_get_n_active (self) > 0);
  if (!self->quiet)
    g_signal_emit (self, signals[CHANGED], 0, change);
}

/* From any to one is stricter, from one to any less strict. */
static GtkFilterChange
choice_change (guint old_choice,
               guint new_choice)
{
  if (old_choice == ANY)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (new_choice == ANY)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

static guint
selected_choice (GtkDropDown *drop)
{
  guint selected = gtk_drop_down_get_selected (drop);

  return selected == GTK_INVALID_LIST_POSITION ? ANY : selected;
}

static GtkStringList *
enum_choices (GType enum_type)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  GEnumClass *klass = g_type_class_ref (enum_type);

  /* Translators: the filter choice that lets every value through */
  gtk_string_list_append (list, _("Any"));
  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (list, csp_enum_to_label (enum_type, klass->values[i].value));
  g_type_class_unref (klass);
  return list;
}

static void
add_row (GtkGrid    *grid,
         int         row,
         const char *label_text,
         GtkWidget  *widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, widget, 1, row, 1, 1);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* Callbacks */

static void
drop_changed_cb (CspAccountsFilters *self,
                 GParamSpec         *pspec,
                 GtkDropDown        *drop)
{
  guint *choice = drop == self->segment_drop ? &self->segment
                  : drop == self->stage_drop ? &self->stage : &self->band;
  guint old_choice = *choice;

  *choice = selected_choice (drop);
  if (*choice != old_choice)
    report (self, choice_change (old_choice, *choice));
}

static void
csm_changed_cb (CspAccountsFilters *self)
{
  guint choice = selected_choice (self->csm_drop);
  const char *csm = choice == ANY ? NULL : gtk_string_list_get_string (self->csms, choice);
  g_autofree char *old_csm = NULL;

  if (g_strcmp0 (csm, self->csm) == 0)
    return;
  old_csm = g_steal_pointer (&self->csm);
  self->csm = g_strdup (csm);
  report (self, old_csm == NULL ? GTK_FILTER_CHANGE_MORE_STRICT
                : csm == NULL ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_DIFFERENT);
}

/* Fewer days are stricter. */
static void
renewal_changed_cb (CspAccountsFilters *self)
{
  int old_days = self->renewal_days;
  gboolean on = gtk_check_button_get_active (self->renewal_check);

  gtk_widget_set_sensitive (GTK_WIDGET (self->renewal_spin), on);
  self->renewal_days = on ? gtk_spin_button_get_value_as_int (self->renewal_spin) : -1;
  if (self->renewal_days == old_days)
    return;
  if (old_days == -1)
    report (self, GTK_FILTER_CHANGE_MORE_STRICT);
  else if (self->renewal_days == -1 || self->renewal_days > old_days)
    report (self, GTK_FILTER_CHANGE_LESS_STRICT);
  else
    report (self, GTK_FILTER_CHANGE_MORE_STRICT);
}

static void
archived_changed_cb (CspAccountsFilters *self)
{
  gboolean show = gtk_switch_get_active (self->archived_switch);

  if (show == self->show_archived)
    return;
  self->show_archived = show;
  report (self, show ? GTK_FILTER_CHANGE_LESS_STRICT : GTK_FILTER_CHANGE_MORE_STRICT);
}

/* Overrides */

static void
csp_accounts_filters_finalize (GObject *object)
{
  CspAccountsFilters *self = CSP_ACCOUNTS_FILTERS (object);

  g_free (self->csm);
  G_OBJECT_CLASS (csp_accounts_filters_parent_class)->finalize (object);
}

static void
csp_accounts_filters_class_init (CspAccountsFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = csp_accounts_filters_finalize;

  /* The filters changed; the argument is a GtkFilterChange. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static GtkDropDown *
drop_new (GtkStringList *choices)
{
  return GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (choices), NULL));
}

static void
build_rows (CspAccountsFilters *self,
            GtkGrid            *grid)
{
  GtkWidget *renewal_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->segment_drop = drop_new (enum_choices (CSP_TYPE_SEGMENT));
  self->stage_drop = drop_new (enum_choices (CSP_TYPE_LIFECYCLE_STAGE));
  self->band_drop = drop_new (enum_choices (CSP_TYPE_HEALTH_BAND));
  self->csms = gtk_string_list_new ((const char *[]) { _("Any"), NULL });
  self->csm_drop = drop_new (self->csms);
  self->renewal_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("_Renewal within")));
  self->renewal_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 3650, 1));
  gtk_spin_button_set_value (self->renewal_spin, 90);
  gtk_widget_set_sensitive (GTK_WIDGET (self->renewal_spin), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->renewal_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Days until renewal"), -1);
  gtk_box_append (GTK_BOX (renewal_box), GTK_WIDGET (self->renewal_spin));
  /* Translators: after "Renewal within" and a number */
  gtk_box_append (GTK_BOX (renewal_box), gtk_label_new (_("days")));
  self->archived_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_halign (GTK_WIDGET (self->archived_switch), GTK_ALIGN_END);

  add_row (grid, 0, _("_Segment"), GTK_WIDGET (self->segment_drop));
  add_row (grid, 1, _("S_tage"), GTK_WIDGET (self->stage_drop));
  add_row (grid, 2, _("_Health"), GTK_WIDGET (self->band_drop));
  add_row (grid, 3, _("_CSM"), GTK_WIDGET (self->csm_drop));
  gtk_grid_attach (grid, GTK_WIDGET (self->renewal_check), 0, 4, 1, 1);
  gtk_grid_attach (grid, renewal_box, 1, 4, 1, 1);
  add_row (grid, 5, _("Show _Archived"), GTK_WIDGET (self->archived_switch));
}

static void
csp_accounts_filters_init (CspAccountsFilters *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *grid = gtk_grid_new ();

  self->renewal_days = -1;
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  build_rows (self, GTK_GRID (grid));
  self->clear_button = gtk_button_new_with_mnemonic (_("C_lear Filters"));
  gtk_widget_set_sensitive (self->clear_button, FALSE);
  gtk_box_append (GTK_BOX (box), grid);
  gtk_box_append (GTK_BOX (box), self->clear_button);
  gtk_popover_set_child (GTK_POPOVER (self), box);

  g_signal_connect_object (self->segment_drop, "notify::selected",
                           G_CALLBACK (drop_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stage_drop, "notify::selected",
                           G_CALLBACK (drop_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->band_drop, "notify::selected",
                           G_CALLBACK (drop_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->csm_drop, "notify::selected",
                           G_CALLBACK (csm_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->renewal_check, "toggled",
                           G_CALLBACK (renewal_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->renewal_spin, "value-changed",
                           G_CALLBACK (renewal_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->archived_switch, "notify::active",
                           G_CALLBACK (archived_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->clear_button, "clicked",
                           G_CALLBACK (csp_accounts_filters_clear), self, G_CONNECT_SWAPPED);
}

/* Public API */

GtkWidget *
csp_accounts_filters_new (void)
{
  return g_object_new (CSP_TYPE_ACCOUNTS_FILTERS, NULL);
}

/* Whether the filters let @summary's account through. An account
 * without a score has no band; one without a renewal date (or a passed
 * one) does not renew within any number of days. */
gboolean
csp_accounts_filters_match (CspAccountsFilters *self,
                            CspAccountSummary  *summary)
{
  CspAccount *account = csp_account_summary_get_account (summary);
  int days = csp_account_summary_get_facts (summary)->renewal_days;

  if (csp_account_get_archived (account) && !self->show_archived)
    return FALSE;
  if (self->segment != ANY && (guint) csp_account_get_segment (account) != self->segment - 1)
    return FALSE;
  if (self->stage != ANY &&
      (guint) csp_account_get_lifecycle_stage (account) != self->stage - 1)
    return FALSE;
  if (self->band != ANY &&
      (csp_account_summary_get_health_score (summary) == CSP_UNSET ||
       (guint) csp_account_summary_get_health_band (summary) != self->band - 1))
    return FALSE;
  if (self->csm != NULL && g_strcmp0 (csp_account_get_csm (account), self->csm) != 0)
    return FALSE;
  return self->renewal_days == -1 || (days >= 0 && days <= self->renewal_days);
}

/* How many filters narrow the table; showing archived accounts counts
 * as one, since the table then differs from its plain state. */
guint
csp_accounts_filters_get_n_active (CspAccountsFilters *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNTS_FILTERS (self), 0);

  return (self->segment != ANY) + (self->stage != ANY) + (self->band != ANY) +
         (self->csm != NULL) + (self->renewal_days != -1) + self->show_archived;
}

/* Back to every account that is not archived, reported as one change. */
void
csp_accounts_filters_clear (CspAccountsFilters *self)
{
  gboolean showed_archived;
  guint n_active;

  g_return_if_fail (CSP_IS_ACCOUNTS_FILTERS (self));

  showed_archived = self->show_archived;
  n_active = csp_accounts_filters_get_n_active (self);

  self->quiet = TRUE;
  gtk_drop_down_set_selected (self->segment_drop, ANY);
  gtk_drop_down_set_selected (self->stage_drop, ANY);
  gtk_drop_down_set_selected (self->band_drop, ANY);
  gtk_drop_down_set_selected (self->csm_drop, ANY);
  gtk_check_button_set_active (self->renewal_check, FALSE);
  gtk_switch_set_active (self->archived_switch, FALSE);
  self->quiet = FALSE;
  if (n_active == 0)
    return;
  /* Hiding archived accounts again removes rows: not simply less strict. */
  report (self, showed_archived ? GTK_FILTER_CHANGE_DIFFERENT : GTK_FILTER_CHANGE_LESS_STRICT);
}

/* Offers the distinct CSMs of @summaries, sorted; a chosen CSM stays
 * chosen while an account has them, else the filter falls back to any. */
void
csp_accounts_filters_set_csms (CspAccountsFilters *self,
                               GListModel         *summaries)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (summaries);
  guint chosen = ANY;
  gboolean had_csm = self->csm != NULL;

  g_return_if_fail (CSP_IS_ACCOUNTS_FILTERS (self));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CspAccountSummary) summary = g_list_model_get_item (summaries, i);
      const char *csm;

      /* A sort model in the middle of a sort may not have every item yet. */
      if (summary == NULL)
        continue;
      csm = csp_account_get_csm (csp_account_summary_get_account (summary));

      /* The rows are kept by the model, so their strings live on here. */
      if (csm != NULL && *csm != '\0' && g_hash_table_add (seen, (gpointer) csm))
        g_ptr_array_add (names, (gpointer) csm);
    }
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    if (g_strcmp0 (names->pdata[i], self->csm) == 0)
      chosen = i + 1;
  g_ptr_array_add (names, NULL);

  self->quiet = TRUE;
  gtk_string_list_splice (self->csms, 1, g_list_model_get_n_items (G_LIST_MODEL (self->csms)) - 1,
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->csm_drop, chosen);
  self->quiet = FALSE;
  if (chosen == ANY && had_csm)
    report (self, GTK_FILTER_CHANGE_LESS_STRICT);
}
