/* hp-plan-cell.h: one cell of the plan table, text until it is edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-position.h"

G_BEGIN_DECLS

/* The table's columns, in their order. */
typedef enum
{
  HP_PLAN_COLUMN_TITLE,
  HP_PLAN_COLUMN_LEVEL,
  HP_PLAN_COLUMN_COUNT,
  HP_PLAN_COLUMN_START,
  HP_PLAN_COLUMN_END,
  HP_PLAN_COLUMN_STATUS,
  HP_PLAN_COLUMN_SALARY,
  HP_PLAN_COLUMN_PERIOD_COST,
  HP_N_PLAN_COLUMNS,
} HpPlanColumn;

#define HP_TYPE_PLAN_COLUMN (hp_plan_column_get_type ())
GType hp_plan_column_get_type (void);

#define HP_TYPE_PLAN_CELL (hp_plan_cell_get_type ())

G_DECLARE_FINAL_TYPE (HpPlanCell, hp_plan_cell, HP, PLAN_CELL, GtkWidget)

HpPosition  *hp_plan_cell_get_position (HpPlanCell *self);
guint        hp_plan_cell_get_row      (HpPlanCell *self);
HpPlanColumn hp_plan_cell_get_column   (HpPlanCell *self);
gboolean     hp_plan_cell_is_editable  (HpPlanCell *self);
gboolean     hp_plan_cell_is_editing   (HpPlanCell *self);
void         hp_plan_cell_refresh      (HpPlanCell *self);
/* The table's warning for this cell shown, or taken away. */
void         hp_plan_cell_update_warning (HpPlanCell *self);
void         hp_plan_cell_set_cursor   (HpPlanCell *self,
                                        gboolean    cursor);
/* @replace: (nullable): text typed to start the edit, replacing the value */
gboolean     hp_plan_cell_begin_edit   (HpPlanCell *self,
                                        const char *replace);
void         hp_plan_cell_cancel_edit  (HpPlanCell *self);

G_END_DECLS
