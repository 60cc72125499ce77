/* hp-print-content.c
 *
 * What the printed summary says, in the order a finance reviewer reads it:
 * the plan and its assumptions, the key figures, cost by level and by
 * quarter, the monthly chart, every position, then the warnings.
 *
 * Every amount is formatted from gint64 minor units by hp_money_format();
 * doubles only place things on the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-print"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "hp-money.h"
#include "hp-print-private.h"

#define EYEBROW_SIZE      8.0
#define TITLE_SIZE        20.0
#define TITLE_MAX_LINES   3
#define HEADING_SIZE      10.5
#define HEADING_GAP       5.0   /* between a heading and what it heads */
#define FACTS_SIZE        8.5
#define SUMMARY_SIZE      8.0   /* the level and quarter tables */
#define POSITIONS_SIZE    8.0
#define WARNINGS_SIZE     8.0
#define CARD_LABEL_SIZE   7.5
#define CARD_VALUE_SIZE   13.0
#define CARD_CAPTION_SIZE 7.0
#define CARD_PAD          7.0
#define CARD_GAP          8.0
#define CARD_BAR_HEIGHT   4.0
#define NOTE_SIZE         8.5
#define CHART_HEIGHT      240.0
#define CHART_MIN_HEIGHT  150.0
#define N_CARDS           6

static char *
money (HpPrintDoc *doc,
       gint64      amount)
{
  return hp_money_format (amount, doc->summary->currency, HP_MONEY_FORMAT_DEFAULT);
}

/* A total, unless a sum left the range of gint64. */
static char *
total_money (HpPrintDoc *doc,
             gint64      amount)
{
  if (doc->summary->overflow)
    return g_strdup (_("Too large to compute"));

  return money (doc, amount);
}

static char *
or_dash (const char *text)
{
  return g_strdup (text != NULL && *text != '\0' ? text : "—");
}

/* Rounded half up to a tenth of a percent, in integers: 7350 bp → "73.5". */
static char *
percent_of (gint64 part,
            gint64 whole)
{
  guint64 q, r, bp;
  g_autofree char *number = NULL;

  g_return_val_if_fail (whole > 0, NULL);

  part = MAX (part, 0);
  q = (guint64) part / (guint64) whole;
  r = (guint64) part % (guint64) whole;
  if (q >= 100000)
    return g_strdup (">10,000,000%");

  /* r < whole <= HP_MONEY_MAX, so r * 1000 stays far inside guint64. */
  bp = (q * 1000 + (r * 1000 + (guint64) whole / 2) / (guint64) whole) * 10;
  number = hp_percent_format_bp ((guint) bp);

  /* TRANSLATORS: a percentage: "73.5%" */
  return g_strdup_printf (_("%s%%"), number);
}

static char *
period_text (HpPrintDoc *doc)
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

