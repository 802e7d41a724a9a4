/* csp-account-summary.c: one row of the accounts list
 *
 * An account together with the figures the list shows beside it, which
 * come from other tables (the latest health score, its trend, the open
 * actions, the next meeting). The store fills it
 * in one query; the views only read it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-account.h"
#include "csp-account-summary.h"
#include "csp-enum-types.h"
#include "csp-health.h"
#include "csp-search.h"

struct _CspAccountSummary
{
  GObject     parent_instance;

  CspAccount *account;
  CspAccountFacts facts;
  char       *search_key;
  char       *name_sort_key;
  char       *csm_sort_key;
};

G_DEFINE_FINAL_TYPE (CspAccountSummary, csp_account_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACCOUNT,
  PROP_HEALTH_SCORE,
  PROP_HEALTH_BAND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
csp_account_summary_dispose (GObject *object)
{
  CspAccountSummary *self = CSP_ACCOUNT_SUMMARY (object);

  g_clear_object (&self->account);

  G_OBJECT_CLASS (csp_account_summary_parent_class)->dispose (object);
}

static void
csp_account_summary_finalize (GObject *object)
{
  CspAccountSummary *self = CSP_ACCOUNT_SUMMARY (object);

  g_free (self->search_key);
  g_free (self->name_sort_key);
  g_free (self->csm_sort_key);

  G_OBJECT_CLASS (csp_account_summary_parent_class)->finalize (object);
}

static void
csp_account_summary_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CspAccountSummary *self = CSP_ACCOUNT_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT:
      g_value_set_object (value, self->account);
      break;
    case PROP_HEALTH_SCORE:
      g_value_set_int (value, self->facts.health_score);
      break;
    case PROP_HEALTH_BAND:
      g_value_set_enum (value, csp_account_summary_get_health_band (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_account_summary_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CspAccountSummary *self = CSP_ACCOUNT_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_ACCOUNT:
      self->account = g_value_dup_object (value);
      break;
    case PROP_HEALTH_SCORE:
      self->facts.health_score = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_account_summary_class_init (CspAccountSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = csp_account_summary_dispose;
  object_class->finalize = csp_account_summary_finalize;
  object_class->get_property = csp_account_summary_get_property;
  object_class->set_property = csp_account_summary_set_property;

  properties[PROP_ACCOUNT] =
    g_param_spec_object ("account", NULL, NULL, CSP_TYPE_ACCOUNT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HEALTH_SCORE] =
    g_param_spec_int ("health-score", NULL, NULL, CSP_UNSET, 100, CSP_UNSET,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Meaningful only when health-score is set. */
  properties[PROP_HEALTH_BAND] =
    g_param_spec_enum ("health-band", NULL, NULL, CSP_TYPE_HEALTH_BAND, CSP_HEALTH_AT_RISK,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
csp_account_summary_init (CspAccountSummary *self)
{
  self->facts.health_score = CSP_UNSET;
  self->facts.renewal_days = G_MAXINT;
}

CspAccountSummary *
csp_account_summary_new (CspAccount *account,
                         int         health_score)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT (account), NULL);

  return g_object_new (CSP_TYPE_ACCOUNT_SUMMARY,
                       "account", account,
                       "health-score", health_score,
                       NULL);
}

CspAccountSummary *
csp_account_summary_new_with_facts (CspAccount            *account,
                                    const CspAccountFacts *facts)
{
  CspAccountSummary *self;

  g_return_val_if_fail (facts != NULL, NULL);

  self = csp_account_summary_new (account, facts->health_score);
  self->facts = *facts;
  /* The store makes summaries in a worker: fold and collate there, not
   * per keystroke or column header click. */
  csp_account_summary_get_search_key (self);
  csp_account_summary_get_name_sort_key (self);
  csp_account_summary_get_csm_sort_key (self);
  return self;
}

const CspAccountFacts *
csp_account_summary_get_facts (CspAccountSummary *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_SUMMARY (self), NULL);

  return &self->facts;
}

CspAccount *
csp_account_summary_get_account (CspAccountSummary *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_SUMMARY (self), NULL);

  return self->account;
}

int
csp_account_summary_get_health_score (CspAccountSummary *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_SUMMARY (self), CSP_UNSET);

  return self->facts.health_score;
}

CspHealthBand
csp_account_summary_get_health_band (CspAccountSummary *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_SUMMARY (self), CSP_HEALTH_AT_RISK);

  return csp_health_band_for_score (self->facts.health_score);
}

/* What the search box matches: name, CSM, external id and industry,
 * folded once (see csp-search.c). */
const char *
csp_account_summary_get_search_key (CspAccountSummary *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_SUMMARY (self), NULL);

  if (self->search_key == NULL)
    {
      CspAccount *account = self->account;

      self->search_key = csp_search_key (csp_account_get_name (account) ?: "",
                                         csp_account_get_csm (account) ?: "",
                                         csp_account_get_external_id (account) ?: "",
                                         csp_account_get_industry (account) ?: "",
                                         NULL);
    }
  return self->search_key;
}

static char *
sort_key (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text ? text : "", -1);

  return g_utf8_collate_key (folded, -1);
}

/* The name as the table sorts it, ignoring case, in the user's
 * collation order: compare two with strcmp(). */
const char *
csp_account_summary_get_name_sort_key (CspAccountSummary *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_SUMMARY (self), NULL);

  if (self->name_sort_key == NULL)
    self->name_sort_key = sort_key (csp_account_get_name (self->account));
  return self->name_sort_key;
}

const char *
csp_account_summary_get_csm_sort_key (CspAccountSummary *self)
{
  g_return_val_if_fail (CSP_IS_ACCOUNT_SUMMARY (self), NULL);

  if (self->csm_sort_key == NULL)
    self->csm_sort_key = sort_key (csp_account_get_csm (self->account));
  return self->csm_sort_key;
}
