/* hp-scenario.h: a what-if version of a plan, kept in the plan's file
 *
 * A plan (the baseline) holds any number of scenarios, in order, as a
 * GListModel of HpScenario (hp_plan_get_scenarios()).  Each scenario has an
 * id (unique in its file, never blank), a name, notes, and a whole HpPlan
 * of its own, with its own undo history; a scenario's plan holds no
 * scenarios.  Positions keep their ids across scenarios: that is how the
 * difference of two plans matches them (hp-plan-diff.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-plan.h"

G_BEGIN_DECLS

#define HP_SCENARIO_MAX_COUNT 100000  /* scenarios in one file */

#define HP_TYPE_SCENARIO (hp_scenario_get_type ())

G_DECLARE_FINAL_TYPE (HpScenario, hp_scenario, HP, SCENARIO, GObject)

HpScenario *hp_scenario_new        (const char *id,
                                    const char *name,
                                    HpPlan     *plan);  /* takes a reference */
HpScenario *hp_scenario_new_copy   (const char *id,
                                    const char *name,
                                    HpPlan     *from);  /* a deep copy of @from, without its scenarios */

const char *hp_scenario_get_id     (HpScenario *self);
const char *hp_scenario_get_name   (HpScenario *self);
const char *hp_scenario_get_notes  (HpScenario *self);
HpPlan     *hp_scenario_get_plan   (HpScenario *self);

void        hp_scenario_set_name   (HpScenario *self,
                                    const char *name);
void        hp_scenario_set_notes  (HpScenario *self,
                                    const char *notes);

/* A deep copy of a plan's settings and positions (ids kept), with no
 * history and no scenarios. */
HpPlan     *hp_plan_copy           (HpPlan     *plan);

/* The scenarios of a baseline plan: a GListModel of HpScenario. */
GListModel *hp_plan_get_scenarios  (HpPlan     *plan);
guint       hp_plan_get_n_scenarios (HpPlan    *plan);
HpScenario *hp_plan_find_scenario  (HpPlan     *plan,
                                    const char *id); /* transfer none, or NULL */
void        hp_plan_append_scenario (HpPlan    *plan,
                                    HpScenario *scenario);
void        hp_plan_append_scenarios (HpPlan   *plan,
                                    HpScenario **scenarios,
                                    guint       n_scenarios);
void        hp_plan_insert_scenario (HpPlan    *plan,
                                    guint       index,
                                    HpScenario *scenario);
void        hp_plan_remove_scenario (HpPlan    *plan,
                                    guint       index);
/* The same, as undoable steps in the baseline's history (a scenario's own
 * edits stay in its plan's history); the baseline emits "changed". */
void        hp_plan_add_scenario    (HpPlan    *plan,
                                    guint       index,
                                    HpScenario *scenario,
                                    const char *label); /* NULL: "New Scenario" */
void        hp_plan_delete_scenario (HpPlan    *plan,
                                    guint       index);
void        hp_plan_rename_scenario (HpPlan    *plan,
                                    HpScenario *scenario,
                                    const char *name);
/* Of two plans (a baseline and a scenario shown), the one whose next undo
 * (or, with @redo, redo) step is the most recently made, undone or redone;
 * NULL when neither has one.  Either may be NULL. */
HpPlan     *hp_plan_newest_step     (HpPlan    *a,
                                    HpPlan     *b,
                                    gboolean    redo);
char       *hp_plan_new_scenario_id (HpPlan    *plan,
                                    const char *name); /* unique: "lean", "lean-2", ... */

G_END_DECLS
