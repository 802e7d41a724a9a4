/* csp-meeting-brief-view.c: a meeting's brief, with copy, print and PDF
 *
 * Shows the brief of one meeting (csp-meeting-brief.c) as preference
 * groups (csp-brief-rows.c), read in a worker on a connection of its
 * own, so a large account never stalls the window. It reads again when
 * the store says anything changed (coalesced in an idle), keeping the
 * previous brief on screen meanwhile.
 *
 * Its own buttons copy the brief as Markdown, print it and export it
 * as a PDF (csp-brief-print.c). Messages go to a toast when the view is
 * inside an AdwToastOverlay; errors stay under the buttons until the
 * next action, naming the file and the reason.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-brief-document.h"
#include "csp-brief-markdown.h"
#include "csp-brief-print.h"
#include "csp-brief-rows.h"
#include "csp-format.h"
#include "csp-meeting-brief-view.h"
#include "csp-store-watch.h"
#include "csp-model.h"
#include "csp-store-brief.h"
#include "csp-store-queries.h"

struct _CspMeetingBriefView
{
  GtkWidget             parent_instance;

  GtkWidget            *header_box;
  GtkLabel             *since_label;
  GtkRevealer          *message_revealer;
  GtkLabel             *message_label;
  GtkStack             *stack;
  GtkSpinner           *spinner;
  GtkLabel             *error_label;
  GtkBox               *content;

  CspStore             *store;
  gint64                meeting_id;
  GCancellable         *cancellable; /* of the read in flight */
  CspMeetingBrief      *brief;
  CspStoreWatch        *watch;       /* any table may change the brief */
  GtkFileChooserNative *chooser;
  GtkPrintOperation    *print;       /* while its dialog is up */
};

G_DEFINE_FINAL_TYPE (CspMeetingBriefView, csp_meeting_brief_view, GTK_TYPE_WIDGET)

/* Auxiliary methods */

static void
update_actions (CspMeetingBriefView *self)
{
  gboolean ready = self->brief != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "brief.copy-markdown", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "brief.print", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "brief.export-pdf",
                                 ready && self->chooser == NULL);
}

/* @text under the buttons, as an error or not; NULL hides it. */
static void
show_message (CspMeetingBriefView *self,
              const char          *text,
              gboolean             is_error)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (text != NULL && !is_error && overlay != NULL)
    {
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
      text = NULL;
    }

  gtk_label_set_text (self->message_label, text ? text : "");
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
  gtk_revealer_set_reveal_child (self->message_revealer, text != NULL);
}

static void
show_brief (CspMeetingBriefView *self)
{
  g_autoptr(GPtrArray) doc = csp_brief_document_new (self->brief, 0);
  g_autofree char *date = csp_format_date (csp_meeting_brief_get_date (self->brief));
  g_autofree char *since = csp_format_date (csp_meeting_brief_get_since (self->brief));
  g_autofree char *text = NULL;

  if (csp_meeting_brief_get_previous (self->brief) != NULL)
    /* Translators: the day of the meeting, then of the previous one */
    text = g_strdup_printf (_("As of %s, since the previous meeting on %s"), date, since);
  else
    /* Translators: the day of the meeting, then 90 days before it */
    text = g_strdup_printf (_("As of %s, since %s (no earlier meeting was held)"), date, since);
  gtk_label_set_text (self->since_label, text);

  csp_brief_rows_fill (self->content, doc);
  gtk_stack_set_visible_child_name (self->stack, "brief");
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = csp_store_query_finish (CSP_STORE (source), result, &error);
  CspMeetingBriefView *self;

  /* Cancelled: the view may be gone, or a newer read is on its way. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = CSP_MEETING_BRIEF_VIEW (user_data);
  g_clear_object (&self->cancellable);
  gtk_spinner_stop (self->spinner);
  if (list == NULL)
    {
      g_clear_object (&self->brief);
      gtk_label_set_text (self->error_label, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else
    {
      g_clear_object (&self->brief);
      self->brief = g_list_model_get_item (list, 0);
      show_brief (self);
    }
  update_actions (self);
}

static void
load (CspMeetingBriefView *self)
{
  CspMeetingBriefQuery *query;

  csp_store_watch_reading (self->watch);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store == NULL || self->meeting_id <= 0)
    return;

  if (self->brief == NULL)
    {
      gtk_spinner_start (self->spinner);
      gtk_stack_set_visible_child_name (self->stack, "loading");
    }
  query = g_new0 (CspMeetingBriefQuery, 1);
  query->meeting_id = self->meeting_id;
  self->cancellable = g_cancellable_new ();
  csp_store_query_async (self->store, csp_store_query_meeting_brief, query, g_free,
                         self->cancellable, load_cb, self);
}

/* Callbacks */

static void
copy_markdown_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CspMeetingBriefView *self = CSP_MEETING_BRIEF_VIEW (widget);
  g_autofree char *markdown = NULL;

  if (self->brief == NULL)
    return;
  markdown = csp_brief_to_markdown (self->brief, CSP_BRIEF_PART_AGENDA);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), markdown);
  show_message (self, _("Brief copied as Markdown"), FALSE);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gpointer                 user_data)
{
  CspMeetingBriefView *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (operation == self->print)
    g_clear_object (&self->print);
  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  /* Translators: %s is the reason */
  text = g_strdup_printf (_("Could not print the brief: %s"),
                          error ? error->message : _("unknown error"));
  show_message (self, text, TRUE);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CspMeetingBriefView *self = CSP_MEETING_BRIEF_VIEW (widget);
  g_autoptr(CspBriefPrint) print = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->brief == NULL || self->print != NULL)
    return;
  show_message (self, NULL, FALSE);
  print = csp_brief_print_new (self->brief);
  /* Kept until "done": the dialog runs after this returns. */
  g_set_object (&self->print, GTK_PRINT_OPERATION (print));
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (print), TRUE);
  g_signal_connect_object (print, "done", G_CALLBACK (print_done_cb), self, 0);
  gtk_print_operation_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);
  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not print the brief: %s"), error->message);

      g_clear_object (&self->print);
      show_message (self, text, TRUE);
    }
}

