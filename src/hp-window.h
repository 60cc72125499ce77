/* hp-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-application.h"
#include "hp-document.h"
#include "hp-drafts.h"
#include "hp-plan.h"

G_BEGIN_DECLS

#define HP_TYPE_WINDOW (hp_window_get_type ())

G_DECLARE_FINAL_TYPE (HpWindow, hp_window, HP, WINDOW, GtkApplicationWindow)

HpWindow   *hp_window_new           (HpApplication *application);
HpDocument *hp_window_get_document  (HpWindow      *self);
void        hp_window_open_file     (HpWindow      *self,
                                     GFile         *file);
void        hp_window_open_file_and_present (HpWindow *self,
                                             GFile    *file);
/* Exports to @file as @format ("xlsx", "csv" or "json"; the file's
 * extension wins), as the Export dialog does. */
gboolean    hp_window_export_to_file (HpWindow    *self,
                                      GFile       *file,
                                      const char  *format,
                                      char      ***out_notices,
                                      GError     **error);
gboolean    hp_window_restore_draft (HpWindow      *self,
                                     HpDraft       *draft,
                                     GError       **error);

G_END_DECLS
