/* hp-print-compare.c
 *
 * The comparison on paper, when the window shows one: after the plan's own
 * pages, a section headed "Comparison: plan-v1.json → Lean" with the
 * headline changes (each figure in both plans and its change), the chart
 * of both plans' monthly cost, and the positions added, removed and
 * changed, each changed field old → new with the change in the position's
 * period cost.  Every figure comes from the core's diff (hp-plan-diff.h),
 * computed when printing begins; the chart from the core's chart model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-print"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-money.h"
#include "hp-print-private.h"

#define COMPARE_SIZE      8.0
#define CHART_HEIGHT      220.0
#define CHART_MIN_HEIGHT  150.0

static char *
money (const HpPlanDiff *diff,
       gint64            amount)
{
  return hp_money_format (amount, diff->currency, HP_MONEY_FORMAT_DEFAULT);
}

static void
add_money_row (HpPrintTable     *table,
               const HpPlanDiff *diff,
               const char       *figure,
               const HpDelta    *delta)
{
  g_autofree char *from = money (diff, delta->from);
  g_autofree char *to = money (diff, delta->to);
  g_autofree char *change = hp_money_format_delta (delta->delta, diff->currency);

  hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, figure, from, to, change);
}

static HpPrintTable *
headline_table (HpPrintDoc *doc)
{
  const HpPlanDiff *diff = doc->diff;
  HpPrintTable *table = hp_print_table_new (4, COMPARE_SIZE);
  g_autofree char *from = hp_number_format_grouped (diff->headcount.from);
  g_autofree char *to = hp_number_format_grouped (diff->headcount.to);
  g_autofree char *change = hp_number_format_delta (diff->headcount.delta);

  hp_print_table_column (table, 0, _("Figure"), FALSE, 1, 2);
  hp_print_table_column (table, 1, doc->compare_from_name, TRUE, 0, 0);
  hp_print_table_column (table, 2, doc->compare_to_name, TRUE, 0, 0);
  hp_print_table_column (table, 3, _("Change"), TRUE, 0, 0);

  add_money_row (table, diff, _("Total cost for the period"), &diff->total_cost);
  add_money_row (table, diff, _("Annual run rate"), &diff->run_rate);
  hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, _("Headcount"), from, to, change);
  add_money_row (table, diff, _("Budget remaining"), &diff->budget_remaining);

  return table;
}

static gint64
position_cost (HpPlan     *plan,
               const char *id)
{
  HpPosition *position = hp_plan_find_position (plan, id, NULL);

  g_assert (position != NULL);
  return hp_position_period_cost (position, hp_plan_get_start (plan), hp_plan_get_months (plan),
                                  hp_plan_get_overhead_bp (plan));
}

/* A cost and, in brackets, the change it makes to the plan's: "$80,000.00
 * (+$80,000.00)"; "—" stands for the cost in a plan without the position. */
static char *
cost_with_change (const HpPlanDiff *diff,
                  const char       *cost,
                  gint64            change)
{
  g_autofree char *delta = hp_money_format_delta (change, diff->currency);

  return g_strdup_printf ("%s (%s)", cost, delta);
}

/* Each position's row ends in the change it makes to the period cost, in
 * brackets in the New column: an added position's cost, a removed one's
 * negated, a changed one's difference.  Those changes add up to the change
 * in the total, on the last row. */
