/* csp-brief-print.c: a meeting brief on paper or in a PDF
 *
 * A GtkPrintOperation that lays out the brief's blocks (the same words
 * as the page and the Markdown, see csp-brief-document.c) with the
 * agenda and, for a held meeting, the notes and decisions. Pages are
 * computed once in begin-print: every block becomes Pango layouts, and
 * their lines are placed one by one, so a long agenda or notes flow on
 * to the next page; a heading is never left alone at the bottom. Each
 * page then draws its lines under a header with the account, the
 * meeting's day and "Page N of M".
 *
 * The font list names a Chinese face after the Latin one, so Chinese
 * names and notes render (fontconfig would fall back anyway; naming it
 * makes the choice the same on every machine that has it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "csp-brief-document.h"
#include "csp-brief-print.h"
#include "csp-brief-print-layout.h"
#include "csp-format.h"
#include "csp-model.h"

struct _CspBriefPrint
{
  GtkPrintOperation  parent_instance;

  CspMeetingBrief   *brief;
  CspPrintLayout    *layout; /* from begin-print to end-print */
  char              *header;
};

G_DEFINE_FINAL_TYPE (CspBriefPrint, csp_brief_print, GTK_TYPE_PRINT_OPERATION)

/* "Account · Jun 1, 2026": what every page says at the top. */
static char *
header_text (CspMeetingBrief *brief)
{
  CspMeeting *meeting = csp_meeting_brief_get_meeting (brief);
  g_autofree char *when = csp_format_local_date (csp_meeting_get_scheduled_at (meeting));

  return g_strdup_printf ("%s · %s · %s",
                          csp_account_get_name (csp_meeting_brief_get_account (brief)),
                          csp_meeting_get_title (meeting), when);
}

static void
csp_brief_print_begin_print (GtkPrintOperation *operation,
                             GtkPrintContext   *context)
{
  CspBriefPrint *self = CSP_BRIEF_PRINT (operation);
  g_autoptr(GPtrArray) doc = csp_brief_document_new (self->brief, CSP_BRIEF_PART_AGENDA |
                                                                  CSP_BRIEF_PART_MINUTES);

  g_clear_pointer (&self->layout, csp_print_layout_free);
  self->layout = csp_print_layout_new (context, doc, self->header);
  gtk_print_operation_set_n_pages (operation, csp_print_layout_get_n_pages (self->layout));
}

static void
csp_brief_print_draw_page (GtkPrintOperation *operation,
                           GtkPrintContext   *context,
                           int                page_nr)
{
  CspBriefPrint *self = CSP_BRIEF_PRINT (operation);

  if (self->layout != NULL)
    csp_print_layout_draw_page (self->layout, context, page_nr);
}

static void
csp_brief_print_end_print (GtkPrintOperation *operation,
                           GtkPrintContext   *context)
{
  CspBriefPrint *self = CSP_BRIEF_PRINT (operation);

  g_clear_pointer (&self->layout, csp_print_layout_free);
}

static void
csp_brief_print_finalize (GObject *object)
{
  CspBriefPrint *self = CSP_BRIEF_PRINT (object);

  g_clear_object (&self->brief);
  g_clear_pointer (&self->layout, csp_print_layout_free);
  g_free (self->header);

  G_OBJECT_CLASS (csp_brief_print_parent_class)->finalize (object);
}

static void
csp_brief_print_class_init (CspBriefPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = csp_brief_print_finalize;
  print_class->begin_print = csp_brief_print_begin_print;
  print_class->draw_page = csp_brief_print_draw_page;
  print_class->end_print = csp_brief_print_end_print;
}

static void
csp_brief_print_init (CspBriefPrint *self)
{
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
}

/* A print operation for @brief, named after the meeting (the job name
 * and the default file name of "Print to File"). */
CspBriefPrint *
csp_brief_print_new (CspMeetingBrief *brief)
{
  CspBriefPrint *self;
  g_autofree char *job = NULL;

  g_return_val_if_fail (CSP_IS_MEETING_BRIEF (brief), NULL);

  self = g_object_new (CSP_TYPE_BRIEF_PRINT, NULL);
  self->brief = g_object_ref (brief);
  self->header = header_text (brief);
  /* Translators: the name of a print job; %s is the account and meeting */
  job = g_strdup_printf (_("Brief – %s"), self->header);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job);

  return self;
}

/* Writes @brief as a PDF to @path, through a temporary file beside it
 * that is renamed at the end: a failed export leaves no partial file
 * and an existing one as it was. */
gboolean
csp_brief_print_export_pdf (CspMeetingBrief  *brief,
                            const char       *path,
                            GError          **error)
{
  g_autoptr(CspBriefPrint) print = NULL;
  g_autofree char *dir = NULL, *base = NULL, *tmp = NULL;
  g_autoptr(GError) local_error = NULL;
  GtkPrintOperationResult result;
  int fd;

  g_return_val_if_fail (CSP_IS_MEETING_BRIEF (brief), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp = g_strdup_printf ("%s/.%s-XXXXXX", dir, base);
  if ((fd = g_mkstemp (tmp)) < 0)
    {
      int saved = errno;

      /* Translators: %s is a file name, then the reason */
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  print = csp_brief_print_new (brief);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), tmp);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (print),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &local_error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR || g_rename (tmp, path) != 0)
    {
      const char *reason = local_error ? local_error->message : g_strerror (errno);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write “%s”: %s"), path, reason);
      g_unlink (tmp);
      return FALSE;
    }

  return TRUE;
}
