/* test-costing.c: the exact costing of a plan, worked out by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "hp-catalog.h"
#include "hp-money.h"
#include "hp-plan.h"
#include "hp-summary.h"

/* Helpers */

static HpPlan *
make_plan (const char *currency,
           HpMonth     start,
           guint       months,
           guint       overhead_bp)
{
  HpPlan *plan = hp_plan_new ();

  hp_plan_edit (plan,
                "currency", currency,
                "start", (int) start,
                "months", months,
                "overhead-bp", overhead_bp,
                NULL);

  g_assert_cmpstr (hp_plan_get_currency (plan), ==, currency);
  g_assert_cmpint (hp_plan_get_start (plan), ==, start);
  g_assert_cmpuint (hp_plan_get_months (plan), ==, months);
  g_assert_cmpuint (hp_plan_get_overhead_bp (plan), ==, overhead_bp);

  return plan;
}

static void
set_budget (HpPlan *plan,
            gint64  budget)
{
  hp_plan_edit (plan, "has-budget", TRUE, "budget", budget, NULL);

  g_assert_true (hp_plan_get_has_budget (plan));
  g_assert_cmpint (hp_plan_get_budget (plan), ==, budget);
}

/* Returns the position, owned by the plan. */
static HpPosition *
add_position (HpPlan           *plan,
              const char       *title,
              HpLevel           level,
              guint             count,
              HpMonth           start,
              HpMonth           end,
              gint64            annual_salary,
              gint64            one_time_cost,
              HpPositionStatus  status)
{
  g_autoptr(HpPosition) position = hp_position_new ();

  hp_position_set_title (position, title);
  hp_position_set_level (position, level);
  hp_position_set_count (position, count);
  hp_position_set_start (position, start);
  hp_position_set_end (position, end);
  hp_position_set_annual_salary (position, annual_salary);
  hp_position_set_one_time_cost (position, one_time_cost);
  hp_position_set_status (position, status);
  hp_plan_append_position (plan, position);

  return position;
}

static guint
count_warnings (HpSummary  *summary,
                const char *code)
{
  guint n = 0;

  for (guint i = 0; i < summary->warnings->len; i++)
    {
      const HpWarning *warning = g_ptr_array_index (summary->warnings, i);

      if (g_str_equal (warning->code, code))
        n++;
    }

  return n;
}

static const HpWarning *
find_plan_warning (HpSummary  *summary,
                   const char *code)
{
  for (guint i = 0; i < summary->warnings->len; i++)
    {
      const HpWarning *warning = g_ptr_array_index (summary->warnings, i);

      if (warning->position_id == NULL && g_str_equal (warning->code, code))
        return warning;
    }

  return NULL;
}

/* The loaded monthly cost of one head */

static void
test_monthly_per_head (void)
{
  /* 15100000 * 13000 = 196300000000; / 120000 = 1635833.33.. -> 1635833 */
  g_assert_cmpint (hp_cost_monthly_per_head (15100000, 3000), ==, 1635833);

  /* 6 * 10000 = 60000; / 120000 = 0.5 exactly -> rounds up to 1 */
  g_assert_cmpint (hp_cost_monthly_per_head (6, 0), ==, 1);
  /* 5 * 10000 = 50000; / 120000 = 0.41.. -> 0 */
  g_assert_cmpint (hp_cost_monthly_per_head (5, 0), ==, 0);

  /* A realistic half: 13 * S = 60 (mod 120) when S = 60 (mod 120), and
   * 10000020 = 83333 * 120 + 60.  10000020 * 13000 = 130000260000;
   * 1083335 * 120000 = 130000200000, remainder 60000, exactly half
   * -> 1083335.5 rounds up to 1083336 */
  g_assert_cmpint (hp_cost_monthly_per_head (10000020, 3000), ==, 1083336);

  /* One minor unit less: 10000019 * 13000 = 130000247000, remainder
   * 47000 -> 1083335.39.. -> 1083335 */
  g_assert_cmpint (hp_cost_monthly_per_head (10000019, 3000), ==, 1083335);

  /* Just below half: 10000103 * 13000 = 130001339000; 1083344 * 120000 =
   * 130001280000, remainder 59000 (the nearest to 60000 a multiple of 13000
   * can come) -> 1083344.49.. -> 1083344 */
  g_assert_cmpint (hp_cost_monthly_per_head (10000103, 3000), ==, 1083344);

  /* The largest amount: 999999999999999 * 40000 / 120000
   * = 999999999999999 / 3 = 333333333333333 exactly */
  g_assert_cmpint (hp_cost_monthly_per_head (HP_MONEY_MAX, 30000), ==, 333333333333333);
  /* 999999999999999 * 13000 = 12999999999999987000; that product would
   * overflow gint64.  / 120000 = 108333333333333.225 -> 108333333333333 */
  g_assert_cmpint (hp_cost_monthly_per_head (HP_MONEY_MAX, 3000), ==, 108333333333333);
  /* G_MAXINT64 * 40000 + 60000 = 368934881474191032320000 + 60000;
   * / 120000 = 3074457345618258602.8 -> 3074457345618258602 (floor of
   * x + half) */
  g_assert_cmpint (hp_cost_monthly_per_head (G_MAXINT64, 30000), ==, G_GINT64_CONSTANT (3074457345618258602));

  g_assert_cmpint (hp_cost_monthly_per_head (0, 3000), ==, 0);
  /* 12000000 * 13000 / 120000 = 1300000 exactly */
  g_assert_cmpint (hp_cost_monthly_per_head (12000000, 3000), ==, 1300000);
}

