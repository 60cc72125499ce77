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
 * extension wins), as the Export dialog does, and waits for it (for
 * tests: it runs the main loop until the export is written). */
gboolean    hp_window_export_to_file (HpWindow    *self,
                                      GFile       *file,
                                      const char  *format,
                                      char      ***out_notices,
                                      GError     **error);
/* Compare with File…: reads @file (in a thread, as Open does) and shows
 * its baseline against the plan shown; a problem is told in a dialog. */
void        hp_window_compare_with_file (HpWindow   *self,
                                     GFile         *file);
/* The same with @from already read from @file; FALSE with @error set (the
 * file's name, then what is wrong) when they cannot be compared. */
gboolean    hp_window_compare_with_plan (HpWindow   *self,
                                     HpPlan        *from,
                                     GFile         *file,
                                     GError       **error);
/* Writes what Print would print (the plan, and the comparison when its
 * window is shown) to @file as a PDF, without a dialog. */
gboolean    hp_window_save_pdf      (HpWindow      *self,
                                     GFile         *file,
                                     GError       **error);
/* Starts the export the Export dialog starts once a file is chosen: in
 * the background, its errors and notices shown in dialogs.  FALSE, and
 * nothing done, while another export runs. */
gboolean    hp_window_start_export   (HpWindow    *self,
                                      GFile       *file,
                                      const char  *format);
gboolean    hp_window_restore_draft (HpWindow      *self,
                                     HpDraft       *draft,
                                     GError       **error);

G_END_DECLS
