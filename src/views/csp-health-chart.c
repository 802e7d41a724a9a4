/* csp-health-chart.c: an account's health over time
 *
 * The score of each snapshot in the chosen window (3, 6, 12 months or
 * all) as a line over the three bands (healthy ≥ 70, watch 40–69, at
 * risk < 40) shaded in the theme's success, warning and error colours,
 * with optional lines for the six components. Holes in the series (see
 * csp-health-trend.c) break the line. The date and value of a point
 * show on pointer hover and, when the chart has the focus, for the
 * point chosen with Left, Right, Home and End; the accessible
 * description says the same.
 *
 * GTK 4.8 has no GskPath, so lines are drawn with cairo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-format.h"
#include "csp-health-chart.h"

#define PAD_LEFT   34
#define PAD_RIGHT  12
#define PAD_TOP    28
#define PAD_BOTTOM 22

struct _CspHealthChart
{
  GtkWidget         parent_instance;

  GListModel       *snapshots;
  CspHealthWeights  weights;
  CspTrendWindow    window;
  guint             components; /* bit per CspHealthComponent */
  CspTrendSeries   *series[CSP_N_COMPONENTS + 1];
  int               selected;   /* index into the score series, or -1 */
};

G_DEFINE_FINAL_TYPE (CspHealthChart, csp_health_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WINDOW,
  PROP_COMPONENTS,
  PROP_N_POINTS,
  N_PROPS
};

enum {
  POINT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* GNOME palette: blue, green, yellow, orange, purple, brown. */
static const GdkRGBA component_colors[CSP_N_COMPONENTS] = {
  { 0.21f, 0.52f, 0.89f, 1 }, { 0.20f, 0.82f, 0.48f, 1 }, { 0.90f, 0.65f, 0.04f, 1 },
  { 1.00f, 0.47f, 0.00f, 1 }, { 0.57f, 0.25f, 0.67f, 1 }, { 0.60f, 0.42f, 0.27f, 1 },
};

/* Auxiliary methods */

static CspTrendSeries *
score_series (CspHealthChart *self)
{
  return self->series[CSP_TREND_SCORE];
}

static void
clear_series (CspHealthChart *self)
{
  for (guint i = 0; i <= CSP_TREND_SCORE; i++)
    g_clear_pointer (&self->series[i], csp_trend_series_free);
}

static void
update_description (CspHealthChart *self)
{
  CspTrendSeries *score = score_series (self);
  g_autofree char *text = NULL;
  g_autofree char *date = NULL;
  const CspTrendPoint *point;

  if (score == NULL || csp_trend_series_len (score) == 0)
    text = g_strdup (_("No health snapshots yet"));
  else
    {
      point = csp_trend_series_get (score, self->selected >= 0 ? (guint) self->selected
                                                               : csp_trend_series_len (score) - 1);
      date = csp_format_date (point->date);
      /* Translators: the health chart's point: a date and a score 0–100 */
      text = g_strdup_printf (_("%s: health %d"), date, point->value);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->selected >= 0 ? text : NULL);
}

static void
rebuild (CspHealthChart *self)
{
  guint old_n = csp_health_chart_get_n_points (self);

  clear_series (self);
  if (self->snapshots != NULL)
    for (guint i = 0; i <= CSP_TREND_SCORE; i++)
      self->series[i] = csp_trend_series_new (self->snapshots, &self->weights, self->window, i);

  self->selected = -1;
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (old_n != csp_health_chart_get_n_points (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_POINTS]);
}

static double
x_of (CspTrendSeries        *series,
      const CspTrendPoint   *point,
      const graphene_rect_t *area)
{
  if (series->n_days <= 0)
    return area->origin.x + area->size.width / 2;

  return area->origin.x + area->size.width * point->day / series->n_days;
}

static double
y_of (int                    value,
      const graphene_rect_t *area)
{
  return area->origin.y + area->size.height * (100 - value) / 100.0;
}

static void
plot_area (CspHealthChart  *self,
           graphene_rect_t *area)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  graphene_rect_init (area, PAD_LEFT, PAD_TOP, MAX (1, width - PAD_LEFT - PAD_RIGHT),
                      MAX (1, height - PAD_TOP - PAD_BOTTOM));
}

static GdkRGBA
theme_color (CspHealthChart *self,
             const char     *name,
             const char     *fallback)
{
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                       name, &color))
    gdk_rgba_parse (&color, fallback);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return color;
}

static GdkRGBA
foreground (CspHealthChart *self)
{
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return color;
}

