/* hp-window-monitor.c: the plan's file changed on disk by another program
 *
 * The manager is told, and chooses: keep this version (saving will ask
 * before replacing the other) or reload the one on disk.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include <glib/gi18n.h>


#include "hp-window-private.h"

static char *
query_etag (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                                                 NULL, NULL);

  return info != NULL ? g_strdup (g_file_info_get_etag (info)) : NULL;
}

/* TRUE when the file on disk is no longer the one last read or written. */
gboolean
_hp_window_changed_on_disk (HpWindow *self)
{
  g_autofree char *etag = NULL;

  if (self->file == NULL || self->etag == NULL)
    return FALSE;

  etag = query_etag (self->file);
  return g_strcmp0 (etag, self->etag) != 0;
}

static void
monitor_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    HpWindow          *self)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT &&
      event != G_FILE_MONITOR_EVENT_DELETED &&
      event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED)
    return;

  if (!_hp_window_changed_on_disk (self))
    return;

  name = g_file_get_basename (self->file);
  if (g_file_query_exists (self->file, NULL))
    text = g_strdup_printf (_("“%s” was changed by another program. Keep this version, or reload the one on disk?"),
                            name);
  else
    text = g_strdup_printf (_("“%s” was deleted or moved by another program. Save to keep this plan."), name);

  gtk_label_set_text (self->file_banner_label, text);
  gtk_revealer_set_reveal_child (self->file_banner, TRUE);
}

void
_hp_window_watch_file (HpWindow *self)
{
  if (self->monitor != NULL)
    {
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_pointer (&self->etag, g_free);
  gtk_revealer_set_reveal_child (self->file_banner, FALSE);

  if (self->file == NULL)
    return;

  self->etag = query_etag (self->file);
  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_NONE, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self);
}

static void
keep_mine_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  HpWindow *self = user_data;

  /* The plan here stays; it now differs from the file, so it is unsaved. */
  gtk_revealer_set_reveal_child (self->file_banner, FALSE);
  self->dirty = TRUE;
  _hp_window_update_title (self);
}

static void
reload_now (HpWindow *self,
            gpointer  data)
{
  g_autoptr(GFile) file = g_object_ref (self->file);

  gtk_revealer_set_reveal_child (self->file_banner, FALSE);
  hp_window_open_file (self, file);
}

static void
reload_cb (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  HpWindow *self = user_data;

  if (self->file == NULL)
    return;
  _hp_window_confirm_discard (self, _("Reload the file"), reload_now, NULL);
}

static const GActionEntry monitor_actions[] = {
  { "keep-mine", keep_mine_cb },
  { "reload", reload_cb },
};

void
_hp_window_add_monitor_actions (HpWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), monitor_actions, G_N_ELEMENTS (monitor_actions), self);
}
