/* test-plan-fit.c: fitting a plan to a budget by moving hires later
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hp-error.h"
#include "hp-plan-file.h"
#include "hp-plan-fit.h"
#include "hp-summary.h"

#define UNIT ((gint64) 1000000)  /* 10,000.00: one month of a 120,000.00 salary without overhead */

static HpPosition *
new_position (const char       *id,
              HpPositionStatus  status,
              HpMonth           start,
              HpMonth           end,
              gint64            salary,
              gint64            one_time)
{
  HpPosition *position = hp_position_new ();

  hp_position_set_id (position, id);
  hp_position_set_title (position, id[0] == 'u' ? "" : "Engineer");
  hp_position_set_count (position, 1);
  hp_position_set_status (position, status);
  hp_position_set_start (position, start);
  hp_position_set_end (position, end);
  hp_position_set_annual_salary (position, salary);
  hp_position_set_one_time_cost (position, one_time);
  return position;
}

static void
add (HpPlan     *plan,
     HpPosition *position)
{
  hp_plan_append_position (plan, position);
  g_object_unref (position);
}

static HpMonth
m (int year,
   int month)
{
  return hp_month_new (year, month);
}

/* 2027, no overhead, no one-time costs; a month of 120,000.00 a year is
 * one UNIT.  Costs: a 6, b 8, c 2, d 12, e 3, f 1 (32); c, d and f are
 * never moved (15). */
static HpPlan *
worked_plan (void)
{
  HpPlan *plan = hp_plan_new ();

  hp_plan_edit (plan, "start", (int) m (2027, 1), "months", 12u, "overhead-bp", 0u,
                "has-budget", TRUE, "budget", 27 * UNIT, NULL);
  add (plan, new_position ("a", HP_POSITION_STATUS_PLANNED, m (2027, 7), HP_MONTH_NONE, 12000000, 0));
  add (plan, new_position ("b", HP_POSITION_STATUS_ON_HOLD, m (2027, 7), m (2027, 10), 24000000, 0));
  add (plan, new_position ("c", HP_POSITION_STATUS_OPEN, m (2027, 11), HP_MONTH_NONE, 12000000, 0));
  add (plan, new_position ("d", HP_POSITION_STATUS_FILLED, m (2027, 1), HP_MONTH_NONE, 12000000, 0));
  add (plan, new_position ("e", HP_POSITION_STATUS_PLANNED, m (2027, 3), m (2027, 5), 12000000, 0));
  add (plan, new_position ("f", HP_POSITION_STATUS_APPROVED, m (2027, 12), HP_MONTH_NONE, 12000000, 0));
  return plan;
}

static gint64
total_cost (HpPlan *plan)
{
  g_autoptr(HpSummary) summary = hp_summary_compute (plan, NULL);

  g_assert_false (summary->overflow);
  return summary->total_cost;
}

static HpPosition *
find (HpPlan     *plan,
      const char *id)
{
  HpPosition *position = hp_plan_find_position (plan, id, NULL);

  g_assert_nonnull (position);
  return position;
}

static HpScenario *
fit (HpPlan *plan,
     gint64  budget)
{
  g_autoptr(GError) error = NULL;
  HpScenario *scenario = hp_plan_fit_budget (plan, budget, "fitted", "Fitted", &error);

  g_assert_no_error (error);
  g_assert_nonnull (scenario);
  g_assert_cmpstr (hp_scenario_get_id (scenario), ==, "fitted");
  g_assert_cmpstr (hp_scenario_get_name (scenario), ==, "Fitted");
  g_assert_cmpint (total_cost (hp_scenario_get_plan (scenario)), <=, budget);
  return scenario;
}

static void
assert_moved (HpPlan     *fitted,
              const char *id,
              HpMonth     start,
              HpMonth     end)
{
  HpPosition *position = find (fitted, id);

  g_assert_cmpint (hp_position_get_start (position), ==, start);
  g_assert_cmpint (hp_position_get_end (position), ==, end);
}

