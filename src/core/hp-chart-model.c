/* hp-chart-model.c: what the monthly cost chart shows, on screen and on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-chart-model.h"
#include "hp-error.h"
#include "hp-money.h"
#include "hp-summary-private.h"

/* Saturating, for values that are never negative. */
static gint64
add_sat (gint64 a,
         gint64 b)
{
  return a > G_MAXINT64 - b ? G_MAXINT64 : a + b;
}

static void
model_scale (HpChartModel *model)
{
  gboolean data = hp_chart_model_has_data (model);

  model->cost_scale = hp_chart_scale_for_cost (data ? model->max_total : 0);
  model->headcount_scale = hp_chart_scale_for_headcount (data ? model->max_headcount : 0,
                                                         model->cost_scale.n);
}

HpChartModel *
hp_chart_model_new_empty (const char *currency,
                          HpMonth     start)
{
  HpChartModel *model = g_new0 (HpChartModel, 1);

  g_strlcpy (model->currency, currency != NULL ? currency : "", sizeof model->currency);
  model->start = start;
  model_scale (model);

  return model;
}

HpChartModel *
hp_chart_model_new (const HpSummary *summary)
{
  HpChartModel *model;
  guint n;

  g_return_val_if_fail (summary != NULL, NULL);

  model = hp_chart_model_new_empty (summary->currency, summary->start);
  n = summary->n_months;
  model->overflow = summary->overflow;

  if (n > 0)
    {
      g_return_val_if_fail (summary->month_level_cost != NULL, model);
      g_return_val_if_fail (summary->month_headcount != NULL, model);

      model->n_months = n;
      model->level_cost = g_new0 (gint64, (gsize) n * HP_N_LEVELS);
      model->month_total = g_new0 (gint64, n);
      model->headcount = g_new0 (gint64, n);

      for (guint m = 0; m < n; m++)
        {
          for (guint l = 0; l < HP_N_LEVELS; l++)
            {
              gsize slot = (gsize) m * HP_N_LEVELS + l;
              gint64 cost = MAX (summary->month_level_cost[slot], 0);

              model->level_cost[slot] = cost;
              model->month_total[m] = add_sat (model->month_total[m], cost);
            }

          model->headcount[m] = MAX (summary->month_headcount[m], 0);
          model->max_total = MAX (model->max_total, model->month_total[m]);
          model->max_headcount = MAX (model->max_headcount, model->headcount[m]);
        }

      /* Far beyond any plan: the scale could not be computed exactly. */
      if (model->max_total > G_MAXINT64 / 100 || model->max_headcount > G_MAXINT64 / 100)
        model->overflow = TRUE;
    }

  model_scale (model);

  return model;
}

HpChartModel *
hp_chart_model_new_two_plans (const HpPlanDiff *diff,
                              const char       *from_name,
                              const char       *to_name,
                              GError          **error)
{
  g_autoptr(HpChartModel) model = NULL;
  gboolean overflow = FALSE;
  guint n;

  g_return_val_if_fail (diff != NULL && diff->months != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n = diff->months->len;
  model = hp_chart_model_new_empty (diff->currency,
                                    n > 0 ? g_array_index (diff->months, HpMonthDelta, 0).month : 0);
  model->form = HP_CHART_TWO_PLANS;
  model->from_name = g_strdup (from_name != NULL ? from_name : "");
  model->to_name = g_strdup (to_name != NULL ? to_name : "");
  model->n_months = n;
  model->month_total = g_new0 (gint64, MAX (n, 1));
  model->from_total = g_new0 (gint64, MAX (n, 1));
  model->month_delta = g_new0 (gint64, MAX (n, 1));

  for (guint m = 0; m < n; m++)
    {
      const HpMonthDelta *md = &g_array_index (diff->months, HpMonthDelta, m);

      if (md->cost.from < 0 || md->cost.to < 0 || md->month != model->start + (HpMonth) m)
        {
          g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                       _("month %u of the comparison cannot be charted"), m + 1);
          return NULL;
        }
      model->from_sum = hp_checked_add (model->from_sum, md->cost.from, &overflow);
      model->to_sum = hp_checked_add (model->to_sum, md->cost.to, &overflow);
      model->total_delta = hp_checked_add (model->total_delta, md->cost.delta, &overflow);
      if (overflow)
        {
          g_set_error_literal (error, HP_ERROR, HP_ERROR_RANGE,
                               _("the plans' costs are too large to chart exactly"));
          return NULL;
        }

      model->from_total[m] = md->cost.from;
      model->month_total[m] = md->cost.to;
      model->month_delta[m] = md->cost.delta;
      model->max_total = MAX (model->max_total, MAX (md->cost.from, md->cost.to));
    }

  if (model->max_total > G_MAXINT64 / 100)
    model->overflow = TRUE;
  model_scale (model);

  return g_steal_pointer (&model);
}

