/* hp-document-save.c: saving a document, its drafts and the autosave
 *
 * The plan is copied on the main thread in slices of a few milliseconds
 * (hp-plan-snapshot.c), started again when it changes meanwhile, and the
 * copy is turned into JSON, written and synced in a worker thread through
 * hp_file_replace_contents(), so the window never stops for a save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-document"

#include "config.h"

#include <glib/gi18n-lib.h>
#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "hp-document-private.h"
#include "hp-plan-file.h"
#include "hp-plan-snapshot.h"

/* How long one slice of the copy may hold the main loop. */
#define SLICE_USEC 3000

/* The job of the inner task, the one run in a worker.  That task has no
 * source object: were it the document, the worker's last reference to the
 * task could be the document's last one, and the document (its monitor,
 * its timers) would be finalized in the worker.  The outer task, on the
 * main thread only, holds the document until the job is over. */
typedef struct
{
  HpDocument     *document;     /* not a reference: the outer task has one */
  HpCatalog      *catalog;
  HpPlanSnapshot *snapshot;
  guint64         generation;   /* of the plan the copy is of */
  guint           idle_id;
  gboolean        draft;
  /* a save */
  GFile          *file;
  char           *path;
  char           *etag;         /* of the file written, found by the worker */
  /* a draft */
  char           *drafts_dir;
  char           *draft_id;
  char           *file_uri;
  GDateTime      *edited;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_handle_id (&job->idle_id, g_source_remove);
  g_clear_pointer (&job->snapshot, hp_plan_snapshot_free);
  g_clear_object (&job->catalog);
  g_clear_object (&job->file);
  g_free (job->path);
  g_free (job->etag);
  g_free (job->drafts_dir);
  g_free (job->draft_id);
  g_free (job->file_uri);
  g_clear_pointer (&job->edited, g_date_time_unref);
  g_free (job);
}

/* In the worker: only the copy and the job are touched here. */
static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  SaveJob *job = task_data;
  HpCatalog *catalog = job->catalog;
  g_autoptr(HpPlan) plan = hp_plan_snapshot_finish (g_steal_pointer (&job->snapshot));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (job->draft)
    ok = hp_drafts_save (job->drafts_dir, job->draft_id, plan, job->file_uri, job->edited, &error);
  else
    ok = hp_plan_write_file (plan, catalog, job->path, &error);

  if (!ok)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (!job->draft)
    job->etag = _hp_document_query_etag (job->file);
  g_task_return_boolean (task, TRUE);
}

/* A draft is written in a thread of its own at a lower priority: the
 * autosave runs while the manager types, and on a machine with few cores
 * it must not take the CPU from the main thread (and the display server).
 * A thread of GLib's pool would keep the lower priority for whatever it
 * ran next.  A save the manager asked for keeps the normal priority. */
static gpointer
background_thread (gpointer data)
{
  g_autoptr(GTask) task = data;

#ifdef __linux__
  /* Linux sets a nice value per thread; failing to is harmless. */
  (void) setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), 10);
#endif
  write_thread (task, g_task_get_source_object (task), g_task_get_task_data (task),
                g_task_get_cancellable (task));
  return NULL;
}

/* On the main thread, a slice at a time; a change starts the copy again. */
static gboolean
copy_slice_cb (gpointer user_data)
{
  GTask *task = user_data;
  SaveJob *job = g_task_get_task_data (task);
  HpDocument *self = job->document;

  if (g_task_return_error_if_cancelled (task))
    {
      job->idle_id = 0;
      return G_SOURCE_REMOVE;
    }

  if (job->generation != self->generation)
    {
      hp_plan_snapshot_free (job->snapshot);
      job->snapshot = hp_plan_snapshot_new (self->plan);
      job->generation = self->generation;
    }

  if (!hp_plan_snapshot_copy_some (job->snapshot, g_get_monotonic_time () + SLICE_USEC))
    return G_SOURCE_CONTINUE;

  job->idle_id = 0;
  if (!job->draft)
    {
      g_task_run_in_thread (task, write_thread);
      return G_SOURCE_REMOVE;
    }
  {
    GThread *thread = g_thread_try_new ("hp-document-save", background_thread, g_object_ref (task), NULL);

    if (thread != NULL)
      g_thread_unref (thread);
    else
      {
        g_object_unref (task);   /* the thread's, never given */
        g_task_run_in_thread (task, write_thread);
      }
  }
  return G_SOURCE_REMOVE;
}

/* Copies the plan, then writes it in a thread; @task's callback gets
 * the outer task as its data. */
static void
start_job (HpDocument *self,
           GTask      *task,
           SaveJob    *job)
{
  job->document = self;
  job->catalog = self->catalog != NULL ? g_object_ref (self->catalog) : NULL;
  job->snapshot = hp_plan_snapshot_new (self->plan);
  job->generation = self->generation;
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  job->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, copy_slice_cb, g_object_ref (task), g_object_unref);
}

/* Saving */

static void
set_saving (HpDocument *self,
            gboolean    saving)
{
  if (self->saving == saving)
    return;

  self->saving = saving;
  _hp_document_notify (self, HP_DOCUMENT_PROP_SAVING);
}

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  HpDocument *self = g_task_get_source_object (outer);
  SaveJob *job = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  set_saving (self, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, error);
      return;
    }

  g_object_freeze_notify (G_OBJECT (self));
  _hp_document_set_file (self, job->file, job->etag);
  /* Edits made while it was written are still to be saved. */
  if (job->generation == self->generation)
    {
      _hp_document_set_dirty (self, FALSE);
      hp_document_discard_draft (self);
    }
  g_object_thaw_notify (G_OBJECT (self));

  g_task_return_boolean (outer, TRUE);
}

