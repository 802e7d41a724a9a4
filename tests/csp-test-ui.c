/* csp-test-ui.c: helpers the widget tests share
 *
 * Spinning the main loop until a state appears (never for a fixed
 * time), waiting for a frame, finding widgets in a tree and windows
 * among the toplevels, and showing the main window on a store. Every
 * helper fails the calling test on a timeout or a leak.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "csp-accounts-page.h"
#include "csp-meetings-page.h"
#include "csp-plans-page.h"
#include "csp-test-ui.h"

/* GTK and libadwaita for a test program, after g_test_init(): not
 * gtk_test_init(), which switches to the C locale; no animations, so
 * what a test looks at is in place at once. */
static void
css_error_cb (GtkCssProvider *provider,
              GtkCssSection  *section,
              const GError   *error)
{
  g_autofree char *where = gtk_css_section_to_string (section);

  g_error ("style.css: %s: %s", where, error->message);
}

/* The app's style sheet, as AdwApplication loads it for the app; any
 * error in it fails the test. */
static void
load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  g_signal_connect (provider, "parsing-error", G_CALLBACK (css_error_cb), NULL);
  gtk_css_provider_load_from_resource (provider, "/io/github/successplanner/Planner/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

void
csp_test_ui_init (void)
{
  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  load_style ();
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Spins the main loop until @condition holds; fails after a minute. */
void
csp_test_wait_until (CspTestCondition condition,
                     gpointer         data)
{
  gint64 deadline = g_get_monotonic_time () + CSP_TEST_TIMEOUT_SECONDS * G_USEC_PER_SEC;
  /* Wakes the loop up so a condition that never comes fails in time. */
  guint tick = g_timeout_add (100, wake_cb, NULL);

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (tick);
}

/* @data points to a gboolean. */
gboolean
csp_test_is_true (gpointer data)
{
  return *(gboolean *) data;
}

gboolean
csp_test_no_pending_events (gpointer data)
{
  return !g_main_context_pending (NULL);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* A widget is only drawn after its first frame; map and realize come
 * too early to look at what it shows. */
void
csp_test_wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  csp_test_wait_until ((CspTestCondition) gtk_widget_get_mapped, widget);
  clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  csp_test_wait_until (csp_test_is_true, &painted);
  g_signal_handler_disconnect (clock, handler);
}

/* The first widget, depth first from @root itself, that @match takes. */
GtkWidget *
csp_test_find (GtkWidget     *root,
               CspTestMatch   match,
               gconstpointer  data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = csp_test_find (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* What a widget shows as its text: a label's text, a button's label,
 * a preferences row's or status page's title. */
static const char *
widget_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (GTK_IS_BUTTON (widget))
    return gtk_button_get_label (GTK_BUTTON (widget));
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (ADW_IS_STATUS_PAGE (widget))
    return adw_status_page_get_title (ADW_STATUS_PAGE (widget));

  g_assert_not_reached ();
}

typedef struct
{
  GType       type;
  const char *text;
} Wanted;

static gboolean
match_text (GtkWidget     *widget,
            gconstpointer  data)
{
  const Wanted *wanted = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, wanted->type) &&
         (wanted->text == NULL || g_strcmp0 (widget_text (widget), wanted->text) == 0);
}

/* The first widget of @type below @root (or @root) showing @text (see
 * widget_text(); NULL: any). */
GtkWidget *
csp_test_find_widget (GtkWidget  *root,
                      GType       type,
                      const char *text)
{
  Wanted wanted = { type, text };

  return csp_test_find (root, match_text, &wanted);
}

static gboolean
match_class (GtkWidget     *widget,
             gconstpointer  data)
{
  const Wanted *wanted = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, wanted->type) &&
         gtk_widget_has_css_class (widget, wanted->text);
}

/* The first widget of @type below @root (or @root) with @css_class. */
GtkWidget *
csp_test_find_with_class (GtkWidget  *root,
                          GType       type,
                          const char *css_class)
{
  Wanted wanted = { type, css_class };

  return csp_test_find (root, match_class, &wanted);
}

/* A visible label with the "error" style whose text contains @text. */
static gboolean
is_error (GtkWidget     *widget,
          gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "error") &&
         gtk_widget_get_visible (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* The first visible error label below @root saying @text, or NULL. */
GtkWidget *
csp_test_find_error (GtkWidget  *root,
                     const char *text)
{
  return csp_test_find (root, is_error, text);
}

/* The first toplevel window of @type, or NULL. */
gpointer
csp_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type))
        return toplevel;
    }

  return NULL;
}

/* Closes @window (the test's own reference) and checks nothing else
 * keeps it alive. */
void
csp_test_close_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  csp_test_wait_until (csp_test_no_pending_events, NULL);
  g_assert_finalize_object (window);
}

/* The main window's pages have read their lists (in workers). */
gboolean
csp_test_pages_loaded (gpointer window)
{
  GtkWidget *accounts = csp_test_find_widget (window, CSP_TYPE_ACCOUNTS_PAGE, NULL);
  GtkWidget *plans = csp_test_find_widget (window, CSP_TYPE_PLANS_PAGE, NULL);
  GtkWidget *meetings = csp_test_find_widget (window, CSP_TYPE_MEETINGS_PAGE, NULL);

  return !csp_accounts_page_get_loading (CSP_ACCOUNTS_PAGE (accounts)) &&
         !csp_plans_page_get_loading (CSP_PLANS_PAGE (plans)) &&
         !csp_meetings_page_get_loading (CSP_MEETINGS_PAGE (meetings));
}

/* The main window on @store, as the application gives it one, drawn
 * and with its lists read; the caller owns a reference. */
CspWindow *
csp_test_show_window (CspStore *store)
{
  CspWindow *window = g_object_ref (g_object_new (CSP_TYPE_WINDOW, "store", store, NULL));

  gtk_window_present (GTK_WINDOW (window));
  csp_test_wait_for_frame (GTK_WIDGET (window));
  csp_test_wait_until (csp_test_pages_loaded, window);

  return window;
}
