/* hp-window-monitor.c: what the window shows of its document's state: the
 * plan's file changed on disk by another program, and a plan being opened
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

static void
externally_modified_cb (HpWindow *self)
{
  GFile *file = hp_document_get_file (self->document);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (!hp_document_get_externally_modified (self->document) || file == NULL)
    {
      gtk_revealer_set_reveal_child (self->file_banner, FALSE);
      return;
    }

  name = g_file_get_basename (file);
  if (g_file_query_exists (file, NULL))
    text = g_strdup_printf (_("“%s” was changed by another program. Keep this version, or reload the one on disk?"),
                            name);
  else
    text = g_strdup_printf (_("“%s” was deleted or moved by another program. Save to keep this plan."), name);

  gtk_label_set_text (self->file_banner_label, text);
  gtk_revealer_set_reveal_child (self->file_banner, TRUE);
}

/* The banner slides in, and goes at once when the reading is over: the
 * plan replaces it in the same frame. */
static void
loading_cb (HpWindow *self)
{
  gboolean loading = hp_document_get_loading (self->document);
  GtkRevealerTransitionType transition = gtk_revealer_get_transition_type (self->load_banner);

  if (!loading)
    gtk_revealer_set_transition_type (self->load_banner, GTK_REVEALER_TRANSITION_TYPE_NONE);
  gtk_revealer_set_reveal_child (self->load_banner, loading);
  gtk_revealer_set_transition_type (self->load_banner, transition);
}

/* The reading tells its progress a hundred times; the bar moves in tenths:
 * each change is a frame, which under a software renderer takes the CPU
 * from the reading itself. */
static void
progress_cb (HpWindow *self)
{
  double fraction = hp_document_get_progress (self->document);
  double shown = gtk_progress_bar_get_fraction (self->load_progress);

  if (fraction < shown || fraction >= shown + 0.1 || fraction >= 1.0)
    gtk_progress_bar_set_fraction (self->load_progress, fraction);
}

void
_hp_window_watch_document (HpWindow *self)
{
  g_signal_connect_object (self->document, "notify::externally-modified",
                           G_CALLBACK (externally_modified_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::loading", G_CALLBACK (loading_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::progress", G_CALLBACK (progress_cb), self, G_CONNECT_SWAPPED);
  _hp_window_watch_autosave (self);
}

static void
reload_ready_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  HpWindow *self = HP_WINDOW (source);
  GFile *file = hp_document_get_file (self->document);

  if (!_hp_window_save_changes_finish (self, result) || file == NULL)
    return;

  hp_window_open_file (self, file);
}

void
_hp_window_reload (HpWindow *self)
{
  if (hp_document_get_file (self->document) == NULL)
    return;
  _hp_window_save_changes_async (self, _("Reload the file"), reload_ready_cb, NULL);
}
