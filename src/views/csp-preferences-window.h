/* csp-preferences-window.h: the application's settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CSP_TYPE_PREFERENCES_WINDOW (csp_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (CspPreferencesWindow, csp_preferences_window,
                      CSP, PREFERENCES_WINDOW, AdwPreferencesWindow)

CspPreferencesWindow *csp_preferences_window_new (GtkWindow *parent);

G_END_DECLS
