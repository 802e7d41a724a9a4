/* csp-store-report-private.h: what the report queries share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-store-private.h"

G_BEGIN_DECLS

#define SELECTED(a) \
  "((?1 IS NULL AND " a ".archived = 0) OR " a ".id IN (SELECT value FROM json_each(?1)))"

/* A customer from its first day (no date: always was) until it churned. */
#define CUSTOMER_ON(a, day) \
  "(coalesce(" a ".customer_since, '') <= " day " AND " \
  "(" a ".churned_on IS NULL OR " a ".churned_on > " day "))"

#define DONE_BY_END "(x.status = 'done' AND (x.completed_on IS NULL OR x.completed_on <= ?3))"

void        _csp_report_bind_selection (sqlite3_stmt  *stmt,
                                        const gint64  *ids,
                                        guint          n_ids);
void        _csp_report_bind_period    (sqlite3_stmt  *stmt,
                                        const char    *from,
                                        const char    *to);
gboolean    _csp_report_step_one_row   (CspStore      *self,
                                        sqlite3_stmt  *stmt,
                                        GError       **error);
gboolean    _csp_report_finish_rows    (CspStore      *self,
                                        sqlite3_stmt  *stmt,
                                        int            rc,
                                        GError       **error);
const char *_csp_report_column_text    (sqlite3_stmt  *stmt,
                                        int            column);

G_END_DECLS
