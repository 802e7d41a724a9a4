/* csp-accounts-page-columns.c: the accounts table's columns and sort
 *
 * The cells of each column (set up and bound from the page's template),
 * the sorter of each column, and the sort the settings keep: restored
 * when the page is made, saved when a column header is clicked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "csp-accounts-page-private.h"
#include "csp-format.h"
#include "csp-sparkline.h"

static const char * const band_classes[] = { "healthy", "watch", "at-risk" };

/* Auxiliary methods */

static CspAccount *
item_account (GtkListItem *item)
{
  return csp_account_summary_get_account (gtk_list_item_get_item (item));
}

static int
compare_stage (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  CspLifecycleStage sa = csp_account_get_lifecycle_stage (
    csp_account_summary_get_account ((gpointer) a));
  CspLifecycleStage sb = csp_account_get_lifecycle_stage (
    csp_account_summary_get_account ((gpointer) b));

  return (sa > sb) - (sa < sb);
}

static int
compare_segment (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  CspSegment sa = csp_account_get_segment (csp_account_summary_get_account ((gpointer) a));
  CspSegment sb = csp_account_get_segment (csp_account_summary_get_account ((gpointer) b));

  return (sa > sb) - (sa < sb);
}

static const CspAccountFacts *
facts_of (gconstpointer item)
{
  return csp_account_summary_get_facts ((gpointer) item);
}

/* By currency, then amount: amounts in different currencies are not
 * comparable. */
static int
compare_arr (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  CspAccount *aa = csp_account_summary_get_account ((gpointer) a);
  CspAccount *ab = csp_account_summary_get_account ((gpointer) b);
  int by_currency = g_strcmp0 (csp_account_get_currency (aa), csp_account_get_currency (ab));
  gint64 va = csp_account_get_arr_minor (aa);
  gint64 vb = csp_account_get_arr_minor (ab);

  return by_currency != 0 ? by_currency : (va > vb) - (va < vb);
}

/* Soonest first; accounts without a renewal date last. */
static int
compare_renewal (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  int da = facts_of (a)->renewal_days;
  int db = facts_of (b)->renewal_days;

  return (da > db) - (da < db);
}

/* By overdue actions, then open ones. */
static int
compare_actions (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const CspAccountFacts *fa = facts_of (a);
  const CspAccountFacts *fb = facts_of (b);

  if (fa->n_overdue_actions != fb->n_overdue_actions)
    return fa->n_overdue_actions > fb->n_overdue_actions ? 1 : -1;
  return (fa->n_open_actions > fb->n_open_actions) - (fa->n_open_actions < fb->n_open_actions);
}

/* Soonest first; accounts with no meeting planned last. */
static int
compare_meeting (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const char *ma = facts_of (a)->next_meeting;
  const char *mb = facts_of (b)->next_meeting;

  if (*ma == '\0' || *mb == '\0')
    return (*ma == '\0') - (*mb == '\0');
  return strcmp (ma, mb);
}

/* GTK 4.8 cannot say which column sorts the table (that came in 4.10),
 * so each column's sorter starts with a probe: a sorter that finds
 * every pair equal, so the column's own sorter (and its sort keys)
 * decides, except while the page asks the table's sorter to compare
 * two stand-ins: then the first probe consulted (the primary column's,
 * as a column view sorter compares by its primary column first) notes
 * its column and says "smaller", which the table's sorter turns into
 * "larger" when that column sorts descending. The UI is one thread
 * and a probe runs start to end inside one call, so a static will do. */
static struct
{
  gboolean             active;
  GtkColumnViewColumn *primary;
} probe;

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      column)
{
  if (!probe.active)
    return GTK_ORDERING_EQUAL;
  if (probe.primary == NULL)
    probe.primary = column;
  return GTK_ORDERING_SMALLER;
}

static void
set_column_sorter (GtkColumnViewColumn *column,
                   GtkSorter           *sorter)
{
  GtkMultiSorter *probed = gtk_multi_sorter_new ();

  gtk_multi_sorter_append (probed, GTK_SORTER (gtk_custom_sorter_new (probe_compare,
                                                                      column, NULL)));
  gtk_multi_sorter_append (probed, sorter);
  csp_list_page_set_column_sorter (column, GTK_SORTER (probed));
}

static void
set_custom_sorter (GtkColumnViewColumn *column,
                   GCompareDataFunc     compare)
{
  set_column_sorter (column, GTK_SORTER (gtk_custom_sorter_new (compare, NULL, NULL)));
}

/* Names and CSMs compare by the collation keys the rows made when
 * they were read: a string sorter would make twenty thousand of them
 * on the first click, in one go. */
static int
compare_name (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return strcmp (csp_account_summary_get_name_sort_key ((gpointer) a),
                 csp_account_summary_get_name_sort_key ((gpointer) b));
}

static int
compare_csm (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  return strcmp (csp_account_summary_get_csm_sort_key ((gpointer) a),
                 csp_account_summary_get_csm_sort_key ((gpointer) b));
}

