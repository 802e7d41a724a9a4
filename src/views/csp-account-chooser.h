/* csp-account-chooser.h: asks which account something is for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store.h"

G_BEGIN_DECLS

/* Called with the id of the account the user chose. */
typedef void (*CspAccountChosen) (gint64   account_id,
                                  gpointer user_data);

AdwMessageDialog *csp_account_chooser_present (GtkWidget         *parent,
                                               CspStore          *store,
                                               const char        *heading,
                                               CspAccountChosen   chosen,
                                               gpointer           user_data,
                                               GError           **error);

G_END_DECLS
