/* csp-format.h: dates and times as the lists show them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *csp_format_date           (const char *date);
char *csp_format_local_datetime (const char *timestamp);
char *csp_format_local_date     (const char *timestamp);
char *csp_format_change         (int         change);
char *csp_format_money          (gint64      minor,
                                 const char *currency);

G_END_DECLS
