/* hp-plan-writer.c: a plan, and its summary, as the JSON of a plan file
 *
 * Writing is done by hand so that the keys keep their documented order,
 * every amount keeps exactly the currency's minor digits and the output is
 * the same byte for byte for the same plan.  See docs/plan-format.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-file"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hp-money.h"
#include "hp-plan-file.h"
#include "hp-json-writer.h"
#include "hp-plan-file-private.h"
#include "hp-scenario.h"

#define ROUNDING_RULE "per head monthly cost rounded half up to the minor unit"

/* 3000 → "30", 3050 → "30.5", 3025 → "30.25" */
static char *
percent_from_bp (guint bp)
{
  if (bp % 100 == 0)
    return g_strdup_printf ("%u", bp / 100);
  if (bp % 10 == 0)
    return g_strdup_printf ("%u.%u", bp / 100, (bp % 100) / 10);
  return g_strdup_printf ("%u.%02u", bp / 100, bp % 100);
}

/* Any JSON value, for the extensions. */
static void
jw_node (HpJsonWriter *w,
         const char   *key,
         JsonNode     *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) members = json_object_get_members (object);

        hp_jw_begin (w, key, '{');
        for (GList *l = members; l != NULL; l = l->next)
          jw_node (w, l->data, json_object_get_member (object, l->data));
        hp_jw_end (w, '}');
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        hp_jw_begin (w, key, '[');
        for (guint i = 0; i < json_array_get_length (array); i++)
          jw_node (w, NULL, json_array_get_element (array, i));
        hp_jw_end (w, ']');
      }
      break;

    case JSON_NODE_NULL:
      hp_jw_raw_take (w, key, g_strdup ("null"));
      break;

    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          hp_jw_string (w, key, json_node_get_string (node));
          break;

        case G_TYPE_BOOLEAN:
          hp_jw_raw_take (w, key, g_strdup (json_node_get_boolean (node) ? "true" : "false"));
          break;

        case G_TYPE_INT64:
          hp_jw_int (w, key, json_node_get_int (node));
          break;

        case G_TYPE_DOUBLE:
          {
            double d = json_node_get_double (node);
            char *text;

            if (!isfinite (d))
              {
                hp_jw_raw_take (w, key, g_strdup ("null"));
                break;
              }
            text = hp_plan_file_double_to_shortest (d);
            /* Keep a fraction so that it reads back as a fraction, not an integer. */
            if (strpbrk (text, ".eE") == NULL)
              {
                char *with_point = g_strconcat (text, ".0", NULL);
                g_free (text);
                text = with_point;
              }
            hp_jw_raw_take (w, key, text);
          }
          break;

        default:
          hp_jw_raw_take (w, key, g_strdup ("null"));
          break;
        }
      break;
    }
}

