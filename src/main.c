/* main.c: starts the Success Planner app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "csp-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CspApplication) application = NULL;
  /* Tests and runs from the build folder point at the freshly built
   * catalogues; an installed app uses its own. */
  const char *localedir = g_getenv ("CSP_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  application = csp_application_new ();

  return g_application_run (G_APPLICATION (application), argc, argv);
}
