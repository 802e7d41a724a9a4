/* csp-brief-rows.c: the brief's blocks as preference groups and rows
 *
 * A heading starts an AdwPreferencesGroup (its summary the group's
 * description), a subheading a group of its own; facts, items and
 * texts are rows that wrap, so the brief reads in a narrow window. The
 * title block is left out: the meeting page shows the meeting above.
 * A row's tone shows as an icon with the matching colour, never by
 * colour alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-brief-document.h"
#include "csp-brief-rows.h"

static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  /* User text: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
add_tone (GtkWidget    *row,
          CspBriefTone  tone)
{
  static const struct { const char *icon, *css_class, *label; } tones[] = {
    [CSP_BRIEF_TONE_GOOD] = { "emblem-ok-symbolic", "success", N_("Good") },
    [CSP_BRIEF_TONE_WARNING] = { "dialog-warning-symbolic", "warning", N_("Warning") },
    [CSP_BRIEF_TONE_ERROR] = { "dialog-warning-symbolic", "error", N_("Needs attention") },
  };
  GtkWidget *icon;

  if (tone == CSP_BRIEF_TONE_NORMAL)
    return;
  icon = gtk_image_new_from_icon_name (tones[tone].icon);
  gtk_widget_add_css_class (icon, tones[tone].css_class);
  gtk_widget_set_tooltip_text (icon, _(tones[tone].label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(tones[tone].label), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
}

/* "Label …… value" for a short value (an amount, a count), on one
 * line; a longer one ("79 (Healthy) on Nov 25, 2026") goes under the
 * label instead, where it has the row's width and never breaks a date
 * in two. */
#define FACT_SUFFIX_MAX_CHARS 16

static GtkWidget *
fact_row (const CspBriefBlock *block)
{
  GtkWidget *row;
  GtkWidget *value;

  if (block->detail != NULL && g_utf8_strlen (block->detail, -1) > FACT_SUFFIX_MAX_CHARS)
    {
      row = new_row (block->title, block->detail);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      return row;
    }

  row = new_row (block->title, NULL);
  value = gtk_label_new (block->detail);
  gtk_label_set_xalign (GTK_LABEL (value), 1);
  gtk_label_set_selectable (GTK_LABEL (value), TRUE);
  gtk_widget_add_css_class (value, "heading");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  return row;
}

static GtkWidget *
block_row (const CspBriefBlock *block)
{
  GtkWidget *row;

  switch (block->kind)
    {
    case CSP_BRIEF_BLOCK_FACT:
      row = fact_row (block);
      break;
    case CSP_BRIEF_BLOCK_TEXT:
      row = new_row (block->title, NULL);
      adw_preferences_row_set_title_selectable (ADW_PREFERENCES_ROW (row), TRUE);
      break;
    case CSP_BRIEF_BLOCK_NONE:
      row = new_row (block->title, NULL);
      gtk_widget_add_css_class (row, "dim-label");
      break;
    case CSP_BRIEF_BLOCK_ITEM:
    default:
      row = new_row (block->title, block->detail);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      break;
    }
  add_tone (row, block->tone);
  return row;
}

static AdwPreferencesGroup *
add_group (GtkBox     *box,
           const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (box, group);
  return ADW_PREFERENCES_GROUP (group);
}

/* A section: a heading's group and its subheadings' groups, closer to
 * each other than to the next section. */
static GtkBox *
add_section (GtkBox *box)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_box_append (box, section);
  return GTK_BOX (section);
}

/* A heading over subheadings' groups only: its title and summary as
 * a group shows them, without an empty list box below. */
static void
add_header (GtkBox              *section,
            const CspBriefBlock *block)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (block->title);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (header), title);
  if (block->detail != NULL)
    {
      GtkWidget *detail = gtk_label_new (block->detail);

      gtk_label_set_xalign (GTK_LABEL (detail), 0);
      gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
      gtk_widget_add_css_class (detail, "dim-label");
      gtk_box_append (GTK_BOX (header), detail);
    }
  gtk_box_append (section, header);
}

/* Replaces what @box holds with the blocks of @doc. */
void
csp_brief_rows_fill (GtkBox    *box,
                     GPtrArray *doc)
{
  AdwPreferencesGroup *group = NULL;
  GtkBox *section = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);

  for (guint i = 0; i < doc->len; i++)
    {
      const CspBriefBlock *block = g_ptr_array_index (doc, i);

      if (block->kind == CSP_BRIEF_BLOCK_TITLE)
        continue;
      if (block->kind == CSP_BRIEF_BLOCK_HEADING || section == NULL)
        section = add_section (box);
      if (block->kind == CSP_BRIEF_BLOCK_HEADING && i + 1 < doc->len &&
          ((CspBriefBlock *) g_ptr_array_index (doc, i + 1))->kind == CSP_BRIEF_BLOCK_SUBHEADING)
        add_header (section, block);
      else if (block->kind == CSP_BRIEF_BLOCK_HEADING ||
               block->kind == CSP_BRIEF_BLOCK_SUBHEADING)
        group = add_group (section, block->title, block->detail);
      else if (group != NULL)
        adw_preferences_group_add (group, block_row (block));
    }
}
