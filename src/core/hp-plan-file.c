/* hp-plan-file.c: reading and saving plan files: the fast reader with the
 * full one behind it, the checks on the file, the read in a thread with
 * its progress, the save (through hp-file-replace)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hp-error.h"
#include "hp-file-replace.h"
#include "hp-plan-file.h"
#include "hp-plan-file-private.h"

#ifndef O_CLOEXEC
#define O_CLOEXEC 0
#endif

/* The fast reader, then, when it gives up, the full one. */
static HpPlan *
read_plan (const char        *data,
           gsize              length,
           const char        *display_name,
           HpPlanReadControl *control,
           char             **out_notice,
           GError           **error)
{
  HpPlan *plan = NULL;

  if (out_notice != NULL)
    *out_notice = NULL;

  switch (hp_plan_read_fast_controlled (data, length, display_name, control, &plan, out_notice, error))
    {
    case HP_PLAN_FAST_OK:
      return plan;
    case HP_PLAN_FAST_CANCELLED:
      return NULL;
    case HP_PLAN_FAST_GIVE_UP:
    default:
      break;
    }

  /* Not a plan as this program writes one: the full reader says why, or
   * reads what the fast one did not expect. */
  if (control != NULL && g_cancellable_set_error_if_cancelled (control->cancellable, error))
    return NULL;

  plan = hp_plan_read_tree (data, length, display_name, out_notice, error);
  if (plan != NULL && control != NULL && control->progress != NULL)
    control->progress (1.0, control->progress_data);

  return plan;
}

HpPlan *
hp_plan_read (const char  *data,
              gsize        length,
              const char  *display_name,
              char       **out_notice,
              GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  return read_plan (data, length, display_name, NULL, out_notice, error);
}

static char *
cannot_read (const char *path)
{
  g_autofree char *name = g_filename_display_name (path);

  return g_strdup_printf (_("Could not read “%s”"), name);
}

static char *
cannot_save (const char *path)
{
  g_autofree char *name = g_filename_display_name (path);

  return g_strdup_printf (_("Could not save the plan to “%s”"), name);
}

static HpPlan *
read_file (const char        *path,
           HpPlanReadControl *control,
           char             **out_notice,
           GError           **error)
{
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0, allocated;
  GStatBuf st;
  struct stat fst;
  int fd;

  if (out_notice != NULL)
    *out_notice = NULL;

  name = g_filename_display_name (path);

  /* Look before opening: opening a FIFO would block until a writer comes. */
  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;
      g_autofree char *prefix = cannot_read (path);
      hp_file_set_error_from_errno (error, saved_errno, prefix);
      return NULL;
    }

  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   _("“%s” is a folder, not a plan file"), name);
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("“%s” is not a regular file (it is a pipe, a device or a socket), so it cannot be a plan"),
                   name);
      return NULL;
    }

  if ((goffset) st.st_size > HP_PLAN_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size ((guint64) st.st_size);
      g_set_error (error, HP_ERROR, HP_ERROR_RANGE,
                   _("“%s” is too large to be a plan (%s; the limit is 512 MB)"), name, size);
      return NULL;
    }

  /* Non-blocking, and checked again once open, in case the file was
   * replaced by something else in between. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *prefix = cannot_read (path);
      hp_file_set_error_from_errno (error, saved_errno, prefix);
      return NULL;
    }

  if (fstat (fd, &fst) != 0 || !S_ISREG (fst.st_mode))
    {
      g_close (fd, NULL);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("“%s” is not a regular file (it is a pipe, a device or a socket), so it cannot be a plan"),
                   name);
      return NULL;
    }

  /* Straight into one buffer of the file's size (and room to see that it
   * ends there), growing only if the file grows while it is read. */
  allocated = (gsize) MIN ((goffset) fst.st_size + 1, HP_PLAN_MAX_FILE_SIZE + 1);
  allocated = MAX (allocated, 4096);
  contents = g_malloc (allocated);
  for (;;)
    {
      gssize n;

      if (length == allocated)
        {
          allocated = MIN (allocated * 2, (gsize) HP_PLAN_MAX_FILE_SIZE + 1);
          contents = g_realloc (contents, allocated);
        }

      n = read (fd, contents + length, allocated - length);
      if (n < 0 && (errno == EINTR || errno == EAGAIN))
        continue;
      if (n < 0)
        {
          int saved_errno = errno;
          g_autofree char *prefix = cannot_read (path);
          g_close (fd, NULL);
          hp_file_set_error_from_errno (error, saved_errno, prefix);
          return NULL;
        }
      if (n == 0)
        break;

      length += (gsize) n;
      if ((goffset) length > HP_PLAN_MAX_FILE_SIZE)
        {
          g_close (fd, NULL);
          g_set_error (error, HP_ERROR, HP_ERROR_RANGE,
                       _("“%s” is too large to be a plan (more than 512 MB)"), name);
          return NULL;
        }
    }
  g_close (fd, NULL);

  return read_plan (contents, length, name, control, out_notice, error);
}

