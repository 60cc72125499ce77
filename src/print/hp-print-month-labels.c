/* hp-print-month-labels.c
 *
 * The month labels under a chart's plot, for the plan's chart
 * (hp-print-chart.c) and the comparison's (hp-print-diff-chart.c): each
 * label centred under its month, as many as fit (the core's chart model
 * chooses which, hp_chart_model_month_labels()), with the year under the
 * first month and each January, every label kept between @min_x and
 * @max_x.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-print"

#include "config.h"

#include "hp-chart-model.h"
#include "hp-print-private.h"

#define LABEL_GAP 6.0   /* least space between two month labels */

static void
show (cairo_t          *cr,
      PangoLayout      *layout,
      double            x,
      double            y,
      const HpChartInk *ink)
{
  cairo_move_to (cr, x, y);
  cairo_set_source_rgba (cr, ink->r, ink->g, ink->b, ink->a);
  pango_cairo_show_layout (cr, layout);
}

void
hp_print_draw_month_labels (cairo_t            *cr,
                            PangoContext       *context,
                            const HpChartModel *model,
                            double              size,
                            const HpChartInk   *text_ink,
                            const HpChartInk   *year_ink,
                            double              plot_x,
                            double              plot_w,
                            double              y,
                            double              min_x,
                            double              max_x)
{
  guint n = model->n_months;
  double slot = plot_w / n;
  double label_w = 0;
  double line_h = hp_print_figure_line_height (context, size);
  g_autofree PangoLayout **months = g_new0 (PangoLayout *, n);
  g_autoptr(GArray) labels = NULL;
  double w;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = hp_chart_model_dup_month_text (model, i);

      months[i] = hp_print_text (context, text, size, HP_PRINT_TEXT_NUMERIC, -1, 0);
      hp_print_text_size (months[i], &w, NULL);
      label_w = MAX (label_w, w);
    }
  {
    /* Years are labelled too: "2027" is often wider than "May". */
    g_autofree char *year = hp_chart_model_dup_year_text (model, n - 1);
    g_autoptr(PangoLayout) layout = hp_print_text (context, year, size, HP_PRINT_TEXT_NUMERIC, -1, 0);

    hp_print_text_size (layout, &w, NULL);
    label_w = MAX (label_w, w);
  }

  labels = hp_chart_model_month_labels (model, slot, label_w + LABEL_GAP);
  for (guint k = 0; k < labels->len; k++)
    {
      const HpChartMonthLabel *label = &g_array_index (labels, HpChartMonthLabel, k);
      double cx = plot_x + slot * (label->month + 0.5);

      hp_print_text_size (months[label->month], &w, NULL);
      show (cr, months[label->month], CLAMP (cx - w / 2.0, min_x, max_x - w), y, text_ink);

      if (label->with_year)
        {
          g_autofree char *year = hp_chart_model_dup_year_text (model, label->month);
          g_autoptr(PangoLayout) layout = hp_print_text (context, year, size, HP_PRINT_TEXT_NUMERIC, -1, 0);

          hp_print_text_size (layout, &w, NULL);
          show (cr, layout, CLAMP (cx - w / 2.0, min_x, max_x - w), y + line_h, year_ink);
        }
    }

  for (guint i = 0; i < n; i++)
    g_object_unref (months[i]);
}
