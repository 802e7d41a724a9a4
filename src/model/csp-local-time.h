/* csp-local-time.h: meeting times between a time zone and UTC
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean csp_time_of_day_parse    (const char  *text,
                                   int         *out_hour,
                                   int         *out_minute,
                                   GError     **error);
char    *csp_timestamp_from_local (const char  *date,
                                   const char  *time_of_day,
                                   GTimeZone   *zone,
                                   GError     **error);
gboolean csp_timestamp_to_local   (const char  *timestamp,
                                   GTimeZone   *zone,
                                   char       **out_date,
                                   char       **out_time_of_day);

G_END_DECLS