void
hp_chart_model_free (HpChartModel *model)
{
  if (model == NULL)
    return;

  g_free (model->from_total);
  g_free (model->month_delta);
  g_free (model->from_name);
  g_free (model->to_name);
  g_free (model->level_cost);
  g_free (model->month_total);
  g_free (model->headcount);
  g_free (model);
}

gboolean
hp_chart_model_has_data (const HpChartModel *model)
{
  g_return_val_if_fail (model != NULL, FALSE);

  return model->n_months > 0 && !model->overflow && model->max_total > 0;
}

gint64
hp_chart_model_get_level_cost (const HpChartModel *model,
                               guint               month,
                               HpLevel             level)
{
  g_return_val_if_fail (model != NULL, 0);
  g_return_val_if_fail (model->level_cost != NULL, 0);
  g_return_val_if_fail (month < model->n_months, 0);
  g_return_val_if_fail (level >= 0 && level < HP_N_LEVELS, 0);

  return model->level_cost[(gsize) month * HP_N_LEVELS + (gsize) level];
}

/* Where the segment of @level ends in the month's bar, stacked from the
 * intern at the bottom: the saturated sum of the levels up to it. */
gint64
hp_chart_model_get_stack_top (const HpChartModel *model,
                              guint               month,
                              HpLevel             level)
{
  gint64 top = 0;

  g_return_val_if_fail (model != NULL, 0);
  g_return_val_if_fail (model->level_cost != NULL, 0);
  g_return_val_if_fail (month < model->n_months, 0);
  g_return_val_if_fail (level >= 0 && level < HP_N_LEVELS, 0);

  for (guint l = 0; l <= (guint) level; l++)
    top = add_sat (top, model->level_cost[(gsize) month * HP_N_LEVELS + l]);

  return top;
}

/* The value at gridline @i (0 the baseline, cost_scale.n the top); 0 for
 * every line while there is nothing to show. */
gint64
hp_chart_model_get_cost_tick (const HpChartModel *model,
                              guint               i)
{
  g_return_val_if_fail (model != NULL, 0);

  return hp_chart_model_has_data (model) ? model->cost_scale.step * (gint64) i : 0;
}

gint64
hp_chart_model_get_headcount_tick (const HpChartModel *model,
                                   guint               i)
{
  g_return_val_if_fail (model != NULL, 0);

  return hp_chart_model_has_data (model) ? model->headcount_scale.step * (gint64) i : 0;
}

char *
hp_chart_model_dup_month_text (const HpChartModel *model,
                               guint               month)
{
  g_return_val_if_fail (model != NULL, NULL);

  return hp_month_format_short (model->start + (HpMonth) month);
}

char *
hp_chart_model_dup_year_text (const HpChartModel *model,
                              guint               month)
{
  g_return_val_if_fail (model != NULL, NULL);

  return g_strdup_printf ("%d", hp_month_get_year (model->start + (HpMonth) month));
}

/* The months that get a label when each month has @slot of width and a
 * label needs @label_space: a step that divides a year (or whole years),
 * the months that fall on it within the year (Jan, Apr, Jul, Oct for 3)
 * so that every January labelled shows, and the year under the first
 * label and each January. */
GArray *
hp_chart_model_month_labels (const HpChartModel *model,
                             double              slot,
                             double              label_space)
{
  GArray *labels = g_array_new (FALSE, FALSE, sizeof (HpChartMonthLabel));
  int first_month, first_year;
  guint step;

  g_return_val_if_fail (model != NULL, labels);

  if (model->n_months == 0)
    return labels;

  first_month = hp_month_get_month (model->start);
  first_year = hp_month_get_year (model->start);
  step = hp_chart_month_label_step (slot, label_space);

  for (guint i = 0; i < model->n_months; i++)
    {
      int month_index = (first_month - 1 + (int) i) % 12;
      HpChartMonthLabel label;

      if (step > 1 && month_index % MIN (step, 12) != 0)
        continue;
      if (step > 12 &&
          ((guint) (hp_month_get_year (model->start + (HpMonth) i) - first_year)) % (step / 12) != 0)
        continue;

      label.month = i;
      label.with_year = labels->len == 0 || month_index == 0;
      g_array_append_val (labels, label);
    }

  return labels;
}

const char *
hp_chart_legend_text (guint item)
{
  g_return_val_if_fail (item < HP_CHART_N_LEGEND_ITEMS, "");

  if (item < HP_N_LEVELS)
    return hp_level_display_name ((HpLevel) item);

  return _("Headcount");
}

