/* hp-plan-diff-json.c: the JSON documents of comparisons
 *
 * "hiring-plan-diff" (the difference of two plans) and
 * "hiring-plan-scenarios" (a file's scenarios against its baseline), both
 * described in docs/plan-format.md, written in the layout of the plan
 * file: amounts as strings with the currency's minor digits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-diff"

#include "config.h"


#include "hp-json-writer.h"
#include "hp-money.h"
#include "hp-plan-diff.h"

#define DIFF_FORMAT      "hiring-plan-diff"
#define SCENARIOS_FORMAT "hiring-plan-scenarios"
#define FORMAT_VERSION   1

static void
write_side (HpJsonWriter         *w,
            const char           *key,
            const HpPlanDiffSide *side)
{
  HpPlan *plan = side->plan;

  hp_jw_begin (w, key, '{');
  hp_jw_string (w, "file", side->file);
  hp_jw_string (w, "scenario", side->scenario != NULL ? hp_scenario_get_id (side->scenario) : NULL);
  hp_jw_string (w, "name", side->scenario != NULL ? hp_scenario_get_name (side->scenario) : NULL);
  hp_jw_string (w, "title", hp_plan_get_title (plan));
  hp_jw_string (w, "currency", hp_plan_get_currency (plan));
  hp_jw_month (w, "start", hp_plan_get_start (plan));
  hp_jw_int (w, "months", hp_plan_get_months (plan));
  hp_jw_end (w, '}');
}

static void
write_money_delta (HpJsonWriter  *w,
                   const char    *key,
                   const HpDelta *delta,
                   guint          digits)
{
  hp_jw_begin (w, key, '{');
  hp_jw_money (w, "from", delta->from, digits);
  hp_jw_money (w, "to", delta->to, digits);
  hp_jw_money (w, "delta", delta->delta, digits);
  hp_jw_end (w, '}');
}

static void
write_count_delta (HpJsonWriter  *w,
                   const char    *key,
                   const HpDelta *delta)
{
  hp_jw_begin (w, key, '{');
  hp_jw_int (w, "from", delta->from);
  hp_jw_int (w, "to", delta->to);
  hp_jw_int (w, "delta", delta->delta);
  hp_jw_end (w, '}');
}

/* A field's value with the JSON type the plan file gives it. */
static void
write_field_value (HpJsonWriter *w,
                   const char   *key,
                   const char   *name,
                   const char   *value)
{
  if (g_str_equal (name, "count") && value != NULL)
    hp_jw_raw_take (w, key, g_strdup (value));
  else if ((g_str_equal (name, "start") || g_str_equal (name, "end")) && g_strcmp0 (value, "null") == 0)
    hp_jw_raw_take (w, key, g_strdup ("null"));
  else
    hp_jw_string (w, key, value);
}

static void
write_ids (HpJsonWriter *w,
           const char   *key,
           GPtrArray    *ids)
{
  hp_jw_begin (w, key, '[');
  for (guint i = 0; i < ids->len; i++)
    hp_jw_string (w, NULL, g_ptr_array_index (ids, i));
  hp_jw_end (w, ']');
}

static void
write_positions (HpJsonWriter     *w,
                 const HpPlanDiff *diff,
                 guint             digits)
{
  hp_jw_begin (w, "positions", '{');
  write_ids (w, "added", diff->added);
  write_ids (w, "removed", diff->removed);
  hp_jw_begin (w, "changed", '[');
  for (guint i = 0; i < diff->changed->len; i++)
    {
      const HpPositionChange *change = g_ptr_array_index (diff->changed, i);

      hp_jw_begin (w, NULL, '{');
      hp_jw_string (w, "id", change->id);
      hp_jw_begin (w, "fields", '{');
      for (guint f = 0; f < change->fields->len; f++)
        {
          const HpFieldChange *field = g_ptr_array_index (change->fields, f);

          hp_jw_begin (w, field->name, '{');
          write_field_value (w, "from", field->name, field->from);
          write_field_value (w, "to", field->name, field->to);
          hp_jw_end (w, '}');
        }
      hp_jw_end (w, '}');
      write_money_delta (w, "period_cost", &change->period_cost, digits);
      hp_jw_end (w, '}');
    }
  hp_jw_end (w, ']');
  hp_jw_end (w, '}');
}

/* null on the side of a plan without a budget, and then no delta. */
static void
write_budget_remaining (HpJsonWriter     *w,
                        const HpPlanDiff *diff,
                        HpPlan           *from,
                        HpPlan           *to,
                        guint             digits)
{
  gboolean has_from = hp_plan_get_has_budget (from);
  gboolean has_to = hp_plan_get_has_budget (to);

  hp_jw_begin (w, "budget_remaining", '{');
  if (has_from)
    hp_jw_money (w, "from", diff->budget_remaining.from, digits);
  else
    hp_jw_raw_take (w, "from", g_strdup ("null"));
  if (has_to)
    hp_jw_money (w, "to", diff->budget_remaining.to, digits);
  else
    hp_jw_raw_take (w, "to", g_strdup ("null"));
  if (has_from && has_to)
    hp_jw_money (w, "delta", diff->budget_remaining.delta, digits);
  else
    hp_jw_raw_take (w, "delta", g_strdup ("null"));
  hp_jw_end (w, '}');
}

