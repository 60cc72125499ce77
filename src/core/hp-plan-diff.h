/* hp-plan-diff.h: the difference between two plans
 *
 * Two files, a file's baseline and one of its scenarios, or two scenarios:
 * positions matched by id (added, removed, changed with each field's old
 * and new value and the change in the position's period cost), and the
 * change in every figure of the summary.  Every delta is `to - from` of
 * the two plans' own summaries (hp_summary_compute()), so they tie out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-scenario.h"
#include "hp-summary.h"

G_BEGIN_DECLS

typedef struct
{
  gint64 from;
  gint64 to;
  gint64 delta;  /* to - from */
} HpDelta;

typedef struct
{
  const char *name;  /* the file's field name: "start", "annual_salary", ... */
  char       *from;  /* the value as the file writes it; "null" for no end */
  char       *to;
} HpFieldChange;

typedef struct
{
  char      *id;
  GPtrArray *fields;       /* of HpFieldChange*, in the file's order */
  HpDelta    period_cost;
} HpPositionChange;

typedef struct
{
  HpMonth month;
  HpDelta cost;            /* 0 in a plan whose period does not hold the month */
} HpMonthDelta;

typedef struct
{
  char       currency[4];
  GPtrArray *added;        /* of char* ids, in the new plan's order */
  GPtrArray *removed;      /* of char* ids, in the old plan's order */
  GPtrArray *changed;      /* of HpPositionChange*, in the new plan's order */

  HpDelta    total_cost;
  HpDelta    run_rate;
  HpDelta    headcount;
  HpDelta    budget_remaining;  /* 0 for a plan without a budget */
  HpDelta    level_cost[HP_N_LEVELS];
  HpDelta    level_headcount[HP_N_LEVELS];
  HpDelta    status_cost[HP_N_POSITION_STATUSES];
  HpDelta    status_headcount[HP_N_POSITION_STATUSES];

  GArray    *months;       /* of HpMonthDelta, the union of both periods, in order */
  GArray    *quarters;     /* of HpDelta when both periods are equal, else NULL */
} HpPlanDiff;

HpPlanDiff *hp_plan_diff_compute  (HpPlan     *from,
                                   HpPlan     *to,
                                   GError    **error);
gboolean    hp_plan_diff_is_empty (const HpPlanDiff *diff);
/* TRUE when positions were added, removed or changed, or a cost or the
 * headcount differs (any figure but the budget): what `hiring-plan diff`
 * reports with its exit status. */
gboolean    hp_plan_diff_changes_cost_or_positions (const HpPlanDiff *diff);
void        hp_plan_diff_free     (HpPlanDiff *diff);
/* How a position of a diff is named to a reader: its title, or its id
 * when it has none or is not in @plan. */
const char *hp_plan_diff_position_title (HpPlan     *plan,
                                         const char *id);

/* The comparisons of a plan's scenarios with its baseline: a GPtrArray of
 * HpPlanDiff*, first the baseline against itself (its `from` figures are
 * the baseline's headline figures, every delta 0), then each scenario's
 * plan against the baseline, in the scenarios' order.  NULL with @error
 * set ("scenarios[2]: ...") when a plan's costs are too large to compute.
 * What `hiring-plan scenarios` and the workbook's Scenarios sheet show. */
GPtrArray  *hp_plan_diff_scenarios (HpPlan    *plan,
                                   GError    **error);

/* One side of a comparison, as a JSON document names it. */
typedef struct
{
  const char *file;      /* as the user named it; NULL when not a file */
  HpScenario *scenario;  /* NULL for a plan's baseline */
  HpPlan     *plan;      /* the plan compared: the scenario's, or the baseline */
} HpPlanDiffSide;

/* The "hiring-plan-diff" document of docs/plan-format.md, version 1, for
 * @diff computed from @from's plan to @to's. */
char       *hp_plan_diff_to_json  (const HpPlanDiff     *diff,
                                   const HpPlanDiffSide *from,
                                   const HpPlanDiffSide *to);
/* The "hiring-plan-scenarios" document: the baseline's headline figures,
 * then each scenario's and its difference from the baseline.  NULL with
 * @error set when a plan's costs are too large to compute. */
char       *hp_plan_scenarios_to_json (HpPlan     *plan,
                                   const char *file,
                                   GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpPlanDiff, hp_plan_diff_free)

G_END_DECLS
