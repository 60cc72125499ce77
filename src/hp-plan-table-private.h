/* hp-plan-table-private.h: what a cell asks of its table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-plan-cell.h"
#include "hp-plan-table.h"

G_BEGIN_DECLS

HpPlan    *hp_plan_table_get_plan        (HpPlanTable *self);
HpCatalog *hp_plan_table_get_catalog     (HpPlanTable *self);
void       hp_plan_table_add_cell        (HpPlanTable *self,
                                          HpPlanCell  *cell);
void       hp_plan_table_remove_cell     (HpPlanTable *self,
                                          HpPlanCell  *cell);
gboolean   hp_plan_table_is_cursor       (HpPlanTable *self,
                                          guint        row,
                                          HpPlanColumn column);
/* An edit ended (committed or cancelled): the cursor moves by @dx, @dy and
 * the table takes the keyboard back when @refocus. */
void       hp_plan_table_edit_done       (HpPlanTable *self,
                                          HpPlanCell  *cell,
                                          int          dx,
                                          int          dy,
                                          gboolean     refocus);
/* What the summary warns of in this cell, or %NULL. */
const char *hp_plan_table_get_warning    (HpPlanTable *self,
                                          HpPosition  *position,
                                          HpPlanColumn column);
void       hp_plan_table_report          (HpPlanTable *self,
                                          const char  *message); /* NULL: nothing wrong */

G_END_DECLS
