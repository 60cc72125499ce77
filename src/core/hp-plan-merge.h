/* hp-plan-merge.h: rolls team plans up into one department plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-plan.h"

G_BEGIN_DECLS

/* A new plan holding copies of the positions of all @plans, in order.
 *
 * - a position keeps its id, except a later copy of an id already taken,
 *   which gets a fresh UUID;
 * - a position without a team gets its plan's team (when that has one);
 * - the period runs from the earliest start to the latest end, at most
 *   HP_PLAN_MAX_MONTHS months;
 * - currency and overhead must be the same in every plan, and no plan may
 *   hold scenarios (a merge would lose them);
 * - the one-time cost is the first plan's; the budget is the sum of the
 *   budgets when every plan has one, else none;
 * - the title is @title, or "Department plan" when NULL or empty; the team
 *   and owner are empty, the status is draft; the notes list the plans;
 * - the history is empty.
 *
 * @names (nullable) names each plan in messages, usually its file name.
 * On failure returns NULL and sets an HP_ERROR naming the plans concerned. */
HpPlan *hp_plan_merge (HpPlan             **plans,
                       const char * const  *names,
                       guint                n_plans,
                       const char          *title,
                       GError             **error);

G_END_DECLS
