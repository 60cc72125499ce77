/* hp-print-content.c
 *
 * What the printed summary says, in the order a finance reviewer reads it:
 * a scenario's notes when a scenario is printed, the plan and its
 * assumptions, the key figures, cost by level and by quarter, the monthly
 * chart, every position, then the warnings.  The
 * title and the key figures are drawn in hp-print-blocks.c, the tables in
 * hp-print-table.c, the chart in hp-print-chart.c.
 *
 * Every amount is formatted from gint64 minor units by hp_money_format();
 * doubles only place things on the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-print"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-money.h"
#include "hp-print-private.h"

#define FACTS_SIZE        8.5
#define SUMMARY_SIZE      8.0   /* the level and quarter tables */
#define POSITIONS_SIZE    8.0
#define WARNINGS_SIZE     8.0
#define CHART_HEIGHT      240.0
#define CHART_MIN_HEIGHT  150.0

char *
hp_print_money (HpPrintDoc *doc,
                gint64      amount)
{
  return hp_money_format (amount, doc->summary->currency, HP_MONEY_FORMAT_DEFAULT);
}

/* A total, unless a sum left the range of gint64. */
char *
hp_print_total_money (HpPrintDoc *doc,
                      gint64      amount)
{
  if (doc->summary->overflow)
    return g_strdup (_("Too large to compute"));

  return hp_print_money (doc, amount);
}

static char *
or_dash (const char *text)
{
  return g_strdup (text != NULL && *text != '\0' ? text : "—");
}

char *
hp_print_period_text (HpPrintDoc *doc)
{
  const HpSummary *s = doc->summary;
  g_autofree char *from = hp_month_format (s->start);
  g_autofree char *to = hp_month_format (s->start + (HpMonth) s->n_months - 1);

  if (s->n_months <= 1)
    /* TRANSLATORS: a plan's period of one month: "Jan 2027, 1 month" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u month", "%s, %u months", s->n_months),
                            from, s->n_months);

  /* TRANSLATORS: a plan's period: "Jan 2027 – Dec 2027, 12 months" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s – %s, %u month", "%s – %s, %u months", s->n_months),
                          from, to, s->n_months);
}

HpPrintItem *
hp_print_doc_add_item (HpPrintDoc      *doc,
                       HpPrintItemKind  kind,
                       const char      *heading)
{
  HpPrintItem *item = g_new0 (HpPrintItem, 1);

  item->kind = kind;
  item->heading = g_strdup (heading);
  item->wide = doc->building_wide;
  g_ptr_array_add (doc->items, item);

  return item;
}

void
hp_print_item_free (HpPrintItem *item)
{
  g_free (item->heading);
  g_free (item->heading2);
  hp_print_table_free (item->table);
  hp_print_table_free (item->table2);
  g_free (item);
}

/* Plan facts and assumptions, side by side. */

/* Pairs of a label and its value, @n_pairs to a row. */
static HpPrintTable *
facts_table (guint n_pairs)
{
  HpPrintTable *table = hp_print_table_new_plain (2 * n_pairs, FACTS_SIZE);

  for (guint i = 0; i < n_pairs; i++)
    {
      hp_print_table_column (table, 2 * i, NULL, FALSE, 0, 0);
      hp_print_table_column (table, 2 * i + 1, NULL, FALSE, 1, 4);
    }

  return table;
}

static HpPrintTable *
plan_facts (HpPrintDoc *doc)
{
  HpPlan *plan = doc->plan;
  HpPrintTable *table = facts_table (2);
  const char *currency = doc->summary->currency;
  const char *symbol = hp_currency_symbol (currency);
  g_autofree char *team = or_dash (hp_plan_get_team (plan));
  g_autofree char *owner = or_dash (hp_plan_get_owner (plan));
  g_autofree char *period = hp_print_period_text (doc);
  g_autofree char *currency_text = g_str_equal (symbol, currency) ? g_strdup (currency)
                                   /* TRANSLATORS: a currency's code and symbol: "USD ($)" */
                                   : g_strdup_printf (_("%s (%s)"), currency, symbol);
  g_autofree char *n_positions = hp_number_format_grouped (hp_plan_get_n_positions (plan));

  hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, _("Team"), team, _("Period"), period);
  hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, _("Owner"), owner, _("Currency"), currency_text);
  hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL,
                          _("Review status"), hp_plan_status_display_name (hp_plan_get_status (plan)),
                          _("Positions"), n_positions);

  return table;
}

