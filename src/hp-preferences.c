/* hp-preferences.c
 *
 * Changes apply at once, as in every GNOME application; a value that is not
 * valid is shown with its reason and never written to the settings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-money.h"
#include "hp-month.h"
#include "hp-plan.h"
#include "hp-preferences.h"

struct _HpPreferences
{
  GtkWindow      parent_instance;

  GSettings     *settings;
  gboolean       loading;

  GtkEntry      *currency_entry;
  GtkEntry      *overhead_entry;
  GtkEntry      *one_time_entry;
  GtkDropDown   *fiscal_dropdown;
  GtkStringList *month_list;
  GtkSpinButton *autosave_spin;
  GtkAdjustment *autosave_adjustment;
  GtkLabel      *error_label;
};

G_DEFINE_FINAL_TYPE (HpPreferences, hp_preferences, GTK_TYPE_WINDOW)

static void
show_problem (HpPreferences *self,
              GtkEntry      *entry,
              const char    *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");

  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
currency_changed_cb (HpPreferences *self)
{
  g_autofree char *code = NULL;

  if (self->loading || self->settings == NULL)
    return;

  code = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->currency_entry))));
  if (!hp_currency_is_valid_code (code))
    {
      show_problem (self, self->currency_entry, _("The currency is three capital letters, such as USD or EUR."));
      return;
    }

  show_problem (self, self->currency_entry, NULL);
  g_settings_set_string (self->settings, "default-currency", code);
}

static void
overhead_changed_cb (HpPreferences *self)
{
  g_autoptr(GError) error = NULL;
  guint bp = 0;

  if (self->loading || self->settings == NULL)
    return;

  if (!hp_percent_parse_bp (gtk_editable_get_text (GTK_EDITABLE (self->overhead_entry)),
                            HP_PLAN_MAX_OVERHEAD_BP, &bp, &error))
    {
      show_problem (self, self->overhead_entry, error->message);
      return;
    }

  show_problem (self, self->overhead_entry, NULL);
  g_settings_set_int (self->settings, "default-overhead-bp", (int) bp);
}

static void
one_time_changed_cb (HpPreferences *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *currency = NULL;
  gint64 amount = 0;

  if (self->loading || self->settings == NULL)
    return;

  currency = g_settings_get_string (self->settings, "default-currency");
  if (!hp_money_parse_input (gtk_editable_get_text (GTK_EDITABLE (self->one_time_entry)), currency, &amount, &error))
    {
      show_problem (self, self->one_time_entry, error->message);
      return;
    }
  if (amount < 0)
    {
      show_problem (self, self->one_time_entry, _("The cost cannot be negative."));
      return;
    }

  show_problem (self, self->one_time_entry, NULL);
  {
    g_autofree char *text = hp_money_to_string (amount, hp_currency_minor_digits (currency));
    g_settings_set_string (self->settings, "default-one-time-cost", text);
  }
}

static void
fiscal_changed_cb (HpPreferences *self)
{
  guint selected = gtk_drop_down_get_selected (self->fiscal_dropdown);

  if (self->loading || self->settings == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  g_settings_set_int (self->settings, "fiscal-year-start-month", (int) selected + 1);
}

static void
hp_preferences_dispose (GObject *object)
{
  HpPreferences *self = HP_PREFERENCES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_PREFERENCES);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hp_preferences_parent_class)->dispose (object);
}

static void
hp_preferences_class_init (HpPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_preferences_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hiringplanner/HiringPlanner/hp-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, HpPreferences, currency_entry);
  gtk_widget_class_bind_template_child (widget_class, HpPreferences, overhead_entry);
  gtk_widget_class_bind_template_child (widget_class, HpPreferences, one_time_entry);
  gtk_widget_class_bind_template_child (widget_class, HpPreferences, fiscal_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HpPreferences, month_list);
  gtk_widget_class_bind_template_child (widget_class, HpPreferences, autosave_spin);
  gtk_widget_class_bind_template_child (widget_class, HpPreferences, autosave_adjustment);
  gtk_widget_class_bind_template_child (widget_class, HpPreferences, error_label);
  gtk_widget_class_bind_template_callback (widget_class, currency_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, overhead_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, one_time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, fiscal_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hp_preferences_init (HpPreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Month names in the user's language. */
  for (int m = 1; m <= 12; m++)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_utc (2001, m, 1, 0, 0, 0);
      g_autofree char *name = g_date_time_format (dt, "%B");
      gtk_string_list_append (self->month_list, name);
    }
}

GtkWidget *
hp_preferences_new (GSettings *settings)
{
  HpPreferences *self;
  g_autofree char *currency = NULL;
  g_autofree char *overhead = NULL;
  g_autofree char *one_time = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (HP_TYPE_PREFERENCES, NULL);
  self->settings = g_object_ref (settings);

  self->loading = TRUE;
  currency = g_settings_get_string (settings, "default-currency");
  overhead = hp_percent_format_bp_display ((guint) g_settings_get_int (settings, "default-overhead-bp"));
  {
    /* Stored as a plain decimal, shown as the user's locale writes it. */
    g_autofree char *stored = g_settings_get_string (settings, "default-one-time-cost");
    gint64 amount = 0;

    if (hp_money_parse (stored, hp_currency_minor_digits (currency), &amount, NULL))
      one_time = hp_money_format (amount, currency, HP_MONEY_FORMAT_DEFAULT);
    else
      one_time = g_steal_pointer (&stored);
  }
  gtk_editable_set_text (GTK_EDITABLE (self->currency_entry), currency);
  gtk_editable_set_text (GTK_EDITABLE (self->overhead_entry), overhead);
  gtk_editable_set_text (GTK_EDITABLE (self->one_time_entry), one_time);
  gtk_drop_down_set_selected (self->fiscal_dropdown, (guint) g_settings_get_int (settings, "fiscal-year-start-month") - 1);
  self->loading = FALSE;

  g_settings_bind (settings, "autosave-delay", self->autosave_adjustment, "value", G_SETTINGS_BIND_DEFAULT);

  return GTK_WIDGET (self);
}
