/* hp-plan-table.c
 *
 * The positions of a plan as a sheet: one column per field (declared in
 * ui/hp-plan-table.ui), each cell a label until it is edited.  The table
 * keeps a cell cursor and answers the keyboard as a spreadsheet does:
 * the arrows, Page Up/Down, Home/End and Ctrl+Home/End move the cursor
 * (Shift extends the selection of rows), Enter, F2, a double click or a
 * typed character edit the cell, and Enter, Tab and Shift+Tab commit and
 * move on.  It shows and dispatches: what a typed value means is the
 * core's (hp-position-input.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-table"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-plan-table-private.h"

#define DEFAULT_ROW_HEIGHT 34

struct _HpPlanTable
{
  GtkWidget          parent_instance;

  HpPlan            *plan;
  HpCatalog         *catalog;
  GtkMultiSelection *selection;
  gulong             settings_changed_id;

  GPtrArray         *cells;         /* every cell rooted in the table */
  GHashTable        *warnings;      /* position id → CellWarnings */
  guint              cursor_row;
  HpPlanColumn       cursor_column;
  guint              anchor_row;    /* where a Shift selection starts */
  HpPlanCell        *editing;       /* the cell being edited, if any */
  gboolean           focus_on_map;

  /* A cell to reach once its row is built (a scroll away). */
  gboolean           pending_edit;
  guint              pending_tick;
  guint              pending_frames;

  GtkScrolledWindow *scroller;
  GtkColumnView     *view;
  GtkWidget         *list;          /* the list view inside the column view */
};

G_DEFINE_FINAL_TYPE (HpPlanTable, hp_plan_table, GTK_TYPE_WIDGET)

/* The warnings of one position, by the cell they are about. */
typedef struct
{
  GString *messages[HP_N_PLAN_COLUMNS];
} CellWarnings;

static void
cell_warnings_free (gpointer data)
{
  CellWarnings *w = data;

  for (guint i = 0; i < HP_N_PLAN_COLUMNS; i++)
    if (w->messages[i] != NULL)
      g_string_free (w->messages[i], TRUE);
  g_free (w);
}

static HpPlanColumn
warning_column (HpWarningKind kind)
{
  switch (kind)
    {
    case HP_WARNING_OUTSIDE_PERIOD:       return HP_PLAN_COLUMN_START;
    case HP_WARNING_SALARY_OUTSIDE_BAND:  return HP_PLAN_COLUMN_SALARY;
    case HP_WARNING_END_BEFORE_START:     return HP_PLAN_COLUMN_END;
    case HP_WARNING_MENTORING_RATIO:      return HP_PLAN_COLUMN_LEVEL;
    case HP_WARNING_OVER_BUDGET:
    case HP_WARNING_UNKNOWN_ROLE:
    default:                              return HP_PLAN_COLUMN_TITLE;
    }
}

enum {
  INVALID_INPUT,
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
n_rows (HpPlanTable *self)
{
  return self->plan != NULL ? hp_plan_get_n_positions (self->plan) : 0;
}

static HpPlanCell *
find_cell (HpPlanTable  *self,
           guint         row,
           HpPlanColumn  column)
{
  for (guint i = 0; i < self->cells->len; i++)
    {
      HpPlanCell *cell = g_ptr_array_index (self->cells, i);

      if (hp_plan_cell_get_column (cell) == column && hp_plan_cell_get_row (cell) == row &&
          hp_plan_cell_get_position (cell) != NULL)
        return cell;
    }
  return NULL;
}

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_list_view (child);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
scroll_to_row (HpPlanTable *self,
               guint        row)
{
  /* GTK 4.8's column view has no scroll_to(); its inner list view does. */
  GtkWidget *list = self->list;

  if (list != NULL && row < n_rows (self))
    gtk_widget_activate_action (list, "list.scroll-to-item", "u", row);
}

static gboolean
is_in_sight (HpPlanTable *self,
             HpPlanCell  *cell)
{
  GtkWidget *list = self->list;
  graphene_rect_t bounds;

  if (cell == NULL || list == NULL || !gtk_widget_get_mapped (GTK_WIDGET (cell)) ||
      !gtk_widget_compute_bounds (GTK_WIDGET (cell), list, &bounds))
    return FALSE;
  return bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (list);
}

/* The cursor's cell may be further than the rows built: reach it once the
 * scroll has built them, a few frames at most. */
static gboolean
pending_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  HpPlanTable *self = HP_PLAN_TABLE (widget);
  HpPlanCell *cell = find_cell (self, self->cursor_row, self->cursor_column);