static void
write_summary (HpJsonWriter *w,
               const char   *key,
               HpSummary    *summary)
{
  guint digits = hp_currency_minor_digits (summary->currency);

  hp_jw_begin (w, key, '{');

  hp_jw_begin (w, "assumptions", '{');
  hp_jw_raw_take (w, "overhead_percent", percent_from_bp (summary->overhead_bp));
  hp_jw_string (w, "proration", "monthly");
  hp_jw_string (w, "rounding", ROUNDING_RULE);
  hp_jw_end (w, '}');

  hp_jw_begin (w, "headcount", '{');
  hp_jw_int (w, "total", summary->total_headcount);
  hp_jw_begin (w, "by_level", '{');
  for (guint level = 0; level < HP_N_LEVELS; level++)
    hp_jw_int (w, hp_level_to_key ((HpLevel) level), summary->level_headcount[level]);
  hp_jw_end (w, '}');
  hp_jw_end (w, '}');

  hp_jw_begin (w, "months", '[');
  for (guint i = 0; i < summary->n_months; i++)
    {
      hp_jw_begin (w, NULL, '{');
      hp_jw_month (w, "month", summary->start + (HpMonth) i);
      hp_jw_int (w, "headcount", summary->month_headcount[i]);
      hp_jw_money (w, "cost", summary->month_cost[i], digits);
      hp_jw_end (w, '}');
    }
  hp_jw_end (w, ']');

  hp_jw_begin (w, "quarters", '[');
  for (guint q = 0; q < hp_summary_get_n_quarters (summary); q++)
    {
      g_autofree char *name = g_strdup_printf ("Q%u", q + 1);

      hp_jw_begin (w, NULL, '{');
      hp_jw_string (w, "quarter", name);
      hp_jw_month (w, "first_month", hp_summary_get_quarter_first_month (summary, q));
      hp_jw_money (w, "cost", hp_summary_get_quarter_cost (summary, q), digits);
      hp_jw_end (w, '}');
    }
  hp_jw_end (w, ']');

  hp_jw_begin (w, "by_level", '[');
  for (guint level = 0; level < HP_N_LEVELS; level++)
    {
      hp_jw_begin (w, NULL, '{');
      hp_jw_string (w, "level", hp_level_to_key ((HpLevel) level));
      hp_jw_int (w, "headcount", summary->level_headcount[level]);
      hp_jw_money (w, "period_cost", summary->level_cost[level], digits);
      hp_jw_money (w, "annual_run_rate", summary->level_run_rate[level], digits);
      hp_jw_end (w, '}');
    }
  hp_jw_end (w, ']');

  hp_jw_begin (w, "by_status", '[');
  for (guint status = 0; status < HP_N_POSITION_STATUSES; status++)
    {
      hp_jw_begin (w, NULL, '{');
      hp_jw_string (w, "status", hp_position_status_to_key ((HpPositionStatus) status));
      hp_jw_int (w, "headcount", summary->status_headcount[status]);
      hp_jw_money (w, "period_cost", summary->status_cost[status], digits);
      hp_jw_end (w, '}');
    }
  hp_jw_end (w, ']');

  hp_jw_money (w, "total_period_cost", summary->total_cost, digits);
  hp_jw_money (w, "annual_run_rate", summary->run_rate, digits);
  if (summary->has_budget)
    {
      hp_jw_money (w, "budget", summary->budget, digits);
      hp_jw_money (w, "budget_remaining", summary->budget_remaining, digits);
    }
  else
    {
      hp_jw_raw_take (w, "budget", g_strdup ("null"));
      hp_jw_raw_take (w, "budget_remaining", g_strdup ("null"));
    }

  hp_jw_begin (w, "warnings", '[');
  for (guint i = 0; i < summary->warnings->len; i++)
    {
      const HpWarning *warning = g_ptr_array_index (summary->warnings, i);

      hp_jw_begin (w, NULL, '{');
      hp_jw_string (w, "code", warning->code);
      hp_jw_string (w, "message", warning->message);
      hp_jw_string (w, "position", warning->position_id);
      hp_jw_end (w, '}');
    }
  hp_jw_end (w, ']');

  hp_jw_end (w, '}');
}

