/* csp-store.c: opening, checking and migrating the SQLite file
 *
 * A file is inspected before anything can write to it: one that is not
 * SQLite, is truncated or damaged, belongs to another program, or has a
 * newer schema than this build knows is refused, and left exactly as it
 * was. Only then is it opened for writing, put in WAL mode and migrated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "csp-store-private.h"

/* "CSP1": marks a file as ours in PRAGMA application_id. */
#define CSP_APPLICATION_ID 0x43535031

/* Files up to this size get a full quick_check when opened; larger ones
 * only the header and schema checks (`success-planner-cli check` does
 * the full scan), so a big portfolio still opens instantly. */
#define QUICK_CHECK_MAX_BYTES (64 * 1024 * 1024)

struct _CspStore
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements; /* SQL text → sqlite3_stmt* */
  int         schema_version;
  GPtrArray  *pending_changes; /* interned table names written in a transaction */
};

G_DEFINE_FINAL_TYPE (CspStore, csp_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (csp-store-error-quark, csp_store_error)

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static void
csp_store_finalize (GObject *object)
{
  CspStore *self = CSP_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->pending_changes, g_ptr_array_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (csp_store_parent_class)->finalize (object);
}

static void
csp_store_class_init (CspStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = csp_store_finalize;

  /**
   * CspStore::changed:
   * @table: the table written to, also the signal's detail
   *
   * Emitted after a write through this connection (not through others:
   * a worker's store tells its caller when it is done), so every page
   * showing that table can reload: "changed::action_item".
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

/* Tells listeners that @table changed; the typed API calls it after
 * every write, code that writes with its own SQL calls it itself. Not
 * emitted inside a transaction: csp_store_commit() emits it once per
 * table then. */
void
csp_store_emit_changed (CspStore   *self,
                        const char *table)
{
  g_return_if_fail (CSP_IS_STORE (self));

  if (!sqlite3_get_autocommit (self->db))
    {
      if (self->pending_changes == NULL)
        self->pending_changes = g_ptr_array_new ();
      if (!g_ptr_array_find_with_equal_func (self->pending_changes, table, g_str_equal, NULL))
        g_ptr_array_add (self->pending_changes, (gpointer) g_intern_string (table));
      return;
    }

  g_signal_emit (self, signals[CHANGED], g_quark_from_string (table), table);
}

static void
csp_store_init (CspStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
}

static int
error_code_for (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      return CSP_STORE_ERROR_CONSTRAINT;
    case SQLITE_NOTADB:
      return CSP_STORE_ERROR_NOT_SQLITE;
    case SQLITE_CORRUPT:
      return CSP_STORE_ERROR_CORRUPT;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return CSP_STORE_ERROR_BUSY;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return CSP_STORE_ERROR_IO;
    default:
      return CSP_STORE_ERROR_FAILED;
    }
}

static void
set_db_error (sqlite3     *db,
              const char  *path,
              int          rc,
              GError     **error)
{
  const char *message = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  g_set_error (error, CSP_STORE_ERROR, error_code_for (rc), "%s: %s", path, message);
}

void
_csp_store_set_error (CspStore  *self,
                      int        rc,
                      GError   **error)
{
  set_db_error (self->db, self->path, rc, error);
}

sqlite3 *
_csp_store_get_db (CspStore *self)
{
  return self->db;
}

/* A cached prepared statement, reset and with its bindings cleared. The
 * SQL must be a constant of the program, never text from a user. */
sqlite3_stmt *
_csp_store_prepare (CspStore    *self,
                    const char  *sql,
                    GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _csp_store_set_error (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* Runs a statement that returns no rows, then resets it. */
gboolean
_csp_store_step_done (CspStore      *self,
                      sqlite3_stmt  *stmt,
                      GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _csp_store_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
_csp_store_exec (CspStore    *self,
                 const char  *sql,
                 GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _csp_store_set_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

char *
_csp_store_dup_text (sqlite3_stmt *stmt,
                     int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

char *
csp_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "success-planner", "planner.db", NULL);
}

/* --db FILE wins, then $SUCCESS_PLANNER_DB, then the default path. */
char *
csp_store_resolve_path (const char *explicit_path)
{
  const char *env = g_getenv ("SUCCESS_PLANNER_DB");

  if (explicit_path != NULL && *explicit_path != '\0')
    return g_strdup (explicit_path);
  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return csp_store_default_path ();
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* The checks that need only the 100-byte header: the magic string, and
 * whether the file is as long as the header says. */
static gboolean
inspect_header (const char  *path,
                goffset      size,
                GError     **error)
{
  guint8 header[100];
  guint32 page_size, page_count;
  FILE *file;
  size_t n_read;

  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_IO,
                   "%s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }
  n_read = fread (header, 1, sizeof header, file);
  fclose (file);

  if (n_read < sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_SQLITE,
                   _("%s: not a Success Planner database (not an SQLite file)"), path);
      return FALSE;
    }

  page_size = ((guint32) header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  page_count = read_be32 (header + 28);

  /* The page count is only trustworthy when the "version valid for"
   * number matches the change counter (true for every modern writer). */
  if (page_size < 512 || (page_size & (page_size - 1)) != 0 || size % page_size != 0 ||
      (read_be32 (header + 92) == read_be32 (header + 24) &&
       (goffset) page_count * page_size > size))
    {
      g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CORRUPT,
                   _("%s: the database is truncated or damaged"), path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
query_int (sqlite3     *db,
           const char  *path,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  else
    set_db_error (db, path, rc, error);
  sqlite3_finalize (stmt);

  return rc == SQLITE_ROW;
}

static gboolean
quick_check (sqlite3     *db,
             const char  *path,
             GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  ok = rc == SQLITE_ROW && g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);

  if (!ok)
    g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_CORRUPT,
                 _("%s: the database is damaged (integrity check failed)"), path);
  return ok;
}

/* Reads an existing file through a read-only connection and refuses it
 * when it is not one we can open. Nothing here writes to the file or
 * creates any beside it. */
static gboolean
inspect_database (const char  *path,
                  goffset      size,
                  GError     **error)
{
  sqlite3 *db = NULL;
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *file_uri = g_filename_to_uri (absolute, NULL, NULL);
  g_autofree char *uri = g_strconcat (file_uri, "?immutable=1", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  gint64 app_id = 0, version = 0, n_objects = 0;
  gboolean has_wal, ok;
  GStatBuf st;
  int rc;

  /* immutable=1: no locks, and no -wal or -shm files created beside a
   * file we may refuse. It ignores a WAL left by a crash, so the main
   * file alone may look inconsistent then: skip the page check. */
  has_wal = g_stat (wal, &st) == 0 && st.st_size > 0;

  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  ok = rc == SQLITE_OK &&
       query_int (db, path, "PRAGMA application_id", &app_id, error) &&
       query_int (db, path, "PRAGMA user_version", &version, error) &&
       query_int (db, path, "SELECT count(*) FROM sqlite_master", &n_objects, error) &&
       (size > QUICK_CHECK_MAX_BYTES || has_wal || quick_check (db, path, error));
  if (rc != SQLITE_OK)
    set_db_error (db, path, rc, error);
  sqlite3_close_v2 (db);

  if (!ok)
    return FALSE;

  if (app_id != CSP_APPLICATION_ID && (app_id != 0 || n_objects > 0))
    {
      g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_FOREIGN,
                   _("%s: an SQLite database of another program, not of Success Planner"),
                   path);
      return FALSE;
    }

  if (version > CSP_SCHEMA_VERSION)
    {
      g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_TOO_NEW,
                   _("%s: written by a newer Success Planner (schema version %d; "
                     "this version reads up to %d)"),
                   path, (int) version, CSP_SCHEMA_VERSION);
      return FALSE;
    }

  return TRUE;
}

/* Creates a missing file with mode 0600 before SQLite sees it; SQLite
 * gives its -wal and -shm files the same mode. */
static gboolean
prepare_file (const char  *path,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;
  int fd;

  if (g_stat (path, &st) == 0)
    return st.st_size == 0 || (inspect_header (path, st.st_size, error) &&
                               inspect_database (path, st.st_size, error));

  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      (fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL, 0600)) < 0)
    {
      int saved_errno = errno;

      g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_IO,
                   _("%s: cannot create the database: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

static gboolean
configure_connection (CspStore  *self,
                      GError   **error)
{
  sqlite3_busy_timeout (self->db, 5000);

  return _csp_store_exec (self, "PRAGMA foreign_keys = ON", error) &&
         _csp_store_exec (self, "PRAGMA journal_mode = WAL", error) &&
         _csp_store_exec (self, "PRAGMA synchronous = NORMAL", error);
}

static char *
backup_path_for (const char *path,
                 int         version)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  return g_strdup_printf ("%s.v%d-%s.bak", path, version, stamp);
}

static gboolean
run_migration (CspStore  *self,
               guint      version,
               GError   **error)
{
  g_autofree char *bump = g_strdup_printf ("PRAGMA user_version = %u;"
                                           "PRAGMA application_id = %d;",
                                           version, CSP_APPLICATION_ID);

  if (!_csp_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!_csp_store_exec (self, csp_store_migrations[version], error) ||
      !_csp_store_exec (self, bump, error) ||
      !_csp_store_exec (self, "COMMIT", error))
    {
      g_prefix_error (error, _("Could not upgrade the database to version %u: "), version);
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  self->schema_version = (int) version;
  return TRUE;
}

/* Brings the schema to CSP_SCHEMA_VERSION. A file that already holds
 * data is first copied beside itself, so a failed upgrade loses nothing. */
static gboolean
migrate (CspStore  *self,
         GError   **error)
{
  gint64 version = 0;

  if (!query_int (self->db, self->path, "PRAGMA user_version", &version, error))
    return FALSE;
  self->schema_version = (int) version;

  if (version > 0 && version < CSP_SCHEMA_VERSION)
    {
      g_autofree char *backup = backup_path_for (self->path, (int) version);

      if (!csp_store_backup_to (self, backup, error))
        return FALSE;
    }

  for (guint v = (guint) version + 1; v <= csp_store_n_migrations; v++)
    if (!run_migration (self, v, error))
      return FALSE;

  return TRUE;
}

CspStore *
csp_store_open (const char  *path,
                GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  if (!prepare_file (path, error))
    return NULL;

  return csp_store_open_connection (path, error);
}

/* Another connection to a database this process already has open with
 * csp_store_open(), e.g. for a worker thread. It skips csp_store_open()'s
 * checks of the file: they open and close the file outside SQLite, and
 * closing any descriptor of a file drops every POSIX lock the process
 * holds on it. Without the main connection's locks, another process
 * (the CLI, sqlite3) takes itself for the last user, checkpoints and
 * deletes the -wal file the app still writes to: those writes are lost.
 */
CspStore *
csp_store_open_connection (const char  *path,
                           GError     **error)
{
  g_autoptr(CspStore) self = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (CSP_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      _csp_store_set_error (self, rc, error);
      return NULL;
    }

  if (!configure_connection (self, error) || !migrate (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
csp_store_get_path (CspStore *self)
{
  g_return_val_if_fail (CSP_IS_STORE (self), NULL);

  return self->path;
}

int
csp_store_get_schema_version (CspStore *self)
{
  g_return_val_if_fail (CSP_IS_STORE (self), 0);

  return self->schema_version;
}

gboolean
csp_store_is_empty (CspStore *self)
{
  gint64 any = 0;

  g_return_val_if_fail (CSP_IS_STORE (self), TRUE);

  query_int (self->db, self->path, "SELECT EXISTS (SELECT 1 FROM account)", &any, NULL);
  return any == 0;
}

gboolean
csp_store_begin (CspStore  *self,
                 GError   **error)
{
  return _csp_store_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
csp_store_commit (CspStore  *self,
                  GError   **error)
{
  g_autoptr(GPtrArray) written = NULL;

  if (!_csp_store_exec (self, "COMMIT", error))
    return FALSE;

  written = g_steal_pointer (&self->pending_changes);
  for (guint i = 0; written != NULL && i < written->len; i++)
    csp_store_emit_changed (self, g_ptr_array_index (written, i));
  return TRUE;
}

void
csp_store_rollback (CspStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_clear_pointer (&self->pending_changes, g_ptr_array_unref);
}
