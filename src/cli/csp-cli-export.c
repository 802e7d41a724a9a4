/* csp-cli-export.c: the export command
 *
 *   success-planner-cli export REPORT --format json|csv [--account NAME-OR-ID]…
 *                       [--from DATE] [--to DATE] [--output FILE] [--bom]
 *
 * REPORT is ebr, ebr-summary, actions, health or accounts. The period is
 * the last full calendar quarter unless --from/--to say otherwise; the
 * accounts are every one not archived unless --account names some.
 * Without --output the report goes to standard output; with it, the
 * file appears complete or not at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#include <time.h>
#include <unistd.h>

#include "csp-cli-common.h"
#include "csp-date.h"
#include "csp-report-export.h"
#include "csp-store-report.h"

typedef struct
{
  char     *format;
  char    **accounts;
  char     *from;
  char     *to;
  char     *output;
  gboolean  bom;
} ExportOptions;

static void
export_options_clear (ExportOptions *o)
{
  g_free (o->format);
  g_strfreev (o->accounts);
  g_free (o->from);
  g_free (o->to);
  g_free (o->output);
}

static GOptionContext *
export_context (CspCli        *cli,
                ExportOptions *o)
{
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &o->format,
      N_("The file format: json or csv"), N_("FORMAT") },
    { "account", 'a', 0, G_OPTION_ARG_STRING_ARRAY, &o->accounts,
      N_("Report on this account only (name, external id or number); repeatable"),
      N_("NAME-OR-ID") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &o->from,
      N_("First day of the period (default: the last full calendar quarter)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &o->to,
      N_("Last day of the period"), N_("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o->output,
      N_("Write to FILE instead of standard output"), N_("FILE") },
    { "bom", 0, 0, G_OPTION_ARG_NONE, &o->bom,
      N_("Begin CSV with a byte order mark, for spreadsheet programs"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autofree char *usage = g_strdup_printf ("export %s", _("REPORT"));
  GOptionContext *context = csp_cli_command_context (cli, usage, entries);

  g_option_context_set_summary (context, _("Write an EBR report as JSON or CSV. REPORT is one of "
                                           "ebr, ebr-summary, actions, health, accounts."));
  return context;
}

/* The period from --from and --to. Neither: the last full quarter.
 * Only --from: up to today. Only --to: from the first day of its
 * quarter. */
static gboolean
resolve_period (ExportOptions  *o,
                CspPeriod      *period,
                GError        **error)
{
  g_autofree char *from = g_strdup (o->from);
  g_autofree char *to = g_strdup (o->to);
  GDate day;

  if (from == NULL && to == NULL)
    {
      g_date_clear (&day, 1);
      g_date_set_time_t (&day, time (NULL));
      csp_period_last_full_quarter (period, &day);
      return TRUE;
    }

  if (to == NULL)
    to = csp_date_today_text ();
  if (from == NULL && csp_date_parse (to, &day, NULL))
    from = g_strdup_printf ("%04d-%02d-01", g_date_get_year (&day),
                            (g_date_get_month (&day) - 1) / 3 * 3 + 1);

  return csp_period_parse (period, from ? from : to, to, error);
}

static gboolean
add_accounts (CspReport      *report,
              CspStore       *store,
              char          **names,
              GError        **error)
{
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      gint64 id;

      if (!csp_store_find_account_id (store, names[i], &id, error))
        {
          g_prefix_error (error, "--account: ");
          return FALSE;
        }
      csp_report_add_account (report, id);
    }

  return TRUE;
}

static gboolean
write_report (CspReport        *report,
              CspStore         *store,
              CspReportKind     kind,
              CspReportFormat   format,
              ExportOptions    *o,
              GError          **error)
{
  g_autoptr(GOutputStream) out = NULL;

  if (o->output != NULL)
    return csp_report_export_to_file (report, store, kind, format, o->bom, o->output,
                                      NULL, error);

  out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
  if (csp_report_export (report, store, kind, format, o->bom, out, NULL, error))
    return TRUE;

  if ((*error)->domain == G_IO_ERROR)
    g_prefix_error (error, "%s: ", _("standard output"));
  return FALSE;
}

/* What the command line asks for, checked before any file is opened. */
static int
parse_request (GOptionContext   *context,
               int              *argc,
               char           ***argv,
               ExportOptions    *o,
               CspReportKind    *kind,
               CspReportFormat  *format,
               CspPeriod        *period)
{
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = csp_cli_parse_command (context, argc, argv, 1)) != CSP_CLI_EXIT_OK)
    return status;
  if (!csp_report_kind_from_name ((*argv)[1], kind))
    return csp_cli_usage_error (context, _("unknown report “%s”"), (*argv)[1]);
  if (o->format == NULL)
    return csp_cli_usage_error (context, _("--format: give json or csv"));
  if (!csp_report_format_from_name (o->format, format))
    return csp_cli_usage_error (context, _("--format: unknown format “%s”; give json or csv"),
                                o->format);
  if (!csp_report_check_format (*kind, *format, &error) ||
      !resolve_period (o, period, &error))
    return csp_cli_usage_error (context, "%s", error->message);

  return CSP_CLI_EXIT_OK;
}

int
csp_cli_export_run (CspCli  *cli,
                    int      argc,
                    char   **argv)
{
  ExportOptions o = { NULL };
  g_autoptr(GOptionContext) context = export_context (cli, &o);
  g_autoptr(CspStore) store = NULL;
  g_autoptr(CspReport) report = NULL;
  g_autoptr(GError) error = NULL;
  CspReportKind kind;
  CspReportFormat format;
  CspPeriod period;
  int status;

  status = parse_request (context, &argc, &argv, &o, &kind, &format, &period);
  if (status != CSP_CLI_EXIT_OK)
    goto out;

  if (!(store = csp_cli_open_store (cli, TRUE, &error)))
    {
      status = csp_cli_report_error (error);
      goto out;
    }

  report = csp_report_new (&period);
  if (!add_accounts (report, store, o.accounts, &error))
    status = g_error_matches (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND)
             ? csp_cli_usage_error (context, "%s", error->message)
             : csp_cli_report_error (error);
  else if (!write_report (report, store, kind, format, &o, &error))
    status = csp_cli_report_error (error);

out:
  export_options_clear (&o);
  return status;
}
