/* hp-document-export.c: exporting a document as a workbook, CSV or JSON
 *
 * As a save (hp-document-save.c): the plan is copied on the main thread in
 * slices of a few milliseconds (hp-plan-snapshot.c), started again when it
 * changes meanwhile, and the copy is written in a worker thread, so the
 * window keeps answering through the 15 s a workbook of 100,000 positions
 * takes.  An export changes nothing of the document: not its file, not its
 * unsaved mark, not its drafts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-document"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "hp-document-private.h"
#include "hp-file-replace.h"
#include "hp-plan-file.h"
#include "hp-plan-snapshot.h"
#include "hp-plan-xlsx.h"
#include "hp-xlsx-private.h"

/* How long one slice of the copy may hold the main loop. */
#define SLICE_USEC 3000

/* The job of the inner task, run in a worker.  As for a save, that task
 * has no source object (the document must never be finalized in the
 * worker); the outer task, on the main thread only, holds the document. */
typedef struct
{
  HpDocument     *document;     /* not a reference: the outer task has one */
  HpCatalog      *catalog;
  HpPlanSnapshot *snapshot;
  guint64         generation;   /* of the plan the copy is of */
  guint           idle_id;
  HpExportFormat  format;
  char           *path;
  char          **notices;      /* found by the worker */
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_handle_id (&job->idle_id, g_source_remove);
  g_clear_pointer (&job->snapshot, hp_plan_snapshot_free);
  g_clear_object (&job->catalog);
  g_free (job->path);
  g_strfreev (job->notices);
  g_free (job);
}

HpExportFormat
hp_export_format_for_path (const char *path,
                           const char *choice)
{
  static const struct { const char *name; HpExportFormat format; } formats[] = {
    { "xlsx", HP_EXPORT_XLSX },
    { "csv",  HP_EXPORT_CSV },
    { "json", HP_EXPORT_JSON },
  };
  g_autofree char *lower = path != NULL ? g_ascii_strdown (path, -1) : NULL;

  for (guint i = 0; lower != NULL && i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *suffix = g_strconcat (".", formats[i].name, NULL);

      if (g_str_has_suffix (lower, suffix))
        return formats[i].format;
    }

  for (guint i = 0; choice != NULL && i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (choice, formats[i].name))
      return formats[i].format;

  return HP_EXPORT_XLSX;
}

/* In the worker: only the copy and the job are touched here. */
static gboolean
write_copy (ExportJob     *job,
            HpPlan        *plan,
            GCancellable  *cancellable,
            GError       **error)
{
  switch (job->format)
    {
    case HP_EXPORT_CSV:
      {
        gsize length = 0;
        g_autofree char *text = hp_plan_to_csv_full (plan, job->catalog, HP_CSV_BOM, &length);

        if (g_cancellable_set_error_if_cancelled (cancellable, error))
          return FALSE;
        return hp_file_replace_contents (job->path, text, length, 0666, NULL, error);
      }
    case HP_EXPORT_JSON:
      return hp_plan_write_file (plan, job->catalog, job->path, error);
    case HP_EXPORT_XLSX:
    default:
      {
        HpXlsxOptions options = { .cancellable = cancellable };

        return hp_plan_write_xlsx_full (plan, job->catalog, job->path, &options, &job->notices, error);
      }
    }
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(HpPlan) plan = hp_plan_snapshot_finish (g_steal_pointer (&job->snapshot));
  g_autoptr(GError) error = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, &error)
      || !write_copy (job, plan, cancellable, &error))
    {
      g_autofree char *name = g_filename_display_name (job->path);

      /* Every error names the file, whatever part of the writer found it. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && strstr (error->message, name) == NULL)
        /* TRANSLATORS: %s is the file's path; the reason follows */
        g_prefix_error (&error, _("Could not export to “%s”: "), name);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

/* On the main thread, a slice at a time; a change starts the copy again.
 * TRUE once the copy is whole and handed to the worker. */
static gboolean
copy_slice (GTask *task)
{
  ExportJob *job = g_task_get_task_data (task);
  HpDocument *self = job->document;

  if (job->generation != self->generation)
    {
      hp_plan_snapshot_free (job->snapshot);
      job->snapshot = hp_plan_snapshot_new (self->plan);
      job->generation = self->generation;
    }

  if (!hp_plan_snapshot_copy_some (job->snapshot, g_get_monotonic_time () + SLICE_USEC))
    return FALSE;

  g_task_run_in_thread (task, write_thread);
  return TRUE;
}

static gboolean
copy_slice_cb (gpointer user_data)
{
  GTask *task = user_data;
  ExportJob *job = g_task_get_task_data (task);

  if (g_task_return_error_if_cancelled (task))
    {
      job->idle_id = 0;
      return G_SOURCE_REMOVE;
    }

  if (!copy_slice (task))
    return G_SOURCE_CONTINUE;

  job->idle_id = 0;
  return G_SOURCE_REMOVE;
}

static void
set_exporting (HpDocument *self,
               gboolean    exporting)
{
  if (self->exporting == exporting)
    return;

  self->exporting = exporting;
  _hp_document_notify (self, HP_DOCUMENT_PROP_EXPORTING);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  HpDocument *self = g_task_get_source_object (outer);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  set_exporting (self, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (outer, error);
      return;
    }

  g_task_set_task_data (outer, g_steal_pointer (&job->notices), (GDestroyNotify) g_strfreev);
  g_task_return_boolean (outer, TRUE);
}

void
hp_document_export_async (HpDocument          *self,
                          GFile               *file,
                          HpExportFormat       format,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (HP_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (format <= HP_EXPORT_JSON);

  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, hp_document_export_async);
  /* What happened, happened: an export written before the cancel is
   * reported as written. */
  g_task_set_check_cancellable (outer, FALSE);

  if (self->exporting)
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("The plan is already being exported: wait until that export is done"));
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->path = g_file_get_path (file);
  if (job->path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      export_job_free (job);
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Could not export to “%s”: plans can only be exported to local files"), name);
      return;
    }
  job->document = self;
  job->format = format;
  job->catalog = self->catalog != NULL ? g_object_ref (self->catalog) : NULL;
  job->snapshot = hp_plan_snapshot_new (self->plan);
  job->generation = self->generation;

  set_exporting (self, TRUE);
  task = g_task_new (NULL, cancellable, export_done_cb, g_object_ref (outer));
  g_task_set_source_tag (task, export_done_cb);
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);

  /* The first slice now: a plan of a few thousand positions is whole
   * before anything else can change it. */
  if (!copy_slice (task))
    job->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, copy_slice_cb, g_object_ref (task), g_object_unref);
}

gboolean
hp_document_export_finish (HpDocument    *self,
                           GAsyncResult  *result,
                           char        ***out_notices,
                           GError       **error)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == hp_document_export_async, FALSE);

  if (out_notices != NULL)
    *out_notices = NULL;
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  if (out_notices != NULL)
    *out_notices = g_strdupv (g_task_get_task_data (G_TASK (result)));
  return TRUE;
}

gboolean
hp_document_get_exporting (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  return self->exporting;
}
