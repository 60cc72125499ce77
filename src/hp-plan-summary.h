/* hp-plan-summary.h: the live totals of a plan, beside its table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-summary.h"

G_BEGIN_DECLS

#define HP_TYPE_PLAN_SUMMARY (hp_plan_summary_get_type ())

G_DECLARE_FINAL_TYPE (HpPlanSummary, hp_plan_summary, HP, PLAN_SUMMARY, GtkWidget)

void hp_plan_summary_set_summary (HpPlanSummary   *self,
                                  const HpSummary *summary);

G_END_DECLS