static HpPrintItem *
add_item (HpPrintDoc      *doc,
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

double
hp_print_heading_height (HpPrintDoc *doc,
                         const char *heading)
{
  g_autoptr(PangoLayout) layout = NULL;
  double height;

  if (heading == NULL)
    return 0;

  layout = hp_print_text (doc->context, heading, HEADING_SIZE, HP_PRINT_TEXT_BOLD, doc->width, 2);
  hp_print_text_size (layout, NULL, &height);

  return height + HEADING_GAP;
}

void
hp_print_draw_heading (HpPrintDoc *doc,
                       cairo_t    *cr,
                       const char *heading,
                       double      x,
                       double      y,
                       double      width)
{
  g_autoptr(PangoLayout) layout = hp_print_text (doc->context, heading, HEADING_SIZE, HP_PRINT_TEXT_BOLD, width, 2);

  hp_print_show (cr, layout, x, y, &hp_print_ink);
}

/* The title: an eyebrow, the plan's title in large type, a rule. */

static double
title_run (HpPrintDoc *doc,
           cairo_t    *cr,
           double      y)
{
  g_autofree char *eyebrow_text = g_utf8_strup (_("Hiring plan summary"), -1);
  g_autoptr(PangoLayout) eyebrow = hp_print_text (doc->context, eyebrow_text, EYEBROW_SIZE, HP_PRINT_TEXT_BOLD,
                                                  doc->width, 1);
  g_autoptr(PangoLayout) title = hp_print_text (doc->context, doc->title, TITLE_SIZE, HP_PRINT_TEXT_BOLD,
                                                doc->width, TITLE_MAX_LINES);
  double h, top = y;

  if (cr != NULL)
    hp_print_show (cr, eyebrow, 0, y, &hp_print_dim_ink);
  hp_print_text_size (eyebrow, NULL, &h);
  y += h + 2;

  if (cr != NULL)
    hp_print_show (cr, title, 0, y, &hp_print_ink);
  hp_print_text_size (title, NULL, &h);
  y += h + 6;

  if (cr != NULL)
    hp_print_hline (cr, 0, y, doc->width, 1.2, &hp_print_ink);
  y += 1.2;

  return y - top;
}

/* Plan facts and assumptions, side by side. */

/* Pairs of a label and its value, @n_pairs to a row. */
static HpPrintTable *
facts_table (guint n_pairs)
{
  HpPrintTable *table = hp_print_table_new (2 * n_pairs, FACTS_SIZE);

  table->show_header = FALSE;
  table->plain = TRUE;
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
  g_autofree char *period = period_text (doc);
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
  g_autofree char *percent = hp_percent_format_bp (doc->summary->overhead_bp);
  /* TRANSLATORS: the overhead on salaries: "30% of the annual salary" */
  g_autofree char *overhead = g_strdup_printf (_("%s%% of the annual salary"), percent);
  g_autofree char *one_time_amount = money (doc, hp_plan_get_one_time_cost (plan));
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

/* The key figures, as cards. */

typedef struct
{
  const char *label;
  char       *value;
  char       *caption;
  const HpPrintRgb *color;
  int         bar_permille; /* -1: no bar */
} Card;

static void
build_cards (HpPrintDoc *doc,
             Card        cards[N_CARDS])
{
  const HpSummary *s = doc->summary;
  HpMonth last = s->start + (HpMonth) s->n_months - 1;
  g_autofree char *last_month = hp_month_format (last);
  g_autofree char *period = period_text (doc);

  memset (cards, 0, sizeof (Card) * N_CARDS);
  for (guint i = 0; i < N_CARDS; i++)
    {
      cards[i].color = &hp_print_ink;
      cards[i].bar_permille = -1;
    }

  cards[0].label = _("Total period cost");
  cards[0].value = total_money (doc, s->total_cost);
  cards[0].caption = g_steal_pointer (&period);

  cards[1].label = _("Annual run rate");
  cards[1].value = total_money (doc, s->run_rate);
  /* TRANSLATORS: how the run rate is made: "Dec 2027 monthly cost × 12" */
  cards[1].caption = g_strdup_printf (_("%s monthly cost × 12"), last_month);

  cards[2].label = _("Headcount");
  cards[2].value = s->overflow ? g_strdup (_("Too large to compute")) : hp_number_format_grouped (s->total_headcount);
  cards[2].caption = g_strdup (_("People employed in the period"));

  cards[3].label = _("Budget");
  cards[4].label = _("Budget remaining");
  cards[5].label = _("Budget used");

  if (!s->has_budget)
    {
      cards[3].value = g_strdup (_("Not set"));
      cards[4].value = g_strdup ("—");
      cards[5].value = g_strdup ("—");
      cards[3].color = &hp_print_dim_ink;
      return;
    }

  cards[3].value = money (doc, s->budget);
  cards[3].caption = g_strdup (_("For the whole period"));

  if (s->overflow)
    {
      cards[4].value = g_strdup (_("Too large to compute"));
      cards[5].value = g_strdup ("—");
      return;
    }

  if (s->budget_remaining >= 0)
    {
      cards[4].value = money (doc, s->budget_remaining);
      cards[4].color = &hp_print_good;
    }
  else
    {
      cards[4].label = _("Over budget by");
      cards[4].value = money (doc, -s->budget_remaining);
      cards[4].color = &hp_print_alert;
    }

  if (s->budget > 0)
    {
      gint64 cost = MAX (s->total_cost, 0);

      cards[5].value = percent_of (cost, s->budget);
      /* Whole permille for the bar only; capped at the full bar. */
      cards[5].bar_permille = cost >= s->budget ? 1000 : (int) ((guint64) cost * 1000 / (guint64) s->budget);
      if (s->total_cost > s->budget)
        cards[5].color = &hp_print_alert;
    }
  else
    cards[5].value = g_strdup ("—");
}

static void
clear_cards (Card cards[N_CARDS])
{
  for (guint i = 0; i < N_CARDS; i++)
    {
      g_free (cards[i].value);
      g_free (cards[i].caption);
    }
}

static double
card_content (HpPrintDoc *doc,
              Card       *card,
              cairo_t    *cr,
              double      x,
              double      y,
              double      width)
{
  g_autoptr(PangoLayout) label = hp_print_text (doc->context, card->label, CARD_LABEL_SIZE, HP_PRINT_TEXT_PLAIN, width, 2);
  g_autoptr(PangoLayout) value = hp_print_text (doc->context, card->value, CARD_VALUE_SIZE,
                                                HP_PRINT_TEXT_BOLD | HP_PRINT_TEXT_NUMERIC, -1, 0);
  double top = y, h, w;

  if (cr != NULL)
    hp_print_show (cr, label, x, y, &hp_print_dim_ink);
  hp_print_text_size (label, NULL, &h);
  y += h + 1;

  /* A figure is never cut: it shrinks to fit. */
  hp_print_text_size (value, &w, NULL);
  if (w > width)
    {
      g_clear_object (&value);
      value = hp_print_text (doc->context, card->value, CARD_VALUE_SIZE * width / w,
                             HP_PRINT_TEXT_BOLD | HP_PRINT_TEXT_NUMERIC, -1, 0);
    }
  if (cr != NULL)
    hp_print_show (cr, value, x, y, card->color);
  hp_print_text_size (value, NULL, &h);
  y += h;

  if (card->bar_permille >= 0)
    {
      y += 4;
      if (cr != NULL)
        {
          hp_print_set_rgb (cr, &hp_print_rule);
          cairo_rectangle (cr, x, y, width, CARD_BAR_HEIGHT);
          cairo_fill (cr);
          hp_print_set_rgb (cr, card->color == &hp_print_alert ? &hp_print_alert : &hp_print_dim_ink);
          cairo_rectangle (cr, x, y, width * card->bar_permille / 1000.0, CARD_BAR_HEIGHT);
          cairo_fill (cr);
        }
      y += CARD_BAR_HEIGHT;
    }
  else if (card->caption != NULL)
    {
      g_autoptr(PangoLayout) caption = hp_print_text (doc->context, card->caption, CARD_CAPTION_SIZE,
                                                      HP_PRINT_TEXT_PLAIN, width, 2);

      y += 1;
      if (cr != NULL)
        hp_print_show (cr, caption, x, y, &hp_print_dim_ink);
      hp_print_text_size (caption, NULL, &h);
      y += h;
    }

  return y - top;
}

static double
totals_run (HpPrintDoc *doc,
            cairo_t    *cr,
            double      y)
{
  Card cards[N_CARDS];
  guint per_row = doc->width >= 400 ? 3 : 2;
  double card_w = (doc->width - CARD_GAP * (per_row - 1)) / per_row;
  double top = y;
  guint n_warnings = doc->summary->warnings->len;

  build_cards (doc, cards);

  for (guint first = 0; first < N_CARDS; first += per_row)
    {
      double row_h = 0;

      for (guint i = first; i < MIN (first + per_row, N_CARDS); i++)
        row_h = MAX (row_h, card_content (doc, &cards[i], NULL, 0, 0, card_w - 2 * CARD_PAD));
      row_h += 2 * CARD_PAD;

      for (guint i = first; cr != NULL && i < MIN (first + per_row, N_CARDS); i++)
        {
          double x = (i - first) * (card_w + CARD_GAP);

          hp_print_set_rgb (cr, &hp_print_stripe);
          cairo_rectangle (cr, x, y, card_w, row_h);
          cairo_fill_preserve (cr);
          hp_print_set_rgb (cr, &hp_print_rule);
          cairo_set_line_width (cr, 0.5);
          cairo_stroke (cr);
          card_content (doc, &cards[i], cr, x + CARD_PAD, y + CARD_PAD, card_w - 2 * CARD_PAD);
        }

      y += row_h + CARD_GAP;
    }
  y -= CARD_GAP;

  /* Warnings are listed at the end: say so up front. */
  if (n_warnings > 0)
    {
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      double h;

      if (doc->warnings_page > 0)
        /* TRANSLATORS: under the key figures: "2 warnings need review, listed on page 4." */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u warning needs review, listed on page %u.",
                                             "%u warnings need review, listed on page %u.", n_warnings),
                                n_warnings, doc->warnings_page);
      else
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u warning needs review, listed on page %u.",
                                             "%u warnings need review, listed on page %u.", n_warnings),
                                n_warnings, 999u); /* as wide as it will be */

      layout = hp_print_text (doc->context, text, NOTE_SIZE, HP_PRINT_TEXT_BOLD, doc->width, 2);
      y += 6;
      if (cr != NULL)
        hp_print_show (cr, layout, 0, y, &hp_print_alert);
      hp_print_text_size (layout, NULL, &h);
      y += h;
    }

  clear_cards (cards);

  return y - top;
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
      level_cost = money (doc, s->level_cost[level]);
      level_run_rate = money (doc, s->level_run_rate[level]);
      hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, hp_level_display_name ((HpLevel) level),
                              level_count, level_cost, level_run_rate);
    }

  count = s->overflow ? g_strdup ("—") : hp_number_format_grouped (s->total_headcount);
  cost = total_money (doc, s->total_cost);
  run_rate = total_money (doc, s->run_rate);
  hp_print_table_add_row (table, HP_PRINT_ROW_TOTAL, _("Total"), count, cost, run_rate);

  return table;
}

