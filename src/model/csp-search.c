/* csp-search.c: text as the search boxes compare it
 *
 * Searches ignore case and Unicode forms, so "ACME" finds "Acme" and a
 * decomposed "é" finds a composed one. Folding is the expensive part,
 * so a row folds its searchable fields once, into a key, and every
 * keystroke afterwards is one substring test per row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "csp-search.h"

/* The folded form of @text, for a needle or a key; NULL for NULL. */
char *
csp_search_fold (const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return NULL;
  folded = g_utf8_casefold (text, -1);
  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

/* One key of all the fields a row is found by, NULL-terminated; empty
 * and NULL fields are skipped. A newline separates the fields, so a
 * needle (one line of a search entry) never matches across two. */
char *
csp_search_key (const char *first,
                ...)
{
  g_autoptr(GString) joined = g_string_new (NULL);
  va_list args;

  va_start (args, first);
  for (const char *field = first; field != NULL; field = va_arg (args, const char *))
    {
      if (*field == '\0')
        continue;
      if (joined->len > 0)
        g_string_append_c (joined, '\n');
      g_string_append (joined, field);
    }
  va_end (args);

  return csp_search_fold (joined->str);
}

/* Whether the folded @needle occurs in @key; an empty needle matches. */
gboolean
csp_search_matches (const char *key,
                    const char *needle)
{
  if (needle == NULL || *needle == '\0')
    return TRUE;
  return key != NULL && strstr (key, needle) != NULL;
}
