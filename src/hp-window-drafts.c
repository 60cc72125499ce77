/* hp-window-drafts.c: autosaved drafts of the window's plan, and restoring them
 *
 * A few seconds after the last edit a draft goes to the user's data folder,
 * apart from the plan's own file; a crash or a kill leaves it to restore.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-drafts.h"
#include "hp-window-private.h"

/* Autosave: a few seconds after the last edit, a draft of the plan goes to
 * the user's data folder, apart from the plan's own file. */
static gboolean
autosave_cb (gpointer user_data)
{
  HpWindow *self = user_data;

  self->autosave_id = 0;
  hp_window_autosave_now (self);

  return G_SOURCE_REMOVE;
}

gboolean
hp_window_autosave_now (HpWindow *self)
{
  g_autofree char *dir = hp_drafts_get_dir ();
  g_autofree char *uri = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);

  g_clear_handle_id (&self->autosave_id, g_source_remove);

  if (!self->dirty)
    return TRUE;

  if (self->draft_id == NULL)
    self->draft_id = hp_draft_new_id ();
  if (self->file != NULL)
    uri = g_file_get_uri (self->file);

  if (!hp_drafts_save (dir, self->draft_id, self->plan, uri, now, &error))
    {
      g_warning ("The draft of “%s” could not be saved: %s", hp_plan_get_title (self->plan), error->message);
      return FALSE;
    }

  return TRUE;
}

void
_hp_window_schedule_autosave (HpWindow *self)
{
  guint delay = (guint) g_settings_get_int (self->settings, "autosave-delay");

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add_seconds (delay, autosave_cb, self);
}

void
_hp_window_forget_draft (HpWindow *self)
{
  g_autofree char *dir = NULL;

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->draft_id == NULL)
    return;

  dir = hp_drafts_get_dir ();
  hp_drafts_remove (dir, self->draft_id, NULL);
  g_clear_pointer (&self->draft_id, g_free);
}

const char *
hp_window_get_draft_id (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);
  return self->draft_id;
}

/* A restored draft is the plan as it was, still unsaved, still belonging
 * to its file; its draft stays until it is saved or discarded. */
gboolean
hp_window_restore_draft (HpWindow  *self,
                         HpDraft   *draft,
                         GError   **error)
{
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  plan = hp_draft_load (draft, error);
  if (plan == NULL)
    return FALSE;

  if (draft->file_uri != NULL)
    file = g_file_new_for_uri (draft->file_uri);

  _hp_window_set_plan (self, plan, file);
  self->draft_id = g_strdup (draft->id);
  self->dirty = TRUE;
  _hp_window_update_title (self);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "plan");

  return TRUE;
}
