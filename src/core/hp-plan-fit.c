/* hp-plan-fit.c: fitting a plan to a budget by moving hires later
 *
 * The rule is stated once, in hp-plan-fit.h.  It is carried out step by
 * step, but each step is cheap: the plan's period cost is the sum of its
 * positions' period costs (hp_position_cost_measure()), so a step takes
 * the moved position's old cost off the total and adds its new one.
 *
 * Which position a step takes needs no search either.  Once the position
 * with the latest start has moved a month it is the only one with that
 * start, so it stays the latest until it leaves the period; the next one is
 * then the next in the first order (start, period cost, id), since the
 * others have not moved and cost what they did.  So the candidates are
 * sorted once and each is moved until it leaves the period or the budget
 * is met.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-money.h"
#include "hp-plan-fit.h"
#include "hp-summary-private.h"

typedef struct
{
  HpPosition *position;  /* in the copy */
  HpMonth     start;     /* before any move */
  gint64      cost;      /* its period cost before any move */
  guint       moved;     /* months */
} Candidate;

static gboolean
is_movable_status (HpPositionStatus status)
{
  return status == HP_POSITION_STATUS_PLANNED || status == HP_POSITION_STATUS_ON_HOLD;
}

/* Latest start first; then the higher period cost; then the id. */
static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a;
  const Candidate *y = b;

  if (x->start != y->start)
    return x->start > y->start ? -1 : 1;
  if (x->cost != y->cost)
    return x->cost > y->cost ? -1 : 1;

  return strcmp (hp_position_get_id (x->position), hp_position_get_id (y->position));
}

static gint64
period_cost (HpPosition *position,
             gint64      period_start,
             gint64      period_end,
             guint       overhead_bp,
             gboolean   *overflow)
{
  HpPositionCost cost;

  hp_position_cost_measure (position, period_start, period_end, overhead_bp, &cost);
  if (cost.overflow)
    *overflow = TRUE;

  return cost.period_cost;
}

static void
set_too_large (GError **error)
{
  g_set_error_literal (error, HP_ERROR, HP_ERROR_RANGE,
                       _("the costs of this plan are too large to be computed exactly"));
}

static const char *
display_title (HpPosition *position)
{
  const char *title = hp_position_get_title (position);

  return title != NULL && *title != '\0' ? title : _("Untitled position");
}

static char *
notes_for (HpPlan    *plan,
           GArray    *candidates,
           gint64     budget,
           gint64     before,
           gint64     after)
{
  const char *currency = hp_plan_get_currency (plan);
  g_autofree char *budget_text = hp_money_format (budget, currency, HP_MONEY_FORMAT_DEFAULT);
  g_autofree char *before_text = hp_money_format (before, currency, HP_MONEY_FORMAT_DEFAULT);
  g_autofree char *after_text = hp_money_format (after, currency, HP_MONEY_FORMAT_DEFAULT);
  GString *notes = g_string_new (NULL);

  if (before <= budget)
    {
      g_string_append_printf (notes,
                              /* TRANSLATORS: two amounts, "$612,000.00" and "$700,000.00" */
                              _("Fit to budget: the period cost, %s, is already within the budget of %s; "
                                "no position was moved."),
                              before_text, budget_text);
      return g_string_free (notes, FALSE);
    }

  g_string_append_printf (notes,
                          /* TRANSLATORS: three amounts: the budget, the cost before and after */
                          _("Fit to a budget of %s: the period cost goes from %s to %s. "
                            "Planned and on-hold positions moved later:"),
                          budget_text, before_text, after_text);

  for (guint i = 0; i < candidates->len; i++)
    {
      const Candidate *candidate = &g_array_index (candidates, Candidate, i);
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;

      if (candidate->moved == 0)
        continue;

      from = hp_month_to_string (candidate->start);
      to = hp_month_to_string (hp_position_get_start (candidate->position));
      g_string_append_c (notes, '\n');
      g_string_append_printf (notes,
                              /* TRANSLATORS: "- Senior Engineer (pos-3): 3 months later, starting 2027-06 rather than 2027-03" */
                              g_dngettext (GETTEXT_PACKAGE,
                                           "- %s (%s): %u month later, starting %s rather than %s",
                                           "- %s (%s): %u months later, starting %s rather than %s",
                                           candidate->moved),
                              display_title (candidate->position),
                              hp_position_get_id (candidate->position),
                              candidate->moved, to, from);
    }

  return g_string_free (notes, FALSE);
}

