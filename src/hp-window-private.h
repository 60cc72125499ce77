/* hp-window-private.h: what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-plan-view.h"
#include "hp-role-browser.h"
#include "hp-role-compare.h"
#include "hp-document.h"
#include "hp-scenario.h"
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
  GtkWidget            *activity_box;    /* "Saving…", "Exporting…" in the header */
  GtkSpinner           *activity_spinner;
  GtkLabel             *activity_label;

  GFile                *export_file;     /* while an export runs */
  GCancellable         *export_cancellable;
  GApplication         *export_app;      /* held while an export runs */
  gboolean              close_after_export;
  gboolean              narrow;          /* below NARROW_WIDTH (hp-window.c) */

  GtkStack             *stack;
  GtkRevealer          *banner;
  GtkLabel             *banner_label;
  HpRoleBrowser        *browser;
  HpRoleCompare        *compare;
  HpPlanView           *plan_view;
  GtkDropDown          *scenario_dropdown;
  GtkStringList        *scenario_names;  /* "Baseline", then the scenarios' names */
  HpScenario           *shown;           /* the scenario shown, or NULL for the baseline */
  HpPlan               *shown_plan;      /* its plan (or the baseline), followed for the Edit menu */
  gboolean              syncing_switcher;
  GtkWindow            *diff_window;     /* Compare with Baseline or File, made on first use */
  GMenu                *edit_section;
  GMenu                *recent_section;
};

/* hp-window-actions.c: every win.* action, and when each is enabled */
void _hp_window_class_install_actions (GtkWidgetClass *widget_class);
void _hp_window_update_actions        (HpWindow       *self);
void _hp_window_watch_actions         (HpWindow       *self);

void _hp_window_update_edit_menu     (HpWindow       *self);

/* hp-window-scenarios.c: the scenario shown, and New, Rename, Delete */
void    _hp_window_init_scenarios     (HpWindow       *self);
void    _hp_window_follow_scenarios   (HpWindow       *self,
                                       HpPlan         *old_plan);
void    _hp_window_unfollow_scenarios (HpWindow       *self);
HpPlan *_hp_window_get_shown_plan     (HpWindow       *self);
HpPlan *_hp_window_history_plan       (HpWindow       *self,
                                       gboolean        redo);
void    _hp_window_show_scenario      (HpWindow       *self,
                                       const char     *id);
void    _hp_window_add_scenario       (HpWindow       *self,
                                       HpScenario     *scenario,
                                       const char     *label);
void    _hp_window_new_scenario       (HpWindow       *self);
void    _hp_window_rename_scenario    (HpWindow       *self);
void    _hp_window_delete_scenario    (HpWindow       *self);
void    _hp_window_fit_budget         (HpWindow       *self);
/* hp-window-compare.c */
void    _hp_window_compare_with_baseline (HpWindow    *self);
void    _hp_window_compare_with_file  (HpWindow       *self);
gboolean _hp_window_get_comparison    (HpWindow       *self,
                                       HpPlan        **out_from,
                                       const char    **out_from_name,
                                       HpPlan        **out_to,
                                       const char    **out_to_name);

/* What the actions do, in the files that do it */
void _hp_window_focus_search       (HpWindow         *self);
void _hp_window_show_role          (HpWindow         *self,
                                    const char       *role_id);
void _hp_window_compare_roles      (HpWindow         *self,
                                    const char       *left,
                                    const char       *right);
void _hp_window_show_catalog_problems (HpWindow      *self);
void _hp_window_add_role_to_plan   (HpWindow         *self,
                                    const char       *role_id,
                                    guint             count,
                                    const char       *start_text);
void _hp_window_open_sample        (HpWindow         *self);
void _hp_window_show_plan_settings (HpWindow         *self);
void _hp_window_new_plan           (HpWindow         *self);
void _hp_window_open               (HpWindow         *self);
void _hp_window_open_recent        (HpWindow         *self,
                                    const char       *uri);
void _hp_window_save               (HpWindow         *self,
                                    gboolean          ask_where);
void _hp_window_export             (HpWindow         *self);
/* hp-window-export.c: the export in the background */
void     _hp_window_watch_activity     (HpWindow        *self);
gboolean _hp_window_get_exporting      (HpWindow        *self);
/* TRUE: the close waits for the export (asked once); FALSE: go on closing
 * (no export, or asked again: the export is stopped). */
gboolean _hp_window_close_during_export (HpWindow       *self);
void     _hp_window_stop_export        (HpWindow        *self);
void _hp_window_print              (HpWindow         *self);
void _hp_window_reload             (HpWindow         *self);
void _hp_window_watch_recent       (HpWindow         *self);

HpPlan *_hp_window_new_default_plan (HpWindow        *self);
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
void _hp_window_watch_document     (HpWindow         *self);
void _hp_window_watch_autosave     (HpWindow         *self);
void _hp_window_show_error         (HpWindow         *self,
                                    const char       *title,
                                    const char       *details);

G_END_DECLS
