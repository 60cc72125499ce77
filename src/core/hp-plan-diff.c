/* hp-plan-diff.c: the difference between two plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-diff"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-money.h"
#include "hp-plan-diff.h"
#include "hp-summary-private.h"

static HpDelta
delta (gint64 from,
       gint64 to)
{
  HpDelta d = { from, to, 0 };
  gboolean overflow = FALSE;

  d.delta = hp_checked_sub (to, from, &overflow);
  return d;
}

static void
field_change_free (gpointer data)
{
  HpFieldChange *change = data;

  g_free (change->from);
  g_free (change->to);
  g_free (change);
}

static void
position_change_free (gpointer data)
{
  HpPositionChange *change = data;

  g_free (change->id);
  g_ptr_array_unref (change->fields);
  g_free (change);
}

static char *
month_text (HpMonth month)
{
  return month == HP_MONTH_NONE ? g_strdup ("null") : hp_month_to_string (month);
}

/* Takes @from and @to. */
static void
add_field (GPtrArray  *fields,
           const char *name,
           char       *from,
           char       *to)
{
  HpFieldChange *change;

  if (g_strcmp0 (from, to) == 0)
    {
      g_free (from);
      g_free (to);
      return;
    }

  change = g_new0 (HpFieldChange, 1);
  change->name = name;
  change->from = from;
  change->to = to;
  g_ptr_array_add (fields, change);
}

static GPtrArray *
compare_fields (HpPosition *a,
                HpPosition *b,
                guint       digits)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (field_change_free);

  add_field (fields, "role", g_strdup (hp_position_get_role_id (a)), g_strdup (hp_position_get_role_id (b)));
  add_field (fields, "level", g_strdup (hp_level_to_key (hp_position_get_level (a))),
             g_strdup (hp_level_to_key (hp_position_get_level (b))));
  add_field (fields, "title", g_strdup (hp_position_get_title (a)), g_strdup (hp_position_get_title (b)));
  add_field (fields, "count", g_strdup_printf ("%u", hp_position_get_count (a)),
             g_strdup_printf ("%u", hp_position_get_count (b)));
  add_field (fields, "start", month_text (hp_position_get_start (a)), month_text (hp_position_get_start (b)));
  add_field (fields, "end", month_text (hp_position_get_end (a)), month_text (hp_position_get_end (b)));
  add_field (fields, "location", g_strdup (hp_position_get_location (a)), g_strdup (hp_position_get_location (b)));
  add_field (fields, "kind", g_strdup (hp_position_kind_to_key (hp_position_get_kind (a))),
             g_strdup (hp_position_kind_to_key (hp_position_get_kind (b))));
  add_field (fields, "status", g_strdup (hp_position_status_to_key (hp_position_get_status (a))),
             g_strdup (hp_position_status_to_key (hp_position_get_status (b))));
  add_field (fields, "annual_salary", hp_money_to_string (hp_position_get_annual_salary (a), digits),
             hp_money_to_string (hp_position_get_annual_salary (b), digits));
  add_field (fields, "one_time_cost", hp_money_to_string (hp_position_get_one_time_cost (a), digits),
             hp_money_to_string (hp_position_get_one_time_cost (b), digits));
  add_field (fields, "notes", g_strdup (hp_position_get_notes (a)), g_strdup (hp_position_get_notes (b)));
  add_field (fields, "team", g_strdup (hp_position_get_team (a)), g_strdup (hp_position_get_team (b)));

  return fields;
}

static gint64
plan_period_cost (HpPlan     *plan,
                  HpPosition *position)
{
  return hp_position_period_cost (position, hp_plan_get_start (plan), hp_plan_get_months (plan),
                                   hp_plan_get_overhead_bp (plan));
}

static GHashTable *
index_positions (HpPlan *plan)
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = hp_plan_get_n_positions (plan);

  for (guint i = 0; i < n; i++)
    {
      HpPosition *position = hp_plan_get_position (plan, i);
      g_hash_table_insert (table, (gpointer) hp_position_get_id (position), position);
    }

  return table;
}

