/* hp-plan-signals.c: the signals of a plan, and what one step changed,
 * gathered while it is applied and told after
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan"

#include "config.h"

#include "hp-plan-private.h"

enum {
  CHANGED,
  SETTINGS_CHANGED,
  POSITIONS_CHANGED,
  POSITION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Called once, by hp_plan_class_init(). */
void
hp_plan_install_signals (HpPlanClass *klass)
{
  /**
   * HpPlan::changed:
   *
   * After every change of the plan's settings or positions, once per step.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * HpPlan::settings-changed:
   *
   * A plan-wide setting changed in this step; before "changed".
   */
  signals[SETTINGS_CHANGED] = g_signal_new ("settings-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * HpPlan::positions-changed:
   * @removed: (element-type HpPosition): the positions taken out
   * @added: (element-type HpPosition): the positions put in
   *
   * Positions left or joined the plan in this step; before "changed".
   */
  signals[POSITIONS_CHANGED] = g_signal_new ("positions-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                             G_TYPE_PTR_ARRAY | G_SIGNAL_TYPE_STATIC_SCOPE,
                                             G_TYPE_PTR_ARRAY | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * HpPlan::position-changed:
   * @position: a position of the plan
   * @old: a detached copy of @position as it was before the step
   *
   * Fields of @position changed in this step; before "changed".
   */
  signals[POSITION_CHANGED] = g_signal_new ("position-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                            HP_TYPE_POSITION, HP_TYPE_POSITION);
}

void
hp_plan_step_init (HpPlan     *self,
                   HpPlanStep *step)
{
  step->settings = FALSE;
  step->removed = g_ptr_array_new_with_free_func (g_object_unref);
  step->added = g_ptr_array_new_with_free_func (g_object_unref);
  step->changed = g_ptr_array_new_with_free_func (g_object_unref);
  step->old = g_ptr_array_new_with_free_func (g_object_unref);
  step->seen = g_hash_table_new (NULL, NULL);
  step->snapshots = g_signal_has_handler_pending (self, signals[POSITION_CHANGED], 0, TRUE);
}

void
hp_plan_step_clear (HpPlanStep *step)
{
  g_clear_pointer (&step->removed, g_ptr_array_unref);
  g_clear_pointer (&step->added, g_ptr_array_unref);
  g_clear_pointer (&step->changed, g_ptr_array_unref);
  g_clear_pointer (&step->old, g_ptr_array_unref);
  g_clear_pointer (&step->seen, g_hash_table_unref);
}

/* Before a position's property is set: remember it, and its values. */
void
hp_plan_step_note_position (HpPlanStep *step,
                            HpPosition *position)
{
  if (g_hash_table_contains (step->seen, position))
    return;

  g_hash_table_add (step->seen, position);
  g_ptr_array_add (step->changed, g_object_ref (position));
  if (step->snapshots)
    g_ptr_array_add (step->old, hp_position_copy (position, FALSE));
}

/* Tells what the step changed, then that it changed. */
void
hp_plan_step_emit (HpPlan     *self,
                   HpPlanStep *step)
{
  if (step->settings)
    g_signal_emit (self, signals[SETTINGS_CHANGED], 0);

  if (step->removed->len > 0 || step->added->len > 0)
    g_signal_emit (self, signals[POSITIONS_CHANGED], 0, step->removed, step->added);

  if (step->snapshots)
    for (guint i = 0; i < step->changed->len; i++)
      g_signal_emit (self, signals[POSITION_CHANGED], 0,
                     g_ptr_array_index (step->changed, i), g_ptr_array_index (step->old, i));

  g_signal_emit (self, signals[CHANGED], 0);
}
