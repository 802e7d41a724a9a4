/* csp-account-overview.c: what the account page shows, read at once
 *
 * The account, the health weights in force and the lists of the page,
 * read together by the store in a worker thread so the page fills in
 * one go. Each list is one query (see csp-store-account-view.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-account.h"
#include "csp-account-overview.h"
#include "csp-risk.h"

struct _CspAccountOverview
{
  GObject           parent_instance;

  CspAccount       *account;
  CspHealthWeights  weights;
  GListModel       *lists[CSP_OVERVIEW_N_LISTS];
};

G_DEFINE_FINAL_TYPE (CspAccountOverview, csp_account_overview, G_TYPE_OBJECT)

static void
csp_account_overview_dispose (GObject *object)
{
  CspAccountOverview *self = CSP_ACCOUNT_OVERVIEW (object);

  g_clear_object (&self->account);
  for (guint i = 0; i < CSP_OVERVIEW_N_LISTS; i++)
    g_clear_object (&self->lists[i]);

  G_OBJECT_CLASS (csp_account_overview_parent_class)->dispose (object);
}

static void
csp_account_overview_class_init (CspAccountOverviewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = csp_account_overview_dispose;
}

static void
csp_account_overview_init (CspAccountOverview *self)
{
  csp_health_weights_init (&self->weights);
}

CspAccountOverview *
csp_account_overview_new (CspAccount             *account,
                          const CspHealthWeights *weights)
{
  CspAccountOverview *self;

  g_return_val_if_fail (CSP_IS_ACCOUNT (account), NULL);

  self = g_object_new (CSP_TYPE_ACCOUNT_OVERVIEW, NULL);
  self->account = g_object_ref (account);
  if (weights != NULL)
    self->weights = *weights;

  return self;
}

CspAccount *
csp_account_overview_get_account (CspAccountOverview *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_OVERVIEW (self), NULL);

  return self->account;
}

const CspHealthWeights *
csp_account_overview_get_weights (CspAccountOverview *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_OVERVIEW (self), NULL);

  return &self->weights;
}

/* The list, never NULL (an empty one when none was set). */
GListModel *
csp_account_overview_get_list (CspAccountOverview *self,
                               CspOverviewList     list)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_OVERVIEW (self), NULL);
  g_return_val_if_fail (list < CSP_OVERVIEW_N_LISTS, NULL);

  if (self->lists[list] == NULL)
    self->lists[list] = G_LIST_MODEL (g_list_store_new (G_TYPE_OBJECT));

  return self->lists[list];
}

void
csp_account_overview_set_list (CspAccountOverview *self,
                               CspOverviewList     list,
                               GListModel         *model)
{
  g_return_if_fail (CSP_IS_ACCOUNT_OVERVIEW (self));
  g_return_if_fail (list < CSP_OVERVIEW_N_LISTS);
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  g_set_object (&self->lists[list], model);
}

/* Risks not resolved yet. */
guint
csp_account_overview_count_open_risks (CspAccountOverview *self)
{
  GListModel *risks = csp_account_overview_get_list (self, CSP_OVERVIEW_RISKS);
  guint n_open = 0;

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr(CspRisk) risk = g_list_model_get_item (risks, i);

      n_open += csp_risk_get_resolved_on (risk) == NULL;
    }

  return n_open;
}