/* The columns by the names the settings keep. */
static GtkColumnViewColumn **
named_column (CspAccountsPage *self,
              const char      *name)
{
  static const char * const names[] = { "name", "segment", "stage", "csm", "health",
                                        "arr", "renewal", "actions", "meeting" };
  GtkColumnViewColumn **columns[] = { &self->name_column, &self->segment_column,
                                      &self->stage_column, &self->csm_column,
                                      &self->health_column, &self->arr_column,
                                      &self->renewal_column, &self->actions_column,
                                      &self->meeting_column };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (names[i], name) == 0)
      return columns[i];
  return NULL;
}

static const char *
column_name (CspAccountsPage     *self,
             GtkColumnViewColumn *column)
{
  static const char * const names[] = { "name", "segment", "stage", "csm", "health",
                                        "arr", "renewal", "actions", "meeting" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (*named_column (self, names[i]) == column)
      return names[i];
  return NULL;
}

/* The sort the settings keep; name, ascending, when they name no column. */
static void
restore_sort (CspAccountsPage *self)
{
  GtkColumnView *view = gtk_column_view_column_get_column_view (self->name_column);
  g_autofree char *name = self->settings
    ? g_settings_get_string (self->settings, "accounts-sort-column") : NULL;
  GtkColumnViewColumn **column = named_column (self, name);
  gboolean descending = self->settings != NULL &&
                        g_settings_get_boolean (self->settings, "accounts-sort-descending");

  gtk_column_view_sort_by_column (view, column ? *column : self->name_column,
                                  column && descending ? GTK_SORT_DESCENDING
                                                       : GTK_SORT_ASCENDING);
}

/* Sorted as the settings say (by name at first) until a column header
 * is clicked. */
/* Callbacks */

/* A click on a column header: the settings keep the new sort. */
static void
sort_changed_cb (CspAccountsPage *self,
                 GtkSorterChange  change,
                 GtkSorter       *sorter)
{
  GtkOrdering order;
  const char *name;

  probe.active = TRUE;
  probe.primary = NULL;
  /* Two distinct stand-ins: only the probes look at them. */
  order = gtk_sorter_compare (sorter, self, self->sorter);
  probe.active = FALSE;
  name = probe.primary ? column_name (self, probe.primary) : NULL;
  if (name == NULL || order == GTK_ORDERING_EQUAL || self->settings == NULL)
    return;
  g_settings_set_string (self->settings, "accounts-sort-column", name);
  g_settings_set_boolean (self->settings, "accounts-sort-descending",
                          order == GTK_ORDERING_LARGER);
}

static void
bind_name_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CspAccountsPage          *self)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      csp_account_get_name (item_account (item)));
}

static void
bind_segment_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CspAccountsPage          *self)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      csp_enum_to_label (CSP_TYPE_SEGMENT,
                                         csp_account_get_segment (item_account (item))));
}

static void
bind_stage_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CspAccountsPage          *self)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      csp_enum_to_label (CSP_TYPE_LIFECYCLE_STAGE,
                                         csp_account_get_lifecycle_stage (item_account (item))));
}

static void
bind_csm_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CspAccountsPage          *self)
{
  const char *csm = csp_account_get_csm (item_account (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), csm ? csm : "");
}

/* The score in a badge coloured by its band, and the band in words, so
 * the colour is never the only cue. */
static void
setup_health_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CspAccountsPage          *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *badge = gtk_label_new (NULL);
  GtkWidget *band = gtk_label_new (NULL);

  gtk_label_set_width_chars (GTK_LABEL (badge), 3);
  GtkWidget *sparkline = csp_sparkline_new ();
  GtkWidget *change = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (band), 0);
  gtk_label_set_width_chars (GTK_LABEL (band), 7);
  gtk_label_set_width_chars (GTK_LABEL (change), 3);
  gtk_label_set_xalign (GTK_LABEL (change), 1);
  gtk_widget_add_css_class (change, "numeric");
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), band);
  gtk_box_append (GTK_BOX (box), sparkline);
  gtk_box_append (GTK_BOX (box), change);
  gtk_list_item_set_child (item, box);
}

static void
bind_health_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CspAccountsPage          *self)
{
  CspAccountSummary *summary = gtk_list_item_get_item (item);
  GtkWidget *badge = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *band = gtk_widget_get_next_sibling (badge);
  GtkWidget *sparkline = gtk_widget_get_next_sibling (band);
  GtkWidget *change = gtk_widget_get_next_sibling (sparkline);
  const CspAccountFacts *facts = csp_account_summary_get_facts (summary);
  g_autofree char *change_text = facts->has_change ? csp_format_change (facts->health_change)
                                                   : g_strdup ("");
  int score = csp_account_summary_get_health_score (summary);
  CspHealthBand health_band = csp_account_summary_get_health_band (summary);
  g_autofree char *text = NULL;

  csp_sparkline_set_values (CSP_SPARKLINE (sparkline), facts->sparkline, facts->n_sparkline);
  gtk_label_set_text (GTK_LABEL (change), change_text);
  /* Setting a tooltip asks the display where the pointer is, a round
   * trip per row bound: only when the row differs from the last one. */
  if (gtk_widget_get_has_tooltip (change) != facts->has_change)
    gtk_widget_set_tooltip_text (change, facts->has_change ? _("Change over 30 days") : NULL);
  gtk_widget_set_visible (badge, score != CSP_UNSET);
  if (score == CSP_UNSET)
    {
      /* Translators: shown for an account that has no health score yet */
      gtk_label_set_text (GTK_LABEL (band), _("No score"));
      gtk_widget_add_css_class (band, "dim-label");
      return;
    }

  text = g_strdup_printf ("%d", score);
  gtk_label_set_text (GTK_LABEL (badge), text);
  gtk_widget_set_css_classes (badge, (const char *[]) { "health-badge",
                                                        band_classes[health_band], NULL });
  gtk_label_set_text (GTK_LABEL (band), csp_enum_to_label (CSP_TYPE_HEALTH_BAND, health_band));
  gtk_widget_remove_css_class (band, "dim-label");
}

