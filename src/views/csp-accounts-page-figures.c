/* csp-accounts-page-figures.c: the portfolio figures above the table
 *
 * The figures sum up the rows on show; they are computed once the
 * filter has looked at every row, never per slice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-accounts-page-private.h"
#include "csp-format.h"

/* A caption over a value: one of the portfolio figures. The value
 * wraps where the figures flow into lines; on one line, scrolled
 * sideways (a narrow window), it need not. */
static GtkWidget *
figure_new (const char *caption,
            const char *value,
            gboolean    wrap)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *caption_label = gtk_label_new (caption);
  GtkWidget *value_label = gtk_label_new (value);

  gtk_label_set_xalign (GTK_LABEL (caption_label), 0);
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_widget_add_css_class (caption_label, "caption");
  gtk_widget_add_css_class (caption_label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (value_label), wrap);
  gtk_widget_add_css_class (value_label, "figure-value");
  gtk_box_append (GTK_BOX (box), caption_label);
  gtk_box_append (GTK_BOX (box), value_label);
  gtk_widget_add_css_class (box, "portfolio-figure");
  return box;
}

static void
add_figure (CspAccountsPage *self,
            const char      *caption,
            char            *value)
{
  gboolean wrap = !csp_list_page_get_compact (CSP_LIST_PAGE (self));

  gtk_flow_box_insert (self->figures_box, figure_new (caption, value, wrap), -1);
  g_free (value);
}

static char *
format_arr_totals (const CspPortfolioFigures *figures)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < figures->arr_totals->len; i++)
    {
      const CspCurrencyTotal *total = &g_array_index (figures->arr_totals, CspCurrencyTotal, i);
      g_autofree char *money = csp_format_money (total->arr_minor, total->currency);

      g_string_append_printf (text, i > 0 ? " · %s" : "%s", money);
    }
  return g_strdup (text->len > 0 ? text->str : "—");
}

static char *
format_average_health (const CspPortfolioFigures *figures)
{
  g_autofree char *change = csp_format_change (figures->average_change);

  if (figures->average_health == CSP_UNSET)
    return g_strdup ("—");
  if (figures->n_with_change == 0)
    return g_strdup_printf ("%d", figures->average_health);
  /* Translators: an average health score and its change over 30 days, "72 (+3)" */
  return g_strdup_printf (_("%d (%s)"), figures->average_health, change);
}

static void
show_figures (CspAccountsPage           *self,
              const CspPortfolioFigures *figures)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures_box))) != NULL)
    gtk_flow_box_remove (self->figures_box, child);

  add_figure (self, _("Accounts"), g_strdup_printf ("%u", figures->n_accounts));
  /* Translators: annual recurring revenue */
  add_figure (self, _("Total ARR"), format_arr_totals (figures));
  add_figure (self, _("Average Health"), format_average_health (figures));
  add_figure (self, _("Healthy"), g_strdup_printf ("%u", figures->n_per_band[CSP_HEALTH_HEALTHY]));
  add_figure (self, _("Watch"), g_strdup_printf ("%u", figures->n_per_band[CSP_HEALTH_WATCH]));
  add_figure (self, _("At Risk"), g_strdup_printf ("%u", figures->n_per_band[CSP_HEALTH_AT_RISK]));
  add_figure (self, _("Renewals in 90 Days"), g_strdup_printf ("%u", figures->n_renewals_90));
  add_figure (self, _("Overdue Actions"), g_strdup_printf ("%u", figures->n_overdue_actions));
}

/* Once the filter has looked at every row: a search typed letter by
 * letter computes the figures once, when its rows are all known. */
void
_csp_accounts_page_update_figures (CspAccountsPage *self)
{
  if (gtk_filter_list_model_get_pending (self->filter_model) != 0)
    return;

  g_clear_pointer (&self->figures, csp_portfolio_figures_free);
  self->figures = csp_portfolio_figures_new (G_LIST_MODEL (self->filter_model));
  show_figures (self, self->figures);
}

/* The figures last computed, shown again (for a narrow or a wide
 * window). */
void
_csp_accounts_page_show_figures (CspAccountsPage *self)
{
  if (self->figures != NULL)
    show_figures (self, self->figures);
}
