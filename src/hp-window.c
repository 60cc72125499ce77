/* hp-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-money.h"
#include "hp-plan-file.h"
#include "hp-plan-view.h"
#include "hp-role-browser.h"
#include "hp-role-compare.h"
#include "hp-window.h"
#include "hp-window-private.h"


G_DEFINE_FINAL_TYPE (HpWindow, hp_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The stack switcher changes pages without the action: "page" (and so the
 * state of win.show-page) follows the stack either way. */
static void
page_changed_cb (HpWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
set_page (HpWindow   *self,
          const char *name)
{
  if (name != NULL && gtk_stack_get_child_by_name (self->stack, name) != NULL)
    gtk_stack_set_visible_child_name (self->stack, name);
}

void
_hp_window_focus_search (HpWindow *self)
{
  gtk_stack_set_visible_child_name (self->stack, "roles");
  hp_role_browser_focus_search (self->browser);
}

void
_hp_window_show_role (HpWindow   *self,
                      const char *role_id)
{
  if (hp_role_browser_select_role (self->browser, role_id))
    gtk_stack_set_visible_child_name (self->stack, "roles");
}

void
_hp_window_compare_roles (HpWindow   *self,
                          const char *left,
                          const char *right)
{
  if (hp_role_compare_set_roles (self->compare, left, right))
    gtk_stack_set_visible_child_name (self->stack, "compare");
}

void
_hp_window_update_edit_menu (HpWindow *self)
{
  HpPlan *undo_plan = _hp_window_history_plan (self, FALSE);
  HpPlan *redo_plan = _hp_window_history_plan (self, TRUE);
  const char *undo = undo_plan != NULL ? hp_plan_get_undo_label (undo_plan) : NULL;
  const char *redo = redo_plan != NULL ? hp_plan_get_redo_label (redo_plan) : NULL;
  g_autofree char *undo_text = NULL;
  g_autofree char *redo_text = NULL;

  /* TRANSLATORS: a menu item, "Undo Change Count" */
  undo_text = undo != NULL ? g_strdup_printf (_("_Undo %s"), undo) : g_strdup (_("_Undo"));
  /* TRANSLATORS: a menu item, "Redo Change Count" */
  redo_text = redo != NULL ? g_strdup_printf (_("_Redo %s"), redo) : g_strdup (_("_Redo"));

  g_menu_remove_all (self->edit_section);
  g_menu_append (self->edit_section, undo_text, "win.undo");
  g_menu_append (self->edit_section, redo_text, "win.redo");

  _hp_window_update_actions (self);
}

static void
plan_history_cb (HpWindow *self)
{
  _hp_window_update_edit_menu (self);
}

/* The document's plan changed (opened, new, restored): the views follow. */
static void
document_plan_cb (HpWindow *self)
{
  HpPlan *plan = hp_document_get_plan (self->document);
  g_autoptr(HpPlan) old_plan = self->plan != NULL ? g_object_ref (self->plan) : NULL;

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, plan_history_cb, self);
  g_set_object (&self->plan, plan);
  g_signal_connect_swapped (plan, "notify::undo-label", G_CALLBACK (plan_history_cb), self);
  g_signal_connect_swapped (plan, "notify::redo-label", G_CALLBACK (plan_history_cb), self);
  _hp_window_follow_scenarios (self, old_plan);  /* shows the baseline */
}

/* The title, the file's name and the unsaved mark, where the manager
 * looks: the window's title and the header's two lines. */
