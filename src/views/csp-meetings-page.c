/* csp-meetings-page.c: the upcoming meetings with every account
 *
 * The planned meetings from now on, soonest first, with their kind and
 * account; times show in the local time zone. Read off the main thread
 * by a CspListLoader.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-format.h"
#include "csp-list-loader.h"
#include "csp-meetings-page.h"

struct _CspMeetingsPage
{
  AdwBin               parent_instance;

  CspStore            *store;
  CspListLoader       *loader;
  gboolean             compact;
  gboolean             stale;   /* the store changed while hidden */
  GtkSortListModel    *sort_model;

  GtkStack            *stack;
  GtkSpinner          *spinner;
  AdwStatusPage       *error_page;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *when_column;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *account_column;
};

G_DEFINE_FINAL_TYPE (CspMeetingsPage, csp_meetings_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_LOADING,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Auxiliary methods */

static CspMeeting *
item_meeting (GtkListItem *item)
{
  return csp_meeting_summary_get_meeting (gtk_list_item_get_item (item));
}

static void
set_cell_text (GtkListItem *item,
               const char  *text)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text ? text : "");
}

static void
update_visible_page (CspMeetingsPage *self)
{
  gboolean loading = csp_list_loader_get_loading (self->loader);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (n_items > 0)
    page = "list";
  else if (loading)
    page = g_str_equal (page, "list") ? "list" : "loading";
  else if (!g_str_equal (page, "error"))
    page = "empty";

  gtk_spinner_set_spinning (self->spinner, g_str_equal (page, "loading"));
  gtk_stack_set_visible_child_name (self->stack, page);
}

static int
compare_kind (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  CspMeetingKind ka = csp_meeting_get_kind (csp_meeting_summary_get_meeting ((gpointer) a));
  CspMeetingKind kb = csp_meeting_get_kind (csp_meeting_summary_get_meeting ((gpointer) b));

  return (ka > kb) - (ka < kb);
}

static GtkExpression *
meeting_property (const char *property)
{
  GtkExpression *meeting =
    gtk_property_expression_new (CSP_TYPE_MEETING_SUMMARY, NULL, "meeting");

  return gtk_property_expression_new (CSP_TYPE_MEETING, meeting, property);
}

static void
set_column_sorter (GtkColumnViewColumn *column,
                   GtkSorter           *sorter)
{
  gtk_column_view_column_set_sorter (column, sorter);
  g_object_unref (sorter);
}

/* The query's order (soonest first) stays until a column header is
 * clicked: the sort model keeps equal items in order. */
static void
setup_sorting (CspMeetingsPage *self)
{
  GtkSingleSelection *selection;
  set_column_sorter (self->when_column,
                     GTK_SORTER (gtk_string_sorter_new (meeting_property ("scheduled-at"))));
  set_column_sorter (self->title_column,
                     GTK_SORTER (gtk_string_sorter_new (meeting_property ("title"))));
  set_column_sorter (self->kind_column,
                     GTK_SORTER (gtk_custom_sorter_new (compare_kind, NULL, NULL)));
  set_column_sorter (self->account_column, GTK_SORTER (gtk_string_sorter_new (
    gtk_property_expression_new (CSP_TYPE_MEETING_SUMMARY, NULL, "account-name"))));

  self->sort_model =
    gtk_sort_list_model_new (g_object_ref (csp_list_loader_get_model (self->loader)),
                             g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  /* Tens of thousands of rows sort in slices between frames. */
  gtk_sort_list_model_set_incremental (self->sort_model, TRUE);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  /* Nothing is chosen until the user picks a row. */
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

static GListModel *
query_upcoming_meetings (CspStore  *store,
                         gpointer   now,
                         GError   **error)
{
  return csp_store_list_upcoming_meetings (store, now, error);
}

/* Callbacks */

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CspMeetingsPage          *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

/* Times are never cut short; the title gives way instead. */
static void
setup_when_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CspMeetingsPage          *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_when_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CspMeetingsPage          *self)
{
  g_autofree char *when =
    csp_format_local_datetime (csp_meeting_get_scheduled_at (item_meeting (item)));

  set_cell_text (item, when);
}

static void
bind_title_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CspMeetingsPage          *self)
{
  set_cell_text (item, csp_meeting_get_title (item_meeting (item)));
}

static void
bind_kind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CspMeetingsPage          *self)
{
  set_cell_text (item, csp_enum_to_label (CSP_TYPE_MEETING_KIND,
                                          csp_meeting_get_kind (item_meeting (item))));
}