static HpPrintTable *
positions_table (HpPrintDoc *doc)
{
  const HpPlanDiff *diff = doc->diff;
  HpPrintTable *table;
  g_autofree char *old_total = NULL;
  g_autofree char *new_total = NULL;
  g_autofree char *total_text = NULL;

  if (diff->added->len + diff->removed->len + diff->changed->len == 0)
    {
      return hp_print_table_new_note (COMPARE_SIZE, _("No position differs."));
    }

  table = hp_print_table_new (4, COMPARE_SIZE);
  hp_print_table_column (table, 0, _("Position"), FALSE, 2, 3);
  hp_print_table_column (table, 1, _("Field"), FALSE, 0, 0);
  hp_print_table_column (table, 2, _("Old"), FALSE, 1, 3);
  hp_print_table_column (table, 3, _("New"), FALSE, 1, 3);

  for (guint i = 0; i < diff->added->len; i++)
    {
      const char *id = g_ptr_array_index (diff->added, i);
      gint64 cost = position_cost (doc->compare_to, id);
      g_autofree char *cost_text = money (diff, cost);
      g_autofree char *new_text = cost_with_change (diff, cost_text, cost);

      hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, hp_plan_diff_position_title (doc->compare_to, id),
                              /* TRANSLATORS: a position only in the plan compared to */
                              C_("position", "Added"), "—", new_text);
    }
  for (guint i = 0; i < diff->removed->len; i++)
    {
      const char *id = g_ptr_array_index (diff->removed, i);
      gint64 cost = position_cost (doc->compare_from, id);
      g_autofree char *old_text = money (diff, cost);
      g_autofree char *new_text = cost_with_change (diff, "—", -cost);

      hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, hp_plan_diff_position_title (doc->compare_from, id),
                              /* TRANSLATORS: a position no longer in the plan compared to */
                              C_("position", "Removed"), old_text, new_text);
    }
  for (guint i = 0; i < diff->changed->len; i++)
    {
      HpPositionChange *change = g_ptr_array_index (diff->changed, i);
      g_autofree char *old_cost = money (diff, change->period_cost.from);
      g_autofree char *new_cost = money (diff, change->period_cost.to);
      g_autofree char *new_text = cost_with_change (diff, new_cost, change->period_cost.delta);

      for (guint j = 0; j < change->fields->len; j++)
        {
          HpFieldChange *field = g_ptr_array_index (change->fields, j);

          hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL,
                                  j == 0 ? hp_plan_diff_position_title (doc->compare_to, change->id) : NULL,
                                  field->name, field->from, field->to);
        }
      hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, NULL, _("period cost"), old_cost, new_text);
    }

  old_total = money (diff, diff->total_cost.from);
  new_total = money (diff, diff->total_cost.to);
  total_text = cost_with_change (diff, new_total, diff->total_cost.delta);
  hp_print_table_add_row (table, HP_PRINT_ROW_TOTAL, _("Total cost for the period"), NULL, old_total, total_text);

  return table;
}

/* The section, on pages of the page setup's shape, after the plan's own;
 * nothing when no comparison was asked for or it cannot be made. */
void
hp_print_doc_build_comparison (HpPrintDoc *doc)
{
  g_autofree char *heading = NULL;
  HpPrintItem *item;
  HpPrintTable *table;

  if (doc->compare_from == NULL || doc->compare_to == NULL)
    return;

  g_clear_pointer (&doc->diff, hp_plan_diff_free);
  g_clear_pointer (&doc->diff_chart, hp_chart_model_free);
  doc->diff = hp_plan_diff_compute (doc->compare_from, doc->compare_to, NULL);
  if (doc->diff == NULL)
    return;
  doc->diff_chart = hp_chart_model_new_two_plans (doc->diff, doc->compare_from_name, doc->compare_to_name, NULL);

  hp_print_doc_use_wide (doc, FALSE);

  /* TRANSLATORS: the heading of the printed comparison: "Comparison: plan-v1.json → Lean" */
  heading = g_strdup_printf (_("Comparison: %s → %s"), doc->compare_from_name, doc->compare_to_name);
  table = headline_table (doc);
  hp_print_table_fit (table, doc->context, doc->width);
  item = hp_print_doc_add_item (doc, HP_PRINT_ITEM_TABLE, heading);
  item->table = table;
  item->new_page = TRUE;

  if (doc->diff_chart != NULL)
    {
      item = hp_print_doc_add_item (doc, HP_PRINT_ITEM_DIFF_CHART, _("Monthly cost of both plans"));
      item->height = MIN (CHART_HEIGHT, doc->height - hp_print_heading_height (doc, item->heading));
      item->min_height = MIN (CHART_MIN_HEIGHT, item->height);
    }

  table = positions_table (doc);
  hp_print_table_fit (table, doc->context, doc->width);
  hp_print_doc_add_item (doc, HP_PRINT_ITEM_TABLE, _("Changed positions"))->table = table;
}
