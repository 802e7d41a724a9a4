/* csp-preferences-window.c: the application's settings
 *
 * Your name (what later features take as "me") and whether exported
 * CSV files start with a byte order mark are GSettings keys, bound both
 * ways, so a change applies at once.
 *
 * The health score's component weights belong to the portfolio, so they
 * live in the database's setting table. Dragging a spin button changes
 * its value many times a second; the weights are written once the user
 * pauses (WRITE_DELAY_MS), or at once when the window closes, and each
 * write is announced with ::weights-changed so the main window can
 * recompute the scores it shows. An all-zero set is refused: it would
 * make every score unset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "csp-file-launch.h"
#include "csp-health.h"
#include "csp-preferences-window.h"
#include "csp-templates-group.h"

#define WRITE_DELAY_MS 300

struct _CspPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  CspStore             *store;
  guint                 write_source;  /* a write waiting for a pause */
  gboolean              loading;       /* spin buttons set by code */

  AdwEntryRow          *name_row;
  GtkSwitch            *bom_switch;
  AdwPreferencesGroup  *health_group;
  GtkLabel             *weights_error;
  AdwActionRow         *weight_rows[CSP_N_COMPONENTS];
  GtkSpinButton        *weight_buttons[CSP_N_COMPONENTS];
  CspTemplatesGroup    *templates_group;
};

G_DEFINE_FINAL_TYPE (CspPreferencesWindow, csp_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  WEIGHTS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Auxiliary methods */

static void
read_buttons (CspPreferencesWindow *self,
              CspHealthWeights     *weights)
{
  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    weights->weight[i] = gtk_spin_button_get_value_as_int (self->weight_buttons[i]);
}

static int
total_weight (const CspHealthWeights *weights)
{
  int total = 0;

  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    total += MAX (weights->weight[i], 0);
  return total;
}

/* Each row's subtitle: its share of the total, in percent. */
static void
update_shares (CspPreferencesWindow   *self,
               const CspHealthWeights *weights)
{
  int total = total_weight (weights);

  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    {
      int share = total > 0 ? (int) (weights->weight[i] * 100.0 / total + 0.5) : 0;
      /* Translators: a component's share of the health score, in percent */
      g_autofree char *subtitle = g_strdup_printf (_("%d %%"), share);

      adw_action_row_set_subtitle (self->weight_rows[i], subtitle);
    }
}

static void
set_buttons (CspPreferencesWindow   *self,
             const CspHealthWeights *weights)
{
  self->loading = TRUE;
  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    gtk_spin_button_set_value (self->weight_buttons[i], weights->weight[i]);
  self->loading = FALSE;
}

static void
write_weights (CspPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  CspHealthWeights weights;

  g_clear_handle_id (&self->write_source, g_source_remove);
  if (self->store == NULL)
    return;

  read_buttons (self, &weights);
  if (total_weight (&weights) == 0)
    return;

  if (!csp_store_set_health_weights (self->store, &weights, &error))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (error->message));
      return;
    }
  g_signal_emit (self, signals[WEIGHTS_CHANGED], 0);
}

static gboolean
write_timeout_cb (gpointer data)
{
  CspPreferencesWindow *self = data;

  self->write_source = 0;
  write_weights (self);
  return G_SOURCE_REMOVE;
}

/* Shows the shares and the all-zero message; a valid set is written
 * after a pause, an all-zero one never. */
static void
weights_edited (CspPreferencesWindow *self)
{
  CspHealthWeights weights;
  gboolean all_zero;

  read_buttons (self, &weights);
  all_zero = total_weight (&weights) == 0;
  update_shares (self, &weights);
  gtk_widget_set_visible (GTK_WIDGET (self->weights_error), all_zero);

  g_clear_handle_id (&self->write_source, g_source_remove);
  if (!all_zero)
    self->write_source = g_timeout_add (WRITE_DELAY_MS, write_timeout_cb, self);
}

static void
load_weights (CspPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  CspHealthWeights weights;

  gtk_widget_set_visible (GTK_WIDGET (self->health_group), self->store != NULL);
  if (self->store == NULL)
    return;

  if (!csp_store_get_health_weights (self->store, &weights, &error))
    {
      csp_health_weights_init (&weights);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (error->message));
    }
  set_buttons (self, &weights);
  update_shares (self, &weights);
}

