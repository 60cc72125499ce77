/* hp-plan-merge.c: rolls team plans up into one department plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-merge"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-money.h"
#include "hp-plan-merge.h"
#include "hp-scenario.h"
#include "hp-summary.h"

/* The name of plan @i in messages. */
static char *
plan_name (const char * const *names,
           guint               i)
{
  if (names != NULL && names[i] != NULL && names[i][0] != '\0')
    return g_strdup (names[i]);

  /* TRANSLATORS: stands for a plan that has no file name, "plan 2" */
  return g_strdup_printf (_("plan %u"), i + 1);
}

/* A department plan is merged from baselines: no rule says which scenario
 * of one team goes with which of another, and dropping them would lose
 * what the user made.  One line per plan that has any. */
static gboolean
check_no_scenarios (HpPlan             **plans,
                    const char * const  *names,
                    guint                n_plans,
                    GError             **error)
{
  g_autoptr(GString) message = g_string_new (NULL);

  for (guint i = 0; i < n_plans; i++)
    {
      guint n = hp_plan_get_n_scenarios (plans[i]);
      g_autofree char *name = NULL;
      g_autoptr(GString) ids = NULL;

      if (n == 0)
        continue;

      name = plan_name (names, i);
      ids = g_string_new (NULL);
      for (guint s = 0; s < n; s++)
        {
          g_autoptr(HpScenario) scenario = g_list_model_get_item (hp_plan_get_scenarios (plans[i]), s);

          g_string_append_printf (ids, "%s%s", s > 0 ? ", " : "", hp_scenario_get_id (scenario));
        }

      if (message->len > 0)
        g_string_append_c (message, '\n');
      g_string_append_printf (message,
                              /* TRANSLATORS: a file name, then the ids of its scenarios: "lean, accelerated" */
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%s has a scenario (%s): plans with scenarios cannot be merged, "
                                           "since a merge would lose them; merge copies without scenarios",
                                           "%s has scenarios (%s): plans with scenarios cannot be merged, "
                                           "since a merge would lose them; merge copies without scenarios",
                                           n),
                              name, ids->str);
    }

  if (message->len == 0)
    return TRUE;

  g_set_error_literal (error, HP_ERROR, HP_ERROR_INVALID, message->str);
  return FALSE;
}

/* One line per problem: settings that must be equal in every plan. */
static gboolean
check_same_settings (HpPlan             **plans,
                     const char * const  *names,
                     guint                n_plans,
                     GError             **error)
{
  g_autoptr(GPtrArray) currencies = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) overheads = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *first = plan_name (names, 0);
  g_autoptr(GString) message = g_string_new (NULL);
  const char *currency = hp_plan_get_currency (plans[0]);
  guint overhead_bp = hp_plan_get_overhead_bp (plans[0]);

  for (guint i = 1; i < n_plans; i++)
    {
      g_autofree char *name = plan_name (names, i);

      if (g_strcmp0 (hp_plan_get_currency (plans[i]), currency) != 0)
        /* TRANSLATORS: two file names and their currency codes: "b.json uses EUR, but a.json uses USD" */
        g_ptr_array_add (currencies, g_strdup_printf (_("%s uses %s, but %s uses %s"),
                                                      name, hp_plan_get_currency (plans[i]),
                                                      first, currency));

      if (hp_plan_get_overhead_bp (plans[i]) != overhead_bp)
        {
          g_autofree char *theirs = hp_percent_format_bp (hp_plan_get_overhead_bp (plans[i]));
          g_autofree char *ours = hp_percent_format_bp (overhead_bp);

          /* TRANSLATORS: two file names and their overhead percentages: "b.json uses 25%, but a.json uses 30%" */
          g_ptr_array_add (overheads, g_strdup_printf (_("%s uses %s%%, but %s uses %s%%"),
                                                       name, theirs, first, ours));
        }
    }

  for (guint i = 0; i < currencies->len; i++)
    {
      if (message->len > 0)
        g_string_append_c (message, '\n');
      /* TRANSLATORS: %s says which plan uses which currency */
      g_string_append_printf (message, _("Plans in different currencies cannot be merged: %s"),
                              (const char *) g_ptr_array_index (currencies, i));
    }

  for (guint i = 0; i < overheads->len; i++)
    {
      if (message->len > 0)
        g_string_append_c (message, '\n');
      /* TRANSLATORS: %s says which plan uses which overhead */
      g_string_append_printf (message, _("Plans with different overheads cannot be merged: %s"),
                              (const char *) g_ptr_array_index (overheads, i));
    }

  if (message->len == 0)
    return TRUE;

  g_set_error_literal (error, HP_ERROR, HP_ERROR_INVALID, message->str);
  return FALSE;
}

