/* csp-import-plan.c: what an import would write, before it writes it
 *
 * csp_import_prepare() fills a plan from a file without writing
 * anything; the window shows it as the preview and the CLI prints it;
 * csp_import_apply() then writes exactly its rows. A plan is not
 * changed after it is prepared, so it may be handed from the worker
 * thread that prepared it to the one that applies it.
 *
 * Rows are copies of the records to write: id 0 to create one, the
 * stored row's id to update it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-import-plan.h"

struct _CspImportPlan
{
  GObject        parent_instance;

  CspImportKind  kind;
  char          *path;
  GListStore    *rows;
  GArray        *lines;     /* the line of each row in the file */
  guint          n_create;
  guint          n_update;
  guint          n_unchanged;
  GPtrArray     *warnings;  /* NULL-terminated */
  GPtrArray     *errors;    /* NULL-terminated, the first CSP_IMPORT_MAX_ERRORS */
  guint          n_errors;
};

G_DEFINE_FINAL_TYPE (CspImportPlan, csp_import_plan, G_TYPE_OBJECT)

static GPtrArray *
strv_array_new (void)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (array, NULL);
  return array;
}

static void
strv_array_append (GPtrArray *array,
                   char      *text)
{
  g_ptr_array_insert (array, (int) array->len - 1, text);
}

static void
csp_import_plan_finalize (GObject *object)
{
  CspImportPlan *self = CSP_IMPORT_PLAN (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->errors, g_ptr_array_unref);

  G_OBJECT_CLASS (csp_import_plan_parent_class)->finalize (object);
}

static void
csp_import_plan_class_init (CspImportPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = csp_import_plan_finalize;
}

static void
csp_import_plan_init (CspImportPlan *self)
{
  self->rows = g_list_store_new (CSP_TYPE_RECORD);
  self->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->warnings = strv_array_new ();
  self->errors = strv_array_new ();
}

/* An empty plan for @path, the file name as the user gave it: messages
 * name it that way. */
CspImportPlan *
csp_import_plan_new (CspImportKind  kind,
                     const char    *path)
{
  CspImportPlan *self = g_object_new (CSP_TYPE_IMPORT_PLAN, NULL);

  self->kind = kind;
  self->path = g_strdup (path);

  return self;
}

CspImportKind
csp_import_plan_get_kind (CspImportPlan *self)
{
  g_return_val_if_fail (CSP_IS_IMPORT_PLAN (self), CSP_IMPORT_ACCOUNTS);

  return self->kind;
}

const char *
csp_import_plan_get_path (CspImportPlan *self)
{
  g_return_val_if_fail (CSP_IS_IMPORT_PLAN (self), NULL);

  return self->path;
}

/* The records to write (CspAccount or CspHealthSnapshot), in file
 * order; a row's id is 0 when it will be created. */
GListModel *
csp_import_plan_get_rows (CspImportPlan *self)
{
  g_return_val_if_fail (CSP_IS_IMPORT_PLAN (self), NULL);

  return G_LIST_MODEL (self->rows);
}

guint
csp_import_plan_get_row_line (CspImportPlan *self,
                              guint          position)
{
  g_return_val_if_fail (CSP_IS_IMPORT_PLAN (self), 0);
  g_return_val_if_fail (position < self->lines->len, 0);

  return g_array_index (self->lines, guint, position);
}

guint
csp_import_plan_get_n_create (CspImportPlan *self)
{
  g_return_val_if_fail (CSP_IS_IMPORT_PLAN (self), 0);

  return self->n_create;
}

guint
csp_import_plan_get_n_update (CspImportPlan *self)
{
  g_return_val_if_fail (CSP_IS_IMPORT_PLAN (self), 0);

  return self->n_update;
}

/* Rows of the file that match what is stored already: not written. */
guint
csp_import_plan_get_n_unchanged (CspImportPlan *self)
{
  g_return_val_if_fail (CSP_IS_IMPORT_PLAN (self), 0);

  return self->n_unchanged;
}

