/* hp-window-file.c: new, open, save, save as, export and recent files
 *
 * Nothing the manager made is lost: replacing or closing a plan with
 * unsaved changes asks first (Save, Discard, Cancel), a save that fails
 * keeps the plan open and unsaved and says why, and a file that is not a
 * valid plan leaves the current one untouched.
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

typedef struct
{
  HpWindowContinue then;
  gpointer         data;
} Continuation;

static void save_as (HpWindow *self, HpWindowContinue then, gpointer data);

char *
_hp_window_display_name (HpWindow *self)
{
  const char *title = hp_plan_get_title (self->plan);

  if (*title != '\0')
    return g_strdup (title);
  if (self->file != NULL)
    return g_file_get_basename (self->file);
  return g_strdup (_("Untitled Plan"));
}

void
_hp_window_update_title (HpWindow *self)
{
  g_autofree char *name = _hp_window_display_name (self);
  g_autofree char *title = NULL;

  /* TRANSLATORS: the window title, "• Payments FY2027 — Hiring Planner"; the dot marks unsaved changes */
  title = g_strdup_printf (self->dirty ? _("• %s — Hiring Planner") : _("%s — Hiring Planner"), name);
  gtk_window_set_title (GTK_WINDOW (self), title);
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

static gboolean
save_to (HpWindow  *self,
         GFile     *file,
         GError   **error)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Plans can only be saved to local files"));
      return FALSE;
    }

  if (!hp_plan_write_file (self->plan, hp_application_get_catalog (HP_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)))),
                           path, error))
    return FALSE;

  g_set_object (&self->file, file);
  self->dirty = FALSE;
  _hp_window_forget_draft (self);
  _hp_window_watch_file (self);
  _hp_window_update_title (self);
  add_recent (self, file);
  return TRUE;
}

/* Saves to the plan's file, or asks where first; @then runs after a save
 * that worked, never after one that failed or was cancelled. */
typedef struct
{
  HpWindowContinue then;
  gpointer         data;
} SaveContinuation;

static void save_now (HpWindow *self, HpWindowContinue then, gpointer data);

static void
overwrite_response_cb (GtkDialog        *dialog,
                       int               response,
                       SaveContinuation *cont)
{
  HpWindow *self = HP_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));

  hp_dialog_dismiss (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_ACCEPT)
    save_now (self, cont->then, cont->data);
  else if (response == GTK_RESPONSE_APPLY)
    save_as (self, cont->then, cont->data);
  g_free (cont);
}

/* Another program changed the file since it was opened: nothing is
 * overwritten without asking. */
static void
save (HpWindow         *self,
      HpWindowContinue  then,
      gpointer          data)
{
  if (self->file != NULL && _hp_window_changed_on_disk (self))
    {
      g_autofree char *name = g_file_get_basename (self->file);
      GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                                  GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE,
                                                  _("Replace the Changed “%s”?"), name);
      SaveContinuation *cont = g_new0 (SaveContinuation, 1);

      cont->then = then;
      cont->data = data;
      gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                                _("Another program changed the file after you opened it. "
                                                  "Saving replaces its changes with this plan."));
      gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
      gtk_dialog_add_button (GTK_DIALOG (dialog), _("Save _As…"), GTK_RESPONSE_APPLY);
      gtk_widget_add_css_class (gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Replace"), GTK_RESPONSE_ACCEPT),
                                "destructive-action");
      g_signal_connect (dialog, "response", G_CALLBACK (overwrite_response_cb), cont);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  save_now (self, then, data);
}

