/* csp-record-form.h: a dialog that edits one record, field by field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "csp-account-dialogs.h"

G_BEGIN_DECLS

typedef struct _CspRecordForm CspRecordForm;

/* Builds the record the fields describe, valid, or sets @error to a
 * message that starts with the column at fault ("due_on: …"). */
typedef CspRecord *(*CspFormBuild) (CspRecordForm  *form,
                                    gpointer        data,
                                    GError        **error);

CspRecordForm    *csp_record_form_new        (GtkWidget          *parent,
                                              const char         *heading,
                                              const char         *body,
                                              CspFormBuild        build,
                                              gpointer            data,
                                              GDestroyNotify      data_free);
GtkWidget        *csp_record_form_add_entry  (CspRecordForm      *form,
                                              const char         *column,
                                              const char         *title,
                                              const char         *text);
GtkWidget        *csp_record_form_add_choice (CspRecordForm      *form,
                                              const char         *column,
                                              const char         *title,
                                              GListModel         *labels,
                                              guint               selected);
GtkWidget        *csp_record_form_add_enum   (CspRecordForm      *form,
                                              const char         *column,
                                              const char         *title,
                                              GType               enum_type,
                                              guint               selected);
const char       *csp_record_form_get_text   (CspRecordForm      *form,
                                              const char         *column);
guint             csp_record_form_get_choice (CspRecordForm      *form,
                                              const char         *column);
AdwMessageDialog *csp_record_form_get_dialog (CspRecordForm      *form);
void              csp_record_form_present    (CspRecordForm      *form,
                                              CspRecordReady      ready,
                                              gpointer            user_data);
CspRecord        *csp_record_form_validated  (CspRecord          *record,
                                              GError            **error);
void              csp_record_form_set_note   (CspRecordForm      *form,
                                              const char         *note);
void              csp_record_form_set_error  (GError            **error,
                                              const char         *column,
                                              const char         *reason);

G_END_DECLS
