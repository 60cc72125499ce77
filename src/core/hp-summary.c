/* hp-summary.c: the exact costing of a plan
 *
 * Every amount is an integer number of minor units.  The loaded monthly
 * cost of one head is rounded once; everything else is a sum of month
 * costs, checked for overflow, so that every total ties out to the cent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-summary"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "hp-money.h"
#include "hp-summary.h"
#include "hp-summary-private.h"

#define BP_PER_UNIT   10000  /* basis points in 100 % */
#define COST_DIVISOR  120000 /* 12 months times BP_PER_UNIT */

/* round_half_up (S * (10000 + P) / 120000) for S >= 0, without a wider type:
 * with S = q * 120000 + r (0 <= r < 120000) and k = 10000 + P,
 *   (S * k + 60000) / 120000 = q * k + (r * k + 60000) / 120000
 * exactly, since q * k * 120000 is a multiple of the divisor.  r * k stays
 * below 120000 * (10000 + G_MAXUINT), far inside gint64; only q * k and the
 * final sum can overflow, and those are checked. */
static gint64
monthly_per_head (gint64    annual_salary,
                  guint     overhead_bp,
                  gboolean *overflow)
{
  gint64 k = (gint64) BP_PER_UNIT + (gint64) overhead_bp;
  gint64 q = annual_salary / COST_DIVISOR;
  gint64 r = annual_salary % COST_DIVISOR;
  gint64 whole = hp_checked_mul (q, k, overflow);
  gint64 part = (r * k + COST_DIVISOR / 2) / COST_DIVISOR;

  return hp_checked_add (whole, part, overflow);
}

gint64
hp_cost_monthly_per_head (gint64 annual_salary,
                          guint  overhead_bp)
{
  gboolean overflow = FALSE;

  g_return_val_if_fail (annual_salary >= 0, 0);

  return monthly_per_head (annual_salary, overhead_bp, &overflow);
}

gboolean
hp_position_is_employed_in (HpPosition *position,
                            HpMonth     month)
{
  HpMonth start, end;

  g_return_val_if_fail (HP_IS_POSITION (position), FALSE);

  start = hp_position_get_start (position);
  end = hp_position_get_end (position);

  return start <= month && (end == HP_MONTH_NONE || month <= end);
}

/* The months of [first, last] in which the position is employed inside the
 * period [period_start, period_end]; FALSE when there are none.  Months are
 * gint64 here so that a period end far past the calendar cannot wrap. */
gboolean
hp_position_employed_range (HpPosition *position,
                            gint64      period_start,
                            gint64      period_end,
                            gint64     *out_first,
                            gint64     *out_last)
{
  HpMonth start = hp_position_get_start (position);
  HpMonth end = hp_position_get_end (position);
  gint64 first, last;

  if (end != HP_MONTH_NONE && end < start)
    return FALSE;

  first = MAX ((gint64) start, period_start);
  last = end == HP_MONTH_NONE ? period_end : MIN ((gint64) end, period_end);

  if (first > last)
    return FALSE;

  *out_first = first;
  *out_last = last;

  return TRUE;
}

HpPositionRates
hp_position_rates (HpPosition *position,
                   guint       overhead_bp,
                   gboolean   *overflow)
{
  HpPositionRates rates;
  gint64 count = hp_position_get_count (position);
  gint64 salary = MAX (hp_position_get_annual_salary (position), 0);
  gint64 one_time = MAX (hp_position_get_one_time_cost (position), 0);

  rates.per_month = hp_checked_mul (count, monthly_per_head (salary, overhead_bp, overflow), overflow);
  rates.one_time = hp_checked_mul (count, one_time, overflow);

  return rates;
}

void
hp_position_cost_measure (HpPosition     *position,
                          gint64          period_start,
                          gint64          period_end,
                          guint           overhead_bp,
                          HpPositionCost *out)
{
  HpPositionRates rates;
  gboolean overflow = FALSE;
  gint64 start, n_months;

  memset (out, 0, sizeof *out);
  out->start_month = G_MININT64;

  if (!hp_position_employed_range (position, period_start, period_end, &out->first, &out->last))
    return;

  out->employed = TRUE;
  rates = hp_position_rates (position, overhead_bp, &overflow);
  out->per_month = rates.per_month;

  /* Every amount is at least zero and every operation saturates, so the
   * product is exactly the saturated sum of the month costs. */
  n_months = out->last - out->first + 1;
  out->period_cost = hp_checked_mul (rates.per_month, n_months, &overflow);

  start = hp_position_get_start (position);
  if (start >= out->first && start <= out->last)
    {
      out->start_month = start;
      out->start_cost = hp_checked_add (rates.per_month, rates.one_time, &overflow);
      out->period_cost = hp_checked_add (out->period_cost, rates.one_time, &overflow);
    }

  if (out->last == period_end)
    {
      out->at_end = TRUE;
      out->annual = hp_checked_mul (rates.per_month, 12, &overflow);
    }

  out->overflow = overflow;
}

