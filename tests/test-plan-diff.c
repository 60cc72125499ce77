/* test-plan-diff.c: the difference between two plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-error.h"
#include "hp-plan-diff.h"
#include "hp-scenario.h"

static HpPosition *
new_position (const char       *id,
              HpLevel           level,
              guint             count,
              HpMonth           start,
              HpMonth           end,
              HpPositionStatus  status,
              gint64            salary)
{
  HpPosition *position = hp_position_new ();

  hp_position_set_id (position, id);
  hp_position_set_level (position, level);
  hp_position_set_count (position, count);
  hp_position_set_start (position, start);
  hp_position_set_end (position, end);
  hp_position_set_status (position, status);
  hp_position_set_annual_salary (position, salary);
  hp_position_set_one_time_cost (position, 470000);
  return position;
}

static HpPlan *
new_plan (HpMonth start,
          guint   months)
{
  HpPlan *plan = hp_plan_new ();

  hp_plan_edit (plan, "start", (int) start, "months", months, "has-budget", TRUE,
                "budget", (gint64) 100000000, NULL);
  return plan;
}

static void
add (HpPlan     *plan,
     HpPosition *position)
{
  hp_plan_append_position (plan, position);
  g_object_unref (position);
}

static HpPlan *
sample (void)
{
  HpPlan *plan = new_plan (hp_month_new (2027, 1), 12);

  add (plan, new_position ("a", HP_LEVEL_SENIOR, 2, hp_month_new (2027, 3), HP_MONTH_NONE,
                           HP_POSITION_STATUS_PLANNED, 18000000));
  add (plan, new_position ("b", HP_LEVEL_JUNIOR, 1, hp_month_new (2027, 1), hp_month_new (2027, 9),
                           HP_POSITION_STATUS_APPROVED, 9000000));
  add (plan, new_position ("c", HP_LEVEL_LEAD, 1, hp_month_new (2027, 6), HP_MONTH_NONE,
                           HP_POSITION_STATUS_OPEN, 21000000));
  return plan;
}

/* Every delta is the difference of the two plans' own summaries, and the
 * months add up to the total exactly. */
static void
assert_ties_out (HpPlan *from,
                 HpPlan *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlanDiff) diff = hp_plan_diff_compute (from, to, &error);
  g_autoptr(HpSummary) a = hp_summary_compute (from, NULL);
  g_autoptr(HpSummary) b = hp_summary_compute (to, NULL);
  gint64 month_sum = 0;

  g_assert_no_error (error);
  g_assert_cmpint (diff->total_cost.delta, ==, b->total_cost - a->total_cost);
  g_assert_cmpint (diff->total_cost.from, ==, a->total_cost);
  g_assert_cmpint (diff->total_cost.to, ==, b->total_cost);
  g_assert_cmpint (diff->run_rate.delta, ==, b->run_rate - a->run_rate);
  g_assert_cmpint (diff->headcount.delta, ==, b->total_headcount - a->total_headcount);
  g_assert_cmpint (diff->budget_remaining.delta, ==, b->budget_remaining - a->budget_remaining);
  for (guint l = 0; l < HP_N_LEVELS; l++)
    {
      g_assert_cmpint (diff->level_cost[l].delta, ==, b->level_cost[l] - a->level_cost[l]);
      g_assert_cmpint (diff->level_headcount[l].delta, ==, b->level_headcount[l] - a->level_headcount[l]);
    }
  for (guint s = 0; s < HP_N_POSITION_STATUSES; s++)
    {
      g_assert_cmpint (diff->status_cost[s].delta, ==, b->status_cost[s] - a->status_cost[s]);
      g_assert_cmpint (diff->status_headcount[s].delta, ==, b->status_headcount[s] - a->status_headcount[s]);
    }
  for (guint i = 0; i < diff->months->len; i++)
    {
      HpMonthDelta *m = &g_array_index (diff->months, HpMonthDelta, i);

      g_assert_cmpint (m->cost.delta, ==, m->cost.to - m->cost.from);
      month_sum += m->cost.delta;
    }
  g_assert_cmpint (month_sum, ==, diff->total_cost.delta);
  g_assert_cmpuint (diff->months->len, ==,
                    (guint) (MAX (a->start + (HpMonth) a->n_months, b->start + (HpMonth) b->n_months)
                             - MIN (a->start, b->start)));
  if (diff->quarters != NULL)
    for (guint q = 0; q < diff->quarters->len; q++)
      g_assert_cmpint (g_array_index (diff->quarters, HpDelta, q).delta, ==,
                       hp_summary_get_quarter_cost (b, q) - hp_summary_get_quarter_cost (a, q));
}

