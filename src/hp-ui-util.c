/* hp-ui-util.c
 *
 * Text from a catalog is shown as plain text only: no label here ever
 * parses markup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-ui-util.h"

#include "hp-marked-line.h"

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
      GtkWidget *bullet = gtk_label_new ("•");
      GtkWidget *text = hp_paragraph_new (items[i]);

      gtk_widget_set_valign (bullet, GTK_ALIGN_START);
      gtk_widget_add_css_class (bullet, "dim-label");
      gtk_accessible_update_state (GTK_ACCESSIBLE (bullet), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_widget_set_hexpand (text, TRUE);
      /* Not a GtkBox of the two: its width would be searched for at every
       * height asked (hp-marked-line.c). */
      gtk_box_append (GTK_BOX (box), hp_marked_line_new (GTK_ACCESSIBLE_ROLE_LIST_ITEM, bullet, text, 8));
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

static gboolean
has_allocation (GtkWidget *widget)
{
  return gtk_widget_get_mapped (widget)
         && gtk_widget_get_width (widget) > 0
         && gtk_widget_get_height (widget) > 0;
}

typedef struct
{
  GtkPopover           *popover;
  HpPopoverPrepareFunc  prepare;
} PendingPopup;

static void
pending_popup_free (gpointer data)
{
  PendingPopup *pending = data;

  g_object_unref (pending->popover);
  g_free (pending);
}

static void
popup_now (GtkPopover           *popover,
           GtkWidget            *parent,
           HpPopoverPrepareFunc  prepare)
{
  if (prepare != NULL)
    prepare (popover, parent);
  gtk_popover_popup (popover);
}

static gboolean
popup_tick_cb (GtkWidget     *parent,
               GdkFrameClock *clock,
               gpointer       data)
{
  PendingPopup *pending = data;

  /* Taken elsewhere or closed in the meantime: nothing to show. */
  if (gtk_widget_get_parent (GTK_WIDGET (pending->popover)) != parent)
    return G_SOURCE_REMOVE;
  if (!has_allocation (parent))
    return G_SOURCE_CONTINUE;

  popup_now (pending->popover, parent, pending->prepare);
  return G_SOURCE_REMOVE;
}

/* Shows @popover now if its parent has its size, or at the first frame
 * after it gets it.  A popover shown on a widget that is mapped but not
 * yet allocated (an editor made for a key just pressed) points at 0×0 in
 * a place GTK 4.8's X11 backend finds on no monitor, and it then fails
 * gdk_monitor_get_geometry's assertion. */
void
hp_popover_popup_when_allocated (GtkPopover           *popover,
                                 HpPopoverPrepareFunc  prepare)
{
  GtkWidget *parent;
  PendingPopup *pending;

  g_return_if_fail (GTK_IS_POPOVER (popover));

  parent = gtk_widget_get_parent (GTK_WIDGET (popover));
  g_return_if_fail (parent != NULL);

  if (has_allocation (parent))
    {
      popup_now (popover, parent, prepare);
      return;
    }

  pending = g_new0 (PendingPopup, 1);
  pending->popover = g_object_ref (popover);
  pending->prepare = prepare;
  gtk_widget_add_tick_callback (parent, popup_tick_cb, pending, pending_popup_free);
}
