/* hp-xlsx-scenarios.c: the Scenarios sheet of the workbook, written only
 * when the plan has scenarios: a row for the baseline and one per
 * scenario, with its headline figures, their differences from the
 * baseline, its notes, and its cost in each month, side by side
 *
 * Every figure is the diff engine's (hp_plan_diff_scenarios ()), what
 * `hiring-plan scenarios` and `hiring-plan diff --scenario` print.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-xlsx"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hp-money.h"
#include "hp-xlsx-private.h"

enum
{
  COL_NAME,
  COL_ID,
  COL_COST,
  COL_RUN_RATE,
  COL_HEADCOUNT,
  COL_BUDGET,
  COL_COST_DELTA,
  COL_RUN_RATE_DELTA,
  COL_HEADCOUNT_DELTA,
  COL_BUDGET_DELTA,
  COL_NOTES,
  N_FIELD_COLS,      /* then a column per month */
};

#define MAX_TEXT_WIDTH 40
#define NOTES_WIDTH    50

/* Limits */

typedef enum
{
  FIGURE_COST,
  FIGURE_RUN_RATE,
  FIGURE_BUDGET,
  FIGURE_COST_DELTA,
  FIGURE_RUN_RATE_DELTA,
  FIGURE_BUDGET_DELTA,
} Figure;

static char *
figure_name (Figure      figure,
             const char *id)
{
  switch (figure)
    {
    case FIGURE_COST:
      /* TRANSLATORS: here and in the next five, %s is a scenario's id */
      return g_strdup_printf (_("the period cost of scenario “%s”"), id);
    case FIGURE_RUN_RATE:
      return g_strdup_printf (_("the annual run rate of scenario “%s”"), id);
    case FIGURE_BUDGET:
      return g_strdup_printf (_("the budget remaining of scenario “%s”"), id);
    case FIGURE_COST_DELTA:
      return g_strdup_printf (_("the difference in period cost of scenario “%s”"), id);
    case FIGURE_RUN_RATE_DELTA:
      return g_strdup_printf (_("the difference in annual run rate of scenario “%s”"), id);
    case FIGURE_BUDGET_DELTA:
      return g_strdup_printf (_("the difference in budget remaining of scenario “%s”"), id);
    default:
      g_assert_not_reached ();
    }
}

static gboolean
figure_fits (gint64       amount,
             const char  *currency,
             Figure       figure,
             const char  *id,
             GError     **error)
{
  g_autofree char *what = NULL;

  if (amount >= -HP_MONEY_MAX && amount <= HP_MONEY_MAX)
    return TRUE;

  what = figure_name (figure, id);
  return hp_xlsx_figure_fits (amount, currency, what, error);
}

gboolean
hp_xlsx_compute_scenarios (HpPlan     *plan,
                           GPtrArray **out_diffs,
                           GError    **error)
{
  g_autoptr(GPtrArray) diffs = NULL;
  g_autoptr(GListModel) scenarios = NULL;
  const char *currency = hp_plan_get_currency (plan);
  gboolean has_budget = hp_plan_get_has_budget (plan);

  *out_diffs = NULL;
  if (hp_plan_get_n_scenarios (plan) == 0)
    return TRUE;

  diffs = hp_plan_diff_scenarios (plan, error);
  if (diffs == NULL)
    {
      g_prefix_error (error, "%s", _("The plan cannot be written as a workbook: "));
      return FALSE;
    }

  /* The baseline's figures are checked with the summary; a scenario's
   * month costs are parts of its period cost. */
  scenarios = g_object_ref (hp_plan_get_scenarios (plan));
  for (guint i = 1; i < diffs->len; i++)
    {
      const HpPlanDiff *diff = g_ptr_array_index (diffs, i);
      g_autoptr(HpScenario) scenario = g_list_model_get_item (scenarios, i - 1);
      const char *id = hp_scenario_get_id (scenario);
      gboolean scenario_budget = hp_plan_get_has_budget (hp_scenario_get_plan (scenario));

      if (!figure_fits (diff->total_cost.to, currency, FIGURE_COST, id, error) ||
          !figure_fits (diff->run_rate.to, currency, FIGURE_RUN_RATE, id, error) ||
          !figure_fits (diff->total_cost.delta, currency, FIGURE_COST_DELTA, id, error) ||
          !figure_fits (diff->run_rate.delta, currency, FIGURE_RUN_RATE_DELTA, id, error))
        return FALSE;
      if (scenario_budget && !figure_fits (diff->budget_remaining.to, currency, FIGURE_BUDGET, id, error))
        return FALSE;
      if (scenario_budget && has_budget &&
          !figure_fits (diff->budget_remaining.delta, currency, FIGURE_BUDGET_DELTA, id, error))
        return FALSE;
    }

  *out_diffs = g_steal_pointer (&diffs);
  return TRUE;
}

/* Months */

/* The months of every row: the union of the baseline's period and every
 * scenario's (each diff holds the union of its two plans'). */
