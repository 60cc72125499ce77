/* hp-window-export.c: export as a workbook, CSV or JSON, and print or save
 * as PDF
 *
 * Exporting never changes which file the plan is saved to, and runs in
 * the background: the window stays responsive and editable meanwhile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-print.h"
#include "hp-window-private.h"

/* The export itself runs in the document (hp_document_export_async()):
 * the window keeps answering and can be edited meanwhile, and the header
 * says that it is exporting.  One export at a time (win.export is off
 * meanwhile).  Closing the window while it runs waits for it and closes
 * once it is written; a second close stops it (nothing is written, the
 * file on disk stays as it was).  The application is held while an export
 * runs, so that its thread is never cut off by the process's end. */

static void
update_activity (HpWindow *self)
{
  gboolean saving = self->document != NULL && hp_document_get_saving (self->document);
  gboolean exporting = self->export_file != NULL;

  gtk_widget_set_visible (self->activity_box, saving || exporting);
  gtk_spinner_set_spinning (self->activity_spinner, saving || exporting);
  if (exporting)
    {
      g_autofree char *name = g_file_get_parse_name (self->export_file);
      g_autofree char *tooltip = NULL;

      if (self->close_after_export)
        /* TRANSLATORS: tooltip in the header while a plan is exported; %s is the file */
        tooltip = g_strdup_printf (_("Exporting to “%s”; the window closes when it is done. Close it again to stop the export."), name);
      else
        /* TRANSLATORS: tooltip in the header while a plan is exported; %s is the file */
        tooltip = g_strdup_printf (_("Exporting to “%s”"), name);
      gtk_label_set_text (self->activity_label,
                          self->close_after_export
                          /* TRANSLATORS: in the header while a plan is exported and the window waits to close */
                          ? _("Exporting, then closing…")
                          /* TRANSLATORS: in the header while a plan is exported */
                          : _("Exporting…"));
      gtk_widget_set_tooltip_text (self->activity_box, tooltip);
    }
  else if (saving)
    {
      /* TRANSLATORS: in the header while a plan is saved */
      gtk_label_set_text (self->activity_label, _("Saving…"));
      gtk_widget_set_tooltip_text (self->activity_box, _("Saving the plan"));
    }
}

void
_hp_window_watch_activity (HpWindow *self)
{
  g_signal_connect_object (self->document, "notify::saving", G_CALLBACK (update_activity), self, G_CONNECT_SWAPPED);
  update_activity (self);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(HpWindow) self = user_data;
  g_autoptr(GFile) file = g_steal_pointer (&self->export_file);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) notices = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  gboolean close = self->close_after_export;
  gboolean ok = hp_document_export_finish (HP_DOCUMENT (source), result, &notices, &error);

  if (self->export_app != NULL)
    g_application_release (self->export_app);
  g_clear_object (&self->export_app);
  g_clear_object (&self->export_cancellable);
  self->close_after_export = FALSE;

  /* The window is gone (or going): nothing to show it in. */
  if (gtk_widget_in_destruction (GTK_WIDGET (self)) || self->document == NULL)
    return;

  update_activity (self);
  _hp_window_update_actions (self);

  if (!ok)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *title = g_strdup_printf (_("Could Not Export to “%s”"), name);
          _hp_window_show_error (self, title, error->message);
        }
      return;
    }

  if (notices != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("Exported to “%s”, With Texts Cut to Fit"), name);
      g_autofree char *details = g_strjoinv ("\n", notices);
      _hp_window_show_error (self, title, details);
      return;
    }

  if (close)
    gtk_window_close (GTK_WINDOW (self));
}