void
hp_document_save_async (HpDocument          *self,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) task = NULL;
  SaveJob *job;

  g_return_if_fail (HP_IS_DOCUMENT (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, hp_document_save_async);

  if (file == NULL)
    file = self->file;
  if (file == NULL)
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                               _("The plan has no file yet: choose where to save it"));
      return;
    }
  if (self->saving)
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("The plan is already being saved"));
      return;
    }

  job = g_new0 (SaveJob, 1);
  job->file = g_object_ref (file);
  job->path = g_file_get_path (file);
  if (job->path == NULL)
    {
      save_job_free (job);
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Plans can only be saved to local files"));
      return;
    }

  set_saving (self, TRUE);
  task = g_task_new (NULL, cancellable, save_done_cb, g_object_ref (outer));
  g_task_set_source_tag (task, save_done_cb);
  start_job (self, task, job);
}

gboolean
hp_document_save_finish (HpDocument    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Drafts */

static void
set_autosave_error (HpDocument   *self,
                    const GError *error)
{
  if (self->autosave_error == NULL && error == NULL)
    return;

  g_clear_error (&self->autosave_error);
  if (error != NULL)
    self->autosave_error = g_error_copy (error);
  _hp_document_notify (self, HP_DOCUMENT_PROP_AUTOSAVE_ERROR);
}

static void
draft_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  HpDocument *self = g_task_get_source_object (outer);
  SaveJob *job = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  self->draft_busy = FALSE;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_autosave_error (self, error);
      g_task_return_error (outer, error);
      return;
    }

  set_autosave_error (self, NULL);

  /* Saved or let go while it was written: it is not needed. */
  if (g_strcmp0 (job->draft_id, self->draft_id) != 0 || !self->dirty)
    hp_drafts_remove_in_background (job->drafts_dir, job->draft_id);
  if (!self->dirty)
    hp_document_discard_draft (self);
  else if (self->draft_again)
    _hp_document_schedule_autosave (self);
  self->draft_again = FALSE;

  g_task_return_boolean (outer, TRUE);
}

void
hp_document_save_draft_async (HpDocument          *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) task = NULL;
  SaveJob *job;

  g_return_if_fail (HP_IS_DOCUMENT (self));

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, hp_document_save_draft_async);
  _hp_document_stop_autosave (self);

  if (self->draft_busy)
    {
      /* One at a time: the next one follows this one. */
      self->draft_again = TRUE;
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("A draft of the plan is already being saved"));
      return;
    }

  if (self->draft_id == NULL)
    {
      self->draft_id = hp_draft_new_id ();
      _hp_document_notify (self, HP_DOCUMENT_PROP_DRAFT_ID);
    }

  job = g_new0 (SaveJob, 1);
  job->draft = TRUE;
  job->drafts_dir = g_strdup (self->drafts_dir);
  job->draft_id = g_strdup (self->draft_id);
  job->file_uri = self->file != NULL ? g_file_get_uri (self->file) : NULL;
  job->edited = g_date_time_new_now_utc ();

  self->draft_busy = TRUE;
  self->draft_again = FALSE;
  task = g_task_new (NULL, cancellable, draft_done_cb, g_object_ref (outer));
  g_task_set_source_tag (task, draft_done_cb);
  start_job (self, task, job);
}

gboolean
hp_document_save_draft_finish (HpDocument    *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
hp_document_discard_draft (HpDocument *self)
{
  g_return_if_fail (HP_IS_DOCUMENT (self));

  _hp_document_stop_autosave (self);
  if (self->draft_id == NULL)
    return;

  hp_drafts_remove_in_background (self->drafts_dir, self->draft_id);
  g_clear_pointer (&self->draft_id, g_free);
  _hp_document_notify (self, HP_DOCUMENT_PROP_DRAFT_ID);
}

gboolean
hp_document_restore_draft (HpDocument  *self,
                           HpDraft     *draft,
                           GError     **error)
{
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  plan = hp_draft_load (draft, error);
  if (plan == NULL)
    return FALSE;

  if (draft->file_uri != NULL)
    file = g_file_new_for_uri (draft->file_uri);

  g_object_freeze_notify (G_OBJECT (self));
  hp_document_set_plan (self, plan, file);
  self->draft_id = g_strdup (draft->id);
  _hp_document_notify (self, HP_DOCUMENT_PROP_DRAFT_ID);
  _hp_document_set_dirty (self, TRUE);
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

/* The autosave */

static gboolean
autosave_cb (gpointer user_data)
{
  HpDocument *self = user_data;

  self->autosave_id = 0;
  if (self->dirty)
    hp_document_save_draft_async (self, NULL, NULL, NULL);

  return G_SOURCE_REMOVE;
}

void
_hp_document_schedule_autosave (HpDocument *self)
{
  if (self->draft_busy)
    {
      self->draft_again = TRUE;
      return;
    }

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->autosave_delay > 0)
    self->autosave_id = g_timeout_add_seconds (self->autosave_delay, autosave_cb, self);
  else
    self->autosave_id = g_idle_add (autosave_cb, self);
}

void
_hp_document_stop_autosave (HpDocument *self)
{
  g_clear_handle_id (&self->autosave_id, g_source_remove);
}
