/* hp-plan-cell.c
 *
 * A cell shows its position's value as text.  Only while it is edited does
 * it hold an editor: an entry (a month picker for months), or a short list
 * for the level and the status.  What is typed goes through the core's
 * hp_plan_input_position(), while typing (the totals follow) and on commit
 * (one undo step); what the core refuses is shown with its reason and
 * never stored.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-cell-text.h"
#include "hp-choice-list.h"
#include "hp-money.h"
#include "hp-month-picker.h"
#include "hp-plan-table-private.h"
#include "hp-position-input.h"
#include "hp-summary.h"
#include "hp-ui-util.h"

struct _HpPlanCell
{
  GtkWidget     parent_instance;

  HpPlanColumn  column;
  HpPosition   *position;
  gulong        notify_id;
  guint         row;
  HpPlanTable  *table;     /* while rooted in one */

  GtkWidget    *label;
  GtkWidget    *warning;   /* an icon, made the first time it is needed */

  /* Only while edited. */
  GtkWidget    *entry;
  GtkWidget    *choices;
  char         *original;  /* the text when the edit began */
  gboolean      typed;     /* a keystroke changed the plan */
  gboolean      ending;
  guint         leave_source;
  gboolean      has_error;  /* a refused value's reason is shown */
};

G_DEFINE_FINAL_TYPE (HpPlanCell, hp_plan_cell, GTK_TYPE_WIDGET)

G_DEFINE_ENUM_TYPE (HpPlanColumn, hp_plan_column,
                    G_DEFINE_ENUM_VALUE (HP_PLAN_COLUMN_TITLE, "title"),
                    G_DEFINE_ENUM_VALUE (HP_PLAN_COLUMN_LEVEL, "level"),
                    G_DEFINE_ENUM_VALUE (HP_PLAN_COLUMN_COUNT, "count"),
                    G_DEFINE_ENUM_VALUE (HP_PLAN_COLUMN_START, "start"),
                    G_DEFINE_ENUM_VALUE (HP_PLAN_COLUMN_END, "end"),
                    G_DEFINE_ENUM_VALUE (HP_PLAN_COLUMN_STATUS, "status"),
                    G_DEFINE_ENUM_VALUE (HP_PLAN_COLUMN_SALARY, "salary"),
                    G_DEFINE_ENUM_VALUE (HP_PLAN_COLUMN_PERIOD_COST, "period-cost"))

