/* hp-print-diff-chart.c
 *
 * The comparison chart: each month of the union of two plans' periods, a
 * pair of bars (the plan compared from, then the plan compared to) on one
 * cost scale, month labels with the year under the first month and each
 * January, and a legend naming both plans.  Everything it shows comes from
 * the core's chart model in its two-plan form (hp-chart-model.c); this
 * only measures text and draws, with cairo, for paper and (through
 * gtk_snapshot_append_cairo) for the comparison window, in the colours of
 * the HpChartInks it is given.
 *
 * Money stays in gint64 minor units: doubles only ever hold positions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-print"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hp-money.h"
#include "hp-print-private.h"

#define AXIS_GAP         5.0   /* between tick labels and the plot */
#define TITLE_GAP        4.0   /* between the axis title and the top tick label */
#define MONTH_GAP        2.0   /* between the plot and the month labels */
#define LEGEND_GAP       10.0  /* between the month labels and the legend */
#define LEGEND_TEXT_GAP  4.0
#define LEGEND_ITEM_GAP  16.0
#define LEGEND_ROW_GAP   3.0
#define MAX_PAIR_WIDTH   40.0
#define PAIR_FILL        0.76  /* of a month's slot */
#define N_SERIES         2

/* GNOME palette: blue 3 for the plan compared from, orange 3 for the plan
 * compared to; told apart in light and dark, and by most colour-blind
 * readers. */
const HpChartInks hp_print_paper_inks = {
  .text   = { 0.0, 0.0, 0.0, 1.0 },
  .dim    = { 0x5e / 255., 0x5c / 255., 0x64 / 255., 1.0 },
  .grid   = { 0xde / 255., 0xdd / 255., 0xda / 255., 1.0 },
  .axis   = { 0x9a / 255., 0x99 / 255., 0x96 / 255., 1.0 },
  .series = { { 0x35 / 255., 0x84 / 255., 0xe4 / 255., 1.0 },
              { 0xff / 255., 0x78 / 255., 0x00 / 255., 1.0 } },
  .tick_size = 7.0,
  .legend_size = 8.0,
};

typedef struct
{
  const HpChartModel *model;
  PangoContext       *context;
  const HpChartInks  *inks;
  cairo_t            *cr;
} Chart;

static void
set_ink (cairo_t           *cr,
         const HpChartInk  *ink)
{
  cairo_set_source_rgba (cr, ink->r, ink->g, ink->b, ink->a);
}

static PangoLayout *
chart_text (Chart      *chart,
            double      size,
            const char *text)
{
  return hp_print_text (chart->context, text, size, HP_PRINT_TEXT_NUMERIC, -1, 0);
}

static void
show (Chart            *chart,
      PangoLayout      *layout,
      double            x,
      double            y,
      const HpChartInk *ink)
{
  cairo_move_to (chart->cr, x, y);
  set_ink (chart->cr, ink);
  pango_cairo_show_layout (chart->cr, layout);
}

/* The legend's rows centred in @width; drawn with its top at @y when
 * @draw.  Returns its height. */
static double
legend_run (Chart    *chart,
            gboolean  draw,
            double    x,
            double    y,
            double    width)
{
  double size = chart->inks->legend_size;
  double swatch = size;
  PangoLayout *layouts[N_SERIES];
  double item_w[N_SERIES], item_h[N_SERIES];
  HpChartLegendPlace places[N_SERIES];
  double legend_h;

  for (guint i = 0; i < N_SERIES; i++)
    {
      double text_w;

      layouts[i] = hp_print_text (chart->context, hp_chart_model_legend_text (chart->model, i), size,
                                  HP_PRINT_TEXT_PLAIN, MAX (width - swatch - LEGEND_TEXT_GAP, 1), 2);
      hp_print_text_size (layouts[i], &text_w, &item_h[i]);
      item_w[i] = swatch + LEGEND_TEXT_GAP + text_w;
    }

  legend_h = hp_chart_legend_layout (item_w, item_h, N_SERIES, width, LEGEND_ITEM_GAP, LEGEND_ROW_GAP, places);

  for (guint i = 0; i < N_SERIES; i++)
    {
      if (draw)
        {
          double ix = x + places[i].x, iy = y + places[i].y;
          double line_h = hp_print_figure_line_height (chart->context, size);

          set_ink (chart->cr, &chart->inks->series[i]);
          cairo_rectangle (chart->cr, ix, iy + (line_h - swatch) / 2.0, swatch, swatch);
          cairo_fill (chart->cr);
          show (chart, layouts[i], ix + swatch + LEGEND_TEXT_GAP, iy, &chart->inks->text);
        }
      g_object_unref (layouts[i]);
    }

  return legend_h;
}