static void
add_weight_rows (CspPreferencesWindow *self)
{
  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    {
      AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
      GtkWidget *button = gtk_spin_button_new_with_range (0, 100, 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), csp_health_component_label (i));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL, -1);
      adw_action_row_add_suffix (row, button);
      adw_action_row_set_activatable_widget (row, button);
      adw_preferences_group_add (self->health_group, GTK_WIDGET (row));

      self->weight_rows[i] = row;
      self->weight_buttons[i] = GTK_SPIN_BUTTON (button);
    }
}

/* Callbacks */

static void
weight_changed_cb (CspPreferencesWindow *self)
{
  if (!self->loading)
    weights_edited (self);
}

static void
restore_defaults_cb (CspPreferencesWindow *self)
{
  CspHealthWeights defaults;

  csp_health_weights_init (&defaults);
  set_buttons (self, &defaults);
  weights_edited (self);
}

/* Overrides */

static gboolean
csp_preferences_window_close_request (GtkWindow *window)
{
  csp_preferences_window_flush (CSP_PREFERENCES_WINDOW (window));

  return GTK_WINDOW_CLASS (csp_preferences_window_parent_class)->close_request (window);
}

static void
csp_preferences_window_constructed (GObject *object)
{
  G_OBJECT_CLASS (csp_preferences_window_parent_class)->constructed (object);

  load_weights (CSP_PREFERENCES_WINDOW (object));
  csp_templates_group_set_store (CSP_PREFERENCES_WINDOW (object)->templates_group,
                                 CSP_PREFERENCES_WINDOW (object)->store);
}

static void
csp_preferences_window_dispose (GObject *object)
{
  CspPreferencesWindow *self = CSP_PREFERENCES_WINDOW (object);

  /* Destroyed without a close request: the edit still counts. */
  if (self->write_source != 0)
    write_weights (self);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (csp_preferences_window_parent_class)->dispose (object);
}

static void
csp_preferences_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CspPreferencesWindow *self = CSP_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CspPreferencesWindow *self = CSP_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_preferences_window_class_init (CspPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = csp_preferences_window_constructed;
  object_class->dispose = csp_preferences_window_dispose;
  object_class->get_property = csp_preferences_window_get_property;
  object_class->set_property = csp_preferences_window_set_property;
  window_class->close_request = csp_preferences_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CSP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The health weights were written to the store. */
  signals[WEIGHTS_CHANGED] =
    g_signal_new ("weights-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CSP_TYPE_TEMPLATES_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/csp-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CspPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, CspPreferencesWindow, bom_switch);
  gtk_widget_class_bind_template_child (widget_class, CspPreferencesWindow, health_group);
  gtk_widget_class_bind_template_child (widget_class, CspPreferencesWindow, weights_error);
  gtk_widget_class_bind_template_child (widget_class, CspPreferencesWindow, templates_group);
  gtk_widget_class_bind_template_callback (widget_class, restore_defaults_cb);
}

static void
csp_preferences_window_init (CspPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  add_weight_rows (self);
  for (guint i = 0; i < CSP_N_COMPONENTS; i++)
    g_signal_connect_object (self->weight_buttons[i], "value-changed",
                             G_CALLBACK (weight_changed_cb), self, G_CONNECT_SWAPPED);

  /* Without the schema (a build folder run) there is nothing to set. */
  self->settings = csp_app_settings_new ();
  if (self->settings == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->name_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->bom_switch), FALSE);
      return;
    }

  g_settings_bind (self->settings, "csm-name", self->name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "csv-bom", self->bom_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

/* Public API */

/* The settings; with @store, also the health weights of its portfolio. */
CspPreferencesWindow *
csp_preferences_window_new (GtkWindow *parent,
                            CspStore  *store)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (store == NULL || CSP_IS_STORE (store), NULL);

  return g_object_new (CSP_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "store", store,
                       NULL);
}

CspStore *
csp_preferences_window_get_store (CspPreferencesWindow *self)
{
  g_return_val_if_fail (CSP_IS_PREFERENCES_WINDOW (self), NULL);

  return self->store;
}

/* The spin button of @component's weight (a CspHealthComponent). */
GtkSpinButton *
csp_preferences_window_get_weight_button (CspPreferencesWindow *self,
                                          guint                 component)
{
  g_return_val_if_fail (CSP_IS_PREFERENCES_WINDOW (self), NULL);
  g_return_val_if_fail (component < CSP_N_COMPONENTS, NULL);

  return self->weight_buttons[component];
}

/* Writes an edit still waiting for the user to pause. */
void
csp_preferences_window_flush (CspPreferencesWindow *self)
{
  g_return_if_fail (CSP_IS_PREFERENCES_WINDOW (self));

  if (self->write_source != 0)
    write_weights (self);
}
