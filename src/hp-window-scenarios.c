/* hp-window-scenarios.c: which of the plan's scenarios the window shows,
 * and New Scenario, Rename and Delete
 *
 * The header's switcher lists the baseline, then the scenarios by name; the
 * plan page shows the chosen one's plan.  Adding, renaming and deleting a
 * scenario are undoable steps of the baseline (the core's rule,
 * hp-scenario.h); an edit inside a scenario is a step of the scenario's
 * own plan.  Undo and Redo take the latest step of the two
 * (hp_plan_newest_step).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-plan-fit.h"
#include "hp-scenario.h"
#include "hp-window-private.h"

HpPlan *
_hp_window_get_shown_plan (HpWindow *self)
{
  return self->shown != NULL ? hp_scenario_get_plan (self->shown) : self->plan;
}

/* The plan whose step Undo (or Redo) takes now, or NULL: of the scenario
 * shown and the baseline (where scenarios are added, renamed, deleted),
 * the one whose step is the latest. */
HpPlan *
_hp_window_history_plan (HpWindow *self,
                         gboolean  redo)
{
  HpPlan *shown = _hp_window_get_shown_plan (self);

  return hp_plan_newest_step (shown, shown != self->plan ? self->plan : NULL, redo);
}

static void
shown_history_cb (HpWindow *self)
{
  _hp_window_update_edit_menu (self);
}

static void
set_shown (HpWindow   *self,
           HpScenario *scenario)
{
  HpPlan *plan;

  if (self->shown == scenario && self->shown_plan != NULL)
    return;

  if (self->shown_plan != NULL)
    g_signal_handlers_disconnect_by_func (self->shown_plan, shown_history_cb, self);
  g_set_object (&self->shown, scenario);
  plan = _hp_window_get_shown_plan (self);
  g_set_object (&self->shown_plan, plan);
  if (plan != self->plan)
    {
      g_signal_connect_swapped (plan, "notify::undo-label", G_CALLBACK (shown_history_cb), self);
      g_signal_connect_swapped (plan, "notify::redo-label", G_CALLBACK (shown_history_cb), self);
    }
  hp_plan_view_set_baseline (self->plan_view, plan != self->plan ? self->plan : NULL);
  hp_plan_view_set_plan (self->plan_view, plan);
  _hp_window_update_edit_menu (self);
}

/* The switcher's rows follow the scenarios: put in, taken out, renamed.
 * A scenario shown that left the plan gives way to the baseline. */
static void
sync_switcher (HpWindow *self)
{
  GListModel *scenarios = hp_plan_get_scenarios (self->plan);
  guint n = g_list_model_get_n_items (scenarios);
  g_autoptr(GPtrArray) names = g_ptr_array_new_full (n + 2, NULL);
  GListModel *rows = G_LIST_MODEL (self->scenario_names);
  gboolean same = g_list_model_get_n_items (rows) == n + 1;
  guint selected = 0;

  /* TRANSLATORS: the plan itself, as against its scenarios */
  g_ptr_array_add (names, (gpointer) C_("scenario", "Baseline"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpScenario) scenario = g_list_model_get_item (scenarios, i);

      g_ptr_array_add (names, (gpointer) hp_scenario_get_name (scenario));
      if (scenario == self->shown)
        selected = i + 1;
      if (same && g_strcmp0 (gtk_string_list_get_string (self->scenario_names, i + 1),
                             hp_scenario_get_name (scenario)) != 0)
        same = FALSE;
    }
  g_ptr_array_add (names, NULL);

  self->syncing_switcher = TRUE;
  if (!same)
    gtk_string_list_splice (self->scenario_names, 0, g_list_model_get_n_items (rows),
                            (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->scenario_dropdown, selected);
  self->syncing_switcher = FALSE;

  if (selected == 0 && self->shown != NULL)
    set_shown (self, NULL);
  _hp_window_update_actions (self);
}

static void
switcher_selected_cb (HpWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->scenario_dropdown);
  g_autoptr(HpScenario) scenario = NULL;

  if (self->syncing_switcher || self->plan == NULL)
    return;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0)
    scenario = g_list_model_get_item (hp_plan_get_scenarios (self->plan), selected - 1);
  set_shown (self, scenario);
  _hp_window_update_actions (self);
}