enum {
  PROP_0,
  PROP_COLUMN,
  PROP_POSITION,
  PROP_ROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define WARNING_SPACING 4

static const HpPositionField column_fields[HP_N_PLAN_COLUMNS] = {
  [HP_PLAN_COLUMN_TITLE]       = HP_FIELD_TITLE,
  [HP_PLAN_COLUMN_LEVEL]       = HP_FIELD_LEVEL,
  [HP_PLAN_COLUMN_COUNT]       = HP_FIELD_COUNT,
  [HP_PLAN_COLUMN_START]       = HP_FIELD_START,
  [HP_PLAN_COLUMN_END]         = HP_FIELD_END,
  [HP_PLAN_COLUMN_STATUS]      = HP_FIELD_STATUS,
  [HP_PLAN_COLUMN_SALARY]      = HP_FIELD_SALARY,
  [HP_PLAN_COLUMN_PERIOD_COST] = HP_N_FIELDS, /* computed, not typed */
};

static const char *
column_title (HpPlanColumn column)
{
  if (column == HP_PLAN_COLUMN_PERIOD_COST)
    return _("Period Cost");
  return hp_position_field_display_name (column_fields[column]);
}

static char *
display_text (HpPlanCell *self,
              HpPlan     *plan)
{
  HpPosition *p = self->position;

  switch (self->column)
    {
    case HP_PLAN_COLUMN_END:
      if (hp_position_get_end (p) == HP_MONTH_NONE)
        return g_strdup ("—");
      return hp_position_field_to_text (plan, p, HP_FIELD_END);
    case HP_PLAN_COLUMN_PERIOD_COST:
      return hp_money_format (hp_position_period_cost (p, hp_plan_get_start (plan), hp_plan_get_months (plan),
                                                       hp_plan_get_overhead_bp (plan)),
                              hp_plan_get_currency (plan), HP_MONEY_FORMAT_DEFAULT);
    case HP_PLAN_COLUMN_TITLE:
    case HP_PLAN_COLUMN_LEVEL:
    case HP_PLAN_COLUMN_COUNT:
    case HP_PLAN_COLUMN_START:
    case HP_PLAN_COLUMN_STATUS:
    case HP_PLAN_COLUMN_SALARY:
      return hp_position_field_to_text (plan, p, column_fields[self->column]);
    case HP_N_PLAN_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
update_name (HpPlanCell *self)
{
  g_autofree char *name = NULL;
  GtkWidget *parent;

  if (self->position == NULL)
    return;

  /* TRANSLATORS: the accessible name of a cell, "Count, Senior Back-End Engineer" */
  name = g_strdup_printf (_("%s, %s"), column_title (self->column), hp_position_get_title (self->position));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  /* The table cell around it is what a screen reader walks. */
  parent = gtk_widget_get_parent (GTK_WIDGET (self));
  if (parent != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (self->entry != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

void
hp_plan_cell_update_warning (HpPlanCell *self)
{
  const char *message = NULL;

  g_return_if_fail (HP_IS_PLAN_CELL (self));

  if (self->table != NULL && self->position != NULL)
    message = hp_plan_table_get_warning (self->table, self->position, self->column);

  if (message == NULL)
    {
      if (self->warning != NULL && gtk_widget_get_visible (self->warning))
        {
          gtk_widget_set_visible (self->warning, FALSE);
          gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
        }
      return;
    }

  if (self->warning == NULL)
    {
      self->warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (self->warning, "warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->warning), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"), -1);
      gtk_widget_insert_after (self->warning, GTK_WIDGET (self), NULL);
    }
  gtk_widget_set_visible (self->warning, TRUE);
  gtk_widget_set_tooltip_text (self->warning, message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
}

void
hp_plan_cell_refresh (HpPlanCell *self)
{
  HpPlan *plan;
  g_autofree char *text = NULL;

  g_return_if_fail (HP_IS_PLAN_CELL (self));

  plan = self->table != NULL ? hp_plan_table_get_plan (self->table) : NULL;
  if (self->position == NULL || plan == NULL)
    {
      hp_cell_text_set_text (HP_CELL_TEXT (self->label), "");
      return;
    }

  text = display_text (self, plan);
  hp_cell_text_set_text (HP_CELL_TEXT (self->label), text);
}

/* The whole title, asked for only when the pointer rests on it. */
static gboolean
title_query_tooltip_cb (GtkWidget  *label,
                        int         x,
                        int         y,
                        gboolean    keyboard,
                        GtkTooltip *tooltip,
                        HpPlanCell *self)
{
  if (self->position == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, hp_position_get_title (self->position));
  return TRUE;
}

static void
set_error (HpPlanCell *self,
           const char *message)
{
  GtkWidget *target = self->entry != NULL ? self->entry : GTK_WIDGET (self);

  /* Every bind clears the error: only touch the widget when there is one
   * (a tooltip set, even to nothing, costs a lot at every row built). */
  if (message == NULL && !self->has_error)
    return;
  self->has_error = message != NULL;
  if (message != NULL)
    {
      gtk_widget_add_css_class (target, "error");
      gtk_widget_set_tooltip_text (target, message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (target), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (target, "error");
      gtk_widget_set_tooltip_text (target, NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (target), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
refuse (HpPlanCell   *self,
        const GError *error)
{
  g_autofree char *full = NULL;

  /* TRANSLATORS: "Start of Senior Back-End Engineer: “2027-13” is not a month…" */
  full = g_strdup_printf (_("%s of %s: %s"), column_title (self->column),
                          hp_position_get_title (self->position), error->message);
  set_error (self, error->message);
  if (self->table != NULL)
    hp_plan_table_report (self->table, full);
}

/* The editor goes; the label is back. */
static void
end_edit (HpPlanCell *self,
          int         dx,
          int         dy,
          gboolean    refocus)
{
  self->ending = TRUE;
  g_clear_handle_id (&self->leave_source, g_source_remove);
  if (self->entry != NULL)
    {
      /* Hand the keyboard back before the entry that has it goes. */
      if (self->table != NULL && refocus)
        gtk_widget_grab_focus (GTK_WIDGET (self->table));
      gtk_widget_unparent (g_steal_pointer (&self->entry));
    }
  if (self->choices != NULL)
    {
      GtkWidget *choices = g_steal_pointer (&self->choices);

      gtk_popover_popdown (GTK_POPOVER (choices));
      gtk_widget_unparent (choices);
    }
  g_clear_pointer (&self->original, g_free);
  self->typed = FALSE;
  gtk_widget_set_visible (self->label, TRUE);
  hp_plan_cell_refresh (self);
  self->ending = FALSE;

  if (self->table != NULL)
    hp_plan_table_edit_done (self->table, self, dx, dy, refocus);
}

/* What was typed goes back: typing the old text again ends the step it
 * made (the core drops a step typed back to where it started). */
static void
cancel (HpPlanCell *self,
        gboolean    clear_report,
        gboolean    refocus)
{
  HpPlan *plan;

  if (!hp_plan_cell_is_editing (self) || self->ending)
    return;

  plan = self->table != NULL ? hp_plan_table_get_plan (self->table) : NULL;
  if (self->typed && plan != NULL && self->position != NULL)
    hp_plan_input_position (plan, hp_plan_table_get_catalog (self->table), self->position,
                            column_fields[self->column], self->original, TRUE, NULL);
  if (self->table != NULL && clear_report)
    hp_plan_table_report (self->table, NULL);
  end_edit (self, 0, 0, refocus);
}

void
hp_plan_cell_cancel_edit (HpPlanCell *self)
{
  g_return_if_fail (HP_IS_PLAN_CELL (self));

  cancel (self, TRUE, TRUE);
}

/* Enter, Tab or the focus leaving: store the value, or say why not.  An
 * edit refused from the keyboard stays open to be corrected; one refused
 * as the focus left goes, its reason still shown. */
static gboolean
commit (HpPlanCell *self,
        const char *text,
        int         dx,
        int         dy,
        gboolean    refocus)
{
  gboolean keep_open = refocus;
  g_autoptr(GError) error = NULL;
  HpPlan *plan = self->table != NULL ? hp_plan_table_get_plan (self->table) : NULL;

  if (plan == NULL || self->position == NULL)
    {
      end_edit (self, 0, 0, refocus);
      return FALSE;
    }

  if (!hp_plan_input_position (plan, hp_plan_table_get_catalog (self->table), self->position,
                               column_fields[self->column], text, FALSE, &error))
    {
      refuse (self, error);
      if (!keep_open)
        cancel (self, FALSE, FALSE);
      return FALSE;
    }

  set_error (self, NULL);
  hp_plan_table_report (self->table, NULL);
  end_edit (self, dx, dy, refocus);
  return TRUE;
}

static void
entry_changed_cb (HpPlanCell  *self,
                  GtkEditable *editable)
{
  HpPlan *plan = self->table != NULL ? hp_plan_table_get_plan (self->table) : NULL;

  if (plan == NULL || self->position == NULL || self->ending)
    return;

  /* Every keystroke that leaves a valid value updates the plan at once, so
   * the totals follow the typing; the rest waits for the commit. */
  if (hp_plan_input_position (plan, hp_plan_table_get_catalog (self->table), self->position,
                              column_fields[self->column], gtk_editable_get_text (editable), TRUE, NULL))
    self->typed = TRUE;
}

static void
entry_activate_cb (HpPlanCell *self,
                   GtkEntry   *entry)
{
  commit (self, gtk_editable_get_text (GTK_EDITABLE (entry)), 0, 1, TRUE);
}

static gboolean
entry_key_pressed_cb (HpPlanCell            *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  switch (keyval)
    {
    case GDK_KEY_Escape:
      hp_plan_cell_cancel_edit (self);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      commit (self, text, (state & GDK_SHIFT_MASK) ? -1 : 1, 0, TRUE);
      return TRUE;
    case GDK_KEY_ISO_Left_Tab:
      commit (self, text, -1, 0, TRUE);
      return TRUE;
    default:
      return FALSE;
    }
}

/* The focus went elsewhere (a click on another cell, another control):
 * commit, unless it only went into the entry's own month picker. */
static gboolean
leave_idle_cb (gpointer user_data)
{
  HpPlanCell *self = user_data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  self->leave_source = 0;
  if (self->entry == NULL || (focus != NULL && gtk_widget_is_ancestor (focus, self->entry)) ||
      focus == self->entry)
    return G_SOURCE_REMOVE;

  commit (self, gtk_editable_get_text (GTK_EDITABLE (self->entry)), 0, 0, FALSE);
  return G_SOURCE_REMOVE;
}

static void
entry_leave_cb (HpPlanCell              *self,
                GtkEventControllerFocus *controller)
{
  if (self->ending || self->entry == NULL)
    return;
  g_clear_handle_id (&self->leave_source, g_source_remove);
  self->leave_source = g_idle_add (leave_idle_cb, self);
}

static void
choice_chosen_cb (HpPlanCell   *self,
                  const char   *text,
                  int           dx,
                  int           dy,
                  HpChoiceList *choices)
{
  commit (self, text, dx, dy, TRUE);
}

static void
choice_closed_cb (HpPlanCell *self,
                  GtkPopover *popover)
{
  if (!self->ending && self->choices != NULL)
    hp_plan_cell_cancel_edit (self);
}

static void
begin_choices (HpPlanCell *self,
               const char *replace)
{
  GPtrArray *names = g_ptr_array_new ();
  g_autoptr(GPtrArray) owned = names;
  g_autofree char *name = NULL;
  int selected = 0;

  switch (self->column)
    {
    case HP_PLAN_COLUMN_LEVEL:
      for (guint i = 0; i < HP_N_LEVELS; i++)
        g_ptr_array_add (names, (gpointer) hp_level_display_name (i));
      selected = hp_position_get_level (self->position);
      break;
    case HP_PLAN_COLUMN_STATUS:
      for (guint i = 0; i < HP_N_POSITION_STATUSES; i++)
        g_ptr_array_add (names, (gpointer) hp_position_status_display_name (i));
      selected = hp_position_get_status (self->position);
      break;
    default:
      g_assert_not_reached ();
    }

  /* TRANSLATORS: the accessible name of a cell, "Count, Senior Back-End Engineer" */
  name = g_strdup_printf (_("%s, %s"), column_title (self->column), hp_position_get_title (self->position));
  self->choices = hp_choice_list_new ((const char * const *) names->pdata, names->len, selected, name);
  gtk_widget_set_parent (self->choices, GTK_WIDGET (self));
  g_signal_connect_object (self->choices, "chosen", G_CALLBACK (choice_chosen_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->choices, "closed", G_CALLBACK (choice_closed_cb), self, G_CONNECT_SWAPPED);
  hp_popover_popup_when_allocated (GTK_POPOVER (self->choices), NULL);
  hp_choice_list_select (HP_CHOICE_LIST (self->choices), selected);
  if (replace != NULL)
    hp_choice_list_type (HP_CHOICE_LIST (self->choices), replace);
}

static void
begin_entry (HpPlanCell *self,
             const char *replace)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEntry *entry;

  self->entry = gtk_entry_new ();
  entry = GTK_ENTRY (self->entry);
  gtk_entry_set_has_frame (entry, FALSE);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 4);
  gtk_editable_set_text (GTK_EDITABLE (entry), replace != NULL ? replace : self->original);
  if (self->column == HP_PLAN_COLUMN_START || self->column == HP_PLAN_COLUMN_END)
    {
      gtk_entry_set_placeholder_text (entry, self->column == HP_PLAN_COLUMN_END ? _("None") : "2027-03");
      hp_month_entry_add_picker (entry, TRUE);
    }
  if (self->column == HP_PLAN_COLUMN_COUNT || self->column == HP_PLAN_COLUMN_SALARY)
    gtk_entry_set_alignment (entry, 1.0f);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (entry_key_pressed_cb), self);
  gtk_widget_add_controller (self->entry, keys);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (entry_leave_cb), self);
  gtk_widget_add_controller (self->entry, focus);
  g_signal_connect_swapped (self->entry, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (entry_activate_cb), self);

  gtk_widget_set_visible (self->label, FALSE);
  gtk_widget_set_parent (self->entry, GTK_WIDGET (self));
  update_name (self);
  gtk_widget_grab_focus (self->entry);
  if (replace != NULL)
    {
      gtk_editable_set_position (GTK_EDITABLE (entry), -1);
      /* The character typed is a keystroke like any other. */
      entry_changed_cb (self, GTK_EDITABLE (entry));
    }
  else
    gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
}

gboolean
hp_plan_cell_begin_edit (HpPlanCell *self,
                         const char *replace)
{
  HpPlan *plan;

  g_return_val_if_fail (HP_IS_PLAN_CELL (self), FALSE);

  plan = self->table != NULL ? hp_plan_table_get_plan (self->table) : NULL;
  if (!hp_plan_cell_is_editable (self) || hp_plan_cell_is_editing (self) || plan == NULL)
    return FALSE;

  self->original = hp_position_field_to_text (plan, self->position, column_fields[self->column]);
  self->typed = FALSE;

  if (self->column == HP_PLAN_COLUMN_LEVEL || self->column == HP_PLAN_COLUMN_STATUS)
    begin_choices (self, replace);
  else
    begin_entry (self, replace);
  return TRUE;
}

static void
position_notify_cb (HpPlanCell *self)
{
  hp_plan_cell_refresh (self);
  if (self->column == HP_PLAN_COLUMN_TITLE || self->column == HP_PLAN_COLUMN_LEVEL)
    update_name (self);
}

static void
set_position (HpPlanCell *self,
              HpPosition *position)
{
  if (self->position == position)
    return;

  if (hp_plan_cell_is_editing (self))
    hp_plan_cell_cancel_edit (self);
  if (self->position != NULL)
    g_clear_signal_handler (&self->notify_id, self->position);
  g_set_object (&self->position, position);
  if (position != NULL)
    self->notify_id = g_signal_connect_object (position, "notify", G_CALLBACK (position_notify_cb), self,
                                               G_CONNECT_SWAPPED);
  set_error (self, NULL);
  hp_plan_cell_refresh (self);
  update_name (self);
  hp_plan_cell_update_warning (self);
}

static void
set_row (HpPlanCell *self,
         guint       row)
{
  self->row = row;
  hp_plan_cell_set_cursor (self, self->table != NULL && hp_plan_table_is_cursor (self->table, row, self->column));
}

static void
hp_plan_cell_root (GtkWidget *widget)
{
  HpPlanCell *self = HP_PLAN_CELL (widget);

  GTK_WIDGET_CLASS (hp_plan_cell_parent_class)->root (widget);

  self->table = HP_PLAN_TABLE (gtk_widget_get_ancestor (widget, HP_TYPE_PLAN_TABLE));
  if (self->table != NULL)
    {
      hp_plan_table_add_cell (self->table, self);
      hp_plan_cell_refresh (self);
      update_name (self);
      hp_plan_cell_update_warning (self);
      set_row (self, self->row);
    }
}

static void
hp_plan_cell_unroot (GtkWidget *widget)
{
  HpPlanCell *self = HP_PLAN_CELL (widget);

  if (hp_plan_cell_is_editing (self))
    end_edit (self, 0, 0, FALSE);
  if (self->table != NULL)
    hp_plan_table_remove_cell (self->table, self);
  self->table = NULL;

  GTK_WIDGET_CLASS (hp_plan_cell_parent_class)->unroot (widget);
}

static void
hp_plan_cell_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  HpPlanCell *self = HP_PLAN_CELL (widget);
  int min = 0, nat = 0;

  gtk_widget_measure (self->label, orientation, for_size, &min, &nat, NULL, NULL);
  if (self->warning != NULL && gtk_widget_get_visible (self->warning))
    {
      int wmin, wnat;

      gtk_widget_measure (self->warning, orientation, -1, &wmin, &wnat, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          min += wmin + WARNING_SPACING;
          nat += wnat + WARNING_SPACING;
        }
      else
        {
          min = MAX (min, wmin);
          nat = MAX (nat, wnat);
        }
    }
  if (self->entry != NULL)
    {
      int emin, enat;

      gtk_widget_measure (self->entry, orientation, for_size, &emin, &enat, NULL, NULL);
      /* The editor fits the column; the row may grow to its height. */
      if (orientation == GTK_ORIENTATION_VERTICAL)
        {
          min = MAX (min, emin);
          nat = MAX (nat, enat);
        }
    }
  *minimum = min;
  *natural = nat;
}

static void
hp_plan_cell_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  HpPlanCell *self = HP_PLAN_CELL (widget);
  int start = 0;

  /* The warning first, the text beside it. */
  if (self->warning != NULL && gtk_widget_get_visible (self->warning))
    {
      int icon = 0;

      gtk_widget_measure (self->warning, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &icon, NULL, NULL);
      icon = MIN (icon, width);
      gtk_widget_allocate (self->warning, icon, height, -1,
                           gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL
                             ? gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (width - icon, 0))
                             : NULL);
      start = MIN (icon + WARNING_SPACING, width);
    }
  gtk_widget_allocate (self->label, width - start, height, baseline,
                       start > 0 && gtk_widget_get_direction (widget) != GTK_TEXT_DIR_RTL
                         ? gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (start, 0))
                         : NULL);
  if (self->entry != NULL)
    gtk_widget_allocate (self->entry, width, height, baseline, NULL);
  if (self->choices != NULL)
    gtk_popover_present (GTK_POPOVER (self->choices));
}

static void
hp_plan_cell_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HpPlanCell *self = HP_PLAN_CELL (object);

  switch (prop_id)
    {
    case PROP_COLUMN: g_value_set_enum (value, self->column); break;
    case PROP_POSITION: g_value_set_object (value, self->position); break;
    case PROP_ROW: g_value_set_uint (value, self->row); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_plan_cell_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HpPlanCell *self = HP_PLAN_CELL (object);

  switch (prop_id)
    {
    case PROP_COLUMN:
      self->column = g_value_get_enum (value);
      hp_cell_text_set_xalign (HP_CELL_TEXT (self->label),
                               self->column == HP_PLAN_COLUMN_COUNT || self->column == HP_PLAN_COLUMN_SALARY ||
                               self->column == HP_PLAN_COLUMN_PERIOD_COST ? 1.0f : 0.0f);
      /* In a narrow window the title stays readable; the table scrolls. */
      if (self->column == HP_PLAN_COLUMN_TITLE)
        {
          hp_cell_text_set_width_chars (HP_CELL_TEXT (self->label), 18);
          gtk_widget_set_has_tooltip (self->label, TRUE);
          g_signal_connect (self->label, "query-tooltip", G_CALLBACK (title_query_tooltip_cb), self);
        }
      if (self->column == HP_PLAN_COLUMN_LEVEL)
        {
          gtk_widget_add_css_class (self->label, "hp-level-pill");
          gtk_widget_set_halign (self->label, GTK_ALIGN_START);
        }
      if (self->column == HP_PLAN_COLUMN_COUNT || self->column == HP_PLAN_COLUMN_SALARY ||
          self->column == HP_PLAN_COLUMN_PERIOD_COST)
        gtk_widget_add_css_class (self->label, "numeric");
      break;
    case PROP_POSITION:
      g_return_if_fail (g_value_get_object (value) == NULL || HP_IS_POSITION (g_value_get_object (value)));
      set_position (self, g_value_get_object (value));
      break;
    case PROP_ROW: set_row (self, g_value_get_uint (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_plan_cell_dispose (GObject *object)
{
  HpPlanCell *self = HP_PLAN_CELL (object);

  g_clear_handle_id (&self->leave_source, g_source_remove);
  if (self->position != NULL)
    g_clear_signal_handler (&self->notify_id, self->position);
  g_clear_object (&self->position);
  g_clear_pointer (&self->entry, gtk_widget_unparent);
  g_clear_pointer (&self->choices, gtk_widget_unparent);
  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_pointer (&self->warning, gtk_widget_unparent);
  g_clear_pointer (&self->original, g_free);

  G_OBJECT_CLASS (hp_plan_cell_parent_class)->dispose (object);
}

static void
hp_plan_cell_class_init (HpPlanCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_plan_cell_dispose;
  object_class->get_property = hp_plan_cell_get_property;
  object_class->set_property = hp_plan_cell_set_property;
  widget_class->root = hp_plan_cell_root;
  widget_class->unroot = hp_plan_cell_unroot;
  widget_class->measure = hp_plan_cell_measure;
  widget_class->size_allocate = hp_plan_cell_size_allocate;

  properties[PROP_COLUMN] =
    g_param_spec_enum ("column", NULL, NULL, HP_TYPE_PLAN_COLUMN, HP_PLAN_COLUMN_TITLE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_object ("position", NULL, NULL, G_TYPE_OBJECT, /* a list item's, from <lookup> */
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROW] =
    g_param_spec_uint ("row", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "plancell");
}

static void
hp_plan_cell_init (HpPlanCell *self)
{
  self->label = hp_cell_text_new ();
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
}

HpPosition *
hp_plan_cell_get_position (HpPlanCell *self)
{
  g_return_val_if_fail (HP_IS_PLAN_CELL (self), NULL);
  return self->position;
}

guint
hp_plan_cell_get_row (HpPlanCell *self)
{
  g_return_val_if_fail (HP_IS_PLAN_CELL (self), 0);
  return self->row;
}

HpPlanColumn
hp_plan_cell_get_column (HpPlanCell *self)
{
  g_return_val_if_fail (HP_IS_PLAN_CELL (self), 0);
  return self->column;
}

gboolean
hp_plan_cell_is_editable (HpPlanCell *self)
{
  g_return_val_if_fail (HP_IS_PLAN_CELL (self), FALSE);
  return self->position != NULL && self->column != HP_PLAN_COLUMN_PERIOD_COST;
}

gboolean
hp_plan_cell_is_editing (HpPlanCell *self)
{
  g_return_val_if_fail (HP_IS_PLAN_CELL (self), FALSE);
  return self->entry != NULL || self->choices != NULL;
}

void
hp_plan_cell_set_cursor (HpPlanCell *self,
                         gboolean    cursor)
{
  g_return_if_fail (HP_IS_PLAN_CELL (self));

  if (cursor)
    gtk_widget_add_css_class (GTK_WIDGET (self), "cursor");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "cursor");
}
