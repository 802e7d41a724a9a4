/* csp-model.h: the whole model layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-model-types.h"
#include "csp-enums.h"
#include "csp-enum-types.h"
#include "csp-model-error.h"
#include "csp-date.h"
#include "csp-health.h"
#include "csp-record.h"
#include "csp-account.h"
