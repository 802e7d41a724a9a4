/* csp-report-export.c: writing a report in a format, to a stream or a file
 *
 * Every writer streams: the portfolio (when the report has one) is a
 * few aggregate queries up front, then each account or row is read,
 * written and dropped. JSON exists for `ebr` and `ebr-summary`, the
 * reports with structure; `actions`, `health` and `accounts` are plain
 * tables and CSV only (the last two are what `import` reads back).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-atomic-file.h"
#include "csp-json-writer.h"
#include "csp-report-csv.h"
#include "csp-report-export.h"
#include "csp-report-json.h"

G_DEFINE_QUARK (csp-report-error-quark, csp_report_error)

static const char * const kind_names[] = {
  [CSP_REPORT_KIND_EBR] = "ebr",
  [CSP_REPORT_KIND_EBR_SUMMARY] = "ebr-summary",
  [CSP_REPORT_KIND_ACTIONS] = "actions",
  [CSP_REPORT_KIND_HEALTH] = "health",
  [CSP_REPORT_KIND_ACCOUNTS] = "accounts",
};

static const char * const format_names[] = {
  [CSP_REPORT_FORMAT_JSON] = "json",
  [CSP_REPORT_FORMAT_CSV] = "csv",
};

static gboolean
index_of (const char * const *names,
          guint               n_names,
          const char         *name,
          int                *index)
{
  for (guint i = 0; i < n_names; i++)
    if (g_strcmp0 (names[i], name) == 0)
      {
        *index = (int) i;
        return TRUE;
      }

  return FALSE;
}

gboolean
csp_report_kind_from_name (const char    *name,
                           CspReportKind *kind)
{
  int i;

  if (!index_of (kind_names, G_N_ELEMENTS (kind_names), name, &i))
    return FALSE;
  *kind = (CspReportKind) i;
  return TRUE;
}

const char *
csp_report_kind_to_name (CspReportKind kind)
{
  return kind_names[kind];
}

gboolean
csp_report_format_from_name (const char      *name,
                             CspReportFormat *format)
{
  int i;

  if (!index_of (format_names, G_N_ELEMENTS (format_names), name, &i))
    return FALSE;
  *format = (CspReportFormat) i;
  return TRUE;
}

const char *
csp_report_format_to_name (CspReportFormat format)
{
  return format_names[format];
}

gboolean
csp_report_check_format (CspReportKind     kind,
                         CspReportFormat   format,
                         GError          **error)
{
  if (format == CSP_REPORT_FORMAT_CSV || kind == CSP_REPORT_KIND_EBR ||
      kind == CSP_REPORT_KIND_EBR_SUMMARY)
    return TRUE;

  g_set_error (error, CSP_REPORT_ERROR, CSP_REPORT_ERROR_UNSUPPORTED,
               /* Translators: %s is a report name such as "actions" */
               _("the “%s” report is a plain table and exists as CSV only"),
               kind_names[kind]);
  return FALSE;
}

/* "ebr-summary-2026-Q3.csv", or with the days when the period is not
 * one calendar quarter. */
char *
csp_report_suggest_filename (CspReport       *report,
                             CspReportKind    kind,
                             CspReportFormat  format)
{
  CspPeriod period;
  g_autofree char *label = NULL;

  csp_period_parse (&period, csp_report_get_from (report), csp_report_get_to (report), NULL);
  label = csp_period_quarter_label (&period);
  return g_strdup_printf ("%s-%s.%s", kind_names[kind], label, format_names[format]);
}

/* Progress: rows (or JSON accounts) written so far, for a caller that
 * shows how far an export got. */

typedef struct
{
  CspReportProgressFunc  func;
  gpointer               data;
  guint                  n_rows;
} Progress;

static void
row_written (Progress *progress)
{
  progress->n_rows++;
  if (progress->func != NULL)
    progress->func (progress->n_rows, progress->data);
}

/* JSON */

typedef struct
{
  CspJsonWriter *writer;
  CspReportKind  kind;
  GCancellable  *cancellable;
  Progress      *progress;
} JsonExport;

static gboolean
write_json_account (CspAccountReport  *figures,
                    gpointer           user_data,
                    GError           **error)
{
  JsonExport *e = user_data;
  g_autoptr(JsonNode) node = e->kind == CSP_REPORT_KIND_EBR
                             ? csp_report_json_account (figures)
                             : csp_report_json_summary (figures);

  if (!csp_json_writer_add (e->writer, node, e->cancellable, error))
    return FALSE;
  row_written (e->progress);
  return TRUE;
}