static void
save_now (HpWindow         *self,
          HpWindowContinue  then,
          gpointer          data)
{
  g_autoptr(GError) error = NULL;

  if (self->file == NULL)
    {
      save_as (self, then, data);
      return;
    }

  if (!save_to (self, self->file, &error))
    {
      g_autofree char *name = g_file_get_parse_name (self->file);
      g_autofree char *title = g_strdup_printf (_("Could Not Save “%s”"), name);
      g_autofree char *details = g_strdup_printf (_("%s\n\nThe plan is still open with all its changes. "
                                                    "Use Save As to keep it somewhere else."),
                                                  error->message);
      _hp_window_show_error (self, title, details);
      return;
    }

  if (then != NULL)
    then (self, data);
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
save_as_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     Continuation    *cont)
{
  HpWindow *self = HP_WINDOW (gtk_native_dialog_get_transient_for (chooser));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      if (!save_to (self, file, &error))
        {
          g_autofree char *name = g_file_get_parse_name (file);
          g_autofree char *title = g_strdup_printf (_("Could Not Save “%s”"), name);
          g_autofree char *details = g_strdup_printf (_("%s\n\nThe plan is still open with all its changes."),
                                                      error->message);
          _hp_window_show_error (self, title, details);
        }
      else if (cont->then != NULL)
        cont->then (self, cont->data);
    }

  g_free (cont);
  g_object_unref (chooser);
}

static void
save_as (HpWindow         *self,
         HpWindowContinue  then,
         gpointer          data)
{
  GtkFileChooserNative *chooser;
  Continuation *cont = g_new0 (Continuation, 1);
  g_autofree char *name = _hp_window_suggested_file_name (self, ".hiringplan.json");

  cont->then = then;
  cont->data = data;

  chooser = gtk_file_chooser_native_new (_("Save Plan"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), _hp_window_json_filter ());
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response_cb), cont);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

typedef struct
{
  HpWindow         *self;
  HpWindowContinue  then;
  gpointer          data;
} Confirm;

static void
confirm_response_cb (GtkDialog *dialog,
                     int        response,
                     Confirm   *confirm)
{
  HpWindow *self = confirm->self;
  HpWindowContinue then = confirm->then;
  gpointer data = confirm->data;

  g_free (confirm);
  hp_dialog_dismiss (GTK_WINDOW (dialog));

  switch (response)
    {
    case GTK_RESPONSE_ACCEPT:   /* Save, then go on */
      save (self, then, data);
      break;
    case GTK_RESPONSE_REJECT:   /* Discard */
      then (self, data);
      break;
    default:                    /* Cancel: nothing happens */
      break;
    }

  g_object_unref (self);
}

/* Runs @then at once when nothing is unsaved; otherwise asks whether to
 * save, discard or cancel, and runs it only after Save or Discard. */
void
_hp_window_confirm_discard (HpWindow         *self,
                            const char       *action_text,
                            HpWindowContinue  then,
                            gpointer          data)
{
  g_autofree char *name = NULL;
  GtkWidget *dialog;
  GtkWidget *discard;
  Confirm *confirm;

  if (!self->dirty)
    {
      then (self, data);
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

  confirm = g_new0 (Confirm, 1);
  confirm->self = g_object_ref (self);
  confirm->then = then;
  confirm->data = data;
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), confirm);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A plan read from @file becomes the window's document. */
static void
adopt_plan (HpWindow   *self,
            HpPlan     *plan,
            GFile      *file,
            const char *notice)
{
  _hp_window_set_plan (self, plan, file);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "plan");
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

gboolean
hp_window_load_file (HpWindow  *self,
                     GFile     *file,
                     GError   **error)
{
  g_autofree char *path = NULL;
  g_autofree char *notice = NULL;
  g_autoptr(HpPlan) plan = NULL;

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Plans can only be opened from local files"));
      return FALSE;
    }

  plan = hp_plan_read_file (path, &notice, error);
  if (plan == NULL)
    return FALSE;

  adopt_plan (self, plan, file, notice);
  return TRUE;
}

typedef struct
{
  HpWindow *self;
  GFile    *file;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->file);
  g_free (data);
}

static void
open_progress_cb (double   fraction,
                  gpointer user_data)
{
  HpWindow *self = user_data;

  gtk_progress_bar_set_fraction (self->load_progress, fraction);
}

