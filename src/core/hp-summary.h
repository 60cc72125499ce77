/* hp-summary.h: the exact costing of a plan
 *
 * The rules (all money in integer minor units, never a double):
 * - per head, the loaded monthly cost M = round_half_up (S * (10000 + P) / 120000),
 *   S the annual salary, P the overhead in basis points;
 * - a position is employed in month m when start <= m and (no end or m <= end);
 * - it costs count * M each month it is employed, plus count * its one-time
 *   cost in its start month when that month is inside the period;
 * - every total is a sum of those month costs, so all totals tie out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-catalog.h"
#include "hp-plan.h"

G_BEGIN_DECLS

typedef enum
{
  HP_WARNING_OVER_BUDGET,
  HP_WARNING_OUTSIDE_PERIOD,
  HP_WARNING_SALARY_OUTSIDE_BAND,
  HP_WARNING_END_BEFORE_START,
  HP_WARNING_MENTORING_RATIO,
  HP_WARNING_UNKNOWN_ROLE,
} HpWarningKind;

typedef struct
{
  HpWarningKind  kind;
  const char    *code;        /* "over-budget", "outside-period", ... */
  char          *message;     /* a sentence in the user's language */
  char          *position_id; /* NULL for plan-wide warnings */
} HpWarning;

typedef struct
{
  char      currency[4];
  HpMonth   start;
  guint     n_months;
  guint     overhead_bp;

  /* Per month of the period, index 0 is the start month. */
  gint64   *month_cost;
  gint64   *month_headcount;
  gint64   *month_level_cost;       /* [month * HP_N_LEVELS + level] */
  gint64   *month_level_headcount;  /* [month * HP_N_LEVELS + level] */

  /* Sums of position period costs; headcount of positions employed in at
   * least one month of the period; run rate from the last month. */
  gint64    level_cost[HP_N_LEVELS];
  gint64    level_headcount[HP_N_LEVELS];
  gint64    level_run_rate[HP_N_LEVELS];
  gint64    status_cost[HP_N_POSITION_STATUSES];
  gint64    status_headcount[HP_N_POSITION_STATUSES];

  gint64    total_cost;
  gint64    total_headcount;
  gint64    run_rate;

  gboolean  has_budget;
  gint64    budget;
  gint64    budget_remaining;

  gboolean  overflow;   /* a sum left the range of gint64: the figures are not valid */

  GPtrArray *warnings;  /* of HpWarning* */
} HpSummary;

gint64      hp_cost_monthly_per_head   (gint64      annual_salary,
                                        guint       overhead_bp);
gboolean    hp_position_is_employed_in (HpPosition *position,
                                        HpMonth     month);
gint64      hp_position_month_cost     (HpPosition *position,
                                        HpMonth     month,
                                        HpMonth     period_start,
                                        HpMonth     period_end,
                                        guint       overhead_bp);
gint64      hp_position_period_cost    (HpPosition *position,
                                        HpMonth     period_start,
                                        guint       n_months,
                                        guint       overhead_bp);

void        hp_position_month_costs    (HpPosition *position,
                                        HpMonth     period_start,
                                        guint       n_months,
                                        guint       overhead_bp,
                                        gint64     *out_costs); /* n_months of them */

HpSummary  *hp_summary_compute         (HpPlan     *plan,
                                        HpCatalog  *catalog); /* catalog may be NULL */
void        hp_summary_free            (HpSummary  *summary);
HpSummary  *hp_summary_copy            (const HpSummary *summary); /* deep */
guint       hp_summary_get_n_quarters  (HpSummary  *summary);
gint64      hp_summary_get_quarter_cost (HpSummary *summary,
                                        guint       quarter); /* 0-based */
HpMonth     hp_summary_get_quarter_first_month (HpSummary *summary,
                                        guint       quarter);
const HpWarning *hp_summary_find_warning (HpSummary *summary,
                                        const char *position_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpSummary, hp_summary_free)

G_END_DECLS
