/* csp-report-csv.h: the rows of each CSV report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-csv-writer.h"
#include "csp-report.h"

G_BEGIN_DECLS

void csp_report_csv_summary_header  (CspCsvWriter           *writer);
void csp_report_csv_summary_row     (CspCsvWriter           *writer,
                                     const CspAccountReport *figures);
void csp_report_csv_ebr_header      (CspCsvWriter           *writer);
void csp_report_csv_ebr_row         (CspCsvWriter           *writer,
                                     const CspAccountReport *figures);
void csp_report_csv_actions_header  (CspCsvWriter           *writer);
void csp_report_csv_actions_row     (CspCsvWriter           *writer,
                                     const CspActionRow     *row);
void csp_report_csv_health_header   (CspCsvWriter           *writer);
void csp_report_csv_health_row      (CspCsvWriter           *writer,
                                     const CspHealthRow     *row);
void csp_report_csv_accounts_header (CspCsvWriter           *writer);
void csp_report_csv_accounts_row    (CspCsvWriter           *writer,
                                     CspAccount             *account);

G_END_DECLS
