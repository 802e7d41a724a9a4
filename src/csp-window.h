/* csp-window.h: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-preferences-window.h"
#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_WINDOW (csp_window_get_type ())

G_DECLARE_FINAL_TYPE (CspWindow, csp_window, CSP, WINDOW, AdwApplicationWindow)

CspWindow *csp_window_new              (GtkApplication *application,
                                        CspStore       *store);
CspStore  *csp_window_get_store        (CspWindow      *self);
void       csp_window_set_store        (CspWindow      *self,
                                        CspStore       *store);
void       csp_window_show_store_error (CspWindow      *self,
                                        const GError   *error);
void       csp_window_add_toast        (CspWindow      *self,
                                        const char     *title);
void       csp_window_import_file      (CspWindow      *self,
                                        const char     *path);
CspPreferencesWindow *csp_window_show_preferences (CspWindow *self);

G_END_DECLS
