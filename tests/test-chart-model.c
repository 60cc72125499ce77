/* test-chart-model.c: what the cost chart shows, shared by screen and paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hp-chart-model.h"
#include "hp-error.h"
#include "hp-money.h"

static HpPosition *
new_position (const char *id,
              HpLevel     level,
              guint       count,
              HpMonth     start,
              gint64      salary)
{
  HpPosition *position = hp_position_new ();

  hp_position_set_id (position, id);
  hp_position_set_level (position, level);
  hp_position_set_count (position, count);
  hp_position_set_start (position, start);
  hp_position_set_annual_salary (position, salary);
  hp_position_set_one_time_cost (position, 100000);
  return position;
}

static HpPlan *
sample_plan (void)
{
  HpPlan *plan = hp_plan_new ();
  g_autoptr(HpPosition) a = new_position ("a", HP_LEVEL_SENIOR, 2, hp_month_new (2027, 3), 18000000);
  g_autoptr(HpPosition) b = new_position ("b", HP_LEVEL_JUNIOR, 1, hp_month_new (2027, 1), 9000000);

  hp_plan_edit (plan, "start", hp_month_new (2027, 1), "months", 12, NULL);
  hp_plan_append_position (plan, a);
  hp_plan_append_position (plan, b);
  return plan;
}

static void
test_figures (void)
{
  g_autoptr(HpPlan) plan = sample_plan ();
  g_autoptr(HpSummary) summary = hp_summary_compute (plan, NULL);
  g_autoptr(HpChartModel) model = hp_chart_model_new (summary);
  gint64 max = 0;

  g_assert_true (hp_chart_model_has_data (model));
  g_assert_cmpuint (model->n_months, ==, 12);
  for (guint m = 0; m < 12; m++)
    {
      g_assert_cmpint (model->month_total[m], ==, summary->month_cost[m]);
      g_assert_cmpint (hp_chart_model_get_stack_top (model, m, HP_N_LEVELS - 1), ==, summary->month_cost[m]);
      g_assert_cmpint (hp_chart_model_get_stack_top (model, m, HP_LEVEL_JUNIOR), ==,
                       hp_chart_model_get_level_cost (model, m, HP_LEVEL_JUNIOR)
                       + hp_chart_model_get_level_cost (model, m, HP_LEVEL_GRADUATE)
                       + hp_chart_model_get_level_cost (model, m, HP_LEVEL_INTERN));
      g_assert_cmpint (model->headcount[m], ==, summary->month_headcount[m]);
      max = MAX (max, summary->month_cost[m]);
    }
  g_assert_cmpint (model->max_total, ==, max);
  g_assert_cmpint (model->max_headcount, ==, 3);
  g_assert_cmpint (model->cost_scale.top, >=, max);
  g_assert_cmpint (hp_chart_model_get_cost_tick (model, model->cost_scale.n), ==, model->cost_scale.top);
  g_assert_cmpint (hp_chart_model_get_headcount_tick (model, model->cost_scale.n), >=, 3);
}

static void
test_empty (void)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(HpSummary) summary = hp_summary_compute (plan, NULL);
  g_autoptr(HpChartModel) model = hp_chart_model_new (summary);
  g_autoptr(HpChartModel) empty = hp_chart_model_new_empty ("EUR", hp_month_new (2027, 1));

  g_assert_false (hp_chart_model_has_data (model));
  g_assert_cmpint (hp_chart_model_get_cost_tick (model, 2), ==, 0);
  g_assert_false (hp_chart_model_has_data (empty));
  g_assert_cmpstr (empty->currency, ==, "EUR");
  g_assert_cmpuint (empty->n_months, ==, 0);
}

static void
test_month_labels (void)
{
  g_autoptr(HpPlan) plan = sample_plan ();
  g_autoptr(HpSummary) summary = NULL;
  g_autoptr(HpChartModel) model = NULL;
  g_autoptr(GArray) wide = NULL;
  g_autoptr(GArray) narrow = NULL;
  HpChartMonthLabel *label;

  /* 24 months from November 2026. */
  hp_plan_edit (plan, "start", hp_month_new (2026, 11), "months", 24, NULL);
  summary = hp_summary_compute (plan, NULL);
  model = hp_chart_model_new (summary);

  /* Room for every label: all 24, years under the first and each January. */
  wide = hp_chart_model_month_labels (model, 50, 30);
  g_assert_cmpuint (wide->len, ==, 24);
  for (guint i = 0; i < wide->len; i++)
    {
      label = &g_array_index (wide, HpChartMonthLabel, i);
      g_assert_cmpuint (label->month, ==, i);
      g_assert_cmpint (label->with_year, ==, i == 0 || i == 2 || i == 14);
    }

  /* A label needs three slots: every quarter, on Jan, Apr, Jul, Oct. */
  narrow = hp_chart_model_month_labels (model, 10, 25);
  g_assert_cmpuint (narrow->len, ==, 8);
  label = &g_array_index (narrow, HpChartMonthLabel, 0);
  g_assert_cmpuint (label->month, ==, 2);  /* January 2027 */
  g_assert_true (label->with_year);
  label = &g_array_index (narrow, HpChartMonthLabel, 1);
  g_assert_cmpuint (label->month, ==, 5);  /* April */
  g_assert_false (label->with_year);
}

