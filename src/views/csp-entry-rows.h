/* csp-entry-rows.h: entry rows that say why their text cannot be saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Why field @field of a form cannot be saved as typed, or NULL. */
typedef char *(*CspCheckFieldFunc) (gpointer form,
                                    guint    field);

char     *csp_entry_row_dup_text          (AdwEntryRow        *row);
char     *csp_entry_row_check_date        (const char         *text);
GtkLabel *csp_entry_row_add_reason        (AdwEntryRow        *row);
void      csp_entry_row_show_reason       (AdwEntryRow        *row,
                                           GtkLabel           *label,
                                           const char         *reason);
gboolean  csp_entry_rows_validate         (AdwEntryRow       **rows,
                                           GtkLabel          **reasons,
                                           guint               n_fields,
                                           CspCheckFieldFunc   check,
                                           gpointer            form,
                                           guint               shown);
void      csp_entry_rows_focus_first_invalid (AdwEntryRow    **rows,
                                              GtkLabel       **reasons,
                                              guint            n_fields);

G_END_DECLS
