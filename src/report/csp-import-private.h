/* csp-import-private.h: what the importer's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-import.h"

G_BEGIN_DECLS

/* How a cell's text becomes a property value. */
typedef enum {
  CSP_CELL_TEXT,     /* verbatim; empty clears it */
  CSP_CELL_KEY,      /* verbatim; empty keeps the stored value */
  CSP_CELL_DATE,     /* YYYY-MM-DD; empty clears it */
  CSP_CELL_ENUM,     /* a nick; empty keeps the stored value */
  CSP_CELL_MONEY,    /* 1234.50 in major units; empty keeps it */
  CSP_CELL_CURRENCY, /* ISO 4217; empty keeps it */
  CSP_CELL_SCORE,    /* 0–100; empty unsets it */
} CspCellKind;

typedef struct
{
  const char  *column;   /* as in the file's header */
  const char  *property; /* of the record */
  CspCellKind  kind;
} CspImportCell;

/* The row being read, and what the whole file has shown so far. */
typedef struct
{
  CspStore             *store;
  CspImportPlan        *plan;
  const CspImportCell  *cells;    /* the kind's columns, in the export's order */
  guint                 n_cells;
  int                  *index;    /* per cell: its field in the row, or -1 */
  guint                 n_fields; /* fields the header has */
  GHashTable           *seen;     /* key → first line, for duplicates */
  char                **fields;
  guint                 line;
  gboolean              row_failed;
} CspImportRow;

const char *_csp_import_cell        (CspImportRow  *row,
                                     guint          cell);
void        _csp_import_error       (CspImportRow  *row,
                                     const char    *column,
                                     const char    *reason);
gboolean    _csp_import_check_seen  (CspImportRow  *row,
                                     const char    *column,
                                     const char    *key,
                                     const char    *shown);
const char *_csp_import_unneutralise (const char   *text);
void        _csp_import_set_cells   (CspImportRow  *row,
                                     CspRecord     *record);
void        _csp_import_finish_row  (CspImportRow  *row,
                                     CspRecord     *existing,
                                     CspRecord     *record);

extern const CspImportCell csp_import_account_cells[];
extern const guint csp_import_n_account_cells;
extern const CspImportCell csp_import_health_cells[];
extern const guint csp_import_n_health_cells;

gboolean    _csp_import_account_row (CspImportRow  *row,
                                     GError       **error);
gboolean    _csp_import_health_row  (CspImportRow  *row,
                                     GError       **error);

G_END_DECLS
