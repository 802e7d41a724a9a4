/* csp-cli-demo.c: the demo command
 *
 *   success-planner-cli demo --accounts N [--weeks W] [--seed S] [--today DATE]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "csp-cli-common.h"
#include "csp-demo.h"

#define MAX_ACCOUNTS 1000000
#define MAX_WEEKS    520

typedef struct
{
  int     n_accounts;
  int     n_weeks;
  gint64  seed;
  char   *today;
} DemoArgs;

static void
show_progress (double   fraction,
               gpointer user_data)
{
  g_printerr ("\r%s %3d%%", _("Generating the sample portfolio…"), (int) (fraction * 100));
}

/* Range checks GOptionContext cannot do; a message, or NULL if fine. */
static char *
check_args (const DemoArgs *args)
{
  if (args->n_accounts < 1 || args->n_accounts > MAX_ACCOUNTS)
    return g_strdup_printf (_("--accounts needs a number from 1 to %d"), MAX_ACCOUNTS);
  if (args->n_weeks < 1 || args->n_weeks > MAX_WEEKS)
    return g_strdup_printf (_("--weeks needs a number from 1 to %d"), MAX_WEEKS);
  if (args->seed < 0 || args->seed > G_MAXUINT32)
    return g_strdup_printf (_("--seed needs a number from 0 to %u"), G_MAXUINT32);
  if (args->today != NULL && !csp_date_is_valid_text (args->today))
    return g_strdup_printf (_("--today: “%s” is not a date in the form YYYY-MM-DD"),
                            args->today);
  return NULL;
}

static int
generate (CspStore       *store,
          const DemoArgs *args)
{
  g_autoptr(GError) error = NULL;
  gboolean interactive = isatty (fileno (stderr));
  CspDemoOptions options = {
    .n_accounts = (guint) args->n_accounts,
    .n_weeks = (guint) args->n_weeks,
    .seed = (guint32) args->seed,
    .today = args->today,
  };
  gboolean ok;

  ok = csp_demo_generate (store, &options, interactive ? show_progress : NULL, NULL,
                          NULL, &error);
  if (interactive)
    g_printerr ("\n");
  if (!ok)
    return csp_cli_report_error (error);

  /* Translators: %d is a number of accounts, %s a file path */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Created %d sample account in %s\n",
                        "Created %d sample accounts in %s\n", (gulong) args->n_accounts),
           args->n_accounts, csp_store_get_path (store));
  return CSP_CLI_EXIT_OK;
}

int
csp_cli_demo_run (CspCli  *cli,
                  int      argc,
                  char   **argv)
{
  DemoArgs args = { 0, 26, 1, NULL };
  const GOptionEntry entries[] = {
    { "accounts", 0, 0, G_OPTION_ARG_INT, &args.n_accounts,
      N_("How many accounts to create"), "N" },
    { "weeks", 0, 0, G_OPTION_ARG_INT, &args.n_weeks,
      N_("Weeks of health history per account (default: 26)"), "W" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &args.seed,
      N_("Seed of the generator; the same seed gives the same portfolio (default: 1)"), "S" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &args.today,
      N_("The day the portfolio is relative to (default: today)"), N_("YYYY-MM-DD") },
    G_OPTION_ENTRY_NULL
  };
  g_autofree char *usage = g_strdup_printf ("demo %s", _("--accounts N [--weeks W] [--seed S]"));
  g_autoptr(GOptionContext) context = csp_cli_command_context (cli, usage, entries);
  g_autoptr(CspStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  int status;

  g_option_context_set_summary (context, _("Fill an empty database with a realistic sample portfolio"));
  status = csp_cli_parse_command (context, &argc, &argv, 0);
  if (status == CSP_CLI_EXIT_OK && (problem = check_args (&args)) != NULL)
    status = csp_cli_usage_error (context, "%s", problem);
  if (status == CSP_CLI_EXIT_OK && (store = csp_cli_open_store (cli, FALSE, &error)) == NULL)
    status = csp_cli_report_error (error);

  /* The generator refuses a database that already has accounts. */
  if (status == CSP_CLI_EXIT_OK)
    status = generate (store, &args);

  g_free (args.today);
  return status;
}
