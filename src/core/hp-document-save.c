/* hp-document-save.c: saving a document, its drafts and the autosave
 *
 * The plan is copied on the main thread in slices of a few milliseconds,
 * started again when it changes meanwhile, and the copy is written in a
 * worker thread (hp-document-runner.c), so the window never stops for a
 * save: turned into JSON, written and synced through
 * hp_file_replace_contents(); a draft in a thread at a lower priority.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-document-private.h"
#include "hp-plan-file.h"

/* The jobs, run by _hp_document_run_on_snapshot() (hp-document-runner.c). */
typedef struct
{
  GFile *file;
  char  *path;
  char  *etag;                  /* of the file written, found by the worker */
} SaveJob;

typedef struct
{
  char      *drafts_dir;
  char      *draft_id;
  char      *file_uri;
  GDateTime *edited;
} DraftJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_object (&job->file);
  g_free (job->path);
  g_free (job->etag);
  g_free (job);
}

static void
draft_job_free (DraftJob *job)
{
  g_free (job->drafts_dir);
  g_free (job->draft_id);
  g_free (job->file_uri);
  g_clear_pointer (&job->edited, g_date_time_unref);
  g_free (job);
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

/* In the worker. */
static gboolean
write_save (HpPlan        *plan,
            HpCatalog     *catalog,
            gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  SaveJob *job = data;

  if (!hp_plan_write_file (plan, catalog, job->path, error))
    return FALSE;

  job->etag = _hp_document_query_etag (job->file);
  return TRUE;
}

static void
save_done (HpDocument   *self,
           GTask        *outer,
           gpointer      data,
           guint64       generation,
           const GError *error)
{
  SaveJob *job = data;

  set_saving (self, FALSE);
  if (error != NULL)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  _hp_document_set_file (self, job->file, job->etag);
  /* Edits made while it was written are still to be saved. */
  if (generation == self->generation)
    {
      _hp_document_set_dirty (self, FALSE);
      hp_document_discard_draft (self);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

void
hp_document_save_async (HpDocument          *self,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
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
  _hp_document_run_on_snapshot (self, outer, HP_DOCUMENT_RUN_NONE, write_save, save_done,
                                job, (GDestroyNotify) save_job_free);
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

/* In the worker, at a lower priority. */
static gboolean
write_draft (HpPlan        *plan,
             HpCatalog     *catalog,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  DraftJob *job = data;

  return hp_drafts_save (job->drafts_dir, job->draft_id, plan, job->file_uri, job->edited, error);
}

static void
draft_done (HpDocument   *self,
            GTask        *outer,
            gpointer      data,
            guint64       generation,
            const GError *error)
{
  DraftJob *job = data;

  self->draft_busy = FALSE;

  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_autosave_error (self, error);
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
}

void
hp_document_save_draft_async (HpDocument          *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  DraftJob *job;

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

  job = g_new0 (DraftJob, 1);
  job->drafts_dir = g_strdup (self->drafts_dir);
  job->draft_id = g_strdup (self->draft_id);
  job->file_uri = self->file != NULL ? g_file_get_uri (self->file) : NULL;
  job->edited = g_date_time_new_now_utc ();

  self->draft_busy = TRUE;
  self->draft_again = FALSE;
  _hp_document_run_on_snapshot (self, outer, HP_DOCUMENT_RUN_BACKGROUND, write_draft, draft_done,
                                job, (GDestroyNotify) draft_job_free);
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
