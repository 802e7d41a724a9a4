/* csp-atomic-file.c: a file that appears whole or not at all
 *
 * Everything is written to a temporary file in the destination's own
 * folder (so the final rename stays on one file system and is atomic),
 * flushed to the disk with fsync, and only then renamed over the
 * destination. Until commit succeeds the destination is untouched; on
 * any failure, on cancel, or when the object is dropped uncommitted,
 * the temporary file is removed, so no partial file is ever left.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "csp-atomic-file.h"

struct _CspAtomicFile
{
  GObject        parent_instance;

  char          *path;
  char          *temp_path;  /* NULL once committed or discarded */
  int            fd;
  GOutputStream *stream;
};

G_DEFINE_FINAL_TYPE (CspAtomicFile, csp_atomic_file, G_TYPE_OBJECT)

static void
csp_atomic_file_finalize (GObject *object)
{
  CspAtomicFile *self = CSP_ATOMIC_FILE (object);

  csp_atomic_file_discard (self);
  g_free (self->path);

  G_OBJECT_CLASS (csp_atomic_file_parent_class)->finalize (object);
}

static void
csp_atomic_file_class_init (CspAtomicFileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = csp_atomic_file_finalize;
}

static void
csp_atomic_file_init (CspAtomicFile *self)
{
  self->fd = -1;
}

/* An error in G_IO_ERROR from errno, naming the destination: the
 * temporary file's name would mean nothing to the user. */
static void
set_errno_error (CspAtomicFile  *self,
                 int             saved_errno,
                 GError        **error)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "%s: %s", self->path, g_strerror (saved_errno));
}

/* Opens a temporary file beside @path; nothing exists at @path itself
 * until csp_atomic_file_commit(). */
CspAtomicFile *
csp_atomic_file_new (const char  *path,
                     GError     **error)
{
  g_autoptr(CspAtomicFile) self = g_object_new (CSP_TYPE_ATOMIC_FILE, NULL);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);

  self->path = g_strdup (path);
  self->temp_path = g_build_filename (folder, name, NULL);
  /* 0666 under the umask: an export is an ordinary document. */
  self->fd = g_mkstemp_full (self->temp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (self->fd < 0)
    {
      set_errno_error (self, errno, error);
      g_clear_pointer (&self->temp_path, g_free);
      return NULL;
    }

  self->stream = g_unix_output_stream_new (self->fd, FALSE);
  return g_steal_pointer (&self);
}

const char *
csp_atomic_file_get_path (CspAtomicFile *self)
{
  g_return_val_if_fail (CSP_IS_ATOMIC_FILE (self), NULL);

  return self->path;
}

/* The stream to write to; it stays owned by @self. */
GOutputStream *
csp_atomic_file_get_stream (CspAtomicFile *self)
{
  g_return_val_if_fail (CSP_IS_ATOMIC_FILE (self), NULL);

  return self->stream;
}

static void
close_fd (CspAtomicFile *self)
{
  g_clear_object (&self->stream);
  if (self->fd >= 0)
    {
      close (self->fd);
      self->fd = -1;
    }
}

/* Closes the descriptor after fsync; errno tells why on FALSE. */
static gboolean
sync_and_close (CspAtomicFile *self)
{
  int rc;

  g_clear_object (&self->stream);
  if (fsync (self->fd) != 0)
    return FALSE;

  rc = close (self->fd);
  self->fd = -1;
  return rc == 0;
}

/* Flushes, syncs and renames the temporary file into place. On failure
 * the temporary file is gone and the destination untouched. */
gboolean
csp_atomic_file_commit (CspAtomicFile  *self,
                        GCancellable   *cancellable,
                        GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  int saved_errno;

  g_return_val_if_fail (CSP_IS_ATOMIC_FILE (self), FALSE);
  g_return_val_if_fail (self->temp_path != NULL, FALSE);

  if (!g_output_stream_flush (self->stream, cancellable, &local_error) ||
      g_cancellable_set_error_if_cancelled (cancellable, &local_error))
    {
      csp_atomic_file_discard (self);
      g_set_error (error, local_error->domain, local_error->code,
                   "%s: %s", self->path, local_error->message);
      return FALSE;
    }

  /* fsync before rename: after a crash the file is the old one or the
   * complete new one, never a renamed empty file. */
  if (!sync_and_close (self) || g_rename (self->temp_path, self->path) != 0)
    {
      saved_errno = errno;
      csp_atomic_file_discard (self);
      set_errno_error (self, saved_errno, error);
      return FALSE;
    }

  g_clear_pointer (&self->temp_path, g_free);
  return TRUE;
}

/* Drops what was written; the destination is left as it was. */
void
csp_atomic_file_discard (CspAtomicFile *self)
{
  g_return_if_fail (CSP_IS_ATOMIC_FILE (self));

  close_fd (self);
  if (self->temp_path != NULL)
    {
      g_unlink (self->temp_path);
      g_clear_pointer (&self->temp_path, g_free);
    }
}
