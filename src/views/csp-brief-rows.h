/* csp-brief-rows.h: the brief's blocks as preference groups and rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void csp_brief_rows_fill (GtkBox    *box,
                          GPtrArray *doc);

G_END_DECLS