/* Positions in and around a 12-month period */

static void
test_period_edges (void)
{
  g_autoptr(HpPlan) plan = make_plan ("USD", hp_month_new (2027, 1), 12, 3000);
  g_autoptr(HpSummary) summary = NULL;
  HpMonth jan = hp_month_new (2027, 1);
  HpMonth dec = hp_month_new (2027, 12);
  HpPosition *before, *inside, *after;
  const HpWarning *warning;

  /* Started before the period, no end: M = 1635833 (see above). */
  before = add_position (plan, "Senior Back-End Engineer", HP_LEVEL_SENIOR, 1,
                         hp_month_new (2026, 10), HP_MONTH_NONE,
                         15100000, 470000, HP_POSITION_STATUS_FILLED);
  /* Mar to Aug 2027, two heads: M = 12000000 * 13000 / 120000 = 1300000. */
  inside = add_position (plan, "Back-End Engineer", HP_LEVEL_MID, 2,
                         hp_month_new (2027, 3), hp_month_new (2027, 8),
                         12000000, 470000, HP_POSITION_STATUS_OPEN);
  /* Entirely after the period. */
  after = add_position (plan, "Junior Back-End Engineer", HP_LEVEL_JUNIOR, 1,
                        hp_month_new (2028, 2), HP_MONTH_NONE,
                        10000000, 470000, HP_POSITION_STATUS_PLANNED);

  /* Employment */
  g_assert_true (hp_position_is_employed_in (before, hp_month_new (2026, 10)));
  g_assert_false (hp_position_is_employed_in (before, hp_month_new (2026, 9)));
  g_assert_true (hp_position_is_employed_in (inside, hp_month_new (2027, 8)));
  g_assert_false (hp_position_is_employed_in (inside, hp_month_new (2027, 9)));

  /* Month costs of single positions */
  /* Before the period: 0, even though employed. */
  g_assert_cmpint (hp_position_month_cost (before, hp_month_new (2026, 12), jan, dec, 3000), ==, 0);
  /* Jan 2027: 1 * 1635833, no one-time cost (it started in Oct 2026). */
  g_assert_cmpint (hp_position_month_cost (before, jan, jan, dec, 3000), ==, 1635833);
  /* Mar 2027, the start month: 2 * 1300000 + 2 * 470000 = 3540000 */
  g_assert_cmpint (hp_position_month_cost (inside, hp_month_new (2027, 3), jan, dec, 3000), ==, 3540000);
  /* Apr 2027: 2 * 1300000 = 2600000 */
  g_assert_cmpint (hp_position_month_cost (inside, hp_month_new (2027, 4), jan, dec, 3000), ==, 2600000);
  /* Sep 2027: ended */
  g_assert_cmpint (hp_position_month_cost (inside, hp_month_new (2027, 9), jan, dec, 3000), ==, 0);
  /* A period that starts with the position: Oct to Dec 2026,
   * 3 * 1635833 + 470000 = 4907499 + 470000 = 5377499 */
  g_assert_cmpint (hp_position_period_cost (before, hp_month_new (2026, 10), 3, 3000), ==, 5377499);

  /* Period costs */
  /* 12 * 1635833 = 19629996 */
  g_assert_cmpint (hp_position_period_cost (before, jan, 12, 3000), ==, 19629996);
  /* 6 * 2 * 1300000 + 2 * 470000 = 15600000 + 940000 = 16540000 */
  g_assert_cmpint (hp_position_period_cost (inside, jan, 12, 3000), ==, 16540000);
  g_assert_cmpint (hp_position_period_cost (after, jan, 12, 3000), ==, 0);

  summary = hp_summary_compute (plan, NULL);

  g_assert_cmpstr (summary->currency, ==, "USD");
  g_assert_cmpint (summary->start, ==, jan);
  g_assert_cmpuint (summary->n_months, ==, 12);
  g_assert_cmpuint (summary->overhead_bp, ==, 3000);
  g_assert_false (summary->overflow);

  /* Jan: 1635833 (one head) */
  g_assert_cmpint (summary->month_cost[0], ==, 1635833);
  g_assert_cmpint (summary->month_headcount[0], ==, 1);
  /* Mar: 1635833 + 3540000 = 5175833, 1 + 2 heads */
  g_assert_cmpint (summary->month_cost[2], ==, 5175833);
  g_assert_cmpint (summary->month_headcount[2], ==, 3);
  /* Apr: 1635833 + 2600000 = 4235833 */
  g_assert_cmpint (summary->month_cost[3], ==, 4235833);
  /* Aug: 4235833 too; Sep: back to 1635833 */
  g_assert_cmpint (summary->month_cost[7], ==, 4235833);
  g_assert_cmpint (summary->month_cost[8], ==, 1635833);
  g_assert_cmpint (summary->month_headcount[8], ==, 1);
  /* By level in Mar: senior 1635833, mid 3540000 */
  g_assert_cmpint (summary->month_level_cost[2 * HP_N_LEVELS + HP_LEVEL_SENIOR], ==, 1635833);
  g_assert_cmpint (summary->month_level_cost[2 * HP_N_LEVELS + HP_LEVEL_MID], ==, 3540000);
  g_assert_cmpint (summary->month_level_headcount[2 * HP_N_LEVELS + HP_LEVEL_MID], ==, 2);
  g_assert_cmpint (summary->month_level_headcount[2 * HP_N_LEVELS + HP_LEVEL_JUNIOR], ==, 0);

  /* Totals: 19629996 + 16540000 + 0 = 36169996 */
  g_assert_cmpint (summary->total_cost, ==, 36169996);
  g_assert_cmpint (summary->level_cost[HP_LEVEL_SENIOR], ==, 19629996);
  g_assert_cmpint (summary->level_cost[HP_LEVEL_MID], ==, 16540000);
  g_assert_cmpint (summary->level_cost[HP_LEVEL_JUNIOR], ==, 0);
  g_assert_cmpint (summary->status_cost[HP_POSITION_STATUS_FILLED], ==, 19629996);
  g_assert_cmpint (summary->status_cost[HP_POSITION_STATUS_OPEN], ==, 16540000);
  g_assert_cmpint (summary->status_cost[HP_POSITION_STATUS_PLANNED], ==, 0);

  /* Headcount of the period: 1 senior + 2 mid; the junior never starts. */
  g_assert_cmpint (summary->total_headcount, ==, 3);
  g_assert_cmpint (summary->level_headcount[HP_LEVEL_SENIOR], ==, 1);
  g_assert_cmpint (summary->level_headcount[HP_LEVEL_MID], ==, 2);
  g_assert_cmpint (summary->level_headcount[HP_LEVEL_JUNIOR], ==, 0);
  g_assert_cmpint (summary->status_headcount[HP_POSITION_STATUS_OPEN], ==, 2);
  g_assert_cmpint (summary->status_headcount[HP_POSITION_STATUS_PLANNED], ==, 0);

  /* Run rate: only the senior is employed in Dec: 1635833 * 12 = 19629996 */
  g_assert_cmpint (summary->run_rate, ==, 19629996);
  g_assert_cmpint (summary->level_run_rate[HP_LEVEL_SENIOR], ==, 19629996);
  g_assert_cmpint (summary->level_run_rate[HP_LEVEL_MID], ==, 0);

  /* Quarters: Q1 = 1635833 + 1635833 + 5175833 = 8447499;
   * Q2 = 3 * 4235833 = 12707499; Q3 = 4235833 * 2 + 1635833 = 10107499;
   * Q4 = 3 * 1635833 = 4907499; sum 36169996 */
  g_assert_cmpuint (hp_summary_get_n_quarters (summary), ==, 4);
  g_assert_cmpint (hp_summary_get_quarter_cost (summary, 0), ==, 8447499);
  g_assert_cmpint (hp_summary_get_quarter_cost (summary, 1), ==, 12707499);
  g_assert_cmpint (hp_summary_get_quarter_cost (summary, 2), ==, 10107499);
  g_assert_cmpint (hp_summary_get_quarter_cost (summary, 3), ==, 4907499);

  /* No budget: nothing remains. */
  g_assert_false (summary->has_budget);
  g_assert_cmpint (summary->budget_remaining, ==, 0);

  /* Only the position after the period is warned about. */
  g_assert_cmpuint (summary->warnings->len, ==, 1);
  g_assert_null (hp_summary_find_warning (summary, hp_position_get_id (before)));
  g_assert_null (hp_summary_find_warning (summary, hp_position_get_id (inside)));
  warning = hp_summary_find_warning (summary, hp_position_get_id (after));
  g_assert_nonnull (warning);
  g_assert_cmpint (warning->kind, ==, HP_WARNING_OUTSIDE_PERIOD);
  g_assert_cmpstr (warning->code, ==, "outside-period");
  g_assert_cmpstr (warning->position_id, ==, hp_position_get_id (after));
  g_assert_cmpstr (warning->message, ==,
                   "“Junior Back-End Engineer” is not employed in any month of the plan, 2027-01 to 2027-12");
}