const char * const *
csp_import_plan_get_warnings (CspImportPlan *self)
{
  g_return_val_if_fail (CSP_IS_IMPORT_PLAN (self), NULL);

  return (const char * const *) self->warnings->pdata;
}

/* The first CSP_IMPORT_MAX_ERRORS error lines, `FILE:LINE: column
 * NAME: reason`; csp_import_plan_get_n_errors() counts them all. */
const char * const *
csp_import_plan_get_errors (CspImportPlan *self)
{
  g_return_val_if_fail (CSP_IS_IMPORT_PLAN (self), NULL);

  return (const char * const *) self->errors->pdata;
}

guint
csp_import_plan_get_n_errors (CspImportPlan *self)
{
  g_return_val_if_fail (CSP_IS_IMPORT_PLAN (self), 0);

  return self->n_errors;
}

gboolean
csp_import_plan_has_errors (CspImportPlan *self)
{
  g_return_val_if_fail (CSP_IS_IMPORT_PLAN (self), TRUE);

  return self->n_errors > 0;
}

/* The error lines one per line, then "… and N more errors" when some
 * were left out; NULL when there are none. */
char *
csp_import_plan_dup_errors_text (CspImportPlan *self)
{
  g_autoptr(GString) text = NULL;
  guint shown;

  g_return_val_if_fail (CSP_IS_IMPORT_PLAN (self), NULL);

  if (self->n_errors == 0)
    return NULL;

  text = g_string_new (NULL);
  shown = self->errors->len - 1;
  for (guint i = 0; i < shown; i++)
    g_string_append_printf (text, "%s\n", (const char *) self->errors->pdata[i]);
  if (self->n_errors > shown)
    g_string_append_printf (text, ngettext ("… and %u more error\n",
                                            "… and %u more errors\n",
                                            self->n_errors - shown),
                            self->n_errors - shown);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Takes a reference to @row: the caller must not change it later. */
void
csp_import_plan_add_row (CspImportPlan *self,
                         CspRecord     *row,
                         guint          line)
{
  g_return_if_fail (CSP_IS_IMPORT_PLAN (self));
  g_return_if_fail (CSP_IS_RECORD (row));

  g_list_store_append (self->rows, row);
  g_array_append_val (self->lines, line);
  if (csp_record_get_id (row) == 0)
    self->n_create++;
  else
    self->n_update++;
}

void
csp_import_plan_add_unchanged (CspImportPlan *self)
{
  g_return_if_fail (CSP_IS_IMPORT_PLAN (self));

  self->n_unchanged++;
}

/* `FILE:LINE: column NAME: reason`, without the parts that are 0/NULL. */
static char *
format_message (CspImportPlan *self,
                guint          line,
                const char    *column,
                const char    *reason)
{
  if (line > 0 && column != NULL)
    /* Translators: FILE:LINE: column NAME: reason */
    return g_strdup_printf (_("%s:%u: column %s: %s"), self->path, line, column, reason);
  if (line > 0)
    return g_strdup_printf ("%s:%u: %s", self->path, line, reason);
  return g_strdup_printf ("%s: %s", self->path, reason);
}

/* An error whose message already names the file and line (the CSV
 * reader's). */
void
csp_import_plan_add_error_text (CspImportPlan *self,
                                const char    *message)
{
  g_return_if_fail (CSP_IS_IMPORT_PLAN (self));

  if (self->n_errors++ < CSP_IMPORT_MAX_ERRORS)
    strv_array_append (self->errors, g_strdup (message));
}

void
csp_import_plan_add_error (CspImportPlan *self,
                           guint          line,
                           const char    *column,
                           const char    *reason)
{
  g_autofree char *message = NULL;

  g_return_if_fail (CSP_IS_IMPORT_PLAN (self));

  message = format_message (self, line, column, reason);
  csp_import_plan_add_error_text (self, message);
}

void
csp_import_plan_add_warning (CspImportPlan *self,
                             guint          line,
                             const char    *column,
                             const char    *reason)
{
  g_return_if_fail (CSP_IS_IMPORT_PLAN (self));

  strv_array_append (self->warnings, format_message (self, line, column, reason));
}
