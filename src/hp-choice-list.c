/* hp-choice-list.c
 *
 * The editor of the level and the status: a popover with the few choices.
 * Up and Down move, a letter picks the next choice starting with it
 * (typing `s` picks Senior), Enter and Tab choose, Escape closes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-choice-list"

#include "config.h"

#include "hp-choice-list.h"

struct _HpChoiceList
{
  GtkPopover  parent_instance;

  GtkListBox *list;
  GPtrArray  *names;
};

G_DEFINE_FINAL_TYPE (HpChoiceList, hp_choice_list, GTK_TYPE_POPOVER)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
select_index (HpChoiceList *self,
              int           index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, index);

  if (row == NULL)
    return;
  gtk_list_box_select_row (self->list, row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

int
hp_choice_list_get_selected (HpChoiceList *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (HP_IS_CHOICE_LIST (self), -1);

  row = gtk_list_box_get_selected_row (self->list);
  return row != NULL ? gtk_list_box_row_get_index (row) : -1;
}

void
hp_choice_list_select (HpChoiceList *self,
                       int           index)
{
  g_return_if_fail (HP_IS_CHOICE_LIST (self));
  select_index (self, index);
}

static void
choose (HpChoiceList *self,
        int           dx,
        int           dy)
{
  int index = hp_choice_list_get_selected (self);

  if (index >= 0)
    g_signal_emit (self, signals[CHOSEN], 0, (const char *) g_ptr_array_index (self->names, index), dx, dy);
}

gboolean
hp_choice_list_type (HpChoiceList *self,
                     const char   *text)
{
  g_autofree char *prefix = NULL;
  int n, current;

  g_return_val_if_fail (HP_IS_CHOICE_LIST (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  prefix = g_utf8_casefold (text, -1);
  n = (int) self->names->len;
  current = hp_choice_list_get_selected (self);
  /* From the one after the current, round: pressing `s` again goes on. */
  for (int i = 1; i <= n; i++)
    {
      int index = (current + i) % n;
      g_autofree char *name = g_utf8_casefold (g_ptr_array_index (self->names, index), -1);

      if (g_str_has_prefix (name, prefix))
        {
          select_index (self, index);
          return TRUE;
        }
    }
  return FALSE;
}

static void
row_activated_cb (HpChoiceList  *self,
                  GtkListBoxRow *row)
{
  gtk_list_box_select_row (self->list, row);
  choose (self, 0, 1);
}

static gboolean
key_pressed_cb (HpChoiceList          *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  gunichar c;
  char text[8] = { 0 };

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      choose (self, 0, 1);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      choose (self, (state & GDK_SHIFT_MASK) ? -1 : 1, 0);
      return TRUE;
    case GDK_KEY_ISO_Left_Tab:
      choose (self, -1, 0);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_Down:
      {
        int index = hp_choice_list_get_selected (self) + (keyval == GDK_KEY_Up ? -1 : 1);

        if (index >= 0 && index < (int) self->names->len)
          select_index (self, index);
        return TRUE;
      }
    default:
      break;
    }

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  c = gdk_keyval_to_unicode (keyval);
  if (c == 0 || !g_unichar_isgraph (c))
    return FALSE;
  g_unichar_to_utf8 (c, text);
  hp_choice_list_type (self, text);
  return TRUE;
}

static void
hp_choice_list_finalize (GObject *object)
{
  HpChoiceList *self = HP_CHOICE_LIST (object);

  g_clear_pointer (&self->names, g_ptr_array_unref);

  G_OBJECT_CLASS (hp_choice_list_parent_class)->finalize (object);
}

static void
hp_choice_list_class_init (HpChoiceListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hp_choice_list_finalize;

  /**
   * HpChoiceList::chosen:
   * @text: the choice's name
   * @dx: where the cursor goes next: -1 left (Shift+Tab), 1 right (Tab)
   * @dy: 1 down (Enter)
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_INT, G_TYPE_INT);
}

static void
hp_choice_list_init (HpChoiceList *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->names = g_ptr_array_new_with_free_func (g_free);
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_BROWSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "hp-choice-list");
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_popover_set_child (GTK_POPOVER (self), GTK_WIDGET (self->list));
  gtk_popover_set_has_arrow (GTK_POPOVER (self), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self), GTK_POS_BOTTOM);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
hp_choice_list_new (const char * const *names,
                    guint               n_names,
                    int                 selected,
                    const char         *accessible_name)
{
  HpChoiceList *self = g_object_new (HP_TYPE_CHOICE_LIST, NULL);

  for (guint i = 0; i < n_names; i++)
    {
      GtkWidget *label = gtk_label_new (names[i]);

      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_list_box_append (self->list, label);
      g_ptr_array_add (self->names, g_strdup (names[i]));
    }
  if (accessible_name != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    accessible_name, -1);
  select_index (self, selected);
  return GTK_WIDGET (self);
}