static void
test_over_budget (void)
{
  g_autoptr(HpPlan) plan = make_plan ("USD", hp_month_new (2027, 1), 12, 3000);
  g_autoptr(HpSummary) summary = NULL;
  const HpWarning *warning;

  /* The same two employed positions as in test_period_edges: total 36169996 */
  add_position (plan, "Senior Back-End Engineer", HP_LEVEL_SENIOR, 1,
                hp_month_new (2026, 10), HP_MONTH_NONE, 15100000, 470000,
                HP_POSITION_STATUS_FILLED);
  add_position (plan, "Back-End Engineer", HP_LEVEL_MID, 2,
                hp_month_new (2027, 3), hp_month_new (2027, 8), 12000000, 470000,
                HP_POSITION_STATUS_OPEN);
  /* $300,000.00 */
  set_budget (plan, 30000000);

  summary = hp_summary_compute (plan, NULL);

  g_assert_cmpint (summary->total_cost, ==, 36169996);
  g_assert_true (summary->has_budget);
  g_assert_cmpint (summary->budget, ==, 30000000);
  /* 30000000 - 36169996 = -6169996 */
  g_assert_cmpint (summary->budget_remaining, ==, -6169996);

  g_assert_cmpuint (summary->warnings->len, ==, 1);
  warning = find_plan_warning (summary, "over-budget");
  g_assert_nonnull (warning);
  g_assert_cmpint (warning->kind, ==, HP_WARNING_OVER_BUDGET);
  g_assert_null (warning->position_id);
  /* $361,699.96 total, $61,699.96 over, $300,000 budget */
  g_assert_cmpstr (warning->message, ==,
                   "The plan costs $361,699.96, $61,699.96 more than its budget of $300,000");

  /* Exactly on budget is not over it. */
  g_clear_pointer (&summary, hp_summary_free);
  set_budget (plan, 36169996);
  summary = hp_summary_compute (plan, NULL);
  g_assert_cmpint (summary->budget_remaining, ==, 0);
  g_assert_cmpuint (summary->warnings->len, ==, 0);
}

