/* csp-window-private.h: what the window's files share
 *
 * csp-window.c builds the window (store, sample portfolio, reports,
 * import, settings); csp-window-pages.c moves between its pages and
 * makes new accounts, plans and meetings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-account-page.h"
#include "csp-accounts-page.h"
#include "csp-meeting-page.h"
#include "csp-meetings-page.h"
#include "csp-plan-page.h"
#include "csp-plans-page.h"
#include "csp-window.h"

G_BEGIN_DECLS

struct _CspWindow
{
  AdwApplicationWindow  parent_instance;

  CspStore             *store;
  GSettings            *settings;
  GCancellable         *sample_cancellable; /* set while the sample is made */
  GApplication         *held_application;   /* kept running meanwhile */
  char                 *page_before_sample;
  guint                 switcher_idle;      /* the switcher bar, after layout */
  gboolean              disposed;

  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  AdwStatusPage        *refused_page;
  GtkProgressBar       *sample_progress;
  CspAccountsPage      *accounts_page;
  CspPlansPage         *plans_page;
  CspMeetingsPage      *meetings_page;
  GtkWidget            *search_button;
  AdwLeaflet           *leaflet;
  GtkWidget            *views_box;
  CspAccountPage       *account_page;
  CspPlanPage          *plan_page;
  GtkWidget            *plan_opened_from;   /* the leaflet child to go back to */
  CspMeetingPage       *meeting_page;
  GtkWidget            *meeting_opened_from; /* the same for the meeting page */
};

void _csp_window_update_actions   (CspWindow      *self);
void _csp_window_class_init_pages (GtkWidgetClass *widget_class);

G_END_DECLS
