/* csp-enum-rows.c: enumerations as the choices of combo rows
 *
 * The choices are the translated labels of the enumeration's values in
 * order, so a row's selected position is the enum value (the model's
 * enums run 0, 1, 2, …).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "csp-enum-rows.h"
#include "csp-model.h"

void
csp_enum_rows_setup (AdwComboRow *row,
                     GType        enum_type,
                     int          selected)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (labels, csp_enum_to_label (enum_type, klass->values[i].value));
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (row, (guint) selected);
}
