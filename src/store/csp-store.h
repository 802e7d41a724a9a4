/* csp-store.h: the SQLite file behind everything
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "csp-model.h"

G_BEGIN_DECLS

#define CSP_STORE_ERROR (csp_store_error_quark ())

typedef enum {
  CSP_STORE_ERROR_NOT_SQLITE,  /* the file is not an SQLite database */
  CSP_STORE_ERROR_CORRUPT,     /* truncated or damaged */
  CSP_STORE_ERROR_TOO_NEW,     /* written by a newer Success Planner */
  CSP_STORE_ERROR_FOREIGN,     /* an SQLite file of some other program */
  CSP_STORE_ERROR_CONSTRAINT,  /* a row breaks a rule of the schema */
  CSP_STORE_ERROR_NOT_FOUND,   /* no row with that id */
  CSP_STORE_ERROR_IO,          /* the disk said no */
  CSP_STORE_ERROR_BUSY,        /* another program holds the file */
  CSP_STORE_ERROR_FAILED,
} CspStoreError;

/* The schema version this build reads and writes (PRAGMA user_version). */
#define CSP_SCHEMA_VERSION 1

#define CSP_TYPE_STORE (csp_store_get_type ())

G_DECLARE_FINAL_TYPE (CspStore, csp_store, CSP, STORE, GObject)

GQuark      csp_store_error_quark        (void);
char       *csp_store_default_path       (void);
char       *csp_store_resolve_path       (const char  *explicit_path);

CspStore   *csp_store_open               (const char  *path,
                                          GError     **error);
CspStore   *csp_store_open_connection    (const char  *path,
                                          GError     **error);
const char *csp_store_get_path           (CspStore    *self);
int         csp_store_get_schema_version (CspStore    *self);
gboolean    csp_store_is_empty           (CspStore    *self);

gboolean    csp_store_begin              (CspStore    *self,
                                          GError     **error);
gboolean    csp_store_commit             (CspStore    *self,
                                          GError     **error);
void        csp_store_rollback           (CspStore    *self);
void        csp_store_emit_changed       (CspStore    *self,
                                          const char  *table);

gboolean    csp_store_backup_to          (CspStore    *self,
                                          const char  *destination,
                                          GError     **error);
gboolean    csp_store_check              (CspStore    *self,
                                          GString     *report,
                                          GError     **error);

gboolean    csp_store_get_health_weights (CspStore          *self,
                                          CspHealthWeights  *weights,
                                          GError           **error);
gboolean    csp_store_set_health_weights (CspStore          *self,
                                          const CspHealthWeights *weights,
                                          GError           **error);

G_END_DECLS