gboolean
hp_window_start_export (HpWindow   *self,
                        GFile      *file,
                        const char *format)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->export_file != NULL)
    return FALSE;

  path = g_file_get_path (file);
  self->export_file = g_object_ref (file);
  self->export_cancellable = g_cancellable_new ();
  g_set_object (&self->export_app, G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  if (self->export_app != NULL)
    g_application_hold (self->export_app);
  hp_document_export_async (self->document, file, hp_export_format_for_path (path, format),
                            self->export_cancellable, export_done_cb, g_object_ref (self));
  update_activity (self);
  _hp_window_update_actions (self);
  return TRUE;
}

gboolean
_hp_window_get_exporting (HpWindow *self)
{
  return self->export_file != NULL;
}

gboolean
_hp_window_close_during_export (HpWindow *self)
{
  if (self->export_file == NULL)
    return FALSE;

  if (!self->close_after_export)
    {
      self->close_after_export = TRUE;
      update_activity (self);
      return TRUE;
    }

  /* Asked twice: the export stops, and the window closes as usual. */
  g_cancellable_cancel (self->export_cancellable);
  return FALSE;
}

void
_hp_window_stop_export (HpWindow *self)
{
  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

typedef struct
{
  GAsyncResult *result;
} Waiter;

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Waiter *waiter = user_data;

  waiter->result = g_object_ref (result);
}

/* For tests: the same export, waited for.  Export never changes which file
 * the plan is saved to. */
gboolean
hp_window_export_to_file (HpWindow     *self,
                          GFile        *file,
                          const char   *format,
                          char       ***out_notices,
                          GError      **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  Waiter waiter = { NULL };

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  hp_document_export_async (self->document, file, hp_export_format_for_path (path, format), NULL,
                            exported_cb, &waiter);
  while (waiter.result == NULL)
    g_main_context_iteration (NULL, TRUE);
  result = waiter.result;

  return hp_document_export_finish (self->document, result, out_notices, error);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  HpWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      const char *format = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "format");

      if (file != NULL)
        hp_window_start_export (self, file, format);
    }

  g_object_unref (chooser);
}

void
_hp_window_export (HpWindow *self)
{
  g_autofree char *name = _hp_window_suggested_file_name (self, ".xlsx");
  GtkFileChooserNative *chooser;
  const char *ids[] = { "xlsx", "csv", "json", NULL };
  const char *labels[] = { _("Spreadsheet (.xlsx)"), _("CSV (.csv)"), _("JSON hiring plan (.json)"), NULL };

  chooser = gtk_file_chooser_native_new (_("Export Plan"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "format", _("Format"), ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "format", "xlsx");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               HpWindow                *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      _hp_window_show_error (self, _("Could Not Print the Plan"),
                             error != NULL ? error->message : _("The printing system gave no reason."));
    }
}

/* What Print and Save as PDF put on paper: the plan shown (the baseline or
 * a scenario, named), and the comparison when its window is shown. */
static GtkPrintOperation *
print_operation (HpWindow *self)
{
  HpCatalog *catalog = hp_application_get_catalog (HP_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  GtkPrintOperation *operation = hp_print_operation_new (_hp_window_get_shown_plan (self), catalog);
  HpPlan *from, *to;
  const char *from_name, *to_name;

  if (self->shown != NULL)
    hp_print_operation_set_scenario (operation, hp_scenario_get_name (self->shown),
                                     hp_scenario_get_notes (self->shown));
  if (_hp_window_get_comparison (self, &from, &from_name, &to, &to_name))
    hp_print_operation_set_comparison (operation, from, from_name, to, to_name);

  return operation;
}

/* Print's "Print to File" without its dialog: what the window would print,
 * as a PDF written to @file. */
gboolean
hp_window_save_pdf (HpWindow  *self,
                    GFile     *file,
                    GError   **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Plans can only be exported to local files"));
      return FALSE;
    }

  operation = print_operation (self);
  return hp_print_operation_export_pdf (operation, path, error);
}

void
_hp_window_print (HpWindow *self)
{
  g_autoptr(GtkPrintOperation) operation = print_operation (self);
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), self);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    _hp_window_show_error (self, _("Could Not Print the Plan"), error->message);
}
