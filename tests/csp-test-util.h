/* csp-test-util.h: helpers every test program shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-enums.h"
#include "csp-store.h"

G_BEGIN_DECLS

/* What a run of success-planner-cli left behind. */
typedef struct
{
  int   status;  /* the exit status */
  char *out;
  char *err;
} CspTestResult;

void      csp_test_result_clear (CspTestResult *result);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CspTestResult, csp_test_result_clear)

/* A temporary folder of the test's own and a database path in it (not
 * created): the fixture of tests that need no more. */
typedef struct
{
  char *dir;
  char *db;
} CspTestFolder;

void      csp_test_folder_set_up    (CspTestFolder *folder,
                                     gconstpointer  data);
void      csp_test_folder_tear_down (CspTestFolder *folder,
                                     gconstpointer  data);

char     *csp_test_make_dir     (const char         *tmpl);
gboolean  csp_test_remove_tree  (const char         *path);

char     *csp_test_read_file    (const char         *path,
                                 gsize              *length);
void      csp_test_write_file   (const char         *path,
                                 const char         *contents,
                                 gssize              length);
void      csp_test_exec_sql     (const char         *path,
                                 const char         *sql);

void      csp_test_run_cli      (CspTestResult      *result,
                                 const char         *dir,
                                 const char         *db,
                                 const char * const *args);

/* CSP_TEST_RUN_CLI (result, dir, db, "check", "--db", path): the
 * arguments as a list, without the closing NULL. */
#define CSP_TEST_RUN_CLI(result, dir, db, ...) \
  csp_test_run_cli (result, dir, db, (const char * const[]) { __VA_ARGS__, NULL })

void      csp_test_bind_catalogue (void);

void      csp_test_fill_demo    (CspStore           *store,
                                 guint               n_accounts,
                                 guint               n_weeks,
                                 guint32             seed,
                                 const char         *today);
CspStore *csp_test_open_store   (const char         *path);
CspStore *csp_test_open_demo    (const char         *path,
                                 guint               n_accounts,
                                 guint               n_weeks,
                                 guint32             seed,
                                 const char         *today);

gint64    csp_test_add_account  (CspStore           *store,
                                 const char         *name);
gint64    csp_test_add_meeting  (CspStore           *store,
                                 gint64              account_id,
                                 const char         *title,
                                 const char         *scheduled_at,
                                 CspMeetingKind      kind,
                                 CspMeetingStatus    status,
                                 const char         *notes);
void      csp_test_add_snapshot (CspStore           *store,
                                 gint64              account,
                                 const char         *taken_on,
                                 int                 score);

G_END_DECLS
