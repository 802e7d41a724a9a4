/* csp-cli-main.c: success-planner-cli, the headless command
 *
 *   success-planner-cli [--db FILE] COMMAND [ARGS…]
 *
 * Global options are parsed up to the first non-option (the command);
 * the command then parses the rest with its own option context, which
 * accepts --db too. It links no GTK and needs no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "csp-cli-common.h"

/* New commands (export, import) join this table. */
static const CspCliCommand commands[] = {
  { "demo", N_("--accounts N [--weeks W] [--seed S]"),
    N_("Fill an empty database with a realistic sample portfolio"), csp_cli_demo_run },
  { "check", "",
    N_("Check the schema version, integrity and foreign keys"), csp_cli_check_run },
  { "backup", N_("FILE"),
    N_("Copy the database to FILE, safely while it is in use"), csp_cli_backup_run },
  { "export", N_("REPORT --format json|csv [--account NAME-OR-ID]… [--from DATE] [--to DATE] "
                  "[--output FILE] [--bom]"),
    N_("Write an EBR report (ebr, ebr-summary, actions, health, accounts) as JSON or CSV"),
    csp_cli_export_run },
  { "import", N_("accounts|health FILE [--dry-run]"),
    N_("Create or update accounts or health snapshots from a CSV file"), csp_cli_import_run },
};

static void
setup_locale (void)
{
  /* Tests point this at the build tree's compiled catalogs. */
  const char *localedir = g_getenv ("CSP_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static char *
commands_summary (void)
{
  GString *text = g_string_new (_("Commands:"));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "\n  %s%s%s\n      %s", commands[i].name,
                            *commands[i].parameters ? " " : "",
                            *commands[i].parameters ? _(commands[i].parameters) : "",
                            _(commands[i].summary));

  return g_string_free (text, FALSE);
}

static char *
exit_status_description (void)
{
  g_autofree char *default_path = csp_store_default_path ();
  /* Translators: %s is a file path */
  g_autofree char *db_note = g_strdup_printf (_("--db FILE may also follow the command. "
                                                "Without it, the database is "
                                                "$SUCCESS_PLANNER_DB, else %s."),
                                              default_path);

  return g_strdup_printf ("%s\n  0  %s\n  2  %s\n  3  %s\n  4  %s\n\n%s",
                          _("Exit status:"),
                          _("success"),
                          _("usage error"),
                          _("bad input or refused data file"),
                          _("I/O error"),
                          db_note);
}

static GOptionContext *
main_context (CspCli *cli)
{
  g_autofree char *summary = commands_summary ();
  g_autofree char *description = exit_status_description ();
  GOptionContext *context = g_option_context_new (_("COMMAND [ARGS…]"));
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &cli->db_before_command,
      N_("The database to use (default: $SUCCESS_PLANNER_DB, else the user data folder)"),
      N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  g_option_context_set_description (context, description);
  /* Stop at the command: its options are its own. */
  g_option_context_set_strict_posix (context, TRUE);

  return context;
}

static const CspCliCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, name) == 0)
      return &commands[i];

  return NULL;
}

static int
run (CspCli  *cli,
     int      argc,
     char   **argv)
{
  g_autoptr(GOptionContext) context = main_context (cli);
  g_autoptr(GError) error = NULL;
  const CspCliCommand *command;

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return csp_cli_usage_error (context, "%s", error->message);
  if (argc < 2)
    return csp_cli_usage_error (context, _("no command given"));

  command = find_command (argv[1]);
  if (command == NULL)
    return csp_cli_usage_error (context, _("unknown command “%s”"), argv[1]);

  /* The command sees itself as argv[0], as GOptionContext expects. */
  return command->run (cli, argc - 1, argv + 1);
}

int
main (int    argc,
      char **argv)
{
  CspCli cli = { NULL, NULL };
  int status;

  setup_locale ();
  g_set_prgname ("success-planner-cli");

  status = run (&cli, argc, argv);

  g_free (cli.db_before_command);
  g_free (cli.db_after_command);
  return status;
}