  if (cell != NULL && gtk_widget_get_mapped (GTK_WIDGET (cell)))
    {
      if (self->pending_edit && hp_plan_cell_begin_edit (cell, NULL))
        self->editing = cell;
      self->pending_edit = FALSE;
      self->pending_tick = 0;
      return G_SOURCE_REMOVE;
    }

  if (++self->pending_frames < 30)
    return G_SOURCE_CONTINUE;

  self->pending_edit = FALSE;
  self->pending_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
set_cursor (HpPlanTable  *self,
            guint         row,
            HpPlanColumn  column)
{
  HpPlanCell *old = find_cell (self, self->cursor_row, self->cursor_column);
  HpPlanCell *cell;

  if (old != NULL)
    hp_plan_cell_set_cursor (old, FALSE);

  self->cursor_row = MIN (row, n_rows (self) > 0 ? n_rows (self) - 1 : 0);
  self->cursor_column = MIN (column, HP_N_PLAN_COLUMNS - 1);

  cell = find_cell (self, self->cursor_row, self->cursor_column);
  if (cell != NULL)
    hp_plan_cell_set_cursor (cell, TRUE);
  /* Scrolling lays out every row built again: only when the row is not
   * wholly in sight already. */
  if (!is_in_sight (self, cell))
    scroll_to_row (self, self->cursor_row);
}

/* The cursor to @row, the selection with it: that row alone, or with
 * @extend the rows from the anchor. */
static void
move_to_row (HpPlanTable *self,
             int          row,
             gboolean     extend,
             gboolean     keep_selection)
{
  guint n = n_rows (self);
  guint target;

  if (n == 0)
    return;

  target = (guint) CLAMP (row, 0, (int) n - 1);
  set_cursor (self, target, self->cursor_column);

  if (keep_selection)
    return;
  if (extend)
    {
      guint first = MIN (self->anchor_row, target), last = MAX (self->anchor_row, target);
      gtk_selection_model_select_range (GTK_SELECTION_MODEL (self->selection), first, last - first + 1, TRUE);
    }
  else
    {
      self->anchor_row = target;
      gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), target, TRUE);
    }
}

static int
rows_per_page (HpPlanTable *self)
{
  HpPlanCell *cell = find_cell (self, self->cursor_row, self->cursor_column);
  int row_height = DEFAULT_ROW_HEIGHT;
  int height = gtk_widget_get_height (GTK_WIDGET (self->scroller));

  if (cell != NULL && gtk_widget_get_parent (GTK_WIDGET (cell)) != NULL)
    row_height = MAX (gtk_widget_get_height (gtk_widget_get_parent (GTK_WIDGET (cell))), 16);
  return MAX (1, height / row_height - 1);
}

static gboolean
begin_edit (HpPlanTable *self,
            const char  *replace)
{
  HpPlanCell *cell = find_cell (self, self->cursor_row, self->cursor_column);

  if (cell == NULL || !hp_plan_cell_is_editable (cell))
    return FALSE;
  if (!hp_plan_cell_begin_edit (cell, replace))
    return FALSE;
  self->editing = cell;
  return TRUE;
}

static gboolean
key_pressed_cb (HpPlanTable           *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean ctrl = (state & GDK_CONTROL_MASK) != 0;
  gunichar c;

  if (self->editing != NULL || n_rows (self) == 0 || (state & GDK_ALT_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_to_row (self, (int) self->cursor_row - 1, shift, ctrl);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_to_row (self, (int) self->cursor_row + 1, shift, ctrl);
      return TRUE;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      move_to_row (self, (int) self->cursor_row - rows_per_page (self), shift, ctrl);
      return TRUE;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      move_to_row (self, (int) self->cursor_row + rows_per_page (self), shift, ctrl);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      if (ctrl)
        move_to_row (self, 0, shift, FALSE);
      else
        set_cursor (self, self->cursor_row, 0);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      if (ctrl)
        move_to_row (self, (int) n_rows (self) - 1, shift, FALSE);
      else
        set_cursor (self, self->cursor_row, HP_N_PLAN_COLUMNS - 1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (self->cursor_column > 0)
        set_cursor (self, self->cursor_row, self->cursor_column - 1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      set_cursor (self, self->cursor_row, self->cursor_column + 1);
      return TRUE;
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      if (ctrl)
        return FALSE; /* Ctrl+Tab leaves the table */
      if (shift || keyval == GDK_KEY_ISO_Left_Tab)
        {
          if (self->cursor_column > 0)
            set_cursor (self, self->cursor_row, self->cursor_column - 1);
        }
      else
        set_cursor (self, self->cursor_row, self->cursor_column + 1);
      return TRUE;
    case GDK_KEY_space:
      if (ctrl)
        {
          if (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), self->cursor_row))
            gtk_selection_model_unselect_item (GTK_SELECTION_MODEL (self->selection), self->cursor_row);
          else
            gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), self->cursor_row, FALSE);
          return TRUE;
        }
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_F2:
      begin_edit (self, NULL);
      return TRUE;
    default:
      break;
    }

  if (ctrl)
    return FALSE;
  c = gdk_keyval_to_unicode (keyval);
  if (c != 0 && g_unichar_isgraph (c))
    {
      char text[8] = { 0 };

      g_unichar_to_utf8 (c, text);
      return begin_edit (self, text);
    }

  return FALSE;
}

