/* csp-meetings-page.c: the meetings with every account
 *
 * Two lists in one tab: the meetings to come, soonest first, and the
 * past ones, latest first, chosen with a pair of toggle buttons (they
 * fit a narrow window, where a second view switcher would not). All
 * meetings are read in one query, each with its counts of attendees and
 * decisions; the toggles, the filters popover (kind, status, account)
 * and the search then choose the rows through one CspMeetingFilter.
 * Loading, the error state and the "compact" property come from
 * CspListPage; the columns live in csp-meetings-page-columns.c.
 *
 * The empty page says why nothing shows: no meetings at all, none to
 * come (or past), or none matching the search or the filters, and
 * offers the next step (a new meeting, clearing the filters).
 *
 * Opening a row and "New Meeting…" are window actions
 * (win.open-meeting and win.new-meeting, taking an id); the new meeting
 * is for the account the list is narrowed to, if any. The list reads
 * itself again when the store's meetings, decisions or attendees change
 * (at once when on show, else when next shown), and when shown again
 * five minutes after it was read, as meetings to come become past.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-meeting.h"
#include "csp-meetings-page-private.h"

G_DEFINE_FINAL_TYPE (CspMeetingsPage, csp_meetings_page, CSP_TYPE_LIST_PAGE)

/* How long a list read stays fresh for a page shown again. */
#define STALE_AFTER (5 * 60 * G_USEC_PER_SEC)

/* The tables whose changes change the list. */
static const char * const watched_tables[] = {
  "meeting", "decision", "attendee", "account", NULL
};

/* Auxiliary methods */

static GListModel *
query_meetings (CspStore  *store,
                gpointer   now,
                GError   **error)
{
  return csp_store_list_meeting_summaries (store, now, error);
}

/* "Upcoming" is relative to when the list is read. */
static char *
dup_now (CspListPage *page)
{
  CSP_MEETINGS_PAGE (page)->read_at = g_get_monotonic_time ();
  return csp_timestamp_now_text ();
}

/* Hides the columns a narrow window has no room for; the title cell
 * then says what they would (it follows the "compact" property). */
static void
set_compact (CspListPage *page,
             gboolean     compact)
{
  CspMeetingsPage *self = CSP_MEETINGS_PAGE (page);

  gtk_column_view_column_set_visible (self->account_column, !compact);
  gtk_column_view_column_set_visible (self->kind_column, !compact);
  gtk_column_view_column_set_visible (self->status_column, !compact);
  gtk_column_view_column_set_visible (self->attendees_column, !compact);
}

static gboolean
summary_matches (gpointer item,
                 gpointer user_data)
{
  CspMeetingsPage *self = user_data;

  return csp_meeting_filter_match (self->filter, item);
}

static GListModel *
loaded_rows (CspMeetingsPage *self)
{
  GListModel *shown = csp_list_page_get_model (CSP_LIST_PAGE (self));

  /* Under the page's filter: the sorted rows the query read. */
  return gtk_filter_list_model_get_model (GTK_FILTER_LIST_MODEL (shown));
}

/* A search or filters that found nothing show the search icon; an empty
 * list of meetings, the calendar. */
static void
set_empty_page (CspMeetingsPage *self,
                const char      *title,
                const char      *description,
                gboolean         offer_new,
                gboolean         offer_clear)
{
  gboolean no_match = !offer_new && (offer_clear || self->filter->needle != NULL);

  adw_status_page_set_icon_name (self->empty_page, no_match ? "system-search-symbolic"
                                                            : "x-office-calendar-symbolic");
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_widget_set_visible (self->empty_new_button, offer_new);
  gtk_widget_set_visible (self->empty_clear_button, offer_clear);
}

/* Says why no row shows. Only the account narrowing the list (as after
 * "Show in Meetings") is not worth calling a filter here: the bar above
 * says so, and a new meeting is the next step. */
static void
update_empty_page (CspMeetingsPage *self)
{
  CspMeetingFilter *filter = self->filter;
  gboolean searching = filter->needle != NULL;
  gboolean filtering = filter->kind != CSP_MEETING_FILTER_ANY ||
                       filter->status != CSP_MEETING_FILTER_ANY;

  if (g_list_model_get_n_items (loaded_rows (self)) == 0)
    set_empty_page (self, _("No Meetings Yet"),
                    _("Plan a strategy meeting, review or check-in with an account; "
                      "its brief is prepared from the account’s health, plans and risks."),
                    TRUE, FALSE);
  else if (searching && filtering)
    set_empty_page (self, _("No Matching Meetings"),
                    _("Try a different search, or clear the filters."), FALSE, TRUE);
  else if (searching)
    set_empty_page (self, _("No Matching Meetings"), _("Try a different search."),
                    FALSE, FALSE);
  else if (filtering)
    set_empty_page (self, _("No Matching Meetings"),
                    _("No meetings match the filters."), FALSE, TRUE);
  else if (filter->past)
    set_empty_page (self, _("No Past Meetings"),
                    _("Meetings show here once they have taken place."), FALSE, FALSE);
  else
    set_empty_page (self, _("No Upcoming Meetings"),
                    _("Planned meetings show here, soonest first."), TRUE, FALSE);
}

