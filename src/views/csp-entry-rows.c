/* csp-entry-rows.c: entry rows that say why their text cannot be saved
 *
 * What the forms (New Account, New Plan) share: each entry row has a
 * small error label as a suffix with the reason its text cannot be
 * saved, shown for the fields the user changed (or all, once saving was
 * tried), so a fresh form is not red all over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-entry-rows.h"
#include "csp-model.h"

/* The row's text without surrounding spaces; NULL when empty. */
char *
csp_entry_row_dup_text (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  char *stripped = g_strstrip (g_strdup (text));

  if (stripped[0] == '\0')
    g_clear_pointer (&stripped, g_free);
  return stripped;
}

/* Why @text (NULL: empty) is no date, or NULL when it is one or empty. */
char *
csp_entry_row_check_date (const char *text)
{
  g_autoptr(GError) error = NULL;

  if (text == NULL || csp_date_parse (text, NULL, &error))
    return NULL;
  return g_strdup (error->message);
}

/* Adds the label for the reason @row is invalid, hidden for now. */
GtkLabel *
csp_entry_row_add_reason (AdwEntryRow *row)
{
  GtkWidget *reason = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (reason), 28);
  gtk_label_set_xalign (GTK_LABEL (reason), 1);
  gtk_widget_add_css_class (reason, "error");
  gtk_widget_add_css_class (reason, "caption");
  gtk_widget_set_visible (reason, FALSE);
  adw_entry_row_add_suffix (row, reason);
  return GTK_LABEL (reason);
}

/* Shows @reason (NULL: none) beside @row, and the row in red. */
void
csp_entry_row_show_reason (AdwEntryRow *row,
                           GtkLabel    *label,
                           const char  *reason)
{
  gtk_label_set_text (label, reason ? reason : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), reason);
  gtk_widget_set_visible (GTK_WIDGET (label), reason != NULL);
  if (reason != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* Checks every field with @check, shows the reasons of the fields whose
 * bit is set in @shown, and tells whether all are valid. */
gboolean
csp_entry_rows_validate (AdwEntryRow       **rows,
                         GtkLabel          **reasons,
                         guint               n_fields,
                         CspCheckFieldFunc   check,
                         gpointer            form,
                         guint               shown)
{
  gboolean valid = TRUE;

  for (guint f = 0; f < n_fields; f++)
    {
      g_autofree char *reason = check (form, f);

      valid = valid && reason == NULL;
      csp_entry_row_show_reason (rows[f], reasons[f], shown & (1u << f) ? reason : NULL);
    }
  return valid;
}

void
csp_entry_rows_focus_first_invalid (AdwEntryRow **rows,
                                    GtkLabel    **reasons,
                                    guint         n_fields)
{
  for (guint f = 0; f < n_fields; f++)
    if (gtk_widget_get_visible (GTK_WIDGET (reasons[f])))
      {
        gtk_widget_grab_focus (GTK_WIDGET (rows[f]));
        return;
      }
}
