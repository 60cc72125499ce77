/* hp-window-file.c: new, open, save, save as and recent files
 *
 * Nothing the manager made is lost: replacing or closing a plan with
 * unsaved changes asks first (Save, Discard, Cancel), a save that fails
 * keeps the plan open and unsaved and says why, and a file that is not a
 * valid plan leaves the current one untouched.  The document does the
 * reading and writing (in threads); the window asks and tells.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-plan-file.h"
#include "hp-ui-util.h"
#include "hp-window-private.h"

#define MAX_RECENT 8
#define MAX_PROBLEM_LINES 15

char *
_hp_window_display_name (HpWindow *self)
{
  return g_strdup (hp_document_get_title (self->document));
}

/* Long lists of problems are cut, so the dialog fits the screen. */
static char *
shorten (const char *details)
{
  g_auto(GStrv) lines = g_strsplit (details, "\n", -1);
  guint n = g_strv_length (lines);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < n && i < MAX_PROBLEM_LINES; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, lines[i]);
    }

  if (n > MAX_PROBLEM_LINES)
    g_string_append_printf (out, "\n%s",
                            _("…and more: check the whole file with “hiring-plan validate”."));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

void
_hp_window_show_error (HpWindow   *self,
                       const char *title,
                       const char *details)
{
  g_autofree char *text = shorten (details);
  GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                              "%s", title);
  GtkWidget *area = gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog));

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", text);
  for (GtkWidget *child = gtk_widget_get_first_child (area); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      {
        gtk_label_set_selectable (GTK_LABEL (child), TRUE);
        gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
      }

  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_recent (HpWindow *self,
            GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

/* Saving: to the plan's file, or asks where first.  Finishes TRUE after a
 * save that worked; a failure has been told in a dialog. */

static void choose_where_to_save (GTask *task);

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  HpWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!hp_document_save_finish (HP_DOCUMENT (source), result, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *title = g_strdup_printf (_("Could Not Save “%s”"), name);
      g_autofree char *details = g_strdup_printf (_("%s\n\nThe plan is still open with all its changes. "
                                                    "Use Save As to keep it somewhere else."),
                                                  error->message);
      _hp_window_show_error (self, title, details);
      g_task_return_boolean (task, FALSE);
      return;
    }

  add_recent (self, file);
  g_task_return_boolean (task, TRUE);
}

static void
write_to (GTask *task,
          GFile *file)
{
  HpWindow *self = g_task_get_source_object (task);

  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  hp_document_save_async (self->document, file, NULL, written_cb, g_object_ref (task));
}

static void
overwrite_response_cb (GtkDialog *dialog,
                       int        response,
                       gpointer   user_data)
{
  g_autoptr(GTask) task = user_data;
  HpWindow *self = g_task_get_source_object (task);

  hp_dialog_dismiss (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_ACCEPT)
    write_to (task, hp_document_get_file (self->document));
  else if (response == GTK_RESPONSE_APPLY)
    choose_where_to_save (task);
  else
    g_task_return_boolean (task, FALSE);
}

static void
save_as_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file != NULL)
    write_to (task, file);
  else
    g_task_return_boolean (task, FALSE);
}

static void
choose_where_to_save (GTask *task)
{
  HpWindow *self = g_task_get_source_object (task);
  g_autoptr(GtkFileFilter) filter = _hp_window_json_filter ();
  g_autofree char *name = _hp_window_suggested_file_name (self, ".hiringplan.json");
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save Plan"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response_cb), g_object_ref (task));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Another program changed the file since it was opened: nothing is
 * overwritten without asking. */
static void
save_async (HpWindow            *self,
            gboolean             ask_where,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, callback, user_data);
  GFile *file = hp_document_get_file (self->document);

  g_task_set_source_tag (task, save_async);

  if (hp_document_get_saving (self->document))
    {
      g_task_return_boolean (task, FALSE);
      return;
    }

  if (file == NULL || ask_where)
    {
      choose_where_to_save (task);
      return;
    }

  if (hp_document_changed_on_disk (self->document))
    {
      g_autofree char *name = g_file_get_basename (file);
      GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                                  GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE,
                                                  _("Replace the Changed “%s”?"), name);

      gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                                _("Another program changed the file after you opened it. "
                                                  "Saving replaces its changes with this plan."));
      gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
      gtk_dialog_add_button (GTK_DIALOG (dialog), _("Save _As…"), GTK_RESPONSE_APPLY);
      gtk_widget_add_css_class (gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Replace"), GTK_RESPONSE_ACCEPT),
                                "destructive-action");
      g_signal_connect (dialog, "response", G_CALLBACK (overwrite_response_cb), g_object_ref (task));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  write_to (task, file);
}