/* The bar over the list names the account the list is narrowed to; new
 * meetings are for that account. */
static void
update_account (CspMeetingsPage *self)
{
  const char *name = csp_meetings_filters_get_account_name (self->filters);
  g_autofree char *text = NULL;
  g_autoptr(GVariant) target = g_variant_ref_sink (g_variant_new_int64 (self->filter->account_id));

  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->new_button), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->empty_new_button), target);
  gtk_revealer_set_reveal_child (self->account_revealer, self->filter->account_id != 0);
  if (self->filter->account_id == 0)
    return;
  /* Translators: %s is the name of an account */
  text = g_strdup_printf (_("Showing “%s” only"), name ? name : "");
  gtk_label_set_text (self->account_label, text);
}

static void
refilter (CspMeetingsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->custom_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_empty_page (self);
}

/* Callbacks */

static void
span_toggled_cb (CspMeetingsPage *self)
{
  gboolean past = !gtk_toggle_button_get_active (self->upcoming_button);

  if (past == self->filter->past)
    return;
  self->filter->past = past;
  refilter (self);
}

static void
search_changed_cb (CspMeetingsPage *self)
{
  if (csp_meeting_filter_set_search (self->filter,
                                     gtk_editable_get_text (GTK_EDITABLE (self->search_entry))))
    refilter (self);
}

static void
filters_changed_cb (CspMeetingsPage *self)
{
  csp_meetings_filters_apply (self->filters, self->filter);
  csp_list_page_show_n_filters (self->filter_button, self->filter_label,
                                csp_meeting_filter_get_n_active (self->filter));
  update_account (self);
  refilter (self);
}

static void
clear_filters_cb (CspMeetingsPage *self)
{
  csp_meetings_filters_clear (self->filters);
}

static void
show_all_cb (CspMeetingsPage *self)
{
  csp_meetings_page_show_account (self, 0, NULL);
}

/* The filter offers the accounts of the rows read. */
static void
rows_loaded_cb (CspMeetingsPage *self)
{
  csp_meetings_filters_set_accounts (self->filters, loaded_rows (self));
  update_empty_page (self);
}

/* Enter or a double click on a row opens the meeting. */
static void
row_activated_cb (GtkColumnView   *view,
                  guint            position,
                  CspMeetingsPage *self)
{
  g_autoptr(CspMeetingSummary) summary =
    g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (view)), position);

  CspRecord *meeting;

  if (summary == NULL)
    return;
  meeting = CSP_RECORD (csp_meeting_summary_get_meeting (summary));
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-meeting", "x",
                              csp_record_get_id (meeting));
}

static void
toggle_search_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CspMeetingsPage *self = CSP_MEETINGS_PAGE (widget);

  gtk_search_bar_set_search_mode (self->search_bar,
                                  !gtk_search_bar_get_search_mode (self->search_bar));
}

/* Overrides */

/* The base has set up the list by now; the filter goes on it. */
static void
csp_meetings_page_constructed (GObject *object)
{
  CspMeetingsPage *self = CSP_MEETINGS_PAGE (object);

  G_OBJECT_CLASS (csp_meetings_page_parent_class)->constructed (object);

  self->custom_filter = gtk_custom_filter_new (summary_matches, self, NULL);
  csp_list_page_set_filter (CSP_LIST_PAGE (self), GTK_FILTER (self->custom_filter));
  g_signal_connect_object (loaded_rows (self), "items-changed",
                           G_CALLBACK (rows_loaded_cb), self, G_CONNECT_SWAPPED);
  update_account (self);
  update_empty_page (self);
}

static void
csp_meetings_page_dispose (GObject *object)
{
  CspMeetingsPage *self = CSP_MEETINGS_PAGE (object);

  /* The rows may change as the columns go; the filters are going too. */
  if (self->custom_filter != NULL)
    {
      g_signal_handlers_disconnect_by_data (loaded_rows (self), self);
      gtk_custom_filter_set_filter_func (self->custom_filter, NULL, NULL, NULL);
    }

  G_OBJECT_CLASS (csp_meetings_page_parent_class)->dispose (object);
}

static void
csp_meetings_page_finalize (GObject *object)
{
  CspMeetingsPage *self = CSP_MEETINGS_PAGE (object);

  g_clear_object (&self->custom_filter);
  g_clear_pointer (&self->filter, csp_meeting_filter_free);

  G_OBJECT_CLASS (csp_meetings_page_parent_class)->finalize (object);
}

