/* hp-plan-view.h: the plan page: positions, settings and live totals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-catalog.h"
#include "hp-plan.h"
#include "hp-summary.h"

G_BEGIN_DECLS

#define HP_TYPE_PLAN_VIEW (hp_plan_view_get_type ())

G_DECLARE_FINAL_TYPE (HpPlanView, hp_plan_view, HP, PLAN_VIEW, GtkWidget)

void             hp_plan_view_set_catalog  (HpPlanView *self,
                                            HpCatalog  *catalog);
void             hp_plan_view_set_plan     (HpPlanView *self,
                                            HpPlan     *plan);
HpPlan          *hp_plan_view_get_plan     (HpPlanView *self);
void             hp_plan_view_set_baseline (HpPlanView *self,
                                            HpPlan     *baseline);
const HpSummary *hp_plan_view_get_summary  (HpPlanView *self);
void             hp_plan_view_add_role     (HpPlanView *self,
                                            const char *role_id,
                                            guint       count,
                                            HpMonth     start);
void             hp_plan_view_set_narrow   (HpPlanView *self,
                                            gboolean    narrow);
void             hp_plan_view_select_position (HpPlanView *self,
                                            const char *position_id);

G_END_DECLS
