/* hp-document-runner.c: writing a copy of a document's plan in the background
 *
 * What a save, a draft (hp-document-save.c) and an export
 * (hp-document-export.c) share: the plan is copied on the main thread in
 * slices of a few milliseconds (hp-plan-snapshot.c), started again when it
 * changes meanwhile, and the copy is written in a worker thread, so the
 * window never stops for it.  The caller's write function runs in the
 * worker, its done function on the main thread before the outer task
 * returns.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-document"

#include "config.h"

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "hp-document-private.h"
#include "hp-plan-snapshot.h"

/* How long one slice of the copy may hold the main loop. */
#define SLICE_USEC 3000

/* The data of the inner task, the one run in a worker.  That task has no
 * source object: were it the document, the worker's last reference to the
 * task could be the document's last one, and the document (its monitor,
 * its timers) would be finalized in the worker.  The outer task, on the
 * main thread only, holds the document until the job is over. */
typedef struct
{
  HpDocument          *document;   /* not a reference: the outer task has one */
  HpCatalog           *catalog;
  HpPlanSnapshot      *snapshot;
  guint64              generation; /* of the plan the copy is of */
  guint                idle_id;
  HpDocumentRunFlags   flags;
  HpDocumentWriteFunc  write;
  HpDocumentDoneFunc   done;
  gpointer             job;
  GDestroyNotify       job_free;
} Run;

static void
run_free (Run *run)
{
  g_clear_handle_id (&run->idle_id, g_source_remove);
  g_clear_pointer (&run->snapshot, hp_plan_snapshot_free);
  g_clear_object (&run->catalog);
  if (run->job_free != NULL)
    g_clear_pointer (&run->job, run->job_free);
  g_free (run);
}

/* In the worker: only the copy and the job are touched here. */
static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Run *run = task_data;
  g_autoptr(HpPlan) plan = hp_plan_snapshot_finish (g_steal_pointer (&run->snapshot));
  g_autoptr(GError) error = NULL;

  if (!run->write (plan, run->catalog, run->job, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

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

static void
start_writing (GTask *task)
{
  Run *run = g_task_get_task_data (task);
  GThread *thread;

  if (!(run->flags & HP_DOCUMENT_RUN_BACKGROUND))
    {
      g_task_run_in_thread (task, write_thread);
      return;
    }

  thread = g_thread_try_new ("hp-document-save", background_thread, g_object_ref (task), NULL);
  if (thread != NULL)
    g_thread_unref (thread);
  else
    {
      g_object_unref (task);   /* the thread's, never given */
      g_task_run_in_thread (task, write_thread);
    }
}

/* On the main thread, a slice at a time; a change starts the copy again.
 * TRUE once the copy is whole and handed to the worker. */
static gboolean
copy_slice (GTask *task)
{
  Run *run = g_task_get_task_data (task);
  HpDocument *self = run->document;

  if (run->generation != self->generation)
    {
      hp_plan_snapshot_free (run->snapshot);
      run->snapshot = hp_plan_snapshot_new (self->plan);
      run->generation = self->generation;
    }

  if (!hp_plan_snapshot_copy_some (run->snapshot, g_get_monotonic_time () + SLICE_USEC))
    return FALSE;

  start_writing (task);
  return TRUE;
}

static gboolean
copy_slice_cb (gpointer user_data)
{
  GTask *task = user_data;
  Run *run = g_task_get_task_data (task);

  if (g_task_return_error_if_cancelled (task))
    {
      run->idle_id = 0;
      return G_SOURCE_REMOVE;
    }

  if (!copy_slice (task))
    return G_SOURCE_CONTINUE;

  run->idle_id = 0;
  return G_SOURCE_REMOVE;
}

static void
run_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  HpDocument *self = g_task_get_source_object (outer);
  Run *run = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  /* The worker returns TRUE or an error. */
  g_task_propagate_boolean (G_TASK (result), &error);

  run->done (self, outer, run->job, run->generation, error);

  if (error != NULL)
    g_task_return_error (outer, error);
  else
    g_task_return_boolean (outer, TRUE);
}

/* Copies @self's plan, then has @write_func write it in a worker; then
 * @done_func runs on the main thread, and @outer (whose source object is
 * @self, whose cancellable is the job's) returns TRUE or the error.  @job
 * is given to the run and freed with @job_free once it is over. */
void
_hp_document_run_on_snapshot (HpDocument          *self,
                              GTask               *outer,
                              HpDocumentRunFlags   flags,
                              HpDocumentWriteFunc  write_func,
                              HpDocumentDoneFunc   done_func,
                              gpointer             job,
                              GDestroyNotify       job_free)
{
  g_autoptr(GTask) task = NULL;
  Run *run;

  g_return_if_fail (HP_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_TASK (outer));
  g_return_if_fail (write_func != NULL && done_func != NULL);

  run = g_new0 (Run, 1);
  run->document = self;
  run->catalog = self->catalog != NULL ? g_object_ref (self->catalog) : NULL;
  run->snapshot = hp_plan_snapshot_new (self->plan);
  run->generation = self->generation;
  run->flags = flags;
  run->write = write_func;
  run->done = done_func;
  run->job = job;
  run->job_free = job_free;

  task = g_task_new (NULL, g_task_get_cancellable (outer), run_done_cb, g_object_ref (outer));
  g_task_set_source_tag (task, _hp_document_run_on_snapshot);
  if (flags & HP_DOCUMENT_RUN_KEEP_RESULT)
    g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, run, (GDestroyNotify) run_free);

  /* The first slice now: a plan of a few thousand positions is whole
   * before anything else can change it. */
  if ((flags & HP_DOCUMENT_RUN_FIRST_SLICE_NOW) && copy_slice (task))
    return;

  run->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, copy_slice_cb, g_object_ref (task), g_object_unref);
}
