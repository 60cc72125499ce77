/* hp-summary-private.h: the pieces of the costing that hp_summary_compute
 * and HpSummaryTracker share, so that both cost and warn exactly alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-summary.h"

G_BEGIN_DECLS

/* Overflow-checked arithmetic on amounts.  On overflow the result saturates
 * and *overflow is set, so the caller goes on without undefined behaviour. */
static inline gint64
hp_checked_add (gint64    a,
                gint64    b,
                gboolean *overflow)
{
  gint64 result;

  if (__builtin_add_overflow (a, b, &result))
    {
      *overflow = TRUE;
      return b > 0 ? G_MAXINT64 : G_MININT64;
    }

  return result;
}

static inline gint64
hp_checked_sub (gint64    a,
                gint64    b,
                gboolean *overflow)
{
  gint64 result;

  if (__builtin_sub_overflow (a, b, &result))
    {
      *overflow = TRUE;
      return b < 0 ? G_MAXINT64 : G_MININT64;
    }

  return result;
}

static inline gint64
hp_checked_mul (gint64    a,
                gint64    b,
                gboolean *overflow)
{
  gint64 result;

  if (__builtin_mul_overflow (a, b, &result))
    {
      *overflow = TRUE;
      return (a < 0) != (b < 0) ? G_MININT64 : G_MAXINT64;
    }

  return result;
}

typedef struct
{
  gint64 per_month;  /* count * M */
  gint64 one_time;   /* count * one-time cost */
} HpPositionRates;

/* What one position costs in a period: the one statement of the rule,
 * used by hp_summary_compute(), HpSummaryTracker, the CSV writer, the
 * plan's diff and hp_position_period_cost().  Months are gint64 so that a
 * period end past the calendar cannot wrap. */
typedef struct
{
  gboolean employed;      /* in at least one month of the period */
  gboolean overflow;      /* its own figures left 64 bits (saturated) */
  gboolean at_end;        /* employed in the period's last month: in the run rate */
  gint64   first;         /* the months it is employed, inside the period */
  gint64   last;
  gint64   start_month;   /* the month of its one-time cost, or G_MININT64 when
                           * that month is not in [first, last] */
  gint64   per_month;     /* count * M */
  gint64   start_cost;    /* per_month + count * one-time, in start_month */
  gint64   period_cost;   /* the sum of its month costs */
  gint64   annual;        /* per_month * 12 when at_end, else 0 */
} HpPositionCost;

HpPositionRates hp_position_rates          (HpPosition      *position,
                                            guint            overhead_bp,
                                            gboolean        *overflow);
gboolean        hp_position_employed_range (HpPosition      *position,
                                            gint64           period_start,
                                            gint64           period_end,
                                            gint64          *out_first,
                                            gint64          *out_last);
void            hp_position_cost_measure   (HpPosition      *position,
                                            gint64           period_start,
                                            gint64           period_end,
                                            guint            overhead_bp,
                                            HpPositionCost  *out);

/* The position's cost in @month, 0 outside the months it is employed. */
static inline gint64
hp_position_cost_in_month (const HpPositionCost *cost,
                           gint64                month)
{
  if (!cost->employed || month < cost->first || month > cost->last)
    return 0;

  return month == cost->start_month ? cost->start_cost : cost->per_month;
}

/* Each returns a new warning, or NULL when there is nothing to say. */
HpWarning      *hp_warning_new_period      (HpPosition      *position,
                                            gint64           period_start,
                                            gint64           period_end,
                                            gboolean         employed);
HpWarning      *hp_warning_new_role        (HpPosition      *position,
                                            HpCatalog       *catalog, /* nullable */
                                            const char      *currency);
HpWarning      *hp_warning_new_mentoring   (const gint64    *level_headcount,
                                            gboolean        *overflow);
HpWarning      *hp_warning_new_budget      (const HpSummary *summary,
                                            gboolean        *overflow);
HpWarning      *hp_warning_copy            (const HpWarning *warning);
void            hp_warning_free            (gpointer         warning);

G_END_DECLS
