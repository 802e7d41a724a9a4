/* csp-recovery.c: an account's health recovering, and what came before
 *
 * Step six of the success-plan cycle is learning: when an account's
 * health band rose from at risk or watch to healthy between two
 * consecutive snapshots, which action items were completed in the
 * CSP_RECOVERY_WINDOW_DAYS days before the healthy one. The store finds
 * them (csp_store_list_recoveries); this holds one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-action-item.h"
#include "csp-recovery.h"

struct _CspRecovery
{
  GObject        parent_instance;

  gint64         account_id;
  char          *account_name;
  CspHealthBand  from_band;
  char          *previous_on;   /* the snapshot before, not healthy */
  char          *recovered_on;  /* the healthy snapshot */
  GListStore    *actions;       /* CspActionItem, by completion date */
};

G_DEFINE_FINAL_TYPE (CspRecovery, csp_recovery, G_TYPE_OBJECT)

static void
csp_recovery_finalize (GObject *object)
{
  CspRecovery *self = CSP_RECOVERY (object);

  g_free (self->account_name);
  g_free (self->previous_on);
  g_free (self->recovered_on);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (csp_recovery_parent_class)->finalize (object);
}

static void
csp_recovery_class_init (CspRecoveryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = csp_recovery_finalize;
}

static void
csp_recovery_init (CspRecovery *self)
{
  self->actions = g_list_store_new (CSP_TYPE_ACTION_ITEM);
}

CspRecovery *
csp_recovery_new (gint64         account_id,
                  const char    *account_name,
                  CspHealthBand  from_band,
                  const char    *previous_on,
                  const char    *recovered_on)
{
  CspRecovery *self = g_object_new (CSP_TYPE_RECOVERY, NULL);

  self->account_id = account_id;
  self->account_name = g_strdup (account_name ? account_name : "");
  self->from_band = from_band;
  self->previous_on = g_strdup (previous_on);
  self->recovered_on = g_strdup (recovered_on);
  return self;
}

/* Adds @action, completed before the recovery, at the end. */
void
csp_recovery_add_action (CspRecovery   *self,
                         CspActionItem *action)
{
  g_return_if_fail (CSP_IS_RECOVERY (self));
  g_return_if_fail (CSP_IS_ACTION_ITEM (action));

  g_list_store_append (self->actions, action);
}

gint64
csp_recovery_get_account_id (CspRecovery *self)
{
  g_return_val_if_fail (CSP_IS_RECOVERY (self), 0);

  return self->account_id;
}

const char *
csp_recovery_get_account_name (CspRecovery *self)
{
  g_return_val_if_fail (CSP_IS_RECOVERY (self), NULL);

  return self->account_name;
}

CspHealthBand
csp_recovery_get_from_band (CspRecovery *self)
{
  g_return_val_if_fail (CSP_IS_RECOVERY (self), CSP_HEALTH_AT_RISK);

  return self->from_band;
}

const char *
csp_recovery_get_previous_on (CspRecovery *self)
{
  g_return_val_if_fail (CSP_IS_RECOVERY (self), NULL);

  return self->previous_on;
}

const char *
csp_recovery_get_recovered_on (CspRecovery *self)
{
  g_return_val_if_fail (CSP_IS_RECOVERY (self), NULL);

  return self->recovered_on;
}

/* The action items completed in the window before the recovery
 * (CspActionItem), earliest first. */
GListModel *
csp_recovery_get_actions (CspRecovery *self)
{
  g_return_val_if_fail (CSP_IS_RECOVERY (self), NULL);

  return G_LIST_MODEL (self->actions);
}
