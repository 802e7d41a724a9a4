/* csp-period.h: the date range a report covers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  GDate from; /* first day, inclusive */
  GDate to;   /* last day, inclusive */
} CspPeriod;

void      csp_period_for_quarter        (CspPeriod   *period,
                                         int          year,
                                         int          quarter);
void      csp_period_last_full_quarter  (CspPeriod   *period,
                                         const GDate *today);
gboolean  csp_period_parse              (CspPeriod   *period,
                                         const char  *from,
                                         const char  *to,
                                         GError     **error);
char     *csp_period_quarter_label      (const CspPeriod *period);

G_END_DECLS