/* One month later, the end with it; FALSE when a month would leave the
 * calendar. */
static gboolean
move_one_month (HpPosition  *position,
                GError     **error)
{
  HpMonth start = hp_position_get_start (position);
  HpMonth end = hp_position_get_end (position);

  if (!hp_month_is_valid (start + 1) || (end != HP_MONTH_NONE && !hp_month_is_valid (end + 1)))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_RANGE,
                   /* TRANSLATORS: a position's title and id */
                   _("%s (%s) cannot be moved later: its dates would go past the year %d"),
                   display_title (position), hp_position_get_id (position), HP_MONTH_MAX_YEAR);
      return FALSE;
    }

  hp_position_set_start (position, start + 1);
  if (end != HP_MONTH_NONE)
    hp_position_set_end (position, end + 1);

  return TRUE;
}

HpScenario *
hp_plan_fit_budget (HpPlan      *plan,
                    gint64       budget,
                    const char  *id,
                    const char  *name,
                    GError     **error)
{
  g_autoptr(HpPlan) copy = NULL;
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(HpScenario) scenario = NULL;
  g_autofree char *notes = NULL;
  gint64 period_start, period_end, total = 0, floor;
  gint64 before;
  guint overhead_bp;
  gboolean overflow = FALSE;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (id != NULL && name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (budget < 0)
    {
      g_set_error_literal (error, HP_ERROR, HP_ERROR_RANGE,
                           _("a budget cannot be negative"));
      return NULL;
    }

  copy = hp_plan_copy (plan);
  period_start = hp_plan_get_start (copy);
  period_end = period_start + (gint64) hp_plan_get_months (copy) - 1;
  overhead_bp = hp_plan_get_overhead_bp (copy);
  candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));

  /* The period cost, and what it would be with every candidate gone. */
  floor = 0;
  for (guint i = 0; i < hp_plan_get_n_positions (copy); i++)
    {
      HpPosition *position = hp_plan_get_position (copy, i);
      HpMonth start = hp_position_get_start (position);
      HpMonth end = hp_position_get_end (position);
      gint64 cost = period_cost (position, period_start, period_end, overhead_bp, &overflow);

      total = hp_checked_add (total, cost, &overflow);
      if (is_movable_status (hp_position_get_status (position))
          && start <= period_end
          && (end == HP_MONTH_NONE || end >= start))
        {
          Candidate candidate = { position, start, cost, 0 };

          g_array_append_val (candidates, candidate);
        }
      else
        floor = hp_checked_add (floor, cost, &overflow);
    }

  if (overflow)
    {
      set_too_large (error);
      return NULL;
    }

  if (floor > budget)
    {
      const char *currency = hp_plan_get_currency (copy);
      g_autofree char *budget_text = hp_money_format (budget, currency, HP_MONEY_FORMAT_DEFAULT);
      g_autofree char *floor_text = hp_money_format (floor, currency, HP_MONEY_FORMAT_DEFAULT);
      g_autofree char *end_text = hp_month_to_string ((HpMonth) period_end);

      g_set_error (error, HP_ERROR, HP_ERROR_RANGE,
                   /* TRANSLATORS: the budget, the last month of the period ("2027-12"), an amount */
                   _("the budget of %s cannot be met by moving hires later: even with every planned "
                     "or on-hold position moved past the end of the period (%s), the period cost "
                     "is %s"),
                   budget_text, end_text, floor_text);
      return NULL;
    }

  g_array_sort (candidates, compare_candidates);
  before = total;

  for (guint i = 0; i < candidates->len && total > budget; i++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, i);
      gint64 cost = candidate->cost;

      while (total > budget && hp_position_get_start (candidate->position) <= period_end)
        {
          gint64 moved_cost;

          if (!move_one_month (candidate->position, error))
            return NULL;
          candidate->moved++;

          moved_cost = period_cost (candidate->position, period_start, period_end, overhead_bp, &overflow);
          total = hp_checked_add (hp_checked_sub (total, cost, &overflow), moved_cost, &overflow);
          cost = moved_cost;
          if (overflow)
            {
              set_too_large (error);
              return NULL;
            }
        }
    }

  /* Every candidate past the end leaves the floor, which is within. */
  g_assert (total <= budget);

  notes = notes_for (copy, candidates, budget, before, total);
  scenario = hp_scenario_new (id, name, copy);
  hp_scenario_set_notes (scenario, notes);

  return g_steal_pointer (&scenario);
}
