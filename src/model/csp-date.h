/* csp-date.h: strict ISO dates and UTC timestamps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean   csp_date_parse          (const char   *text,
                                    GDate        *out_date,
                                    GError      **error);
gboolean   csp_date_is_valid_text  (const char   *text);
char      *csp_date_to_text        (const GDate  *date);
char      *csp_date_today_text     (void);
char      *csp_date_add_days       (const char   *text,
                                    int           days);
int        csp_date_days_between   (const char   *from,
                                    const char   *to);

gboolean   csp_timestamp_parse     (const char   *text,
                                    GDateTime   **out_time,
                                    GError      **error);
char      *csp_timestamp_to_text   (GDateTime    *time);
char      *csp_timestamp_now_text  (void);

G_END_DECLS
