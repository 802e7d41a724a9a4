/* csp-meetings-page-columns.c: the cells and sorters of the Meetings tab
 *
 * When (in the local time zone), the title, the account, kind, status
 * and the number of attendees. A held meeting without notes or
 * decisions carries a flag beside its title. In a narrow window only
 * the time and the title show, the title with the account, kind and
 * status under it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-date.h"
#include "csp-enum-types.h"
#include "csp-format.h"
#include "csp-meeting.h"
#include "csp-meetings-page-private.h"

/* Auxiliary methods */

static CspMeetingSummary *
item_summary (GtkListItem *item)
{
  return gtk_list_item_get_item (item);
}

static CspMeeting *
item_meeting (GtkListItem *item)
{
  return csp_meeting_summary_get_meeting (item_summary (item));
}

static void
set_cell_text (GtkListItem *item,
               const char  *text)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text ? text : "");
}

static void
set_class (GtkWidget  *widget,
           const char *css_class,
           gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static GtkWidget *
label_new (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* The local time of day of @timestamp (UTC), "14:30". */
static char *
local_time (const char *timestamp)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (!csp_timestamp_parse (timestamp, &utc, NULL))
    return g_strdup ("");
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%H:%M");
}

static int
compare_enum (CspMeetingSummary *a,
              CspMeetingSummary *b,
              int (*get) (CspMeeting *))
{
  int va = get (csp_meeting_summary_get_meeting (a));
  int vb = get (csp_meeting_summary_get_meeting (b));

  return (va > vb) - (va < vb);
}

static int
get_kind (CspMeeting *meeting)
{
  return csp_meeting_get_kind (meeting);
}

static int
get_status (CspMeeting *meeting)
{
  return csp_meeting_get_status (meeting);
}

static int
compare_kind (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return compare_enum ((gpointer) a, (gpointer) b, get_kind);
}

static int
compare_status (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return compare_enum ((gpointer) a, (gpointer) b, get_status);
}

static GtkExpression *
meeting_property (const char *property)
{
  GtkExpression *meeting =
    gtk_property_expression_new (CSP_TYPE_MEETING_SUMMARY, NULL, "meeting");

  return gtk_property_expression_new (CSP_TYPE_MEETING, meeting, property);
}

/* Callbacks */

/* Times are never cut short; the title gives way instead. A narrow
 * window shows the day over the time, to leave the title more room. */
static void
setup_when_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CspMeetingsPage          *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *full = gtk_label_new (NULL);
  GtkWidget *day = gtk_label_new (NULL);
  GtkWidget *time = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (full), 0);
  gtk_label_set_xalign (GTK_LABEL (day), 0);
  gtk_label_set_xalign (GTK_LABEL (time), 0);
  gtk_widget_add_css_class (time, "caption");
  gtk_widget_add_css_class (box, "numeric");
  g_object_bind_property (self, "compact", full, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  g_object_bind_property (self, "compact", day, "visible", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "compact", time, "visible", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (box), full);
  gtk_box_append (GTK_BOX (box), day);
  gtk_box_append (GTK_BOX (box), time);
  gtk_list_item_set_child (item, box);
}

static void
bind_when_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CspMeetingsPage          *self)
{
  const char *scheduled_at = csp_meeting_get_scheduled_at (item_meeting (item));
  g_autofree char *full = csp_format_local_datetime (scheduled_at);
  g_autofree char *day = csp_format_local_date (scheduled_at);
  g_autofree char *time = local_time (scheduled_at);
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (item));

  gtk_label_set_text (GTK_LABEL (label), full);
  label = gtk_widget_get_next_sibling (label);
  gtk_label_set_text (GTK_LABEL (label), day);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (label)), time);
}

/* The title over a line of what the hidden columns would say (that
 * line shows only in a narrow window), then the flag, at the end so
 * the titles stay in line. */
