/* hp-plan-settings.c
 *
 * Nothing reaches the plan until Apply, and then only when every field is
 * valid: the plan never holds a value the dialog refused.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-settings"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-money.h"
#include "hp-month-picker.h"
#include "hp-plan-settings.h"

struct _HpPlanSettings
{
  GtkWindow      parent_instance;

  GtkButton     *apply_button;
  HpPlan        *plan;
  char          *shown_one_time;
  char          *shown_budget;

  GtkRevealer   *error_revealer;
  GtkLabel      *error_label;
  GtkEntry      *title_entry;
  GtkEntry      *team_entry;
  GtkEntry      *owner_entry;
  GtkDropDown   *status_dropdown;
  GtkStringList *status_list;
  GtkEntry      *currency_entry;
  GtkEntry      *start_entry;
  GtkSpinButton *months_spin;
  GtkEntry      *overhead_entry;
  GtkEntry      *one_time_entry;
  GtkEntry      *budget_entry;
  GtkTextView   *notes_view;
};

G_DEFINE_FINAL_TYPE (HpPlanSettings, hp_plan_settings, GTK_TYPE_WINDOW)

static const char *
entry_text (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

static void
mark (GtkEntry   *entry,
      GString    *errors,
      const char *field,
      const char *message)
{
  gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  if (errors->len > 0)
    g_string_append_c (errors, '\n');
  /* TRANSLATORS: a field and what is wrong with it, "Currency: “usd” is not…" */
  g_string_append_printf (errors, _("%s: %s"), field, message);
}

gboolean
hp_plan_settings_apply (HpPlanSettings *self)
{
  g_autoptr(GString) errors = g_string_new (NULL);
  g_autofree char *currency = g_strstrip (g_strdup (entry_text (self->currency_entry)));
  g_autofree char *title = g_strstrip (g_strdup (entry_text (self->title_entry)));
  g_autofree char *team = g_strstrip (g_strdup (entry_text (self->team_entry)));
  g_autofree char *owner = g_strstrip (g_strdup (entry_text (self->owner_entry)));
  g_autofree char *start_text = g_strstrip (g_strdup (entry_text (self->start_entry)));
  g_autofree char *budget_text = g_strstrip (g_strdup (entry_text (self->budget_entry)));
  g_autofree char *notes = NULL;
  GtkTextIter begin, end;
  HpMonth start = HP_MONTH_NONE;
  guint overhead = 0;
  gint64 one_time = hp_plan_get_one_time_cost (self->plan);
  gint64 budget = 0;
  gboolean currency_changes;

  g_return_val_if_fail (HP_IS_PLAN_SETTINGS (self), FALSE);

  GtkEntry *entries[] = { self->currency_entry, self->start_entry, self->overhead_entry,
                          self->one_time_entry, self->budget_entry };
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (entries[i]), "error");

  if (!hp_currency_is_valid_code (currency))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a currency code: use three capital letters, such as USD"),
                                                  currency);
      mark (self->currency_entry, errors, _("Currency"), message);
    }
  currency_changes = hp_currency_is_valid_code (currency) && !g_str_equal (currency, hp_plan_get_currency (self->plan));

  {
    g_autoptr(GError) error = NULL;
    if (!hp_month_parse (start_text, &start, &error))
      mark (self->start_entry, errors, _("First month"), error->message);
  }

  {
    g_autoptr(GError) error = NULL;
    if (!hp_percent_parse_bp (entry_text (self->overhead_entry), HP_PLAN_MAX_OVERHEAD_BP, &overhead, &error))
      mark (self->overhead_entry, errors, _("Overhead"), error->message);
  }

  /* Amounts left as shown keep their value, rescaled with the currency. */
  if (hp_currency_is_valid_code (currency) &&
      !(currency_changes && g_str_equal (entry_text (self->one_time_entry), self->shown_one_time)))
    {
      g_autoptr(GError) error = NULL;
      if (!hp_money_parse_input (entry_text (self->one_time_entry), currency, &one_time, &error))
        mark (self->one_time_entry, errors, _("One-time cost per hire"), error->message);
      else if (one_time < 0)
        mark (self->one_time_entry, errors, _("One-time cost per hire"), _("the cost cannot be negative"));
    }
  else
    one_time = -1;

  if (*budget_text != '\0' && hp_currency_is_valid_code (currency) &&
      !(currency_changes && g_str_equal (entry_text (self->budget_entry), self->shown_budget)))
    {
      g_autoptr(GError) error = NULL;
      if (!hp_money_parse_input (budget_text, currency, &budget, &error))
        mark (self->budget_entry, errors, _("Budget"), error->message);
      else if (budget < 0)
        mark (self->budget_entry, errors, _("Budget"), _("the budget cannot be negative"));
    }
  else if (*budget_text != '\0')
    budget = -1;

  if (errors->len > 0)
    {
      gtk_label_set_text (self->error_label, errors->str);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return FALSE;
    }

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (self->notes_view), &begin, &end);
  notes = gtk_text_buffer_get_text (gtk_text_view_get_buffer (self->notes_view), &begin, &end, FALSE);

  if (currency_changes)
    hp_plan_change_currency (self->plan, currency);
  if (one_time < 0)
    one_time = hp_plan_get_one_time_cost (self->plan);
  if (budget < 0)
    budget = hp_plan_get_budget (self->plan);

  hp_plan_edit_labeled (self->plan, _("Change Plan Settings"),
                        "title", title,
                        "team", team,
                        "owner", owner,
                        "status", (int) gtk_drop_down_get_selected (self->status_dropdown),
                        "start", (int) start,
                        "months", (guint) gtk_spin_button_get_value_as_int (self->months_spin),
                        "overhead-bp", overhead,
                        "one-time-cost", one_time,
                        "has-budget", *budget_text != '\0',
                        "budget", *budget_text != '\0' ? budget : (gint64) 0,
                        "notes", notes,
                        NULL);

  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  return TRUE;
}

