/* hp-plan-private.h: what the files of HpPlan share: the object's fields,
 * and the details of a step, gathered and told
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-plan.h"
#include "hp-plan-history.h"

G_BEGIN_DECLS

struct _HpPlan
{
  GObject       parent_instance;

  char         *title;
  char         *team;
  char         *owner;
  HpPlanStatus  status;
  char         *currency;
  HpMonth       start;
  guint         months;
  guint         overhead_bp;
  gint64        one_time_cost;
  gboolean      has_budget;
  gint64        budget;
  char         *notes;

  GListStore   *positions;
  HpHistory    *history;
  JsonNode     *extensions;
  GListStore   *scenarios;  /* of HpScenario, created when first asked for */
};

/* What one step changed, gathered while it is applied and told after. */
typedef struct
{
  gboolean    settings;
  GPtrArray  *removed;    /* of HpPosition*, in the order they went */
  GPtrArray  *added;      /* of HpPosition*, in the order they came */
  GPtrArray  *changed;    /* of HpPosition*, each once */
  GPtrArray  *old;        /* of HpPosition*, copies before the step, parallel to changed */
  GHashTable *seen;       /* HpPosition* in changed */
  gboolean    snapshots;  /* someone listens to "position-changed" */
} HpPlanStep;

/* hp-plan.c: "can-undo", "can-redo", "undo-label" and "redo-label" changed. */
void  hp_plan_notify_history      (HpPlan      *self);

/* hp-plan-signals.c: the signals, installed by the class; a step starts,
 * notes each position before it changes, tells what changed, and ends. */
void  hp_plan_install_signals     (HpPlanClass *klass);
void  hp_plan_step_init           (HpPlan      *self,
                                   HpPlanStep  *step);
void  hp_plan_step_note_position  (HpPlanStep  *step,
                                   HpPosition  *position);
void  hp_plan_step_emit           (HpPlan      *self,
                                   HpPlanStep  *step);
void  hp_plan_step_clear          (HpPlanStep  *step);

G_END_DECLS
