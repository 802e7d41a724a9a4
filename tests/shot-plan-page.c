/* shot-plan-page.c: pictures of the plan page, for looking at it
 *
 * Not a test: shows a demo plan in the main window, as the app would,
 * and saves a PNG of the window to the file given as the argument.
 * CSP_PLAN_PAGE_WIDTH sets the width (default 1200; try 360),
 * CSP_PLAN_PAGE_SHOT_WHAT picks "actions" (scrolled to the end),
 * "account" (the account page's plans) or "dialog" (the action form
 * with a wrong date); LANGUAGE=zh_CN and
 * ADW_DEBUG_COLOR_SCHEME=prefer-dark work as for the app. Run it under
 * tests/run-with-xvfb.sh with the tests' environment.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "csp-account-page.h"
#include "csp-test-plan.h"

static void
save_shot (GtkWidget  *widget,
           const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* The plan page scrolled to its last action. */
static void
scroll_to_end (GtkWidget *page)
{
  /* Not the error page's scrolled window: the one around the lists. */
  GtkWidget *scrolled = gtk_widget_get_ancestor (csp_test_find_widget (page, GTK_TYPE_LIST_BOX,
                                                                       NULL),
                                                 GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  csp_test_wait_for_frame (page);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

/* Back on the account page, scrolled to show the plans' heading. */
static void
show_plans_section (CspWindow   *window,
                    CspPlanPage *page)
{
  GtkWidget *account = csp_test_find_widget (GTK_WIDGET (window), CSP_TYPE_ACCOUNT_PAGE, NULL);
  GtkWidget *scrolled = gtk_widget_get_ancestor (csp_test_find_widget (account, GTK_TYPE_LIST_BOX,
                                                                       NULL),
                                                 GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  gtk_widget_activate_action (GTK_WIDGET (page), "plan.back", NULL);
  csp_test_wait_until (csp_test_account_read, account);
  csp_test_wait_for_frame (account);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) - 160);
}

static int
take_shot (const char *path)
{
  CspTestFolder folder = { NULL, NULL };
  g_autoptr(CspStore) store = NULL;
  g_autoptr(CspSuccessPlan) plan = NULL;
  const char *width = g_getenv ("CSP_PLAN_PAGE_WIDTH");
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  const char *what = g_getenv ("CSP_PLAN_PAGE_SHOT_WHAT");
  GtkWidget *shown = NULL;
  CspPlanPage *page;
  CspWindow *window;

  /* As the application does: its translations (LANGUAGE picks one)
   * and its style sheet. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CSP_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  csp_test_folder_set_up (&folder, NULL);
  store = csp_test_open_demo (folder.db, 12, 20, 7, CSP_TEST_PLAN_TODAY);
  plan = csp_test_find_plan (store);
  window = g_object_ref (g_object_new (CSP_TYPE_WINDOW, "store", store, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 860);
  gtk_window_present (GTK_WINDOW (window));
  csp_test_wait_for_frame (GTK_WIDGET (window));
  csp_test_wait_until (csp_test_pages_loaded, window);
  page = csp_test_open_plan (window, plan, store);
  /* Narrow only now: the Accounts table warns at 360 pixels. */
  gtk_window_set_default_size (GTK_WINDOW (window), width ? atoi (width) : 1200, 860);
  if (g_strcmp0 (what, "account") == 0)
    show_plans_section (window, page);
  else if (g_strcmp0 (what, "dialog") == 0)
    shown = csp_test_show_action_form (page);
  else if (g_strcmp0 (what, "actions") == 0)
    scroll_to_end (GTK_WIDGET (page));
  /* A new width refills the page in an idle after a frame. */
  for (guint i = 0; i < 3; i++)
    {
      csp_test_wait_until ((CspTestCondition) csp_test_no_pending_events, NULL);
      csp_test_wait_for_frame (GTK_WIDGET (window));
    }
  save_shot (shown ? shown : GTK_WIDGET (window), path);
  if (shown != NULL)
    gtk_window_destroy (GTK_WINDOW (shown));
  csp_test_close_window (GTK_WINDOW (window));
  g_clear_object (&store);
  csp_test_folder_tear_down (&folder, NULL);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  csp_test_ui_init ();

  if (argc != 2)
    {
      g_printerr ("Usage: %s FILE.png\n", argv[0]);
      return 2;
    }
  return take_shot (argv[1]);
}