static void
apply_clicked_cb (HpPlanSettings *self)
{
  if (hp_plan_settings_apply (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_clicked_cb (HpPlanSettings *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fill (HpPlanSettings *self)
{
  HpPlan *plan = self->plan;
  g_autofree char *start = hp_month_to_string (hp_plan_get_start (plan));
  g_autofree char *overhead = hp_percent_format_bp_display (hp_plan_get_overhead_bp (plan));

  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), hp_plan_get_title (plan));
  gtk_editable_set_text (GTK_EDITABLE (self->team_entry), hp_plan_get_team (plan));
  gtk_editable_set_text (GTK_EDITABLE (self->owner_entry), hp_plan_get_owner (plan));
  gtk_drop_down_set_selected (self->status_dropdown, hp_plan_get_status (plan));
  gtk_editable_set_text (GTK_EDITABLE (self->currency_entry), hp_plan_get_currency (plan));
  gtk_editable_set_text (GTK_EDITABLE (self->start_entry), start);
  gtk_spin_button_set_value (self->months_spin, hp_plan_get_months (plan));
  gtk_editable_set_text (GTK_EDITABLE (self->overhead_entry), overhead);

  /* As the user's locale writes them, so that reading them back is exact. */
  self->shown_one_time = hp_money_format (hp_plan_get_one_time_cost (plan), hp_plan_get_currency (plan),
                                          HP_MONEY_FORMAT_DEFAULT);
  gtk_editable_set_text (GTK_EDITABLE (self->one_time_entry), self->shown_one_time);
  self->shown_budget = hp_plan_get_has_budget (plan)
    ? hp_money_format (hp_plan_get_budget (plan), hp_plan_get_currency (plan), HP_MONEY_FORMAT_DEFAULT)
    : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->budget_entry), self->shown_budget);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), hp_plan_get_notes (plan), -1);
}

static void
hp_plan_settings_dispose (GObject *object)
{
  HpPlanSettings *self = HP_PLAN_SETTINGS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_PLAN_SETTINGS);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->shown_one_time, g_free);
  g_clear_pointer (&self->shown_budget, g_free);

  G_OBJECT_CLASS (hp_plan_settings_parent_class)->dispose (object);
}

static void
hp_plan_settings_class_init (HpPlanSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_plan_settings_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hiringplanner/HiringPlanner/hp-plan-settings.ui");
  gtk_widget_class_bind_template_child (widget_class, HpPlanSettings, apply_button);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSettings, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSettings, error_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSettings, title_entry);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSettings, team_entry);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSettings, owner_entry);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSettings, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSettings, status_list);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSettings, currency_entry);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSettings, start_entry);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSettings, months_spin);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSettings, overhead_entry);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSettings, one_time_entry);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSettings, budget_entry);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSettings, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, apply_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hp_plan_settings_init (HpPlanSettings *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < HP_N_PLAN_STATUSES; i++)
    gtk_string_list_append (self->status_list, hp_plan_status_display_name (i));

  hp_month_entry_add_picker (self->start_entry, FALSE);

  /* Enter in any entry applies. */
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->apply_button));

}

GtkWidget *
hp_plan_settings_new (HpPlan *plan)
{
  HpPlanSettings *self;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  self = g_object_new (HP_TYPE_PLAN_SETTINGS, NULL);
  self->plan = g_object_ref (plan);
  fill (self);

  return GTK_WIDGET (self);
}
