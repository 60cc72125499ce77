/* hp-print-chart.c
 *
 * The monthly cost chart of the summary pane, drawn with cairo for paper:
 * bars stacked by level in the pane's colours, the headcount as a line on a
 * second scale whose ticks share the cost gridlines, month labels with the
 * year under the first month and each January, and a legend that wraps.
 * What it shows comes from the core's chart model (hp-chart-model.c), as
 * on screen, so both show the same bars, ticks, labels and legend.
 *
 * Money stays in gint64 minor units: doubles only ever hold positions on
 * the page, in points.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-print"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hp-chart-model.h"
#include "hp-money.h"
#include "hp-print-private.h"

#define TICK_SIZE        7.0
#define LEGEND_SIZE      8.0
#define AXIS_GAP         5.0   /* between tick labels and the plot */
#define TITLE_GAP        4.0   /* between the axis titles and the top tick label */
#define MONTH_GAP        2.0   /* between the baseline tick labels and the month labels */
#define LEGEND_GAP       10.0  /* between the month labels and the legend */
#define LEGEND_SWATCH    8.0
#define LEGEND_TEXT_GAP  4.0
#define LEGEND_ITEM_GAP  14.0
#define LEGEND_ROW_GAP   3.0
#define MAX_BAR_WIDTH    36.0
#define BAR_FILL         0.62  /* of a month's slot */
#define BAR_RADIUS       2.0
#define DOT_RADIUS       2.2
#define LINE_WIDTH       1.4
#define N_LEGEND_ITEMS   HP_CHART_N_LEGEND_ITEMS

/* The summary pane's colours (GNOME palette: blue 3, green 4, yellow 4,
 * orange 3, red 3, purple 3), intern at the bottom of a bar. */
static const HpPrintRgb level_colors[HP_N_LEVELS] = {
  { 0x35 / 255., 0x84 / 255., 0xe4 / 255. },
  { 0x2e / 255., 0xc2 / 255., 0x7e / 255. },
  { 0xf5 / 255., 0xc2 / 255., 0x11 / 255. },
  { 0xff / 255., 0x78 / 255., 0x00 / 255. },
  { 0xe0 / 255., 0x1b / 255., 0x24 / 255. },
  { 0x91 / 255., 0x41 / 255., 0xac / 255. },
};

static const HpPrintRgb grid_ink = { 0xde / 255., 0xdd / 255., 0xda / 255. };
static const HpPrintRgb axis_ink = { 0x9a / 255., 0x99 / 255., 0x96 / 255. };

typedef struct
{
  HpChartModel *model;
  PangoContext *context;
} Chart;

static gboolean
has_data (Chart *chart)
{
  return hp_chart_model_has_data (chart->model);
}

static PangoLayout *
chart_text (Chart      *chart,
            double      size,
            const char *text)
{
  return hp_print_text (chart->context, text, size, HP_PRINT_TEXT_NUMERIC, -1, 0);
}

static void
draw_headcount_sample (cairo_t *cr,
                       double   x,
                       double   cy)
{
  hp_print_set_rgb (cr, &hp_print_ink);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_move_to (cr, x, cy);
  cairo_line_to (cr, x + LEGEND_SWATCH * 1.5, cy);
  cairo_stroke (cr);
  cairo_arc (cr, x + LEGEND_SWATCH * 0.75, cy, DOT_RADIUS, 0, 2 * G_PI);
  cairo_fill (cr);
}

/* Lays the legend out in rows centred in @width, wrapping between items.
 * Returns its height; draws it with its top at @y when @cr is not NULL. */