static void
band_rect (GtkSnapshot           *snapshot,
           const graphene_rect_t *area,
           int                    from,
           int                    to,
           GdkRGBA                color)
{
  graphene_rect_t rect;
  double top = y_of (to, area), bottom = y_of (from, area);

  color.alpha = 0.12f;
  graphene_rect_init (&rect, area->origin.x, top, area->size.width, bottom - top);
  gtk_snapshot_append_color (snapshot, &color, &rect);
}

static void
draw_bands (CspHealthChart        *self,
            GtkSnapshot           *snapshot,
            const graphene_rect_t *area)
{
  band_rect (snapshot, area, CSP_HEALTHY_MIN, 100, theme_color (self, "success_color", "#26a269"));
  band_rect (snapshot, area, CSP_WATCH_MIN, CSP_HEALTHY_MIN,
             theme_color (self, "warning_color", "#cd9309"));
  band_rect (snapshot, area, 0, CSP_WATCH_MIN, theme_color (self, "error_color", "#c01c28"));
}

static void
append_text (CspHealthChart *self,
             GtkSnapshot    *snapshot,
             const char     *text,
             double          x,
             double          y,
             double          xalign,
             GdkRGBA         color)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x - width * xalign, y - height / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
draw_axes (CspHealthChart        *self,
           GtkSnapshot           *snapshot,
           const graphene_rect_t *area)
{
  CspTrendSeries *score = score_series (self);
  GdkRGBA dim = foreground (self);
  const int ticks[] = { 0, CSP_WATCH_MIN, CSP_HEALTHY_MIN, 100 };
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  dim.alpha *= 0.6f;
  for (guint i = 0; i < G_N_ELEMENTS (ticks); i++)
    {
      g_autofree char *text = g_strdup_printf ("%d", ticks[i]);

      append_text (self, snapshot, text, PAD_LEFT - 6, y_of (ticks[i], area), 1, dim);
    }

  start = csp_format_date (score->start);
  end = csp_format_date (score->end);
  append_text (self, snapshot, start, area->origin.x, area->origin.y + area->size.height + 11,
               0, dim);
  append_text (self, snapshot, end, area->origin.x + area->size.width,
               area->origin.y + area->size.height + 11, 1, dim);
}

static void
trace_series (cairo_t               *cr,
              CspTrendSeries        *series,
              const graphene_rect_t *area)
{
  for (guint i = 0; i < csp_trend_series_len (series); i++)
    {
      const CspTrendPoint *point = csp_trend_series_get (series, i);
      double x = x_of (series, point, area), y = y_of (point->value, area);

      if (i == 0 || point->gap_before)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
      /* A lone point (or the first after a hole) still shows as a dot. */
      if (csp_trend_series_len (series) == 1 || point->gap_before ||
          (i + 1 < csp_trend_series_len (series) && csp_trend_series_get (series, i + 1)->gap_before))
        {
          cairo_arc (cr, x, y, 2.5, 0, 2 * G_PI);
          cairo_move_to (cr, x, y);
        }
    }
}

static void
draw_lines (CspHealthChart        *self,
            GtkSnapshot           *snapshot,
            const graphene_rect_t *area)
{
  graphene_rect_t bounds;
  cairo_t *cr;
  GdkRGBA fg = foreground (self);

  graphene_rect_init (&bounds, 0, 0, gtk_widget_get_width (GTK_WIDGET (self)),
                      gtk_widget_get_height (GTK_WIDGET (self)));
  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  for (guint c = 0; c < CSP_N_COMPONENTS; c++)
    {
      if (!(self->components & (1u << c)))
        continue;
      gdk_cairo_set_source_rgba (cr, &component_colors[c]);
      cairo_set_line_width (cr, 1.5);
      trace_series (cr, self->series[c], area);
      cairo_stroke (cr);
    }

  gdk_cairo_set_source_rgba (cr, &fg);
  cairo_set_line_width (cr, 2.5);
  trace_series (cr, score_series (self), area);
  cairo_stroke (cr);
  cairo_destroy (cr);
}

