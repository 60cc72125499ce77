/* hp-window-actions.c: the window's actions, and when each means something
 *
 * Every win.* action is installed here on the class; menus, buttons and
 * shortcuts name them.  The callbacks only dispatch to the file that does
 * the work.  One function, _hp_window_update_actions(), decides from the
 * document which actions are enabled.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include "hp-window-private.h"

static void
search_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  _hp_window_focus_search (HP_WINDOW (widget));
}

static void
show_role_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  _hp_window_show_role (HP_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
compare_next_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  const char *left, *right;

  g_variant_get (parameter, "(&s&s)", &left, &right);
  _hp_window_compare_roles (HP_WINDOW (widget), left, right);
}

static void
show_catalog_problems_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  _hp_window_show_catalog_problems (HP_WINDOW (widget));
}

static void
undo_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  HpPlan *plan = _hp_window_history_plan (self, FALSE);

  if (plan != NULL)
    hp_plan_undo (plan);
}

static void
redo_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  HpWindow *self = HP_WINDOW (widget);

  HpPlan *plan = _hp_window_history_plan (self, TRUE);

  if (plan != NULL)
    hp_plan_redo (plan);
}

static void
show_scenario_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _hp_window_show_scenario (HP_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
new_scenario_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  _hp_window_new_scenario (HP_WINDOW (widget));
}

static void
rename_scenario_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _hp_window_rename_scenario (HP_WINDOW (widget));
}

static void
delete_scenario_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _hp_window_delete_scenario (HP_WINDOW (widget));
}

static void
fit_budget_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _hp_window_fit_budget (HP_WINDOW (widget));
}

static void
compare_baseline_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _hp_window_compare_with_baseline (HP_WINDOW (widget));
}

static void
compare_file_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  _hp_window_compare_with_file (HP_WINDOW (widget));
}

static void
add_role_to_plan_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  const char *role_id, *start_text;
  guint count;

  g_variant_get (parameter, "(&su&s)", &role_id, &count, &start_text);
  _hp_window_add_role_to_plan (HP_WINDOW (widget), role_id, count, start_text);
}

static void
open_sample_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _hp_window_open_sample (HP_WINDOW (widget));
}

static void
plan_settings_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _hp_window_show_plan_settings (HP_WINDOW (widget));
}

static void
new_cb (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  _hp_window_new_plan (HP_WINDOW (widget));
}

static void
open_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  _hp_window_open (HP_WINDOW (widget));
}

static void
open_recent_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _hp_window_open_recent (HP_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
stop_opening_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  hp_document_cancel_load (HP_WINDOW (widget)->document);
}

static void
save_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  _hp_window_save (HP_WINDOW (widget), FALSE);
}

static void
save_as_cb (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  _hp_window_save (HP_WINDOW (widget), TRUE);
}

static void
export_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  _hp_window_export (HP_WINDOW (widget));
}

static void
print_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  _hp_window_print (HP_WINDOW (widget));
}

static void
keep_mine_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  /* The plan here stays; it now differs from the file, so it is unsaved. */
  hp_document_keep_own_version (HP_WINDOW (widget)->document);
}

static void
reload_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  _hp_window_reload (HP_WINDOW (widget));
}

static void
retry_autosave_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  hp_document_save_draft_async (HP_WINDOW (widget)->document, NULL, NULL, NULL);
}

/* The keyboard shortcuts window, built the first time it is asked for
 * rather than with every window (GtkApplication would build
 * gtk/help-overlay.ui for each window it opens).  Set as the window's
 * help overlay, it shows each action's shortcut as the application sets
 * it. */
static void
show_shortcuts_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (window);

  if (shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/hiringplanner/HiringPlanner/hp-shortcuts.ui");

      shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "shortcuts"));
      gtk_application_window_set_help_overlay (window, shortcuts);
    }
  gtk_window_present (GTK_WINDOW (shortcuts));
}

/* The placeholder in an empty recent menu: never enabled. */
static void
no_recent_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
}