static void
setup_title_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CspMeetingsPage          *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *flag = gtk_image_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *subtitle = label_new ("caption");

  gtk_widget_add_css_class (flag, "warning");
  gtk_widget_set_tooltip_text (flag, _("Held, but no notes or decisions recorded"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (flag), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Held, but no notes or decisions recorded"), -1);
  gtk_widget_add_css_class (subtitle, "dim-label");
  g_object_bind_property (self, "compact", subtitle, "visible", G_BINDING_SYNC_CREATE);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), label_new (NULL));
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), flag);
  gtk_list_item_set_child (item, box);
}

static void
bind_title_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CspMeetingsPage          *self)
{
  CspMeetingSummary *summary = item_summary (item);
  CspMeeting *meeting = csp_meeting_summary_get_meeting (summary);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *flag = gtk_widget_get_last_child (box);
  GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_first_child (box));
  gboolean unrecorded = csp_meeting_summary_is_unrecorded (summary);
  gboolean cancelled = csp_meeting_get_status (meeting) == CSP_MEETING_CANCELLED;
  g_autofree char *details = NULL;

  gtk_widget_set_visible (flag, unrecorded);
  set_class (box, "meeting-unrecorded", unrecorded);
  set_class (title, "meeting-cancelled", cancelled);
  gtk_label_set_text (GTK_LABEL (title), csp_meeting_get_title (meeting));
  /* Translators: under a meeting's title in a narrow window: its
   * account, kind and status, e.g. "Acme · Strategy · Held" */
  details = g_strdup_printf (_("%s · %s · %s"),
                             csp_meeting_summary_get_account_name (summary),
                             csp_enum_to_label (CSP_TYPE_MEETING_KIND,
                                                csp_meeting_get_kind (meeting)),
                             csp_enum_to_label (CSP_TYPE_MEETING_STATUS,
                                                csp_meeting_get_status (meeting)));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (title)), details);
}

static void
bind_account_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 CspMeetingsPage          *self)
{
  set_cell_text (item, csp_meeting_summary_get_account_name (item_summary (item)));
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
bind_status_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CspMeetingsPage          *self)
{
  CspMeetingStatus status = csp_meeting_get_status (item_meeting (item));

  set_cell_text (item, csp_enum_to_label (CSP_TYPE_MEETING_STATUS, status));
  set_class (gtk_list_item_get_child (item), "dim-label", status == CSP_MEETING_CANCELLED);
}

static void
setup_count_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CspMeetingsPage          *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_attendees_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   CspMeetingsPage          *self)
{
  g_autofree char *count =
    g_strdup_printf ("%u", csp_meeting_summary_get_n_attendees (item_summary (item)));

  set_cell_text (item, count);
}

/* Private API */

/* The query's order (soonest first; latest first for past meetings)
 * stays until a column header is clicked. */
void
_csp_meetings_page_setup_sorters (CspMeetingsPage *self)
{
  GtkExpression *account_name =
    gtk_property_expression_new (CSP_TYPE_MEETING_SUMMARY, NULL, "account-name");
  GtkExpression *attendees =
    gtk_property_expression_new (CSP_TYPE_MEETING_SUMMARY, NULL, "n-attendees");

  csp_list_page_set_column_sorter (
    self->when_column, GTK_SORTER (gtk_string_sorter_new (meeting_property ("scheduled-at"))));
  csp_list_page_set_column_sorter (
    self->title_column, GTK_SORTER (gtk_string_sorter_new (meeting_property ("title"))));
  csp_list_page_set_column_sorter (
    self->account_column, GTK_SORTER (gtk_string_sorter_new (account_name)));
  csp_list_page_set_column_sorter (
    self->kind_column, GTK_SORTER (gtk_custom_sorter_new (compare_kind, NULL, NULL)));
  csp_list_page_set_column_sorter (
    self->status_column, GTK_SORTER (gtk_custom_sorter_new (compare_status, NULL, NULL)));
  csp_list_page_set_column_sorter (
    self->attendees_column, GTK_SORTER (gtk_numeric_sorter_new (attendees)));
}

void
_csp_meetings_page_bind_column_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, when_column);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, title_column);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, account_column);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, kind_column);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, attendees_column);
  gtk_widget_class_bind_template_callback (widget_class, setup_when_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_when_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_account_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_kind_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_count_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_attendees_cb);
}