static void
bind_arr_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CspAccountsPage          *self)
{
  CspAccount *account = item_account (item);
  g_autofree char *text = csp_format_money (csp_account_get_arr_minor (account),
                                            csp_account_get_currency (account));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
setup_renewal_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  CspAccountsPage          *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *date = gtk_label_new (NULL);
  GtkWidget *countdown = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (date), 0);
  gtk_box_append (GTK_BOX (box), date);
  gtk_box_append (GTK_BOX (box), countdown);
  gtk_list_item_set_child (item, box);
}

/* How far the renewal is; a passed one is overdue. */
static char *
renewal_countdown (int days)
{
  if (days < 0)
    /* Translators: a renewal date that has passed, in the accounts table */
    return g_strdup (C_("renewal", "overdue"));
  if (days == 0)
    return g_strdup (_("today"));
  /* Translators: a renewal countdown */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d day", "in %d days", days), days);
}

static void
bind_renewal_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CspAccountsPage          *self)
{
  const CspAccountFacts *facts = facts_of (gtk_list_item_get_item (item));
  GtkWidget *date = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *countdown = gtk_widget_get_next_sibling (date);
  g_autofree char *date_text = csp_format_date (csp_account_get_renewal_on (item_account (item)));
  g_autofree char *countdown_text = NULL;
  int days = facts->renewal_days;

  if (days != G_MAXINT)
    countdown_text = renewal_countdown (days);
  gtk_label_set_text (GTK_LABEL (date), date_text);
  gtk_label_set_text (GTK_LABEL (countdown), countdown_text ? countdown_text : "");
  gtk_widget_set_css_classes (countdown, days < 0 ? (const char *[]) { "overdue", NULL }
                                        : days <= 90 ? (const char *[]) { "renewal-soon", NULL }
                                        : (const char *[]) { "dim-label", NULL });
}

static void
bind_actions_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CspAccountsPage          *self)
{
  const CspAccountFacts *facts = facts_of (gtk_list_item_get_item (item));
  GtkWidget *label = gtk_list_item_get_child (item);
  /* Translators: open and overdue action items of an account, "5 / 2" */
  g_autofree char *text = g_strdup_printf (_("%u / %u"), facts->n_open_actions,
                                           facts->n_overdue_actions);

  gtk_label_set_text (GTK_LABEL (label), text);
  if (facts->n_overdue_actions > 0)
    gtk_widget_add_css_class (label, "overdue");
  else
    gtk_widget_remove_css_class (label, "overdue");
}

static void
bind_meeting_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CspAccountsPage          *self)
{
  const CspAccountFacts *facts = facts_of (gtk_list_item_get_item (item));
  g_autofree char *text = csp_format_local_date (facts->next_meeting);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

/* Internal API */

void
_csp_accounts_page_setup_sorters (CspAccountsPage *self)
{
  GtkExpression *score =
    gtk_property_expression_new (CSP_TYPE_ACCOUNT_SUMMARY, NULL, "health-score");

  set_custom_sorter (self->name_column, compare_name);
  set_custom_sorter (self->csm_column, compare_csm);
  set_custom_sorter (self->stage_column, compare_stage);
  set_custom_sorter (self->segment_column, compare_segment);
  set_column_sorter (self->health_column, GTK_SORTER (gtk_numeric_sorter_new (score)));
  set_custom_sorter (self->arr_column, compare_arr);
  set_custom_sorter (self->renewal_column, compare_renewal);
  set_custom_sorter (self->actions_column, compare_actions);
  set_custom_sorter (self->meeting_column, compare_meeting);
  restore_sort (self);
  self->sorter = g_object_ref (gtk_column_view_get_sorter (
    gtk_column_view_column_get_column_view (self->name_column)));
  self->sort_changed_id = g_signal_connect_swapped (self->sorter, "changed",
                                                    G_CALLBACK (sort_changed_cb), self);
}


void
_csp_accounts_page_bind_column_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, bind_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_segment_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_stage_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_csm_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_health_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_health_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_arr_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_renewal_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_renewal_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_actions_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_meeting_cb);
}