/* Currencies with other minor units */

static void
test_jpy (void)
{
  g_autoptr(HpPlan) plan = make_plan ("JPY", hp_month_new (2027, 1), 12, 3000);
  g_autoptr(HpSummary) summary = NULL;

  /* ¥7,000,000 a year: M = 7000000 * 13000 / 120000 = 758333.33.. -> 758333
   * yen; two heads from Apr 2027, ¥500,000 one-time each. */
  add_position (plan, "Back-End Engineer", HP_LEVEL_MID, 2,
                hp_month_new (2027, 4), HP_MONTH_NONE, 7000000, 500000,
                HP_POSITION_STATUS_PLANNED);
  /* ¥15,000,000 */
  set_budget (plan, 15000000);

  summary = hp_summary_compute (plan, NULL);

  g_assert_cmpstr (summary->currency, ==, "JPY");
  g_assert_cmpint (hp_cost_monthly_per_head (7000000, 3000), ==, 758333);
  /* Mar: nothing; Apr: 2 * 758333 + 2 * 500000 = 1516666 + 1000000 = 2516666;
   * May: 1516666 */
  g_assert_cmpint (summary->month_cost[2], ==, 0);
  g_assert_cmpint (summary->month_cost[3], ==, 2516666);
  g_assert_cmpint (summary->month_cost[4], ==, 1516666);
  /* Apr to Dec, 9 months: 9 * 1516666 + 1000000 = 13649994 + 1000000 = 14649994 */
  g_assert_cmpint (summary->total_cost, ==, 14649994);
  /* 2 * 758333 * 12 = 18199992 */
  g_assert_cmpint (summary->run_rate, ==, 18199992);
  /* 15000000 - 14649994 = 350006 */
  g_assert_cmpint (summary->budget_remaining, ==, 350006);
  g_assert_cmpuint (summary->warnings->len, ==, 0);
}

static void
test_kwd (void)
{
  g_autoptr(HpPlan) plan = make_plan ("KWD", hp_month_new (2027, 1), 12, 2500);
  g_autoptr(HpSummary) summary = NULL;

  /* KWD 24,000.500 a year = 24000500 fils at 25 % overhead:
   * 24000500 * 12500 = 300006250000; / 120000 = 2500052.08.. -> 2500052.
   * Three heads from Jan to Jun 2027, KWD 1,000.000 one-time each. */
  add_position (plan, "Back-End Engineer", HP_LEVEL_MID, 3,
                hp_month_new (2027, 1), hp_month_new (2027, 6), 24000500, 1000000,
                HP_POSITION_STATUS_APPROVED);
  /* KWD 40,000.000 */
  set_budget (plan, 40000000);

  summary = hp_summary_compute (plan, NULL);

  g_assert_cmpstr (summary->currency, ==, "KWD");
  g_assert_cmpint (hp_cost_monthly_per_head (24000500, 2500), ==, 2500052);
  /* Jan: 3 * 2500052 + 3 * 1000000 = 7500156 + 3000000 = 10500156 */
  g_assert_cmpint (summary->month_cost[0], ==, 10500156);
  g_assert_cmpint (summary->month_cost[5], ==, 7500156);
  g_assert_cmpint (summary->month_cost[6], ==, 0);
  /* 6 * 7500156 + 3000000 = 45000936 + 3000000 = 48000936 */
  g_assert_cmpint (summary->total_cost, ==, 48000936);
  g_assert_cmpint (summary->status_cost[HP_POSITION_STATUS_APPROVED], ==, 48000936);
  /* Not employed in Dec: no run rate. */
  g_assert_cmpint (summary->run_rate, ==, 0);
  g_assert_cmpint (summary->total_headcount, ==, 3);
  /* 40000000 - 48000936 = -8000936 */
  g_assert_cmpint (summary->budget_remaining, ==, -8000936);
  g_assert_cmpuint (summary->warnings->len, ==, 1);
  /* KWD 48,000.936 total, 8,000.936 over, 40,000 budget */
  g_assert_cmpstr (find_plan_warning (summary, "over-budget")->message, ==,
                   "The plan costs KWD 48,000.936, KWD 8,000.936 more than its budget of KWD 40,000");
}

static void
test_quarters (void)
{
  g_autoptr(HpPlan) plan = make_plan ("USD", hp_month_new (2027, 1), 7, 3000);
  g_autoptr(HpSummary) summary = NULL;

  /* M = 1300000 for both. */
  add_position (plan, "A", HP_LEVEL_MID, 1, hp_month_new (2027, 1), HP_MONTH_NONE,
                12000000, 0, HP_POSITION_STATUS_FILLED);
  add_position (plan, "B", HP_LEVEL_MID, 1, hp_month_new (2027, 7), HP_MONTH_NONE,
                12000000, 100000, HP_POSITION_STATUS_PLANNED);

  summary = hp_summary_compute (plan, NULL);

  /* 7 months: Jan-Mar, Apr-Jun, Jul */
  g_assert_cmpuint (hp_summary_get_n_quarters (summary), ==, 3);
  g_assert_cmpint (hp_summary_get_quarter_first_month (summary, 0), ==, hp_month_new (2027, 1));
  g_assert_cmpint (hp_summary_get_quarter_first_month (summary, 1), ==, hp_month_new (2027, 4));
  g_assert_cmpint (hp_summary_get_quarter_first_month (summary, 2), ==, hp_month_new (2027, 7));
  /* 3 * 1300000 = 3900000 */
  g_assert_cmpint (hp_summary_get_quarter_cost (summary, 0), ==, 3900000);
  g_assert_cmpint (hp_summary_get_quarter_cost (summary, 1), ==, 3900000);
  /* Jul: 1300000 + 1300000 + 100000 = 2700000 */
  g_assert_cmpint (hp_summary_get_quarter_cost (summary, 2), ==, 2700000);
  /* 3900000 + 3900000 + 2700000 = 10500000 */
  g_assert_cmpint (summary->total_cost, ==, 10500000);
  /* Both employed in Jul, the last month: 2 * 1300000 * 12 = 31200000 */
  g_assert_cmpint (summary->run_rate, ==, 31200000);
  g_assert_cmpint (summary->level_run_rate[HP_LEVEL_MID], ==, 31200000);
}

