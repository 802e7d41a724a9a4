/* csp-cli-common.c: options, opening the store and reporting errors
 *
 * Scripts and cron jobs read two things from us: the exit status, and
 * one line on stderr naming the file and the reason. Everything that
 * can fail ends here, so that mapping lives in one place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdarg.h>

#include "csp-cli-common.h"

/* Joins the lines of @text with spaces: one error is one line, even
 * when SQLite or a translation put a newline in it. */
static char *
one_line (const char *text)
{
  char *line = g_strdup (text);

  g_strstrip (g_strdelimit (line, "\r\n", ' '));
  return line;
}

void
csp_cli_print_error (const char *format,
                     ...)
{
  g_autofree char *message = NULL;
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  line = one_line (message);
  g_printerr ("%s: %s\n", g_get_prgname (), line);
}

static int
exit_code_for_store_error (int code)
{
  switch (code)
    {
    case CSP_STORE_ERROR_NOT_SQLITE:
    case CSP_STORE_ERROR_CORRUPT:
    case CSP_STORE_ERROR_TOO_NEW:
    case CSP_STORE_ERROR_FOREIGN:
    case CSP_STORE_ERROR_CONSTRAINT:
    case CSP_STORE_ERROR_NOT_FOUND:
      return CSP_CLI_EXIT_BAD_INPUT;
    default:
      /* IO, BUSY and anything SQLite did not explain: the file could
       * not be read or written as asked, which a retry may fix. */
      return CSP_CLI_EXIT_IO;
    }
}

int
csp_cli_exit_code_for (const GError *error)
{
  if (error->domain == CSP_STORE_ERROR)
    return exit_code_for_store_error (error->code);
  if (error->domain == CSP_MODEL_ERROR)
    return CSP_CLI_EXIT_BAD_INPUT;
  if (error->domain == G_OPTION_ERROR)
    return CSP_CLI_EXIT_USAGE;

  /* G_IO_ERROR, G_FILE_ERROR and whatever else comes from below. */
  return CSP_CLI_EXIT_IO;
}

/* Prints @error as the one line scripts read; returns its exit status. */
int
csp_cli_report_error (const GError *error)
{
  csp_cli_print_error ("%s", error->message);
  return csp_cli_exit_code_for (error);
}

/* Prints @format as an error, then the command's help, to stderr. */
int
csp_cli_usage_error (GOptionContext *context,
                     const char     *format,
                     ...)
{
  g_autofree char *message = NULL;
  g_autofree char *help = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  csp_cli_print_error ("%s", message);
  help = g_option_context_get_help (context, TRUE, NULL);
  g_printerr ("\n%s", help);

  return CSP_CLI_EXIT_USAGE;
}

/* The options of one command, with --db as well: users type it on
 * either side of the command name. */
GOptionContext *
csp_cli_command_context (CspCli             *cli,
                         const char         *usage,
                         const GOptionEntry *entries)
{
  GOptionContext *context = g_option_context_new (usage);
  const GOptionEntry db_entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &cli->db_after_command,
      N_("The database to use (default: $SUCCESS_PLANNER_DB, else the user data folder)"),
      N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, db_entries, GETTEXT_PACKAGE);

  return context;
}

/* Parses a command's options and checks that exactly @n_arguments
 * remain. Returns CSP_CLI_EXIT_OK to go on, or the usage status. */
int
csp_cli_parse_command (GOptionContext   *context,
                       int              *argc,
                       char           ***argv,
                       int               n_arguments)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    return csp_cli_usage_error (context, "%s", error->message);

  if (*argc - 1 < n_arguments)
    /* Translators: %s is a command name such as "backup" */
    return csp_cli_usage_error (context, _("%s: missing argument"), (*argv)[0]);
  if (*argc - 1 > n_arguments)
    /* Translators: the first %s is a command name, the second what the user typed */
    return csp_cli_usage_error (context, _("%s: unexpected argument “%s”"),
                                (*argv)[0], (*argv)[n_arguments + 1]);

  return CSP_CLI_EXIT_OK;
}

/* --db after the command, else --db before it, else the environment
 * and the default (csp_store_resolve_path). */
char *
csp_cli_db_path (CspCli *cli)
{
  return csp_store_resolve_path (cli->db_after_command ? cli->db_after_command
                                                       : cli->db_before_command);
}

/* Opens the database; with @must_exist a missing file is an error
 * rather than a new empty database (check and backup read, not create). */
CspStore *
csp_cli_open_store (CspCli    *cli,
                    gboolean   must_exist,
                    GError   **error)
{
  g_autofree char *path = csp_cli_db_path (cli);

  if (must_exist && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* Translators: %s is a file path */
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   _("%s: no such database"), path);
      return NULL;
    }

  return csp_store_open (path, error);
}
