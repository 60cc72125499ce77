/* test-chart-scale.c: round axis scales, shared by the screen and paper charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-chart-scale.h"

static void
test_cost (void)
{
  /* 79,000.00 a month at most: four steps of 20,000.00, up to 80,000.00. */
  HpChartScale s = hp_chart_scale_for_cost (7900000);

  g_assert_cmpint (s.step, ==, 2000000);
  g_assert_cmpuint (s.n, ==, 4);
  g_assert_cmpint (s.top, ==, 8000000);

  /* 1,000.00 exactly: steps of 250.00. */
  s = hp_chart_scale_for_cost (100000);
  g_assert_cmpint (s.step, ==, 25000);
  g_assert_cmpint (s.top, ==, 100000);

  /* Nothing to show: a scale all the same. */
  s = hp_chart_scale_for_cost (0);
  g_assert_cmpuint (s.n, ==, 4);
  g_assert_cmpint (s.top, ==, 4);

  /* Every scale covers its maximum, in 2 to 4 round steps. */
  for (gint64 max = 1; max < G_MAXINT64 / 20; max = max * 3 + 7)
    {
      s = hp_chart_scale_for_cost (max);
      g_assert_cmpint (s.top, >=, max);
      g_assert_cmpuint (s.n, >=, 2);
      g_assert_cmpuint (s.n, <=, 4);
      g_assert_cmpint (s.top, ==, s.step * (gint64) s.n);
    }
}

static void
test_headcount (void)
{
  /* Six people on four gridlines: 0, 2, 4, 6, 8. */
  HpChartScale s = hp_chart_scale_for_headcount (6, 4);

  g_assert_cmpint (s.step, ==, 2);
  g_assert_cmpint (s.top, ==, 8);

  /* No half people. */
  s = hp_chart_scale_for_headcount (9, 4);
  g_assert_cmpint (s.step, ==, 3);
  g_assert_cmpint (s.top, ==, 12);
}

static void
test_fraction (void)
{
  g_assert_cmpfloat (hp_chart_fraction (50, 100), ==, 0.5);
  g_assert_cmpfloat (hp_chart_fraction (150, 100), ==, 1.0);
  g_assert_cmpfloat (hp_chart_fraction (-5, 100), ==, 0.0);
  g_assert_cmpfloat (hp_chart_fraction (5, 0), ==, 0.0);
}

static void
test_month_label_step (void)
{
  g_assert_cmpuint (hp_chart_month_label_step (40, 30), ==, 1);   /* room for every month */
  g_assert_cmpuint (hp_chart_month_label_step (20, 30), ==, 2);
  g_assert_cmpuint (hp_chart_month_label_step (8, 30), ==, 6);     /* 3 × 8 < 30 ≤ 6 × 8 */
  g_assert_cmpuint (hp_chart_month_label_step (2, 30), ==, 24);    /* 12 × 2 < 30: whole years */
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-scale/cost", test_cost);
  g_test_add_func ("/chart-scale/headcount", test_headcount);
  g_test_add_func ("/chart-scale/fraction", test_fraction);
  g_test_add_func ("/chart-scale/month-label-step", test_month_label_step);

  return g_test_run ();
}