static void
test_empty_plan (void)
{
  g_autoptr(HpPlan) plan = make_plan ("USD", hp_month_new (2027, 1), 12, 3000);
  g_autoptr(HpSummary) summary = hp_summary_compute (plan, NULL);

  for (guint m = 0; m < 12; m++)
    {
      g_assert_cmpint (summary->month_cost[m], ==, 0);
      g_assert_cmpint (summary->month_headcount[m], ==, 0);
      for (guint l = 0; l < HP_N_LEVELS; l++)
        {
          g_assert_cmpint (summary->month_level_cost[m * HP_N_LEVELS + l], ==, 0);
          g_assert_cmpint (summary->month_level_headcount[m * HP_N_LEVELS + l], ==, 0);
        }
    }
  for (guint l = 0; l < HP_N_LEVELS; l++)
    {
      g_assert_cmpint (summary->level_cost[l], ==, 0);
      g_assert_cmpint (summary->level_headcount[l], ==, 0);
      g_assert_cmpint (summary->level_run_rate[l], ==, 0);
    }
  for (guint s = 0; s < HP_N_POSITION_STATUSES; s++)
    {
      g_assert_cmpint (summary->status_cost[s], ==, 0);
      g_assert_cmpint (summary->status_headcount[s], ==, 0);
    }
  g_assert_cmpint (summary->total_cost, ==, 0);
  g_assert_cmpint (summary->total_headcount, ==, 0);
  g_assert_cmpint (summary->run_rate, ==, 0);
  g_assert_cmpint (summary->budget_remaining, ==, 0);
  g_assert_false (summary->overflow);
  g_assert_cmpuint (summary->warnings->len, ==, 0);
  g_assert_null (hp_summary_find_warning (summary, NULL));
}

static void
test_overflow (void)
{
  g_autoptr(HpPlan) plan = make_plan ("USD", hp_month_new (2027, 1), 12, 30000);
  g_autoptr(HpSummary) summary = NULL;

  /* M = 3074457345618258602 (see test_monthly_per_head); 10 heads
   * overflow gint64 already in count * M. */
  add_position (plan, "Too much", HP_LEVEL_LEAD, 10, hp_month_new (2027, 1), HP_MONTH_NONE,
                G_MAXINT64, 0, HP_POSITION_STATUS_PLANNED);

  summary = hp_summary_compute (plan, NULL);
  g_assert_true (summary->overflow);
}

/* Warnings */

static void
test_end_before_start (void)
{
  g_autoptr(HpPlan) plan = make_plan ("USD", hp_month_new (2027, 1), 12, 3000);
  g_autoptr(HpSummary) summary = NULL;
  HpPosition *position;
  const HpWarning *warning;

  position = add_position (plan, "Senior Back-End Engineer", HP_LEVEL_SENIOR, 1,
                           hp_month_new (2027, 5), hp_month_new (2027, 2),
                           15100000, 470000, HP_POSITION_STATUS_PLANNED);

  for (HpMonth m = hp_month_new (2027, 1); m <= hp_month_new (2027, 12); m++)
    g_assert_false (hp_position_is_employed_in (position, m));
  /* Employed in no month: the one-time cost is not charged either. */
  g_assert_cmpint (hp_position_month_cost (position, hp_month_new (2027, 5),
                                           hp_month_new (2027, 1), hp_month_new (2027, 12), 3000), ==, 0);
  g_assert_cmpint (hp_position_period_cost (position, hp_month_new (2027, 1), 12, 3000), ==, 0);

  summary = hp_summary_compute (plan, NULL);

  g_assert_cmpint (summary->total_cost, ==, 0);
  g_assert_cmpint (summary->total_headcount, ==, 0);
  /* Only the end-before-start warning, not outside-period too. */
  g_assert_cmpuint (summary->warnings->len, ==, 1);
  warning = hp_summary_find_warning (summary, hp_position_get_id (position));
  g_assert_nonnull (warning);
  g_assert_cmpint (warning->kind, ==, HP_WARNING_END_BEFORE_START);
  g_assert_cmpstr (warning->code, ==, "end-before-start");
  g_assert_cmpstr (warning->message, ==,
                   "“Senior Back-End Engineer” ends (2027-02) before it starts (2027-05)");
}

