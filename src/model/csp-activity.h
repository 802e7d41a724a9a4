/* csp-activity.h: an entry of an account's timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-record.h"

G_BEGIN_DECLS

#define CSP_TYPE_ACTIVITY (csp_activity_get_type ())

G_DECLARE_FINAL_TYPE (CspActivity, csp_activity, CSP, ACTIVITY, CspRecord)

CspActivity     *csp_activity_new             (gint64           account_id,
                                               const char      *occurred_on,
                                               const char      *summary);
gint64           csp_activity_get_account_id  (CspActivity     *self);
void             csp_activity_set_account_id  (CspActivity     *self,
                                               gint64           value);
const char      *csp_activity_get_occurred_on (CspActivity     *self);
void             csp_activity_set_occurred_on (CspActivity     *self,
                                               const char      *value);
CspActivityKind  csp_activity_get_kind        (CspActivity     *self);
void             csp_activity_set_kind        (CspActivity     *self,
                                               CspActivityKind  value);
const char      *csp_activity_get_summary     (CspActivity     *self);
void             csp_activity_set_summary     (CspActivity     *self,
                                               const char      *value);
const char      *csp_activity_get_details     (CspActivity     *self);
void             csp_activity_set_details     (CspActivity     *self,
                                               const char      *value);

G_END_DECLS