static double
legend_run (Chart   *chart,
            cairo_t *cr,
            double   x,
            double   y,
            double   width)
{
  PangoLayout *layouts[N_LEGEND_ITEMS];
  double item_w[N_LEGEND_ITEMS], item_h[N_LEGEND_ITEMS];
  double item_x[N_LEGEND_ITEMS], item_y[N_LEGEND_ITEMS];
  HpChartLegendPlace places[N_LEGEND_ITEMS];
  double legend_h;

  for (guint i = 0; i < N_LEGEND_ITEMS; i++)
    {
      double swatch = i < HP_N_LEVELS ? LEGEND_SWATCH : LEGEND_SWATCH * 1.5;
      double text_w;

      layouts[i] = chart_text (chart, LEGEND_SIZE, hp_chart_legend_text (i));
      hp_print_text_size (layouts[i], &text_w, &item_h[i]);
      if (swatch + LEGEND_TEXT_GAP + text_w > width)
        {
          pango_layout_set_width (layouts[i], (int) (MAX (width - swatch - LEGEND_TEXT_GAP, 1) * PANGO_SCALE));
          pango_layout_set_wrap (layouts[i], PANGO_WRAP_WORD_CHAR);
          hp_print_text_size (layouts[i], &text_w, &item_h[i]);
        }
      item_w[i] = swatch + LEGEND_TEXT_GAP + text_w;
    }

  legend_h = hp_chart_legend_layout (item_w, item_h, N_LEGEND_ITEMS, width,
                                     LEGEND_ITEM_GAP, LEGEND_ROW_GAP, places);
  for (guint i = 0; i < N_LEGEND_ITEMS; i++)
    {
      item_x[i] = x + places[i].x;
      item_y[i] = y + places[i].y;
    }

  for (guint i = 0; i < N_LEGEND_ITEMS; i++)
    {
      if (cr != NULL)
        {
          double swatch = i < HP_N_LEVELS ? LEGEND_SWATCH : LEGEND_SWATCH * 1.5;
          double line_h;
          PangoLayoutIter *iter = pango_layout_get_iter (layouts[i]);
          PangoRectangle logical;

          /* The swatch sits on the first line of the text. */
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          line_h = (double) logical.height / PANGO_SCALE;
          pango_layout_iter_free (iter);

          if (i < HP_N_LEVELS)
            {
              cairo_set_source_rgb (cr, level_colors[i].r, level_colors[i].g, level_colors[i].b);
              cairo_rectangle (cr, item_x[i], item_y[i] + (line_h - LEGEND_SWATCH) / 2.0, LEGEND_SWATCH, LEGEND_SWATCH);
              cairo_fill (cr);
            }
          else
            draw_headcount_sample (cr, item_x[i], item_y[i] + line_h / 2.0);

          hp_print_show (cr, layouts[i], item_x[i] + swatch + LEGEND_TEXT_GAP, item_y[i], &hp_print_ink);
        }
      g_object_unref (layouts[i]);
    }

  return legend_h;
}

/* A bar's outline, rounded at the top only. */
static void
bar_path (cairo_t *cr,
          double   x0,
          double   x1,
          double   top,
          double   base,
          double   radius)
{
  cairo_new_path (cr);
  cairo_move_to (cr, x0, base);
  cairo_line_to (cr, x0, top + radius);
  cairo_arc (cr, x0 + radius, top + radius, radius, G_PI, 1.5 * G_PI);
  cairo_arc (cr, x1 - radius, top + radius, radius, 1.5 * G_PI, 2 * G_PI);
  cairo_line_to (cr, x1, base);
  cairo_close_path (cr);
}

static void
draw_bars (Chart       *chart,
           cairo_t     *cr,
           double       plot_x,
           double       plot_w,
           double       base_y,
           double       plot_h,
           const HpChartScale *scale)
{
  guint n = chart->model->n_months;
  double slot = plot_w / n;
  double bar_w = MIN (MAX (slot * BAR_FILL, 0.5), MAX_BAR_WIDTH);

  for (guint m = 0; m < n; m++)
    {
      double cx = plot_x + slot * (m + 0.5);
      double x0 = cx - bar_w / 2.0;
      double x1 = cx + bar_w / 2.0;
      double top_y = base_y - hp_chart_fraction (chart->model->month_total[m], scale->top) * plot_h;
      double y_prev = base_y;

      if (chart->model->month_total[m] <= 0 || base_y - top_y < 0.1)
        continue;

      cairo_save (cr);
      bar_path (cr, x0, x1, top_y, base_y, MIN (BAR_RADIUS, MIN (bar_w / 2.0, base_y - top_y)));
      cairo_clip (cr);

      for (guint l = 0; l < HP_N_LEVELS; l++)
        {
          gint64 cost = hp_chart_model_get_level_cost (chart->model, m, (HpLevel) l);
          double y;

          if (cost <= 0)
            continue;

          y = base_y - hp_chart_fraction (hp_chart_model_get_stack_top (chart->model, m, (HpLevel) l),
                                          scale->top) * plot_h;
          cairo_set_source_rgb (cr, level_colors[l].r, level_colors[l].g, level_colors[l].b);
          /* A hair of overlap so that no paper shows between segments. */
          cairo_rectangle (cr, x0, y, x1 - x0, y_prev - y + (y_prev < base_y ? 0.3 : 0));
          cairo_fill (cr);
          y_prev = y;
        }

      cairo_restore (cr);
    }
}