gint64
hp_position_month_cost (HpPosition *position,
                        HpMonth     month,
                        HpMonth     period_start,
                        HpMonth     period_end,
                        guint       overhead_bp)
{
  HpPositionCost cost;

  g_return_val_if_fail (HP_IS_POSITION (position), 0);

  hp_position_cost_measure (position, period_start, period_end, overhead_bp, &cost);

  return hp_position_cost_in_month (&cost, month);
}

gint64
hp_position_period_cost (HpPosition *position,
                         HpMonth     period_start,
                         guint       n_months,
                         guint       overhead_bp)
{
  HpPositionCost cost;

  g_return_val_if_fail (HP_IS_POSITION (position), 0);

  hp_position_cost_measure (position, period_start,
                            (gint64) period_start + (gint64) n_months - 1,
                            overhead_bp, &cost);

  return cost.period_cost;
}

/* The cost of each month of the period, as hp_position_month_cost () gives
 * it, from one measure of the position: for exports that write a column per
 * month. */
void
hp_position_month_costs (HpPosition *position,
                         HpMonth     period_start,
                         guint       n_months,
                         guint       overhead_bp,
                         gint64     *out_costs)
{
  HpPositionCost cost;

  g_return_if_fail (HP_IS_POSITION (position));
  g_return_if_fail (out_costs != NULL || n_months == 0);

  hp_position_cost_measure (position, period_start, (gint64) period_start + (gint64) n_months - 1,
                            overhead_bp, &cost);
  for (guint m = 0; m < n_months; m++)
    out_costs[m] = hp_position_cost_in_month (&cost, (gint64) period_start + m);
}

/* Warnings */

void
hp_warning_free (gpointer data)
{
  HpWarning *warning = data;

  if (warning == NULL)
    return;

  g_free (warning->message);
  g_free (warning->position_id);
  g_free (warning);
}

HpWarning *
hp_warning_copy (const HpWarning *warning)
{
  HpWarning *copy = g_new0 (HpWarning, 1);

  copy->kind = warning->kind;
  copy->code = warning->code;
  copy->message = g_strdup (warning->message);
  copy->position_id = g_strdup (warning->position_id);

  return copy;
}

/* Takes ownership of message. */
static HpWarning *
new_warning (HpWarningKind  kind,
             const char    *code,
             char          *message,
             const char    *position_id)
{
  HpWarning *warning = g_new0 (HpWarning, 1);

  warning->kind = kind;
  warning->code = code;
  warning->message = message;
  warning->position_id = g_strdup (position_id);

  return warning;
}

static void
add_warning (HpSummary *summary,
             HpWarning *warning)
{
  if (warning != NULL)
    g_ptr_array_add (summary->warnings, warning);
}

/* Months in messages are "2027-03"; a month past the calendar (a period
 * that runs beyond year 9999) is still shown rather than refused. */
static char *
month_string (gint64 month)
{
  if (month >= G_MININT32 && month <= G_MAXINT32 && hp_month_is_valid ((HpMonth) month))
    return hp_month_to_string ((HpMonth) month);

  return g_strdup_printf ("%04d-%02d", (int) (month / 12), (int) (month % 12 + 1));
}

static const char *
position_display_title (HpPosition *position)
{
  const char *title = hp_position_get_title (position);

  if (title != NULL && *title != '\0')
    return title;

  return _("Untitled position");
}

