/* hp-xlsx-summary.c: the Summary sheet of the workbook: the plan's facts,
 * the costing rules, the headline figures, tables by level, status and
 * quarter, and the warnings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-xlsx-private.h"

/* Columns: a label, then up to three values. */
enum { COL_LABEL, COL_A, COL_B, COL_C, N_COLS };

static void
fact_text (HpXlsx        *x,
           lxw_worksheet *sheet,
           guint         *row,
           const char    *label,
           const char    *value,
           const char    *what)
{
  hp_xlsx_text (x, sheet, *row, COL_LABEL, label, x->label, NULL);
  hp_xlsx_text (x, sheet, *row, COL_A, value, NULL, what);
  (*row)++;
}

static void
fact_money (HpXlsx        *x,
            lxw_worksheet *sheet,
            guint         *row,
            const char    *label,
            gint64         amount)
{
  hp_xlsx_text (x, sheet, *row, COL_LABEL, label, x->label, NULL);
  hp_xlsx_money (x, sheet, *row, COL_A, amount, NULL);
  (*row)++;
}

static void
fact_count (HpXlsx        *x,
            lxw_worksheet *sheet,
            guint         *row,
            const char    *label,
            gint64         value)
{
  hp_xlsx_text (x, sheet, *row, COL_LABEL, label, x->label, NULL);
  hp_xlsx_integer (x, sheet, *row, COL_A, value, NULL);
  (*row)++;
}

static void
fact_month (HpXlsx        *x,
            lxw_worksheet *sheet,
            guint         *row,
            const char    *label,
            HpMonth        month)
{
  hp_xlsx_text (x, sheet, *row, COL_LABEL, label, x->label, NULL);
  hp_xlsx_month (x, sheet, *row, COL_A, month, NULL);
  (*row)++;
}

static void
heading (HpXlsx        *x,
         lxw_worksheet *sheet,
         guint         *row,
         const char    *text)
{
  (*row)++;
  hp_xlsx_text (x, sheet, *row, COL_LABEL, text, x->heading, NULL);
  (*row)++;
}

static void
header_row (HpXlsx        *x,
            lxw_worksheet *sheet,
            guint         *row,
            const char    *a,
            const char    *b,
            const char    *c,
            const char    *d)
{
  const char *texts[N_COLS] = { a, b, c, d };

  for (guint col = 0; col < N_COLS; col++)
    if (texts[col] != NULL)
      hp_xlsx_text (x, sheet, *row, col, texts[col], x->header, NULL);
  (*row)++;
}

static void
write_facts (HpXlsx        *x,
             lxw_worksheet *sheet,
             guint         *row)
{
  HpPlan *plan = x->plan;

  hp_xlsx_text (x, sheet, *row, COL_LABEL, hp_plan_get_title (plan), x->heading, _("The plan’s title"));
  (*row)++;
  heading (x, sheet, row, _("Plan"));
  fact_text (x, sheet, row, _("Title"), hp_plan_get_title (plan), _("The plan’s title"));
  fact_text (x, sheet, row, _("Team"), hp_plan_get_team (plan), _("The plan’s team"));
  fact_text (x, sheet, row, _("Owner"), hp_plan_get_owner (plan), _("The plan’s owner"));
  fact_text (x, sheet, row, _("Status"), hp_plan_status_display_name (hp_plan_get_status (plan)), NULL);
  fact_text (x, sheet, row, _("Currency"), x->currency, NULL);
  fact_month (x, sheet, row, _("First month"), hp_plan_get_start (plan));
  fact_month (x, sheet, row, _("Last month"), hp_plan_get_end (plan));
  fact_count (x, sheet, row, _("Months"), hp_plan_get_months (plan));

  hp_xlsx_text (x, sheet, *row, COL_LABEL, _("Overhead"), x->label, NULL);
  hp_xlsx_check (x, worksheet_write_number (sheet, *row, COL_A, hp_plan_get_overhead_bp (plan) / 10000.0,
                                            x->percent),
                 x->sheet_names[HP_XLSX_SHEET_SUMMARY], *row, COL_A);
  (*row)++;

  fact_money (x, sheet, row, _("One-time cost per hire"), hp_plan_get_one_time_cost (plan));
  if (hp_plan_get_has_budget (plan))
    fact_money (x, sheet, row, _("Budget"), hp_plan_get_budget (plan));
  else
    fact_text (x, sheet, row, _("Budget"), _("None"), NULL);
  fact_text (x, sheet, row, _("Notes"), hp_plan_get_notes (plan), _("The plan’s notes"));
}