static void
test_legend (void)
{
  double w[3] = { 40, 50, 30 }, h[3] = { 10, 20, 10 };
  HpChartLegendPlace places[3];
  double height;

  /* One row of 40 + 10 + 50 + 10 + 30 = 140, centred in 200. */
  height = hp_chart_legend_layout (w, h, 3, 200, 10, 4, places);
  g_assert_cmpfloat (height, ==, 20);
  g_assert_cmpfloat (places[0].x, ==, 30);
  g_assert_cmpfloat (places[1].x, ==, 80);
  g_assert_cmpfloat (places[2].x, ==, 140);
  g_assert_cmpfloat (places[0].y, ==, 5);
  g_assert_cmpfloat (places[1].y, ==, 0);

  /* In 100: 40 + 10 + 50 fits, 30 wraps to a second row. */
  height = hp_chart_legend_layout (w, h, 3, 100, 10, 4, places);
  g_assert_cmpfloat (height, ==, 20 + 4 + 10);
  g_assert_cmpfloat (places[0].x, ==, 0);
  g_assert_cmpfloat (places[2].x, ==, 35);
  g_assert_cmpfloat (places[2].y, ==, 24);

  /* Narrower than any item: one a row, never dropped. */
  height = hp_chart_legend_layout (w, h, 3, 20, 10, 4, places);
  g_assert_cmpfloat (height, ==, 10 + 4 + 20 + 4 + 10);
  g_assert_cmpstr (hp_chart_legend_text (HP_N_LEVELS), ==, "Headcount");
}

/* Two plans over unequal periods: the union of both, a month outside a
 * plan costing 0 there, every month's delta exact and summing to the
 * change in the period's cost. */