static HpPrintTable *
assumptions (HpPrintDoc *doc)
{
  HpPlan *plan = doc->plan;
  HpPrintTable *table = facts_table (1);
  g_autofree char *percent = hp_percent_format_bp_display (doc->summary->overhead_bp);
  /* TRANSLATORS: the overhead on salaries: "30% of the annual salary" */
  g_autofree char *overhead = g_strdup_printf (_("%s%% of the annual salary"), percent);
  g_autofree char *one_time_amount = hp_print_money (doc, hp_plan_get_one_time_cost (plan));
  g_autoptr(GString) one_time = g_string_new (NULL);
  guint digits = hp_currency_minor_digits (doc->summary->currency);
  guint n_own = 0;

  for (guint i = 0; i < hp_plan_get_n_positions (plan); i++)
    if (hp_position_get_one_time_cost (hp_plan_get_position (plan, i)) != hp_plan_get_one_time_cost (plan))
      n_own++;

  /* TRANSLATORS: "$4,700.00, in the start month" */
  g_string_printf (one_time, _("%s, in the start month"), one_time_amount);
  if (n_own > 0)
    {
      g_string_append (one_time, "; ");
      g_string_append_printf (one_time,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u position has an amount of its own",
                                           "%u positions have an amount of their own", n_own),
                              n_own);
    }

  hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, _("Overhead"), overhead);
  hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, _("Monthly cost per head"),
                          _("Annual salary × (1 + overhead) ÷ 12"));
  hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, _("Rounding"),
                          digits == 2 ? _("Per head monthly cost rounded half up to the cent")
                          : digits == 0 ? _("Per head monthly cost rounded half up to the whole unit")
                          : _("Per head monthly cost rounded half up to the minor unit"));
  hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, _("Proration"),
                          _("Monthly: every month from the start month through the end month, in full"));
  hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, _("One-time cost per hire"), one_time->str);
  hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, _("Annual run rate"),
                          _("The last month’s cost × 12, without one-time costs"));

  return table;
}

/* The tables */

static HpPrintTable *
level_table (HpPrintDoc *doc)
{
  const HpSummary *s = doc->summary;
  HpPrintTable *table = hp_print_table_new (4, SUMMARY_SIZE);
  g_autofree char *count = NULL;
  g_autofree char *cost = NULL;
  g_autofree char *run_rate = NULL;

  hp_print_table_column (table, 0, _("Level"), FALSE, 1, 2);
  hp_print_table_column (table, 1, _("Headcount"), TRUE, 0, 0);
  hp_print_table_column (table, 2, _("Period cost"), TRUE, 0, 0);
  hp_print_table_column (table, 3, _("Annual run rate"), TRUE, 0, 0);

  for (guint level = 0; level < HP_N_LEVELS; level++)
    {
      g_autofree char *level_count = NULL;
      g_autofree char *level_cost = NULL;
      g_autofree char *level_run_rate = NULL;

      if (s->level_headcount[level] == 0 && s->level_cost[level] == 0 && s->level_run_rate[level] == 0)
        continue;

      level_count = hp_number_format_grouped (s->level_headcount[level]);
      level_cost = hp_print_money (doc, s->level_cost[level]);
      level_run_rate = hp_print_money (doc, s->level_run_rate[level]);
      hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, hp_level_display_name ((HpLevel) level),
                              level_count, level_cost, level_run_rate);
    }

  count = s->overflow ? g_strdup ("—") : hp_number_format_grouped (s->total_headcount);
  cost = hp_print_total_money (doc, s->total_cost);
  run_rate = hp_print_total_money (doc, s->run_rate);
  hp_print_table_add_row (table, HP_PRINT_ROW_TOTAL, _("Total"), count, cost, run_rate);

  return table;
}

static HpPrintTable *
quarter_table (HpPrintDoc *doc)
{
  HpSummary *s = doc->summary;
  HpPrintTable *table = hp_print_table_new (3, SUMMARY_SIZE);
  guint n = hp_summary_get_n_quarters (s);
  g_autofree char *total = hp_print_total_money (doc, s->total_cost);

  hp_print_table_column (table, 0, _("Quarter"), FALSE, 0, 0);
  hp_print_table_column (table, 1, _("Months"), FALSE, 1, 2);
  hp_print_table_column (table, 2, _("Cost"), TRUE, 0, 0);

  for (guint q = 0; q < n; q++)
    {
      HpMonth first = hp_summary_get_quarter_first_month (s, q);
      HpMonth last = MIN (first + 2, s->start + (HpMonth) s->n_months - 1);
      g_autofree char *from = hp_month_format (first);
      g_autofree char *to = hp_month_format (last);
      /* TRANSLATORS: a quarter of the plan's period: "Q1" */
      g_autofree char *name = g_strdup_printf (_("Q%u"), q + 1);
      /* TRANSLATORS: the months of a quarter: "Jan 2027 – Mar 2027" */
      g_autofree char *months = first == last ? g_strdup (from) : g_strdup_printf (_("%s – %s"), from, to);
      g_autofree char *cost = hp_print_money (doc, hp_summary_get_quarter_cost (s, q));

      hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, name, months, cost);
    }

  hp_print_table_add_row (table, HP_PRINT_ROW_TOTAL, _("Total"), NULL, total);

  return table;
}