static void
month_span (GPtrArray *diffs,
            gint64    *first,
            gint64    *n_months)
{
  gint64 lo = G_MAXINT64, hi = G_MININT64;

  for (guint i = 0; i < diffs->len; i++)
    {
      const HpPlanDiff *diff = g_ptr_array_index (diffs, i);

      if (diff->months->len == 0)
        continue;
      lo = MIN (lo, (gint64) g_array_index (diff->months, HpMonthDelta, 0).month);
      hi = MAX (hi, (gint64) g_array_index (diff->months, HpMonthDelta, diff->months->len - 1).month);
    }

  *first = lo;
  *n_months = lo <= hi ? hi - lo + 1 : 0;
}

/* The cost of @month in the plan a row shows (the diff's "to"): 0 in a
 * month its period does not hold, as the diff engine counts it. */
static gint64
month_cost (const HpPlanDiff *diff,
            gint64            month)
{
  gint64 slot;

  if (diff->months->len == 0)
    return 0;
  slot = month - (gint64) g_array_index (diff->months, HpMonthDelta, 0).month;

  return slot >= 0 && slot < (gint64) diff->months->len ?
         g_array_index (diff->months, HpMonthDelta, slot).cost.to : 0;
}

/* Rows */

static void
write_row (HpXlsx           *x,
           lxw_worksheet    *sheet,
           guint             row,
           const HpPlanDiff *diff,
           HpScenario       *scenario, /* NULL for the baseline */
           gint64            first_month,
           guint             n_months)
{
  HpPlan *plan = scenario != NULL ? hp_scenario_get_plan (scenario) : x->plan;
  gboolean has_budget = hp_plan_get_has_budget (plan);
  const char *notes = scenario != NULL ? hp_scenario_get_notes (scenario) : NULL;
  g_autofree char *notes_what = NULL;

  if (scenario != NULL)
    {
      hp_xlsx_text (x, sheet, row, COL_NAME, hp_scenario_get_name (scenario), NULL, NULL);
      hp_xlsx_text (x, sheet, row, COL_ID, hp_scenario_get_id (scenario), NULL, NULL);
    }
  else
    hp_xlsx_text (x, sheet, row, COL_NAME, _("Baseline"), x->label, NULL);

  /* The period cost is the SUM of the months beside it, with the diff
   * engine's figure stored as its result. */
  if (n_months > 0)
    hp_xlsx_sum (x, sheet, row, COL_COST, row, row, N_FIELD_COLS, N_FIELD_COLS + n_months - 1,
                 diff->total_cost.to, x->money);
  else
    hp_xlsx_money (x, sheet, row, COL_COST, diff->total_cost.to, NULL);
  hp_xlsx_money (x, sheet, row, COL_RUN_RATE, diff->run_rate.to, NULL);
  hp_xlsx_integer (x, sheet, row, COL_HEADCOUNT, diff->headcount.to, NULL);
  if (has_budget)
    hp_xlsx_money (x, sheet, row, COL_BUDGET, diff->budget_remaining.to, NULL);

  /* The baseline has no difference from itself; a budget remaining has one
   * only when both plans have a budget. */
  if (scenario != NULL)
    {
      hp_xlsx_money (x, sheet, row, COL_COST_DELTA, diff->total_cost.delta, NULL);
      hp_xlsx_money (x, sheet, row, COL_RUN_RATE_DELTA, diff->run_rate.delta, NULL);
      hp_xlsx_integer (x, sheet, row, COL_HEADCOUNT_DELTA, diff->headcount.delta, NULL);
      if (has_budget && hp_plan_get_has_budget (x->plan))
        hp_xlsx_money (x, sheet, row, COL_BUDGET_DELTA, diff->budget_remaining.delta, NULL);
    }

  if (notes != NULL && strlen (notes) > HP_XLSX_MAX_CELL_CHARS)
    /* TRANSLATORS: %s is a scenario's id */
    notes_what = g_strdup_printf (_("The notes of scenario “%s”"), hp_scenario_get_id (scenario));
  hp_xlsx_text (x, sheet, row, COL_NOTES, notes, NULL, notes_what);

  for (guint m = 0; m < n_months; m++)
    hp_xlsx_money (x, sheet, row, N_FIELD_COLS + m, month_cost (diff, first_month + m), NULL);
}

static void
widen (double     *width,
       const char *text)
{
  if (text != NULL)
    *width = MAX (*width, MIN ((double) g_utf8_strlen (text, -1), MAX_TEXT_WIDTH));
}

