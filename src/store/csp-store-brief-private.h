/* csp-store-brief-private.h: the lists of a brief, one query each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-meeting-brief.h"
#include "csp-store.h"

G_BEGIN_DECLS

gboolean _csp_store_brief_read_actions      (CspStore         *self,
                                             CspMeetingBrief  *brief,
                                             GError          **error);
gboolean _csp_store_brief_read_risks        (CspStore         *self,
                                             CspMeetingBrief  *brief,
                                             GError          **error);
gboolean _csp_store_brief_read_decisions    (CspStore         *self,
                                             CspMeetingBrief  *brief,
                                             GError          **error);
gboolean _csp_store_brief_read_people       (CspStore         *self,
                                             CspMeetingBrief  *brief,
                                             GError          **error);

G_END_DECLS