static HpPrintTable *
positions_table (HpPrintDoc *doc)
{
  HpPlan *plan = doc->plan;
  const HpSummary *s = doc->summary;
  HpPrintTable *table;
  guint n = hp_plan_get_n_positions (plan);
  gint64 count_total = 0;
  g_autofree char *count_text = NULL;
  g_autofree char *cost_text = NULL;

  if (n == 0)
    {
      return hp_print_table_new_note (SUMMARY_SIZE, _("This plan has no positions yet."));
    }

  table = hp_print_table_new (11, POSITIONS_SIZE);
  hp_print_table_column (table, 0, _("Title"), FALSE, 3, 3);
  hp_print_table_column (table, 1, _("Level"), FALSE, 0, 0);
  hp_print_table_column (table, 2, _("Count"), TRUE, 0, 0);
  hp_print_table_column (table, 3, _("Start"), FALSE, 0, 0);
  hp_print_table_column (table, 4, _("End"), FALSE, 0, 0);
  hp_print_table_column (table, 5, _("Location"), FALSE, 1.5, 2);
  hp_print_table_column (table, 6, _("Kind"), FALSE, 0, 0);
  hp_print_table_column (table, 7, _("Status"), FALSE, 0, 0);
  hp_print_table_column (table, 8, _("Annual salary"), TRUE, 0, 0);
  hp_print_table_column (table, 9, _("Monthly cost per head"), TRUE, 0, 0);
  hp_print_table_column (table, 10, _("Period cost"), TRUE, 0, 0);

  for (guint i = 0; i < n; i++)
    {
      HpPosition *p = hp_plan_get_position (plan, i);
      const char *title = hp_position_get_title (p);
      HpMonth end = hp_position_get_end (p);
      gint64 salary = hp_position_get_annual_salary (p);
      g_autofree char *count = hp_number_format_grouped (hp_position_get_count (p));
      g_autofree char *start_text = hp_month_format (hp_position_get_start (p));
      g_autofree char *end_text = end == HP_MONTH_NONE ? g_strdup ("—") : hp_month_format (end);
      g_autofree char *location = or_dash (hp_position_get_location (p));
      g_autofree char *salary_text = hp_print_money (doc, salary);
      g_autofree char *monthly = hp_print_money (doc, hp_cost_monthly_per_head (salary, s->overhead_bp));
      g_autofree char *period_cost = hp_print_money (doc, hp_position_period_cost (p, s->start, s->n_months, s->overhead_bp));

      count_total += hp_position_get_count (p);
      hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL,
                              title != NULL && *title != '\0' ? title : _("Untitled position"),
                              hp_level_display_name (hp_position_get_level (p)),
                              count, start_text, end_text, location,
                              hp_position_kind_display_name (hp_position_get_kind (p)),
                              hp_position_status_display_name (hp_position_get_status (p)),
                              salary_text, monthly, period_cost);
    }

  count_text = hp_number_format_grouped (count_total);
  cost_text = hp_print_total_money (doc, s->total_cost);
  hp_print_table_add_row (table, HP_PRINT_ROW_TOTAL, _("Total"), NULL, count_text, NULL, NULL, NULL, NULL, NULL,
                          NULL, NULL, cost_text);

  return table;
}

static HpPrintTable *
warnings_table (HpPrintDoc *doc)
{
  GPtrArray *warnings = doc->summary->warnings;
  HpPrintTable *table;

  if (warnings->len == 0)
    {
      return hp_print_table_new_note (WARNINGS_SIZE, _("No warnings: the plan passes every check."));
    }

  table = hp_print_table_new (2, WARNINGS_SIZE);
  hp_print_table_column (table, 0, _("Code"), FALSE, 0, 0);
  hp_print_table_column (table, 1, _("Message"), FALSE, 1, 6);

  for (guint i = 0; i < warnings->len; i++)
    {
      const HpWarning *warning = g_ptr_array_index (warnings, i);

      hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, warning->code, warning->message);
    }

  return table;
}

static HpPrintTable *
notes_table (const char *notes)
{
  HpPrintTable *table = hp_print_table_new_plain (1, FACTS_SIZE);
  g_auto(GStrv) paragraphs = g_strsplit (notes, "\n", -1);

  hp_print_table_column (table, 0, NULL, FALSE, 1, 40);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, paragraphs[i]);

  return table;
}

/* Two tables side by side when both are short; one after the other when
 * not, so that a long one can split across pages. */
