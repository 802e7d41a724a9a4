/* csp-report-json.h: reports as json-glib nodes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "csp-report.h"

G_BEGIN_DECLS

#define CSP_REPORT_JSON_VERSION 1

JsonNode *csp_report_json_head    (CspReport                 *report,
                                   const char                *format,
                                   const CspPortfolioFigures *portfolio);
JsonNode *csp_report_json_account (const CspAccountReport    *figures);
JsonNode *csp_report_json_summary (const CspAccountReport    *figures);

G_END_DECLS
