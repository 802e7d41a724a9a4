/* csp-action-summary.c: one row of the cross-account action list
 *
 * An action item with what the list shows beside it: the account and
 * plan it belongs to, and whether it was overdue on the day the list
 * was read. The store fills it in one query; the views only read it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-action-filter.h"
#include "csp-action-item.h"
#include "csp-action-summary.h"

struct _CspActionSummary
{
  GObject        parent_instance;

  CspActionItem *action;
  gint64         account_id;
  char          *account_name;
  char          *plan_title;
  gboolean       overdue;
  char          *search_key; /* made when first asked for */
};

G_DEFINE_FINAL_TYPE (CspActionSummary, csp_action_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTION,
  PROP_ACCOUNT_ID,
  PROP_ACCOUNT_NAME,
  PROP_PLAN_TITLE,
  PROP_OVERDUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
csp_action_summary_dispose (GObject *object)
{
  CspActionSummary *self = CSP_ACTION_SUMMARY (object);

  g_clear_object (&self->action);

  G_OBJECT_CLASS (csp_action_summary_parent_class)->dispose (object);
}

static void
csp_action_summary_finalize (GObject *object)
{
  CspActionSummary *self = CSP_ACTION_SUMMARY (object);

  g_free (self->account_name);
  g_free (self->plan_title);
  g_free (self->search_key);

  G_OBJECT_CLASS (csp_action_summary_parent_class)->finalize (object);
}

static void
csp_action_summary_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CspActionSummary *self = CSP_ACTION_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_ACTION:
      g_value_set_object (value, self->action);
      break;
    case PROP_ACCOUNT_ID:
      g_value_set_int64 (value, self->account_id);
      break;
    case PROP_ACCOUNT_NAME:
      g_value_set_string (value, self->account_name);
      break;
    case PROP_PLAN_TITLE:
      g_value_set_string (value, self->plan_title);
      break;
    case PROP_OVERDUE:
      g_value_set_boolean (value, self->overdue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_action_summary_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CspActionSummary *self = CSP_ACTION_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_ACTION:
      self->action = g_value_dup_object (value);
      break;
    case PROP_ACCOUNT_ID:
      self->account_id = g_value_get_int64 (value);
      break;
    case PROP_ACCOUNT_NAME:
      self->account_name = g_value_dup_string (value);
      break;
    case PROP_PLAN_TITLE:
      self->plan_title = g_value_dup_string (value);
      break;
    case PROP_OVERDUE:
      self->overdue = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_action_summary_class_init (CspActionSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = csp_action_summary_dispose;
  object_class->finalize = csp_action_summary_finalize;
  object_class->get_property = csp_action_summary_get_property;
  object_class->set_property = csp_action_summary_set_property;

  properties[PROP_ACTION] =
    g_param_spec_object ("action", NULL, NULL, CSP_TYPE_ACTION_ITEM, flags);
  properties[PROP_ACCOUNT_ID] =
    g_param_spec_int64 ("account-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ACCOUNT_NAME] =
    g_param_spec_string ("account-name", NULL, NULL, NULL, flags);
  properties[PROP_PLAN_TITLE] =
    g_param_spec_string ("plan-title", NULL, NULL, NULL, flags);
  properties[PROP_OVERDUE] =
    g_param_spec_boolean ("overdue", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
csp_action_summary_init (CspActionSummary *self)
{
}

CspActionSummary *
csp_action_summary_new (CspActionItem *action,
                        gint64         account_id,
                        const char    *account_name,
                        const char    *plan_title,
                        gboolean       overdue)
{
  g_return_val_if_fail (CSP_IS_ACTION_ITEM (action), NULL);

  return g_object_new (CSP_TYPE_ACTION_SUMMARY,
                       "action", action,
                       "account-id", account_id,
                       "account-name", account_name,
                       "plan-title", plan_title,
                       "overdue", overdue,
                       NULL);
}

CspActionItem *
csp_action_summary_get_action (CspActionSummary *self)
{
  g_return_val_if_fail (CSP_IS_ACTION_SUMMARY (self), NULL);

  return self->action;
}

gint64
csp_action_summary_get_account_id (CspActionSummary *self)
{
  g_return_val_if_fail (CSP_IS_ACTION_SUMMARY (self), 0);

  return self->account_id;
}

const char *
csp_action_summary_get_account_name (CspActionSummary *self)
{
  g_return_val_if_fail (CSP_IS_ACTION_SUMMARY (self), NULL);

  return self->account_name;
}

const char *
csp_action_summary_get_plan_title (CspActionSummary *self)
{
  g_return_val_if_fail (CSP_IS_ACTION_SUMMARY (self), NULL);

  return self->plan_title;
}

gboolean
csp_action_summary_get_overdue (CspActionSummary *self)
{
  g_return_val_if_fail (CSP_IS_ACTION_SUMMARY (self), FALSE);

  return self->overdue;
}

/* What a search looks in (the title, account, plan and owner), as
 * csp_text_key() makes it; made once, on the thread that asks first. */
const char *
csp_action_summary_get_search_key (CspActionSummary *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (CSP_IS_ACTION_SUMMARY (self), NULL);

  if (self->search_key != NULL)
    return self->search_key;

  text = g_strjoin ("\n", csp_action_item_get_title (self->action),
                    self->account_name ? self->account_name : "",
                    self->plan_title ? self->plan_title : "",
                    csp_action_item_get_owner_name (self->action)
                      ? csp_action_item_get_owner_name (self->action) : "",
                    NULL);
  self->search_key = csp_text_key (text);
  return self->search_key;
}
