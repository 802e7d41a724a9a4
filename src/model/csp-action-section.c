/* csp-action-section.c: the heading of a section of the Plans page
 *
 * The Plans page shows its sections in one flat list (GTK 4.8's list
 * view has no sections): a heading item, then the section's action
 * items. This is the heading: which group, and how many items it has.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-action-section.h"

struct _CspActionSection
{
  GObject        parent_instance;

  CspActionGroup group;
  guint          n_items;
};

G_DEFINE_FINAL_TYPE (CspActionSection, csp_action_section, G_TYPE_OBJECT)

static void
csp_action_section_class_init (CspActionSectionClass *klass)
{
}

static void
csp_action_section_init (CspActionSection *self)
{
}

CspActionSection *
csp_action_section_new (CspActionGroup group,
                        guint          n_items)
{
  CspActionSection *self;

  g_return_val_if_fail (group < CSP_N_ACTION_GROUPS, NULL);

  self = g_object_new (CSP_TYPE_ACTION_SECTION, NULL);
  self->group = group;
  self->n_items = n_items;
  return self;
}

CspActionGroup
csp_action_section_get_group (CspActionSection *self)
{
  g_return_val_if_fail (CSP_IS_ACTION_SECTION (self), CSP_ACTION_GROUP_NONE);

  return self->group;
}

guint
csp_action_section_get_n_items (CspActionSection *self)
{
  g_return_val_if_fail (CSP_IS_ACTION_SECTION (self), 0);

  return self->n_items;
}