static HpSummary *
mentoring_summary (HpLevel early_level,
                   guint   n_early,
                   guint   n_senior,
                   guint   n_lead)
{
  g_autoptr(HpPlan) plan = make_plan ("USD", hp_month_new (2027, 1), 12, 3000);
  HpMonth jun = hp_month_new (2027, 6);

  add_position (plan, "Early", early_level, n_early, jun, HP_MONTH_NONE,
                5000000, 0, HP_POSITION_STATUS_PLANNED);
  if (n_senior > 0)
    add_position (plan, "Senior", HP_LEVEL_SENIOR, n_senior, jun, HP_MONTH_NONE,
                  15100000, 0, HP_POSITION_STATUS_PLANNED);
  if (n_lead > 0)
    add_position (plan, "Lead", HP_LEVEL_LEAD, n_lead, jun, HP_MONTH_NONE,
                  19000000, 0, HP_POSITION_STATUS_PLANNED);
  /* A senior after the period mentors no one in it. */
  add_position (plan, "Later senior", HP_LEVEL_SENIOR, 5, hp_month_new (2029, 1), HP_MONTH_NONE,
                15100000, 0, HP_POSITION_STATUS_PLANNED);

  return hp_summary_compute (plan, NULL);
}

static void
test_mentoring_ratio (void)
{
  const HpWarning *warning;

  /* 4 interns, 0 seniors: 4 > 3 * 0 */
  {
    g_autoptr(HpSummary) summary = mentoring_summary (HP_LEVEL_INTERN, 4, 0, 0);

    warning = find_plan_warning (summary, "mentoring-ratio");
    g_assert_nonnull (warning);
    g_assert_cmpint (warning->kind, ==, HP_WARNING_MENTORING_RATIO);
    g_assert_null (warning->position_id);
    g_assert_cmpstr (warning->message, ==,
                     "4 early-career hires and no senior or lead engineer to mentor them");
    /* Plan-wide warnings come after those of positions. */
    g_assert_cmpuint (summary->warnings->len, ==, 2);
    g_assert_cmpstr (((HpWarning *) g_ptr_array_index (summary->warnings, 0))->code, ==, "outside-period");
    g_assert_true (g_ptr_array_index (summary->warnings, 1) == warning);
  }

  /* 3 juniors, 1 senior: 3 > 3 * 1 is false */
  {
    g_autoptr(HpSummary) summary = mentoring_summary (HP_LEVEL_JUNIOR, 3, 1, 0);

    g_assert_cmpuint (count_warnings (summary, "mentoring-ratio"), ==, 0);
  }

  /* 4 juniors, 1 senior: 4 > 3 */
  {
    g_autoptr(HpSummary) summary = mentoring_summary (HP_LEVEL_JUNIOR, 4, 1, 0);

    warning = find_plan_warning (summary, "mentoring-ratio");
    g_assert_nonnull (warning);
    g_assert_cmpstr (warning->message, ==,
                     "4 early-career hires for 1 senior or lead engineer: more than three per mentor");
  }

  /* 7 graduates, 1 senior + 1 lead: 7 > 6 */
  {
    g_autoptr(HpSummary) summary = mentoring_summary (HP_LEVEL_GRADUATE, 7, 1, 1);

    warning = find_plan_warning (summary, "mentoring-ratio");
    g_assert_nonnull (warning);
    g_assert_cmpstr (warning->message, ==,
                     "7 early-career hires for 2 senior or lead engineers: more than three per mentor");
  }

  /* 6 graduates, 1 senior + 1 lead: 6 > 6 is false */
  {
    g_autoptr(HpSummary) summary = mentoring_summary (HP_LEVEL_GRADUATE, 6, 1, 1);

    g_assert_cmpuint (count_warnings (summary, "mentoring-ratio"), ==, 0);
  }

  /* No early-career hires at all, no seniors: no warning. */
  {
    g_autoptr(HpSummary) summary = mentoring_summary (HP_LEVEL_MID, 4, 0, 0);

    g_assert_cmpuint (count_warnings (summary, "mentoring-ratio"), ==, 0);
  }
}

