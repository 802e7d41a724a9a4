/* csp-meetings-page-private.h: what the meetings page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-meeting-filter.h"
#include "csp-meetings-filters.h"
#include "csp-meetings-page.h"

G_BEGIN_DECLS

struct _CspMeetingsPage
{
  CspListPage          parent_instance;

  GtkWidget           *toolbar;
  GtkToggleButton     *upcoming_button;
  GtkToggleButton     *past_button;
  GtkToggleButton     *search_button;
  GtkMenuButton       *filter_button;
  GtkLabel            *filter_label;
  GtkWidget           *new_button;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;
  GtkRevealer         *account_revealer;
  GtkLabel            *account_label;
  AdwStatusPage       *empty_page;
  GtkWidget           *empty_new_button;
  GtkWidget           *empty_clear_button;

  GtkColumnViewColumn *when_column;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *account_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *attendees_column;

  CspMeetingsFilters  *filters;
  CspMeetingFilter    *filter;         /* what the list shows */
  GtkCustomFilter     *custom_filter;
  gint64               read_at;        /* monotonic time of the last read */
};

void _csp_meetings_page_setup_sorters         (CspMeetingsPage *self);
void _csp_meetings_page_bind_column_callbacks (GtkWidgetClass  *widget_class);

G_END_DECLS
