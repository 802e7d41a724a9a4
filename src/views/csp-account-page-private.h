/* csp-account-page-private.h: what the account page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-account-page.h"
#include "csp-account-recoveries.h"
#include "csp-list-loader.h"
#include "csp-store-bundle.h"
#include "csp-store-watch.h"

G_BEGIN_DECLS

#define TIMELINE_FIRST 20
#define TIMELINE_STEP  50
#define NEXT_ITEMS     3

struct _CspAccountPage
{
  AdwBin               parent_instance;

  CspStore            *store;
  CspListLoader       *loader;
  CspAccountOverview  *overview;
  gint64               account_id;
  char                *today;
  CspStoreWatch       *watch;
  guint                timeline_limit;
  CspRecord           *deleted;   /* the last record deleted, for undo */
  CspAccountBundle    *deleted_account;  /* the account deleted last, for undo */
  AdwToast            *delete_toast;     /* weak: the toast offering that undo */

  AdwWindowTitle      *window_title;
  GtkStack            *stack;
  GtkSpinner          *spinner;
  AdwStatusPage       *error_page;
  GtkLabel            *name_label;
  GtkLabel            *state_label;
  GtkFlowBox          *facts_box;
  GtkLabel            *score_label;
  GtkLabel            *band_label;
  GtkLabel            *change_label;
  GtkBox              *window_box;
  CspHealthChart      *chart;
  GtkListBox          *components_list;
  GtkWidget           *window_buttons[CSP_TREND_ALL + 1];
  GtkLabel            *component_values[CSP_N_COMPONENTS];
  GtkCheckButton      *component_checks[CSP_N_COMPONENTS];
  AdwActionRow        *component_rows[CSP_N_COMPONENTS];
  GtkBox              *stakeholders_box;
  AdwPreferencesGroup *risks_group;
  GtkListBox          *risks_list;
  AdwPreferencesGroup *plans_group;
  GtkListBox          *plans_list;
  AdwPreferencesGroup *meetings_group;
  GtkListBox          *meetings_list;
  CspAccountRecoveries *recoveries_group;
  GtkListBox          *timeline_list;
  GtkWidget           *more_button;
};

static inline GListModel *
_csp_account_page_list (CspAccountPage  *self,
                        CspOverviewList  list)
{
  return csp_account_overview_get_list (self->overview, list);
}

static inline CspAccount *
_csp_account_page_account (CspAccountPage *self)
{
  return csp_account_overview_get_account (self->overview);
}


void _csp_account_page_fill                 (CspAccountPage *self);
void _csp_account_page_fill_timeline        (CspAccountPage *self);
void _csp_account_page_setup_chart_controls (CspAccountPage *self);
void _csp_account_page_install_manage_actions (GtkWidgetClass *widget_class);
void _csp_account_page_show_archived (CspAccountPage *self,
                                      CspAccount     *account);

G_END_DECLS
