/* csp-import-plan.h: what an import would write, before it writes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "csp-model.h"

G_BEGIN_DECLS

typedef enum {
  CSP_IMPORT_ACCOUNTS, /* accounts CSV: upsert by external_id, else name */
  CSP_IMPORT_HEALTH,   /* health CSV: upsert on (account, date) */
} CspImportKind;

/* A plan keeps the first this many error lines, and counts the rest. */
#define CSP_IMPORT_MAX_ERRORS 50

#define CSP_TYPE_IMPORT_PLAN (csp_import_plan_get_type ())

G_DECLARE_FINAL_TYPE (CspImportPlan, csp_import_plan, CSP, IMPORT_PLAN, GObject)

CspImportPlan      *csp_import_plan_new             (CspImportKind  kind,
                                                     const char    *path);
CspImportKind       csp_import_plan_get_kind        (CspImportPlan *self);
const char         *csp_import_plan_get_path        (CspImportPlan *self);
GListModel         *csp_import_plan_get_rows        (CspImportPlan *self);
guint               csp_import_plan_get_row_line    (CspImportPlan *self,
                                                     guint          position);
guint               csp_import_plan_get_n_create    (CspImportPlan *self);
guint               csp_import_plan_get_n_update    (CspImportPlan *self);
guint               csp_import_plan_get_n_unchanged (CspImportPlan *self);
const char * const *csp_import_plan_get_warnings    (CspImportPlan *self);
const char * const *csp_import_plan_get_errors      (CspImportPlan *self);
guint               csp_import_plan_get_n_errors    (CspImportPlan *self);
gboolean            csp_import_plan_has_errors      (CspImportPlan *self);
char               *csp_import_plan_dup_errors_text (CspImportPlan *self);

/* For the importer that fills the plan. */
void                csp_import_plan_add_row         (CspImportPlan *self,
                                                     CspRecord     *row,
                                                     guint          line);
void                csp_import_plan_add_unchanged   (CspImportPlan *self);
void                csp_import_plan_add_error       (CspImportPlan *self,
                                                     guint          line,
                                                     const char    *column,
                                                     const char    *reason);
void                csp_import_plan_add_error_text  (CspImportPlan *self,
                                                     const char    *message);
void                csp_import_plan_add_warning     (CspImportPlan *self,
                                                     guint          line,
                                                     const char    *column,
                                                     const char    *reason);

G_END_DECLS