static void
bind_account_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CspMeetingsPage          *self)
{
  set_cell_text (item, csp_meeting_summary_get_account_name (gtk_list_item_get_item (item)));
}

static void
loader_changed_cb (CspMeetingsPage *self)
{
  update_visible_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
loader_failed_cb (CspMeetingsPage *self,
                  const GError *error)
{
  /* The description is markup; the message is plain text. */
  g_autofree char *description = g_markup_escape_text (error->message, -1);

  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/* Overrides */

static void
csp_meetings_page_dispose (GObject *object)
{
  CspMeetingsPage *self = CSP_MEETINGS_PAGE (object);

  if (self->loader != NULL)
    csp_list_loader_cancel (self->loader);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (csp_meetings_page_parent_class)->dispose (object);
}

static void
csp_meetings_page_finalize (GObject *object)
{
  CspMeetingsPage *self = CSP_MEETINGS_PAGE (object);

  g_clear_object (&self->sort_model);
  g_clear_object (&self->loader);

  G_OBJECT_CLASS (csp_meetings_page_parent_class)->finalize (object);
}

static void
csp_meetings_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CspMeetingsPage *self = CSP_MEETINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, csp_meetings_page_get_loading (self));
      break;
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_meetings_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CspMeetingsPage *self = CSP_MEETINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      csp_meetings_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_COMPACT:
      csp_meetings_page_set_compact (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_meetings_page_map (GtkWidget *widget)
{
  CspMeetingsPage *self = CSP_MEETINGS_PAGE (widget);

  GTK_WIDGET_CLASS (csp_meetings_page_parent_class)->map (widget);

  if (self->stale)
    csp_meetings_page_reload (self);
}

static void
csp_meetings_page_class_init (CspMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_meetings_page_dispose;
  object_class->finalize = csp_meetings_page_finalize;
  object_class->get_property = csp_meetings_page_get_property;
  object_class->set_property = csp_meetings_page_set_property;
  widget_class->map = csp_meetings_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CSP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* A narrow window: only the columns that matter most. */
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/csp-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, when_column);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, title_column);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, kind_column);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, account_column);
  gtk_widget_class_bind_template_callback (widget_class, setup_label_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_when_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_when_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_kind_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_account_cb);
}

static void
csp_meetings_page_init (CspMeetingsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->loader = csp_list_loader_new (CSP_TYPE_MEETING_SUMMARY);
  g_signal_connect_object (self->loader, "notify::loading",
                           G_CALLBACK (loader_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->loader, "failed",
                           G_CALLBACK (loader_failed_cb), self, G_CONNECT_SWAPPED);
  setup_sorting (self);
  g_signal_connect_object (self->sort_model, "items-changed",
                           G_CALLBACK (update_visible_page), self, G_CONNECT_SWAPPED);
  update_visible_page (self);
}

/* Public API */

CspStore *
csp_meetings_page_get_store (CspMeetingsPage *self)
{
  g_return_val_if_fail (CSP_IS_MEETINGS_PAGE (self), NULL);

  return self->store;
}

void
csp_meetings_page_set_store (CspMeetingsPage *self,
                          CspStore     *store)
{
  g_return_if_fail (CSP_IS_MEETINGS_PAGE (self));
  g_return_if_fail (store == NULL || CSP_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  /* A hidden page reads its list when it is first shown, so the page
   * in front gets the window's first query to itself. */
  csp_list_loader_load (self->loader, NULL, NULL, NULL, NULL);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    csp_meetings_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* Reads the list again; "upcoming" starts now. */
void
csp_meetings_page_reload (CspMeetingsPage *self)
{
  g_return_if_fail (CSP_IS_MEETINGS_PAGE (self));

  self->stale = FALSE;
  csp_list_loader_load (self->loader, self->store, query_upcoming_meetings,
                        csp_timestamp_now_text (), g_free);
}

gboolean
csp_meetings_page_get_loading (CspMeetingsPage *self)
{
  g_return_val_if_fail (CSP_IS_MEETINGS_PAGE (self), FALSE);

  return csp_list_loader_get_loading (self->loader);
}

/* The rows as shown: CspMeetingSummary items in the table's order. */
GListModel *
csp_meetings_page_get_model (CspMeetingsPage *self)
{
  g_return_val_if_fail (CSP_IS_MEETINGS_PAGE (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

/* Hides the kind column, which a narrow window has no room for. */
void
csp_meetings_page_set_compact (CspMeetingsPage *self,
                               gboolean          compact)
{
  g_return_if_fail (CSP_IS_MEETINGS_PAGE (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  gtk_column_view_column_set_visible (self->kind_column, !compact);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}
