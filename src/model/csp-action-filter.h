/* csp-action-filter.h: which action items the Plans page shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-action-summary.h"
#include "csp-enums.h"

G_BEGIN_DECLS

#define CSP_FILTER_ANY (-1)

typedef struct
{
  char   *owner_key;  /* csp_text_key() of the owner's name; NULL for anyone */
  int     side;       /* a CspSide, or CSP_FILTER_ANY */
  gint64  account_id; /* 0 for any account */
  int     priority;   /* a CspPriority, or CSP_FILTER_ANY */
  int     status;     /* a CspActionStatus, or CSP_FILTER_ANY */
  char   *search_key; /* csp_text_key() of the search text; NULL or "" for none */
} CspActionFilter;

void      csp_action_filter_init    (CspActionFilter        *filter);
void      csp_action_filter_clear   (CspActionFilter        *filter);
gboolean  csp_action_filter_matches (const CspActionFilter  *filter,
                                     CspActionSummary       *summary);
char     *csp_text_key              (const char             *text);

G_END_DECLS
