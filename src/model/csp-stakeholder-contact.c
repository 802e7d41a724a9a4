/* csp-stakeholder-contact.c: a stakeholder and when we last met them
 *
 * The last contact is the date of the latest held meeting the
 * stakeholder attended. Activities name no stakeholder, so they cannot
 * count. The store fills it in one query; the coverage check reads it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-date.h"
#include "csp-stakeholder.h"
#include "csp-stakeholder-contact.h"

struct _CspStakeholderContact
{
  GObject         parent_instance;

  CspStakeholder *stakeholder;
  char           *last_contact; /* YYYY-MM-DD, or NULL: never met */
};

G_DEFINE_FINAL_TYPE (CspStakeholderContact, csp_stakeholder_contact, G_TYPE_OBJECT)

static void
csp_stakeholder_contact_dispose (GObject *object)
{
  CspStakeholderContact *self = CSP_STAKEHOLDER_CONTACT (object);

  g_clear_object (&self->stakeholder);

  G_OBJECT_CLASS (csp_stakeholder_contact_parent_class)->dispose (object);
}

static void
csp_stakeholder_contact_finalize (GObject *object)
{
  CspStakeholderContact *self = CSP_STAKEHOLDER_CONTACT (object);

  g_free (self->last_contact);

  G_OBJECT_CLASS (csp_stakeholder_contact_parent_class)->finalize (object);
}

static void
csp_stakeholder_contact_class_init (CspStakeholderContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = csp_stakeholder_contact_dispose;
  object_class->finalize = csp_stakeholder_contact_finalize;
}

static void
csp_stakeholder_contact_init (CspStakeholderContact *self)
{
}

CspStakeholderContact *
csp_stakeholder_contact_new (CspStakeholder *stakeholder,
                             const char     *last_contact)
{
  CspStakeholderContact *self;

  g_return_val_if_fail (CSP_IS_STAKEHOLDER (stakeholder), NULL);

  self = g_object_new (CSP_TYPE_STAKEHOLDER_CONTACT, NULL);
  self->stakeholder = g_object_ref (stakeholder);
  self->last_contact = (last_contact && *last_contact) ? g_strdup (last_contact) : NULL;

  return self;
}

CspStakeholder *
csp_stakeholder_contact_get_stakeholder (CspStakeholderContact *self)
{
  g_return_val_if_fail (CSP_IS_STAKEHOLDER_CONTACT (self), NULL);

  return self->stakeholder;
}

/* NULL when the stakeholder attended no held meeting. */
const char *
csp_stakeholder_contact_get_last_contact (CspStakeholderContact *self)
{
  g_return_val_if_fail (CSP_IS_STAKEHOLDER_CONTACT (self), NULL);

  return self->last_contact;
}

/* The gaps in @contacts (CspStakeholderContact items) as of @today: no
 * executive, no champion, or executives none of whom we met in the
 * twelve months up to @today. An account without executives reports
 * only the first of those two. */
CspCoverageGaps
csp_stakeholder_coverage_gaps (GListModel *contacts,
                               const char *today)
{
  g_autofree char *year_ago = csp_date_add_days (today, -365);
  gboolean executive = FALSE, champion = FALSE, met = FALSE;
  CspCoverageGaps gaps = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (contacts), 0);

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(CspStakeholderContact) contact = g_list_model_get_item (contacts, i);
      CspStakeholder *stakeholder = contact->stakeholder;

      champion |= csp_stakeholder_get_role (stakeholder) == CSP_ROLE_CHAMPION;
      if (csp_stakeholder_get_level (stakeholder) != CSP_LEVEL_EXECUTIVE)
        continue;
      executive = TRUE;
      met |= contact->last_contact != NULL && year_ago != NULL &&
             g_strcmp0 (contact->last_contact, year_ago) >= 0;
    }

  if (!executive)
    gaps |= CSP_COVERAGE_NO_EXECUTIVE;
  else if (!met)
    gaps |= CSP_COVERAGE_EXECUTIVE_UNMET;
  if (!champion)
    gaps |= CSP_COVERAGE_NO_CHAMPION;

  return gaps;
}
