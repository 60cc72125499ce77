/* hp-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-application"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-application.h"
#include "hp-window.h"

struct _HpApplication
{
  GtkApplication  parent_instance;

  HpCatalog      *catalog;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (HpApplication, hp_application, GTK_TYPE_APPLICATION)

static void
hp_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (hp_window_new (HP_APPLICATION (app)));

  gtk_window_present (window);
}

/* "hiring-planner plan.json": each file in a window of its own, reusing
 * the window still showing an untouched new plan. */
static void
hp_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (app));
      HpWindow *window;

      if (active != NULL && HP_IS_WINDOW (active) && hp_window_get_file (HP_WINDOW (active)) == NULL &&
          !hp_window_get_dirty (HP_WINDOW (active)) &&
          hp_plan_get_n_positions (hp_window_get_plan (HP_WINDOW (active))) == 0)
        window = HP_WINDOW (active);
      else
        window = hp_window_new (HP_APPLICATION (app));

      gtk_window_present (GTK_WINDOW (window));
      hp_window_open_file (window, files[i]);
    }
}

static void
load_css (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/io/github/hiringplanner/HiringPlanner/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing each window lets it save its state (and later ask about
   * unsaved work) before the application goes. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Hiring Planner developers", NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (app),
                         "program-name", _("Hiring Planner"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Plan and cost an engineering team’s hiring, level by level."),
                         "website", "https://github.com/hiringplanner/HiringPlanner",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", developers,
                         "copyright", "© 2026 The Hiring Planner developers",
                         "system-information",
                         _("Default salary bands: US Bureau of Labor Statistics, Occupational Employment and "
                           "Wage Statistics, May 2024 (Software Developers, SOC 15-1252); NACE 2024 Guide to "
                           "Compensation for Interns and Co-ops; NACE Winter 2026 Salary Survey. "
                           "Overhead and cost per hire: BLS Employer Costs for Employee Compensation; "
                           "SHRM benchmarking."),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated_cb },
  { "about", about_activated_cb },
};

static void
hp_application_startup (GApplication *app)
{
  HpApplication *self = HP_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *search_accels[] = { "<Control>f", NULL };
  static const char *roles_accels[] = { "<Alt>1", NULL };
  static const char *plan_accels[] = { "<Alt>2", NULL };
  static const char *compare_accels[] = { "<Alt>3", NULL };
  static const char *undo_accels[] = { "<Control>z", NULL };
  static const char *new_accels[] = { "<Control>n", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *save_accels[] = { "<Control>s", NULL };
  static const char *save_as_accels[] = { "<Control><Shift>s", NULL };
  static const char *export_accels[] = { "<Control>e", NULL };
  static const char *redo_accels[] = { "<Control><Shift>z", NULL };

  G_APPLICATION_CLASS (hp_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.search", search_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-page::roles", roles_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-page::plan", plan_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-page::compare", compare_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.undo", undo_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.new", new_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.save", save_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.save-as", save_as_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.export", export_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.redo", redo_accels);

  self->settings = g_settings_new (APP_ID);
  self->catalog = hp_catalog_new_default ();

  load_css ();
}

static void
hp_application_dispose (GObject *object)
{
  HpApplication *self = HP_APPLICATION (object);

  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hp_application_parent_class)->dispose (object);
}

static void
hp_application_class_init (HpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = hp_application_dispose;
  app_class->activate = hp_application_activate;
  app_class->startup = hp_application_startup;
  app_class->open = hp_application_open;
}

static void
hp_application_init (HpApplication *self)
{
}

HpApplication *
hp_application_new (void)
{
  return g_object_new (HP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/hiringplanner/HiringPlanner",
                       NULL);
}

HpCatalog *
hp_application_get_catalog (HpApplication *self)
{
  g_return_val_if_fail (HP_IS_APPLICATION (self), NULL);
  return self->catalog;
}

GSettings *
hp_application_get_settings (HpApplication *self)
{
  g_return_val_if_fail (HP_IS_APPLICATION (self), NULL);
  return self->settings;
}