static void
document_title_cb (HpWindow *self)
{
  const char *name = hp_document_get_title (self->document);
  gboolean dirty = hp_document_get_dirty (self->document);
  GFile *file = hp_document_get_file (self->document);
  g_autofree char *title = NULL;
  g_autofree char *base = file != NULL ? g_file_get_basename (file) : NULL;
  g_autofree char *subtitle = NULL;

  /* TRANSLATORS: the window title, "• Payments FY2027 — Hiring Planner"; the dot marks unsaved changes */
  title = g_strdup_printf (dirty ? _("• %s — Hiring Planner") : _("%s — Hiring Planner"), name);
  gtk_window_set_title (GTK_WINDOW (self), title);

  if (base == NULL)
    /* TRANSLATORS: the header's second line for a plan never saved */
    base = g_strdup (_("Not saved yet"));
  /* TRANSLATORS: the header's second line, "• payments.json"; the dot marks unsaved changes */
  subtitle = dirty ? g_strdup_printf (_("• %s"), base) : g_strdup (base);
  gtk_label_set_text (self->title_label, name);
  gtk_label_set_text (self->subtitle_label, subtitle);
  /* The whole path, for a name the header had to shorten. */
  {
    g_autofree char *where = file != NULL ? g_file_get_parse_name (file) : NULL;
    const char *state = dirty ? _("Unsaved changes") : _("All changes saved");
    g_autofree char *tooltip = where != NULL ? g_strdup_printf ("%s\n%s", where, state) : g_strdup (state);

    gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), tooltip);
  }
}

HpPlan *
_hp_window_new_default_plan (HpWindow *self)
{
  HpPlan *plan = hp_plan_new ();
  int fiscal = g_settings_get_int (self->settings, "fiscal-year-start-month");
  g_autofree char *currency = g_settings_get_string (self->settings, "default-currency");
  g_autofree char *one_time_text = g_settings_get_string (self->settings, "default-one-time-cost");
  int overhead = g_settings_get_int (self->settings, "default-overhead-bp");
  gint64 one_time = HP_PLAN_DEFAULT_ONE_TIME;

  /* Settings edited by hand may be wrong: the built-in defaults stand in. */
  if (!hp_currency_is_valid_code (currency))
    {
      g_free (currency);
      currency = g_strdup ("USD");
    }
  if (!hp_money_parse (one_time_text, hp_currency_minor_digits (currency), &one_time, NULL) || one_time < 0)
    one_time = HP_PLAN_DEFAULT_ONE_TIME;

  g_object_set (plan,
                "start", (int) hp_plan_next_fiscal_year_start (hp_month_current (), fiscal),
                "currency", currency,
                "overhead-bp", (guint) CLAMP (overhead, 0, HP_PLAN_MAX_OVERHEAD_BP),
                "one-time-cost", one_time,
                NULL);
  return plan;
}

/* @start_text: a month ("2027-03"), or empty for the plan's start. */
void
_hp_window_add_role_to_plan (HpWindow   *self,
                             const char *role_id,
                             guint       count,
                             const char *start_text)
{
  HpMonth start;

  if (*start_text == '\0' || !hp_month_parse (start_text, &start, NULL))
    start = hp_plan_get_start (self->plan);
  count = CLAMP (count, 1, HP_POSITION_MAX_COUNT);

  hp_plan_view_add_role (self->plan_view, role_id, count, start);
  gtk_stack_set_visible_child_name (self->stack, "plan");
}

static void
open_sample_ready_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  HpWindow *self = HP_WINDOW (source);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  if (!_hp_window_save_changes_finish (self, result))
    return;

  bytes = g_resources_lookup_data (HP_SAMPLE_PLAN_RESOURCE, 0, &error);
  if (bytes != NULL)
    plan = hp_plan_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                         "sample-team.json", NULL, &error);
  if (plan == NULL)
    {
      g_critical ("The sample plan cannot be read: %s", error->message);
      return;
    }

  /* A sample is a new, unsaved plan: saving asks where. */
  hp_document_set_plan (self->document, plan, NULL);
  gtk_stack_set_visible_child_name (self->stack, "plan");
}

void
_hp_window_open_sample (HpWindow *self)
{
  _hp_window_save_changes_async (self, _("Start from the sample plan"), open_sample_ready_cb, NULL);
}

void
_hp_window_show_plan_settings (HpWindow *self)
{
  gtk_stack_set_visible_child_name (self->stack, "plan");
  gtk_widget_activate_action (GTK_WIDGET (self->plan_view), "plan.settings", NULL);
}