static void
test_worked (void)
{
  g_autoptr(HpPlan) plan = worked_plan ();

  g_assert_cmpint (total_cost (plan), ==, 32 * UNIT);

  /* b first (the same start as a, a higher cost): 32, 32, 30, 28, 26. */
  {
    g_autoptr(HpScenario) scenario = fit (plan, 27 * UNIT);
    HpPlan *fitted = hp_scenario_get_plan (scenario);

    g_assert_cmpint (total_cost (fitted), ==, 26 * UNIT);
    assert_moved (fitted, "b", m (2027, 12), m (2028, 3));
    assert_moved (fitted, "a", m (2027, 7), HP_MONTH_NONE);
    assert_moved (fitted, "e", m (2027, 3), m (2027, 5));
    g_assert_nonnull (strstr (hp_scenario_get_notes (scenario),
                              "- Engineer (b): 5 months later, starting 2027-12 rather than 2027-07"));
    g_assert_null (strstr (hp_scenario_get_notes (scenario), "(a)"));
    g_assert_nonnull (strstr (hp_scenario_get_notes (scenario), "from $320,000.00 to $260,000.00"));
  }

  /* b out of the period (24), then a four months: 23, 22, 21, 20. */
  {
    g_autoptr(HpScenario) scenario = fit (plan, 20 * UNIT);
    HpPlan *fitted = hp_scenario_get_plan (scenario);

    g_assert_cmpint (total_cost (fitted), ==, 20 * UNIT);
    assert_moved (fitted, "b", m (2028, 1), m (2028, 4));
    assert_moved (fitted, "a", m (2027, 11), HP_MONTH_NONE);
    assert_moved (fitted, "e", m (2027, 3), m (2027, 5));
    g_assert_nonnull (strstr (hp_scenario_get_notes (scenario), "(b): 6 months later"));
    g_assert_nonnull (strstr (hp_scenario_get_notes (scenario), "(a): 4 months later"));
  }

  /* Exactly the cost of what is never moved: every candidate leaves. */
  {
    g_autoptr(HpScenario) scenario = fit (plan, 15 * UNIT);
    HpPlan *fitted = hp_scenario_get_plan (scenario);

    g_assert_cmpint (total_cost (fitted), ==, 15 * UNIT);
    assert_moved (fitted, "e", m (2028, 1), m (2028, 3));
    g_assert_nonnull (strstr (hp_scenario_get_notes (scenario), "(e): 10 months later"));
  }

  /* Never touched: the baseline. */
  g_assert_cmpint (total_cost (plan), ==, 32 * UNIT);
  assert_moved (plan, "b", m (2027, 7), m (2027, 10));
}

static void
test_impossible (void)
{
  g_autoptr(HpPlan) plan = worked_plan ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HpScenario) scenario = hp_plan_fit_budget (plan, 15 * UNIT - 1, "x", "X", &error);

  g_assert_null (scenario);
  g_assert_error (error, HP_ERROR, HP_ERROR_RANGE);
  g_assert_nonnull (strstr (error->message, "$149,999.99"));
  g_assert_nonnull (strstr (error->message, "$150,000.00"));
  g_assert_nonnull (strstr (error->message, "past the end of the period (2027-12)"));
  g_clear_error (&error);

  scenario = hp_plan_fit_budget (plan, -1, "x", "X", &error);
  g_assert_null (scenario);
  g_assert_error (error, HP_ERROR, HP_ERROR_RANGE);
}

static void
test_already_within (void)
{
  g_autoptr(HpPlan) plan = worked_plan ();
  g_autoptr(HpScenario) scenario = fit (plan, 32 * UNIT);
  HpPlan *fitted = hp_scenario_get_plan (scenario);

  g_assert_cmpuint (hp_plan_get_n_positions (fitted), ==, hp_plan_get_n_positions (plan));
  for (guint i = 0; i < hp_plan_get_n_positions (plan); i++)
    g_assert_true (hp_position_equal (hp_plan_get_position (plan, i), hp_plan_get_position (fitted, i)));
  g_assert_cmpstr (hp_scenario_get_notes (scenario), ==,
                   "Fit to budget: the period cost, $320,000.00, is already within the budget of "
                   "$320,000.00; no position was moved.");
  g_assert_false (hp_plan_can_undo (fitted));
  g_assert_cmpuint (hp_plan_get_n_scenarios (fitted), ==, 0);
}