static gboolean
save_finish (HpWindow     *self,
             GAsyncResult *result)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), NULL);
}

GtkFileFilter *
_hp_window_json_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Hiring plans (JSON)"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_mime_type (filter, "application/json");
  return filter;
}

char *
_hp_window_suggested_file_name (HpWindow   *self,
                                const char *extension)
{
  g_autofree char *name = _hp_window_display_name (self);

  g_strdelimit (name, "/\\:", '-');
  return g_strconcat (name, extension, NULL);
}

static void
saved_for_changes_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;

  g_task_return_boolean (task, save_finish (HP_WINDOW (source), result));
}

static void
save_changes_response_cb (GtkDialog *dialog,
                          int        response,
                          gpointer   user_data)
{
  g_autoptr(GTask) task = user_data;
  HpWindow *self = g_task_get_source_object (task);

  hp_dialog_dismiss (GTK_WINDOW (dialog));

  switch (response)
    {
    case GTK_RESPONSE_ACCEPT:   /* Save, then go on */
      save_async (self, FALSE, saved_for_changes_cb, g_object_ref (task));
      break;
    case GTK_RESPONSE_REJECT:   /* Discard */
      g_task_return_boolean (task, TRUE);
      break;
    default:                    /* Cancel: nothing happens */
      g_task_return_boolean (task, FALSE);
      break;
    }
}

void
_hp_window_save_changes_async (HpWindow            *self,
                               const char          *action_text,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, callback, user_data);
  g_autofree char *name = NULL;
  GtkWidget *dialog;
  GtkWidget *discard;

  g_task_set_source_tag (task, _hp_window_save_changes_async);

  if (!hp_document_get_dirty (self->document))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  name = _hp_window_display_name (self);
  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Save Changes to “%s”?"), name);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            _("%s: the changes not yet saved will be lost unless you save them now."),
                                            action_text);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  discard = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Discard"), GTK_RESPONSE_REJECT);
  gtk_widget_add_css_class (discard, "destructive-action");
  gtk_widget_add_css_class (gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Save"), GTK_RESPONSE_ACCEPT),
                            "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect (dialog, "response", G_CALLBACK (save_changes_response_cb), g_object_ref (task));
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
_hp_window_save_changes_finish (HpWindow     *self,
                                GAsyncResult *result)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), NULL);
}

static void
show_open_error (HpWindow     *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = g_strdup_printf (_("Could Not Open “%s”"), name);
  g_autofree char *details = g_strdup_printf (_("%s\n\nThe plan you had open is unchanged."), error->message);

  _hp_window_show_error (self, title, details);
}

typedef struct
{
  HpWindow *self;
  GFile    *file;
  guint     present_id;   /* a window still to show, once read or late */
} OpenData;

/* How long a window opened for a file waits, unshown, for the file to be
 * read before it shows itself with the reading's progress. */
#define PRESENT_DELAY_MS 300

/* Not a window closed meanwhile (its application is released on
 * destruction). */
static void
show_window (HpWindow *self)
{
  if (gtk_window_get_application (GTK_WINDOW (self)) != NULL)
    gtk_window_present (GTK_WINDOW (self));
}

static void
present_now (OpenData *data)
{
  if (data->present_id == 0)
    return;
  g_clear_handle_id (&data->present_id, g_source_remove);
  show_window (data->self);
}

static gboolean
present_late_cb (gpointer user_data)
{
  OpenData *data = user_data;

  data->present_id = 0;
  show_window (data->self);
  return G_SOURCE_REMOVE;
}

static void
open_data_free (OpenData *data)
{
  if (data->present_id != 0)
    g_source_remove (data->present_id);
  g_object_unref (data->self);
  g_object_unref (data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpenData, open_data_free)

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(OpenData) data = user_data;
  HpWindow *self = data->self;
  GFile *file = data->file;
  g_autofree char *notice = NULL;
  g_autoptr(GError) error = NULL;

  if (!hp_document_load_finish (HP_DOCUMENT (source), result, &notice, &error))
    {
      /* Stopped, or another file was asked for: nothing changes (a window
       * not shown yet was being closed). */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      present_now (data);
      show_open_error (self, file, error);
      return;
    }

  /* The plan replaces the progress at once (the banner goes at once too,
   * hp-window-monitor.c): no crossfade of two whole pages, frames that
   * cost 50 to 100 ms each under a software renderer.  A window not shown
   * yet shows the plan as its first frame. */
  {
    GtkStackTransitionType page_transition = gtk_stack_get_transition_type (self->stack);

    gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_NONE);
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "plan");
    gtk_stack_set_transition_type (self->stack, page_transition);
  }
  present_now (data);
  add_recent (self, file);

  if (notice != NULL)
    {
      GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                                  GTK_MESSAGE_INFO, GTK_BUTTONS_CLOSE,
                                                  "%s", _("The Stored Totals Were Out of Date"));
      gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", notice);
      g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

