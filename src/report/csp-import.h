/* csp-import.h: accounts and health snapshots from CSV files
 *
 * Two steps, so a user sees what will change before anything does:
 *
 *   plan = csp_import_prepare (store, kind, path, cancellable, &error);
 *   … show the plan's counts, warnings and errors …
 *   csp_import_apply (store, plan, progress, data, cancellable, &error);
 *
 * Both are synchronous and may run in a worker thread on that thread's
 * own CspStore (a connection belongs to one thread). Nothing is written
 * unless every row of the file is valid, and then in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-import-plan.h"
#include "csp-store.h"

G_BEGIN_DECLS

#define CSP_IMPORT_ERROR (csp_import_error_quark ())

typedef enum {
  CSP_IMPORT_ERROR_INVALID, /* the plan has errors: nothing to apply */
} CspImportError;

/* Called after each row written, in the thread that runs apply. */
typedef void (*CspImportProgressFunc) (guint    done,
                                       guint    total,
                                       gpointer user_data);

GQuark         csp_import_error_quark    (void);
gboolean       csp_import_kind_from_nick (const char             *nick,
                                          CspImportKind          *kind);
const char    *csp_import_kind_to_nick   (CspImportKind           kind);
char          *csp_import_parse_money    (const char             *text,
                                          gint64                 *minor);

CspImportPlan *csp_import_prepare        (CspStore               *store,
                                          CspImportKind           kind,
                                          const char             *path,
                                          GCancellable           *cancellable,
                                          GError                **error);
gboolean       csp_import_apply          (CspStore               *store,
                                          CspImportPlan          *plan,
                                          CspImportProgressFunc   progress,
                                          gpointer                user_data,
                                          GCancellable           *cancellable,
                                          GError                **error);

G_END_DECLS