void
_hp_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_property_action (widget_class, "win.show-page", "page");
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_cb);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_cb);
  gtk_widget_class_install_action (widget_class, "win.show-role", "s", show_role_cb);
  gtk_widget_class_install_action (widget_class, "win.compare-next", "(ss)", compare_next_cb);
  gtk_widget_class_install_action (widget_class, "win.show-catalog-problems", NULL, show_catalog_problems_cb);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_cb);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_cb);
  gtk_widget_class_install_action (widget_class, "win.show-scenario", "s", show_scenario_cb);
  gtk_widget_class_install_action (widget_class, "win.new-scenario", NULL, new_scenario_cb);
  gtk_widget_class_install_action (widget_class, "win.rename-scenario", NULL, rename_scenario_cb);
  gtk_widget_class_install_action (widget_class, "win.delete-scenario", NULL, delete_scenario_cb);
  gtk_widget_class_install_action (widget_class, "win.fit-budget", NULL, fit_budget_cb);
  gtk_widget_class_install_action (widget_class, "win.compare-baseline", NULL, compare_baseline_cb);
  gtk_widget_class_install_action (widget_class, "win.compare-file", NULL, compare_file_cb);
  gtk_widget_class_install_action (widget_class, "win.add-role-to-plan", "(sus)", add_role_to_plan_cb);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_cb);
  gtk_widget_class_install_action (widget_class, "win.plan-settings", NULL, plan_settings_cb);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_cb);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_cb);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_cb);
  gtk_widget_class_install_action (widget_class, "win.no-recent", NULL, no_recent_cb);
  gtk_widget_class_install_action (widget_class, "win.stop-opening", NULL, stop_opening_cb);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_cb);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_cb);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_cb);

  gtk_widget_class_install_action (widget_class, "win.keep-mine", NULL, keep_mine_cb);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_cb);
  gtk_widget_class_install_action (widget_class, "win.retry-autosave", NULL, retry_autosave_cb);
}

/* The one place that says which actions mean something now. */
void
_hp_window_update_actions (HpWindow *self)
{
  HpDocument *document = self->document;
  gboolean has_document = document != NULL;
  gboolean dirty = has_document && hp_document_get_dirty (document);
  gboolean has_file = has_document && hp_document_get_file (document) != NULL;
  gboolean saving = has_document && hp_document_get_saving (document);
  gboolean loading = has_document && hp_document_get_loading (document);
  gboolean modified = has_document && hp_document_get_externally_modified (document);
  gboolean autosave_failed = has_document && hp_document_get_autosave_error (document) != NULL;
  HpPlan *undo_plan = _hp_window_history_plan (self, FALSE);
  HpPlan *redo_plan = _hp_window_history_plan (self, TRUE);
  gboolean can_undo = undo_plan != NULL && hp_plan_get_undo_label (undo_plan) != NULL;
  gboolean can_redo = redo_plan != NULL && hp_plan_get_redo_label (redo_plan) != NULL;
  gboolean has_plan = self->plan != NULL;
  gboolean scenario_shown = self->shown != NULL;
  GtkWidget *widget = GTK_WIDGET (self);

  /* Saving an unchanged plan over its own file would do nothing; a plan
   * without a file can always be saved somewhere.  One save at a time. */
  gtk_widget_action_set_enabled (widget, "win.save", has_document && !saving && (dirty || !has_file));
  gtk_widget_action_set_enabled (widget, "win.save-as", has_document && !saving);
  /* One export at a time. */
  gtk_widget_action_set_enabled (widget, "win.export", has_document && !_hp_window_get_exporting (self));
  gtk_widget_action_set_enabled (widget, "win.reload", has_file && !loading);
  gtk_widget_action_set_enabled (widget, "win.keep-mine", modified);
  gtk_widget_action_set_enabled (widget, "win.stop-opening", loading);
  gtk_widget_action_set_enabled (widget, "win.retry-autosave", autosave_failed);
  gtk_widget_action_set_enabled (widget, "win.undo", can_undo);
  gtk_widget_action_set_enabled (widget, "win.redo", can_redo);
  gtk_widget_action_set_enabled (widget, "win.no-recent", FALSE);
  gtk_widget_action_set_enabled (widget, "win.new-scenario", has_plan);
  gtk_widget_action_set_enabled (widget, "win.rename-scenario", scenario_shown);
  gtk_widget_action_set_enabled (widget, "win.delete-scenario", scenario_shown);
  gtk_widget_action_set_enabled (widget, "win.compare-baseline", scenario_shown);
  gtk_widget_action_set_enabled (widget, "win.compare-file", has_plan);
  gtk_widget_action_set_enabled (widget, "win.fit-budget",
                                 has_plan && hp_plan_get_has_budget (_hp_window_get_shown_plan (self)));
}

void
_hp_window_watch_actions (HpWindow *self)
{
  static const char * const props[] = {
    "notify::dirty", "notify::file", "notify::saving", "notify::loading",
    "notify::externally-modified", "notify::autosave-error",
  };

  for (guint i = 0; i < G_N_ELEMENTS (props); i++)
    g_signal_connect_object (self->document, props[i], G_CALLBACK (_hp_window_update_actions),
                             self, G_CONNECT_SWAPPED);
  _hp_window_update_actions (self);
}
