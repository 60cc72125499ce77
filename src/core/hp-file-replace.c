/* hp-file-replace.c: the one way the project replaces a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-file-replace"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hp-file-replace.h"

#ifndef O_CLOEXEC
#define O_CLOEXEC 0
#endif

struct _HpFileReplace
{
  char *target;       /* as given, for messages */
  char *path;         /* the file really replaced: a link's target */
  char *dir;
  char *temp_path;
  char *prefix;
  int   fd;
};

/* "PREFIX: reason", the reason in words. */
void
hp_file_set_error_from_errno (GError     **error,
                              int          saved_errno,
                              const char  *prefix)
{
  const char *reason;

  switch (saved_errno)
    {
    case EACCES:
    case EPERM:  reason = _("permission denied"); break;
    case ENOENT: reason = _("no such file or folder"); break;
    case ENOSPC: reason = _("the disk is full"); break;
    case EROFS:  reason = _("the disk is read-only"); break;
    case EISDIR: reason = _("it is a folder"); break;
    default:     reason = g_strerror (saved_errno); break;
    }

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s: %s", prefix, reason);
}

static void
replace_free (HpFileReplace *self)
{
  if (self->fd >= 0)
    g_close (self->fd, NULL);
  g_free (self->target);
  g_free (self->path);
  g_free (self->dir);
  g_free (self->temp_path);
  g_free (self->prefix);
  g_free (self);
}

static gboolean
fail_errno (HpFileReplace  *self,
            int             saved_errno,
            GError        **error)
{
  hp_file_set_error_from_errno (error, saved_errno, self->prefix);
  return FALSE;
}

HpFileReplace *
hp_file_replace_begin (const char  *path,
                       int          new_mode,
                       const char  *error_prefix,
                       GError     **error)
{
  HpFileReplace *self;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  GStatBuf st;
  gboolean exists;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_filename_display_name (path);
  self = g_new0 (HpFileReplace, 1);
  self->fd = -1;
  self->target = g_strdup (path);
  self->prefix = error_prefix != NULL ? g_strdup (error_prefix)
                                      : g_strdup_printf (_("Could not write “%s”"), name);

  /* Through a symbolic link, replace the file it points to. */
  if (g_lstat (path, &st) == 0 && S_ISLNK (st.st_mode))
    self->path = realpath (path, NULL);
  if (self->path == NULL)
    self->path = g_strdup (path);

  exists = g_stat (self->path, &st) == 0;
  if (exists && S_ISDIR (st.st_mode))
    {
      fail_errno (self, EISDIR, error);
      replace_free (self);
      return NULL;
    }
  if (exists && !S_ISREG (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, _("%s: it is not a regular file"), self->prefix);
      replace_free (self);
      return NULL;
    }

  self->dir = g_path_get_dirname (self->path);
  base = g_path_get_basename (self->path);

  if (!g_file_test (self->dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *dir_name = g_filename_display_name (self->dir);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   _("%s: the folder “%s” does not exist"), self->prefix, dir_name);
      replace_free (self);
      return NULL;
    }

  for (guint attempt = 0; self->fd < 0 && attempt < 100; attempt++)
    {
      g_free (self->temp_path);
      self->temp_path = g_strdup_printf ("%s%c.%s.%08x.tmp", self->dir, G_DIR_SEPARATOR, base, g_random_int ());
      self->fd = g_open (self->temp_path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, new_mode);
      if (self->fd < 0 && errno != EEXIST)
        break;
    }
  if (self->fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&self->temp_path, g_free);
      fail_errno (self, saved_errno, error);
      replace_free (self);
      return NULL;
    }

  /* Keep the permissions of the file it replaces. */
  if (exists && fchmod (self->fd, st.st_mode & 07777) != 0)
    {
      fail_errno (self, errno, error);
      hp_file_replace_abort (self);
      return NULL;
    }

  return self;
}

/* The temporary file, for a writer that opens the file itself (a PDF from
 * GTK's print operation, a workbook from libxlsxwriter). */
const char *
hp_file_replace_get_temp_path (HpFileReplace *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->temp_path;
}

int
hp_file_replace_get_fd (HpFileReplace *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->fd;
}

gboolean
hp_file_replace_write (HpFileReplace  *self,
                       const void     *data,
                       gsize           length,
                       GError        **error)
{
  const char *bytes = data;
  gsize done = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->fd >= 0, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  while (done < length)
    {
      gssize n = write (self->fd, bytes + done, MIN (length - done, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return fail_errno (self, errno, error);
      done += (gsize) n;
    }

  return TRUE;
}

/* Syncs the new file, renames it over the target and syncs the folder.
 * Frees @self, whatever the outcome; on failure the old file stays. */
gboolean
hp_file_replace_commit (HpFileReplace  *self,
                        GError        **error)
{
  int dir_fd;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->fd >= 0, FALSE);

  if (g_fsync (self->fd) != 0)
    goto fail;

  if (!g_close (self->fd, NULL))
    {
      self->fd = -1;
      goto fail;
    }
  self->fd = -1;

  if (g_rename (self->temp_path, self->path) != 0)
    goto fail;
  g_clear_pointer (&self->temp_path, g_free);

  /* Make the rename itself durable. */
  dir_fd = g_open (self->dir, O_RDONLY | O_CLOEXEC, 0);
  if (dir_fd >= 0)
    {
      (void) g_fsync (dir_fd);
      g_close (dir_fd, NULL);
    }

  replace_free (self);
  return TRUE;

fail:
  {
    int saved_errno = errno;

    fail_errno (self, saved_errno, error);
  }
  hp_file_replace_abort (self);
  return FALSE;
}

/* Removes the temporary file and frees @self; the target is untouched. */
void
hp_file_replace_abort (HpFileReplace *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    {
      g_close (self->fd, NULL);
      self->fd = -1;
    }
  if (self->temp_path != NULL)
    g_unlink (self->temp_path);

  replace_free (self);
}

gboolean
hp_file_replace_contents (const char  *path,
                          const void  *data,
                          gsize        length,
                          int          new_mode,
                          const char  *error_prefix,
                          GError     **error)
{
  HpFileReplace *replace;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  replace = hp_file_replace_begin (path, new_mode, error_prefix, error);
  if (replace == NULL)
    return FALSE;

  if (!hp_file_replace_write (replace, data, length, error))
    {
      hp_file_replace_abort (replace);
      return FALSE;
    }

  return hp_file_replace_commit (replace, error);
}
