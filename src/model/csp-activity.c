/* csp-activity.c: an entry of an account's timeline
 *
 * Calls, emails, notes, escalations and milestones, by day: what the
 * account page shows under its timeline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-activity.h"
#include "csp-enum-types.h"
#include "csp-model-error.h"

struct _CspActivity
{
  CspRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CspActivity, csp_activity, CSP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ACCOUNT_ID,
  PROP_OCCURRED_ON,
  PROP_KIND,
  PROP_SUMMARY,
  PROP_DETAILS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
csp_activity_validate (CspRecord  *record,
                       GError    **error)
{
  CspActivity *self = CSP_ACTIVITY (record);

  return csp_check_required_date ("occurred_on", csp_activity_get_occurred_on (self), error) &&
         csp_check_required ("summary", csp_activity_get_summary (self), error);
}

static void
csp_activity_class_init (CspActivityClass *klass)
{
  CspRecordClass *record_class = CSP_RECORD_CLASS (klass);

  record_class->validate = csp_activity_validate;

  properties[PROP_ACCOUNT_ID] = csp_param_int64 ("account-id", 0);
  properties[PROP_OCCURRED_ON] = csp_param_string ("occurred-on", NULL);
  properties[PROP_KIND] = csp_param_enum ("kind", CSP_TYPE_ACTIVITY_KIND, CSP_ACTIVITY_NOTE);
  properties[PROP_SUMMARY] = csp_param_string ("summary", NULL);
  properties[PROP_DETAILS] = csp_param_string ("details", NULL);

  csp_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
csp_activity_init (CspActivity *self)
{
}

CspActivity *
csp_activity_new (gint64      account_id,
                  const char *occurred_on,
                  const char *summary)
{
  return g_object_new (CSP_TYPE_ACTIVITY,
                       "account-id", account_id,
                       "occurred-on", occurred_on,
                       "summary", summary,
                       NULL);
}

CSP_RECORD_DEFINE_INT64 (CspActivity, csp_activity, account_id, PROP_ACCOUNT_ID)
CSP_RECORD_DEFINE_STRING (CspActivity, csp_activity, occurred_on, PROP_OCCURRED_ON)
CSP_RECORD_DEFINE_ENUM (CspActivity, csp_activity, kind, PROP_KIND, CspActivityKind)
CSP_RECORD_DEFINE_STRING (CspActivity, csp_activity, summary, PROP_SUMMARY)
CSP_RECORD_DEFINE_STRING (CspActivity, csp_activity, details, PROP_DETAILS)