static void
write_rules (HpXlsx        *x,
             lxw_worksheet *sheet,
             guint         *row)
{
  const char *rules[] = {
    _("Monthly cost per head: the annual salary × (1 + overhead) ÷ 12, rounded half up to the currency’s "
      "smallest unit, once per head."),
    _("A position costs its count × that monthly cost in every month from its start to its end (or to the "
      "end of the period when it has none), inside the period."),
    _("One-time cost: the position’s count × its one-time cost, in its start month when that month is inside "
      "the period."),
    _("Every total is a sum of those monthly costs, so all totals tie out exactly."),
    _("Annual run rate: the last month’s cost × 12, without one-time costs. Headcount: the heads employed in "
      "at least one month of the period."),
  };

  heading (x, sheet, row, _("Costing rules"));
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      hp_xlsx_text (x, sheet, *row, COL_LABEL, rules[i], NULL, NULL);
      (*row)++;
    }
}

static void
write_headline (HpXlsx        *x,
                lxw_worksheet *sheet,
                guint         *row)
{
  HpSummary *s = x->summary;

  heading (x, sheet, row, _("Headline figures"));
  fact_money (x, sheet, row, _("Period cost"), s->total_cost);
  fact_money (x, sheet, row, _("Annual run rate"), s->run_rate);
  fact_count (x, sheet, row, _("Headcount"), s->total_headcount);
  if (s->has_budget)
    {
      fact_money (x, sheet, row, _("Budget"), s->budget);
      fact_money (x, sheet, row, _("Budget remaining"), s->budget_remaining);
    }
}

static void
write_by_level (HpXlsx        *x,
                lxw_worksheet *sheet,
                guint         *row)
{
  HpSummary *s = x->summary;
  guint first;

  heading (x, sheet, row, _("By level"));
  header_row (x, sheet, row, _("Level"), _("Headcount"), _("Period cost"), _("Annual run rate"));
  first = *row;
  for (guint level = 0; level < HP_N_LEVELS; level++)
    {
      hp_xlsx_text (x, sheet, *row, COL_LABEL, hp_level_display_name (level), NULL, NULL);
      hp_xlsx_integer (x, sheet, *row, COL_A, s->level_headcount[level], NULL);
      hp_xlsx_money (x, sheet, *row, COL_B, s->level_cost[level], NULL);
      hp_xlsx_money (x, sheet, *row, COL_C, s->level_run_rate[level], NULL);
      (*row)++;
    }
  hp_xlsx_text (x, sheet, *row, COL_LABEL, _("Total"), x->label, NULL);
  hp_xlsx_integer (x, sheet, *row, COL_A, s->total_headcount, x->count_total);
  hp_xlsx_sum (x, sheet, *row, COL_B, first, *row - 1, COL_B, COL_B, s->total_cost, NULL);
  hp_xlsx_sum (x, sheet, *row, COL_C, first, *row - 1, COL_C, COL_C, s->run_rate, NULL);
  (*row)++;
}