/* The document's plan is new: the baseline is shown. */
void
_hp_window_follow_scenarios (HpWindow *self,
                             HpPlan   *old_plan)
{
  if (old_plan != NULL)
    {
      g_signal_handlers_disconnect_by_func (hp_plan_get_scenarios (old_plan), sync_switcher, self);
      g_signal_handlers_disconnect_by_func (old_plan, sync_switcher, self);
    }
  g_signal_connect_swapped (hp_plan_get_scenarios (self->plan), "items-changed", G_CALLBACK (sync_switcher), self);
  /* a rename is a step of the baseline */
  g_signal_connect_swapped (self->plan, "changed", G_CALLBACK (sync_switcher), self);
  if (self->shown_plan != NULL)
    g_signal_handlers_disconnect_by_func (self->shown_plan, shown_history_cb, self);
  g_clear_object (&self->shown_plan);
  g_clear_object (&self->shown);
  set_shown (self, NULL);
  sync_switcher (self);
}

void
_hp_window_unfollow_scenarios (HpWindow *self)
{
  if (self->plan != NULL)
    {
      g_signal_handlers_disconnect_by_func (hp_plan_get_scenarios (self->plan), sync_switcher, self);
      g_signal_handlers_disconnect_by_func (self->plan, sync_switcher, self);
    }
  if (self->shown_plan != NULL)
    g_signal_handlers_disconnect_by_func (self->shown_plan, shown_history_cb, self);
  g_clear_object (&self->shown_plan);
  g_clear_object (&self->shown);
}

/* A long name is cut short in the header (whole in its tooltip), whole
 * in the list; @max_chars 0: never cut. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  max_chars)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (max_chars) > 0)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), GPOINTER_TO_INT (max_chars));
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  max_chars)
{
  GtkStringObject *name = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (name));
  gtk_widget_set_tooltip_text (label, gtk_string_object_get_string (name));
}

static GtkListItemFactory *
row_factory (int max_chars)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), GINT_TO_POINTER (max_chars));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), GINT_TO_POINTER (max_chars));
  return factory;
}

void
_hp_window_init_scenarios (HpWindow *self)
{
  g_autoptr(GtkListItemFactory) button_factory = row_factory (16);
  g_autoptr(GtkListItemFactory) list_factory = row_factory (0);

  gtk_drop_down_set_factory (self->scenario_dropdown, button_factory);
  /* The drop-down's own button is otherwise unnamed for a screen reader. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->scenario_dropdown));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Scenario shown"), -1);
  gtk_drop_down_set_list_factory (self->scenario_dropdown, list_factory);
  self->scenario_names = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->scenario_dropdown, G_LIST_MODEL (self->scenario_names));
  g_signal_connect_object (self->scenario_dropdown, "notify::selected",
                           G_CALLBACK (switcher_selected_cb), self, G_CONNECT_SWAPPED);
}

/* @id: a scenario's, or "" for the baseline. */
void
_hp_window_show_scenario (HpWindow   *self,
                          const char *id)
{
  HpScenario *scenario = *id != '\0' ? hp_plan_find_scenario (self->plan, id) : NULL;

  if (*id != '\0' && scenario == NULL)
    return;
  set_shown (self, scenario);
  sync_switcher (self);
}

/* A small dialog that asks for a name; @done gets it when the manager
 * accepts a name that is not blank. */
typedef void (*NameDone) (HpWindow *self, const char *name);

static void
name_response_cb (GtkDialog *dialog,
                  int        response,
                  gpointer   user_data)
{
  HpWindow *self = HP_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  NameDone done = (NameDone) g_object_get_data (G_OBJECT (dialog), "hp-done");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "hp-entry");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (response == GTK_RESPONSE_ACCEPT && *name != '\0')
    done (self, name);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
name_changed_cb (GtkEditable *entry,
                 GtkDialog   *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  gtk_dialog_set_response_sensitive (dialog, GTK_RESPONSE_ACCEPT, *name != '\0');
}

/* Enter in the entry answers as the default button would. */
static void
name_activate_cb (GtkEntry  *entry,
                  GtkDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (*name != '\0')
    gtk_dialog_response (dialog, GTK_RESPONSE_ACCEPT);
}