HpWarning *
hp_warning_new_period (HpPosition *position,
                       gint64      period_start,
                       gint64      period_end,
                       gboolean    employed)
{
  HpMonth start = hp_position_get_start (position);
  HpMonth end = hp_position_get_end (position);

  if (end != HP_MONTH_NONE && end < start)
    {
      g_autofree char *start_text = month_string (start);
      g_autofree char *end_text = month_string (end);

      return new_warning (HP_WARNING_END_BEFORE_START, "end-before-start",
                          /* TRANSLATORS: a position's title, then two months, "2027-02" */
                          g_strdup_printf (_("“%s” ends (%s) before it starts (%s)"),
                                           position_display_title (position), end_text, start_text),
                          hp_position_get_id (position));
    }
  else if (!employed)
    {
      g_autofree char *first_text = month_string (period_start);
      g_autofree char *last_text = month_string (period_end);

      return new_warning (HP_WARNING_OUTSIDE_PERIOD, "outside-period",
                          /* TRANSLATORS: a position's title, then the first and last
                           * months of the plan, "2027-01" */
                          g_strdup_printf (_("“%s” is not employed in any month of the plan, %s to %s"),
                                           position_display_title (position), first_text, last_text),
                          hp_position_get_id (position));
    }

  return NULL;
}

HpWarning *
hp_warning_new_role (HpPosition *position,
                     HpCatalog  *catalog,
                     const char *currency)
{
  const char *role_id = hp_position_get_role_id (position);
  gint64 salary, band_min, band_max;
  HpRole *role;

  /* A position with no role at all is a custom one, not an unknown role. */
  if (catalog == NULL || role_id == NULL || *role_id == '\0')
    return NULL;

  role = hp_catalog_lookup (catalog, role_id);
  if (role == NULL)
    return new_warning (HP_WARNING_UNKNOWN_ROLE, "unknown-role",
                        /* TRANSLATORS: a position's title, then a role id */
                        g_strdup_printf (_("“%s” uses the role “%s”, which no loaded catalog describes"),
                                         position_display_title (position), role_id),
                        hp_position_get_id (position));

  /* Bands in another currency cannot be compared without an exchange rate. */
  if (g_strcmp0 (hp_role_get_currency (role), currency) != 0)
    return NULL;

  salary = hp_position_get_annual_salary (position);
  band_min = hp_role_get_band_min (role);
  band_max = hp_role_get_band_max (role);

  if (salary < band_min || salary > band_max)
    {
      g_autofree char *salary_text =
        hp_money_format (salary, currency, HP_MONEY_FORMAT_DROP_ZERO_MINOR);
      g_autofree char *min_text =
        hp_money_format (band_min, currency, HP_MONEY_FORMAT_DROP_ZERO_MINOR);
      g_autofree char *max_text =
        hp_money_format (band_max, currency, HP_MONEY_FORMAT_DROP_ZERO_MINOR);

      return new_warning (HP_WARNING_SALARY_OUTSIDE_BAND, "salary-outside-band",
                          /* TRANSLATORS: a position's title, a salary, then the
                           * lowest and highest salaries of its role's band */
                          g_strdup_printf (_("“%s” pays %s, outside its role’s band of %s to %s"),
                                           position_display_title (position), salary_text, min_text, max_text),
                          hp_position_get_id (position));
    }

  return NULL;
}

HpWarning *
hp_warning_new_mentoring (const gint64 *level_headcount,
                          gboolean     *overflow)
{
  gint64 early = 0;
  gint64 mentors;
  gboolean mul_overflow = FALSE;
  g_autofree char *early_text = NULL;
  char *message;

  for (guint level = 0; level < HP_N_LEVELS; level++)
    if (hp_level_is_early_career ((HpLevel) level))
      early = hp_checked_add (early, level_headcount[level], overflow);

  mentors = hp_checked_add (level_headcount[HP_LEVEL_SENIOR], level_headcount[HP_LEVEL_LEAD], overflow);

  if (early <= 0 || early <= hp_checked_mul (mentors, 3, &mul_overflow))
    return NULL;

  early_text = hp_number_format_grouped (early);

  if (mentors == 0)
    {
      /* TRANSLATORS: %s is a number of people */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%s early-career hire and no senior or lead engineer to mentor them",
                                              "%s early-career hires and no senior or lead engineer to mentor them",
                                              (gulong) early),
                                 early_text);
    }
  else
    {
      g_autofree char *mentors_number = hp_number_format_grouped (mentors);
      /* TRANSLATORS: %s is a number of people */
      g_autofree char *mentors_text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%s senior or lead engineer",
                                      "%s senior or lead engineers",
                                      (gulong) mentors),
                         mentors_number);

      /* TRANSLATORS: the first %s is a number of people, the second
       * "2 senior or lead engineers" */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%s early-career hire for %s: more than three per mentor",
                                              "%s early-career hires for %s: more than three per mentor",
                                              (gulong) early),
                                 early_text, mentors_text);
    }

  return new_warning (HP_WARNING_MENTORING_RATIO, "mentoring-ratio", message, NULL);
}

