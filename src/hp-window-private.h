/* hp-window-private.h: what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-plan-view.h"
#include "hp-role-browser.h"
#include "hp-role-compare.h"
#include "hp-window.h"

G_BEGIN_DECLS

struct _HpWindow
{
  GtkApplicationWindow  parent_instance;

  HpCatalog            *catalog;
  GSettings            *settings;
  HpPlan               *plan;
  GFile                *file;        /* where the plan was opened or saved; NULL if never */
  gboolean              dirty;       /* changed since it was opened or saved */
  gulong                plan_changed_id;
  char                 *draft_id;    /* this window's autosaved draft */
  char                 *etag;        /* of the file as last read or written */
  GFileMonitor         *monitor;
  GtkRevealer          *file_banner;
  GtkRevealer          *load_banner;
  GtkLabel             *load_label;
  GtkProgressBar       *load_progress;
  GCancellable         *load_cancellable;
  GtkLabel             *file_banner_label;
  guint                 autosave_id;

  GtkStack             *stack;
  GtkRevealer          *banner;
  GtkLabel             *banner_label;
  HpRoleBrowser        *browser;
  HpRoleCompare        *compare;
  HpPlanView           *plan_view;
  GMenu                *edit_section;
  GMenu                *recent_section;
};

typedef void (*HpWindowContinue) (HpWindow *self,
                                  gpointer  data);

void _hp_window_set_plan           (HpWindow         *self,
                                    HpPlan           *plan,
                                    GFile            *file);
void _hp_window_update_title       (HpWindow         *self);
HpPlan *_hp_window_new_default_plan (HpWindow        *self);
void _hp_window_add_file_actions   (HpWindow         *self);
void _hp_window_add_export_actions (HpWindow         *self);
void _hp_window_add_monitor_actions (HpWindow        *self);
gboolean _hp_window_changed_on_disk (HpWindow        *self);
char *_hp_window_display_name      (HpWindow         *self);
char *_hp_window_suggested_file_name (HpWindow       *self,
                                    const char       *extension);
GtkFileFilter *_hp_window_json_filter (void);
void _hp_window_confirm_discard    (HpWindow         *self,
                                    const char       *action_text,
                                    HpWindowContinue  then,
                                    gpointer          data);
void _hp_window_schedule_autosave  (HpWindow         *self);
void _hp_window_watch_file         (HpWindow         *self);
void _hp_window_forget_draft       (HpWindow         *self);
void _hp_window_show_error         (HpWindow         *self,
                                    const char       *title,
                                    const char       *details);

G_END_DECLS
