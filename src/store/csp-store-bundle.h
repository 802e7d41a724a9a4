/* csp-store-bundle.h: an account with everything that hangs off it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-store.h"

G_BEGIN_DECLS

typedef struct _CspAccountBundle CspAccountBundle;

CspAccountBundle *csp_store_take_account_bundle    (CspStore          *self,
                                                    gint64             account_id,
                                                    GError           **error);
gboolean          csp_store_restore_account_bundle (CspStore          *self,
                                                    CspAccountBundle  *bundle,
                                                    GError           **error);

CspAccount       *csp_account_bundle_get_account   (CspAccountBundle  *bundle);
guint             csp_account_bundle_get_n_records (CspAccountBundle  *bundle);
CspRecord        *csp_account_bundle_get_record    (CspAccountBundle  *bundle,
                                                    guint              index);
void              csp_account_bundle_free          (CspAccountBundle  *bundle);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CspAccountBundle, csp_account_bundle_free)

G_END_DECLS
