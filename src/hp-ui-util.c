/* hp-ui-util.c
 *
 * Text from a catalog is shown as plain text only: no label here ever
 * parses markup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-ui-util.h"

GtkWidget *
hp_paragraph_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 72);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);

  return label;
}

GtkWidget *
hp_section_heading_new (const char *text)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   NULL);

  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "hp-section-heading");

  return label;
}

GtkWidget *
hp_bullet_list_new (const char * const *items)
{
  GtkWidget *box = g_object_new (GTK_TYPE_BOX,
                                 "orientation", GTK_ORIENTATION_VERTICAL,
                                 "spacing", 6,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                                 NULL);

  gtk_widget_add_css_class (box, "hp-bullet-list");

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      GtkWidget *row = g_object_new (GTK_TYPE_BOX,
                                     "spacing", 8,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                     NULL);
      GtkWidget *bullet = gtk_label_new ("•");
      GtkWidget *text = hp_paragraph_new (items[i]);

      gtk_widget_set_valign (bullet, GTK_ALIGN_START);
      gtk_widget_add_css_class (bullet, "dim-label");
      gtk_accessible_update_state (GTK_ACCESSIBLE (bullet), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_widget_set_hexpand (text, TRUE);
      gtk_box_append (GTK_BOX (row), bullet);
      gtk_box_append (GTK_BOX (row), text);
      gtk_box_append (GTK_BOX (box), row);
    }

  return box;
}

GtkWidget *
hp_chip_box_new (const char * const *items,
                 const char * const *highlight)
{
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), FALSE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_widget_set_focusable (flow, FALSE);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      GtkWidget *chip = gtk_label_new (items[i]);
      GtkWidget *child;

      gtk_widget_add_css_class (chip, "hp-chip");
      if (highlight != NULL && g_strv_contains (highlight, items[i]))
        gtk_widget_add_css_class (chip, "hp-chip-new");
      gtk_flow_box_append (GTK_FLOW_BOX (flow), chip);
      child = gtk_widget_get_parent (chip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, items[i], -1);
      gtk_widget_set_focusable (child, FALSE);
      gtk_widget_set_halign (child, GTK_ALIGN_START);
    }

  return flow;
}

void
hp_box_remove_all (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* GTK 4.8 styles the button inside a menu button, not the menu button:
 * the class has to go on the inner button to show. */
void
hp_menu_button_suggest (GtkMenuButton *button)
{
  GtkWidget *inner = gtk_widget_get_first_child (GTK_WIDGET (button));

  gtk_widget_remove_css_class (GTK_WIDGET (button), "suggested-action");
  if (inner != NULL)
    gtk_widget_add_css_class (inner, "suggested-action");
}

/* A drop-down's button is a widget of its own for screen readers: it gets
 * the drop-down's name too. */
void
hp_drop_down_name_button (GtkDropDown *drop_down,
                          const char  *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* Closes a dialog from its own "response" handler.  The dialog lives on
 * until the emission ends, and then unhooks itself from the window it is
 * transient for: the link is dropped first, so that the handler may go on
 * to close or replace that window. */
void
hp_dialog_dismiss (GtkWindow *dialog)
{
  g_return_if_fail (GTK_IS_WINDOW (dialog));

  gtk_window_set_transient_for (dialog, NULL);
  gtk_window_destroy (dialog);
}
