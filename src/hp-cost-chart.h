/* hp-cost-chart.h: a plan's monthly cost, stacked by level, with its headcount
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-summary.h"

G_BEGIN_DECLS

#define HP_TYPE_COST_CHART (hp_cost_chart_get_type ())

G_DECLARE_FINAL_TYPE (HpCostChart, hp_cost_chart, HP, COST_CHART, GtkWidget)

GtkWidget *hp_cost_chart_new              (void);
void       hp_cost_chart_set_summary      (HpCostChart     *self,
                                           const HpSummary *summary); /* copied; NULL clears */
char      *hp_cost_chart_dup_description  (HpCostChart     *self);

G_END_DECLS
