/* hp-xlsx-positions.c: the Positions sheet of the workbook: a typed row per
 * position with its cost in each month and over the period, and a Total
 * row of SUM formulas whose stored results are the core's summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-xlsx"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hp-xlsx-private.h"

/* The columns before the months.  Title first: it is the column that
 * stays in view (frozen) while the months scroll. */
enum
{
  COL_TITLE,
  COL_ID,
  COL_ROLE,
  COL_LEVEL,
  COL_COUNT,
  COL_START,
  COL_END,
  COL_LOCATION,
  COL_KIND,
  COL_STATUS,
  COL_SALARY,
  COL_ONE_TIME,
  COL_TEAM,
  COL_PER_HEAD,
  COL_NOTES,
  N_FIELD_COLS,
};

/* Text columns are as wide as their longest text, within these bounds. */
#define MIN_WIDTH 8
#define MAX_WIDTH 60

static void
widen (guint      *width,
       const char *text)
{
  glong n;

  if (text == NULL)
    return;

  n = g_utf8_strlen (text, MAX_WIDTH * 4);
  *width = MAX (*width, (guint) MIN (n + 2, MAX_WIDTH));
}

static void
set_widths (HpXlsx        *x,
            lxw_worksheet *sheet,
            guint          n_months)
{
  guint widths[N_FIELD_COLS] = { 0 };
  const char *headers[N_FIELD_COLS] = { 0 };
  guint n = hp_plan_get_n_positions (x->plan);
  guint money, month_money;
  gint64 largest_month = 0, largest_field = 0;

  for (guint i = 0; i < n; i++)
    {
      HpPosition *p = hp_plan_get_position (x->plan, i);

      widen (&widths[COL_TITLE], hp_position_get_title (p));
      widen (&widths[COL_ID], hp_position_get_id (p));
      widen (&widths[COL_ROLE], hp_position_get_role_id (p));
      widen (&widths[COL_LOCATION], hp_position_get_location (p));
      widen (&widths[COL_TEAM], hp_position_get_team (p));
      widen (&widths[COL_NOTES], hp_position_get_notes (p));
      largest_field = MAX (largest_field, hp_position_get_annual_salary (p));
      largest_field = MAX (largest_field, hp_position_get_one_time_cost (p));
    }
  for (guint level = 0; level < HP_N_LEVELS; level++)
    widen (&widths[COL_LEVEL], hp_level_display_name (level));
  for (guint kind = 0; kind < HP_N_POSITION_KINDS; kind++)
    widen (&widths[COL_KIND], hp_position_kind_display_name (kind));
  for (guint status = 0; status < HP_N_POSITION_STATUSES; status++)
    widen (&widths[COL_STATUS], hp_position_status_display_name (status));
  for (guint m = 0; m < n_months; m++)
    largest_month = MAX (largest_month, x->summary->month_cost[m]);

  money = hp_xlsx_money_width (largest_field, x->currency);
  month_money = hp_xlsx_money_width (largest_month, x->currency);
  widths[COL_COUNT] = 8;
  widths[COL_START] = widths[COL_END] = 10;
  widths[COL_SALARY] = widths[COL_ONE_TIME] = widths[COL_PER_HEAD] = money;

  headers[COL_TITLE] = _("Title");
  headers[COL_ID] = _("ID");
  headers[COL_ROLE] = _("Role");
  headers[COL_LEVEL] = _("Level");
  headers[COL_COUNT] = _("Count");
  headers[COL_START] = _("Start");
  headers[COL_END] = _("End");
  headers[COL_LOCATION] = _("Location");
  headers[COL_KIND] = _("Kind");
  headers[COL_STATUS] = _("Status");
  headers[COL_SALARY] = _("Annual salary");
  headers[COL_ONE_TIME] = _("One-time cost");
  headers[COL_TEAM] = _("Team");
  headers[COL_PER_HEAD] = _("Monthly cost per head");
  headers[COL_NOTES] = _("Notes");

  for (guint col = 0; col < N_FIELD_COLS; col++)
    {
      /* Room for the header and its filter button. */
      widen (&widths[col], headers[col]);
      widths[col] = MAX (widths[col] + (col == COL_TITLE ? 0 : 2), MIN_WIDTH);
      worksheet_set_column (sheet, col, col, widths[col], NULL);
      hp_xlsx_text (x, sheet, 0, col, headers[col], x->header, NULL);
    }
  if (n_months > 0)
    worksheet_set_column (sheet, N_FIELD_COLS, N_FIELD_COLS + n_months - 1, MAX (month_money, 12), NULL);
  worksheet_set_column (sheet, N_FIELD_COLS + n_months, N_FIELD_COLS + n_months,
                        MAX (hp_xlsx_money_width (x->summary->total_cost, x->currency), 14), NULL);
}