void
_hp_window_show_catalog_problems (HpWindow *self)
{
  g_autofree char *text = g_strjoinv ("\n\n", (char **) hp_catalog_get_problems (self->catalog));
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_WARNING, GTK_BUTTONS_CLOSE,
                                   "%s", _("Some Role Catalogs Could Not Be Read"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            "%s\n\n%s", text,
                                            _("The roles of every other catalog are available. "
                                              "Correct the files and start Hiring Planner again."));
  {
    GtkWidget *area = gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog));
    for (GtkWidget *child = gtk_widget_get_first_child (area); child; child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_LABEL (child))
        gtk_label_set_selectable (GTK_LABEL (child), TRUE);
  }
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_banner (HpWindow *self)
{
  const char * const *problems = hp_catalog_get_problems (self->catalog);
  guint n = g_strv_length ((char **) problems);

  if (n > 0)
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u role catalog could not be read; its roles are missing.",
                                      "%u role catalogs could not be read; their roles are missing.",
                                      n),
                         n);
      gtk_label_set_text (self->banner_label, text);
    }

  gtk_revealer_set_reveal_child (self->banner, n > 0);
}

static void
save_window_state (HpWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);
}

static gboolean
close_idle_cb (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
close_ready_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  HpWindow *self = HP_WINDOW (source);

  if (!_hp_window_save_changes_finish (self, result))
    return;

  /* Saved or let go.  The question's dialog may still be finishing its
   * response: the window goes once it is over, never under it. */
  hp_document_discard_draft (self->document);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
}

static gboolean
hp_window_close_request (GtkWindow *window)
{
  HpWindow *self = HP_WINDOW (window);

  save_window_state (self);
  /* An export running: the window closes once it is written. */
  if (_hp_window_close_during_export (self))
    return TRUE;
  hp_document_cancel_load (self->document);

  if (hp_document_get_dirty (self->document))
    {
      /* Unsaved work: ask, and close only once it is saved or let go. */
      _hp_window_save_changes_async (self, _("Close the window"), close_ready_cb, NULL);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (hp_window_parent_class)->close_request (window);
}

/* Below this width the table and the summary do not fit side by side
 * (the table's fixed columns are 704 px, the summary 340 px, and the
 * position's title needs about 150 px more): the window goes narrow.  The
 * summary is hidden (F9 shows it), the view switcher's buttons lose their
 * minimum width, and the header says "Saving…" or "Exporting…" with its
 * spinner only, so that the plan's title and file name keep their room. */
#define NARROW_WIDTH 1200

static void
set_narrow (HpWindow *self,
            gboolean  narrow)
{
  if (self->narrow == narrow)
    return;

  self->narrow = narrow;
  if (narrow)
    gtk_widget_add_css_class (GTK_WIDGET (self), "hp-narrow");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "hp-narrow");
  gtk_widget_set_visible (GTK_WIDGET (self->activity_label), !narrow);
  hp_plan_view_set_narrow (self->plan_view, narrow);
}

/* A narrow size asked for (the saved size at start, a resize by the
 * program): narrow at once, so that the window's minimum size is already
 * the narrow one when the new size is worked out; otherwise the wide
 * header's minimum (its view switcher) would hold the window a few pixels
 * wider than asked.  Only ever narrower here: the default size counts the
 * window's frame, and the allocation below has the last word. */
static void
default_size_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  HpWindow *self = HP_WINDOW (object);
  int width, height;

  /* Both: GTK 4.8 takes no NULL here. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width > 0 && width < NARROW_WIDTH && !gtk_window_is_maximized (GTK_WINDOW (self)))
    set_narrow (self, TRUE);
}

/* Decided before anything inside is given its place, so that the frame at
 * a new width is laid out once, in its final form. */
static void
hp_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  set_narrow (HP_WINDOW (widget), width < NARROW_WIDTH);
  GTK_WIDGET_CLASS (hp_window_parent_class)->size_allocate (widget, width, height, baseline);
}