static void
open_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  OpenData *data = user_data;
  HpWindow *self = data->self;
  g_autofree char *notice = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = hp_plan_read_file_finish (result, &notice, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      open_data_free (data);
      return; /* stopped, or another file was asked for: nothing changes */
    }

  g_clear_object (&self->load_cancellable);
  gtk_revealer_set_reveal_child (self->load_banner, FALSE);

  if (plan == NULL)
    show_open_error (self, data->file, error);
  else
    adopt_plan (self, plan, data->file, notice);

  open_data_free (data);
}

/* Reads in a thread, with its progress shown, so the window stays
 * responsive while a large plan loads; the plan in the window changes only
 * once the new one has been read whole and found valid. */
void
hp_window_open_file (HpWindow *self,
                     GFile    *file)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  OpenData *data;

  g_return_if_fail (HP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                     _("Plans can only be opened from local files"));
      show_open_error (self, file, error);
      return;
    }

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  name = g_file_get_basename (file);
  text = g_strdup_printf (_("Opening “%s”…"), name);
  gtk_label_set_text (self->load_label, text);
  gtk_progress_bar_set_fraction (self->load_progress, 0.0);
  gtk_revealer_set_reveal_child (self->load_banner, TRUE);

  data = g_new0 (OpenData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  hp_plan_read_file_async (path, self->load_cancellable,
                           open_progress_cb, g_object_ref (self), g_object_unref,
                           open_done_cb, data);
}

gboolean
hp_window_is_opening (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  return self->load_cancellable != NULL;
}

static void
stop_opening_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  HpWindow *self = user_data;

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  gtk_revealer_set_reveal_child (self->load_banner, FALSE);
}

gboolean
hp_window_save_to_file (HpWindow  *self,
                        GFile     *file,
                        GError   **error)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  return save_to (self, file, error);
}

gboolean
hp_window_get_dirty (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  return self->dirty;
}

GFile *
hp_window_get_file (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);
  return self->file;
}

static void
new_plan (HpWindow *self,
          gpointer  data)
{
  g_autoptr(HpPlan) plan = _hp_window_new_default_plan (self);

  _hp_window_set_plan (self, plan, NULL);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "plan");
}

static void
new_cb (GSimpleAction *action,
        GVariant      *parameter,
        gpointer       user_data)
{
  _hp_window_confirm_discard (user_data, _("Start a new plan"), new_plan, NULL);
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
choose_file_to_open (HpWindow *self,
                     gpointer  data)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Open Plan"), GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                                               _("_Open"), _("_Cancel"));

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), _hp_window_json_filter ());
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  _hp_window_confirm_discard (user_data, _("Open another plan"), choose_file_to_open, NULL);
}

static void
open_uri (HpWindow *self,
          gpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (data);

  hp_window_open_file (self, file);
  g_free (data);
}

static void
open_recent_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  _hp_window_confirm_discard (user_data, _("Open another plan"), open_uri,
                              g_strdup (g_variant_get_string (parameter, NULL)));
}

static void
save_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  save (user_data, NULL, NULL);
}

static void
save_as_cb (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  save_as (user_data, NULL, NULL);
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

static const GActionEntry file_actions[] = {
  { "stop-opening", stop_opening_cb },
  { "new", new_cb },
  { "open", open_cb },
  { "open-recent", open_recent_cb, "s" },
  { "save", save_cb },
  { "save-as", save_as_cb },
};

void
_hp_window_add_file_actions (HpWindow *self)
{
  GSimpleAction *no_recent = g_simple_action_new ("no-recent", NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (self), file_actions, G_N_ELEMENTS (file_actions), self);
  _hp_window_add_export_actions (self);
  _hp_window_add_monitor_actions (self);

  /* A greyed-out placeholder in an empty recent menu. */
  g_simple_action_set_enabled (no_recent, FALSE);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (no_recent));
  g_object_unref (no_recent);

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (rebuild_recent_menu), self, G_CONNECT_SWAPPED);
  rebuild_recent_menu (self);
}