/* Reads in a thread, with its progress shown, so the window stays
 * responsive while a large plan loads; the plan in the window changes only
 * once the new one has been read whole and found valid. */
static void
open_file (HpWindow *self,
           GFile    *file,
           gboolean  present)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  OpenData *data;

  name = g_file_get_basename (file);
  text = g_strdup_printf (_("Opening “%s”…"), name);
  gtk_label_set_text (self->load_label, text);

  data = g_new0 (OpenData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  if (present)
    data->present_id = g_timeout_add (PRESENT_DELAY_MS, present_late_cb, data);
  hp_document_load_async (self->document, file, NULL, opened_cb, data);
}

void
hp_window_open_file (HpWindow *self,
                     GFile    *file)
{
  g_return_if_fail (HP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  open_file (self, file, FALSE);
}

/* For a window made to open @file (the command line): it shows itself
 * once the file is read, or after PRESENT_DELAY_MS with the reading's
 * progress if that takes longer, so that the first thing drawn is the
 * plan, not the window's first page sliding over to it. */
void
hp_window_open_file_and_present (HpWindow *self,
                                 GFile    *file)
{
  g_return_if_fail (HP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      open_file (self, file, FALSE);
      gtk_window_present (GTK_WINDOW (self));
    }
  else
    open_file (self, file, TRUE);
}

static void
new_ready_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  HpWindow *self = HP_WINDOW (source);
  g_autoptr(HpPlan) plan = NULL;

  if (!_hp_window_save_changes_finish (self, result))
    return;

  plan = _hp_window_new_default_plan (self);
  hp_document_set_plan (self->document, plan, NULL);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "plan");
}

void
_hp_window_new_plan (HpWindow *self)
{
  _hp_window_save_changes_async (self, _("Start a new plan"), new_ready_cb, NULL);
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  HpWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      hp_window_open_file (self, file);
    }

  g_object_unref (chooser);
}

static void
open_ready_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  HpWindow *self = HP_WINDOW (source);
  g_autoptr(GtkFileFilter) filter = NULL;
  GtkFileChooserNative *chooser;

  if (!_hp_window_save_changes_finish (self, result))
    return;

  filter = _hp_window_json_filter ();
  chooser = gtk_file_chooser_native_new (_("Open Plan"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_hp_window_open (HpWindow *self)
{
  _hp_window_save_changes_async (self, _("Open another plan"), open_ready_cb, NULL);
}

static void
open_recent_ready_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autofree char *uri = user_data;   /* freed however the question ends */

  if (_hp_window_save_changes_finish (HP_WINDOW (source), result))
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      hp_window_open_file (HP_WINDOW (source), file);
    }
}

void
_hp_window_open_recent (HpWindow   *self,
                        const char *uri)
{
  _hp_window_save_changes_async (self, _("Open another plan"), open_recent_ready_cb, g_strdup (uri));
}

/* Save (to the plan's file, or asks where) or Save As (@ask_where). */
void
_hp_window_save (HpWindow *self,
                 gboolean  ask_where)
{
  save_async (self, ask_where, NULL, NULL);
}

static void
rebuild_recent_menu (HpWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint n = 0;

  g_menu_remove_all (self->recent_section);

  for (GList *l = items; l != NULL && n < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GMenuItem) item = NULL;

      if (!g_str_has_suffix (uri, ".json") || !gtk_recent_info_is_local (info) || !gtk_recent_info_exists (info))
        continue;

      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uri);
      g_menu_append_item (self->recent_section, item);
      n++;
    }

  if (n == 0)
    g_menu_append (self->recent_section, _("No Recent Plans"), "win.no-recent");

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

void
_hp_window_watch_recent (HpWindow *self)
{
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (rebuild_recent_menu), self, G_CONNECT_SWAPPED);
  rebuild_recent_menu (self);
}
