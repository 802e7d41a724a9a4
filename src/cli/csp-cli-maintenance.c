/* csp-cli-maintenance.c: the check and backup commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "csp-cli-common.h"

/* check: prints csp_store_check's report; 0 only when every check
 * passes. The file must exist: checking never creates a database. */
int
csp_cli_check_run (CspCli  *cli,
                   int      argc,
                   char   **argv)
{
  g_autoptr(GOptionContext) context = csp_cli_command_context (cli, "check", NULL);
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(CspStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_option_context_set_summary (context, _("Check the schema version, integrity and foreign keys"));
  if ((status = csp_cli_parse_command (context, &argc, &argv, 0)) != CSP_CLI_EXIT_OK)
    return status;

  store = csp_cli_open_store (cli, TRUE, &error);
  if (store == NULL)
    return csp_cli_report_error (error);

  if (csp_store_check (store, report, &error))
    {
      g_print ("%s", report->str);
      return CSP_CLI_EXIT_OK;
    }

  g_print ("%s", report->str);
  if (error != NULL)
    return csp_cli_report_error (error);

  /* Translators: %s is a file path */
  csp_cli_print_error (_("%s: the database failed the check"), csp_store_get_path (store));
  return CSP_CLI_EXIT_BAD_INPUT;
}

/* Whether @destination already is the database file (or a link to it):
 * renaming a copy over the live file would pull it from under SQLite. */
static gboolean
is_same_file (const char *database,
              const char *destination)
{
  GStatBuf a, b;

  return g_stat (database, &a) == 0 && g_stat (destination, &b) == 0 &&
         a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* backup FILE: an online copy through SQLite's backup API, written
 * beside FILE and renamed into place (csp_store_backup_to). */
int
csp_cli_backup_run (CspCli  *cli,
                    int      argc,
                    char   **argv)
{
  g_autofree char *usage = g_strdup_printf ("backup %s", _("FILE"));
  g_autoptr(GOptionContext) context = csp_cli_command_context (cli, usage, NULL);
  g_autoptr(CspStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *destination;
  int status;

  g_option_context_set_summary (context, _("Copy the database to FILE, safely while it is in use"));
  if ((status = csp_cli_parse_command (context, &argc, &argv, 1)) != CSP_CLI_EXIT_OK)
    return status;
  destination = argv[1];

  store = csp_cli_open_store (cli, TRUE, &error);
  if (store == NULL)
    return csp_cli_report_error (error);

  if (is_same_file (csp_store_get_path (store), destination))
    {
      /* Translators: %s is a file path */
      csp_cli_print_error (_("%s: this is the database itself; choose another file"),
                           destination);
      return CSP_CLI_EXIT_BAD_INPUT;
    }

  if (!csp_store_backup_to (store, destination, &error))
    return csp_cli_report_error (error);

  /* Translators: both %s are file paths */
  g_print (_("Copied %s to %s\n"), csp_store_get_path (store), destination);
  return CSP_CLI_EXIT_OK;
}