static void
setup_from_application (HpWindow      *self,
                        HpApplication *app)
{
  self->catalog = g_object_ref (hp_application_get_catalog (app));
  self->settings = g_object_ref (hp_application_get_settings (app));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  hp_role_browser_set_catalog (self->browser, self->catalog);
  hp_role_compare_set_catalog (self->compare, self->catalog);
  hp_plan_view_set_catalog (self->plan_view, self->catalog);
  update_banner (self);

  self->document = hp_document_new (self->catalog);
  g_settings_bind (self->settings, "autosave-delay", self->document, "autosave-delay", G_SETTINGS_BIND_GET);
  g_signal_connect_object (self->document, "notify::plan", G_CALLBACK (document_plan_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::title", G_CALLBACK (document_title_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::file", G_CALLBACK (document_title_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::dirty", G_CALLBACK (document_title_cb), self, G_CONNECT_SWAPPED);
  g_object_bind_property (self->document, "dirty", self->save_button, "visible", G_BINDING_SYNC_CREATE);
  _hp_window_watch_document (self);
  _hp_window_watch_actions (self);
  _hp_window_watch_activity (self);
  g_signal_connect (self, "notify::default-width", G_CALLBACK (default_size_cb), NULL);
  default_size_cb (G_OBJECT (self), NULL, NULL);

  {
    g_autoptr(HpPlan) plan = _hp_window_new_default_plan (self);
    hp_document_set_plan (self->document, plan, NULL);
  }
  document_plan_cb (self);
  document_title_cb (self);

  /* Typing starts a search, as in other GNOME browsers of things. */
  hp_role_browser_focus_search (self->browser);
}

static void
hp_window_dispose (GObject *object)
{
  HpWindow *self = HP_WINDOW (object);

  _hp_window_unfollow_scenarios (self);
  /* The export's callback holds the window; the export stops now. */
  _hp_window_stop_export (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_WINDOW);
  g_clear_object (&self->scenario_names);
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, plan_history_cb, self);
  /* Disposed after a clean close or a discard: the draft is not needed.
   * A crash never gets here, and leaves the draft to restore. */
  if (self->document != NULL)
    {
      g_settings_unbind (self->document, "autosave-delay");
      hp_document_cancel_load (self->document);
      hp_document_discard_draft (self->document);
    }
  g_clear_object (&self->document);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hp_window_parent_class)->dispose (object);
}

static void
hp_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  HpWindow *self = HP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_string (value, gtk_stack_get_visible_child_name (self->stack));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  HpWindow *self = HP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      set_page (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_window_class_init (HpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hp_window_dispose;
  object_class->get_property = hp_window_get_property;
  object_class->set_property = hp_window_set_property;
  window_class->close_request = hp_window_close_request;
  widget_class->size_allocate = hp_window_size_allocate;

  g_type_ensure (HP_TYPE_ROLE_BROWSER);
  g_type_ensure (HP_TYPE_ROLE_COMPARE);
  g_type_ensure (HP_TYPE_PLAN_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hiringplanner/HiringPlanner/hp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HpWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, browser);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, compare);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, plan_view);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, scenario_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, edit_section);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, file_banner);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, load_banner);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, load_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, load_progress);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, file_banner_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, autosave_banner);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, autosave_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, activity_box);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, activity_spinner);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, activity_label);
  gtk_widget_class_bind_template_child (widget_class, HpWindow, save_button);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);

  /* The page shown: "roles", "plan" or "compare" (win.show-page). */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, "roles",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  _hp_window_class_install_actions (widget_class);
}

static void
hp_window_init (HpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _hp_window_init_scenarios (self);
  _hp_window_watch_recent (self);
  _hp_window_update_actions (self);
}

HpWindow *
hp_window_new (HpApplication *application)
{
  HpWindow *self;

  g_return_val_if_fail (HP_IS_APPLICATION (application), NULL);

  self = g_object_new (HP_TYPE_WINDOW, "application", application, NULL);
  setup_from_application (self, application);

  return self;
}

HpDocument *
hp_window_get_document (HpWindow *self)
{
  g_return_val_if_fail (HP_IS_WINDOW (self), NULL);
  return self->document;
}
