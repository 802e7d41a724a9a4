/* csp-model-error.h: errors for values a user could type or import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CSP_MODEL_ERROR (csp_model_error_quark ())

typedef enum {
  CSP_MODEL_ERROR_REQUIRED,     /* a required field is empty */
  CSP_MODEL_ERROR_INVALID_DATE, /* not YYYY-MM-DD or not a real day */
  CSP_MODEL_ERROR_OUT_OF_RANGE, /* a score outside 0–100, negative money, … */
  CSP_MODEL_ERROR_UNKNOWN_VALUE,/* text that is no value of an enumeration */
  CSP_MODEL_ERROR_INVALID,      /* anything else malformed */
} CspModelError;

GQuark csp_model_error_quark (void);

G_END_DECLS