static gboolean
export_json (CspReport      *report,
             CspStore       *store,
             CspReportKind   kind,
             GOutputStream  *stream,
             Progress       *progress,
             GCancellable   *cancellable,
             GError        **error)
{
  g_autoptr(CspJsonWriter) writer = csp_json_writer_new (stream);
  g_autoptr(JsonNode) head = NULL;
  CspPortfolioFigures portfolio = { 0 };
  JsonExport e = { writer, kind, cancellable, progress };
  gboolean ok;

  if (kind == CSP_REPORT_KIND_EBR)
    {
      ok = csp_report_load_portfolio (report, store, &portfolio, error);
      head = ok ? csp_report_json_head (report, "success-planner.ebr", &portfolio) : NULL;
      csp_portfolio_figures_clear (&portfolio);
      if (!ok)
        return FALSE;
    }
  else
    head = csp_report_json_head (report, "success-planner.ebr-summary", NULL);

  return csp_json_writer_begin (writer, head, "accounts", cancellable, error) &&
         csp_report_foreach_account (report, store, write_json_account, &e, cancellable, error) &&
         csp_json_writer_end (writer, cancellable, error);
}

/* CSV */

typedef struct
{
  CspCsvWriter  *writer;
  CspReportKind  kind;
  GCancellable  *cancellable;
  Progress      *progress;
} CsvExport;

static gboolean
end_csv_row (CsvExport  *e,
             GError    **error)
{
  if (!csp_csv_writer_end_row (e->writer, e->cancellable, error))
    return FALSE;
  row_written (e->progress);
  return TRUE;
}

static gboolean
write_csv_account (CspAccountReport  *figures,
                   gpointer           user_data,
                   GError           **error)
{
  CsvExport *e = user_data;

  if (e->kind == CSP_REPORT_KIND_EBR)
    csp_report_csv_ebr_row (e->writer, figures);
  else
    csp_report_csv_summary_row (e->writer, figures);

  return end_csv_row (e, error);
}

static gboolean
write_csv_action (const CspActionRow  *row,
                  gpointer             user_data,
                  GError             **error)
{
  CsvExport *e = user_data;

  if (g_cancellable_set_error_if_cancelled (e->cancellable, error))
    return FALSE;
  csp_report_csv_actions_row (e->writer, row);
  return end_csv_row (e, error);
}

static gboolean
write_csv_health (const CspHealthRow  *row,
                  gpointer             user_data,
                  GError             **error)
{
  CsvExport *e = user_data;

  if (g_cancellable_set_error_if_cancelled (e->cancellable, error))
    return FALSE;
  csp_report_csv_health_row (e->writer, row);
  return end_csv_row (e, error);
}

static gboolean
write_csv_plain_account (CspAccount  *account,
                         gpointer     user_data,
                         GError     **error)
{
  CsvExport *e = user_data;

  if (g_cancellable_set_error_if_cancelled (e->cancellable, error))
    return FALSE;
  csp_report_csv_accounts_row (e->writer, account);
  return end_csv_row (e, error);
}

static gboolean
write_csv_rows (CspReport      *report,
                CspStore       *store,
                CsvExport      *e,
                GError        **error)
{
  guint n_ids;
  const gint64 *ids = csp_report_get_account_ids (report, &n_ids);

  switch (e->kind)
    {
    case CSP_REPORT_KIND_EBR:
    case CSP_REPORT_KIND_EBR_SUMMARY:
      return csp_report_foreach_account (report, store, write_csv_account, e,
                                         e->cancellable, error);
    case CSP_REPORT_KIND_ACTIONS:
      return csp_store_foreach_action_row (store, ids, n_ids, write_csv_action, e, error);
    case CSP_REPORT_KIND_HEALTH:
      return csp_store_foreach_health_row (store, ids, n_ids, csp_report_get_from (report),
                                           csp_report_get_to (report), write_csv_health,
                                           e, error);
    case CSP_REPORT_KIND_ACCOUNTS:
    default:
      return csp_store_foreach_report_account (store, ids, n_ids, write_csv_plain_account,
                                               e, error);
    }
}

