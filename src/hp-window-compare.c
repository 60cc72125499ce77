/* hp-window-compare.c: Compare with Baseline (the scenario shown against
 * its baseline) and Compare with File… (a file's baseline against the plan
 * shown), in a window of its own, built on first use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-plan-diff-view.h"
#include "hp-plan-file.h"
#include "hp-window-private.h"

static void
print_clicked_cb (GtkButton *button,
                  HpWindow  *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.print", NULL);
}

static GtkWidget *
comparison_window (HpWindow *self)
{
  GtkWidget *window;
  GtkWidget *header;
  GtkWidget *print;

  if (self->diff_window != NULL)
    return GTK_WIDGET (self->diff_window);

  window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Comparison"));
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_hide_on_close (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 760, 640);

  /* The main window's Print, which adds this comparison while it is shown. */
  header = gtk_header_bar_new ();
  print = gtk_button_new_from_icon_name ("document-print-symbolic");
  gtk_widget_set_tooltip_text (print, _("Print the plan with this comparison, or save both as PDF"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (print), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Print…"), -1);
  g_signal_connect_object (print, "clicked", G_CALLBACK (print_clicked_cb), self, 0);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), print);
  gtk_window_set_titlebar (GTK_WINDOW (window), header);
  gtk_window_set_child (GTK_WINDOW (window), hp_plan_diff_view_new ());
  /* The first focus on the button, rather than selecting a figure's text. */
  gtk_window_set_focus (GTK_WINDOW (window), print);
  self->diff_window = GTK_WINDOW (window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->diff_window);
  return window;
}

static HpPlanDiffView *
comparison_view (HpWindow *self)
{
  return HP_PLAN_DIFF_VIEW (gtk_window_get_child (GTK_WINDOW (comparison_window (self))));
}

/* The name of the plan shown: the scenario's, or "Baseline". */
static const char *
shown_name (HpWindow *self)
{
  return self->shown != NULL ? hp_scenario_get_name (self->shown) : C_("scenario", "Baseline");
}

/* The scenario shown against the baseline; nothing on the baseline. */
void
_hp_window_compare_with_baseline (HpWindow *self)
{
  if (self->shown == NULL)
    return;

  hp_plan_diff_view_set_plans (comparison_view (self),
                               self->plan, C_("scenario", "Baseline"),
                               hp_scenario_get_plan (self->shown), shown_name (self));
  gtk_window_present (GTK_WINDOW (comparison_window (self)));
}

static void
show_compare_error (HpWindow   *self,
                    GFile      *file,
                    const char *message)
{
  g_autofree char *name = g_file_get_basename (file);
  /* TRANSLATORS: the title of the message when Compare with File… fails */
  g_autofree char *title = g_strdup_printf (_("Could Not Compare with “%s”"), name);
  g_autofree char *details = g_strdup_printf (_("%s\n\nThe plan you have open is unchanged."), message);

  _hp_window_show_error (self, title, details);
}

/* Compares @from (the baseline of @file) with the plan shown; a plan in
 * another currency, or too large to compute, is refused in words. */
gboolean
hp_window_compare_with_plan (HpWindow   *self,
                             HpPlan     *from,
                             GFile      *file,
                             GError    **error)
{
  HpPlan *to;
  g_autoptr(HpPlanDiff) diff = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (HP_IS_PLAN (from), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  to = _hp_window_get_shown_plan (self);
  name = g_file_get_basename (file);
  if (to == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("No plan is open to compare with."));
      return FALSE;
    }

  diff = hp_plan_diff_compute (from, to, &local_error);
  if (diff == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", name, local_error->message);
      return FALSE;
    }

  hp_plan_diff_view_set_diff (comparison_view (self), diff, from, name, to, shown_name (self));
  gtk_window_present (GTK_WINDOW (comparison_window (self)));
  return TRUE;
}

typedef struct
{
  HpWindow *self;
  GFile    *file;
} CompareData;

static void
compare_data_free (CompareData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CompareData, compare_data_free)

static void
compare_read_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(CompareData) data = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) from = hp_plan_read_file_finish (result, NULL, &error);

  /* The window went away while the file was read: nothing to show. */
  if (gtk_window_get_application (GTK_WINDOW (data->self)) == NULL)
    return;

  if (from == NULL || !hp_window_compare_with_plan (data->self, from, data->file, &error))
    show_compare_error (data->self, data->file, error->message);
}

/* Reads @file as Open does (in a thread), then compares its baseline with
 * the plan shown. */
void
hp_window_compare_with_file (HpWindow *self,
                             GFile    *file)
{
  g_autofree char *path = NULL;
  CompareData *data;

  g_return_if_fail (HP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_compare_error (self, file, _("Only plans in local files can be compared."));
      return;
    }

  data = g_new0 (CompareData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  hp_plan_read_file_async (path, NULL, NULL, NULL, NULL, compare_read_cb, data);
}

static void
compare_file_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          gpointer         user_data)
{
  HpWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        hp_window_compare_with_file (self, file);
    }

  g_object_unref (chooser);
}

void
_hp_window_compare_with_file (HpWindow *self)
{
  g_autoptr(GtkFileFilter) filter = _hp_window_json_filter ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Compare with Plan File"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Compare"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (compare_file_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The comparison shown, for Print: FALSE when its window is not visible. */
gboolean
_hp_window_get_comparison (HpWindow    *self,
                           HpPlan     **out_from,
                           const char **out_from_name,
                           HpPlan     **out_to,
                           const char **out_to_name)
{
  if (self->diff_window == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->diff_window)))
    return FALSE;

  return hp_plan_diff_view_get_plans (HP_PLAN_DIFF_VIEW (gtk_window_get_child (self->diff_window)),
                                      out_from, out_from_name, out_to, out_to_name);
}
