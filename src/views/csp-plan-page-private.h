/* csp-plan-page-private.h: what the plan page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-objective-progress.h"
#include "csp-plan-page.h"
#include "csp-store-watch.h"

/* Narrower than this, rows show less. */
#define CSP_PLAN_PAGE_COMPACT_WIDTH 600

G_BEGIN_DECLS

struct _CspPlanPage
{
  AdwBin               parent_instance;

  CspStore            *store;
  gint64               plan_id;
  char                *today;
  CspSuccessPlan      *plan;        /* as last read */
  char                *account_name; /* the plan's account's */
  GListModel          *objectives;  /* CspObjective, in order */
  GListModel          *actions;     /* CspActionItem, in order */
  GHashTable          *meeting_titles; /* meeting id → title */
  CspStoreWatch       *watch;
  guint                compact_id;  /* an idle refill for a new width */
  gboolean             compact;     /* narrow: rows leave out what they can */
  gboolean             filling;     /* the status control is being set */
  GType                focus_type;  /* the row to focus after a reload */
  gint64               focus_id;

  AdwWindowTitle      *window_title;
  GtkStack            *stack;
  AdwStatusPage       *error_page;
  GtkLabel            *title_label;
  GtkLabel            *outcome_label;
  GtkDropDown         *status_dropdown;
  AdwActionRow        *dates_row;
  AdwActionRow        *progress_row;
  GtkProgressBar      *progress_bar;
  AdwPreferencesGroup *objectives_group;
  GtkListBox          *objectives_list;
  AdwPreferencesGroup *actions_group;
  GtkListBox          *actions_list;
};

/* csp-plan-page-undo.c */
void      _csp_plan_page_toast        (CspPlanPage    *self,
                                       const char     *text);
AdwToast *_csp_plan_page_toast_undo   (CspPlanPage    *self,
                                       const char     *text,
                                       GPtrArray      *inserts,
                                       GPtrArray      *updates);

/* csp-plan-page.c */
gpointer _csp_plan_page_find         (CspPlanPage    *self,
                                      GType           type,
                                      gint64          id);

/* csp-plan-page-fill.c */
void     _csp_plan_page_fill         (CspPlanPage    *self);

/* csp-plan-page-edit.c */
void     _csp_plan_page_install_edit_actions (GtkWidgetClass *widget_class);
void     _csp_plan_page_setup_drag   (CspPlanPage    *self,
                                      GtkWidget      *row,
                                      CspRecord      *record);

/* csp-plan-page-status.c */
void     _csp_plan_page_install_plan_actions (GtkWidgetClass *widget_class);
void     _csp_plan_page_setup_status (CspPlanPage    *self);

G_END_DECLS
