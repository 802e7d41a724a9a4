/* csp-meetings-page.c: the upcoming meetings with every account
 *
 * The planned meetings from now on, soonest first, with their kind and
 * account; times show in the local time zone. Loading, the empty and
 * error states and the "compact" property come from CspListPage.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-format.h"
#include "csp-meetings-page.h"

struct _CspMeetingsPage
{
  CspListPage          parent_instance;

  GtkRevealer         *account_revealer;
  GtkLabel            *account_label;
  gint64               account_id;   /* only this account's rows; 0 for all */

  GtkColumnViewColumn *when_column;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *account_column;
};

G_DEFINE_FINAL_TYPE (CspMeetingsPage, csp_meetings_page, CSP_TYPE_LIST_PAGE)

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

/* The query's order (soonest first) stays until a column header is
 * clicked. */
static void
setup_sorters (CspMeetingsPage *self)
{
  GtkExpression *account_name =
    gtk_property_expression_new (CSP_TYPE_MEETING_SUMMARY, NULL, "account-name");

  csp_list_page_set_column_sorter (
    self->when_column, GTK_SORTER (gtk_string_sorter_new (meeting_property ("scheduled-at"))));
  csp_list_page_set_column_sorter (
    self->title_column, GTK_SORTER (gtk_string_sorter_new (meeting_property ("title"))));
  csp_list_page_set_column_sorter (
    self->kind_column, GTK_SORTER (gtk_custom_sorter_new (compare_kind, NULL, NULL)));
  csp_list_page_set_column_sorter (
    self->account_column, GTK_SORTER (gtk_string_sorter_new (account_name)));
}

static GListModel *
query_upcoming_meetings (CspStore  *store,
                         gpointer   now,
                         GError   **error)
{
  return csp_store_list_upcoming_meetings (store, now, error);
}

/* "Upcoming" starts when the list is read. */
static char *
dup_now (CspListPage *page)
{
  return csp_timestamp_now_text ();
}

/* Hides the kind column, which a narrow window has no room for. */
static void
set_compact (CspListPage *page,
             gboolean     compact)
{
  CspMeetingsPage *self = CSP_MEETINGS_PAGE (page);

  gtk_column_view_column_set_visible (self->kind_column, !compact);
}

static gboolean
match_account (gpointer item,
               gpointer user_data)
{
  CspMeetingsPage *self = user_data;

  return csp_meeting_get_account_id (csp_meeting_summary_get_meeting (CSP_MEETING_SUMMARY (item))) == self->account_id;
}

/* Callbacks */

static void
show_all_cb (CspMeetingsPage *self)
{
  csp_meetings_page_show_account (self, 0, NULL);
}

/* A row opens its meeting's page. */
static void
meeting_activated_cb (CspMeetingsPage *self,
                      guint            position)
{
  GListModel *model = csp_list_page_get_model (CSP_LIST_PAGE (self));
  g_autoptr(CspMeetingSummary) summary = g_list_model_get_item (model, position);

  if (summary != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-meeting", "x",
                                csp_record_get_id (CSP_RECORD (csp_meeting_summary_get_meeting (summary))));
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
csp_meetings_page_class_init (CspMeetingsPageClass *klass)
{
  CspListPageClass *page_class = CSP_LIST_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  page_class->item_type = CSP_TYPE_MEETING_SUMMARY;
  page_class->query = query_upcoming_meetings;
  page_class->dup_query_data = dup_now;
  page_class->set_compact = set_compact;

  csp_list_page_class_set_template_from_resource (widget_class,
                                                  RESOURCE_BASE "/ui/csp-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, when_column);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, title_column);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, kind_column);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, account_column);
  gtk_widget_class_bind_template_callback (widget_class, setup_when_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_when_cb);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, account_revealer);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, account_label);
  gtk_widget_class_bind_template_callback (widget_class, show_all_cb);
  gtk_widget_class_bind_template_callback (widget_class, meeting_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_kind_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_account_cb);
}

static void
csp_meetings_page_init (CspMeetingsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  setup_sorters (self);
}

/* Public API */

CSP_LIST_PAGE_DEFINE_API (CspMeetingsPage, csp_meetings_page)

/* Shows only the rows of the account @account_id, named @account_name,
 * under a bar that says so and offers to show all again; 0 shows every
 * account's rows. */
void
csp_meetings_page_show_account (CspMeetingsPage *self,
                                gint64           account_id,
                                const char      *account_name)
{
  g_autoptr(GtkFilter) filter = NULL;

  g_return_if_fail (CSP_IS_MEETINGS_PAGE (self));

  self->account_id = account_id;
  if (account_id != 0)
    filter = GTK_FILTER (gtk_custom_filter_new (match_account, self, NULL));
  csp_list_page_show_account_rows (CSP_LIST_PAGE (self), filter, account_name,
                                   self->account_revealer, self->account_label);
}

/* The account whose rows alone show; 0 when all do. */
gint64
csp_meetings_page_get_account_id (CspMeetingsPage *self)
{
  g_return_val_if_fail (CSP_IS_MEETINGS_PAGE (self), 0);

  return self->account_id;
}
