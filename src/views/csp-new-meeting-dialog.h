/* csp-new-meeting-dialog.h: schedules a meeting with an account
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_TYPE_NEW_MEETING_DIALOG (csp_new_meeting_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CspNewMeetingDialog, csp_new_meeting_dialog,
                      CSP, NEW_MEETING_DIALOG, AdwWindow)

CspNewMeetingDialog *csp_new_meeting_dialog_new         (GtkWindow           *parent,
                                                         CspStore            *store,
                                                         gint64               account_id);
void                 csp_new_meeting_dialog_set_zone    (CspNewMeetingDialog *self,
                                                         GTimeZone           *zone);
gboolean             csp_new_meeting_dialog_create      (CspNewMeetingDialog *self);

G_END_DECLS
