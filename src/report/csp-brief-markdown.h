/* csp-brief-markdown.h: a meeting brief as Markdown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-brief-document.h"

G_BEGIN_DECLS

char *csp_brief_to_markdown (CspMeetingBrief *brief,
                             CspBriefParts    parts);

G_END_DECLS