static void
headcount_path (Chart       *chart,
                cairo_t     *cr,
                double       plot_x,
                double       plot_w,
                double       base_y,
                double       plot_h,
                const HpChartScale *scale)
{
  guint n = chart->model->n_months;
  double slot = plot_w / n;

  cairo_new_path (cr);
  for (guint m = 0; m < n; m++)
    cairo_line_to (cr, plot_x + slot * (m + 0.5),
                   base_y - hp_chart_fraction (chart->model->headcount[m], scale->top) * plot_h);
}

static void
draw_headcount (Chart       *chart,
                cairo_t     *cr,
                double       plot_x,
                double       plot_w,
                double       base_y,
                double       plot_h,
                const HpChartScale *scale)
{
  guint n = chart->model->n_months;
  double slot = plot_w / n;

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* A white halo keeps the line legible across the bars. */
  headcount_path (chart, cr, plot_x, plot_w, base_y, plot_h, scale);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, LINE_WIDTH + 1.6);
  cairo_stroke (cr);

  headcount_path (chart, cr, plot_x, plot_w, base_y, plot_h, scale);
  hp_print_set_rgb (cr, &hp_print_ink);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_stroke (cr);

  /* Dots only while they do not merge into a solid line. */
  if (slot >= 3 * DOT_RADIUS)
    {
      for (guint m = 0; m < n; m++)
        {
          double x = plot_x + slot * (m + 0.5);
          double y = base_y - hp_chart_fraction (chart->model->headcount[m], scale->top) * plot_h;

          cairo_new_path (cr);
          cairo_arc (cr, x, y, DOT_RADIUS + 0.8, 0, 2 * G_PI);
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_fill (cr);
          cairo_arc (cr, x, y, DOT_RADIUS, 0, 2 * G_PI);
          hp_print_set_rgb (cr, &hp_print_ink);
          cairo_fill (cr);
        }
    }

  cairo_restore (cr);
}