static void
test_two_plans (void)
{
  g_autoptr(HpPlan) from = sample_plan ();
  g_autoptr(HpPlan) to = sample_plan ();
  g_autoptr(HpPosition) c = new_position ("c", HP_LEVEL_LEAD, 1, hp_month_new (2027, 9), 24000000);
  g_autoptr(HpPlanDiff) diff = NULL;
  g_autoptr(HpChartModel) model = NULL;
  g_autoptr(HpSummary) from_summary = NULL;
  g_autoptr(HpSummary) to_summary = NULL;
  g_autoptr(GArray) labels = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  gint64 sum = 0, max = 0;

  /* "to" runs Jul 2027 to Jun 2028: the union is Jan 2027 to Jun 2028. */
  hp_plan_edit (to, "start", hp_month_new (2027, 7), "months", 12, NULL);
  hp_plan_append_position (to, c);
  from_summary = hp_summary_compute (from, NULL);
  to_summary = hp_summary_compute (to, NULL);
  diff = hp_plan_diff_compute (from, to, &error);
  g_assert_no_error (error);
  model = hp_chart_model_new_two_plans (diff, "plan-v1.json", "Lean", &error);
  g_assert_no_error (error);

  g_assert_cmpint (model->form, ==, HP_CHART_TWO_PLANS);
  g_assert_true (hp_chart_model_has_data (model));
  g_assert_cmpint (model->start, ==, hp_month_new (2027, 1));
  g_assert_cmpuint (model->n_months, ==, 18);
  for (guint m = 0; m < 18; m++)
    {
      gint64 f = m < 12 ? from_summary->month_cost[m] : 0;
      gint64 t = m >= 6 ? to_summary->month_cost[m - 6] : 0;

      g_assert_cmpint (model->from_total[m], ==, f);
      g_assert_cmpint (model->month_total[m], ==, t);
      g_assert_cmpint (model->month_delta[m], ==, t - f);
      sum += model->month_delta[m];
      max = MAX (max, MAX (f, t));
    }
  g_assert_cmpint (sum, ==, model->total_delta);
  g_assert_cmpint (model->total_delta, ==, diff->total_cost.delta);
  g_assert_cmpint (model->total_delta, ==, to_summary->total_cost - from_summary->total_cost);
  g_assert_cmpint (model->from_sum, ==, from_summary->total_cost);
  g_assert_cmpint (model->to_sum, ==, to_summary->total_cost);
  g_assert_cmpint (model->max_total, ==, max);
  g_assert_cmpint (model->cost_scale.top, >=, max);
  g_assert_cmpint (hp_chart_model_get_cost_tick (model, model->cost_scale.n), ==, model->cost_scale.top);

  /* the legend names both plans, from first */
  g_assert_cmpuint (hp_chart_model_n_legend_items (model), ==, 2);
  g_assert_cmpstr (hp_chart_model_legend_text (model, 0), ==, "plan-v1.json");
  g_assert_cmpstr (hp_chart_model_legend_text (model, 1), ==, "Lean");

  /* labels over the union: every month when there is room, the year under
   * the first and under January 2028 (month 12) */
  labels = hp_chart_model_month_labels (model, 40, 30);
  g_assert_cmpuint (labels->len, ==, 18);
  for (guint i = 0; i < labels->len; i++)
    {
      const HpChartMonthLabel *label = &g_array_index (labels, HpChartMonthLabel, i);

      g_assert_cmpuint (label->month, ==, i);
      g_assert_cmpint (label->with_year, ==, i == 0 || i == 12);
    }
  g_clear_pointer (&labels, g_array_unref);
  labels = hp_chart_model_month_labels (model, 10, 30);  /* room for a label every third month */
  g_assert_cmpuint (labels->len, ==, 6);
  g_assert_cmpuint (g_array_index (labels, HpChartMonthLabel, 4).month, ==, 12);
  g_assert_true (g_array_index (labels, HpChartMonthLabel, 4).with_year);

  description = hp_chart_model_dup_description (model);
  g_assert_nonnull (strstr (description, "plan-v1.json: "));
  g_assert_nonnull (strstr (description, "Lean: "));
  {
    g_autofree char *delta = hp_money_format_delta (diff->total_cost.delta, "USD");
    g_autofree char *change = g_strdup_printf ("Change: %s.", delta);

    g_assert_nonnull (strstr (description, change));
  }
}

/* Identical plans: every delta 0, both series equal. */
static void
test_two_plans_same (void)
{
  g_autoptr(HpPlan) plan = sample_plan ();
  g_autoptr(HpPlanDiff) diff = hp_plan_diff_compute (plan, plan, NULL);
  g_autoptr(HpChartModel) model = hp_chart_model_new_two_plans (diff, "A", "B", NULL);

  g_assert_nonnull (model);
  g_assert_cmpuint (model->n_months, ==, 12);
  g_assert_cmpint (model->total_delta, ==, 0);
  for (guint m = 0; m < 12; m++)
    {
      g_assert_cmpint (model->month_delta[m], ==, 0);
      g_assert_cmpint (model->from_total[m], ==, model->month_total[m]);
    }
}

/* A forged diff whose months cannot be added exactly is refused. */
static void
test_two_plans_overflow (void)
{
  g_autoptr(HpPlan) plan = sample_plan ();
  g_autoptr(HpPlanDiff) diff = hp_plan_diff_compute (plan, plan, NULL);
  g_autoptr(GError) error = NULL;
  HpChartModel *model;

  for (guint m = 0; m < diff->months->len; m++)
    {
      HpMonthDelta *md = &g_array_index (diff->months, HpMonthDelta, m);

      md->cost.from = md->cost.to = G_MAXINT64 / 4;
    }
  model = hp_chart_model_new_two_plans (diff, "A", "B", &error);
  g_assert_null (model);
  g_assert_error (error, HP_ERROR, HP_ERROR_RANGE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-model/figures", test_figures);
  g_test_add_func ("/chart-model/empty", test_empty);
  g_test_add_func ("/chart-model/month-labels", test_month_labels);
  g_test_add_func ("/chart-model/legend", test_legend);
  g_test_add_func ("/chart-model/two-plans", test_two_plans);
  g_test_add_func ("/chart-model/two-plans-same", test_two_plans_same);
  g_test_add_func ("/chart-model/two-plans-overflow", test_two_plans_overflow);

  return g_test_run ();
}
