/* csp-week-start.h: the first day of the week in the user's locale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GDateWeekday csp_locale_first_weekday (void);

G_END_DECLS
