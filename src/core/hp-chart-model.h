/* hp-chart-model.h: what the monthly cost chart shows, on screen and on
 * paper: month totals by level, the headcount, maxima and scales, which
 * months get a label (and a year), and the legend's rows
 *
 * Two forms: one plan (hp_chart_model_new(): bars stacked by level and
 * the headcount), and two plans (hp_chart_model_new_two_plans(): each
 * month's cost in the plan compared from and in the plan compared to, over
 * the union of their periods, from an HpPlanDiff).
 *
 * The renderers (src/hp-cost-chart.c, src/print/hp-print-chart.c) measure
 * text and draw; every decision of what to show is made here, once.
 * Money stays in gint64 minor units; doubles only hold lengths.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-chart-scale.h"
#include "hp-plan-diff.h"
#include "hp-summary.h"

G_BEGIN_DECLS

#define HP_CHART_N_LEGEND_ITEMS (HP_N_LEVELS + 1)  /* the levels, then the headcount */

typedef enum
{
  HP_CHART_ONE_PLAN,
  HP_CHART_TWO_PLANS,
} HpChartForm;

typedef struct
{
  HpChartForm   form;
  char          currency[4];
  HpMonth       start;
  guint         n_months;
  gint64       *level_cost;     /* [month * HP_N_LEVELS + level], never negative */
  gint64       *month_total;    /* the saturated sum of a month's level costs */
  gint64       *headcount;      /* never negative */
  gint64        max_total;
  gint64        max_headcount;
  gboolean      overflow;       /* too large to chart exactly */
  HpChartScale  cost_scale;     /* of the bars */
  HpChartScale  headcount_scale; /* of the line, ticks on the cost gridlines */

  /* The two-plan form: month_total is the cost in the plan compared to,
   * from_total in the plan compared from; level_cost and headcount are
   * NULL.  max_total is the larger of both series. */
  gint64       *from_total;     /* never negative */
  gint64       *month_delta;    /* to - from, exactly */
  gint64        total_delta;    /* the sum of month_delta: the change in the period's cost */
  gint64        from_sum;       /* the sum of from_total */
  gint64        to_sum;         /* the sum of month_total */
  char         *from_name;
  char         *to_name;
} HpChartModel;

typedef struct
{
  guint    month;      /* 0-based in the period */
  gboolean with_year;  /* the first label and each January */
} HpChartMonthLabel;

typedef struct
{
  double x;            /* from the left of the legend's width */
  double y;            /* from the legend's top, centred in its row */
} HpChartLegendPlace;

HpChartModel *hp_chart_model_new          (const HpSummary    *summary);
HpChartModel *hp_chart_model_new_empty    (const char         *currency,
                                           HpMonth             start);
/* The two-plan form from @diff's months; NULL with @error set when a
 * month's cost is negative or a sum is too large to add exactly. */
HpChartModel *hp_chart_model_new_two_plans (const HpPlanDiff *diff,
                                           const char         *from_name,
                                           const char         *to_name,
                                           GError            **error);
void          hp_chart_model_free         (HpChartModel       *model);
gboolean      hp_chart_model_has_data     (const HpChartModel *model);
gint64        hp_chart_model_get_level_cost (const HpChartModel *model,
                                           guint               month,
                                           HpLevel             level);
gint64        hp_chart_model_get_stack_top (const HpChartModel *model,
                                           guint               month,
                                           HpLevel             level);
gint64        hp_chart_model_get_cost_tick (const HpChartModel *model,
                                           guint               i);
gint64        hp_chart_model_get_headcount_tick (const HpChartModel *model,
                                           guint               i);
char         *hp_chart_model_dup_month_text (const HpChartModel *model,
                                           guint               month); /* "Mar" */
char         *hp_chart_model_dup_year_text (const HpChartModel *model,
                                           guint               month); /* "2027" */
GArray       *hp_chart_model_month_labels (const HpChartModel *model,
                                           double              slot,
                                           double              label_space); /* of HpChartMonthLabel */

const char   *hp_chart_legend_text        (guint               item);
/* The legend of either form: the levels and the headcount, or the two
 * plans' names (from, then to). */
guint         hp_chart_model_n_legend_items (const HpChartModel *model);
const char   *hp_chart_model_legend_text  (const HpChartModel *model,
                                           guint               item);
/* A sentence or two saying what the chart shows, amounts in the locale's
 * format, for its accessible description. */
char         *hp_chart_model_dup_description (const HpChartModel *model);
double        hp_chart_legend_layout      (const double       *item_width,
                                           const double       *item_height,
                                           guint               n_items,
                                           double              width,
                                           double              item_gap,
                                           double              row_gap,
                                           HpChartLegendPlace *out_places);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpChartModel, hp_chart_model_free)

G_END_DECLS