/* "Account – Meeting 2026-06-01.pdf", without characters that cannot
 * be in a file name. */
static char *
suggest_filename (CspMeetingBrief *brief)
{
  CspAccount *account = csp_meeting_brief_get_account (brief);
  CspMeeting *meeting = csp_meeting_brief_get_meeting (brief);
  g_autofree char *name = g_strdup_printf ("%s – %s %s.pdf", csp_account_get_name (account),
                                           csp_meeting_get_title (meeting),
                                           csp_meeting_brief_get_date (brief));

  return g_strdelimit (g_steal_pointer (&name), "/\\:*?\"<>|", '-');
}

static void
chooser_response_cb (CspMeetingBriefView *self,
                     int                  response)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  update_actions (self);
  if (file != NULL && (path = g_file_get_path (file)) != NULL)
    csp_meeting_brief_view_export_pdf (self, path);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CspMeetingBriefView *self = CSP_MEETING_BRIEF_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) folder = g_file_new_for_path (documents ? documents : g_get_home_dir ());
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->brief == NULL || self->chooser != NULL)
    return;

  name = suggest_filename (self->brief);
  self->chooser = gtk_file_chooser_native_new (_("Export Brief as PDF"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  update_actions (self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Overrides */

static void
csp_meeting_brief_view_dispose (GObject *object)
{
  CspMeetingBriefView *self = CSP_MEETING_BRIEF_VIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->watch);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->print != NULL)
    g_signal_handlers_disconnect_by_data (self->print, self);
  g_clear_object (&self->print);
  g_clear_object (&self->brief);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), CSP_TYPE_MEETING_BRIEF_VIEW);

  G_OBJECT_CLASS (csp_meeting_brief_view_parent_class)->dispose (object);
}

static void
csp_meeting_brief_view_class_init (CspMeetingBriefViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_meeting_brief_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/successplanner/Planner/ui/csp-meeting-brief-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CspMeetingBriefView, header_box);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingBriefView, since_label);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingBriefView, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingBriefView, message_label);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingBriefView, stack);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingBriefView, spinner);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingBriefView, error_label);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingBriefView, content);

  gtk_widget_class_install_action (widget_class, "brief.copy-markdown", NULL, copy_markdown_action);
  gtk_widget_class_install_action (widget_class, "brief.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "brief.export-pdf", NULL, export_pdf_action);
}

static void
csp_meeting_brief_view_init (CspMeetingBriefView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->watch = csp_store_watch_new (GTK_WIDGET (self), NULL, (CspStoreWatchFunc) load);
  update_actions (self);
}

/* Public API */

GtkWidget *
csp_meeting_brief_view_new (void)
{
  return g_object_new (CSP_TYPE_MEETING_BRIEF_VIEW, NULL);
}

/* The store to read from; the view reads again whenever it changes. */
void
csp_meeting_brief_view_set_store (CspMeetingBriefView *self,
                                  CspStore            *store)
{
  g_return_if_fail (CSP_IS_MEETING_BRIEF_VIEW (self));
  g_return_if_fail (store == NULL || CSP_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  csp_store_watch_set_store (self->watch, store);
  load (self);
}

/* Shows the brief of meeting @meeting_id, read in a worker. */
void
csp_meeting_brief_view_show_meeting (CspMeetingBriefView *self,
                                     gint64               meeting_id)
{
  g_return_if_fail (CSP_IS_MEETING_BRIEF_VIEW (self));

  if (meeting_id != self->meeting_id)
    {
      self->meeting_id = meeting_id;
      g_clear_object (&self->brief);
      show_message (self, NULL, FALSE);
      update_actions (self);
    }
  load (self);
}

/* The brief shown, or NULL before the first read. */
CspMeetingBrief *
csp_meeting_brief_view_get_brief (CspMeetingBriefView *self)
{
  g_return_val_if_fail (CSP_IS_MEETING_BRIEF_VIEW (self), NULL);

  return self->brief;
}

gboolean
csp_meeting_brief_view_get_loading (CspMeetingBriefView *self)
{
  g_return_val_if_fail (CSP_IS_MEETING_BRIEF_VIEW (self), FALSE);

  return self->cancellable != NULL ||
         (csp_store_watch_get_pending (self->watch) && gtk_widget_get_mapped (GTK_WIDGET (self)));
}

/* Writes the brief shown as a PDF to @path and says how it went, as
 * "Export PDF…" does after its file chooser. */
gboolean
csp_meeting_brief_view_export_pdf (CspMeetingBriefView *self,
                                   const char          *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL, *text = NULL;

  g_return_val_if_fail (CSP_IS_MEETING_BRIEF_VIEW (self), FALSE);
  g_return_val_if_fail (self->brief != NULL, FALSE);

  if (!csp_brief_print_export_pdf (self->brief, path, &error))
    {
      show_message (self, error->message, TRUE);
      return FALSE;
    }

  base = g_filename_display_basename (path);
  /* Translators: %s is a file name */
  text = g_strdup_printf (_("Brief exported to “%s”"), base);
  show_message (self, text, FALSE);
  return TRUE;
}