/* Equal start and cost: the id decides, whatever the plan's order. */
static void
test_ties (void)
{
  for (guint reversed = 0; reversed < 2; reversed++)
    {
      g_autoptr(HpPlan) plan = hp_plan_new ();
      g_autoptr(HpScenario) scenario = NULL;
      const char *ids[] = { "w", "x" };

      hp_plan_edit (plan, "start", (int) m (2027, 1), "months", 12u, "overhead-bp", 0u, NULL);
      for (guint i = 0; i < 2; i++)
        add (plan, new_position (ids[reversed ? 1 - i : i], HP_POSITION_STATUS_PLANNED,
                                 m (2027, 10), HP_MONTH_NONE, 12000000, 0));

      scenario = fit (plan, 5 * UNIT);
      assert_moved (hp_scenario_get_plan (scenario), "w", m (2027, 11), HP_MONTH_NONE);
      assert_moved (hp_scenario_get_plan (scenario), "x", m (2027, 10), HP_MONTH_NONE);
    }
}

/* The rule step by step, as the issue states it, with the whole summary
 * computed at each step: the reference the fast version must equal. */
static gboolean
reference_fit (HpPlan *plan,
               gint64  budget)
{
  HpMonth period_end = hp_plan_get_end (plan);

  while (total_cost (plan) > budget)
    {
      HpPosition *best = NULL;
      gint64 best_cost = 0;

      for (guint i = 0; i < hp_plan_get_n_positions (plan); i++)
        {
          HpPosition *p = hp_plan_get_position (plan, i);
          HpPositionStatus status = hp_position_get_status (p);
          HpMonth start = hp_position_get_start (p);
          HpMonth end = hp_position_get_end (p);
          gint64 cost = hp_position_period_cost (p, hp_plan_get_start (plan), hp_plan_get_months (plan),
                                                 hp_plan_get_overhead_bp (plan));

          if ((status != HP_POSITION_STATUS_PLANNED && status != HP_POSITION_STATUS_ON_HOLD)
              || start > period_end || (end != HP_MONTH_NONE && end < start))
            continue;
          if (best == NULL || start > hp_position_get_start (best)
              || (start == hp_position_get_start (best)
                  && (cost > best_cost
                      || (cost == best_cost && strcmp (hp_position_get_id (p), hp_position_get_id (best)) < 0))))
            {
              best = p;
              best_cost = cost;
            }
        }

      if (best == NULL)
        return FALSE;
      hp_position_set_start (best, hp_position_get_start (best) + 1);
      if (hp_position_get_end (best) != HP_MONTH_NONE)
        hp_position_set_end (best, hp_position_get_end (best) + 1);
    }

  return TRUE;
}

/* Generated plans and budgets: the result is within the budget, only
 * planned and on-hold positions moved, only later and start and end
 * together, exactly as the step-by-step rule moves them; a refusal exactly
 * when what is never moved costs more than the budget. */