static void
add_pair (HpPrintDoc   *doc,
          const char   *heading,
          HpPrintTable *table,
          const char   *heading2,
          HpPrintTable *table2)
{
  double avail = doc->width - HP_PRINT_PAIR_GAP;
  double nat1 = hp_print_table_natural_width (table, doc->context);
  double nat2 = hp_print_table_natural_width (table2, doc->context);
  /* Each its natural width and half what is left, or a fair share. */
  double split = nat1 + nat2 <= avail ? (nat1 + (avail - nat1 - nat2) / 2.0) / avail : nat1 / (nat1 + nat2);
  double first_w, h1, h2;
  HpPrintItem *item;

  split = CLAMP (split, 0.3, 0.7);
  first_w = avail * split;

  hp_print_table_fit (table, doc->context, first_w);
  hp_print_table_fit (table2, doc->context, doc->width - HP_PRINT_PAIR_GAP - first_w);
  h1 = hp_print_heading_height (doc, heading) + hp_print_table_height (table, 0, table->rows->len);
  h2 = hp_print_heading_height (doc, heading2) + hp_print_table_height (table2, 0, table2->rows->len);

  if (MAX (h1, h2) <= doc->height / 2.0)
    {
      item = hp_print_doc_add_item (doc, HP_PRINT_ITEM_PAIR, heading);
      item->heading2 = g_strdup (heading2);
      item->table = table;
      item->table2 = table2;
      item->split = split;
      item->height = MAX (h1, h2);
      return;
    }

  hp_print_table_fit (table, doc->context, doc->width);
  hp_print_table_fit (table2, doc->context, doc->width);
  hp_print_doc_add_item (doc, HP_PRINT_ITEM_TABLE, heading)->table = table;
  hp_print_doc_add_item (doc, HP_PRINT_ITEM_TABLE, heading2)->table = table2;
}

static void
add_table (HpPrintDoc   *doc,
           const char   *heading,
           HpPrintTable *table)
{
  hp_print_table_fit (table, doc->context, doc->width);
  hp_print_doc_add_item (doc, HP_PRINT_ITEM_TABLE, heading)->table = table;
}

void
hp_print_doc_build (HpPrintDoc *doc)
{
  HpPrintItem *item;
  const char *notes = hp_plan_get_notes (doc->plan);
  guint n_warnings = doc->summary->warnings->len;
  g_autofree char *warnings_heading = NULL;

  hp_print_doc_use_wide (doc, FALSE);

  item = hp_print_doc_add_item (doc, HP_PRINT_ITEM_TITLE, NULL);
  item->height = hp_print_draw_block (doc, item, NULL, 0, 0);

  /* What a scenario is, before what it holds: Fit to Budget's notes say
   * which positions it moved. */
  if (doc->scenario_notes != NULL)
    add_table (doc, _("Scenario notes"), notes_table (doc->scenario_notes));

  add_table (doc, _("Plan"), plan_facts (doc));
  add_table (doc, _("Assumptions"), assumptions (doc));

  if (notes != NULL && *notes != '\0')
    add_table (doc, _("Notes"), notes_table (notes));

  item = hp_print_doc_add_item (doc, HP_PRINT_ITEM_TOTALS, _("Totals"));
  item->height = hp_print_draw_block (doc, item, NULL, 0, 0);

  add_pair (doc, _("Cost by level"), level_table (doc), _("Cost by quarter"), quarter_table (doc));

  item = hp_print_doc_add_item (doc, HP_PRINT_ITEM_CHART, _("Monthly cost by level"));
  item->height = MIN (CHART_HEIGHT, doc->height - hp_print_heading_height (doc, item->heading));
  item->min_height = MIN (CHART_MIN_HEIGHT, item->height);

  /* Eleven columns want the paper turned. */
  if (hp_plan_get_n_positions (doc->plan) > 0)
    hp_print_doc_use_wide (doc, TRUE);
  add_table (doc, _("Positions"), positions_table (doc));

  warnings_heading = n_warnings == 0 ? g_strdup (_("Warnings"))
                     /* TRANSLATORS: the heading of the warnings: "Warnings (2)" */
                     : g_strdup_printf (_("Warnings (%u)"), n_warnings);
  add_table (doc, warnings_heading, warnings_table (doc));
  doc->warnings = g_ptr_array_index (doc->items, doc->items->len - 1);

  hp_print_doc_build_comparison (doc);
}

void
hp_print_doc_use_wide (HpPrintDoc *doc,
                       gboolean    wide)
{
  doc->building_wide = wide;
  doc->width = wide ? doc->wide_width : doc->narrow_width;
  doc->height = wide ? doc->wide_height : doc->narrow_height;
}
