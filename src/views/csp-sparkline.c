/* csp-sparkline.c: a score's recent course in a line the size of a word
 *
 * The scores (0–100, oldest first) drawn left to right. The vertical
 * range fits the values but spans at least MIN_SPAN points, so a week's
 * wobble of one point stays a flat line while a real fall shows. In the
 * text colour of the theme, so it follows dark mode and high contrast.
 * Screen readers hear the values.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "csp-account-summary.h"
#include "csp-sparkline.h"

#define WIDTH  48
#define HEIGHT 16
#define MIN_SPAN 20

struct _CspSparkline
{
  GtkWidget parent_instance;

  int       values[CSP_SPARKLINE_MAX];
  guint     n_values;
};

G_DEFINE_FINAL_TYPE (CspSparkline, csp_sparkline, GTK_TYPE_WIDGET)

/* Auxiliary methods */

static void
update_description (CspSparkline *self)
{
  g_autoptr(GString) values = g_string_new (NULL);
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->n_values; i++)
    g_string_append_printf (values, i > 0 ? ", %d" : "%d", self->values[i]);
  /* Translators: %s is a list of health scores, oldest first */
  text = g_strdup_printf (_("Health trend: %s"), values->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->n_values > 0 ? text : "", -1);
}

/* The range of scores the height spans: the values' own, widened
 * evenly to MIN_SPAN. */
static void
value_range (CspSparkline *self,
             double       *low,
             double       *span)
{
  int min = 100, max = 0;

  for (guint i = 0; i < self->n_values; i++)
    {
      min = MIN (min, self->values[i]);
      max = MAX (max, self->values[i]);
    }
  *span = MAX (max - min, MIN_SPAN);
  *low = (min + max) / 2.0 - *span / 2;
}

static void
trace_line (CspSparkline *self,
            cairo_t      *cr,
            double        width,
            double        height)
{
  double step = self->n_values > 1 ? (width - 2) / (self->n_values - 1) : 0;
  double low, span;

  value_range (self, &low, &span);

  for (guint i = 0; i < self->n_values; i++)
    {
      double x = self->n_values > 1 ? 1 + i * step : width / 2;
      double y = 1 + (height - 2) * (1 - (self->values[i] - low) / span);

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  if (self->n_values == 1)
    cairo_rel_line_to (cr, 0.01, 0);
}

/* Overrides */

static void
csp_sparkline_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  CspSparkline *self = CSP_SPARKLINE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;
  GdkRGBA color;

  if (self->n_values == 0 || width <= 2 || height <= 2)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_set_line_width (cr, 1.5);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  trace_line (self, cr, width, height);
  cairo_stroke (cr);
  cairo_destroy (cr);
}

static void
csp_sparkline_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? WIDTH : HEIGHT;
}

static void
csp_sparkline_class_init (CspSparklineClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = csp_sparkline_snapshot;
  widget_class->measure = csp_sparkline_measure;
  gtk_widget_class_set_css_name (widget_class, "sparkline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
csp_sparkline_init (CspSparkline *self)
{
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

/* Public API */

GtkWidget *
csp_sparkline_new (void)
{
  return g_object_new (CSP_TYPE_SPARKLINE, NULL);
}

/* Shows @values (scores 0–100, oldest first; at most CSP_SPARKLINE_MAX
 * are kept, the latest). */
void
csp_sparkline_set_values (CspSparkline *self,
                          const int    *values,
                          guint         n_values)
{
  guint first;

  g_return_if_fail (CSP_IS_SPARKLINE (self));
  g_return_if_fail (values != NULL || n_values == 0);

  first = n_values > CSP_SPARKLINE_MAX ? n_values - CSP_SPARKLINE_MAX : 0;
  self->n_values = n_values - first;
  if (self->n_values > 0)
    memcpy (self->values, values + first, self->n_values * sizeof (int));
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
csp_sparkline_get_n_values (CspSparkline *self)
{
  g_return_val_if_fail (CSP_IS_SPARKLINE (self), 0);

  return self->n_values;
}
