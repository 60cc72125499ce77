/* hp-print-blocks.c
 *
 * The parts of the printed summary that are not tables: section headings,
 * the title, and the key figures as cards (total period cost, run rate,
 * headcount, budget, what remains or the overrun, and the share used).
 * Each is one function that measures with a NULL cairo context and draws
 * with one, so that what is measured is what is drawn.
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
#define SCENARIO_SIZE     13.0
#define SCENARIO_MAX_LINES 2
#define HEADING_SIZE      10.5
#define HEADING_GAP       5.0   /* between a heading and what it heads */
#define CARD_LABEL_SIZE   7.5
#define CARD_VALUE_SIZE   13.0
#define CARD_CAPTION_SIZE 7.0
#define CARD_PAD          7.0
#define CARD_GAP          8.0
#define CARD_BAR_HEIGHT   4.0
#define NOTE_SIZE         8.5
#define N_CARDS           6

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
  number = hp_percent_format_bp_display ((guint) bp);

  /* TRANSLATORS: a percentage: "73.5%" */
  return g_strdup_printf (_("%s%%"), number);
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

/* The title: an eyebrow, the plan's title in large type, the scenario's
 * name when a scenario is printed, a rule. */

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

  if (doc->scenario_name != NULL)
    {
      /* TRANSLATORS: under the plan's title on paper, the scenario printed: "Scenario: Lean" */
      g_autofree char *text = g_strdup_printf (_("Scenario: %s"), doc->scenario_name);
      g_autoptr(PangoLayout) scenario = hp_print_text (doc->context, text, SCENARIO_SIZE, HP_PRINT_TEXT_PLAIN,
                                                       doc->width, SCENARIO_MAX_LINES);

      y -= 3;
      if (cr != NULL)
        hp_print_show (cr, scenario, 0, y, &hp_print_ink);
      hp_print_text_size (scenario, NULL, &h);
      y += h + 6;
    }

  if (cr != NULL)
    hp_print_hline (cr, 0, y, doc->width, 1.2, &hp_print_ink);
  y += 1.2;

  return y - top;
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
  g_autofree char *period = hp_print_period_text (doc);

  memset (cards, 0, sizeof (Card) * N_CARDS);
  for (guint i = 0; i < N_CARDS; i++)
    {
      cards[i].color = &hp_print_ink;
      cards[i].bar_permille = -1;
    }

  cards[0].label = _("Total period cost");
  cards[0].value = hp_print_total_money (doc, s->total_cost);
  cards[0].caption = g_steal_pointer (&period);

  cards[1].label = _("Annual run rate");
  cards[1].value = hp_print_total_money (doc, s->run_rate);
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

  cards[3].value = hp_print_money (doc, s->budget);
  cards[3].caption = g_strdup (_("For the whole period"));

  if (s->overflow)
    {
      cards[4].value = g_strdup (_("Too large to compute"));
      cards[5].value = g_strdup ("—");
      return;
    }

  if (s->budget_remaining >= 0)
    {
      cards[4].value = hp_print_money (doc, s->budget_remaining);
      cards[4].color = &hp_print_good;
    }
  else
    {
      cards[4].label = _("Over budget by");
      cards[4].value = hp_print_money (doc, -s->budget_remaining);
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

double
hp_print_draw_block (HpPrintDoc  *doc,
                     HpPrintItem *item,
                     cairo_t     *cr,
                     double       y,
                     double       height)
{
  switch (item->kind)
    {
    case HP_PRINT_ITEM_TITLE:
      return title_run (doc, cr, y);

    case HP_PRINT_ITEM_TOTALS:
      return totals_run (doc, cr, y);

    case HP_PRINT_ITEM_CHART:
      if (cr != NULL)
        hp_print_draw_chart (cr, doc->context, doc->summary, 0, y, doc->width, height);
      return height;

    case HP_PRINT_ITEM_DIFF_CHART:
      if (cr != NULL && doc->diff_chart != NULL)
        hp_print_draw_diff_chart (cr, doc->context, doc->diff_chart, &hp_print_paper_inks, 0, y, doc->width, height);
      return height;

    case HP_PRINT_ITEM_TABLE:
    case HP_PRINT_ITEM_PAIR:
    default:
      g_return_val_if_reached (0);
    }
}
