/* hp-diff-chart.h: two plans' monthly cost, a pair of bars a month
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-chart-model.h"

G_BEGIN_DECLS

#define HP_TYPE_DIFF_CHART (hp_diff_chart_get_type ())

G_DECLARE_FINAL_TYPE (HpDiffChart, hp_diff_chart, HP, DIFF_CHART, GtkWidget)

GtkWidget          *hp_diff_chart_new       (void);
/* Takes @model (the two-plan form, or NULL for nothing to show). */
void                hp_diff_chart_set_model (HpDiffChart  *self,
                                             HpChartModel *model);
const HpChartModel *hp_diff_chart_get_model (HpDiffChart  *self);

G_END_DECLS