static void
write_header (HpXlsx        *x,
              lxw_worksheet *sheet,
              gint64         first_month,
              guint          n_months)
{
  GPtrArray *diffs = x->scenarios;
  GListModel *scenarios = hp_plan_get_scenarios (x->plan);
  const char *headers[N_FIELD_COLS];
  double name_width = 0, id_width = 0;
  gint64 largest = 0, largest_month = 0;

  headers[COL_NAME] = _("Scenario");
  headers[COL_ID] = _("ID");
  headers[COL_COST] = _("Period cost");
  headers[COL_RUN_RATE] = _("Annual run rate");
  headers[COL_HEADCOUNT] = _("Headcount");
  headers[COL_BUDGET] = _("Budget remaining");
  headers[COL_COST_DELTA] = _("Period cost difference");
  headers[COL_RUN_RATE_DELTA] = _("Annual run rate difference");
  headers[COL_HEADCOUNT_DELTA] = _("Headcount difference");
  headers[COL_BUDGET_DELTA] = _("Budget remaining difference");
  headers[COL_NOTES] = _("Notes");

  /* Widths from the content: names and ids, and the largest amount. */
  widen (&name_width, _("Baseline"));
  for (guint i = 0; i < diffs->len; i++)
    {
      const HpPlanDiff *diff = g_ptr_array_index (diffs, i);

      largest = MAX (largest, MAX (ABS (diff->total_cost.to), ABS (diff->total_cost.delta)));
      largest = MAX (largest, MAX (ABS (diff->run_rate.to), ABS (diff->run_rate.delta)));
      largest = MAX (largest, MAX (ABS (diff->budget_remaining.to), ABS (diff->budget_remaining.delta)));
      for (guint m = 0; m < diff->months->len; m++)
        largest_month = MAX (largest_month, g_array_index (diff->months, HpMonthDelta, m).cost.to);
      if (i > 0)
        {
          g_autoptr(HpScenario) scenario = g_list_model_get_item (scenarios, i - 1);

          widen (&name_width, hp_scenario_get_name (scenario));
          widen (&id_width, hp_scenario_get_id (scenario));
        }
    }

  for (guint col = 0; col < N_FIELD_COLS; col++)
    {
      double width;

      if (col == COL_NAME)
        width = name_width;
      else if (col == COL_ID)
        width = id_width;
      else if (col == COL_HEADCOUNT || col == COL_HEADCOUNT_DELTA)
        width = 0;
      else if (col == COL_NOTES)
        width = NOTES_WIDTH;
      else
        width = hp_xlsx_money_width (-largest, x->currency);
      /* Room for the header and its filter button. */
      width = MAX (width, MIN ((double) g_utf8_strlen (headers[col], -1), MAX_TEXT_WIDTH) + 2);
      worksheet_set_column (sheet, col, col, width, NULL);
      hp_xlsx_text (x, sheet, 0, col, headers[col], x->header, NULL);
    }

  if (n_months > 0)
    worksheet_set_column (sheet, N_FIELD_COLS, N_FIELD_COLS + n_months - 1,
                          MAX (hp_xlsx_money_width (largest_month, x->currency), 12), NULL);
  for (guint m = 0; m < n_months; m++)
    hp_xlsx_month (x, sheet, 0, N_FIELD_COLS + m, (HpMonth) (first_month + m), x->header_month);
}

void
hp_xlsx_write_scenarios_sheet (HpXlsx        *x,
                               lxw_worksheet *sheet)
{
  GPtrArray *diffs = x->scenarios;
  GListModel *scenarios = hp_plan_get_scenarios (x->plan);
  gint64 first_month, span;
  guint n_months;

  g_assert (diffs != NULL && diffs->len == g_list_model_get_n_items (scenarios) + 1);

  /* A sheet has 16,384 columns: periods far apart may not fit beside the
   * figures, and then the sheet has the figures only, and says so. */
  month_span (diffs, &first_month, &span);
  if (span > LXW_COL_MAX - N_FIELD_COLS)
    {
      g_ptr_array_add (x->notices,
                       g_strdup_printf (_("The Scenarios sheet has no monthly costs: the periods of the plan and "
                                          "its scenarios span %u months, more than the %u columns a sheet "
                                          "has beside the figures."),
                                        (guint) span, (guint) (LXW_COL_MAX - N_FIELD_COLS)));
      span = 0;
    }
  n_months = (guint) span;

  /* Constant-memory mode writes rows in order: the sheet's settings, the
   * header, then the rows.  The filter covers the header and every row. */
  worksheet_freeze_panes (sheet, 1, 1);
  hp_xlsx_check (x, worksheet_autofilter (sheet, 0, 0, diffs->len, (lxw_col_t) (N_FIELD_COLS + n_months - 1)),
                 x->sheet_names[HP_XLSX_SHEET_SCENARIOS], 0, 0);
  write_header (x, sheet, first_month, n_months);

  write_row (x, sheet, 1, g_ptr_array_index (diffs, 0), NULL, first_month, n_months);
  for (guint i = 1; i < diffs->len && x->error == LXW_NO_ERROR; i++)
    {
      g_autoptr(HpScenario) scenario = g_list_model_get_item (scenarios, i - 1);

      write_row (x, sheet, i + 1, g_ptr_array_index (diffs, i), scenario, first_month, n_months);
    }
}
