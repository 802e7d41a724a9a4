/* csp-brief-document.h: a meeting brief as a list of blocks to render
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-meeting-brief.h"

G_BEGIN_DECLS

typedef enum {
  CSP_BRIEF_BLOCK_TITLE,      /* the meeting; detail: account, kind and time */
  CSP_BRIEF_BLOCK_HEADING,    /* a section; detail: its summary, or NULL */
  CSP_BRIEF_BLOCK_SUBHEADING, /* a part of a section */
  CSP_BRIEF_BLOCK_FACT,       /* title: what; detail: its value */
  CSP_BRIEF_BLOCK_ITEM,       /* a list item; detail: more about it, or NULL */
  CSP_BRIEF_BLOCK_TEXT,       /* text as the user wrote it (agenda, notes) */
  CSP_BRIEF_BLOCK_NONE,       /* says a section or part is empty */
} CspBriefBlockKind;

typedef enum {
  CSP_BRIEF_TONE_NORMAL,
  CSP_BRIEF_TONE_GOOD,
  CSP_BRIEF_TONE_WARNING,
  CSP_BRIEF_TONE_ERROR,
} CspBriefTone;

typedef struct
{
  CspBriefBlockKind  kind;
  CspBriefTone       tone;
  char              *title;
  char              *detail;
} CspBriefBlock;

/* What goes with the brief itself. */
typedef enum {
  CSP_BRIEF_PART_AGENDA  = 1 << 0, /* the meeting's agenda */
  CSP_BRIEF_PART_MINUTES = 1 << 1, /* notes and decisions, for a held meeting */
} CspBriefParts;

GPtrArray *csp_brief_document_new (CspMeetingBrief *brief,
                                   CspBriefParts    parts);
char      *csp_brief_format_money (gint64           minor,
                                   const char      *currency);

G_END_DECLS
