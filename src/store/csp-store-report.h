/* csp-store-report.h: the figures of an EBR report, read in aggregate
 *
 * A report covers a period (first and last day, YYYY-MM-DD, inclusive)
 * and a selection of accounts: an array of ids, or none for every
 * account that is not archived. Each function runs one or a few indexed
 * queries, so a report streams account by account at portfolio scale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-store.h"

G_BEGIN_DECLS

/* A health score on a day; score is CSP_UNSET when there is none. */
typedef struct
{
  char date[11];
  int  score;
} CspHealthPoint;

/* Action items of an account's plans that are not cancelled (nor their
 * plan), indexed by CspSide where there are two. */
typedef struct
{
  int done_in_period[2]; /* completed between the period's first and last day */
  int open_at_end[2];    /* not done by the end of the last day */
  int overdue_at_end[2]; /* of those, due on or before the last day */
  int done_by_end;
  int total;
} CspActionFigures;

typedef struct
{
  int    raised;          /* raised in the period */
  int    resolved;        /* resolved in the period */
  int    open_at_end;     /* raised by the last day and not resolved by then */
  gint64 saved_arr_minor; /* saved ARR of the risks resolved in the period */
} CspRiskFigures;

typedef struct
{
  int   held;             /* meetings held in the period */
  char *last_on;          /* last meeting held on or before the last day, or NULL */
  char *next_on;          /* first meeting (not cancelled) after the last day, or NULL */
} CspMeetingFigures;

/* A meeting held in the period, with its decisions in order. */
typedef struct
{
  char       date[11];
  char      *kind;        /* the stored nick */
  char      *title;
  GPtrArray *decisions;   /* char * */
} CspHeldMeeting;

typedef struct
{
  char   currency[4];
  gint64 arr_minor;       /* customers at the end of the period */
  gint64 at_risk_minor;   /* of which at risk and renewing within 90 days */
  gint64 saved_minor;     /* saved by risks resolved in the period */
} CspCurrencyFigures;

typedef struct
{
  int     at_start;
  int     new_in_period;
  int     churned;
  int     at_end;
  int     bands[3];       /* customers at the end, indexed by CspHealthBand */
  int     no_health;      /* customers at the end without any snapshot */
  int     plans;          /* plans not cancelled */
  int     plans_completed;
  int     actions;        /* their actions not cancelled */
  int     actions_done;   /* done by the end of the period */
  GArray *currencies;     /* CspCurrencyFigures, by currency code */
} CspPortfolioFigures;

/* One row of a streamed list; the strings live until the callback returns. */
typedef struct
{
  const char *account;
  const char *plan;
  const char *objective;
  const char *title;
  const char *owner_side;
  const char *owner_name;
  const char *due_on;
  const char *priority;
  const char *status;
  const char *completed_on;
  const char *meeting;
  const char *meeting_on;
} CspActionRow;

/* A snapshot as stored: score and components are CSP_UNSET when unset. */
typedef struct
{
  const char *account;    /* external id when set, else name */
  const char *date;
  int         score;
  int         components[CSP_N_COMPONENTS];
} CspHealthRow;

typedef gboolean (*CspStoreAccountFunc)   (CspAccount          *account,
                                           gpointer             user_data,
                                           GError             **error);
typedef gboolean (*CspStoreActionRowFunc) (const CspActionRow  *row,
                                           gpointer             user_data,
                                           GError             **error);
typedef gboolean (*CspStoreHealthRowFunc) (const CspHealthRow  *row,
                                           gpointer             user_data,
                                           GError             **error);

/* Days ahead of the period's end in which a renewal counts for ARR at risk. */
#define CSP_RENEWAL_HORIZON_DAYS 90

gboolean   csp_store_find_account_id       (CspStore             *self,
                                            const char           *name_or_id,
                                            gint64               *out_id,
                                            GError              **error);
gboolean   csp_store_foreach_report_account (CspStore            *self,
                                            const gint64         *ids,
                                            guint                 n_ids,
                                            CspStoreAccountFunc   func,
                                            gpointer              user_data,
                                            GError              **error);

gboolean   csp_store_foreach_action_row    (CspStore             *self,
                                            const gint64         *ids,
                                            guint                 n_ids,
                                            CspStoreActionRowFunc func,
                                            gpointer              user_data,
                                            GError              **error);
gboolean   csp_store_foreach_health_row    (CspStore             *self,
                                            const gint64         *ids,
                                            guint                 n_ids,
                                            const char           *from,
                                            const char           *to,
                                            CspStoreHealthRowFunc func,
                                            gpointer              user_data,
                                            GError              **error);

gboolean   csp_store_health_at             (CspStore             *self,
                                            gint64                account_id,
                                            const char           *date,
                                            CspHealthPoint       *point,
                                            GError              **error);
GArray    *csp_store_health_trend          (CspStore             *self,
                                            gint64                account_id,
                                            const char           *from,
                                            const char           *to,
                                            GError              **error);
gboolean   csp_store_action_figures        (CspStore             *self,
                                            gint64                account_id,
                                            const char           *from,
                                            const char           *to,
                                            CspActionFigures     *figures,
                                            GError              **error);
gboolean   csp_store_risk_figures          (CspStore             *self,
                                            gint64                account_id,
                                            const char           *from,
                                            const char           *to,
                                            CspRiskFigures       *figures,
                                            GError              **error);
gboolean   csp_store_meeting_figures       (CspStore             *self,
                                            gint64                account_id,
                                            const char           *from,
                                            const char           *to,
                                            CspMeetingFigures    *figures,
                                            GError              **error);
GPtrArray *csp_store_held_meetings         (CspStore             *self,
                                            gint64                account_id,
                                            const char           *from,
                                            const char           *to,
                                            GError              **error);
gboolean   csp_store_portfolio_figures     (CspStore             *self,
                                            const gint64         *ids,
                                            guint                 n_ids,
                                            const char           *from,
                                            const char           *to,
                                            CspPortfolioFigures  *figures,
                                            GError              **error);

void       csp_meeting_figures_clear       (CspMeetingFigures    *figures);
void       csp_held_meeting_free           (CspHeldMeeting       *meeting);
void       csp_portfolio_figures_clear     (CspPortfolioFigures  *figures);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CspHeldMeeting, csp_held_meeting_free)

G_END_DECLS