static void
write_csv_header (CspCsvWriter  *writer,
                  CspReportKind  kind)
{
  switch (kind)
    {
    case CSP_REPORT_KIND_EBR:
      csp_report_csv_ebr_header (writer);
      break;
    case CSP_REPORT_KIND_EBR_SUMMARY:
      csp_report_csv_summary_header (writer);
      break;
    case CSP_REPORT_KIND_ACTIONS:
      csp_report_csv_actions_header (writer);
      break;
    case CSP_REPORT_KIND_HEALTH:
      csp_report_csv_health_header (writer);
      break;
    case CSP_REPORT_KIND_ACCOUNTS:
    default:
      csp_report_csv_accounts_header (writer);
      break;
    }
}

static gboolean
export_csv (CspReport      *report,
            CspStore       *store,
            CspReportKind   kind,
            gboolean        bom,
            GOutputStream  *stream,
            Progress       *progress,
            GCancellable   *cancellable,
            GError        **error)
{
  g_autoptr(CspCsvWriter) writer = csp_csv_writer_new (stream, bom);
  CsvExport e = { writer, kind, cancellable, progress };

  write_csv_header (writer, kind);
  return csp_csv_writer_end_row (writer, cancellable, error) &&
         write_csv_rows (report, store, &e, error) &&
         csp_csv_writer_flush (writer, cancellable, error);
}

static gboolean
export_stream (CspReport        *report,
               CspStore         *store,
               CspReportKind     kind,
               CspReportFormat   format,
               gboolean          bom,
               GOutputStream    *stream,
               Progress         *progress,
               GCancellable     *cancellable,
               GError          **error)
{
  if (!csp_report_check_format (kind, format, error))
    return FALSE;

  if (format == CSP_REPORT_FORMAT_JSON)
    return export_json (report, store, kind, stream, progress, cancellable, error);
  return export_csv (report, store, kind, bom, stream, progress, cancellable, error);
}

/* Writes @report as @kind in @format to @stream. @bom applies to CSV
 * only. On failure part of the report may have been written: write to
 * files with csp_report_export_to_file(), which leaves nothing then. */
gboolean
csp_report_export (CspReport        *report,
                   CspStore         *store,
                   CspReportKind     kind,
                   CspReportFormat   format,
                   gboolean          bom,
                   GOutputStream    *stream,
                   GCancellable     *cancellable,
                   GError          **error)
{
  Progress progress = { NULL, NULL, 0 };

  g_return_val_if_fail (CSP_IS_REPORT (report), FALSE);
  g_return_val_if_fail (CSP_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  return export_stream (report, store, kind, format, bom, stream, &progress, cancellable,
                        error);
}

/* Like csp_report_export(), into @path atomically: the file appears
 * complete, or (on any error or cancel) is left as it was, with no
 * temporary file behind. Write errors name @path. */
gboolean
csp_report_export_to_file (CspReport        *report,
                           CspStore         *store,
                           CspReportKind     kind,
                           CspReportFormat   format,
                           gboolean          bom,
                           const char       *path,
                           GCancellable     *cancellable,
                           GError          **error)
{
  return csp_report_export_to_file_full (report, store, kind, format, bom, path, NULL, NULL,
                                         cancellable, error);
}

/* Like csp_report_export_to_file(), calling @progress (when not NULL)
 * after each row, or each account of a JSON report, with the number
 * written so far, in the calling thread. */
gboolean
csp_report_export_to_file_full (CspReport              *report,
                                CspStore               *store,
                                CspReportKind           kind,
                                CspReportFormat         format,
                                gboolean                bom,
                                const char             *path,
                                CspReportProgressFunc   progress_func,
                                gpointer                progress_data,
                                GCancellable           *cancellable,
                                GError                **error)
{
  g_autoptr(CspAtomicFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  Progress progress = { progress_func, progress_data, 0 };

  g_return_val_if_fail (CSP_IS_REPORT (report), FALSE);
  g_return_val_if_fail (CSP_IS_STORE (store), FALSE);

  if (!csp_report_check_format (kind, format, error) ||
      !(file = csp_atomic_file_new (path, error)))
    return FALSE;

  if (!export_stream (report, store, kind, format, bom, csp_atomic_file_get_stream (file),
                      &progress, cancellable, &local_error))
    {
      csp_atomic_file_discard (file);
      /* Store errors already name the database; stream errors name nothing. */
      if (local_error->domain == G_IO_ERROR)
        g_prefix_error (&local_error, "%s: ", path);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return csp_atomic_file_commit (file, cancellable, error);
}