static void
write_by_status (HpXlsx        *x,
                 lxw_worksheet *sheet,
                 guint         *row)
{
  HpSummary *s = x->summary;
  guint first;

  heading (x, sheet, row, _("By status"));
  header_row (x, sheet, row, _("Status"), _("Headcount"), _("Period cost"), NULL);
  first = *row;
  for (guint status = 0; status < HP_N_POSITION_STATUSES; status++)
    {
      hp_xlsx_text (x, sheet, *row, COL_LABEL, hp_position_status_display_name (status), NULL, NULL);
      hp_xlsx_integer (x, sheet, *row, COL_A, s->status_headcount[status], NULL);
      hp_xlsx_money (x, sheet, *row, COL_B, s->status_cost[status], NULL);
      (*row)++;
    }
  hp_xlsx_text (x, sheet, *row, COL_LABEL, _("Total"), x->label, NULL);
  hp_xlsx_integer (x, sheet, *row, COL_A, s->total_headcount, x->count_total);
  hp_xlsx_sum (x, sheet, *row, COL_B, first, *row - 1, COL_B, COL_B, s->total_cost, NULL);
  (*row)++;
}

static void
write_by_quarter (HpXlsx        *x,
                  lxw_worksheet *sheet,
                  guint         *row)
{
  HpSummary *s = x->summary;
  guint n = hp_summary_get_n_quarters (s);
  guint first;

  heading (x, sheet, row, _("By quarter"));
  header_row (x, sheet, row, _("Quarter"), _("First month"), _("Period cost"), NULL);
  first = *row;
  for (guint q = 0; q < n; q++)
    {
      /* TRANSLATORS: a quarter of the plan's period, counted from its start */
      g_autofree char *name = g_strdup_printf (_("Quarter %u"), q + 1);

      hp_xlsx_text (x, sheet, *row, COL_LABEL, name, NULL, NULL);
      hp_xlsx_month (x, sheet, *row, COL_A, hp_summary_get_quarter_first_month (s, q), NULL);
      hp_xlsx_money (x, sheet, *row, COL_B, hp_summary_get_quarter_cost (s, q), NULL);
      (*row)++;
    }
  hp_xlsx_text (x, sheet, *row, COL_LABEL, _("Total"), x->label, NULL);
  hp_xlsx_sum (x, sheet, *row, COL_B, first, *row - 1, COL_B, COL_B, s->total_cost, NULL);
  (*row)++;
}

static void
write_warnings (HpXlsx        *x,
                lxw_worksheet *sheet,
                guint         *row)
{
  GPtrArray *warnings = x->summary->warnings;

  heading (x, sheet, row, _("Warnings"));
  if (warnings == NULL || warnings->len == 0)
    {
      hp_xlsx_text (x, sheet, *row, COL_LABEL, _("None"), NULL, NULL);
      (*row)++;
      return;
    }

  header_row (x, sheet, row, _("Warning"), _("Position"), NULL, NULL);
  for (guint i = 0; i < warnings->len; i++)
    {
      const HpWarning *warning = g_ptr_array_index (warnings, i);

      hp_xlsx_text (x, sheet, *row, COL_LABEL, warning->message, NULL, _("A warning"));
      hp_xlsx_text (x, sheet, *row, COL_A, warning->position_id, NULL, NULL);
      (*row)++;
    }
}

void
hp_xlsx_write_summary_sheet (HpXlsx        *x,
                             lxw_worksheet *sheet)
{
  guint row = 0;
  guint money_width = hp_xlsx_money_width (MAX (x->summary->total_cost, x->summary->run_rate), x->currency);

  worksheet_set_column (sheet, COL_LABEL, COL_LABEL, 30, NULL);
  worksheet_set_column (sheet, COL_A, COL_C, MAX (money_width, 16), NULL);
  worksheet_activate (sheet);

  write_facts (x, sheet, &row);
  write_rules (x, sheet, &row);
  write_headline (x, sheet, &row);
  write_by_level (x, sheet, &row);
  write_by_status (x, sheet, &row);
  write_by_quarter (x, sheet, &row);
  write_warnings (x, sheet, &row);
}
