/* csp-brief-markdown.c: a meeting brief as Markdown
 *
 * For pasting into a chat, a ticket or an e-mail: headings, bullet
 * lists, facts in bold. Names and titles are user text, so characters
 * Markdown would read as formatting are escaped; the agenda and notes
 * are kept as written (people write them in Markdown-ish lists
 * already), each line kept as a line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "csp-brief-markdown.h"

/* @text on one line with Markdown's punctuation escaped. */
static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\r' || *p == '\t')
        {
          g_string_append_c (out, ' ');
          continue;
        }
      if (strchr ("\\`*_[]<>#|~", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/* User text as written, with hard line breaks kept ("  " before each
 * newline) and no trailing blank lines. */
static void
append_text (GString    *out,
             const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = g_strv_length (lines);

  while (n > 0 && g_strstrip (lines[n - 1])[0] == '\0')
    n--;
  for (guint i = 0; i < n; i++)
    {
      g_strchomp (lines[i]);
      g_string_append (out, lines[i]);
      g_string_append (out, i + 1 < n && lines[i][0] != '\0' && lines[i + 1][0] != '\0'
                            ? "  \n" : "\n");
    }
  g_string_append_c (out, '\n');
}

static void
append_block (GString             *out,
              const CspBriefBlock *block,
              gboolean            *in_list)
{
  gboolean listed = block->kind == CSP_BRIEF_BLOCK_FACT || block->kind == CSP_BRIEF_BLOCK_ITEM;

  /* A blank line closes a list before anything that is not in it. */
  if (*in_list && !listed)
    g_string_append_c (out, '\n');
  *in_list = listed;

  switch (block->kind)
    {
    case CSP_BRIEF_BLOCK_TITLE:
    case CSP_BRIEF_BLOCK_HEADING:
    case CSP_BRIEF_BLOCK_SUBHEADING:
      g_string_append (out, block->kind == CSP_BRIEF_BLOCK_TITLE ? "# "
                            : block->kind == CSP_BRIEF_BLOCK_HEADING ? "## " : "### ");
      append_escaped (out, block->title);
      g_string_append (out, "\n\n");
      if (block->detail != NULL)
        {
          g_string_append_c (out, '_');
          append_escaped (out, block->detail);
          g_string_append (out, "_\n\n");
        }
      break;
    case CSP_BRIEF_BLOCK_FACT:
      g_string_append (out, "- **");
      append_escaped (out, block->title);
      g_string_append (out, ":** ");
      append_escaped (out, block->detail ? block->detail : "");
      g_string_append_c (out, '\n');
      break;
    case CSP_BRIEF_BLOCK_ITEM:
      g_string_append (out, "- ");
      append_escaped (out, block->title);
      if (block->detail != NULL)
        {
          g_string_append (out, " — ");
          append_escaped (out, block->detail);
        }
      g_string_append_c (out, '\n');
      break;
    case CSP_BRIEF_BLOCK_TEXT:
      append_text (out, block->title);
      break;
    case CSP_BRIEF_BLOCK_NONE:
    default:
      g_string_append_c (out, '_');
      append_escaped (out, block->title);
      g_string_append (out, "_\n\n");
      break;
    }
}

/* @brief (with @parts) as a Markdown document, ending in one newline. */
char *
csp_brief_to_markdown (CspMeetingBrief *brief,
                       CspBriefParts    parts)
{
  g_autoptr(GPtrArray) doc = NULL;
  GString *out = g_string_new (NULL);
  gboolean in_list = FALSE;

  g_return_val_if_fail (CSP_IS_MEETING_BRIEF (brief), g_string_free (out, FALSE));

  doc = csp_brief_document_new (brief, parts);
  for (guint i = 0; i < doc->len; i++)
    append_block (out, g_ptr_array_index (doc, i), &in_list);

  /* One newline at the end, whatever the last block left. */
  while (out->len > 0 && out->str[out->len - 1] == '\n')
    g_string_truncate (out, out->len - 1);
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}
