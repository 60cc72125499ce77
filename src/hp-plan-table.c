/* hp-plan-table.c
 *
 * One column per field.  Each cell binds its widget to a position: the
 * widget shows the position's value, and a change the user makes goes back
 * through hp_plan_edit_position() so that it can be undone.  Input that is
 * not valid is refused with its reason and never stored.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-table"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-catalog.h"
#include "hp-money.h"
#include "hp-month-picker.h"
#include "hp-plan-table.h"
#include "hp-summary.h"
#include "hp-ui-util.h"

typedef enum
{
  CELL_TITLE,
  CELL_LEVEL,
  CELL_COUNT,
  CELL_START,
  CELL_END,
  CELL_LOCATION,
  CELL_KIND,
  CELL_STATUS,
  CELL_SALARY,
  CELL_MONTHLY,
  CELL_PERIOD,
  N_CELLS
} CellKind;

typedef struct
{
  const char *title;
  int         width;
  gboolean    expand;
} ColumnInfo;

static const ColumnInfo columns[N_CELLS] = {
  [CELL_TITLE]    = { N_("Position"), 210, TRUE },
  [CELL_LEVEL]    = { N_("Level"), 120, FALSE },
  [CELL_COUNT]    = { N_("Count"), 136, FALSE },
  [CELL_START]    = { N_("Start"), 96, FALSE },
  [CELL_END]      = { N_("End"), 96, FALSE },
  [CELL_LOCATION] = { N_("Location"), 120, FALSE },
  [CELL_KIND]     = { N_("Kind"), 110, FALSE },
  [CELL_STATUS]   = { N_("Status"), 120, FALSE },
  [CELL_SALARY]   = { N_("Annual Salary"), 136, FALSE },
  [CELL_MONTHLY]  = { N_("Monthly per Head"), 136, FALSE },
  [CELL_PERIOD]   = { N_("Period Cost"), 136, FALSE },
};

struct _HpPlanTable
{
  GtkWidget          parent_instance;

  GPtrArray         *count_cells;  /* the Cell of every count widget, for focusing */
  char              *focus_id;     /* a position whose count is to take the focus */
  guint              focus_source;

  HpPlan            *plan;
  HpCatalog         *catalog;
  GtkMultiSelection *selection;

  GtkScrolledWindow *scroller;
  GtkColumnView     *view;
};

G_DEFINE_FINAL_TYPE (HpPlanTable, hp_plan_table, GTK_TYPE_WIDGET)

enum {
  INVALID_INPUT,
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  HpPlanTable *table;
  CellKind     kind;
  GtkWidget   *widget;
  HpPosition  *position;
  gulong       position_notify_id;
  HpPlan      *plan;     /* while bound, for the plan-wide settings */
  gulong       settings_changed_id;
  gboolean     updating;
  gboolean     typing;   /* a keystroke is being applied: leave the text alone */
} Cell;

static void
cell_free (Cell *cell)
{
  if (cell->kind == CELL_COUNT && cell->table->count_cells != NULL)
    g_ptr_array_remove_fast (cell->table->count_cells, cell);
  g_assert (cell->position == NULL);
  g_assert (cell->plan == NULL);
  g_free (cell);
}

static GtkStringList *
string_list_for (CellKind kind)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  switch (kind)
    {
    case CELL_LEVEL:
      for (guint i = 0; i < HP_N_LEVELS; i++)
        gtk_string_list_append (list, hp_level_display_name (i));
      break;
    case CELL_KIND:
      for (guint i = 0; i < HP_N_POSITION_KINDS; i++)
        gtk_string_list_append (list, hp_position_kind_display_name (i));
      break;
    case CELL_STATUS:
      for (guint i = 0; i < HP_N_POSITION_STATUSES; i++)
        gtk_string_list_append (list, hp_position_status_display_name (i));
      break;
    default:
      g_assert_not_reached ();
    }

  return list;
}

