/* hp-plan-table.h: the positions of a plan, edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-catalog.h"
#include "hp-plan.h"
#include "hp-summary.h"

G_BEGIN_DECLS

#define HP_TYPE_PLAN_TABLE (hp_plan_table_get_type ())

G_DECLARE_FINAL_TYPE (HpPlanTable, hp_plan_table, HP, PLAN_TABLE, GtkWidget)

void       hp_plan_table_set_plan               (HpPlanTable *self,
                                                 HpPlan      *plan);
void       hp_plan_table_set_catalog            (HpPlanTable *self,
                                                 HpCatalog   *catalog);
GPtrArray *hp_plan_table_get_selected_positions (HpPlanTable *self);
void       hp_plan_table_select_position        (HpPlanTable *self,
                                                 const char  *position_id);
guint      hp_plan_table_get_n_selected         (HpPlanTable *self);
void       hp_plan_table_focus_count            (HpPlanTable *self,
                                                 const char  *position_id);
void       hp_plan_table_focus                  (HpPlanTable *self);
HpPosition *hp_plan_table_get_cursor_position   (HpPlanTable *self);
/* The warnings of @summary shown in the cells they are about. */
void       hp_plan_table_set_warnings           (HpPlanTable     *self,
                                                 const HpSummary *summary);

G_END_DECLS
