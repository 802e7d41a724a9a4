/* csp-timeline-entry.c: one event in an account's timeline
 *
 * The timeline gathers rows of several tables (activities, held
 * meetings, completed actions, risks raised and resolved) and changes
 * of health band computed from consecutive snapshots. An entry keeps
 * what the view shows and the id of the row it came from (the source
 * table follows from the kind). Read-only once made.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "csp-timeline-entry.h"

struct _CspTimelineEntry
{
  GObject          parent_instance;

  CspTimelineKind  kind;
  char            *date;
  char            *subkind;
  char            *title;
  char            *detail;
  gint64           source_id;
};

G_DEFINE_FINAL_TYPE (CspTimelineEntry, csp_timeline_entry, G_TYPE_OBJECT)

static void
csp_timeline_entry_finalize (GObject *object)
{
  CspTimelineEntry *self = CSP_TIMELINE_ENTRY (object);

  g_free (self->date);
  g_free (self->subkind);
  g_free (self->title);
  g_free (self->detail);

  G_OBJECT_CLASS (csp_timeline_entry_parent_class)->finalize (object);
}

static void
csp_timeline_entry_class_init (CspTimelineEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = csp_timeline_entry_finalize;
}

static void
csp_timeline_entry_init (CspTimelineEntry *self)
{
}

CspTimelineEntry *
csp_timeline_entry_new (CspTimelineKind  kind,
                        const char      *date,
                        const char      *subkind,
                        const char      *title,
                        const char      *detail,
                        gint64           source_id)
{
  CspTimelineEntry *self = g_object_new (CSP_TYPE_TIMELINE_ENTRY, NULL);

  self->kind = kind;
  self->date = g_strdup (date ? date : "");
  self->subkind = g_strdup (subkind);
  self->title = g_strdup (title ? title : "");
  self->detail = (detail && *detail) ? g_strdup (detail) : NULL;
  self->source_id = source_id;

  return self;
}

CspTimelineKind
csp_timeline_entry_get_kind (CspTimelineEntry *self)
{
  g_return_val_if_fail (CSP_IS_TIMELINE_ENTRY (self), CSP_TIMELINE_ACTIVITY);

  return self->kind;
}

const char *
csp_timeline_entry_get_date (CspTimelineEntry *self)
{
  g_return_val_if_fail (CSP_IS_TIMELINE_ENTRY (self), NULL);

  return self->date;
}

const char *
csp_timeline_entry_get_subkind (CspTimelineEntry *self)
{
  g_return_val_if_fail (CSP_IS_TIMELINE_ENTRY (self), NULL);

  return self->subkind;
}

const char *
csp_timeline_entry_get_title (CspTimelineEntry *self)
{
  g_return_val_if_fail (CSP_IS_TIMELINE_ENTRY (self), NULL);

  return self->title;
}

/* NULL when there is nothing more to say. */
const char *
csp_timeline_entry_get_detail (CspTimelineEntry *self)
{
  g_return_val_if_fail (CSP_IS_TIMELINE_ENTRY (self), NULL);

  return self->detail;
}

gint64
csp_timeline_entry_get_source_id (CspTimelineEntry *self)
{
  g_return_val_if_fail (CSP_IS_TIMELINE_ENTRY (self), 0);

  return self->source_id;
}

/* Newest first; on one day, in the order of the kinds, then by id, so
 * the order is the same on every read. */
int
csp_timeline_entry_compare (gconstpointer a,
                            gconstpointer b,
                            gpointer      user_data)
{
  const CspTimelineEntry *ea = a;
  const CspTimelineEntry *eb = b;
  int by_date = strcmp (eb->date, ea->date);

  if (by_date != 0)
    return by_date;
  if (ea->kind != eb->kind)
    return (ea->kind > eb->kind) - (ea->kind < eb->kind);

  return (eb->source_id > ea->source_id) - (eb->source_id < ea->source_id);
}
