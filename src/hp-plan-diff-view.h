/* hp-plan-diff-view.h: two plans side by side: the headline changes and
 * the positions added, removed and changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-plan-diff.h"
#include "hp-plan.h"

G_BEGIN_DECLS

#define HP_TYPE_PLAN_DIFF_VIEW (hp_plan_diff_view_get_type ())

G_DECLARE_FINAL_TYPE (HpPlanDiffView, hp_plan_diff_view, HP, PLAN_DIFF_VIEW, GtkWidget)

GtkWidget *hp_plan_diff_view_new       (void);
/* Compares @from (named @from_name) with @to, through the core's diff;
 * FALSE (and the reason shown) when they cannot be compared. */
gboolean   hp_plan_diff_view_set_plans (HpPlanDiffView *self,
                                        HpPlan         *from,
                                        const char     *from_name,
                                        HpPlan         *to,
                                        const char     *to_name);
/* Shows @diff, computed from @from to @to. */
void       hp_plan_diff_view_set_diff  (HpPlanDiffView   *self,
                                        const HpPlanDiff *diff,
                                        HpPlan           *from,
                                        const char       *from_name,
                                        HpPlan           *to,
                                        const char       *to_name);
/* The plans shown and their names (owned by the view); FALSE before any. */
gboolean   hp_plan_diff_view_get_plans (HpPlanDiffView  *self,
                                        HpPlan         **out_from,
                                        const char     **out_from_name,
                                        HpPlan         **out_to,
                                        const char     **out_to_name);

G_END_DECLS