HpWarning *
hp_warning_new_budget (const HpSummary *summary,
                       gboolean        *overflow)
{
  g_autofree char *total_text = NULL;
  g_autofree char *budget_text = NULL;
  g_autofree char *excess_text = NULL;

  if (!summary->has_budget || summary->total_cost <= summary->budget)
    return NULL;

  total_text = hp_money_format (summary->total_cost, summary->currency,
                                HP_MONEY_FORMAT_DROP_ZERO_MINOR);
  budget_text = hp_money_format (summary->budget, summary->currency,
                                 HP_MONEY_FORMAT_DROP_ZERO_MINOR);
  excess_text = hp_money_format (hp_checked_sub (summary->total_cost, summary->budget, overflow),
                                 summary->currency, HP_MONEY_FORMAT_DROP_ZERO_MINOR);

  return new_warning (HP_WARNING_OVER_BUDGET, "over-budget",
                      /* TRANSLATORS: three amounts of money */
                      g_strdup_printf (_("The plan costs %s, %s more than its budget of %s"),
                                       total_text, excess_text, budget_text),
                      NULL);
}

/* The summary */

static void
add_position (HpSummary  *summary,
              HpPosition *position,
              HpCatalog  *catalog)
{
  gint64 period_start = summary->start;
  gint64 period_end = period_start + (gint64) summary->n_months - 1;
  HpLevel level = hp_position_get_level (position);
  HpPositionStatus status = hp_position_get_status (position);
  gint64 count = hp_position_get_count (position);
  HpPositionCost cost;

  g_return_if_fail (level >= 0 && level < HP_N_LEVELS);
  g_return_if_fail (status < HP_N_POSITION_STATUSES);

  hp_position_cost_measure (position, period_start, period_end, summary->overhead_bp, &cost);

  if (cost.employed)
    {
      gboolean *overflow = &summary->overflow;

      if (cost.overflow)
        *overflow = TRUE;

      for (gint64 month = cost.first; month <= cost.last; month++)
        {
          gsize slot = (gsize) (month - period_start);
          gsize level_slot = slot * HP_N_LEVELS + (gsize) level;
          gint64 month_cost = hp_position_cost_in_month (&cost, month);

          summary->month_cost[slot] = hp_checked_add (summary->month_cost[slot], month_cost, overflow);
          summary->month_headcount[slot] =
            hp_checked_add (summary->month_headcount[slot], count, overflow);
          summary->month_level_cost[level_slot] =
            hp_checked_add (summary->month_level_cost[level_slot], month_cost, overflow);
          summary->month_level_headcount[level_slot] =
            hp_checked_add (summary->month_level_headcount[level_slot], count, overflow);
        }

      summary->level_cost[level] = hp_checked_add (summary->level_cost[level], cost.period_cost, overflow);
      summary->status_cost[status] = hp_checked_add (summary->status_cost[status], cost.period_cost, overflow);
      summary->total_cost = hp_checked_add (summary->total_cost, cost.period_cost, overflow);

      summary->level_headcount[level] = hp_checked_add (summary->level_headcount[level], count, overflow);
      summary->status_headcount[status] = hp_checked_add (summary->status_headcount[status], count, overflow);
      summary->total_headcount = hp_checked_add (summary->total_headcount, count, overflow);

      if (cost.at_end)
        {
          summary->level_run_rate[level] = hp_checked_add (summary->level_run_rate[level], cost.annual, overflow);
          summary->run_rate = hp_checked_add (summary->run_rate, cost.annual, overflow);
        }
    }

  add_warning (summary, hp_warning_new_period (position, period_start, period_end, cost.employed));
  add_warning (summary, hp_warning_new_role (position, catalog, summary->currency));
}