guint
hp_chart_model_n_legend_items (const HpChartModel *model)
{
  g_return_val_if_fail (model != NULL, 0);

  return model->form == HP_CHART_TWO_PLANS ? 2 : HP_CHART_N_LEGEND_ITEMS;
}

const char *
hp_chart_model_legend_text (const HpChartModel *model,
                            guint               item)
{
  g_return_val_if_fail (model != NULL, "");
  g_return_val_if_fail (item < hp_chart_model_n_legend_items (model), "");

  if (model->form == HP_CHART_TWO_PLANS)
    return item == 0 ? model->from_name : model->to_name;

  return hp_chart_legend_text (item);
}

/* The month of the highest value of @values, the first when tied. */
static guint
peak_month (const gint64 *values,
            guint         n)
{
  guint peak = 0;

  for (guint m = 1; m < n; m++)
    if (values[m] > values[peak])
      peak = m;

  return peak;
}

char *
hp_chart_model_dup_description (const HpChartModel *model)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  GString *text;

  g_return_val_if_fail (model != NULL, NULL);

  if (model->n_months == 0)
    return g_strdup (_("No months to chart."));
  if (model->overflow)
    return g_strdup (_("The figures are too large to chart."));

  first = hp_month_format (model->start);
  last = hp_month_format (model->start + (HpMonth) model->n_months - 1);
  text = g_string_new (NULL);
  /* TRANSLATORS: the start of a chart's description: "Monthly cost, Jan 2027 to Jun 2028." */
  g_string_append_printf (text, _("Monthly cost, %s to %s."), first, last);

  if (model->form == HP_CHART_TWO_PLANS)
    {
      const gint64 *series[2] = { model->from_total, model->month_total };
      const gint64 sums[2] = { model->from_sum, model->to_sum };

      for (guint i = 0; i < 2; i++)
        {
          guint peak = peak_month (series[i], model->n_months);
          g_autofree char *peak_month_text = hp_month_format (model->start + (HpMonth) peak);
          g_autofree char *peak_text = hp_money_format (series[i][peak], model->currency, HP_MONEY_FORMAT_DEFAULT);
          g_autofree char *sum_text = hp_money_format (sums[i], model->currency, HP_MONEY_FORMAT_DEFAULT);

          /* TRANSLATORS: one plan in a comparison chart's description:
           * " Lean: $1,200,000.00 in all, at most $120,000.00 (Mar 2027)." */
          g_string_append_printf (text, _(" %s: %s in all, at most %s (%s)."),
                                  hp_chart_model_legend_text (model, i), sum_text, peak_text, peak_month_text);
        }
      {
        g_autofree char *delta = hp_money_format_delta (model->total_delta, model->currency);

        /* TRANSLATORS: the end of a comparison chart's description: " Change: −$40,000.00." */
        g_string_append_printf (text, _(" Change: %s."), delta);
      }
    }
  else
    {
      guint peak = peak_month (model->month_total, model->n_months);
      g_autofree char *peak_month_text = hp_month_format (model->start + (HpMonth) peak);
      g_autofree char *peak_text = hp_money_format (model->month_total[peak], model->currency, HP_MONEY_FORMAT_DEFAULT);

      /* TRANSLATORS: in a chart's description: " At most $120,000.00 (Mar 2027)." */
      g_string_append_printf (text, _(" At most %s (%s)."), peak_text, peak_month_text);
    }

  return g_string_free (text, FALSE);
}

/* Greedy rows of items, each row centred in @width; an item alone wider
 * than @width gets a row of its own.  Returns the legend's height. */
double
hp_chart_legend_layout (const double       *item_width,
                        const double       *item_height,
                        guint               n_items,
                        double              width,
                        double              item_gap,
                        double              row_gap,
                        HpChartLegendPlace *out_places)
{
  double row_y = 0;
  guint row_start = 0;

  if (n_items == 0)
    return 0;

  while (row_start < n_items)
    {
      guint row_end = row_start;
      double row_w = 0, row_h = 0, x;

      while (row_end < n_items)
        {
          double w = row_w + (row_end > row_start ? item_gap : 0) + item_width[row_end];

          if (row_end > row_start && w > width)
            break;
          row_w = w;
          row_h = MAX (row_h, item_height[row_end]);
          row_end++;
        }

      x = (width - row_w) / 2.0;
      for (guint i = row_start; i < row_end; i++)
        {
          out_places[i].x = x;
          out_places[i].y = row_y + (row_h - item_height[i]) / 2.0;
          x += item_width[i] + item_gap;
        }

      row_y += row_h + row_gap;
      row_start = row_end;
    }

  return row_y - row_gap;
}