static void
draw_selection (CspHealthChart        *self,
                GtkSnapshot           *snapshot,
                const graphene_rect_t *area)
{
  CspTrendSeries *score = score_series (self);
  const CspTrendPoint *point;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  GdkRGBA fg = foreground (self);
  graphene_rect_t dot, rule;
  GskRoundedRect round;
  double x, y;

  if (self->selected < 0)
    return;

  point = csp_trend_series_get (score, self->selected);
  x = x_of (score, point, area);
  y = y_of (point->value, area);
  fg.alpha *= 0.35f;
  graphene_rect_init (&rule, x - 0.5, area->origin.y, 1, area->size.height);
  gtk_snapshot_append_color (snapshot, &fg, &rule);
  fg.alpha = 1;
  graphene_rect_init (&dot, x - 4, y - 4, 8, 8);
  gsk_rounded_rect_init_from_rect (&round, &dot, 4);
  gtk_snapshot_push_rounded_clip (snapshot, &round);
  gtk_snapshot_append_color (snapshot, &fg, &dot);
  gtk_snapshot_pop (snapshot);

  date = csp_format_date (point->date);
  text = g_strdup_printf ("%s · %d", date, point->value);
  append_text (self, snapshot, text,
               CLAMP (x, area->origin.x + 60, area->origin.x + area->size.width - 60),
               PAD_TOP / 2.0, 0.5, foreground (self));
}

static void
draw_empty (CspHealthChart *self,
            GtkSnapshot    *snapshot)
{
  GdkRGBA dim = foreground (self);

  dim.alpha *= 0.6f;
  append_text (self, snapshot, _("No health snapshots yet"),
               gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
               gtk_widget_get_height (GTK_WIDGET (self)) / 2.0, 0.5, dim);
}

/* The score point nearest to @x, or -1. */
static int
point_at (CspHealthChart *self,
          double          x)
{
  CspTrendSeries *score = score_series (self);
  graphene_rect_t area;
  double best = G_MAXDOUBLE;
  int found = -1;

  plot_area (self, &area);
  for (guint i = 0; score != NULL && i < csp_trend_series_len (score); i++)
    {
      double distance = fabs (x_of (score, csp_trend_series_get (score, i), &area) - x);

      if (distance < best)
        {
          best = distance;
          found = (int) i;
        }
    }

  return found;
}

/* Callbacks */

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           CspHealthChart           *self)
{
  csp_health_chart_select (self, point_at (self, x));
}

static void
leave_cb (GtkEventControllerMotion *controller,
          CspHealthChart           *self)
{
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    csp_health_chart_select (self, -1);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                CspHealthChart        *self)
{
  int n = (int) csp_health_chart_get_n_points (self);
  int current = self->selected >= 0 ? self->selected : n - 1;

  if (n == 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      csp_health_chart_select (self, self->selected < 0 ? n - 1 : MAX (current - 1, 0));
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      csp_health_chart_select (self, self->selected < 0 ? n - 1 : MIN (current + 1, n - 1));
      return TRUE;
    case GDK_KEY_Home:
      csp_health_chart_select (self, 0);
      return TRUE;
    case GDK_KEY_End:
      csp_health_chart_select (self, n - 1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      if (self->selected < 0)
        return FALSE;
      g_signal_emit (self, signals[POINT_ACTIVATED], 0, self->selected);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            CspHealthChart  *self)
{
  int index = point_at (self, x);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  csp_health_chart_select (self, index);
  if (n_press == 2 && index >= 0)
    g_signal_emit (self, signals[POINT_ACTIVATED], 0, index);
}

static void
focus_leave_cb (GtkEventControllerFocus *controller,
                CspHealthChart          *self)
{
  csp_health_chart_select (self, -1);
}

/* Overrides */

static void
csp_health_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  CspHealthChart *self = CSP_HEALTH_CHART (widget);
  graphene_rect_t area;

  plot_area (self, &area);
  draw_bands (self, snapshot, &area);
  if (csp_health_chart_get_n_points (self) == 0)
    {
      draw_empty (self, snapshot);
      return;
    }

  draw_axes (self, snapshot, &area);
  draw_lines (self, snapshot, &area);
  draw_selection (self, snapshot, &area);
}

static void
csp_health_chart_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  gboolean horizontal = orientation == GTK_ORIENTATION_HORIZONTAL;

  *minimum = horizontal ? 240 : 160;
  *natural = horizontal ? 560 : 220;
}

static void
csp_health_chart_dispose (GObject *object)
{
  CspHealthChart *self = CSP_HEALTH_CHART (object);

  g_clear_object (&self->snapshots);
  clear_series (self);

  G_OBJECT_CLASS (csp_health_chart_parent_class)->dispose (object);
}

