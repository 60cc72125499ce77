/* hp-window-export.c: export as a workbook, CSV or JSON, and print or save
 * as PDF
 *
 * Exporting never changes which file the plan is saved to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-plan-file.h"
#include "hp-plan-xlsx.h"
#include "hp-file-replace.h"
#include "hp-print.h"
#include "hp-window-private.h"

/* The format of an export: the file's extension decides, then the choice
 * in the dialog; a workbook when neither says. */
static const char *
export_format (const char *path,
               const char *choice)
{
  static const char * const formats[] = { "xlsx", "csv", "json" };

  for (guint i = 0; path != NULL && i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *suffix = g_strconcat (".", formats[i], NULL);
      g_autofree char *lower = g_ascii_strdown (path, -1);

      if (g_str_has_suffix (lower, suffix))
        return formats[i];
    }

  for (guint i = 0; choice != NULL && i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (choice, formats[i]))
      return formats[i];

  return "xlsx";
}

/* Export never changes which file the plan is saved to.  A CSV from the
 * window begins with a UTF-8 byte order mark: it is opened with a double
 * click in a spreadsheet, which reads it in the Windows code page
 * otherwise. */
gboolean
hp_window_export_to_file (HpWindow     *self,
                          GFile        *file,
                          const char   *format,
                          char       ***out_notices,
                          GError      **error)
{
  HpCatalog *catalog = hp_application_get_catalog (HP_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  g_autofree char *path = g_file_get_path (file);

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (out_notices != NULL)
    *out_notices = NULL;

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Plans can only be exported to local files"));
      return FALSE;
    }

  format = export_format (path, format);
  if (g_str_equal (format, "csv"))
    {
      gsize length = 0;
      g_autofree char *text = hp_plan_to_csv_full (self->plan, catalog, HP_CSV_BOM, &length);

      return hp_file_replace_contents (path, text, length, 0666, NULL, error);
    }
  if (g_str_equal (format, "xlsx"))
    return hp_plan_write_xlsx (self->plan, catalog, path, out_notices, error);

  return hp_plan_write_file (self->plan, catalog, path, error);
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
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) notices = NULL;
      g_autofree char *name = g_file_get_parse_name (file);

      if (!hp_window_export_to_file (self, file, format, &notices, &error))
        {
          g_autofree char *title = g_strdup_printf (_("Could Not Export to “%s”"), name);
          _hp_window_show_error (self, title, error->message);
        }
      else if (notices != NULL)
        {
          g_autofree char *title = g_strdup_printf (_("Exported to “%s”, With Texts Cut to Fit"), name);
          g_autofree char *details = g_strjoinv ("\n", notices);
          _hp_window_show_error (self, title, details);
        }
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