static HpPlanCell *
cell_at (HpPlanTable *self,
         double       x,
         double       y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  for (; picked != NULL && picked != GTK_WIDGET (self); picked = gtk_widget_get_parent (picked))
    if (HP_IS_PLAN_CELL (picked))
      return HP_PLAN_CELL (picked);
  return NULL;
}

/* A click puts the cursor on the cell (the list view selects the row); a
 * double click edits it. */
static void
click_pressed_cb (HpPlanTable     *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *gesture)
{
  HpPlanCell *cell = cell_at (self, x, y);

  if (cell == NULL || hp_plan_cell_is_editing (cell))
    return;

  set_cursor (self, hp_plan_cell_get_row (cell), hp_plan_cell_get_column (cell));
  if (!(gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture)) & GDK_SHIFT_MASK))
    self->anchor_row = hp_plan_cell_get_row (cell);
  if (n_press == 2)
    begin_edit (self, NULL);
}

static void
selection_changed_cb (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      HpPlanTable       *self)
{
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void
settings_changed_cb (HpPlanTable *self)
{
  for (guint i = 0; i < self->cells->len; i++)
    hp_plan_cell_refresh (g_ptr_array_index (self->cells, i));
}

/* A cell about to lose its row must not keep the keyboard focus: GTK 4.8
 * trips over a focus widget whose list item is torn down. */
static void
release_focus (HpPlanTable *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus;

  if (self->editing != NULL)
    hp_plan_cell_cancel_edit (self->editing);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
positions_items_changed_cb (HpPlanTable *self,
                            guint        position,
                            guint        removed,
                            guint        added,
                            GListModel  *model)
{
  if (removed > 0)
    release_focus (self);
  if (self->cursor_row >= n_rows (self) && n_rows (self) > 0)
    set_cursor (self, n_rows (self) - 1, self->cursor_column);
}

static void
hp_plan_table_map (GtkWidget *widget)
{
  HpPlanTable *self = HP_PLAN_TABLE (widget);

  GTK_WIDGET_CLASS (hp_plan_table_parent_class)->map (widget);

  if (self->focus_on_map)
    {
      self->focus_on_map = FALSE;
      gtk_widget_grab_focus (widget);
    }
}

static void
hp_plan_table_dispose (GObject *object)
{
  HpPlanTable *self = HP_PLAN_TABLE (object);

  if (self->view != NULL)
    gtk_column_view_set_model (self->view, NULL);
  if (self->pending_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->pending_tick);
  self->pending_tick = 0;
  if (self->plan != NULL)
    {
      g_clear_signal_handler (&self->settings_changed_id, self->plan);
      g_signal_handlers_disconnect_by_func (hp_plan_get_positions (self->plan), positions_items_changed_cb, self);
    }

  self->list = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_PLAN_TABLE);
  g_clear_object (&self->selection);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (hp_plan_table_parent_class)->dispose (object);
}

static void
hp_plan_table_finalize (GObject *object)
{
  HpPlanTable *self = HP_PLAN_TABLE (object);

  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_hash_table_unref);

  G_OBJECT_CLASS (hp_plan_table_parent_class)->finalize (object);
}