static void
set_cell_error (Cell       *cell,
                const char *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (cell->widget, "error");
      gtk_widget_set_tooltip_text (cell->widget, message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell->widget),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (cell->widget, "error");
      gtk_widget_set_tooltip_text (cell->widget, NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (cell->widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
refuse (Cell       *cell,
        const char *message)
{
  g_autofree char *full = NULL;

  /* TRANSLATORS: "Start of Senior Back-End Engineer: “2027-13” is not a month…" */
  full = g_strdup_printf (_("%s of %s: %s"), g_dgettext (GETTEXT_PACKAGE, columns[cell->kind].title),
                          hp_position_get_title (cell->position), message);
  set_cell_error (cell, message);
  g_signal_emit (cell->table, signals[INVALID_INPUT], 0, full);
}

static char *
month_text (HpMonth month)
{
  return month == HP_MONTH_NONE ? g_strdup ("") : hp_month_to_string (month);
}

static void
update_cell (Cell *cell)
{
  HpPosition *p = cell->position;
  HpPlan *plan = cell->table->plan;
  g_autofree char *text = NULL;

  if (p == NULL || plan == NULL || cell->typing)
    return;

  cell->updating = TRUE;

  switch (cell->kind)
    {
    case CELL_TITLE:
      gtk_label_set_text (GTK_LABEL (cell->widget), hp_position_get_title (p));
      gtk_widget_set_tooltip_text (cell->widget, hp_position_get_title (p));
      break;
    case CELL_LEVEL:
      gtk_drop_down_set_selected (GTK_DROP_DOWN (cell->widget), hp_position_get_level (p));
      break;
    case CELL_KIND:
      gtk_drop_down_set_selected (GTK_DROP_DOWN (cell->widget), hp_position_get_kind (p));
      break;
    case CELL_STATUS:
      gtk_drop_down_set_selected (GTK_DROP_DOWN (cell->widget), hp_position_get_status (p));
      break;
    case CELL_COUNT:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (cell->widget), hp_position_get_count (p));
      break;
    case CELL_START:
      text = month_text (hp_position_get_start (p));
      gtk_editable_set_text (GTK_EDITABLE (cell->widget), text);
      break;
    case CELL_END:
      text = month_text (hp_position_get_end (p));
      gtk_editable_set_text (GTK_EDITABLE (cell->widget), text);
      break;
    case CELL_LOCATION:
      gtk_editable_set_text (GTK_EDITABLE (cell->widget), hp_position_get_location (p));
      break;
    case CELL_SALARY:
      text = hp_money_format (hp_position_get_annual_salary (p), hp_plan_get_currency (plan), HP_MONEY_FORMAT_DEFAULT);
      gtk_editable_set_text (GTK_EDITABLE (cell->widget), text);
      break;
    case CELL_MONTHLY:
      text = hp_money_format (hp_cost_monthly_per_head (hp_position_get_annual_salary (p),
                                                        hp_plan_get_overhead_bp (plan)),
                              hp_plan_get_currency (plan), HP_MONEY_FORMAT_DEFAULT);
      gtk_label_set_text (GTK_LABEL (cell->widget), text);
      break;
    case CELL_PERIOD:
      text = hp_money_format (hp_position_period_cost (p, hp_plan_get_start (plan), hp_plan_get_months (plan),
                                                       hp_plan_get_overhead_bp (plan)),
                              hp_plan_get_currency (plan), HP_MONEY_FORMAT_DEFAULT);
      gtk_label_set_text (GTK_LABEL (cell->widget), text);
      break;
    case N_CELLS:
    default:
      g_assert_not_reached ();
    }

  if (cell->kind != CELL_TITLE)
    set_cell_error (cell, NULL);

  cell->updating = FALSE;
}

/* Changing the level moves the position to the role of that level in the
 * same family, and carries the role's title and midpoint along when the
 * position still had the old role's. */
static void
commit_level (Cell    *cell,
              HpLevel  level)
{
  HpPlanTable *self = cell->table;
  HpPosition *p = cell->position;
  HpRole *old_role = self->catalog != NULL ? hp_catalog_lookup (self->catalog, hp_position_get_role_id (p)) : NULL;
  HpRole *new_role = NULL;

  if (old_role != NULL)
    new_role = hp_catalog_lookup_level (self->catalog, hp_role_get_family_id (old_role), level);

  if (new_role == NULL)
    {
      hp_plan_edit_position (self->plan, p, "level", (int) level, NULL);
      return;
    }

  hp_plan_edit_position (self->plan, p,
                         "level", (int) level,
                         "role-id", hp_role_get_id (new_role),
                         "title", g_str_equal (hp_position_get_title (p), hp_role_get_title (old_role))
                                    ? hp_role_get_title (new_role) : hp_position_get_title (p),
                         "annual-salary", hp_position_get_annual_salary (p) == hp_role_get_band_mid (old_role)
                                            ? hp_role_get_band_mid (new_role) : hp_position_get_annual_salary (p),
                         NULL);
}

static void
commit_month (Cell       *cell,
              const char *text)
{
  HpPosition *p = cell->position;
  g_autoptr(GError) error = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  HpMonth month = HP_MONTH_NONE;

  if (cell->kind == CELL_END && *stripped == '\0')
    {
      hp_plan_edit_position (cell->table->plan, p, "end", (int) HP_MONTH_NONE, NULL);
      set_cell_error (cell, NULL);
      return;
    }

  if (!hp_month_parse (stripped, &month, &error))
    {
      refuse (cell, error->message);
      return;
    }

  if (cell->kind == CELL_START)
    {
      if (hp_position_get_end (p) != HP_MONTH_NONE && month > hp_position_get_end (p))
        {
          g_autofree char *end = hp_month_to_string (hp_position_get_end (p));
          g_autofree char *message = g_strdup_printf (_("it would start after it ends (%s): change the end first"), end);
          refuse (cell, message);
          return;
        }
      hp_plan_edit_position (cell->table->plan, p, "start", (int) month, NULL);
    }
  else
    {
      if (month < hp_position_get_start (p))
        {
          g_autofree char *start = hp_month_to_string (hp_position_get_start (p));
          g_autofree char *message = g_strdup_printf (_("the end is before the start (%s)"), start);
          refuse (cell, message);
          return;
        }
      hp_plan_edit_position (cell->table->plan, p, "end", (int) month, NULL);
    }

  set_cell_error (cell, NULL);
  g_signal_emit (cell->table, signals[INVALID_INPUT], 0, NULL);
}

/* Every keystroke that leaves a valid value updates the plan at once, so
 * the totals follow the typing; what is not valid yet waits for Enter or
 * for the focus to leave, which say why it is refused. */
static void
entry_changed_cb (GtkEditable *editable,
                  Cell        *cell)
{
  HpPlan *plan = cell->table->plan;
  HpPosition *p = cell->position;
  const char *text;

  if (cell->updating || p == NULL)
    return;

  text = gtk_editable_get_text (editable);
  cell->typing = TRUE;

  switch (cell->kind)
    {
    case CELL_SALARY:
      {
        gint64 amount;
        if (hp_money_parse_input (text, hp_plan_get_currency (plan), &amount, NULL) && amount >= 0)
          hp_plan_type_position (plan, p, "annual-salary", amount, NULL);
      }
      break;

    case CELL_START:
      {
        HpMonth month;
        if (hp_month_parse (text, &month, NULL) &&
            (hp_position_get_end (p) == HP_MONTH_NONE || month <= hp_position_get_end (p)))
          hp_plan_type_position (plan, p, "start", (int) month, NULL);
      }
      break;

    case CELL_END:
      {
        HpMonth month;
        if (hp_month_parse (text, &month, NULL) && month >= hp_position_get_start (p))
          hp_plan_type_position (plan, p, "end", (int) month, NULL);
      }
      break;

    case CELL_LOCATION:
      {
        g_autofree char *stripped = g_strstrip (g_strdup (text));
        hp_plan_type_position (plan, p, "location", stripped, NULL);
      }
      break;

    case CELL_COUNT:
      {
        g_autofree char *stripped = g_strstrip (g_strdup (text));
        char *end = NULL;
        guint64 count = g_ascii_strtoull (stripped, &end, 10);

        if (*stripped != '\0' && end != NULL && *end == '\0' && count >= 1 && count <= HP_POSITION_MAX_COUNT)
          hp_plan_type_position (plan, p, "count", (guint) count, NULL);
      }
      break;

    default:
      break;
    }

  cell->typing = FALSE;
}

static void
commit_entry (Cell *cell)
{
  const char *text;

  if (cell->updating || cell->position == NULL)
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (cell->widget));

  switch (cell->kind)
    {
    case CELL_START:
    case CELL_END:
      commit_month (cell, text);
      break;

    case CELL_LOCATION:
      {
        g_autofree char *stripped = g_strstrip (g_strdup (text));
        hp_plan_edit_position (cell->table->plan, cell->position, "location", stripped, NULL);
      }
      break;

    case CELL_SALARY:
      {
        g_autoptr(GError) error = NULL;
        gint64 amount = 0;

        if (!hp_money_parse_input (text, hp_plan_get_currency (cell->table->plan), &amount, &error))
          {
            refuse (cell, error->message);
            return;
          }
        if (amount < 0)
          {
            refuse (cell, _("a salary cannot be negative"));
            return;
          }
        hp_plan_edit_position (cell->table->plan, cell->position, "annual-salary", amount, NULL);
        /* Show it in its canonical form even when the value is unchanged. */
        update_cell (cell);
        g_signal_emit (cell->table, signals[INVALID_INPUT], 0, NULL);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
entry_activate_cb (GtkEntry *entry,
                   Cell     *cell)
{
  commit_entry (cell);
}

static void
entry_focus_leave_cb (GtkEventControllerFocus *controller,
                      Cell                    *cell)
{
  commit_entry (cell);
}

static void
drop_down_selected_cb (GtkDropDown *drop_down,
                       GParamSpec  *pspec,
                       Cell        *cell)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (cell->updating || cell->position == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  switch (cell->kind)
    {
    case CELL_LEVEL:
      if ((HpLevel) selected != hp_position_get_level (cell->position))
        commit_level (cell, (HpLevel) selected);
      break;
    case CELL_KIND:
      hp_plan_edit_position (cell->table->plan, cell->position, "kind", (int) selected, NULL);
      break;
    case CELL_STATUS:
      hp_plan_edit_position (cell->table->plan, cell->position, "status", (int) selected, NULL);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
spin_value_changed_cb (GtkSpinButton *spin,
                       Cell          *cell)
{
  if (cell->updating || cell->position == NULL)
    return;

  hp_plan_type_position (cell->table->plan, cell->position,
                         "count", (guint) gtk_spin_button_get_value_as_int (spin), NULL);
}

static GtkWidget *
create_cell_widget (Cell *cell)
{
  GtkWidget *widget = NULL;

  switch (cell->kind)
    {
    case CELL_TITLE:
      widget = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (widget), 0.0f);
      gtk_label_set_ellipsize (GTK_LABEL (widget), PANGO_ELLIPSIZE_END);
      break;

    case CELL_MONTHLY:
    case CELL_PERIOD:
      widget = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (widget), 1.0f);
      gtk_widget_add_css_class (widget, "numeric");
      break;

    case CELL_LEVEL:
    case CELL_KIND:
    case CELL_STATUS:
      widget = gtk_drop_down_new (G_LIST_MODEL (string_list_for (cell->kind)), NULL);
      g_signal_connect (widget, "notify::selected", G_CALLBACK (drop_down_selected_cb), cell);
      break;

    case CELL_COUNT:
      widget = gtk_spin_button_new_with_range (1, HP_POSITION_MAX_COUNT, 1);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (widget), TRUE);
      gtk_spin_button_set_update_policy (GTK_SPIN_BUTTON (widget), GTK_UPDATE_IF_VALID);
      gtk_editable_set_width_chars (GTK_EDITABLE (widget), 5);
      g_signal_connect (widget, "value-changed", G_CALLBACK (spin_value_changed_cb), cell);
      g_signal_connect (widget, "changed", G_CALLBACK (entry_changed_cb), cell);
      break;

    case CELL_START:
    case CELL_END:
    case CELL_LOCATION:
    case CELL_SALARY:
      {
        GtkEventController *focus = gtk_event_controller_focus_new ();

        widget = gtk_entry_new ();
        gtk_entry_set_has_frame (GTK_ENTRY (widget), FALSE);
        if (cell->kind == CELL_START || cell->kind == CELL_END)
          {
            gtk_editable_set_width_chars (GTK_EDITABLE (widget), 7);
            gtk_entry_set_placeholder_text (GTK_ENTRY (widget),
                                            cell->kind == CELL_END ? _("None") : "2027-03");
            hp_month_entry_add_picker (GTK_ENTRY (widget), TRUE);
          }
        if (cell->kind == CELL_SALARY)
          {
            gtk_entry_set_alignment (GTK_ENTRY (widget), 1.0f);
            gtk_widget_add_css_class (widget, "numeric");
          }
        g_signal_connect (widget, "activate", G_CALLBACK (entry_activate_cb), cell);
        g_signal_connect (widget, "changed", G_CALLBACK (entry_changed_cb), cell);
        g_signal_connect (focus, "leave", G_CALLBACK (entry_focus_leave_cb), cell);
        gtk_widget_add_controller (widget, focus);
      }
      break;

    case N_CELLS:
    default:
      g_assert_not_reached ();
    }

  return widget;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  Cell *cell = g_new0 (Cell, 1);

  cell->table = user_data;
  cell->kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "hp-cell-kind"));
  cell->widget = create_cell_widget (cell);
  if (cell->kind == CELL_COUNT)
    g_ptr_array_add (cell->table->count_cells, cell);
  g_object_set_data_full (G_OBJECT (cell->widget), "hp-cell", cell, (GDestroyNotify) cell_free);
  gtk_list_item_set_child (item, cell->widget);
}

static void
position_notify_cb (HpPosition *position,
                    GParamSpec *pspec,
                    Cell       *cell)
{
  update_cell (cell);
}

static void
plan_settings_changed_cb (HpPlan *plan,
                          Cell   *cell)
{
  update_cell (cell);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  Cell *cell = g_object_get_data (G_OBJECT (gtk_list_item_get_child (item)), "hp-cell");
  HpPosition *position = gtk_list_item_get_item (item);
  g_autofree char *name = NULL;

  cell->position = g_object_ref (position);
  cell->position_notify_id = g_signal_connect (position, "notify", G_CALLBACK (position_notify_cb), cell);
  /* Costs and money formats follow the plan's settings too: only those.
   * A change of a position reaches its own row through "notify"; the
   * plan's "changed" would update every visible cost cell on every edit. */
  if (cell->kind == CELL_MONTHLY || cell->kind == CELL_PERIOD || cell->kind == CELL_SALARY)
    {
      cell->plan = g_object_ref (cell->table->plan);
      cell->settings_changed_id = g_signal_connect (cell->plan, "settings-changed",
                                                    G_CALLBACK (plan_settings_changed_cb), cell);
    }

  /* TRANSLATORS: the accessible name of a cell, "Count, Senior Back-End Engineer" */
  name = g_strdup_printf (_("%s, %s"), g_dgettext (GETTEXT_PACKAGE, columns[cell->kind].title),
                          hp_position_get_title (position));
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  /* The table cell around it, and a drop-down's own button, too. */
  if (gtk_widget_get_parent (cell->widget) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (cell->widget)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (GTK_IS_DROP_DOWN (cell->widget))
    hp_drop_down_name_button (GTK_DROP_DOWN (cell->widget), name);

  update_cell (cell);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  Cell *cell = g_object_get_data (G_OBJECT (gtk_list_item_get_child (item)), "hp-cell");

  g_clear_signal_handler (&cell->position_notify_id, cell->position);
  if (cell->plan != NULL)
    g_clear_signal_handler (&cell->settings_changed_id, cell->plan);
  g_clear_object (&cell->plan);
  g_clear_object (&cell->position);
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
hp_plan_table_dispose (GObject *object)
{
  HpPlanTable *self = HP_PLAN_TABLE (object);

  if (self->view != NULL)
    gtk_column_view_set_model (self->view, NULL);

  g_clear_handle_id (&self->focus_source, g_source_remove);
  g_clear_pointer (&self->focus_id, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_PLAN_TABLE);
  g_clear_pointer (&self->count_cells, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (hp_plan_table_parent_class)->dispose (object);
}

static void
hp_plan_table_class_init (HpPlanTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_plan_table_dispose;

  /**
   * HpPlanTable::invalid-input:
   * @message: (nullable): what was refused and why, or %NULL once corrected
   */
  signals[INVALID_INPUT] = g_signal_new ("invalid-input", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hiringplanner/HiringPlanner/hp-plan-table.ui");
  gtk_widget_class_bind_template_child (widget_class, HpPlanTable, scroller);
  gtk_widget_class_bind_template_child (widget_class, HpPlanTable, view);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "plantable");
}

static void
hp_plan_table_init (HpPlanTable *self)
{
  self->count_cells = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Factories before any model, or the cells stay empty (GTK 4.8). */
  for (guint i = 0; i < N_CELLS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "hp-cell-kind", GINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);

      column = gtk_column_view_column_new (g_dgettext (GETTEXT_PACKAGE, columns[i].title), factory);
      gtk_column_view_column_set_fixed_width (column, columns[i].width);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->view, column);
      g_object_unref (column);
    }
}

/* A cell about to lose its row must not keep the keyboard focus: GTK 4.8
 * trips over a focus widget whose list item is torn down. */
static void
release_focus (HpPlanTable *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  g_clear_handle_id (&self->focus_source, g_source_remove);
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    gtk_root_set_focus (root, NULL);
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
}

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
    g_signal_handlers_disconnect_by_func (hp_plan_get_positions (self->plan), positions_items_changed_cb, self);

  g_set_object (&self->plan, plan);

  /* Before the view hears of it: a removed row must not hold the focus. */
  g_signal_connect_object (hp_plan_get_positions (plan), "items-changed",
                           G_CALLBACK (positions_items_changed_cb), self, G_CONNECT_SWAPPED);
  self->selection = gtk_multi_selection_new (g_object_ref (hp_plan_get_positions (plan)));
  g_signal_connect (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
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

void
hp_plan_table_select_position (HpPlanTable *self,
                               const char  *position_id)
{
  GtkWidget *list;
  guint index;

  g_return_if_fail (HP_IS_PLAN_TABLE (self));

  if (self->plan == NULL || hp_plan_find_position (self->plan, position_id, &index) == NULL)
    return;

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), index, TRUE);

  /* GTK 4.8's column view has no scroll_to(); its inner list view does. */
  list = find_list_view (GTK_WIDGET (self->view));
  if (list != NULL)
    gtk_widget_activate_action (list, "list.scroll-to-item", "u", index);
}

/* Rows are bound at the next layout: look for the count a few times. */
static gboolean
focus_count_cb (gpointer user_data)
{
  HpPlanTable *self = user_data;
  static guint tries;

  for (guint i = 0; i < self->count_cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (self->count_cells, i);

      if (cell->position != NULL && g_strcmp0 (hp_position_get_id (cell->position), self->focus_id) == 0 &&
          gtk_widget_get_mapped (cell->widget) &&
          gtk_widget_get_root (cell->widget) == gtk_widget_get_root (GTK_WIDGET (self)))
        {
          gtk_widget_grab_focus (cell->widget);
          tries = 0;
          self->focus_source = 0;
          return G_SOURCE_REMOVE;
        }
    }

  if (++tries < 20)
    return G_SOURCE_CONTINUE;

  tries = 0;
  self->focus_source = 0;
  return G_SOURCE_REMOVE;
}

/* Selects the position and puts the keyboard in its count, so that a
 * position just added can be adjusted at once. */
void
hp_plan_table_focus_count (HpPlanTable *self,
                           const char  *position_id)
{
  g_return_if_fail (HP_IS_PLAN_TABLE (self));

  hp_plan_table_select_position (self, position_id);
  g_free (self->focus_id);
  self->focus_id = g_strdup (position_id);
  g_clear_handle_id (&self->focus_source, g_source_remove);
  self->focus_source = g_timeout_add (25, focus_count_cb, self);
}
