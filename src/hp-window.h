/* hp-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-application.h"
#include "hp-drafts.h"
#include "hp-plan.h"

G_BEGIN_DECLS

#define HP_TYPE_WINDOW (hp_window_get_type ())

G_DECLARE_FINAL_TYPE (HpWindow, hp_window, HP, WINDOW, GtkApplicationWindow)

HpWindow   *hp_window_new          (HpApplication *application);
const char *hp_window_get_page     (HpWindow      *self);
HpPlan     *hp_window_get_plan     (HpWindow      *self);
GFile      *hp_window_get_file     (HpWindow      *self);
gboolean    hp_window_get_dirty    (HpWindow      *self);
void        hp_window_open_file    (HpWindow      *self,
                                    GFile         *file);
gboolean    hp_window_is_opening   (HpWindow      *self);
gboolean    hp_window_load_file    (HpWindow      *self,
                                    GFile         *file,
                                    GError       **error);
gboolean    hp_window_save_to_file (HpWindow      *self,
                                    GFile         *file,
                                    GError       **error);
/* Exports to @file as @format ("xlsx", "csv" or "json"; the file's
 * extension wins), as the Export dialog does. */
gboolean    hp_window_export_to_file (HpWindow    *self,
                                      GFile       *file,
                                      const char  *format,
                                      char      ***out_notices,
                                      GError     **error);
gboolean    hp_window_autosave_now (HpWindow      *self);
const char *hp_window_get_draft_id (HpWindow      *self);
gboolean    hp_window_restore_draft (HpWindow     *self,
                                    HpDraft       *draft,
                                    GError       **error);

G_END_DECLS