static void
ask_name (HpWindow   *self,
          const char *title,
          const char *accept,
          const char *initial,
          NameDone    done)
{
  GtkWidget *dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", title);
  GtkWidget *area = gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog));
  GtkWidget *entry = gtk_entry_new ();

  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          accept, GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  gtk_editable_set_text (GTK_EDITABLE (entry), initial);
  gtk_widget_set_name (entry, "scenario-name");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Scenario name"), -1);
  gtk_box_append (GTK_BOX (area), entry);
  g_object_set_data (G_OBJECT (dialog), "hp-done", (gpointer) done);
  g_object_set_data (G_OBJECT (dialog), "hp-entry", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (name_changed_cb), dialog);
  g_signal_connect (entry, "activate", G_CALLBACK (name_activate_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (name_response_cb), NULL);
  name_changed_cb (GTK_EDITABLE (entry), GTK_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Puts @scenario in after the one shown (at the end from the baseline),
 * as one undoable step, and shows it. */
void
_hp_window_add_scenario (HpWindow   *self,
                         HpScenario *scenario,
                         const char *label)
{
  guint index = hp_plan_get_n_scenarios (self->plan);
  guint position;

  if (self->shown != NULL &&
      g_list_store_find (G_LIST_STORE (hp_plan_get_scenarios (self->plan)), self->shown, &position))
    index = position + 1;
  hp_plan_add_scenario (self->plan, index, scenario, label);
  _hp_window_show_scenario (self, hp_scenario_get_id (scenario));
}

static void
new_scenario_done (HpWindow   *self,
                   const char *name)
{
  g_autofree char *id = hp_plan_new_scenario_id (self->plan, name);
  g_autoptr(HpScenario) scenario = hp_scenario_new_copy (id, name, _hp_window_get_shown_plan (self));

  _hp_window_add_scenario (self, scenario, NULL);
}

void
_hp_window_new_scenario (HpWindow *self)
{
  g_autofree char *initial = NULL;

  if (self->shown != NULL)
    /* TRANSLATORS: the name proposed for a copy of a scenario, "Lean (copy)" */
    initial = g_strdup_printf (_("%s (copy)"), hp_scenario_get_name (self->shown));
  ask_name (self, _("New Scenario"), _("C_reate"), initial != NULL ? initial : "", new_scenario_done);
}

static void
rename_scenario_done (HpWindow   *self,
                      const char *name)
{
  if (self->shown != NULL)
    hp_plan_rename_scenario (self->plan, self->shown, name);
}

void
_hp_window_rename_scenario (HpWindow *self)
{
  if (self->shown == NULL)
    return;
  ask_name (self, _("Rename Scenario"), _("_Rename"), hp_scenario_get_name (self->shown), rename_scenario_done);
}

/* Deleting is undoable, so it asks nothing. */
void
_hp_window_delete_scenario (HpWindow *self)
{
  guint position;

  if (self->shown == NULL ||
      !g_list_store_find (G_LIST_STORE (hp_plan_get_scenarios (self->plan)), self->shown, &position))
    return;
  hp_plan_delete_scenario (self->plan, position);
}

/* Fit to Budget: a new scenario from the one shown, within its budget
 * (the core's rule, hp-plan-fit.h), one undoable step; when the budget
 * cannot be met, the core's reason and nothing made. */
void
_hp_window_fit_budget (HpWindow *self)
{
  HpPlan *shown = _hp_window_get_shown_plan (self);
  const char *name = _("Fit to Budget");
  g_autofree char *id = NULL;
  g_autoptr(HpScenario) fitted = NULL;
  g_autoptr(GError) error = NULL;

  if (shown == NULL || !hp_plan_get_has_budget (shown))
    return;

  id = hp_plan_new_scenario_id (self->plan, name);
  fitted = hp_plan_fit_budget (shown, hp_plan_get_budget (shown), id, name, &error);
  if (fitted == NULL)
    {
      _hp_window_show_error (self, _("The plan cannot be fitted to its budget"), error->message);
      return;
    }
  _hp_window_add_scenario (self, fitted, name);
}
