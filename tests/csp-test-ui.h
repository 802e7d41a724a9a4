/* csp-test-ui.h: helpers the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-window.h"

G_BEGIN_DECLS

/* How long csp_test_wait_until() waits before it fails the test. */
#define CSP_TEST_TIMEOUT_SECONDS 60

typedef gboolean (*CspTestCondition) (gpointer       data);
typedef gboolean (*CspTestMatch)     (GtkWidget     *widget,
                                      gconstpointer  data);

void       csp_test_ui_init             (void);

void       csp_test_wait_until          (CspTestCondition  condition,
                                         gpointer          data);
gboolean   csp_test_is_true             (gpointer          data);
gboolean   csp_test_no_pending_events   (gpointer          data);
void       csp_test_wait_for_frame      (GtkWidget        *widget);

GtkWidget *csp_test_find                (GtkWidget        *root,
                                         CspTestMatch      match,
                                         gconstpointer     data);
GtkWidget *csp_test_find_widget         (GtkWidget        *root,
                                         GType             type,
                                         const char       *text);
GtkWidget *csp_test_find_with_class     (GtkWidget        *root,
                                         GType             type,
                                         const char       *css_class);
GtkWidget *csp_test_find_error          (GtkWidget        *root,
                                         const char       *text);
gpointer   csp_test_find_toplevel       (GType             type);

void       csp_test_close_window        (GtkWindow        *window);

gboolean   csp_test_pages_loaded        (gpointer          window);
CspWindow *csp_test_show_window         (CspStore         *store);

G_END_DECLS
