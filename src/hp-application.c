/* hp-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-application"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-application.h"
#include "hp-drafts.h"
#include "hp-preferences.h"
#include "hp-style.h"
#include "hp-ui-util.h"
#include "hp-window.h"

struct _HpApplication
{
  GtkApplication  parent_instance;

  HpCatalog      *catalog;
  GSettings      *settings;
  gboolean        drafts_checked;
};

G_DEFINE_FINAL_TYPE (HpApplication, hp_application, GTK_TYPE_APPLICATION)

static char *
describe_draft (HpDraft *draft)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (draft->edited);
  /* TRANSLATORS: when a draft was last edited, strftime format: "29 Nov 2026 at 19:32" */
  g_autofree char *when = g_date_time_format (local, _("%e %b %Y at %H:%M"));
  g_autofree char *file = NULL;
  const char *title = *draft->title != '\0' ? draft->title : _("Untitled Plan");

  if (draft->file_uri != NULL)
    {
      g_autoptr(GFile) f = g_file_new_for_uri (draft->file_uri);
      file = g_file_get_basename (f);
    }

  /* TRANSLATORS: "• Payments FY2027 (team.json), last edited 29 Nov 2026 at 19:32" */
  return g_strdup_printf (_("• %s (%s), last edited %s"), title,
                          file != NULL ? file : _("never saved"), g_strstrip (when));
}

/* Restore opens each draft in a window of its own; Discard lets them go.
 * Closing the dialog decides nothing: the drafts are offered again at the
 * next start, as nothing the manager made is dropped without a word. */
static void
restore_response_cb (GtkDialog     *dialog,
                     int            response,
                     HpApplication *self)
{
  g_autoptr(GPtrArray) drafts = g_object_steal_data (G_OBJECT (dialog), "hp-drafts");
  g_autoptr(GtkWindow) first = NULL;
  g_autofree char *dir = hp_drafts_get_dir ();
  g_autoptr(GString) failures = g_string_new (NULL);
  GtkWindow *last = NULL;
  guint restored = 0;

  if (gtk_window_get_transient_for (GTK_WINDOW (dialog)) != NULL)
    first = g_object_ref (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  hp_dialog_dismiss (GTK_WINDOW (dialog));

  if (response != GTK_RESPONSE_ACCEPT && response != GTK_RESPONSE_REJECT)
    return;

  for (guint i = 0; i < drafts->len; i++)
    {
      HpDraft *draft = g_ptr_array_index (drafts, i);
      g_autoptr(GError) error = NULL;
      HpWindow *window;

      if (response == GTK_RESPONSE_REJECT)
        {
          hp_drafts_remove (dir, draft->id, NULL);
          continue;
        }

      window = hp_window_new (self);
      if (!hp_window_restore_draft (window, draft, &error))
        {
          /* The draft stays on disk, to be offered again. */
          g_string_append_printf (failures, "\n%s", error->message);
          gtk_window_destroy (GTK_WINDOW (window));
          continue;
        }
      gtk_window_present (GTK_WINDOW (window));
      last = GTK_WINDOW (window);
      restored++;
    }

  /* The empty window that asked is no longer needed. */
  if (restored > 0 && first != NULL)
    gtk_window_destroy (first);

  if (failures->len > 0)
    {
      GtkWidget *error_dialog = gtk_message_dialog_new (last != NULL ? last : first,
                                                        GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                                        GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                                        "%s", _("Some Unsaved Plans Could Not Be Restored"));
      gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (error_dialog), "%s\n\n%s", failures->str + 1,
                                                _("Their drafts are kept and offered again at the next start."));
      g_signal_connect (error_dialog, "response", G_CALLBACK (hp_dialog_dismiss), NULL);
      gtk_window_present (GTK_WINDOW (error_dialog));
    }
}

