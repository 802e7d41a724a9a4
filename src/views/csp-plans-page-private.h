/* csp-plans-page-private.h: what the Plans page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-action-filter.h"
#include "csp-list-filler.h"
#include "csp-plans-page.h"
#include "csp-plans-progress.h"
#include "csp-recovery-counts.h"
#include "csp-store-watch.h"

G_BEGIN_DECLS

struct _CspPlansPage
{
  AdwBin             parent_instance;

  CspStore          *store;
  GSettings         *settings;      /* for the CSM's name; NULL without the schema */
  GCancellable      *cancellable;   /* of the read in flight, if any */
  GListModel        *all;           /* CspActionSummary, as read */
  GListStore        *shown;         /* headings and items, as shown */
  CspListFiller     *filler;        /* of shown */
  char              *today;         /* the day of the last read */
  gint64             load_started;  /* monotonic µs, for the debug log */
  char              *pinned_today;  /* set by tests; NULL for the real today */
  GDateWeekday       first_weekday; /* from the locale */
  CspActionFilter    filter;
  char              *account_name;  /* of filter.account_id */
  gboolean           stale;         /* not read since the store was set */
  gboolean           recoveries_stale;
  CspStoreWatch     *watch;         /* the items' tables */
  CspStoreWatch     *recoveries_watch;
  gboolean           compact;
  gboolean           failed;        /* the last read went wrong */
  AdwToast          *undo_toast;    /* offering to undo the last change */

  GtkStack          *view_stack;
  GtkSearchEntry    *search_entry;
  GtkToggleButton   *mine_button;
  GtkMenuButton     *filter_button;
  GtkGrid           *filter_grid;
  GtkDropDown       *account_drop;
  GtkStringList     *account_names; /* "Any", then the accounts read, by name */
  GArray            *account_ids;   /* gint64 of each name after "Any" */
  gboolean           syncing;       /* setting account_drop, not the user */
  GtkDropDown       *side_drop;
  GtkDropDown       *priority_drop;
  GtkDropDown       *status_drop;
  GtkRevealer       *account_revealer;
  GtkLabel          *account_label;
  CspPlansProgress  *progress;
  GtkStack          *stack;
  GtkSpinner        *spinner;
  AdwStatusPage     *error_page;
  GtkListView       *list_view;
  CspRecoveryCounts *recovery_counts;
};

/* csp-plans-page-load.c */
void _csp_plans_page_cancel_load        (CspPlansPage *self);
void _csp_plans_page_update_recoveries  (CspPlansPage *self);
void _csp_plans_page_init_watches       (CspPlansPage *self);

/* csp-plans-page-filters.c */
void _csp_plans_page_setup_filters  (CspPlansPage *self);
void _csp_plans_page_read_filters   (CspPlansPage *self);
void _csp_plans_page_regroup        (CspPlansPage *self);
void _csp_plans_page_fill_accounts  (CspPlansPage *self);
void _csp_plans_page_sync_account   (CspPlansPage *self);

/* csp-plans-page-done.c */
void _csp_plans_page_set_done       (CspPlansPage     *self,
                                     CspActionSummary *summary,
                                     gboolean          done);

G_END_DECLS