static void
hp_plan_table_class_init (HpPlanTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_plan_table_dispose;
  object_class->finalize = hp_plan_table_finalize;
  widget_class->map = hp_plan_table_map;

  /**
   * HpPlanTable::invalid-input:
   * @message: (nullable): what was refused and why, or %NULL once corrected
   */
  signals[INVALID_INPUT] = g_signal_new ("invalid-input", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (HP_TYPE_PLAN_CELL);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hiringplanner/HiringPlanner/hp-plan-table.ui");
  gtk_widget_class_bind_template_child (widget_class, HpPlanTable, scroller);
  gtk_widget_class_bind_template_child (widget_class, HpPlanTable, view);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "plantable");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
hp_plan_table_init (HpPlanTable *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->cells = g_ptr_array_new ();
  self->warnings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cell_warnings_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->list = find_list_view (GTK_WIDGET (self->view));

  /* Before the cells and the list view: the sheet's keys are the table's. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

/* Private: for the cells */

HpPlan *
hp_plan_table_get_plan (HpPlanTable *self)
{
  g_return_val_if_fail (HP_IS_PLAN_TABLE (self), NULL);
  return self->plan;
}

HpCatalog *
hp_plan_table_get_catalog (HpPlanTable *self)
{
  g_return_val_if_fail (HP_IS_PLAN_TABLE (self), NULL);
  return self->catalog;
}

void
hp_plan_table_add_cell (HpPlanTable *self,
                        HpPlanCell  *cell)
{
  g_return_if_fail (HP_IS_PLAN_TABLE (self));
  g_ptr_array_add (self->cells, cell);
}

void
hp_plan_table_remove_cell (HpPlanTable *self,
                           HpPlanCell  *cell)
{
  g_return_if_fail (HP_IS_PLAN_TABLE (self));
  if (self->editing == cell)
    self->editing = NULL;
  if (self->cells != NULL)
    g_ptr_array_remove_fast (self->cells, cell);
}

gboolean
hp_plan_table_is_cursor (HpPlanTable  *self,
                         guint         row,
                         HpPlanColumn  column)
{
  g_return_val_if_fail (HP_IS_PLAN_TABLE (self), FALSE);
  return self->plan != NULL && row == self->cursor_row && column == self->cursor_column;
}

void
hp_plan_table_edit_done (HpPlanTable *self,
                         HpPlanCell  *cell,
                         int          dx,
                         int          dy,
                         gboolean     refocus)
{
  int column;

  g_return_if_fail (HP_IS_PLAN_TABLE (self));

  if (self->editing == cell)
    self->editing = NULL;
  if (refocus)
    gtk_widget_grab_focus (GTK_WIDGET (self));

  column = CLAMP ((int) self->cursor_column + dx, 0, HP_N_PLAN_COLUMNS - 1);
  set_cursor (self, self->cursor_row, (HpPlanColumn) column);
  if (dy != 0)
    move_to_row (self, (int) self->cursor_row + dy, FALSE, FALSE);
}

const char *
hp_plan_table_get_warning (HpPlanTable  *self,
                           HpPosition   *position,
                           HpPlanColumn  column)
{
  CellWarnings *w;

  g_return_val_if_fail (HP_IS_PLAN_TABLE (self), NULL);
  g_return_val_if_fail (column < HP_N_PLAN_COLUMNS, NULL);

  if (position == NULL || g_hash_table_size (self->warnings) == 0)
    return NULL;
  w = g_hash_table_lookup (self->warnings, hp_position_get_id (position));
  return w != NULL && w->messages[column] != NULL ? w->messages[column]->str : NULL;
}

void
hp_plan_table_report (HpPlanTable *self,
                      const char  *message)
{
  g_return_if_fail (HP_IS_PLAN_TABLE (self));
  g_signal_emit (self, signals[INVALID_INPUT], 0, message);
}

/* Public */

void
hp_plan_table_set_plan (HpPlanTable *self,
                        HpPlan      *plan)
{
  g_return_if_fail (HP_IS_PLAN_TABLE (self));
  g_return_if_fail (HP_IS_PLAN (plan));

  release_focus (self);
  gtk_column_view_set_model (self->view, NULL);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
  g_clear_object (&self->selection);
  if (self->plan != NULL)
    {
      g_clear_signal_handler (&self->settings_changed_id, self->plan);
      g_signal_handlers_disconnect_by_func (hp_plan_get_positions (self->plan), positions_items_changed_cb, self);
    }

  g_set_object (&self->plan, plan);
  self->cursor_row = 0;
  self->cursor_column = HP_PLAN_COLUMN_TITLE;
  self->anchor_row = 0;

  /* Before the view hears of it: a removed row must not hold the focus. */
  g_signal_connect_object (hp_plan_get_positions (plan), "items-changed",
                           G_CALLBACK (positions_items_changed_cb), self, G_CONNECT_SWAPPED);
  self->settings_changed_id = g_signal_connect_swapped (plan, "settings-changed",
                                                        G_CALLBACK (settings_changed_cb), self);
  self->selection = gtk_multi_selection_new (g_object_ref (hp_plan_get_positions (plan)));
  g_signal_connect (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  if (n_rows (self) > 0)
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), 0, TRUE);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

void
hp_plan_table_set_catalog (HpPlanTable *self,
                           HpCatalog   *catalog)
{
  g_return_if_fail (HP_IS_PLAN_TABLE (self));
  g_set_object (&self->catalog, catalog);
}

GPtrArray *
hp_plan_table_get_selected_positions (HpPlanTable *self)
{
  GPtrArray *positions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint index;

  g_return_val_if_fail (HP_IS_PLAN_TABLE (self), positions);

  if (self->selection == NULL)
    return positions;

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &index); ok;
       ok = gtk_bitset_iter_next (&iter, &index))
    g_ptr_array_add (positions, g_list_model_get_item (G_LIST_MODEL (self->selection), index));

  return positions;
}