char *
hp_plan_diff_to_json (const HpPlanDiff     *diff,
                      const HpPlanDiffSide *from,
                      const HpPlanDiffSide *to)
{
  GString *out;
  HpJsonWriter w;
  guint digits;

  g_return_val_if_fail (diff != NULL, NULL);
  g_return_val_if_fail (from != NULL && HP_IS_PLAN (from->plan), NULL);
  g_return_val_if_fail (to != NULL && HP_IS_PLAN (to->plan), NULL);

  out = g_string_new (NULL);
  w = (HpJsonWriter) HP_JSON_WRITER_INIT (out);
  digits = hp_currency_minor_digits (diff->currency);

  hp_jw_begin (&w, NULL, '{');
  hp_jw_string (&w, "format", DIFF_FORMAT);
  hp_jw_int (&w, "version", FORMAT_VERSION);
  write_side (&w, "from", from);
  write_side (&w, "to", to);
  write_positions (&w, diff, digits);

  hp_jw_begin (&w, "totals", '{');
  write_money_delta (&w, "total_period_cost", &diff->total_cost, digits);
  write_money_delta (&w, "annual_run_rate", &diff->run_rate, digits);
  write_budget_remaining (&w, diff, from->plan, to->plan, digits);
  write_count_delta (&w, "headcount", &diff->headcount);
  hp_jw_end (&w, '}');

  hp_jw_begin (&w, "months", '[');
  for (guint i = 0; i < diff->months->len; i++)
    {
      const HpMonthDelta *month = &g_array_index (diff->months, HpMonthDelta, i);

      hp_jw_begin (&w, NULL, '{');
      hp_jw_month (&w, "month", month->month);
      hp_jw_money (&w, "from", month->cost.from, digits);
      hp_jw_money (&w, "to", month->cost.to, digits);
      hp_jw_money (&w, "delta", month->cost.delta, digits);
      hp_jw_end (&w, '}');
    }
  hp_jw_end (&w, ']');

  hp_jw_begin (&w, "by_level", '[');
  for (guint level = 0; level < HP_N_LEVELS; level++)
    {
      const HpDelta *cost = &diff->level_cost[level];

      hp_jw_begin (&w, NULL, '{');
      hp_jw_string (&w, "level", hp_level_to_key ((HpLevel) level));
      hp_jw_money (&w, "from", cost->from, digits);
      hp_jw_money (&w, "to", cost->to, digits);
      hp_jw_money (&w, "delta", cost->delta, digits);
      hp_jw_end (&w, '}');
    }
  hp_jw_end (&w, ']');

  hp_jw_end (&w, '}');
  g_string_append_c (out, '\n');

  return g_string_free (out, FALSE);
}

static void
write_headline (HpJsonWriter  *w,
                const HpDelta *cost,
                const HpDelta *run_rate,
                const HpDelta *headcount,
                gboolean       to_side,
                guint          digits)
{
  hp_jw_money (w, "total_period_cost", to_side ? cost->to : cost->from, digits);
  hp_jw_money (w, "annual_run_rate", to_side ? run_rate->to : run_rate->from, digits);
  hp_jw_int (w, "headcount", to_side ? headcount->to : headcount->from);
}

char *
hp_plan_scenarios_to_json (HpPlan      *plan,
                           const char  *file,
                           GError     **error)
{
  g_autoptr(GPtrArray) diffs = NULL;
  const HpPlanDiff *self;
  GString *out;
  HpJsonWriter w;
  guint digits, n;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  /* Every figure comes from the diff engine, as `hiring-plan diff` gives it. */
  diffs = hp_plan_diff_scenarios (plan, error);
  if (diffs == NULL)
    return NULL;
  self = g_ptr_array_index (diffs, 0);
  n = diffs->len - 1;

  out = g_string_new (NULL);
  w = (HpJsonWriter) HP_JSON_WRITER_INIT (out);
  digits = hp_currency_minor_digits (hp_plan_get_currency (plan));

  hp_jw_begin (&w, NULL, '{');
  hp_jw_string (&w, "format", SCENARIOS_FORMAT);
  hp_jw_int (&w, "version", FORMAT_VERSION);
  hp_jw_string (&w, "file", file);
  hp_jw_string (&w, "currency", hp_plan_get_currency (plan));

  hp_jw_begin (&w, "baseline", '{');
  hp_jw_string (&w, "title", hp_plan_get_title (plan));
  write_headline (&w, &self->total_cost, &self->run_rate, &self->headcount, FALSE, digits);
  hp_jw_end (&w, '}');

  hp_jw_begin (&w, "scenarios", '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpScenario) scenario = g_list_model_get_item (hp_plan_get_scenarios (plan), i);
      const HpPlanDiff *diff = g_ptr_array_index (diffs, i + 1);

      hp_jw_begin (&w, NULL, '{');
      hp_jw_string (&w, "id", hp_scenario_get_id (scenario));
      hp_jw_string (&w, "name", hp_scenario_get_name (scenario));
      write_headline (&w, &diff->total_cost, &diff->run_rate, &diff->headcount, TRUE, digits);
      hp_jw_begin (&w, "difference", '{');
      hp_jw_money (&w, "total_period_cost", diff->total_cost.delta, digits);
      hp_jw_money (&w, "annual_run_rate", diff->run_rate.delta, digits);
      hp_jw_int (&w, "headcount", diff->headcount.delta);
      hp_jw_end (&w, '}');
      hp_jw_end (&w, '}');
    }
  hp_jw_end (&w, ']');

  hp_jw_end (&w, '}');
  g_string_append_c (out, '\n');

  return g_string_free (out, FALSE);
}