static void
test_catalog_warnings (void)
{
  g_autoptr(HpCatalog) catalog = hp_catalog_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = make_plan ("USD", hp_month_new (2027, 1), 12, 3000);
  g_autoptr(HpPlan) euro_plan = make_plan ("EUR", hp_month_new (2027, 1), 12, 3000);
  g_autoptr(HpSummary) summary = NULL;
  HpPosition *in_band, *low_edge, *high, *low, *unknown, *no_role;
  const HpWarning *warning;

  g_assert_true (hp_catalog_add_builtin (catalog, &error));
  g_assert_no_error (error);
  /* The built-in senior band is $133,000.00 to $169,000.00. */
  g_assert_cmpint (hp_role_get_band_min (hp_catalog_lookup (catalog, "backend-senior")), ==, 13300000);
  g_assert_cmpint (hp_role_get_band_max (hp_catalog_lookup (catalog, "backend-senior")), ==, 16900000);

  in_band = add_position (plan, "Senior Back-End Engineer", HP_LEVEL_SENIOR, 1,
                          hp_month_new (2027, 1), HP_MONTH_NONE, 15100000, 0,
                          HP_POSITION_STATUS_PLANNED);
  hp_position_set_role_id (in_band, "backend-senior");
  /* On the lower edge of the band is inside it. */
  low_edge = add_position (plan, "Senior Back-End Engineer", HP_LEVEL_SENIOR, 1,
                           hp_month_new (2027, 1), HP_MONTH_NONE, 13300000, 0,
                           HP_POSITION_STATUS_PLANNED);
  hp_position_set_role_id (low_edge, "backend-senior");
  high = add_position (plan, "Well-Paid Senior Back-End Engineer", HP_LEVEL_SENIOR, 1,
                       hp_month_new (2027, 1), HP_MONTH_NONE, 20000000, 0,
                       HP_POSITION_STATUS_PLANNED);
  hp_position_set_role_id (high, "backend-senior");
  /* One cent below the band. */
  low = add_position (plan, "Cheap Senior Back-End Engineer", HP_LEVEL_SENIOR, 1,
                      hp_month_new (2027, 1), HP_MONTH_NONE, 13299999, 0,
                      HP_POSITION_STATUS_PLANNED);
  hp_position_set_role_id (low, "backend-senior");
  unknown = add_position (plan, "Platform Wizard", HP_LEVEL_SENIOR, 1,
                          hp_month_new (2027, 1), HP_MONTH_NONE, 15100000, 0,
                          HP_POSITION_STATUS_PLANNED);
  hp_position_set_role_id (unknown, "frontend-wizard");
  /* No role at all: a custom position, nothing to check. */
  no_role = add_position (plan, "Custom", HP_LEVEL_SENIOR, 1,
                          hp_month_new (2027, 1), HP_MONTH_NONE, 100, 0,
                          HP_POSITION_STATUS_PLANNED);

  summary = hp_summary_compute (plan, catalog);

  g_assert_null (hp_summary_find_warning (summary, hp_position_get_id (in_band)));
  g_assert_null (hp_summary_find_warning (summary, hp_position_get_id (low_edge)));
  g_assert_null (hp_summary_find_warning (summary, hp_position_get_id (no_role)));

  warning = hp_summary_find_warning (summary, hp_position_get_id (high));
  g_assert_nonnull (warning);
  g_assert_cmpint (warning->kind, ==, HP_WARNING_SALARY_OUTSIDE_BAND);
  g_assert_cmpstr (warning->code, ==, "salary-outside-band");
  g_assert_cmpstr (warning->message, ==,
                   "“Well-Paid Senior Back-End Engineer” pays $200,000, outside its role’s band of $133,000 to $169,000");

  warning = hp_summary_find_warning (summary, hp_position_get_id (low));
  g_assert_nonnull (warning);
  g_assert_cmpstr (warning->message, ==,
                   "“Cheap Senior Back-End Engineer” pays $132,999.99, outside its role’s band of $133,000 to $169,000");

  warning = hp_summary_find_warning (summary, hp_position_get_id (unknown));
  g_assert_nonnull (warning);
  g_assert_cmpint (warning->kind, ==, HP_WARNING_UNKNOWN_ROLE);
  g_assert_cmpstr (warning->code, ==, "unknown-role");
  g_assert_cmpstr (warning->message, ==,
                   "“Platform Wizard” uses the role “frontend-wizard”, which no loaded catalog describes");

  /* In position order. */
  g_assert_cmpuint (summary->warnings->len, ==, 3);
  g_assert_cmpstr (((HpWarning *) g_ptr_array_index (summary->warnings, 0))->position_id, ==,
                   hp_position_get_id (high));
  g_assert_cmpstr (((HpWarning *) g_ptr_array_index (summary->warnings, 1))->position_id, ==,
                   hp_position_get_id (low));
  g_assert_cmpstr (((HpWarning *) g_ptr_array_index (summary->warnings, 2))->position_id, ==,
                   hp_position_get_id (unknown));

  /* Without a catalog, nothing about roles. */
  g_clear_pointer (&summary, hp_summary_free);
  summary = hp_summary_compute (plan, NULL);
  g_assert_cmpuint (summary->warnings->len, ==, 0);

  /* A band in another currency cannot be compared. */
  g_clear_pointer (&summary, hp_summary_free);
  high = add_position (euro_plan, "Well-Paid Senior Back-End Engineer", HP_LEVEL_SENIOR, 1,
                       hp_month_new (2027, 1), HP_MONTH_NONE, 20000000, 0,
                       HP_POSITION_STATUS_PLANNED);
  hp_position_set_role_id (high, "backend-senior");
  summary = hp_summary_compute (euro_plan, catalog);
  g_assert_cmpuint (summary->warnings->len, ==, 0);
}

/* Property test: every total ties out on random plans */

static HpMonth
random_month_around (HpMonth start,
                     guint   months)
{
  return start + g_test_rand_int_range (-30, (gint32) months + 30);
}

/* The same rule as the summary's, computed with a 128-bit product. */
static gint64
reference_monthly (gint64 salary,
                   guint  overhead_bp)
{
  unsigned __int128 x = (unsigned __int128) salary * (10000u + overhead_bp);

  return (gint64) ((x + 60000) / 120000);
}

