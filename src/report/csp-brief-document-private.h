/* csp-brief-document-private.h: what the document's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-brief-document.h"

G_BEGIN_DECLS

void  _csp_brief_add          (GPtrArray        *doc,
                               CspBriefBlockKind kind,
                               CspBriefTone      tone,
                               const char       *title,
                               const char       *detail);
char *_csp_brief_join         (const char       *first,
                               ...) G_GNUC_NULL_TERMINATED;

void  _csp_brief_add_decisions (GPtrArray       *doc,
                                CspMeetingBrief *brief,
                                CspBriefList     list);
void  _csp_brief_add_attendees (GPtrArray       *doc,
                                CspMeetingBrief *brief);
void  _csp_brief_add_gaps      (GPtrArray       *doc,
                                CspMeetingBrief *brief);
void  _csp_brief_add_minutes   (GPtrArray       *doc,
                                CspMeetingBrief *brief,
                                CspBriefParts    parts);

G_END_DECLS
