/* csp-brief-attendee.c: who attends a meeting, with their place in the map
 *
 * A customer attendee picked from the account's stakeholders carries
 * the stakeholder (level, title, role and our counterpart); one typed
 * in by name, or one whose stakeholder was deleted since, has none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-attendee.h"
#include "csp-brief-attendee.h"
#include "csp-stakeholder.h"

struct _CspBriefAttendee
{
  GObject         parent_instance;

  CspAttendee    *attendee;
  CspStakeholder *stakeholder; /* NULL: not from the stakeholder map */
};

G_DEFINE_FINAL_TYPE (CspBriefAttendee, csp_brief_attendee, G_TYPE_OBJECT)

static void
csp_brief_attendee_dispose (GObject *object)
{
  CspBriefAttendee *self = CSP_BRIEF_ATTENDEE (object);

  g_clear_object (&self->attendee);
  g_clear_object (&self->stakeholder);

  G_OBJECT_CLASS (csp_brief_attendee_parent_class)->dispose (object);
}

static void
csp_brief_attendee_class_init (CspBriefAttendeeClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = csp_brief_attendee_dispose;
}

static void
csp_brief_attendee_init (CspBriefAttendee *self)
{
}

CspBriefAttendee *
csp_brief_attendee_new (CspAttendee    *attendee,
                        CspStakeholder *stakeholder)
{
  CspBriefAttendee *self;

  g_return_val_if_fail (CSP_IS_ATTENDEE (attendee), NULL);
  g_return_val_if_fail (stakeholder == NULL || CSP_IS_STAKEHOLDER (stakeholder), NULL);

  self = g_object_new (CSP_TYPE_BRIEF_ATTENDEE, NULL);
  self->attendee = g_object_ref (attendee);
  self->stakeholder = stakeholder ? g_object_ref (stakeholder) : NULL;

  return self;
}

CspAttendee *
csp_brief_attendee_get_attendee (CspBriefAttendee *self)
{
  g_return_val_if_fail (CSP_IS_BRIEF_ATTENDEE (self), NULL);

  return self->attendee;
}

/* The stakeholder the attendee was picked from, or NULL. */
CspStakeholder *
csp_brief_attendee_get_stakeholder (CspBriefAttendee *self)
{
  g_return_val_if_fail (CSP_IS_BRIEF_ATTENDEE (self), NULL);

  return self->stakeholder;
}

/* The stakeholder's CspStakeholderLevel, or -1 without a stakeholder. */
int
csp_brief_attendee_get_level (CspBriefAttendee *self)
{
  g_return_val_if_fail (CSP_IS_BRIEF_ATTENDEE (self), -1);

  return self->stakeholder ? (int) csp_stakeholder_get_level (self->stakeholder) : -1;
}
