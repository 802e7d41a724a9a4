/* csp-cli-common.h: what every command of success-planner-cli shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "csp-store.h"

G_BEGIN_DECLS

/* The exit statuses, as printed by --help and the README. */
typedef enum {
  CSP_CLI_EXIT_OK        = 0,
  CSP_CLI_EXIT_USAGE     = 2, /* bad command line */
  CSP_CLI_EXIT_BAD_INPUT = 3, /* bad input, or a data file we refuse */
  CSP_CLI_EXIT_IO        = 4, /* the disk or the file system said no */
} CspCliExit;

/* State shared by main and the commands: --db may come before the
 * command (main's options) or after it (the command's); the later wins. */
typedef struct
{
  char *db_before_command;
  char *db_after_command;
} CspCli;

typedef int (*CspCliRunFunc) (CspCli  *cli,
                              int      argc,
                              char   **argv);

typedef struct
{
  const char    *name;
  const char    *parameters; /* N_() text after the name in --help */
  const char    *summary;    /* N_() text */
  CspCliRunFunc  run;
} CspCliCommand;

int             csp_cli_demo_run          (CspCli          *cli,
                                           int              argc,
                                           char           **argv);
int             csp_cli_check_run         (CspCli          *cli,
                                           int              argc,
                                           char           **argv);
int             csp_cli_backup_run        (CspCli          *cli,
                                           int              argc,
                                           char           **argv);
int             csp_cli_export_run        (CspCli          *cli,
                                           int              argc,
                                           char           **argv);
int             csp_cli_import_run        (CspCli          *cli,
                                           int              argc,
                                           char           **argv);

GOptionContext *csp_cli_command_context   (CspCli          *cli,
                                           const char      *usage,
                                           const GOptionEntry *entries);
int             csp_cli_parse_command     (GOptionContext  *context,
                                           int             *argc,
                                           char          ***argv,
                                           int              n_arguments);
int             csp_cli_usage_error       (GOptionContext  *context,
                                           const char      *format,
                                           ...) G_GNUC_PRINTF (2, 3);

char           *csp_cli_db_path           (CspCli          *cli);
CspStore       *csp_cli_open_store        (CspCli          *cli,
                                           gboolean         must_exist,
                                           GError         **error);

int             csp_cli_exit_code_for     (const GError    *error);
int             csp_cli_report_error      (const GError    *error);
void            csp_cli_print_error       (const char      *format,
                                           ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
