/* csp-demo.h: a realistic, deterministic sample portfolio
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "csp-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint       n_accounts;
  guint       n_weeks;   /* weekly health snapshots per account */
  guint32     seed;
  const char *today;     /* YYYY-MM-DD the portfolio is relative to; NULL = real today */
} CspDemoOptions;

/* Called from the generating thread, at most about 100 times. */
typedef void (*CspDemoProgress) (double   fraction,
                                 gpointer user_data);

gboolean csp_demo_generate (CspStore              *store,
                            const CspDemoOptions  *options,
                            CspDemoProgress        progress,
                            gpointer               user_data,
                            GCancellable          *cancellable,
                            GError               **error);

G_END_DECLS
