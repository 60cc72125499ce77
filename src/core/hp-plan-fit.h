/* hp-plan-fit.h: fitting a plan to a budget by moving hires later
 *
 * The rule (issue 13, "Fit to Budget"): starting from a copy of the plan
 * shown, move the start of a position whose status is `planned` or
 * `on-hold` one month later (and its end, when it has one, by the same
 * month), each step taking the position with the latest start (ties: the
 * higher period cost first, then the smaller id in byte order), until the
 * period cost is within the budget (at most the budget).  A position whose
 * start is past the end of the period costs nothing there and is no longer
 * taken; neither is one that is never employed (its end before its start).
 * Positions of any other status are never touched.  When even every such
 * position past the end of the period leaves the cost above the budget,
 * nothing is made.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-scenario.h"

G_BEGIN_DECLS

/* A new scenario (@id, @name) holding a copy of @plan fitted to @budget (in
 * minor units), whose notes say in words what was moved and by how much;
 * when @plan is already within @budget, an unchanged copy whose notes say
 * so.  NULL with @error set (HP_ERROR) when the budget cannot be met, is
 * negative, or a moved month would leave the calendar. */
HpScenario *hp_plan_fit_budget (HpPlan      *plan,
                                gint64       budget,
                                const char  *id,
                                const char  *name,
                                GError     **error);

G_END_DECLS
