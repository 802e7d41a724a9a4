/* test-narrow.c: the main window fits a narrow (360 px) screen
 *
 * GNOME's narrow target is a window 360 px wide. The window opens wide
 * on a demo database (long names, many rows), the user narrows it to
 * 360 px, and what it lays out asks for no more than that on each tab
 * (both views of Plans) and on the account, plan and meeting pages
 * (Agenda, Notes and Brief), in English and in Chinese. A failure
 * names the widgets that ask for more, outermost first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "csp-account-page.h"
#include "csp-accounts-page.h"
#include "csp-meeting-page.h"
#include "csp-plan-page.h"
#include "csp-plans-page.h"
#include "csp-store-records.h"
#include "csp-test-ui.h"
#include "csp-test-util.h"
#include "csp-window.h"

#define NARROW_WIDTH 360
#define WIDE_WIDTH   1000

typedef struct
{
  char      *dir;
  char      *db;
  CspStore  *store;
  CspWindow *window;
} Fixture;

static int
min_width (GtkWidget *widget)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

static gboolean
has_wide_child (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child) && min_width (child) > NARROW_WIDTH)
      return TRUE;
  return FALSE;
}

/* Logs, for a failure, every visible widget below @widget that asks
 * for more than the narrow width, indented by depth, and the children
 * of the innermost of them. */
static void
describe_wide (GtkWidget *widget,
               guint      depth,
               gboolean   all)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int width = min_width (child);
      gboolean wide = width > NARROW_WIDTH;

      if (!gtk_widget_get_visible (child) || (!all && !wide))
        continue;
      g_test_message ("%*s%s %s wants %d px", (int) depth * 2, "", G_OBJECT_TYPE_NAME (child),
                      GTK_IS_LABEL (child) ? gtk_label_get_text (GTK_LABEL (child)) : "", width);
      if (wide || depth < 24)
        describe_wide (child, depth + 1, all || !has_wide_child (child));
    }
}

/* The widest of what the window lays out: its frame, drawn outside
 * the size the user gives the window, aside. */
static int
content_min_width (GtkWidget *window)
{
  int width = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (window); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    width = MAX (width, min_width (child));
  return width;
}

/* The window is as narrow as asked, or as it can be. */
static gboolean
window_narrowed (gpointer window)
{
  return gtk_widget_get_width (window) <= MAX (NARROW_WIDTH, content_min_width (window));
}

/* What the window lays out (its frame, drawn outside the size the
 * user gives it, aside) fits the narrow width, and the window is that
 * narrow. */
static void
assert_fits (Fixture    *fixture,
             const char *where)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  int width;

  csp_test_wait_for_frame (window);
  width = content_min_width (window);
  if (width > NARROW_WIDTH)
    {
      g_test_message ("%s: the window wants %d px", where, width);
      describe_wide (window, 1, FALSE);
    }
  g_assert_cmpint (width, <=, NARROW_WIDTH);
  g_assert_cmpint (gtk_widget_get_width (window), <=, NARROW_WIDTH);
}

/* The window opens wide on a demo database, in the language @data,
 * and the user narrows it. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_setenv ("LANGUAGE", data, TRUE);
  /* The translations are there: a Chinese run is not English again. */
  if (g_str_equal (data, "zh_CN"))
    g_assert_cmpstr (_("Accounts"), !=, "Accounts");
  fixture->dir = csp_test_make_dir ("csp-narrow-XXXXXX");
  fixture->db = g_build_filename (fixture->dir, "narrow.db", NULL);
  fixture->store = csp_test_open_demo (fixture->db, 40, 8, 7, NULL);
  fixture->window = g_object_ref (g_object_new (CSP_TYPE_WINDOW, "store", fixture->store,
                                                "default-width", WIDE_WIDTH,
                                                "default-height", 720, NULL));
  gtk_window_present (GTK_WINDOW (fixture->window));
  csp_test_wait_for_frame (GTK_WIDGET (fixture->window));
  csp_test_wait_until (csp_test_pages_loaded, fixture->window);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), NARROW_WIDTH, 720);
  csp_test_wait_until (window_narrowed, fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  csp_test_close_window (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->store);
  g_assert_true (csp_test_remove_tree (fixture->dir));
  g_free (fixture->db);
  g_free (fixture->dir);
  g_unsetenv ("LANGUAGE");
}

