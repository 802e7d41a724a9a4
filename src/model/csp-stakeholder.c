/* csp-stakeholder.c: a person on the customer side of an account
 *
 * Level (executive, project lead, member) and counterpart (who on our
 * side mirrors them) are what the meeting brief groups attendees by.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-stakeholder.h"
#include "csp-enum-types.h"
#include "csp-model-error.h"

struct _CspStakeholder
{
  CspRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CspStakeholder, csp_stakeholder, CSP_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ACCOUNT_ID,
  PROP_NAME,
  PROP_TITLE,
  PROP_LEVEL,
  PROP_ROLE,
  PROP_COUNTERPART,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_PREFERRED_CHANNEL,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
csp_stakeholder_validate (CspRecord  *record,
                          GError    **error)
{
  CspStakeholder *self = CSP_STAKEHOLDER (record);

  return csp_check_required ("name", csp_stakeholder_get_name (self), error);
}

static void
csp_stakeholder_class_init (CspStakeholderClass *klass)
{
  CspRecordClass *record_class = CSP_RECORD_CLASS (klass);

  record_class->validate = csp_stakeholder_validate;

  properties[PROP_ACCOUNT_ID] = csp_param_int64 ("account-id", 0);
  properties[PROP_NAME] = csp_param_string ("name", NULL);
  properties[PROP_TITLE] = csp_param_string ("title", NULL);
  properties[PROP_LEVEL] = csp_param_enum ("level", CSP_TYPE_STAKEHOLDER_LEVEL,
                                           CSP_LEVEL_MEMBER);
  properties[PROP_ROLE] = csp_param_enum ("role", CSP_TYPE_STAKEHOLDER_ROLE, CSP_ROLE_USER);
  properties[PROP_COUNTERPART] = csp_param_enum ("counterpart", CSP_TYPE_COUNTERPART,
                                                 CSP_COUNTERPART_SUPPORT_TEAM);
  properties[PROP_EMAIL] = csp_param_string ("email", NULL);
  properties[PROP_PHONE] = csp_param_string ("phone", NULL);
  properties[PROP_PREFERRED_CHANNEL] = csp_param_enum ("preferred-channel", CSP_TYPE_CHANNEL,
                                                       CSP_CHANNEL_EMAIL);
  properties[PROP_NOTES] = csp_param_string ("notes", NULL);

  csp_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
csp_stakeholder_init (CspStakeholder *self)
{
}

CspStakeholder *
csp_stakeholder_new (gint64      account_id,
                     const char *name)
{
  return g_object_new (CSP_TYPE_STAKEHOLDER,
                       "account-id", account_id,
                       "name", name,
                       NULL);
}

CSP_RECORD_DEFINE_INT64 (CspStakeholder, csp_stakeholder, account_id, PROP_ACCOUNT_ID)
CSP_RECORD_DEFINE_STRING (CspStakeholder, csp_stakeholder, name, PROP_NAME)
CSP_RECORD_DEFINE_STRING (CspStakeholder, csp_stakeholder, title, PROP_TITLE)
CSP_RECORD_DEFINE_ENUM (CspStakeholder, csp_stakeholder, level, PROP_LEVEL,
                        CspStakeholderLevel)
CSP_RECORD_DEFINE_ENUM (CspStakeholder, csp_stakeholder, role, PROP_ROLE, CspStakeholderRole)
CSP_RECORD_DEFINE_ENUM (CspStakeholder, csp_stakeholder, counterpart, PROP_COUNTERPART,
                        CspCounterpart)
CSP_RECORD_DEFINE_STRING (CspStakeholder, csp_stakeholder, email, PROP_EMAIL)
CSP_RECORD_DEFINE_STRING (CspStakeholder, csp_stakeholder, phone, PROP_PHONE)
CSP_RECORD_DEFINE_ENUM (CspStakeholder, csp_stakeholder, preferred_channel, PROP_PREFERRED_CHANNEL,
                        CspChannel)
CSP_RECORD_DEFINE_STRING (CspStakeholder, csp_stakeholder, notes, PROP_NOTES)