HpSummary *
hp_summary_compute (HpPlan    *plan,
                    HpCatalog *catalog)
{
  HpSummary *summary;
  const char *currency;
  guint n_positions;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (catalog == NULL || HP_IS_CATALOG (catalog), NULL);

  summary = g_new0 (HpSummary, 1);

  currency = hp_plan_get_currency (plan);
  g_strlcpy (summary->currency, currency != NULL ? currency : "", sizeof summary->currency);
  summary->start = hp_plan_get_start (plan);
  summary->n_months = hp_plan_get_months (plan);
  summary->overhead_bp = hp_plan_get_overhead_bp (plan);

  summary->month_cost = g_new0 (gint64, summary->n_months);
  summary->month_headcount = g_new0 (gint64, summary->n_months);
  summary->month_level_cost = g_new0 (gint64, (gsize) summary->n_months * HP_N_LEVELS);
  summary->month_level_headcount = g_new0 (gint64, (gsize) summary->n_months * HP_N_LEVELS);

  summary->warnings = g_ptr_array_new_with_free_func (hp_warning_free);

  n_positions = hp_plan_get_n_positions (plan);
  for (guint i = 0; i < n_positions; i++)
    add_position (summary, hp_plan_get_position (plan, i), catalog);

  summary->has_budget = hp_plan_get_has_budget (plan);
  if (summary->has_budget)
    {
      summary->budget = hp_plan_get_budget (plan);
      summary->budget_remaining = hp_checked_sub (summary->budget, summary->total_cost,
                                               &summary->overflow);
    }

  add_warning (summary, hp_warning_new_mentoring (summary->level_headcount, &summary->overflow));
  add_warning (summary, hp_warning_new_budget (summary, &summary->overflow));

  return summary;
}

void
hp_summary_free (HpSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->month_cost);
  g_free (summary->month_headcount);
  g_free (summary->month_level_cost);
  g_free (summary->month_level_headcount);
  g_clear_pointer (&summary->warnings, g_ptr_array_unref);
  g_free (summary);
}

HpSummary *
hp_summary_copy (const HpSummary *summary)
{
  HpSummary *copy;
  gsize n;

  g_return_val_if_fail (summary != NULL, NULL);

  n = summary->n_months;
  copy = g_memdup2 (summary, sizeof *summary);
  copy->month_cost = g_memdup2 (summary->month_cost, n * sizeof (gint64));
  copy->month_headcount = g_memdup2 (summary->month_headcount, n * sizeof (gint64));
  copy->month_level_cost = g_memdup2 (summary->month_level_cost, n * HP_N_LEVELS * sizeof (gint64));
  copy->month_level_headcount = g_memdup2 (summary->month_level_headcount, n * HP_N_LEVELS * sizeof (gint64));
  copy->warnings = g_ptr_array_new_full (summary->warnings->len, hp_warning_free);
  for (guint i = 0; i < summary->warnings->len; i++)
    g_ptr_array_add (copy->warnings, hp_warning_copy (g_ptr_array_index (summary->warnings, i)));

  return copy;
}

guint
hp_summary_get_n_quarters (HpSummary *summary)
{
  g_return_val_if_fail (summary != NULL, 0);

  return summary->n_months / 3 + (summary->n_months % 3 != 0 ? 1 : 0);
}

gint64
hp_summary_get_quarter_cost (HpSummary *summary,
                             guint      quarter)
{
  gboolean overflow = FALSE;
  gint64 cost = 0;
  guint first, last;

  g_return_val_if_fail (summary != NULL, 0);
  g_return_val_if_fail (quarter < hp_summary_get_n_quarters (summary), 0);

  first = quarter * 3;
  last = MIN (first + 3, summary->n_months);
  for (guint month = first; month < last; month++)
    cost = hp_checked_add (cost, summary->month_cost[month], &overflow);

  return cost;
}

HpMonth
hp_summary_get_quarter_first_month (HpSummary *summary,
                                    guint      quarter)
{
  g_return_val_if_fail (summary != NULL, HP_MONTH_NONE);
  g_return_val_if_fail (quarter < hp_summary_get_n_quarters (summary), HP_MONTH_NONE);

  return summary->start + (HpMonth) (quarter * 3);
}

const HpWarning *
hp_summary_find_warning (HpSummary  *summary,
                         const char *position_id)
{
  g_return_val_if_fail (summary != NULL, NULL);

  for (guint i = 0; i < summary->warnings->len; i++)
    {
      const HpWarning *warning = g_ptr_array_index (summary->warnings, i);

      if (g_strcmp0 (warning->position_id, position_id) == 0)
        return warning;
    }

  return NULL;
}