static void
test_property_ties_out (void)
{
  guint n_checked = 0;

  for (guint round = 0; round < 200; round++)
    {
      HpMonth start = hp_month_new (g_test_rand_int_range (2020, 2035), g_test_rand_int_range (1, 13));
      guint months = (guint) g_test_rand_int_range (1, HP_PLAN_MAX_MONTHS + 1);
      guint overhead_bp = (guint) g_test_rand_int_range (0, HP_PLAN_MAX_OVERHEAD_BP + 1);
      guint n_positions = (guint) g_test_rand_int_range (1, 31);
      HpMonth period_end = start + (HpMonth) months - 1;
      g_autoptr(HpPlan) plan = make_plan ("USD", start, months, overhead_bp);
      g_autoptr(HpSummary) summary = NULL;
      g_autofree gint64 *brute_headcount = g_new0 (gint64, months);
      gint64 sum_months = 0, sum_levels = 0, sum_statuses = 0, sum_positions = 0;
      gint64 sum_quarters = 0, sum_level_headcount = 0, brute_run_rate = 0;

      for (guint i = 0; i < n_positions; i++)
        {
          HpMonth pos_start = random_month_around (start, months);
          HpMonth pos_end;
          gint64 salary = g_test_rand_int_range (0, 50000001);
          guint count = (guint) g_test_rand_int_range (1, 51);

          switch (g_test_rand_int_range (0, 4))
            {
            case 0:
              pos_end = HP_MONTH_NONE;
              break;
            case 1: /* possibly before the start */
              pos_end = pos_start + g_test_rand_int_range (-12, 1);
              break;
            default:
              pos_end = random_month_around (start, months);
              break;
            }

          add_position (plan, "Random",
                        (HpLevel) g_test_rand_int_range (0, HP_N_LEVELS),
                        count, pos_start, pos_end, salary,
                        g_test_rand_int_range (0, 1000001),
                        (HpPositionStatus) g_test_rand_int_range (0, HP_N_POSITION_STATUSES));

          g_assert_cmpint (hp_cost_monthly_per_head (salary, overhead_bp), ==,
                           reference_monthly (salary, overhead_bp));

          /* Brute force, without the summary's range arithmetic. */
          for (guint m = 0; m < months; m++)
            {
              HpMonth month = start + (HpMonth) m;

              if (pos_start <= month && (pos_end == HP_MONTH_NONE || month <= pos_end))
                brute_headcount[m] += count;
            }
          if (pos_start <= period_end && (pos_end == HP_MONTH_NONE || period_end <= pos_end))
            brute_run_rate += (gint64) count * reference_monthly (salary, overhead_bp) * 12;
        }

      summary = hp_summary_compute (plan, NULL);
      g_assert_false (summary->overflow);

      for (guint m = 0; m < months; m++)
        {
          gint64 level_cost = 0, level_headcount = 0;

          g_assert_cmpint (summary->month_headcount[m], ==, brute_headcount[m]);
          for (guint l = 0; l < HP_N_LEVELS; l++)
            {
              level_cost += summary->month_level_cost[m * HP_N_LEVELS + l];
              level_headcount += summary->month_level_headcount[m * HP_N_LEVELS + l];
            }
          g_assert_cmpint (level_cost, ==, summary->month_cost[m]);
          g_assert_cmpint (level_headcount, ==, summary->month_headcount[m]);
          sum_months += summary->month_cost[m];
        }

      for (guint l = 0; l < HP_N_LEVELS; l++)
        {
          sum_levels += summary->level_cost[l];
          sum_level_headcount += summary->level_headcount[l];
        }
      for (guint s = 0; s < HP_N_POSITION_STATUSES; s++)
        sum_statuses += summary->status_cost[s];

      for (guint i = 0; i < n_positions; i++)
        {
          HpPosition *position = hp_plan_get_position (plan, i);
          gint64 period_cost = hp_position_period_cost (position, start, months, overhead_bp);
          gint64 month_sum = 0;

          for (guint m = 0; m < months; m++)
            month_sum += hp_position_month_cost (position, start + (HpMonth) m,
                                                 start, period_end, overhead_bp);
          g_assert_cmpint (period_cost, ==, month_sum);
          sum_positions += period_cost;
        }

      for (guint q = 0; q < hp_summary_get_n_quarters (summary); q++)
        sum_quarters += hp_summary_get_quarter_cost (summary, q);

      g_assert_cmpuint (hp_summary_get_n_quarters (summary), ==, (months + 2) / 3);
      g_assert_cmpint (sum_months, ==, summary->total_cost);
      g_assert_cmpint (sum_levels, ==, summary->total_cost);
      g_assert_cmpint (sum_statuses, ==, summary->total_cost);
      g_assert_cmpint (sum_positions, ==, summary->total_cost);
      g_assert_cmpint (sum_quarters, ==, summary->total_cost);
      g_assert_cmpint (sum_level_headcount, ==, summary->total_headcount);
      g_assert_cmpint (brute_run_rate, ==, summary->run_rate);
      n_checked += n_positions;
    }

  g_test_message ("200 plans, %u positions: every total ties out", n_checked);
}

static void
test_property_monthly_large (void)
{
  /* Salaries over the whole accepted range, against a 128-bit reference. */
  for (guint i = 0; i < 10000; i++)
    {
      guint64 high = (guint64) g_test_rand_int_range (0, 1000000000);
      guint64 low = (guint64) g_test_rand_int_range (0, 1000000);
      gint64 salary = (gint64) (high * 1000000 + low); /* below 1e15 */
      guint overhead_bp = (guint) g_test_rand_int_range (0, HP_PLAN_MAX_OVERHEAD_BP + 1);

      g_assert_cmpint (salary, <=, HP_MONEY_MAX);
      g_assert_cmpint (hp_cost_monthly_per_head (salary, overhead_bp), ==,
                       reference_monthly (salary, overhead_bp));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/costing/monthly-per-head", test_monthly_per_head);
  g_test_add_func ("/costing/period-edges", test_period_edges);
  g_test_add_func ("/costing/over-budget", test_over_budget);
  g_test_add_func ("/costing/jpy", test_jpy);
  g_test_add_func ("/costing/kwd", test_kwd);
  g_test_add_func ("/costing/quarters", test_quarters);
  g_test_add_func ("/costing/empty-plan", test_empty_plan);
  g_test_add_func ("/costing/overflow", test_overflow);
  g_test_add_func ("/costing/warnings/end-before-start", test_end_before_start);
  g_test_add_func ("/costing/warnings/mentoring-ratio", test_mentoring_ratio);
  g_test_add_func ("/costing/warnings/catalog", test_catalog_warnings);
  g_test_add_func ("/costing/property/ties-out", test_property_ties_out);
  g_test_add_func ("/costing/property/monthly-large", test_property_monthly_large);

  return g_test_run ();
}
