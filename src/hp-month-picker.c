/* hp-month-picker.c
 *
 * A popover with the year and its twelve months.  Attached to an entry, an
 * icon in the entry opens it, and picking a month writes "YYYY-MM" into the
 * entry, exactly as if it had been typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-month-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-month.h"
#include "hp-month-picker.h"
#include "hp-ui-util.h"

struct _HpMonthPicker
{
  GtkPopover  parent_instance;

  int         year;
  GtkLabel   *year_label;
  GtkWidget  *buttons[12];
};

G_DEFINE_FINAL_TYPE (HpMonthPicker, hp_month_picker, GTK_TYPE_POPOVER)

enum {
  MONTH_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_year (HpMonthPicker *self)
{
  g_autofree char *text = g_strdup_printf ("%d", self->year);

  gtk_label_set_text (self->year_label, text);
}

static void
step_year (HpMonthPicker *self,
           int            step)
{
  hp_month_picker_set_year (self, CLAMP (self->year + step, HP_MONTH_MIN_YEAR, HP_MONTH_MAX_YEAR));
}

static void
previous_clicked_cb (HpMonthPicker *self)
{
  step_year (self, -1);
}

static void
next_clicked_cb (HpMonthPicker *self)
{
  step_year (self, 1);
}

static void
month_clicked_cb (GtkButton     *button,
                  HpMonthPicker *self)
{
  int month = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "hp-month"));

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[MONTH_SELECTED], 0, (int) hp_month_new (self->year, month));
}

static GtkWidget *
icon_button (const char *icon,
             const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return button;
}

static void
hp_month_picker_class_init (HpMonthPickerClass *klass)
{
  /**
   * HpMonthPicker::month-selected:
   * @month: the HpMonth picked
   */
  signals[MONTH_SELECTED] = g_signal_new ("month-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
}

static void
hp_month_picker_init (HpMonthPicker *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *previous = icon_button ("go-previous-symbolic", _("Previous year"));
  GtkWidget *next = icon_button ("go-next-symbolic", _("Next year"));

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    self->year = g_date_time_get_year (now);
  }
  self->year_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->year_label), "heading");
  gtk_widget_set_hexpand (GTK_WIDGET (self->year_label), TRUE);

  g_signal_connect_swapped (previous, "clicked", G_CALLBACK (previous_clicked_cb), self);
  g_signal_connect_swapped (next, "clicked", G_CALLBACK (next_clicked_cb), self);
  gtk_box_append (GTK_BOX (header), previous);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->year_label));
  gtk_box_append (GTK_BOX (header), next);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  for (int m = 1; m <= 12; m++)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_utc (2001, m, 1, 0, 0, 0);
      g_autofree char *name = g_date_time_format (dt, "%b");
      g_autofree char *full = g_date_time_format (dt, "%B");
      GtkWidget *button = gtk_button_new_with_label (name);

      gtk_widget_add_css_class (button, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, full, -1);
      g_object_set_data (G_OBJECT (button), "hp-month", GINT_TO_POINTER (m));
      g_signal_connect (button, "clicked", G_CALLBACK (month_clicked_cb), self);
      gtk_grid_attach (GTK_GRID (grid), button, (m - 1) % 4, (m - 1) / 4, 1, 1);
      self->buttons[m - 1] = button;
    }

  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), grid);
  gtk_popover_set_child (GTK_POPOVER (self), box);
  update_year (self);
}

GtkWidget *
hp_month_picker_new (void)
{
  return g_object_new (HP_TYPE_MONTH_PICKER, NULL);
}

void
hp_month_picker_set_year (HpMonthPicker *self,
                          int            year)
{
  g_return_if_fail (HP_IS_MONTH_PICKER (self));

  self->year = year;
  update_year (self);
}

static void
picked_cb (HpMonthPicker *picker,
           int            month,
           GtkEntry      *entry)
{
  g_autofree char *text = hp_month_to_string (month);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  if (g_object_get_data (G_OBJECT (picker), "hp-activate") != NULL)
    g_signal_emit_by_name (entry, "activate");
}

/* The picker points at the entry's calendar icon. */
static void
point_at_icon (GtkPopover *picker,
               GtkWidget  *entry)
{
  GdkRectangle area;

  gtk_entry_get_icon_area (GTK_ENTRY (entry), GTK_ENTRY_ICON_SECONDARY, &area);
  gtk_popover_set_pointing_to (picker, &area);
}

static void
icon_press_cb (GtkEntry             *entry,
               GtkEntryIconPosition  position,
               HpMonthPicker        *picker)
{
  HpMonth month;

  /* Open on the year already in the entry, or on this year. */
  if (hp_month_parse (gtk_editable_get_text (GTK_EDITABLE (entry)), &month, NULL))
    hp_month_picker_set_year (picker, hp_month_get_year (month));

  hp_popover_popup_when_allocated (GTK_POPOVER (picker), point_at_icon);
}

static void
entry_destroy_cb (GtkWidget *entry,
                  GtkWidget *picker)
{
  gtk_widget_unparent (picker);
}

/* @activate: whether picking a month activates the entry, as Enter would
 * (a table cell commits it; a form waits for its own button). */
void
hp_month_entry_add_picker (GtkEntry *entry,
                           gboolean  activate)
{
  GtkWidget *picker;

  g_return_if_fail (GTK_IS_ENTRY (entry));

  picker = hp_month_picker_new ();
  if (activate)
    g_object_set_data (G_OBJECT (picker), "hp-activate", GINT_TO_POINTER (TRUE));
  gtk_widget_set_parent (picker, GTK_WIDGET (entry));
  gtk_entry_set_icon_from_icon_name (entry, GTK_ENTRY_ICON_SECONDARY, "x-office-calendar-symbolic");
  gtk_entry_set_icon_tooltip_text (entry, GTK_ENTRY_ICON_SECONDARY, _("Pick a month"));
  gtk_entry_set_icon_activatable (entry, GTK_ENTRY_ICON_SECONDARY, TRUE);
  g_signal_connect (entry, "icon-press", G_CALLBACK (icon_press_cb), picker);
  g_signal_connect (picker, "month-selected", G_CALLBACK (picked_cb), entry);
  g_signal_connect (entry, "destroy", G_CALLBACK (entry_destroy_cb), picker);
}
