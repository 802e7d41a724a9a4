/* csp-store-private.h: what the store's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "csp-store.h"

G_BEGIN_DECLS

extern const char * const csp_store_migrations[];
extern const guint csp_store_n_migrations;

sqlite3      *_csp_store_get_db        (CspStore     *self);
sqlite3_stmt *_csp_store_prepare       (CspStore     *self,
                                        const char   *sql,
                                        GError      **error);
gboolean      _csp_store_step_done     (CspStore     *self,
                                        sqlite3_stmt *stmt,
                                        GError      **error);
gboolean      _csp_store_exec          (CspStore     *self,
                                        const char   *sql,
                                        GError      **error);
void          _csp_store_set_error     (CspStore     *self,
                                        int           rc,
                                        GError      **error);
char         *_csp_store_dup_text      (sqlite3_stmt *stmt,
                                        int           column);
void          _csp_store_read_column   (CspRecord    *record,
                                        GParamSpec   *pspec,
                                        sqlite3_stmt *stmt,
                                        int           column);
char         *_csp_store_select_columns (GType        type,
                                         const char  *alias);
gpointer      _csp_store_read_record    (GType         type,
                                         sqlite3_stmt *stmt,
                                         int           first,
                                         int          *next);

G_END_DECLS
