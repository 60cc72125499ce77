/* hp-plan-snapshot.c: a copy of a plan taken in slices, for a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-snapshot"

#include "config.h"

#include "hp-plan-private.h"
#include "hp-plan-snapshot.h"
#include "hp-scenario.h"

/* Positions copied between two looks at the clock. */
#define SLICE 256

struct _HpPlanSnapshot
{
  HpPlan    *source;     /* the plan, on the main thread only; NULL once copied */
  HpPlan    *copy;       /* its settings; the positions come at the end */
  GPtrArray *positions;  /* of HpPosition*, copies */
  GPtrArray *scenarios;  /* of HpScenario*, copies */
  guint      next;
};

HpPlanSnapshot *
hp_plan_snapshot_new (HpPlan *plan)
{
  HpPlanSnapshot *self;
  HpPlan *copy;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  self = g_new0 (HpPlanSnapshot, 1);
  self->source = g_object_ref (plan);
  self->positions = g_ptr_array_new_full (hp_plan_get_n_positions (plan), g_object_unref);

  /* The settings directly: through the properties they would be steps. */
  copy = self->copy = hp_plan_new ();
  g_free (copy->title);
  copy->title = g_strdup (plan->title);
  g_free (copy->team);
  copy->team = g_strdup (plan->team);
  g_free (copy->owner);
  copy->owner = g_strdup (plan->owner);
  copy->status = plan->status;
  g_free (copy->currency);
  copy->currency = g_strdup (plan->currency);
  copy->start = plan->start;
  copy->months = plan->months;
  copy->overhead_bp = plan->overhead_bp;
  copy->one_time_cost = plan->one_time_cost;
  copy->has_budget = plan->has_budget;
  copy->budget = plan->budget;
  g_free (copy->notes);
  copy->notes = g_strdup (plan->notes);
  if (plan->extensions != NULL)
    {
      g_autoptr(JsonNode) extensions = json_node_copy (plan->extensions);
      hp_plan_set_extensions (copy, extensions);
    }

  /* The scenarios whole, at once: a save never drops one. */
  self->scenarios = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < hp_plan_get_n_scenarios (plan); i++)
    {
      g_autoptr(HpScenario) scenario = g_list_model_get_item (hp_plan_get_scenarios (plan), i);
      HpScenario *scenario_copy = hp_scenario_new_copy (hp_scenario_get_id (scenario),
                                                        hp_scenario_get_name (scenario),
                                                        hp_scenario_get_plan (scenario));

      hp_scenario_set_notes (scenario_copy, hp_scenario_get_notes (scenario));
      g_ptr_array_add (self->scenarios, scenario_copy);
    }

  return self;
}

gboolean
hp_plan_snapshot_copy_some (HpPlanSnapshot *self,
                            gint64          until)
{
  guint n;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->source == NULL)
    return TRUE;

  n = hp_plan_get_n_positions (self->source);
  while (self->next < n)
    {
      guint end = MIN (n, self->next + SLICE);

      for (; self->next < end; self->next++)
        g_ptr_array_add (self->positions,
                         hp_position_copy (hp_plan_get_position (self->source, self->next), FALSE));

      if (g_get_monotonic_time () >= until)
        break;
    }

  if (self->next < n)
    return FALSE;

  /* Whole: the plan is let go here, on its own thread. */
  g_clear_object (&self->source);
  return TRUE;
}

HpPlan *
hp_plan_snapshot_finish (HpPlanSnapshot *self)
{
  HpPlan *plan;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->source == NULL, NULL);

  hp_plan_append_positions (self->copy, (HpPosition **) self->positions->pdata, self->positions->len);
  hp_plan_append_scenarios (self->copy, (HpScenario **) self->scenarios->pdata, self->scenarios->len);
  hp_plan_clear_history (self->copy);
  plan = g_steal_pointer (&self->copy);
  hp_plan_snapshot_free (self);

  return plan;
}

void
hp_plan_snapshot_free (HpPlanSnapshot *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->source);
  g_clear_object (&self->copy);
  g_clear_pointer (&self->positions, g_ptr_array_unref);
  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
  g_free (self);
}
