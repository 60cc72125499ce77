/* hp-window-drafts.c: restoring a draft, and telling when the autosave fails
 *
 * The document autosaves a draft a few seconds after the last edit; when
 * it cannot, the manager is told that the safety net is off, and why, and
 * can try again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-window-private.h"

static void
autosave_error_cb (HpWindow *self)
{
  const GError *error = hp_document_get_autosave_error (self->document);
  g_autofree char *text = NULL;

  if (error == NULL)
    {
      gtk_revealer_set_reveal_child (self->autosave_banner, FALSE);
      return;
    }

  text = g_strdup_printf (_("Unsaved changes are not being kept safe: no draft could be saved (%s). "
                            "If the app stops now, they are lost. Save the plan, or correct the cause and retry."),
                          error->message);
  gtk_label_set_text (self->autosave_label, text);
  gtk_revealer_set_reveal_child (self->autosave_banner, TRUE);
}

void
_hp_window_watch_autosave (HpWindow *self)
{
  g_signal_connect_object (self->document, "notify::autosave-error",
                           G_CALLBACK (autosave_error_cb), self, G_CONNECT_SWAPPED);
}

/* A restored draft is the plan as it was, still unsaved, still belonging
 * to its file; its draft stays until it is saved or discarded. */
gboolean
hp_window_restore_draft (HpWindow  *self,
                         HpDraft   *draft,
                         GError   **error)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);

  if (!hp_document_restore_draft (self->document, draft, error))
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "plan");
  return TRUE;
}