/* Typing anywhere in the window searches while the list is on show. */
static void
csp_meetings_page_map (GtkWidget *widget)
{
  CspMeetingsPage *self = CSP_MEETINGS_PAGE (widget);

  GTK_WIDGET_CLASS (csp_meetings_page_parent_class)->map (widget);
  gtk_search_bar_set_key_capture_widget (self->search_bar,
                                         GTK_WIDGET (gtk_widget_get_root (widget)));
  /* Meetings end as time passes: a list read long ago is read again.
   * (Writes to the tables it shows reload it through the base class.) */
  if (self->read_at != 0 && g_get_monotonic_time () - self->read_at > STALE_AFTER)
    csp_list_page_reload (CSP_LIST_PAGE (self));
}

static void
csp_meetings_page_unmap (GtkWidget *widget)
{
  CspMeetingsPage *self = CSP_MEETINGS_PAGE (widget);

  gtk_search_bar_set_key_capture_widget (self->search_bar, NULL);
  GTK_WIDGET_CLASS (csp_meetings_page_parent_class)->unmap (widget);
}

static void
csp_meetings_page_class_init (CspMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CspListPageClass *page_class = CSP_LIST_PAGE_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = csp_meetings_page_constructed;
  object_class->dispose = csp_meetings_page_dispose;
  object_class->finalize = csp_meetings_page_finalize;
  widget_class->map = csp_meetings_page_map;
  widget_class->unmap = csp_meetings_page_unmap;

  page_class->item_type = CSP_TYPE_MEETING_SUMMARY;
  page_class->query = query_meetings;
  page_class->dup_query_data = dup_now;
  page_class->set_compact = set_compact;
  page_class->watched_tables = watched_tables;

  csp_list_page_class_set_template_from_resource (widget_class,
                                                  RESOURCE_BASE "/ui/csp-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, upcoming_button);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, past_button);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, search_button);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, account_revealer);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, account_label);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, empty_new_button);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsPage, empty_clear_button);
  gtk_widget_class_bind_template_callback (widget_class, span_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_all_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  _csp_meetings_page_bind_column_callbacks (widget_class);

  /* Ctrl+F opens and closes the search while the focus is in the list
   * (the window's own search is the Accounts table's). */
  gtk_widget_class_install_action (widget_class, "meetings.search", NULL, toggle_search_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "meetings.search", NULL);
}

static void
csp_meetings_page_init (CspMeetingsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filter = csp_meeting_filter_new ();
  self->filters = CSP_MEETINGS_FILTERS (csp_meetings_filters_new ());
  gtk_menu_button_set_popover (self->filter_button, GTK_WIDGET (self->filters));
  g_signal_connect_object (self->filters, "changed", G_CALLBACK (filters_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_object_bind_property (self->search_button, "active", self->search_bar,
                          "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  _csp_meetings_page_setup_sorters (self);
}

/* Public API */

CSP_LIST_PAGE_DEFINE_API (CspMeetingsPage, csp_meetings_page)

/* Shows only the meetings of the account @account_id, named
 * @account_name, under a bar that says so and offers to show all
 * again; 0 shows every account's meetings. The account is the filter
 * popover's, which can change it too. */
void
csp_meetings_page_show_account (CspMeetingsPage *self,
                                gint64           account_id,
                                const char      *account_name)
{
  g_return_if_fail (CSP_IS_MEETINGS_PAGE (self));

  csp_meetings_filters_set_account (self->filters, account_id, account_name);
}

/* The account whose meetings alone show; 0 when all do. */
gint64
csp_meetings_page_get_account_id (CspMeetingsPage *self)
{
  g_return_val_if_fail (CSP_IS_MEETINGS_PAGE (self), 0);

  return self->filter->account_id;
}

/* Shows the meetings still to come, or (@past) those that have ended. */
void
csp_meetings_page_set_past (CspMeetingsPage *self,
                            gboolean         past)
{
  g_return_if_fail (CSP_IS_MEETINGS_PAGE (self));

  gtk_toggle_button_set_active (past ? self->past_button : self->upcoming_button, TRUE);
}

gboolean
csp_meetings_page_get_past (CspMeetingsPage *self)
{
  g_return_val_if_fail (CSP_IS_MEETINGS_PAGE (self), FALSE);

  return self->filter->past;
}

/* The filters popover, for tests and keyboard shortcuts. */
CspMeetingsFilters *
csp_meetings_page_get_filters (CspMeetingsPage *self)
{
  g_return_val_if_fail (CSP_IS_MEETINGS_PAGE (self), NULL);

  return self->filters;
}
