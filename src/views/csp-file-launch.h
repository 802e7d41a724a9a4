/* csp-file-launch.h: opening an exported file, or the folder it is in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GSettings *csp_app_settings_new          (void);
void       csp_file_launch_open          (GtkWindow  *parent,
                                          const char *path);
void       csp_file_launch_show_in_folder (GtkWindow  *parent,
                                          const char *path);

G_END_DECLS