static HpPrintTable *
quarter_table (HpPrintDoc *doc)
{
  HpSummary *s = doc->summary;
  HpPrintTable *table = hp_print_table_new (3, SUMMARY_SIZE);
  guint n = hp_summary_get_n_quarters (s);
  g_autofree char *total = total_money (doc, s->total_cost);

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
      g_autofree char *cost = money (doc, hp_summary_get_quarter_cost (s, q));

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
      table = hp_print_table_new (1, SUMMARY_SIZE);
      table->show_header = FALSE;
      table->plain = TRUE;
      hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, _("This plan has no positions yet."));
      return table;
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
      g_autofree char *salary_text = money (doc, salary);
      g_autofree char *monthly = money (doc, hp_cost_monthly_per_head (salary, s->overhead_bp));
      g_autofree char *period_cost = money (doc, hp_position_period_cost (p, s->start, s->n_months, s->overhead_bp));

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
  cost_text = total_money (doc, s->total_cost);
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
      table = hp_print_table_new (1, WARNINGS_SIZE);
      table->show_header = FALSE;
      table->plain = TRUE;
      hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, _("No warnings: the plan passes every check."));
      return table;
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
  HpPrintTable *table = hp_print_table_new (1, FACTS_SIZE);
  g_auto(GStrv) paragraphs = g_strsplit (notes, "\n", -1);

  table->show_header = FALSE;
  table->plain = TRUE;
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
      item = add_item (doc, HP_PRINT_ITEM_PAIR, heading);
      item->heading2 = g_strdup (heading2);
      item->table = table;
      item->table2 = table2;
      item->split = split;
      item->height = MAX (h1, h2);
      return;
    }

  hp_print_table_fit (table, doc->context, doc->width);
  hp_print_table_fit (table2, doc->context, doc->width);
  add_item (doc, HP_PRINT_ITEM_TABLE, heading)->table = table;
  add_item (doc, HP_PRINT_ITEM_TABLE, heading2)->table = table2;
}

