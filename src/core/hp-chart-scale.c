/* hp-chart-scale.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-chart"

#include "config.h"

#include "hp-chart-scale.h"

/* The least round value at least @raw: m × 10^k for m in @mults (in tenths). */
static gint64
round_up_nice (gint64        raw,
               const guint  *mults,
               guint         n_mults)
{
  gint64 p = 1;

  raw = MAX (raw, 1);

  while (p <= G_MAXINT64 / 10 && p * 10 <= raw)
    p *= 10;

  for (guint i = 0; i < n_mults; i++)
    {
      gint64 candidate;

      if (p > G_MAXINT64 / 100)
        break;
      if ((mults[i] * p) % 10 != 0)
        continue; /* 2.5 is not a round number of people or cents */
      candidate = mults[i] * p / 10;
      if (candidate >= raw)
        return candidate;
    }

  return p <= G_MAXINT64 / 10 ? p * 10 : G_MAXINT64 / 4;
}

HpChartScale
hp_chart_scale_for_cost (gint64 max)
{
  static const guint mults[] = { 10, 20, 25, 50, 100 };
  HpChartScale s;

  if (max <= 0)
    {
      s.step = 1;
      s.n = 4;
      s.top = 4;
      return s;
    }

  s.step = round_up_nice (max / 4 + (max % 4 != 0), mults, G_N_ELEMENTS (mults));
  s.n = (guint) (max / s.step + (max % s.step != 0));
  s.n = CLAMP (s.n, 2, 4);
  s.top = s.step * s.n;

  return s;
}

/* The headcount scale has the same intervals as the cost scale, so that its
 * ticks sit on the same gridlines. */
HpChartScale
hp_chart_scale_for_headcount (gint64 max,
                              guint  n)
{
  static const guint mults[] = { 10, 20, 25, 30, 40, 50, 100 };
  HpChartScale s;

  s.n = n;
  s.step = round_up_nice (max / n + (max % n != 0), mults, G_N_ELEMENTS (mults));
  s.top = s.step * n;

  return s;
}

/* Drawing only: the fraction of the scale a value reaches. */
double
hp_chart_fraction (gint64 value,
                   gint64 top)
{
  if (top <= 0)
    return 0;

  return CLAMP ((double) value / (double) top, 0.0, 1.0);
}

/* How many months apart the month labels are, each label needing @space
 * (its width and a gap) in slots @slot wide: a divisor of a year, or whole
 * years, so that every January is labelled and no two labels overlap. */
guint
hp_chart_month_label_step (double slot,
                           double space)
{
  static const guint steps[] = { 1, 2, 3, 6, 12 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (slot * steps[i] >= space)
      return steps[i];

  for (guint years = 2; ; years++)
    if (slot * 12 * years >= space || years >= 1000)
      return 12 * years;
}
