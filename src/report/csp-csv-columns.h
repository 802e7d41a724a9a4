/* csp-csv-columns.h: the CSV columns that `export` writes and `import` reads
 *
 * The `accounts` and `health` CSV reports are the exact files that
 * `import accounts` and `import health` read back, so both sides take
 * the column names and their order from here: an export can be imported
 * again, and a renamed column breaks the build of both, not a user's file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* `accounts`: one row per account. `arr` is in major units written in
 * C-locale form (1234.50); `account`-less because the row is the account. */
#define CSP_CSV_ACCOUNTS_N_COLUMNS 12
static const char * const csp_csv_accounts_columns[CSP_CSV_ACCOUNTS_N_COLUMNS] G_GNUC_UNUSED = {
  "name",
  "external_id",
  "segment",
  "lifecycle_stage",
  "csm",
  "arr",
  "currency",
  "renewal_on",
  "customer_since",
  "industry",
  "region",
  "notes",
};

/* `health`: one row per snapshot. `account` is the external id when the
 * account has one, else its name; `score` is empty when the snapshot
 * stores only components; empty component cells are unset components. */
#define CSP_CSV_HEALTH_N_COLUMNS 9
static const char * const csp_csv_health_columns[CSP_CSV_HEALTH_N_COLUMNS] G_GNUC_UNUSED = {
  "account",
  "date",
  "score",
  "usage",
  "support",
  "satisfaction",
  "nps",
  "engagement",
  "relationship",
};

G_END_DECLS
