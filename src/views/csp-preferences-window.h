/* csp-preferences-window.h: the application's settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_PREFERENCES_WINDOW (csp_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (CspPreferencesWindow, csp_preferences_window,
                      CSP, PREFERENCES_WINDOW, AdwPreferencesWindow)

CspPreferencesWindow *csp_preferences_window_new         (GtkWindow            *parent,
                                                          CspStore             *store);
CspStore             *csp_preferences_window_get_store   (CspPreferencesWindow *self);
GtkSpinButton        *csp_preferences_window_get_weight_button (CspPreferencesWindow *self,
                                                                guint                 component);
void                  csp_preferences_window_flush       (CspPreferencesWindow *self);

G_END_DECLS