static void
csp_health_chart_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CspHealthChart *self = CSP_HEALTH_CHART (object);

  switch (prop_id)
    {
    case PROP_WINDOW:
      g_value_set_uint (value, self->window);
      break;
    case PROP_COMPONENTS:
      g_value_set_uint (value, self->components);
      break;
    case PROP_N_POINTS:
      g_value_set_uint (value, csp_health_chart_get_n_points (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_health_chart_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CspHealthChart *self = CSP_HEALTH_CHART (object);

  switch (prop_id)
    {
    case PROP_WINDOW:
      csp_health_chart_set_window (self, g_value_get_uint (value));
      break;
    case PROP_COMPONENTS:
      csp_health_chart_set_components (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_health_chart_class_init (CspHealthChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_health_chart_dispose;
  object_class->get_property = csp_health_chart_get_property;
  object_class->set_property = csp_health_chart_set_property;
  widget_class->snapshot = csp_health_chart_snapshot;
  widget_class->measure = csp_health_chart_measure;

  /* A CspTrendWindow. */
  properties[PROP_WINDOW] =
    g_param_spec_uint ("window", NULL, NULL, CSP_TREND_3_MONTHS, CSP_TREND_ALL,
                       CSP_TREND_6_MONTHS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The component lines shown, a bit per CspHealthComponent. */
  properties[PROP_COMPONENTS] =
    g_param_spec_uint ("components", NULL, NULL, 0, (1u << CSP_N_COMPONENTS) - 1, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_POINTS] =
    g_param_spec_uint ("n-points", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Enter, Space or a double click on a point: its index. */
  signals[POINT_ACTIVATED] =
    g_signal_new ("point-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "healthchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
csp_health_chart_init (CspHealthChart *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->window = CSP_TREND_6_MONTHS;
  self->selected = -1;
  csp_health_weights_init (&self->weights);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);

  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Health trend"), -1);
  update_description (self);
}

/* Public API */

GtkWidget *
csp_health_chart_new (void)
{
  return g_object_new (CSP_TYPE_HEALTH_CHART, NULL);
}

/* Shows @snapshots (CspHealthSnapshot items, oldest first), scored
 * under @weights. */
void
csp_health_chart_set_snapshots (CspHealthChart         *self,
                                GListModel             *snapshots,
                                const CspHealthWeights *weights)
{
  g_return_if_fail (CSP_IS_HEALTH_CHART (self));
  g_return_if_fail (snapshots == NULL || G_IS_LIST_MODEL (snapshots));

  g_set_object (&self->snapshots, snapshots);
  if (weights != NULL)
    self->weights = *weights;
  rebuild (self);
}

CspTrendWindow
csp_health_chart_get_window (CspHealthChart *self)
{
  g_return_val_if_fail (CSP_IS_HEALTH_CHART (self), CSP_TREND_ALL);

  return self->window;
}

void
csp_health_chart_set_window (CspHealthChart *self,
                             CspTrendWindow  window)
{
  g_return_if_fail (CSP_IS_HEALTH_CHART (self));
  g_return_if_fail (window <= CSP_TREND_ALL);

  if (self->window == window)
    return;

  self->window = window;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WINDOW]);
}

guint
csp_health_chart_get_components (CspHealthChart *self)
{
  g_return_val_if_fail (CSP_IS_HEALTH_CHART (self), 0);

  return self->components;
}

void
csp_health_chart_set_components (CspHealthChart *self,
                                 guint           mask)
{
  g_return_if_fail (CSP_IS_HEALTH_CHART (self));

  mask &= (1u << CSP_N_COMPONENTS) - 1;
  if (self->components == mask)
    return;

  self->components = mask;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPONENTS]);
}

/* Points of the score line in the window. */
guint
csp_health_chart_get_n_points (CspHealthChart *self)
{
  g_return_val_if_fail (CSP_IS_HEALTH_CHART (self), 0);

  return score_series (self) ? csp_trend_series_len (score_series (self)) : 0;
}

int
csp_health_chart_get_selected (CspHealthChart *self)
{
  g_return_val_if_fail (CSP_IS_HEALTH_CHART (self), -1);

  return self->selected;
}

/* Shows the date and value of point @index (-1: none). */
void
csp_health_chart_select (CspHealthChart *self,
                         int             index)
{
  g_return_if_fail (CSP_IS_HEALTH_CHART (self));

  if (index >= (int) csp_health_chart_get_n_points (self))
    index = -1;
  if (self->selected == index)
    return;

  self->selected = index;
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The date (YYYY-MM-DD) of point @index; NULL when there is none. */
const char *
csp_health_chart_get_point_date (CspHealthChart *self,
                                 int             index)
{
  g_return_val_if_fail (CSP_IS_HEALTH_CHART (self), NULL);

  if (index < 0 || index >= (int) csp_health_chart_get_n_points (self))
    return NULL;

  return csp_trend_series_get (score_series (self), index)->date;
}

/* The component colours, for the toggles' legend. */
const GdkRGBA *
csp_health_chart_component_color (CspHealthComponent component)
{
  g_return_val_if_fail (component < CSP_N_COMPONENTS, NULL);

  return &component_colors[component];
}