static void
test_property (void)
{
  GRand *rand = g_rand_new_with_seed (20261204);
  guint n_refused = 0, n_moved = 0;

  for (guint round = 0; round < 400; round++)
    {
      g_autoptr(HpPlan) plan = hp_plan_new ();
      g_autoptr(HpPlan) reference = NULL;
      g_autoptr(HpScenario) scenario = NULL;
      g_autoptr(HpSummary) summary = NULL;
      g_autoptr(GError) error = NULL;
      guint n = (guint) g_rand_int_range (rand, 0, 10);
      gint64 budget, fixed;

      hp_plan_edit (plan, "start", (int) m (2027, g_rand_int_range (rand, 1, 13)),
                    "months", (guint) g_rand_int_range (rand, 1, 25),
                    "overhead-bp", (guint) g_rand_int_range (rand, 0, 5000), NULL);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *id = g_strdup_printf ("p%u", g_rand_int_range (rand, 0, 1000) * 10 + i);
          HpMonth start = m (2026 + g_rand_int_range (rand, 0, 4), g_rand_int_range (rand, 1, 13));
          HpMonth end = g_rand_boolean (rand) ? HP_MONTH_NONE : start + g_rand_int_range (rand, -2, 30);
          HpPosition *p = new_position (id, (HpPositionStatus) g_rand_int_range (rand, 0, HP_N_POSITION_STATUSES),
                                        start, end, g_rand_int_range (rand, 1, 30000000),
                                        g_rand_int_range (rand, 0, 1000000));

          hp_position_set_count (p, (guint) g_rand_int_range (rand, 1, 4));
          add (plan, p);
        }

      summary = hp_summary_compute (plan, NULL);
      fixed = summary->total_cost - summary->status_cost[HP_POSITION_STATUS_PLANNED]
              - summary->status_cost[HP_POSITION_STATUS_ON_HOLD];
      budget = (gint64) (g_rand_double (rand) * 1.1 * (double) summary->total_cost);

      scenario = hp_plan_fit_budget (plan, budget, "fit", "Fit", &error);
      if (fixed > budget)
        {
          g_assert_null (scenario);
          g_assert_error (error, HP_ERROR, HP_ERROR_RANGE);
          n_refused++;
          continue;
        }

      g_assert_no_error (error);
      g_assert_cmpint (total_cost (hp_scenario_get_plan (scenario)), <=, budget);

      reference = hp_plan_copy (plan);
      g_assert_true (reference_fit (reference, budget));

      g_assert_cmpuint (hp_plan_get_n_positions (hp_scenario_get_plan (scenario)), ==, n);
      for (guint i = 0; i < n; i++)
        {
          HpPosition *before = hp_plan_get_position (plan, i);
          HpPosition *after = hp_plan_get_position (hp_scenario_get_plan (scenario), i);
          HpPositionStatus status = hp_position_get_status (before);
          HpMonth moved = hp_position_get_start (after) - hp_position_get_start (before);
          g_autoptr(HpPosition) back = hp_position_copy (after, FALSE);

          g_assert_true (hp_position_equal (after, hp_plan_get_position (reference, i)));
          g_assert_cmpint (moved, >=, 0);
          if (status != HP_POSITION_STATUS_PLANNED && status != HP_POSITION_STATUS_ON_HOLD)
            g_assert_cmpint (moved, ==, 0);
          if (hp_position_get_end (before) == HP_MONTH_NONE)
            g_assert_cmpint (hp_position_get_end (after), ==, HP_MONTH_NONE);
          else
            g_assert_cmpint (hp_position_get_end (after) - hp_position_get_end (before), ==, moved);

          /* Nothing else changed. */
          hp_position_set_start (back, hp_position_get_start (before));
          hp_position_set_end (back, hp_position_get_end (before));
          g_assert_true (hp_position_equal (back, before));
          if (moved > 0)
            n_moved++;
        }
    }

  /* The generated cases reach every branch. */
  g_assert_cmpuint (n_refused, >, 10);
  g_assert_cmpuint (n_moved, >, 50);
  g_rand_free (rand);
}

/* The same plan and budget give the same file, byte for byte. */
static void
test_deterministic (void)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 12, 4, 12, 0, 0);
  g_autofree char *first = NULL;

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(HpPlan) plan = worked_plan ();
      g_autoptr(HpScenario) scenario = fit (plan, 20 * UNIT);
      g_autofree char *text = NULL;
      gsize length;

      hp_plan_append_scenario (plan, scenario);
      text = hp_plan_to_json (plan, NULL, when, &length);
      g_assert_nonnull (strstr (text, "\"version\": 2"));
      if (first == NULL)
        first = g_steal_pointer (&text);
      else
        g_assert_cmpstr (text, ==, first);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-fit/worked", test_worked);
  g_test_add_func ("/plan-fit/impossible", test_impossible);
  g_test_add_func ("/plan-fit/already-within", test_already_within);
  g_test_add_func ("/plan-fit/ties", test_ties);
  g_test_add_func ("/plan-fit/property", test_property);
  g_test_add_func ("/plan-fit/deterministic", test_deterministic);

  return g_test_run ();
}