static gint64
month_cost (const HpSummary *summary,
            gint64           month)
{
  gint64 slot = month - (gint64) summary->start;

  return slot >= 0 && slot < (gint64) summary->n_months ? summary->month_cost[slot] : 0;
}

HpPlanDiff *
hp_plan_diff_compute (HpPlan  *from,
                      HpPlan  *to,
                      GError **error)
{
  g_autoptr(HpSummary) a = NULL;
  g_autoptr(HpSummary) b = NULL;
  g_autoptr(GHashTable) from_ids = NULL;
  g_autoptr(GHashTable) to_ids = NULL;
  HpPlanDiff *diff;
  guint digits;
  gint64 first, last;

  g_return_val_if_fail (HP_IS_PLAN (from), NULL);
  g_return_val_if_fail (HP_IS_PLAN (to), NULL);

  if (g_strcmp0 (hp_plan_get_currency (from), hp_plan_get_currency (to)) != 0)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                   /* TRANSLATORS: two currency codes, "USD" and "EUR" */
                   _("the plans are in different currencies, %s and %s: they cannot be compared"),
                   hp_plan_get_currency (from), hp_plan_get_currency (to));
      return NULL;
    }

  a = hp_summary_compute (from, NULL);
  b = hp_summary_compute (to, NULL);
  if (a->overflow || b->overflow)
    {
      g_set_error_literal (error, HP_ERROR, HP_ERROR_RANGE,
                           _("the costs of these plans are too large to be compared exactly"));
      return NULL;
    }

  diff = g_new0 (HpPlanDiff, 1);
  g_strlcpy (diff->currency, a->currency, sizeof diff->currency);
  diff->added = g_ptr_array_new_with_free_func (g_free);
  diff->removed = g_ptr_array_new_with_free_func (g_free);
  diff->changed = g_ptr_array_new_with_free_func (position_change_free);
  digits = hp_currency_minor_digits (diff->currency);

  from_ids = index_positions (from);
  to_ids = index_positions (to);

  for (guint i = 0; i < hp_plan_get_n_positions (from); i++)
    {
      const char *id = hp_position_get_id (hp_plan_get_position (from, i));

      if (!g_hash_table_contains (to_ids, id))
        g_ptr_array_add (diff->removed, g_strdup (id));
    }

  for (guint i = 0; i < hp_plan_get_n_positions (to); i++)
    {
      HpPosition *new_position = hp_plan_get_position (to, i);
      const char *id = hp_position_get_id (new_position);
      HpPosition *old_position = g_hash_table_lookup (from_ids, id);
      g_autoptr(GPtrArray) fields = NULL;
      HpDelta cost;

      if (old_position == NULL)
        {
          g_ptr_array_add (diff->added, g_strdup (id));
          continue;
        }

      fields = compare_fields (old_position, new_position, digits);
      cost = delta (plan_period_cost (from, old_position), plan_period_cost (to, new_position));
      if (fields->len > 0 || cost.delta != 0)
        {
          HpPositionChange *change = g_new0 (HpPositionChange, 1);

          change->id = g_strdup (id);
          change->fields = g_steal_pointer (&fields);
          change->period_cost = cost;
          g_ptr_array_add (diff->changed, change);
        }
    }

  diff->total_cost = delta (a->total_cost, b->total_cost);
  diff->run_rate = delta (a->run_rate, b->run_rate);
  diff->headcount = delta (a->total_headcount, b->total_headcount);
  diff->budget_remaining = delta (a->has_budget ? a->budget_remaining : 0,
                                  b->has_budget ? b->budget_remaining : 0);
  for (guint l = 0; l < HP_N_LEVELS; l++)
    {
      diff->level_cost[l] = delta (a->level_cost[l], b->level_cost[l]);
      diff->level_headcount[l] = delta (a->level_headcount[l], b->level_headcount[l]);
    }
  for (guint s = 0; s < HP_N_POSITION_STATUSES; s++)
    {
      diff->status_cost[s] = delta (a->status_cost[s], b->status_cost[s]);
      diff->status_headcount[s] = delta (a->status_headcount[s], b->status_headcount[s]);
    }

  /* Every month of either period. */
  first = MIN ((gint64) a->start, (gint64) b->start);
  last = MAX ((gint64) a->start + a->n_months, (gint64) b->start + b->n_months) - 1;
  diff->months = g_array_new (FALSE, FALSE, sizeof (HpMonthDelta));
  for (gint64 m = first; m <= last; m++)
    {
      HpMonthDelta md = { (HpMonth) m, delta (month_cost (a, m), month_cost (b, m)) };
      g_array_append_val (diff->months, md);
    }

  if (a->start == b->start && a->n_months == b->n_months)
    {
      guint n = hp_summary_get_n_quarters (a);

      diff->quarters = g_array_new (FALSE, FALSE, sizeof (HpDelta));
      for (guint q = 0; q < n; q++)
        {
          HpDelta d = delta (hp_summary_get_quarter_cost (a, q), hp_summary_get_quarter_cost (b, q));
          g_array_append_val (diff->quarters, d);
        }
    }

  return diff;
}