void
hp_print_draw_chart (cairo_t         *cr,
                     PangoContext    *context,
                     const HpSummary *summary,
                     double           x,
                     double           y,
                     double           width,
                     double           height)
{
  Chart chart;
  gboolean data;
  HpChartScale cost, heads;
  g_autofree PangoLayout **cost_labels = NULL;
  g_autofree PangoLayout **head_labels = NULL;
  g_autoptr(PangoLayout) cost_title = NULL;
  g_autoptr(PangoLayout) head_title = NULL;
  double line_h, title_h, left_w = 0, right_w = 0, legend_h;
  double plot_x, plot_w, plot_top, base_y, plot_h, w;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (summary != NULL);

  chart.model = hp_chart_model_new (summary);
  chart.context = context;
  data = has_data (&chart);
  cost = chart.model->cost_scale;
  heads = chart.model->headcount_scale;
  cost_labels = g_new0 (PangoLayout *, cost.n + 1);
  head_labels = g_new0 (PangoLayout *, cost.n + 1);
  line_h = hp_print_figure_line_height (context, TICK_SIZE);

  cairo_save (cr);

  /* The axis titles, over their tick labels. */
  cost_title = chart_text (&chart, TICK_SIZE, _("Cost per month"));
  head_title = chart_text (&chart, TICK_SIZE, _("People"));
  hp_print_text_size (cost_title, NULL, &title_h);

  for (guint i = 0; i <= cost.n; i++)
    {
      g_autofree char *c = hp_money_format (hp_chart_model_get_cost_tick (chart.model, i), summary->currency,
                                            HP_MONEY_FORMAT_DROP_ZERO_MINOR);
      g_autofree char *h = hp_number_format_grouped (hp_chart_model_get_headcount_tick (chart.model, i));

      cost_labels[i] = chart_text (&chart, TICK_SIZE, c);
      head_labels[i] = chart_text (&chart, TICK_SIZE, h);
    }

  /* The plot starts after the widest tick label. */
  for (guint i = 0; i <= cost.n; i++)
    {
      hp_print_text_size (cost_labels[i], &w, NULL);
      left_w = MAX (left_w, w);
      hp_print_text_size (head_labels[i], &w, NULL);
      right_w = MAX (right_w, w);
    }

  legend_h = legend_run (&chart, NULL, x, 0, width);

  plot_x = x + left_w + AXIS_GAP;
  plot_w = MAX (x + width - right_w - AXIS_GAP - plot_x, 1.0);
  plot_top = y + title_h + TITLE_GAP + line_h / 2.0;
  base_y = y + height - legend_h - LEGEND_GAP - 2 * line_h - ceil (line_h / 2.0) - MONTH_GAP;
  plot_h = MAX (base_y - plot_top, 1.0);

  hp_print_show (cr, cost_title, x, y, &hp_print_dim_ink);
  hp_print_text_size (head_title, &w, NULL);
  hp_print_show (cr, head_title, x + width - w, y, &hp_print_dim_ink);

  /* Gridlines, the baseline and the ticks of both scales. */
  for (guint i = 0; i <= cost.n; i++)
    {
      double gy = base_y - plot_h * i / cost.n;

      hp_print_set_rgb (cr, i == 0 ? &axis_ink : &grid_ink);
      cairo_set_line_width (cr, i == 0 ? 0.8 : 0.5);
      cairo_move_to (cr, plot_x, gy);
      cairo_line_to (cr, plot_x + plot_w, gy);
      cairo_stroke (cr);

      if (data)
        {
          hp_print_text_size (cost_labels[i], &w, NULL);
          hp_print_show (cr, cost_labels[i], plot_x - AXIS_GAP - w, gy - line_h / 2.0, &hp_print_dim_ink);
          hp_print_show (cr, head_labels[i], plot_x + plot_w + AXIS_GAP, gy - line_h / 2.0, &hp_print_dim_ink);
        }
    }

  if (data)
    {
      draw_bars (&chart, cr, plot_x, plot_w, base_y, plot_h, &cost);
      draw_headcount (&chart, cr, plot_x, plot_w, base_y, plot_h, &heads);
    }
  else
    {
      g_autoptr(PangoLayout) empty = chart_text (&chart, LEGEND_SIZE,
                                                 chart.model->overflow ? _("The figures are too large to chart")
                                                                : _("No costs yet"));
      double h;

      pango_layout_set_width (empty, (int) (plot_w * PANGO_SCALE));
      pango_layout_set_wrap (empty, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (empty, PANGO_ALIGN_CENTER);
      hp_print_text_size (empty, NULL, &h);
      hp_print_show (cr, empty, plot_x, plot_top + (plot_h - h) / 2.0, &hp_print_dim_ink);
    }

  if (summary->n_months > 0)
    {
      const HpChartInk text_ink = { hp_print_ink.r, hp_print_ink.g, hp_print_ink.b, 1.0 };
      const HpChartInk year_ink = { hp_print_dim_ink.r, hp_print_dim_ink.g, hp_print_dim_ink.b, 1.0 };

      hp_print_draw_month_labels (cr, context, chart.model, TICK_SIZE, &text_ink, &year_ink,
                                  plot_x, plot_w, base_y + ceil (line_h / 2.0) + MONTH_GAP, x, x + width);
    }

  legend_run (&chart, cr, x, y + height - legend_h, width);

  for (guint i = 0; i <= cost.n; i++)
    {
      g_clear_object (&cost_labels[i]);
      g_clear_object (&head_labels[i]);
    }

  cairo_restore (cr);
  hp_chart_model_free (chart.model);
}