HpPlan *
hp_plan_read_file (const char  *path,
                   char       **out_notice,
                   GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  return read_file (path, NULL, out_notice, error);
}

/* Reading in a thread */

typedef struct
{
  char                   *path;
  GMainContext           *context;
  HpPlanReadProgressFunc  progress;
  gpointer                progress_data;
  GDestroyNotify          progress_data_free;
  int                     told;    /* the last progress told, in thousandths */
} ReadTask;

typedef struct
{
  HpPlan *plan;
  char   *notice;
} ReadResult;

typedef struct
{
  ReadTask *task;
  double    fraction;
} ProgressEvent;

static void
read_task_clear (gpointer data)
{
  ReadTask *task = data;

  g_free (task->path);
  g_main_context_unref (task->context);
  if (task->progress_data_free != NULL)
    task->progress_data_free (task->progress_data);
}

static void
read_task_unref (gpointer data)
{
  g_atomic_rc_box_release_full (data, read_task_clear);
}

static void
read_result_free (gpointer data)
{
  ReadResult *result = data;

  g_clear_object (&result->plan);
  g_free (result->notice);
  g_free (result);
}

static gboolean
progress_in_context (gpointer data)
{
  ProgressEvent *event = data;

  event->task->progress (event->fraction, event->task->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_event_free (gpointer data)
{
  ProgressEvent *event = data;

  read_task_unref (event->task);
  g_free (event);
}

/* In the thread: passes progress on to the caller's context, a hundred
 * times at most. */
static void
relay_progress (double   fraction,
                gpointer data)
{
  ReadTask *task = data;
  int permille = (int) (fraction * 1000);
  ProgressEvent *event;

  if (task->progress == NULL || (permille < task->told + 10 && permille < 1000))
    return;

  task->told = permille;
  event = g_new0 (ProgressEvent, 1);
  event->task = g_atomic_rc_box_acquire (task);
  event->fraction = CLAMP (fraction, 0.0, 1.0);
  g_main_context_invoke_full (task->context, G_PRIORITY_DEFAULT, progress_in_context, event, progress_event_free);
}

static void
read_in_thread (GTask        *gtask,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ReadTask *task = task_data;
  HpPlanReadControl control = { cancellable, relay_progress, task };
  g_autoptr(GError) error = NULL;
  ReadResult *result = g_new0 (ReadResult, 1);

  result->plan = read_file (task->path, &control, &result->notice, &error);
  if (result->plan == NULL)
    {
      read_result_free (result);
      g_task_return_error (gtask, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (gtask, result, read_result_free);
}

void
hp_plan_read_file_async (const char             *path,
                         GCancellable           *cancellable,
                         HpPlanReadProgressFunc  progress,
                         gpointer                progress_data,
                         GDestroyNotify          progress_data_free,
                         GAsyncReadyCallback     callback,
                         gpointer                user_data)
{
  g_autoptr(GTask) gtask = NULL;
  ReadTask *task;

  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_atomic_rc_box_new0 (ReadTask);
  task->path = g_strdup (path);
  task->context = g_main_context_ref_thread_default ();
  task->progress = progress;
  task->progress_data = progress_data;
  task->progress_data_free = progress_data_free;
  task->told = -1000;

  gtask = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (gtask, hp_plan_read_file_async);
  g_task_set_name (gtask, "[hp] read plan");
  g_task_set_task_data (gtask, task, read_task_unref);
  g_task_run_in_thread (gtask, read_in_thread);
}

HpPlan *
hp_plan_read_file_finish (GAsyncResult  *result,
                          char         **out_notice,
                          GError       **error)
{
  ReadResult *read;
  HpPlan *plan;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == hp_plan_read_file_async, NULL);

  if (out_notice != NULL)
    *out_notice = NULL;

  read = g_task_propagate_pointer (G_TASK (result), error);
  if (read == NULL)
    return NULL;

  plan = g_steal_pointer (&read->plan);
  if (out_notice != NULL)
    *out_notice = g_steal_pointer (&read->notice);
  read_result_free (read);

  return plan;
}

/* Saving */

gboolean
hp_plan_write_file (HpPlan      *plan,
                    HpCatalog   *catalog,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *data = NULL;
  g_autofree char *prefix = NULL;
  gsize length = 0;

  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (catalog == NULL || HP_IS_CATALOG (catalog), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = hp_plan_to_json (plan, catalog, NULL, &length);

  prefix = cannot_save (path);

  return hp_file_replace_contents (path, data, length, 0666, prefix, error);
}