static void
test_identical (void)
{
  g_autoptr(HpPlan) plan = sample ();
  g_autoptr(HpPlan) copy = hp_plan_copy (plan);
  g_autoptr(HpPlanDiff) diff = hp_plan_diff_compute (plan, copy, NULL);

  g_assert_true (hp_plan_diff_is_empty (diff));
  g_assert_cmpuint (diff->added->len + diff->removed->len + diff->changed->len, ==, 0);
  g_assert_cmpint (diff->total_cost.delta, ==, 0);
  g_assert_cmpuint (diff->months->len, ==, 12);
  g_assert_nonnull (diff->quarters);
  g_assert_cmpuint (diff->quarters->len, ==, 4);
}

static void
test_every_kind (void)
{
  g_autoptr(HpPlan) from = sample ();
  g_autoptr(HpPlan) to = hp_plan_copy (from);
  g_autoptr(HpPlanDiff) diff = NULL;
  HpPosition *a = hp_plan_find_position (to, "a", NULL);
  HpPosition *c = hp_plan_find_position (to, "c", NULL);
  HpPositionChange *change;
  HpFieldChange *field;

  hp_plan_edit_position (to, a, "start", (int) hp_month_new (2027, 6), "title", "Senior", NULL);
  hp_plan_edit_position (to, c, "notes", "Only words", NULL);
  hp_plan_remove_positions (to, (HpPosition *[]) { hp_plan_find_position (to, "b", NULL) }, 1);
  add (to, new_position ("d", HP_LEVEL_MID, 1, hp_month_new (2027, 2), HP_MONTH_NONE,
                         HP_POSITION_STATUS_PLANNED, 12000000));

  diff = hp_plan_diff_compute (from, to, NULL);
  g_assert_false (hp_plan_diff_is_empty (diff));
  g_assert_cmpuint (diff->added->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (diff->added, 0), ==, "d");
  g_assert_cmpuint (diff->removed->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (diff->removed, 0), ==, "b");
  g_assert_cmpuint (diff->changed->len, ==, 2);

  change = g_ptr_array_index (diff->changed, 0);
  g_assert_cmpstr (change->id, ==, "a");
  g_assert_cmpuint (change->fields->len, ==, 2);
  field = g_ptr_array_index (change->fields, 0);
  g_assert_cmpstr (field->name, ==, "title");
  g_assert_cmpstr (field->from, ==, "");
  g_assert_cmpstr (field->to, ==, "Senior");
  field = g_ptr_array_index (change->fields, 1);
  g_assert_cmpstr (field->name, ==, "start");
  g_assert_cmpstr (field->from, ==, "2027-03");
  g_assert_cmpstr (field->to, ==, "2027-06");
  /* Three months of two seniors fewer: 3 * 2 * round (18,000,000 * 1.3 / 12). */
  g_assert_cmpint (change->period_cost.delta, ==, -3 * 2 * 1950000);

  change = g_ptr_array_index (diff->changed, 1);
  g_assert_cmpstr (change->id, ==, "c");
  g_assert_cmpint (change->period_cost.delta, ==, 0);
  g_assert_cmpstr (((HpFieldChange *) g_ptr_array_index (change->fields, 0))->name, ==, "notes");

  assert_ties_out (from, to);
}

static void
test_unequal_periods (void)
{
  g_autoptr(HpPlan) from = sample ();
  g_autoptr(HpPlan) to = hp_plan_copy (from);
  g_autoptr(HpPlanDiff) diff = NULL;
  HpMonthDelta *first, *last;

  hp_plan_edit (to, "start", (int) hp_month_new (2027, 4), "months", 18, NULL);
  diff = hp_plan_diff_compute (from, to, NULL);
  g_assert_null (diff->quarters);
  g_assert_cmpuint (diff->months->len, ==, 21);  /* 2027-01 to 2028-09 */
  first = &g_array_index (diff->months, HpMonthDelta, 0);
  last = &g_array_index (diff->months, HpMonthDelta, 20);
  g_assert_cmpint (first->month, ==, hp_month_new (2027, 1));
  g_assert_cmpint (first->cost.to, ==, 0);       /* outside the new period */
  g_assert_cmpint (first->cost.from, >, 0);
  g_assert_cmpint (last->month, ==, hp_month_new (2028, 9));
  g_assert_cmpint (last->cost.from, ==, 0);
  assert_ties_out (from, to);
}