guint
hp_plan_table_get_n_selected (HpPlanTable *self)
{
  g_autoptr(GtkBitset) selected = NULL;

  g_return_val_if_fail (HP_IS_PLAN_TABLE (self), 0);

  if (self->selection == NULL)
    return 0;

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  return (guint) gtk_bitset_get_size (selected);
}

HpPosition *
hp_plan_table_get_cursor_position (HpPlanTable *self)
{
  g_return_val_if_fail (HP_IS_PLAN_TABLE (self), NULL);

  if (self->plan == NULL || self->cursor_row >= n_rows (self))
    return NULL;
  return hp_plan_get_position (self->plan, self->cursor_row);
}

void
hp_plan_table_select_position (HpPlanTable *self,
                               const char  *position_id)
{
  guint index;

  g_return_if_fail (HP_IS_PLAN_TABLE (self));

  if (self->plan == NULL || hp_plan_find_position (self->plan, position_id, &index) == NULL)
    return;

  self->anchor_row = index;
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), index, TRUE);
  set_cursor (self, index, self->cursor_column);
}

/* Selects the position and edits its count, so that a position just added
 * can be adjusted at once. */
void
hp_plan_table_focus_count (HpPlanTable *self,
                           const char  *position_id)
{
  g_return_if_fail (HP_IS_PLAN_TABLE (self));

  if (self->editing != NULL)
    hp_plan_cell_cancel_edit (self->editing);
  self->cursor_column = HP_PLAN_COLUMN_COUNT;
  hp_plan_table_select_position (self, position_id);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->pending_edit = TRUE;
  self->pending_frames = 0;
  if (self->pending_tick == 0)
    self->pending_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), pending_tick_cb, NULL, NULL);
}

/* The keyboard in the table, on the cursor's row (the first when a plan
 * opens). */
void
hp_plan_table_focus (HpPlanTable *self)
{
  g_return_if_fail (HP_IS_PLAN_TABLE (self));

  /* A plan opens before its page is shown: the focus waits for the map. */
  self->focus_on_map = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (!self->focus_on_map)
    gtk_widget_grab_focus (GTK_WIDGET (self));
  set_cursor (self, self->cursor_row, self->cursor_column);
}

/* Kept by position: the cells of the rows built ask for theirs when they
 * are bound, so a warning costs nothing for the rows not shown. */
void
hp_plan_table_set_warnings (HpPlanTable     *self,
                            const HpSummary *summary)
{
  gboolean had;

  g_return_if_fail (HP_IS_PLAN_TABLE (self));

  had = g_hash_table_size (self->warnings) > 0;
  g_hash_table_remove_all (self->warnings);
  for (guint i = 0; summary != NULL && i < summary->warnings->len; i++)
    {
      const HpWarning *warning = g_ptr_array_index (summary->warnings, i);
      HpPlanColumn column;
      CellWarnings *w;

      if (warning->position_id == NULL)
        continue;
      w = g_hash_table_lookup (self->warnings, warning->position_id);
      if (w == NULL)
        {
          w = g_new0 (CellWarnings, 1);
          g_hash_table_insert (self->warnings, g_strdup (warning->position_id), w);
        }
      column = warning_column (warning->kind);
      if (w->messages[column] == NULL)
        w->messages[column] = g_string_new (warning->message);
      else
        g_string_append_printf (w->messages[column], "\n%s", warning->message);
    }

  if (!had && g_hash_table_size (self->warnings) == 0)
    return;
  for (guint i = 0; i < self->cells->len; i++)
    hp_plan_cell_update_warning (g_ptr_array_index (self->cells, i));
}