static GtkWidget *
find (Fixture *fixture,
      GType    type)
{
  GtkWidget *widget = csp_test_find_widget (GTK_WIDGET (fixture->window), type, NULL);

  g_assert_nonnull (widget);
  return widget;
}

static gboolean
leaflet_shows (gpointer page)
{
  GtkWidget *leaflet = gtk_widget_get_ancestor (page, ADW_TYPE_LEAFLET);

  return adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) == page;
}

/* Each page of the stack switched by the first stack switcher below
 * @root in turn. */
static void
assert_stack_pages_fit (Fixture    *fixture,
                        GtkWidget  *root,
                        const char *where)
{
  GtkWidget *switcher = csp_test_find_widget (root, GTK_TYPE_STACK_SWITCHER, NULL);
  GtkStack *stack = gtk_stack_switcher_get_stack (GTK_STACK_SWITCHER (switcher));
  g_autoptr(GtkSelectionModel) pages = gtk_stack_get_pages (stack);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkStackPage *page = GTK_STACK_PAGE (item);
      g_autofree char *label = g_strdup_printf ("%s, %s", where, gtk_stack_page_get_name (page));

      gtk_stack_set_visible_child (stack, gtk_stack_page_get_child (page));
      csp_test_wait_until (csp_test_pages_loaded, fixture->window);
      assert_fits (fixture, label);
    }
}

/* The children of @flow_box are in one line, each no higher than it
 * needs at its width. */
static void
assert_one_line (GtkWidget *flow_box)
{
  GtkWidget *first = gtk_widget_get_first_child (flow_box);
  int needed = 0;

  csp_test_wait_for_frame (flow_box);
  g_assert_nonnull (first);
  gtk_widget_measure (first, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (first),
                      &needed, NULL, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (flow_box), <, needed * 3 / 2);
}

/* Tests */

/* The three tabs, with the switcher in the bottom bar. */
static void
test_tabs (Fixture       *fixture,
           gconstpointer  data)
{
  AdwViewStack *stack = ADW_VIEW_STACK (find (fixture, ADW_TYPE_VIEW_STACK));
  const char *tabs[] = { "accounts", "plans", "meetings" };

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, NARROW_WIDTH);
  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    {
      adw_view_stack_set_visible_child_name (stack, tabs[i]);
      csp_test_wait_until (csp_test_pages_loaded, fixture->window);
      assert_fits (fixture, tabs[i]);
    }

  /* The portfolio figures take one line, not half the height. */
  adw_view_stack_set_visible_child_name (stack, "accounts");
  assert_one_line (csp_test_find_widget (find (fixture, CSP_TYPE_ACCOUNTS_PAGE),
                                         GTK_TYPE_FLOW_BOX, NULL));

  /* The Plans tab's two views. */
  adw_view_stack_set_visible_child_name (stack, "plans");
  assert_stack_pages_fit (fixture, find (fixture, CSP_TYPE_PLANS_PAGE), "plans");
}

static gboolean
account_read (gpointer page)
{
  return !csp_account_page_get_loading (page) && leaflet_shows (page);
}

/* The account pages of the first accounts. */
static void
test_account_page (Fixture       *fixture,
                   gconstpointer  data)
{
  CspAccountPage *page = CSP_ACCOUNT_PAGE (find (fixture, CSP_TYPE_ACCOUNT_PAGE));
  g_autoptr(GListModel) accounts = csp_store_list_accounts (fixture->store, NULL);

  for (guint i = 0; i < MIN (g_list_model_get_n_items (accounts), 5); i++)
    {
      g_autoptr(CspRecord) account = g_list_model_get_item (accounts, i);
      g_autofree char *label = g_strdup_printf ("account %" G_GINT64_FORMAT,
                                                csp_record_get_id (account));

      csp_account_page_show_account (page, csp_record_get_id (account));
      adw_leaflet_set_visible_child (ADW_LEAFLET (gtk_widget_get_parent (GTK_WIDGET (page))),
                                     GTK_WIDGET (page));
      csp_test_wait_until (account_read, page);
      assert_fits (fixture, label);
    }
}

