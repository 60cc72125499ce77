/* hp-plan-summary.h: the live totals of a plan, beside its table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-plan-diff.h"
#include "hp-summary.h"

G_BEGIN_DECLS

#define HP_TYPE_PLAN_SUMMARY (hp_plan_summary_get_type ())

G_DECLARE_FINAL_TYPE (HpPlanSummary, hp_plan_summary, HP, PLAN_SUMMARY, GtkWidget)

void hp_plan_summary_set_summary (HpPlanSummary   *self,
                                  const HpSummary *summary);
/* The differences from the baseline beside the headline figures, or none
 * (@diff NULL). */
void hp_plan_summary_set_difference (HpPlanSummary    *self,
                                     const HpPlanDiff *diff);

G_END_DECLS
