/* hp-xlsx-months.c: the Months sheet of the workbook: headcount and cost
 * per month, the cost of each level, and a native Excel chart of the
 * monthly cost stacked by level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-xlsx"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hp-xlsx-private.h"

enum
{
  COL_MONTH,
  COL_HEADCOUNT,
  COL_COST,
  COL_FIRST_LEVEL,   /* one column per level */
};

#define COL_CHART (COL_FIRST_LEVEL + HP_N_LEVELS + 1)

static void
add_chart (HpXlsx        *x,
           lxw_worksheet *sheet,
           guint          n_months)
{
  const char *sheet_name = x->sheet_names[HP_XLSX_SHEET_MONTHS];
  g_autofree char *money = hp_xlsx_money_format (x->currency);
  lxw_chart_options options = { 0 };
  char *point;
  lxw_chart *chart;

  if (n_months == 0)
    return;

  chart = workbook_add_chart (x->workbook, LXW_CHART_COLUMN_STACKED);
  if (chart == NULL)
    {
      hp_xlsx_check (x, LXW_ERROR_MEMORY_MALLOC_FAILED, sheet_name, 0, COL_CHART);
      return;
    }

  /* A series per level that costs anything, so that the legend names
   * only what the bars show. */
  for (guint level = 0; level < HP_N_LEVELS; level++)
    {
      lxw_chart_series *series;

      if (x->summary->level_cost[level] == 0)
        continue;

      series = chart_add_series (chart, NULL, NULL);
      if (series == NULL)
        {
          hp_xlsx_check (x, LXW_ERROR_MEMORY_MALLOC_FAILED, sheet_name, 0, COL_CHART);
          return;
        }
      chart_series_set_categories (series, sheet_name, 1, COL_MONTH, n_months, COL_MONTH);
      chart_series_set_values (series, sheet_name, 1, (lxw_col_t) (COL_FIRST_LEVEL + level),
                               n_months, (lxw_col_t) (COL_FIRST_LEVEL + level));
      chart_series_set_name_range (series, sheet_name, 0, (lxw_col_t) (COL_FIRST_LEVEL + level));
    }

  chart_title_set_name (chart, _("Monthly cost by level"));
  chart_axis_set_num_format (chart->x_axis, "mmm yyyy");
  /* The axis in whole units: "$90,000" rather than "$90,000.00". */
  point = strrchr (money, '.');
  if (point != NULL)
    *point = '\0';
  chart_axis_set_num_format (chart->y_axis, money);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);

  options.x_scale = 2.0;
  options.y_scale = 1.6;
  options.description = (char *) _("Monthly cost by level");
  hp_xlsx_check (x, worksheet_insert_chart_opt (sheet, 1, COL_CHART, chart, &options), sheet_name, 1, COL_CHART);
}

void
hp_xlsx_write_months_sheet (HpXlsx        *x,
                            lxw_worksheet *sheet)
{
  HpSummary *s = x->summary;
  guint n = s->n_months;
  guint total_row = n + 1;
  guint money_width = MAX (hp_xlsx_money_width (s->total_cost, x->currency), 14);

  /* Before any row: constant-memory mode writes rows in order. */
  worksheet_freeze_panes (sheet, 1, 1);
  worksheet_set_column (sheet, COL_MONTH, COL_MONTH, 12, NULL);
  worksheet_set_column (sheet, COL_HEADCOUNT, COL_HEADCOUNT, 12, NULL);
  worksheet_set_column (sheet, COL_COST, COL_FIRST_LEVEL + HP_N_LEVELS - 1, money_width, NULL);

  hp_xlsx_text (x, sheet, 0, COL_MONTH, _("Month"), x->header, NULL);
  hp_xlsx_text (x, sheet, 0, COL_HEADCOUNT, _("Headcount"), x->header, NULL);
  hp_xlsx_text (x, sheet, 0, COL_COST, _("Cost"), x->header, NULL);
  for (guint level = 0; level < HP_N_LEVELS; level++)
    hp_xlsx_text (x, sheet, 0, COL_FIRST_LEVEL + level, hp_level_display_name (level), x->header, NULL);

  for (guint m = 0; m < n; m++)
    {
      guint row = m + 1;

      hp_xlsx_month (x, sheet, row, COL_MONTH, s->start + (HpMonth) m, NULL);
      hp_xlsx_integer (x, sheet, row, COL_HEADCOUNT, s->month_headcount[m], NULL);
      hp_xlsx_money (x, sheet, row, COL_COST, s->month_cost[m], NULL);
      for (guint level = 0; level < HP_N_LEVELS; level++)
        hp_xlsx_money (x, sheet, row, COL_FIRST_LEVEL + level, s->month_level_cost[m * HP_N_LEVELS + level], NULL);
    }

  hp_xlsx_text (x, sheet, total_row, COL_MONTH, _("Total"), x->label, NULL);
  hp_xlsx_sum (x, sheet, total_row, COL_COST, 1, n, COL_COST, COL_COST, s->total_cost, NULL);
  for (guint level = 0; level < HP_N_LEVELS; level++)
    hp_xlsx_sum (x, sheet, total_row, COL_FIRST_LEVEL + level, 1, n, COL_FIRST_LEVEL + level,
                 COL_FIRST_LEVEL + level, s->level_cost[level], NULL);

  add_chart (x, sheet, n);
}