typedef GListModel *(*ListOwned) (CspStore  *store,
                                  gint64     owner_id,
                                  GError   **error);

typedef gboolean (*Wanted) (CspStore  *store,
                           CspRecord *record);

/* The id of the first record @list gives of each of the first accounts
 * that have one @wanted takes (NULL: any); @max at most. */
static GArray *
first_records (CspStore  *store,
               ListOwned  list,
               Wanted     wanted,
               guint      max)
{
  g_autoptr(GListModel) accounts = csp_store_list_accounts (store, NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (accounts) && ids->len < max; i++)
    {
      g_autoptr(CspRecord) account = g_list_model_get_item (accounts, i);
      g_autoptr(GListModel) records = list (store, csp_record_get_id (account), NULL);

      for (guint j = 0; j < g_list_model_get_n_items (records); j++)
        {
          g_autoptr(CspRecord) record = g_list_model_get_item (records, j);
          gint64 id = csp_record_get_id (record);

          if (wanted != NULL && !wanted (store, record))
            continue;
          g_array_append_val (ids, id);
          break;
        }
    }
  g_assert_cmpuint (ids->len, >, 0);
  return ids;
}

/* A meeting with a decision turned into an action item: its row shows
 * the action's status beside the decision's text. */
static gboolean
has_linked_decision (CspStore  *store,
                     CspRecord *meeting)
{
  g_autoptr(GListModel) decisions = csp_store_list_decisions (store, csp_record_get_id (meeting),
                                                              NULL);

  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    {
      g_autoptr(CspDecision) decision = g_list_model_get_item (decisions, i);

      if (csp_decision_get_action_id (decision) != 0)
        return TRUE;
    }
  return FALSE;
}

/* Opens the first record @wanted takes of each of the first accounts
 * (@max at most) through the window's @action, on @page_type, and checks it fits; with
 * @switched, each page of the page's stack switcher too. */
static void
assert_opened_fit (Fixture    *fixture,
                   GType       page_type,
                   ListOwned   list,
                   Wanted      wanted,
                   guint       max,
                   const char *action,
                   gboolean    switched)
{
  GtkWidget *page = find (fixture, page_type);
  g_autoptr(GArray) ids = first_records (fixture->store, list, wanted, max);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autofree char *label = g_strdup_printf ("%s %" G_GINT64_FORMAT, action, id);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action,
                                                 "x", id));
      csp_test_wait_until (leaflet_shows, page);
      if (switched)
        assert_stack_pages_fit (fixture, page, label);
      else
        assert_fits (fixture, label);
    }
}

/* The first plans of the first accounts. */
static void
test_plan_page (Fixture       *fixture,
                gconstpointer  data)
{
  assert_opened_fit (fixture, CSP_TYPE_PLAN_PAGE, csp_store_list_success_plans, NULL, 5,
                     "win.open-plan", FALSE);
}

/* Meetings of the first accounts with a decision turned into an action,
 * with Agenda, Notes and Brief each. */
static void
test_meeting_page (Fixture       *fixture,
                   gconstpointer  data)
{
  assert_opened_fit (fixture, CSP_TYPE_MEETING_PAGE, csp_store_list_meetings,
                     has_linked_decision, 3,
                     "win.open-meeting", TRUE);
}

static void
add_tests (const char *language)
{
  struct { const char *name; void (*test) (Fixture *, gconstpointer); } tests[] = {
    { "tabs", test_tabs },
    { "account-page", test_account_page },
    { "plan-page", test_plan_page },
    { "meeting-page", test_meeting_page },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
    {
      g_autofree char *path = g_strdup_printf ("/narrow/%s/%s", language, tests[i].name);

      g_test_add (path, Fixture, language, fixture_set_up, tests[i].test, fixture_tear_down);
    }
}

int
main (int   argc,
      char *argv[])
{
  csp_test_bind_catalogue ();
  g_test_init (&argc, &argv, NULL);
  csp_test_ui_init ();

  add_tests ("en");
  add_tests ("zh_CN");

  return g_test_run ();
}
