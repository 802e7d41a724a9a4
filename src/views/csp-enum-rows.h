/* csp-enum-rows.h: enumerations as the choices of combo rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void csp_enum_rows_setup (AdwComboRow *row,
                          GType        enum_type,
                          int          selected);

G_END_DECLS