static char *
merged_notes (HpPlan             **plans,
              const char * const  *names,
              guint                n_plans)
{
  GString *notes = g_string_new (NULL);

  g_string_append_printf (notes, g_dngettext (GETTEXT_PACKAGE, "Merged from %u plan:", "Merged from %u plans:",
                                              n_plans),
                          n_plans);

  for (guint i = 0; i < n_plans; i++)
    {
      g_autofree char *name = plan_name (names, i);
      const char *title = hp_plan_get_title (plans[i]);

      g_string_append_printf (notes, "\n- %s", name);
      if (title != NULL && title[0] != '\0')
        g_string_append_printf (notes, ": %s", title);
    }

  return g_string_free (notes, FALSE);
}

HpPlan *
hp_plan_merge (HpPlan             **plans,
               const char * const  *names,
               guint                n_plans,
               const char          *title,
               GError             **error)
{
  g_autoptr(HpPlan) merged = NULL;
  g_autoptr(GHashTable) taken = NULL;
  g_autoptr(HpSummary) summary = NULL;
  g_autofree char *notes = NULL;
  guint first_index = 0, last_index = 0;
  HpMonth start, end;
  gint64 months;
  gboolean has_budget = TRUE;
  gint64 budget = 0;

  g_return_val_if_fail (plans != NULL, NULL);
  g_return_val_if_fail (n_plans > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  for (guint i = 0; i < n_plans; i++)
    g_return_val_if_fail (HP_IS_PLAN (plans[i]), NULL);

  if (!check_no_scenarios (plans, names, n_plans, error) ||
      !check_same_settings (plans, names, n_plans, error))
    return NULL;

  /* The union of the periods. */
  start = hp_plan_get_start (plans[0]);
  end = hp_plan_get_end (plans[0]);
  for (guint i = 1; i < n_plans; i++)
    {
      if (hp_plan_get_start (plans[i]) < start)
        {
          start = hp_plan_get_start (plans[i]);
          first_index = i;
        }
      if (hp_plan_get_end (plans[i]) > end)
        {
          end = hp_plan_get_end (plans[i]);
          last_index = i;
        }
    }

  months = (gint64) end - (gint64) start + 1;
  if (months > HP_PLAN_MAX_MONTHS)
    {
      g_autofree char *first_name = plan_name (names, first_index);
      g_autofree char *last_name = plan_name (names, last_index);
      g_autofree char *start_text = hp_month_to_string (start);
      g_autofree char *end_text = hp_month_to_string (end);

      g_autofree char *months_text = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) months);

      g_set_error (error, HP_ERROR, HP_ERROR_RANGE,
                   /* TRANSLATORS: a file name and its first month, a file name and its last month,
                    * the number of months between them, then the limit */
                   _("The merged plan would be too long: %s starts in %s and %s ends in %s, "
                     "%s months; a plan has at most %d months"),
                   first_name, start_text, last_name, end_text, months_text, HP_PLAN_MAX_MONTHS);
      return NULL;
    }

  for (guint i = 0; i < n_plans; i++)
    {
      if (!hp_plan_get_has_budget (plans[i]))
        {
          has_budget = FALSE;
          break;
        }
      budget += hp_plan_get_budget (plans[i]);
      if (budget > HP_MONEY_MAX)
        {
          g_set_error (error, HP_ERROR, HP_ERROR_RANGE,
                       _("The budgets of the plans add up to more than the largest amount a plan can hold"));
          return NULL;
        }
    }

  notes = merged_notes (plans, names, n_plans);

  merged = hp_plan_new ();
  g_object_set (merged,
                "title", title != NULL && title[0] != '\0' ? title : _("Department plan"),
                "team", "",
                "owner", "",
                "status", HP_PLAN_STATUS_DRAFT,
                "currency", hp_plan_get_currency (plans[0]),
                "start", start,
                "months", (guint) months,
                "overhead-bp", hp_plan_get_overhead_bp (plans[0]),
                "one-time-cost", hp_plan_get_one_time_cost (plans[0]),
                "has-budget", has_budget,
                "budget", has_budget ? budget : (gint64) 0,
                "notes", notes,
                NULL);

  taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < n_plans; i++)
    {
      const char *team = hp_plan_get_team (plans[i]);
      guint n = hp_plan_get_n_positions (plans[i]);

      for (guint p = 0; p < n; p++)
        {
          g_autoptr(HpPosition) copy = hp_position_copy (hp_plan_get_position (plans[i], p), FALSE);

          while (g_hash_table_contains (taken, hp_position_get_id (copy)))
            {
              g_autofree char *id = g_uuid_string_random ();
              hp_position_set_id (copy, id);
            }
          g_hash_table_add (taken, g_strdup (hp_position_get_id (copy)));

          if (hp_position_get_team (copy) == NULL && team != NULL && team[0] != '\0')
            hp_position_set_team (copy, team);

          hp_plan_append_position (merged, copy);
        }
    }

  hp_plan_clear_history (merged);

  summary = hp_summary_compute (merged, NULL);
  if (summary->overflow)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_RANGE,
                   _("The costs of the merged plan are too large to be computed exactly"));
      return NULL;
    }

  return g_steal_pointer (&merged);
}