char *
hp_summary_to_json (HpSummary *summary,
                    HpPlan    *plan)
{
  HpJsonWriter w = HP_JSON_WRITER_INIT (NULL);

  g_return_val_if_fail (summary != NULL, NULL);
  g_return_val_if_fail (plan == NULL || HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (plan == NULL || g_strcmp0 (hp_plan_get_currency (plan), summary->currency) == 0, NULL);

  if (summary->overflow)
    return NULL;

  w.out = g_string_new (NULL);
  write_summary (&w, NULL, summary);
  g_string_append_c (w.out, '\n');

  return g_string_free (w.out, FALSE);
}

static char *
format_generated_at (GDateTime *generated_at)
{
  g_autoptr(GDateTime) utc = NULL;

  if (generated_at != NULL)
    utc = g_date_time_to_utc (generated_at);
  else
    utc = g_date_time_new_now_utc ();

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/* The members a plan and each scenario share: "plan", "positions" and,
 * unless a sum overflowed, "summary". */
static void
write_plan_body (HpJsonWriter *w,
                 HpPlan       *plan,
                 HpCatalog    *catalog)
{
  g_autoptr(HpSummary) summary = hp_summary_compute (plan, catalog);
  guint digits = hp_currency_minor_digits (hp_plan_get_currency (plan));
  HpMonth start = hp_plan_get_start (plan);
  guint months = hp_plan_get_months (plan);
  guint overhead_bp = hp_plan_get_overhead_bp (plan);
  guint n;

  hp_jw_begin (w, "plan", '{');
  hp_jw_string (w, "title", hp_plan_get_title (plan));
  hp_jw_string (w, "team", hp_plan_get_team (plan));
  hp_jw_string (w, "owner", hp_plan_get_owner (plan));
  hp_jw_string (w, "status", hp_plan_status_to_key (hp_plan_get_status (plan)));
  hp_jw_string (w, "currency", hp_plan_get_currency (plan));
  hp_jw_month (w, "start", start);
  hp_jw_int (w, "months", months);
  hp_jw_raw_take (w, "overhead_percent", percent_from_bp (overhead_bp));
  hp_jw_money (w, "one_time_cost", hp_plan_get_one_time_cost (plan), digits);
  if (hp_plan_get_has_budget (plan))
    hp_jw_money (w, "budget", hp_plan_get_budget (plan), digits);
  else
    hp_jw_raw_take (w, "budget", g_strdup ("null"));
  hp_jw_string (w, "notes", hp_plan_get_notes (plan));
  hp_jw_end (w, '}');

  hp_jw_begin (w, "positions", '[');
  n = hp_plan_get_n_positions (plan);
  for (guint i = 0; i < n; i++)
    {
      HpPosition *position = hp_plan_get_position (plan, i);

      hp_jw_begin (w, NULL, '{');
      hp_jw_string (w, "id", hp_position_get_id (position));
      hp_jw_string (w, "role", hp_position_get_role_id (position));
      hp_jw_string (w, "level", hp_level_to_key (hp_position_get_level (position)));
      hp_jw_string (w, "title", hp_position_get_title (position));
      hp_jw_int (w, "count", hp_position_get_count (position));
      hp_jw_month (w, "start", hp_position_get_start (position));
      hp_jw_month (w, "end", hp_position_get_end (position));
      hp_jw_string (w, "location", hp_position_get_location (position));
      hp_jw_string (w, "kind", hp_position_kind_to_key (hp_position_get_kind (position)));
      hp_jw_string (w, "status", hp_position_status_to_key (hp_position_get_status (position)));
      hp_jw_money (w, "annual_salary", hp_position_get_annual_salary (position), digits);
      hp_jw_money (w, "one_time_cost", hp_position_get_one_time_cost (position), digits);
      hp_jw_string (w, "notes", hp_position_get_notes (position));
      if (hp_position_get_team (position) != NULL)
        hp_jw_string (w, "team", hp_position_get_team (position));
      hp_jw_money (w, "monthly_cost_per_head",
                   hp_cost_monthly_per_head (hp_position_get_annual_salary (position), overhead_bp), digits);
      /* The computed figures are optional: when a sum left the range of
       * 64 bits they are left out rather than written wrong. */
      if (!summary->overflow)
        hp_jw_money (w, "period_cost", hp_position_period_cost (position, start, months, overhead_bp), digits);
      hp_jw_end (w, '}');
    }
  hp_jw_end (w, ']');

  if (!summary->overflow)
    write_summary (w, "summary", summary);
}

/* Version 1 without scenarios, byte for byte as before them; version 2,
 * with the "scenarios" array last, when there are any. */
char *
hp_plan_to_json (HpPlan    *plan,
                 HpCatalog *catalog,
                 GDateTime *generated_at,
                 gsize     *out_length)
{
  g_autofree char *stamp = NULL;
  HpJsonWriter w = HP_JSON_WRITER_INIT (NULL);
  JsonNode *extensions;
  guint n_scenarios;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (catalog == NULL || HP_IS_CATALOG (catalog), NULL);

  stamp = format_generated_at (generated_at);
  n_scenarios = hp_plan_get_n_scenarios (plan);

  /* About 500 bytes a position: one buffer, not a string that keeps
   * growing and moving. */
  w.out = g_string_sized_new (4096 + (gsize) hp_plan_get_n_positions (plan) * 560);
  hp_jw_begin (&w, NULL, '{');
  hp_jw_string (&w, "format", HP_PLAN_FORMAT);
  hp_jw_int (&w, "version", n_scenarios > 0 ? HP_PLAN_VERSION_SCENARIOS : HP_PLAN_VERSION);
  hp_jw_string (&w, "generator", PACKAGE_NAME " " PACKAGE_VERSION);
  hp_jw_string (&w, "generated_at", stamp);

  write_plan_body (&w, plan, catalog);

  extensions = hp_plan_get_extensions (plan);
  if (extensions != NULL && JSON_NODE_HOLDS_OBJECT (extensions))
    jw_node (&w, "extensions", extensions);
  else if (extensions != NULL)
    g_warning ("The plan’s extensions are not a JSON object; they are not saved");

  if (n_scenarios > 0)
    {
      GListModel *scenarios = hp_plan_get_scenarios (plan);

      hp_jw_begin (&w, "scenarios", '[');
      for (guint i = 0; i < n_scenarios; i++)
        {
          g_autoptr(HpScenario) scenario = g_list_model_get_item (scenarios, i);

          hp_jw_begin (&w, NULL, '{');
          hp_jw_string (&w, "id", hp_scenario_get_id (scenario));
          hp_jw_string (&w, "name", hp_scenario_get_name (scenario));
          hp_jw_string (&w, "notes", hp_scenario_get_notes (scenario));
          write_plan_body (&w, hp_scenario_get_plan (scenario), catalog);
          hp_jw_end (&w, '}');
        }
      hp_jw_end (&w, ']');
    }

  hp_jw_end (&w, '}');
  g_string_append_c (w.out, '\n');

  if (out_length != NULL)
    *out_length = w.out->len;

  return g_string_free (w.out, FALSE);
}
