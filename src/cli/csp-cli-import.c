/* csp-cli-import.c: the import command
 *
 *   success-planner-cli import accounts|health FILE [--dry-run]
 *
 * Prints the preview (rows to create and update, warnings, errors);
 * writes only when the file has no errors and --dry-run is not given,
 * and then all rows in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "csp-cli-common.h"
#include "csp-import.h"

static void
print_preview (CspImportPlan *plan)
{
  const char * const *warnings = csp_import_plan_get_warnings (plan);

  g_print ("%s\n", csp_import_plan_get_path (plan));
  g_print (_("  To create: %u\n"), csp_import_plan_get_n_create (plan));
  g_print (_("  To update: %u\n"), csp_import_plan_get_n_update (plan));
  g_print (_("  Unchanged: %u\n"), csp_import_plan_get_n_unchanged (plan));
  g_print (_("  Warnings: %u\n"), g_strv_length ((char **) warnings));
  g_print (_("  Errors: %u\n"), csp_import_plan_get_n_errors (plan));

  for (guint i = 0; warnings[i] != NULL; i++)
    /* Translators: %s is a line like "FILE:1: column x: unknown column; it is ignored" */
    g_printerr (_("warning: %s\n"), warnings[i]);
}

/* The error lines as they are (FILE:LINE: …, which editors can jump
 * to), then the one line that says what happened. */
static int
report_plan_errors (CspImportPlan *plan)
{
  g_autofree char *text = csp_import_plan_dup_errors_text (plan);
  guint n = csp_import_plan_get_n_errors (plan);

  g_printerr ("%s", text);
  csp_cli_print_error (ngettext ("%s: %u error; nothing was imported",
                                 "%s: %u errors; nothing was imported", n),
                       csp_import_plan_get_path (plan), n);
  return CSP_CLI_EXIT_BAD_INPUT;
}

static GOptionContext *
import_context (CspCli   *cli,
                gboolean *dry_run)
{
  g_autofree char *usage = g_strdup_printf ("import accounts|health %s", _("FILE"));
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, dry_run,
      N_("Show what the import would change, and write nothing"), NULL },
    G_OPTION_ENTRY_NULL
  };
  GOptionContext *context = csp_cli_command_context (cli, usage, entries);

  g_option_context_set_summary (context, _("Create or update accounts or health snapshots "
                                           "from a CSV file"));
  return context;
}

/* Opens the database: a dry run never creates one. */
static CspImportPlan *
prepare (CspCli         *cli,
         CspImportKind   kind,
         const char     *path,
         gboolean        dry_run,
         CspStore      **out_store,
         GError        **error)
{
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* Before the database is opened, so a typo creates no database. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("%s: no such file"), path);
      return NULL;
    }

  *out_store = csp_cli_open_store (cli, dry_run, error);
  if (*out_store == NULL)
    return NULL;

  return csp_import_prepare (*out_store, kind, path, NULL, error);
}

int
csp_cli_import_run (CspCli  *cli,
                    int      argc,
                    char   **argv)
{
  gboolean dry_run = FALSE;
  g_autoptr(GOptionContext) context = import_context (cli, &dry_run);
  g_autoptr(CspStore) store = NULL;
  g_autoptr(CspImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  CspImportKind kind;
  int status;

  if ((status = csp_cli_parse_command (context, &argc, &argv, 2)) != CSP_CLI_EXIT_OK)
    return status;
  if (!csp_import_kind_from_nick (argv[1], &kind))
    return csp_cli_usage_error (context, _("unknown kind “%s”; use accounts or health"),
                                argv[1]);

  plan = prepare (cli, kind, argv[2], dry_run, &store, &error);
  if (plan == NULL)
    return csp_cli_report_error (error);

  print_preview (plan);
  if (csp_import_plan_has_errors (plan))
    return report_plan_errors (plan);
  if (dry_run)
    {
      g_print (_("Dry run: nothing was written.\n"));
      return CSP_CLI_EXIT_OK;
    }

  if (!csp_import_apply (store, plan, NULL, NULL, NULL, &error))
    return csp_cli_report_error (error);

  g_print (_("Imported into %s.\n"), csp_store_get_path (store));
  return CSP_CLI_EXIT_OK;
}