static void
test_currency (void)
{
  g_autoptr(HpPlan) from = sample ();
  g_autoptr(HpPlan) to = hp_plan_copy (from);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlanDiff) diff = NULL;

  g_object_set (to, "currency", "EUR", NULL);
  diff = hp_plan_diff_compute (from, to, &error);
  g_assert_null (diff);
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "USD"));
  g_assert_nonnull (strstr (error->message, "EUR"));
}

/* Generated pairs: a plan and a randomly edited copy. */
static void
test_property (void)
{
  GRand *rand = g_rand_new_with_seed (20261204);

  for (guint round = 0; round < 300; round++)
    {
      g_autoptr(HpPlan) from = new_plan (hp_month_new (2027, g_rand_int_range (rand, 1, 13)),
                                         (guint) g_rand_int_range (rand, 1, 37));
      g_autoptr(HpPlan) to = NULL;
      guint n = (guint) g_rand_int_range (rand, 0, 12);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *id = g_strdup_printf ("p%u", i);
          HpMonth start = hp_month_new (2026 + g_rand_int_range (rand, 0, 4), g_rand_int_range (rand, 1, 13));
          HpMonth end = g_rand_boolean (rand) ? HP_MONTH_NONE : start + g_rand_int_range (rand, 0, 30);

          add (from, new_position (id, (HpLevel) g_rand_int_range (rand, 0, HP_N_LEVELS),
                                   (guint) g_rand_int_range (rand, 1, 5), start, end,
                                   (HpPositionStatus) g_rand_int_range (rand, 0, HP_N_POSITION_STATUSES),
                                   g_rand_int_range (rand, 1, 30000000)));
        }

      to = hp_plan_copy (from);
      if (g_rand_boolean (rand))
        hp_plan_edit (to, "start", (int) (hp_plan_get_start (to) + g_rand_int_range (rand, -6, 7)),
                      "months", (guint) g_rand_int_range (rand, 1, 37),
                      "overhead-bp", (guint) g_rand_int_range (rand, 0, 5000), NULL);
      for (guint i = 0; i < hp_plan_get_n_positions (to); i++)
        {
          HpPosition *p = hp_plan_get_position (to, i);

          switch (g_rand_int_range (rand, 0, 4))
            {
            case 0:
              hp_plan_edit_position (to, p, "count", (guint) g_rand_int_range (rand, 1, 5), NULL);
              break;
            case 1:
              hp_plan_edit_position (to, p, "annual-salary", (gint64) g_rand_int_range (rand, 1, 30000000), NULL);
              break;
            case 2:
              hp_plan_edit_position (to, p, "level", g_rand_int_range (rand, 0, HP_N_LEVELS), NULL);
              break;
            default:
              break;
            }
        }
      if (hp_plan_get_n_positions (to) > 0 && g_rand_boolean (rand))
        hp_plan_remove_positions (to, (HpPosition *[]) { hp_plan_get_position (to, 0) }, 1);
      if (g_rand_boolean (rand))
        add (to, new_position ("new", HP_LEVEL_INTERN, 1, hp_plan_get_start (to), HP_MONTH_NONE,
                               HP_POSITION_STATUS_PLANNED, 4000000));

      assert_ties_out (from, to);
      assert_ties_out (to, from);
    }

  g_rand_free (rand);
}

/* A position is named by its title; untitled, or not in the plan, by its
 * id: the comparison window and the printed comparison both say so. */
static void
test_position_title (void)
{
  g_autoptr(HpPlan) plan = sample ();

  hp_position_set_title (hp_plan_get_position (plan, 0), "Senior Back-End Engineer, Search");
  hp_position_set_title (hp_plan_get_position (plan, 1), "");
  g_assert_cmpstr (hp_plan_diff_position_title (plan, "a"), ==, "Senior Back-End Engineer, Search");
  g_assert_cmpstr (hp_plan_diff_position_title (plan, "b"), ==, "b");
  g_assert_cmpstr (hp_plan_diff_position_title (plan, "gone"), ==, "gone");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-diff/identical", test_identical);
  g_test_add_func ("/plan-diff/every-kind", test_every_kind);
  g_test_add_func ("/plan-diff/unequal-periods", test_unequal_periods);
  g_test_add_func ("/plan-diff/currency", test_currency);
  g_test_add_func ("/plan-diff/property", test_property);
  g_test_add_func ("/plan-diff/position-title", test_position_title);

  return g_test_run ();
}
