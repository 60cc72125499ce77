/* hp-chart-scale.h: round axis scales for the cost charts, on screen and
 * on paper, in whole minor units and people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  gint64 step;
  guint  n;     /* intervals */
  gint64 top;   /* step * n */
} HpChartScale;

HpChartScale hp_chart_scale_for_cost      (gint64 max);
HpChartScale hp_chart_scale_for_headcount (gint64 max,
                                           guint  n);
double       hp_chart_fraction            (gint64 value,
                                           gint64 top);
guint        hp_chart_month_label_step    (double slot,
                                           double space);

G_END_DECLS