static void
add_table (HpPrintDoc   *doc,
           const char   *heading,
           HpPrintTable *table)
{
  hp_print_table_fit (table, doc->context, doc->width);
  add_item (doc, HP_PRINT_ITEM_TABLE, heading)->table = table;
}

void
hp_print_doc_build (HpPrintDoc *doc)
{
  HpPrintItem *item;
  const char *notes = hp_plan_get_notes (doc->plan);
  guint n_warnings = doc->summary->warnings->len;
  g_autofree char *warnings_heading = NULL;

  hp_print_doc_use_wide (doc, FALSE);

  item = add_item (doc, HP_PRINT_ITEM_TITLE, NULL);
  item->height = title_run (doc, NULL, 0);

  add_table (doc, _("Plan"), plan_facts (doc));
  add_table (doc, _("Assumptions"), assumptions (doc));

  if (notes != NULL && *notes != '\0')
    add_table (doc, _("Notes"), notes_table (notes));

  item = add_item (doc, HP_PRINT_ITEM_TOTALS, _("Totals"));
  item->height = totals_run (doc, NULL, 0);

  add_pair (doc, _("Cost by level"), level_table (doc), _("Cost by quarter"), quarter_table (doc));

  item = add_item (doc, HP_PRINT_ITEM_CHART, _("Monthly cost by level"));
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
}

void
hp_print_doc_use_wide (HpPrintDoc *doc,
                       gboolean    wide)
{
  doc->building_wide = wide;
  doc->width = wide ? doc->wide_width : doc->narrow_width;
  doc->height = wide ? doc->wide_height : doc->narrow_height;
}

void
hp_print_draw_block (HpPrintDoc  *doc,
                     HpPrintItem *item,
                     cairo_t     *cr,
                     double       y,
                     double       height)
{
  switch (item->kind)
    {
    case HP_PRINT_ITEM_TITLE:
      title_run (doc, cr, y);
      break;

    case HP_PRINT_ITEM_TOTALS:
      totals_run (doc, cr, y);
      break;

    case HP_PRINT_ITEM_CHART:
      hp_print_draw_chart (cr, doc->context, doc->summary, 0, y, doc->width, height);
      break;

    case HP_PRINT_ITEM_TABLE:
    case HP_PRINT_ITEM_PAIR:
    default:
      g_return_if_reached ();
    }
}