static void
write_position (HpXlsx        *x,
                lxw_worksheet *sheet,
                guint          row,
                HpPosition    *p,
                gint64        *costs)
{
  HpPlan *plan = x->plan;
  HpMonth start = hp_plan_get_start (plan);
  guint months = hp_plan_get_months (plan);
  guint overhead_bp = hp_plan_get_overhead_bp (plan);
  gint64 salary = hp_position_get_annual_salary (p);
  g_autofree char *notes_what = NULL;

  hp_xlsx_text (x, sheet, row, COL_TITLE, hp_position_get_title (p), NULL, NULL);
  hp_xlsx_text (x, sheet, row, COL_ID, hp_position_get_id (p), NULL, NULL);
  hp_xlsx_text (x, sheet, row, COL_ROLE, hp_position_get_role_id (p), NULL, NULL);
  hp_xlsx_text (x, sheet, row, COL_LEVEL, hp_level_display_name (hp_position_get_level (p)), NULL, NULL);
  hp_xlsx_integer (x, sheet, row, COL_COUNT, hp_position_get_count (p), NULL);
  hp_xlsx_month (x, sheet, row, COL_START, hp_position_get_start (p), NULL);
  hp_xlsx_month (x, sheet, row, COL_END, hp_position_get_end (p), NULL);
  hp_xlsx_text (x, sheet, row, COL_LOCATION, hp_position_get_location (p), NULL, NULL);
  hp_xlsx_text (x, sheet, row, COL_KIND, hp_position_kind_display_name (hp_position_get_kind (p)), NULL, NULL);
  hp_xlsx_text (x, sheet, row, COL_STATUS, hp_position_status_display_name (hp_position_get_status (p)),
                NULL, NULL);
  hp_xlsx_money (x, sheet, row, COL_SALARY, salary, NULL);
  hp_xlsx_money (x, sheet, row, COL_ONE_TIME, hp_position_get_one_time_cost (p), NULL);
  hp_xlsx_text (x, sheet, row, COL_TEAM, hp_position_get_team (p), NULL, NULL);
  hp_xlsx_money (x, sheet, row, COL_PER_HEAD, hp_cost_monthly_per_head (salary, overhead_bp), NULL);

  /* Only notes are free text long enough to meet a cell's limit; the
   * sentence is made only then. */
  if (hp_position_get_notes (p) != NULL && strlen (hp_position_get_notes (p)) > HP_XLSX_MAX_CELL_CHARS)
    /* TRANSLATORS: %s is a position's id */
    notes_what = g_strdup_printf (_("The notes of position “%s”"), hp_position_get_id (p));
  hp_xlsx_text (x, sheet, row, COL_NOTES, hp_position_get_notes (p), NULL, notes_what);

  /* The core's costs of each month, and of the period as a SUM of them
   * with the core's own figure stored as its result. */
  hp_position_month_costs (p, start, months, overhead_bp, costs);
  for (guint m = 0; m < months; m++)
    hp_xlsx_money (x, sheet, row, N_FIELD_COLS + m, costs[m], NULL);
  hp_xlsx_sum (x, sheet, row, N_FIELD_COLS + months, row, row, N_FIELD_COLS, N_FIELD_COLS + months - 1,
               hp_position_period_cost (p, start, months, overhead_bp), x->money);
}

void
hp_xlsx_write_positions_sheet (HpXlsx        *x,
                               lxw_worksheet *sheet)
{
  HpPlan *plan = x->plan;
  HpSummary *s = x->summary;
  guint months = hp_plan_get_months (plan);
  guint n = hp_plan_get_n_positions (plan);
  HpMonth start = hp_plan_get_start (plan);
  guint last_col = N_FIELD_COLS + months;
  g_autofree gint64 *costs = g_new0 (gint64, MAX (months, 1));
  guint total_row = n + 1;

  /* Constant-memory mode writes rows in order, and refuses anything that
   * names a row already written, an autofilter included: the sheet's
   * settings first, then the header, the positions, the total.
   *
   * The header row and the title column stay in view; the filter covers
   * the positions, not the Total row. */
  worksheet_freeze_panes (sheet, 1, 1);
  hp_xlsx_check (x, worksheet_autofilter (sheet, 0, 0, n, (lxw_col_t) last_col),
                 x->sheet_names[HP_XLSX_SHEET_POSITIONS], 0, 0);
  set_widths (x, sheet, months);
  for (guint m = 0; m < months; m++)
    hp_xlsx_month (x, sheet, 0, N_FIELD_COLS + m, start + (HpMonth) m, x->header_month);
  hp_xlsx_text (x, sheet, 0, last_col, _("Period cost"), x->header, NULL);

  for (guint i = 0; i < n && x->error == LXW_NO_ERROR; i++)
    {
      /* A worker's export can be stopped: a look every 256 rows. */
      if (i % 256 == 0 && g_cancellable_is_cancelled (x->cancellable))
        {
          x->cancelled = TRUE;
          return;
        }
      write_position (x, sheet, i + 1, hp_plan_get_position (plan, i), costs);
    }

  hp_xlsx_text (x, sheet, total_row, COL_TITLE, _("Total"), x->label, NULL);
  for (guint m = 0; m < months; m++)
    hp_xlsx_sum (x, sheet, total_row, N_FIELD_COLS + m, 1, n, N_FIELD_COLS + m, N_FIELD_COLS + m,
                 s->month_cost[m], NULL);
  hp_xlsx_sum (x, sheet, total_row, last_col, 1, n, last_col, last_col, s->total_cost, NULL);
}
