/* hp-document-export.c: exporting a document as a workbook, CSV or JSON
 *
 * As a save (hp-document-save.c): the plan is copied on the main thread in
 * slices of a few milliseconds, started again when it changes meanwhile,
 * and the copy is written in a worker thread (hp-document-runner.c), so the
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
#include "hp-plan-xlsx.h"
#include "hp-xlsx-private.h"

/* The job, run by _hp_document_run_on_snapshot() (hp-document-runner.c). */
typedef struct
{
  HpExportFormat  format;
  char           *path;
  char          **notices;      /* found by the worker */
} ExportJob;

static void
export_job_free (ExportJob *job)
{
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
            HpCatalog     *catalog,
            GCancellable  *cancellable,
            GError       **error)
{
  switch (job->format)
    {
    case HP_EXPORT_CSV:
      {
        gsize length = 0;
        g_autofree char *text = hp_plan_to_csv_full (plan, catalog, HP_CSV_BOM, &length);

        if (g_cancellable_set_error_if_cancelled (cancellable, error))
          return FALSE;
        return hp_file_replace_contents (job->path, text, length, 0666, NULL, error);
      }
    case HP_EXPORT_JSON:
      return hp_plan_write_file (plan, catalog, job->path, error);
    case HP_EXPORT_XLSX:
    default:
      {
        HpXlsxOptions options = { .cancellable = cancellable };

        return hp_plan_write_xlsx_full (plan, catalog, job->path, &options, &job->notices, error);
      }
    }
}

static gboolean
write_export (HpPlan        *plan,
              HpCatalog     *catalog,
              gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  ExportJob *job = data;
  GError *local_error = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, &local_error)
      || !write_copy (job, plan, catalog, cancellable, &local_error))
    {
      g_autofree char *name = g_filename_display_name (job->path);

      /* Every error names the file, whatever part of the writer found it. */
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
          && strstr (local_error->message, name) == NULL)
        /* TRANSLATORS: %s is the file's path; the reason follows */
        g_prefix_error (&local_error, _("Could not export to “%s”: "), name);
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
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
export_done (HpDocument   *self,
             GTask        *outer,
             gpointer      data,
             guint64       generation,
             const GError *error)
{
  ExportJob *job = data;

  set_exporting (self, FALSE);
  if (error == NULL)
    g_task_set_task_data (outer, g_steal_pointer (&job->notices), (GDestroyNotify) g_strfreev);
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
  job->format = format;

  set_exporting (self, TRUE);
  _hp_document_run_on_snapshot (self, outer,
                                HP_DOCUMENT_RUN_FIRST_SLICE_NOW | HP_DOCUMENT_RUN_KEEP_RESULT,
                                write_export, export_done, job, (GDestroyNotify) export_job_free);
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
