/* csp-timeline-entry.h: one event in an account's timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  CSP_TIMELINE_ACTIVITY,      /* subkind: the activity kind's nick */
  CSP_TIMELINE_MEETING,       /* a held meeting; subkind: its kind's nick */
  CSP_TIMELINE_ACTION_DONE,   /* subkind: the owner side's nick */
  CSP_TIMELINE_RISK_RAISED,   /* subkind: the risk kind's nick */
  CSP_TIMELINE_RISK_RESOLVED, /* subkind: the risk kind's nick */
  CSP_TIMELINE_HEALTH_BAND,   /* subkind: the new band's nick */
} CspTimelineKind;

#define CSP_TYPE_TIMELINE_ENTRY (csp_timeline_entry_get_type ())

G_DECLARE_FINAL_TYPE (CspTimelineEntry, csp_timeline_entry, CSP, TIMELINE_ENTRY, GObject)

CspTimelineEntry *csp_timeline_entry_new           (CspTimelineKind   kind,
                                                    const char       *date,
                                                    const char       *subkind,
                                                    const char       *title,
                                                    const char       *detail,
                                                    gint64            source_id);
CspTimelineKind   csp_timeline_entry_get_kind      (CspTimelineEntry *self);
const char       *csp_timeline_entry_get_date      (CspTimelineEntry *self);
const char       *csp_timeline_entry_get_subkind   (CspTimelineEntry *self);
const char       *csp_timeline_entry_get_title     (CspTimelineEntry *self);
const char       *csp_timeline_entry_get_detail    (CspTimelineEntry *self);
gint64            csp_timeline_entry_get_source_id (CspTimelineEntry *self);
int               csp_timeline_entry_compare       (gconstpointer     a,
                                                    gconstpointer     b,
                                                    gpointer          user_data);

G_END_DECLS
