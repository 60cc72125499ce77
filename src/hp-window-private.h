/* hp-window-private.h: what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-plan-view.h"
#include "hp-role-browser.h"
#include "hp-role-compare.h"
#include "hp-document.h"
#include "hp-window.h"

G_BEGIN_DECLS

struct _HpWindow
{
  GtkApplicationWindow  parent_instance;

  HpCatalog            *catalog;
  GSettings            *settings;
  HpDocument           *document;    /* the plan, its file, saved or not, its drafts */
  HpPlan               *plan;        /* the document's, followed for the Edit menu */
  GtkRevealer          *file_banner;
  GtkRevealer          *load_banner;
  GtkLabel             *load_label;
  GtkProgressBar       *load_progress;
  GtkLabel             *file_banner_label;
  GtkRevealer          *autosave_banner;
  GtkLabel             *autosave_label;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkButton            *save_button;

  GtkStack             *stack;
  GtkRevealer          *banner;
  GtkLabel             *banner_label;
  HpRoleBrowser        *browser;
  HpRoleCompare        *compare;
  HpPlanView           *plan_view;
  GMenu                *edit_section;
  GMenu                *recent_section;
};

HpPlan *_hp_window_new_default_plan (HpWindow        *self);
void _hp_window_add_file_actions   (HpWindow         *self);
void _hp_window_add_export_actions (HpWindow         *self);
void _hp_window_add_monitor_actions (HpWindow        *self);
char *_hp_window_display_name      (HpWindow         *self);
char *_hp_window_suggested_file_name (HpWindow       *self,
                                    const char       *extension);
GtkFileFilter *_hp_window_json_filter (void);
/* The one way the window asks "save changes?": finishes TRUE at once when
 * nothing is unsaved, else after Save (and a save that worked) or Discard;
 * FALSE after Cancel or a save that failed or was cancelled. */
void     _hp_window_save_changes_async  (HpWindow            *self,
                                         const char          *action_text,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean _hp_window_save_changes_finish (HpWindow            *self,
                                         GAsyncResult        *result);
void _hp_window_add_draft_actions (HpWindow         *self);
void _hp_window_watch_document     (HpWindow         *self);
void _hp_window_watch_autosave     (HpWindow         *self);
void _hp_window_show_error         (HpWindow         *self,
                                    const char       *title,
                                    const char       *details);

G_END_DECLS
