/* csp-account-dialogs.h: the account page's small forms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-store.h"

G_BEGIN_DECLS

/* Called with the record the form describes, valid, when the user
 * saves; the caller writes it. */
typedef void (*CspRecordReady) (CspRecord *record,
                                gpointer   user_data);

void csp_snapshot_dialog_present (GtkWidget              *parent,
                                  gint64                  account_id,
                                  const char             *today,
                                  GListModel             *snapshots,
                                  const CspHealthWeights *weights,
                                  CspHealthSnapshot      *existing,
                                  CspRecordReady          ready,
                                  gpointer                user_data);
void csp_risk_dialog_present     (GtkWidget              *parent,
                                  gint64                  account_id,
                                  const char             *today,
                                  CspRecordReady          ready,
                                  gpointer                user_data);
void csp_resolve_dialog_present  (GtkWidget              *parent,
                                  CspRisk                *risk,
                                  const char             *today,
                                  CspRecordReady          ready,
                                  gpointer                user_data);
void csp_saved_dialog_present    (GtkWidget              *parent,
                                  CspRisk                *risk,
                                  const char             *currency,
                                  const char             *today,
                                  CspRecordReady          ready,
                                  gpointer                user_data);
void csp_activity_dialog_present (GtkWidget              *parent,
                                  gint64                  account_id,
                                  const char             *today,
                                  CspRecordReady          ready,
                                  gpointer                user_data);

gboolean csp_parse_money         (const char             *text,
                                  gint64                 *out_minor);

G_END_DECLS