gboolean
hp_plan_diff_is_empty (const HpPlanDiff *diff)
{
  g_return_val_if_fail (diff != NULL, TRUE);

  if (diff->added->len > 0 || diff->removed->len > 0 || diff->changed->len > 0)
    return FALSE;
  if (diff->total_cost.delta != 0 || diff->run_rate.delta != 0 || diff->headcount.delta != 0 ||
      diff->budget_remaining.delta != 0)
    return FALSE;
  for (guint i = 0; i < diff->months->len; i++)
    if (g_array_index (diff->months, HpMonthDelta, i).cost.delta != 0)
      return FALSE;

  return TRUE;
}

gboolean
hp_plan_diff_changes_cost_or_positions (const HpPlanDiff *diff)
{
  g_return_val_if_fail (diff != NULL, FALSE);

  if (diff->added->len > 0 || diff->removed->len > 0 || diff->changed->len > 0)
    return TRUE;
  if (diff->total_cost.delta != 0 || diff->run_rate.delta != 0 || diff->headcount.delta != 0)
    return TRUE;
  for (guint i = 0; i < diff->months->len; i++)
    if (g_array_index (diff->months, HpMonthDelta, i).cost.delta != 0)
      return TRUE;

  return FALSE;
}

GPtrArray *
hp_plan_diff_scenarios (HpPlan  *plan,
                        GError **error)
{
  g_autoptr(GPtrArray) diffs = NULL;
  HpPlanDiff *self;
  guint n;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = hp_plan_diff_compute (plan, plan, error);
  if (self == NULL)
    return NULL;

  n = hp_plan_get_n_scenarios (plan);
  diffs = g_ptr_array_new_full (n + 1, (GDestroyNotify) hp_plan_diff_free);
  g_ptr_array_add (diffs, self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpScenario) scenario = g_list_model_get_item (hp_plan_get_scenarios (plan), i);
      HpPlanDiff *diff = hp_plan_diff_compute (plan, hp_scenario_get_plan (scenario), error);

      if (diff == NULL)
        {
          g_prefix_error (error, "scenarios[%u]: ", i);
          return NULL;
        }
      g_ptr_array_add (diffs, diff);
    }

  return g_steal_pointer (&diffs);
}

void
hp_plan_diff_free (HpPlanDiff *diff)
{
  if (diff == NULL)
    return;

  g_ptr_array_unref (diff->added);
  g_ptr_array_unref (diff->removed);
  g_ptr_array_unref (diff->changed);
  g_array_unref (diff->months);
  g_clear_pointer (&diff->quarters, g_array_unref);
  g_free (diff);
}

const char *
hp_plan_diff_position_title (HpPlan     *plan,
                             const char *id)
{
  HpPosition *position;

  g_return_val_if_fail (HP_IS_PLAN (plan), id);
  g_return_val_if_fail (id != NULL, NULL);

  position = hp_plan_find_position (plan, id, NULL);
  return position != NULL && *hp_position_get_title (position) != '\0' ? hp_position_get_title (position) : id;
}