static void
draw_bars (Chart  *chart,
           double  plot_x,
           double  plot_w,
           double  base_y,
           double  plot_h)
{
  const HpChartModel *model = chart->model;
  guint n = model->n_months;
  double slot = plot_w / n;
  double pair_w = MIN (MAX (slot * PAIR_FILL, 1.0), MAX_PAIR_WIDTH);
  double bar_w = pair_w / N_SERIES;

  for (guint m = 0; m < n; m++)
    {
      const gint64 values[N_SERIES] = { model->from_total[m], model->month_total[m] };
      double x0 = plot_x + slot * (m + 0.5) - pair_w / 2.0;

      for (guint s = 0; s < N_SERIES; s++)
        {
          double h = hp_chart_fraction (values[s], model->cost_scale.top) * plot_h;

          if (values[s] <= 0 || h < 0.1)
            continue;
          set_ink (chart->cr, &chart->inks->series[s]);
          /* a hair apart, so that two equal bars still read as two */
          cairo_rectangle (chart->cr, x0 + bar_w * s + (s == 0 ? 0 : 0.4), base_y - h,
                           MAX (bar_w - 0.4, 0.3), h);
          cairo_fill (chart->cr);
        }
    }
}

void
hp_print_draw_diff_chart (cairo_t            *cr,
                          PangoContext       *context,
                          const HpChartModel *model,
                          const HpChartInks  *inks,
                          double              x,
                          double              y,
                          double              width,
                          double              height)
{
  Chart chart = { model, context, inks, cr };
  gboolean data;
  HpChartScale cost;
  g_autofree PangoLayout **cost_labels = NULL;
  g_autoptr(PangoLayout) cost_title = NULL;
  double tick = inks->tick_size;
  double line_h, title_h, left_w = 0, legend_h, w;
  double plot_x, plot_w, plot_top, base_y, plot_h;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (model != NULL && model->form == HP_CHART_TWO_PLANS);
  g_return_if_fail (inks != NULL);

  data = hp_chart_model_has_data (model);
  cost = model->cost_scale;
  cost_labels = g_new0 (PangoLayout *, cost.n + 1);
  line_h = hp_print_figure_line_height (context, tick);

  cairo_save (cr);

  cost_title = chart_text (&chart, tick, _("Cost per month"));
  hp_print_text_size (cost_title, NULL, &title_h);

  for (guint i = 0; i <= cost.n; i++)
    {
      g_autofree char *c = hp_money_format (hp_chart_model_get_cost_tick (model, i), model->currency,
                                            HP_MONEY_FORMAT_DROP_ZERO_MINOR);

      cost_labels[i] = chart_text (&chart, tick, c);
      hp_print_text_size (cost_labels[i], &w, NULL);
      left_w = MAX (left_w, w);
    }

  legend_h = legend_run (&chart, FALSE, x, 0, width);

  plot_x = x + left_w + AXIS_GAP;
  plot_w = MAX (x + width - plot_x - 2.0, 1.0);
  plot_top = y + title_h + TITLE_GAP + line_h / 2.0;
  base_y = y + height - legend_h - LEGEND_GAP - 2 * line_h - MONTH_GAP;
  plot_h = MAX (base_y - plot_top, 1.0);

  show (&chart, cost_title, x, y, &inks->dim);

  for (guint i = 0; i <= cost.n; i++)
    {
      double gy = base_y - plot_h * i / cost.n;

      set_ink (cr, i == 0 ? &inks->axis : &inks->grid);
      cairo_set_line_width (cr, i == 0 ? 0.8 : 0.5);
      cairo_move_to (cr, plot_x, gy);
      cairo_line_to (cr, plot_x + plot_w, gy);
      cairo_stroke (cr);

      if (data)
        {
          hp_print_text_size (cost_labels[i], &w, NULL);
          show (&chart, cost_labels[i], plot_x - AXIS_GAP - w, gy - line_h / 2.0, &inks->dim);
        }
    }

  if (data)
    draw_bars (&chart, plot_x, plot_w, base_y, plot_h);
  else
    {
      g_autoptr(PangoLayout) empty = hp_print_text (context,
                                                    model->overflow ? _("The figures are too large to chart")
                                                                    : _("No costs yet"),
                                                    inks->legend_size, HP_PRINT_TEXT_CENTER, plot_w, 0);
      double h;

      hp_print_text_size (empty, NULL, &h);
      show (&chart, empty, plot_x, plot_top + (plot_h - h) / 2.0, &inks->dim);
    }

  if (model->n_months > 0)
    hp_print_draw_month_labels (cr, context, model, inks->tick_size, &inks->text, &inks->dim,
                                plot_x, plot_w, base_y + MONTH_GAP, x, x + width);

  legend_run (&chart, TRUE, x, y + height - legend_h, width);

  for (guint i = 0; i <= cost.n; i++)
    g_clear_object (&cost_labels[i]);

  cairo_restore (cr);
}