/* After a crash or a kill, offer every plan that had unsaved changes. */
static void
offer_drafts (HpApplication *self,
              GtkWindow     *parent)
{
  g_autofree char *dir = hp_drafts_get_dir ();
  g_autoptr(GPtrArray) drafts = hp_drafts_list (dir);
  g_autoptr(GString) list = g_string_new (NULL);
  GtkWidget *dialog;
  GtkWidget *discard;

  if (drafts->len == 0)
    return;

  for (guint i = 0; i < drafts->len; i++)
    {
      g_autofree char *line = describe_draft (g_ptr_array_index (drafts, i));
      g_string_append_printf (list, "\n%s", line);
    }

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   "%s", g_dngettext (GETTEXT_PACKAGE, "Restore Unsaved Plan?",
                                                      "Restore Unsaved Plans?", drafts->len));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s\n%s",
                                            g_dngettext (GETTEXT_PACKAGE,
                                                         "Hiring Planner did not close properly. This plan had changes that were not saved:",
                                                         "Hiring Planner did not close properly. These plans had changes that were not saved:",
                                                         drafts->len),
                                            list->str);
  discard = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Discard"), GTK_RESPONSE_REJECT);
  gtk_widget_add_css_class (discard, "destructive-action");
  gtk_widget_add_css_class (gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Restore"), GTK_RESPONSE_ACCEPT),
                            "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  gtk_window_set_title (GTK_WINDOW (dialog), _("Restore Unsaved Plans"));
  g_object_set_data_full (G_OBJECT (dialog), "hp-drafts", g_steal_pointer (&drafts),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (restore_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
hp_application_activate (GApplication *app)
{
  HpApplication *self = HP_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (hp_window_new (self));

  /* Once the application really runs (not when a test only registers it):
   * the portal's answer comes back through the main loop. */
  hp_style_follow_system ();
  gtk_window_present (window);

  if (!self->drafts_checked)
    {
      self->drafts_checked = TRUE;
      offer_drafts (self, window);
    }
}

/* "hiring-planner plan.json": each file in a window of its own, reusing
 * the window still showing an untouched new plan. */
static void
hp_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  hp_style_follow_system ();

  for (int i = 0; i < n_files; i++)
    {
      GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (app));
      HpWindow *window;

      HpDocument *document = active != NULL && HP_IS_WINDOW (active)
                             ? hp_window_get_document (HP_WINDOW (active)) : NULL;

      /* A window still reading a file is not untouched. */
      if (document != NULL && hp_document_get_file (document) == NULL &&
          !hp_document_get_dirty (document) && !hp_document_get_loading (document) &&
          hp_plan_get_n_positions (hp_document_get_plan (document)) == 0)
        window = HP_WINDOW (active);
      else
        window = hp_window_new (HP_APPLICATION (app));

      hp_window_open_file_and_present (window, files[i]);
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

static void
preferences_activated_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  HpApplication *self = HP_APPLICATION (user_data);
  GtkWidget *window = hp_preferences_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (window), gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_activated_cb },
  { "quit", quit_activated_cb },
  { "about", about_activated_cb },
};

static void
hp_application_startup (GApplication *app)
{
  HpApplication *self = HP_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *search_accels[] = { "<Control>f", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  static const char *roles_accels[] = { "<Alt>1", NULL };
  static const char *plan_accels[] = { "<Alt>2", NULL };
  static const char *compare_accels[] = { "<Alt>3", NULL };
  static const char *undo_accels[] = { "<Control>z", NULL };
  static const char *new_accels[] = { "<Control>n", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *save_accels[] = { "<Control>s", NULL };
  static const char *save_as_accels[] = { "<Control><Shift>s", NULL };
  static const char *export_accels[] = { "<Control>e", NULL };
  static const char *print_accels[] = { "<Control>p", NULL };
  static const char *redo_accels[] = { "<Control><Shift>z", NULL };

  G_APPLICATION_CLASS (hp_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.search", search_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-shortcuts", shortcuts_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-page::roles", roles_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-page::plan", plan_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-page::compare", compare_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.undo", undo_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.new", new_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.save", save_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.save-as", save_as_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.export", export_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.print", print_accels);
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
