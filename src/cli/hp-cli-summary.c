/* hp-cli-summary.c: hiring-plan summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hiring-plan"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "hp-cli.h"
#include "hp-money.h"
#include "hp-plan-file.h"
#include "hp-summary.h"

static char *
format_count (gint64 value)
{
  return hp_number_format_grouped (value);
}

static char *
format_money (HpSummary *summary,
              gint64     amount)
{
  return hp_money_format (amount, summary->currency, HP_MONEY_FORMAT_DEFAULT);
}

static void
append_overview (GString    *out,
                 HpPlan     *plan,
                 HpScenario *scenario,
                 HpSummary  *summary)
{
  g_autoptr(HpCliTable) table = hp_cli_table_new ("ll");
  g_autofree char *first = hp_month_format (summary->start);
  g_autofree char *last = hp_month_format (summary->start + (HpMonth) summary->n_months - 1);
  g_autofree char *period = NULL;
  g_autofree char *overhead = NULL;
  g_autofree char *headcount = format_count (summary->total_headcount);
  g_autofree char *total = format_money (summary, summary->total_cost);
  g_autofree char *run_rate = format_money (summary, summary->run_rate);
  g_autofree char *percent = hp_percent_format_bp (summary->overhead_bp);
  const char *title = hp_plan_get_title (plan);

  period = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* TRANSLATORS: first month – last month (number of months) */
                                         "%s – %s (%u month)", "%s – %s (%u months)",
                                         summary->n_months),
                            first, last, summary->n_months);
  /* TRANSLATORS: an overhead percentage, "30%" */
  overhead = g_strdup_printf (_("%s%%"), percent);

  g_string_append_printf (out, "%s\n\n", title[0] != '\0' ? title : _("Untitled plan"));

  if (scenario != NULL)
    {
      /* TRANSLATORS: a scenario's name and id, "Lean (lean)" */
      g_autofree char *name = g_strdup_printf (_("%s (%s)"), hp_scenario_get_name (scenario),
                                               hp_scenario_get_id (scenario));

      hp_cli_table_add_row (table, _("Scenario:"), name);
    }
  if (hp_plan_get_team (plan)[0] != '\0')
    hp_cli_table_add_row (table, _("Team:"), hp_plan_get_team (plan));
  if (hp_plan_get_owner (plan)[0] != '\0')
    hp_cli_table_add_row (table, _("Owner:"), hp_plan_get_owner (plan));
  hp_cli_table_add_row (table, _("Status:"), hp_plan_status_display_name (hp_plan_get_status (plan)));
  hp_cli_table_add_row (table, _("Period:"), period);
  hp_cli_table_add_row (table, _("Currency:"), summary->currency);
  hp_cli_table_add_row (table, _("Overhead:"), overhead);
  hp_cli_table_add_row (table, _("Headcount:"), headcount);
  hp_cli_table_add_row (table, _("Total period cost:"), total);
  hp_cli_table_add_row (table, _("Annual run rate:"), run_rate);

  if (summary->has_budget)
    {
      g_autofree char *budget = format_money (summary, summary->budget);
      g_autofree char *remaining = format_money (summary, summary->budget_remaining);

      hp_cli_table_add_row (table, _("Budget:"), budget);
      hp_cli_table_add_row (table, _("Remaining:"), remaining);
    }
  else
    hp_cli_table_add_row (table, _("Budget:"), _("none"));

  hp_cli_table_append (table, out, "");
}

static void
append_levels (GString   *out,
               HpSummary *summary)
{
  g_autoptr(HpCliTable) table = hp_cli_table_new ("lrrr");

  g_string_append_printf (out, "\n%s\n", _("By level"));
  hp_cli_table_add_row (table, _("Level"), _("Headcount"), _("Period cost"), _("Annual run rate"));

  for (guint level = 0; level < HP_N_LEVELS; level++)
    {
      g_autofree char *headcount = format_count (summary->level_headcount[level]);
      g_autofree char *cost = format_money (summary, summary->level_cost[level]);
      g_autofree char *run_rate = format_money (summary, summary->level_run_rate[level]);

      hp_cli_table_add_row (table, hp_level_display_name ((HpLevel) level), headcount, cost, run_rate);
    }

  {
    g_autofree char *headcount = format_count (summary->total_headcount);
    g_autofree char *cost = format_money (summary, summary->total_cost);
    g_autofree char *run_rate = format_money (summary, summary->run_rate);

    hp_cli_table_add_row (table, _("Total"), headcount, cost, run_rate);
  }

  hp_cli_table_append (table, out, "  ");
}

static void
append_quarters (GString   *out,
                 HpSummary *summary)
{
  g_autoptr(HpCliTable) table = hp_cli_table_new ("llr");

  g_string_append_printf (out, "\n%s\n", _("By quarter"));
  hp_cli_table_add_row (table, _("Quarter"), _("First month"), _("Cost"));

  for (guint q = 0; q < hp_summary_get_n_quarters (summary); q++)
    {
      g_autofree char *name = g_strdup_printf ("Q%u", q + 1);
      g_autofree char *month = hp_month_format (hp_summary_get_quarter_first_month (summary, q));
      g_autofree char *cost = format_money (summary, hp_summary_get_quarter_cost (summary, q));

      hp_cli_table_add_row (table, name, month, cost);
    }

  hp_cli_table_append (table, out, "  ");
}

static void
append_months (GString   *out,
               HpSummary *summary)
{
  g_autoptr(HpCliTable) table = hp_cli_table_new ("lrr");

  g_string_append_printf (out, "\n%s\n", _("By month"));
  hp_cli_table_add_row (table, _("Month"), _("Headcount"), _("Cost"));

  for (guint i = 0; i < summary->n_months; i++)
    {
      g_autofree char *month = hp_month_format (summary->start + (HpMonth) i);
      g_autofree char *headcount = format_count (summary->month_headcount[i]);
      g_autofree char *cost = format_money (summary, summary->month_cost[i]);

      hp_cli_table_add_row (table, month, headcount, cost);
    }

  hp_cli_table_append (table, out, "  ");
}

static void
append_warnings (GString   *out,
                 HpSummary *summary)
{
  if (summary->warnings->len == 0)
    {
      g_string_append_printf (out, "\n%s\n", _("No warnings."));
      return;
    }

  g_string_append_printf (out, "\n%s\n", _("Warnings"));
  for (guint i = 0; i < summary->warnings->len; i++)
    {
      const HpWarning *warning = g_ptr_array_index (summary->warnings, i);

      g_string_append_printf (out, "  - %s (%s)\n", warning->message, warning->code);
    }
}

int
hp_cli_summary (int    argc,
                char **argv)
{
  gboolean json = FALSE;
  g_autofree char *scenario_id = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json,
      N_("Print the summary object of the plan file format rather than a table"), NULL },
    { "scenario", 's', 0, G_OPTION_ARG_STRING, &scenario_id,
      N_("Summarise the scenario with this id rather than the baseline"), N_("ID") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) file_plan = NULL;
  g_autoptr(HpCatalog) catalog = NULL;
  HpScenario *scenario = NULL;
  HpPlan *plan;
  g_autoptr(HpSummary) summary = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *text = NULL;
  int status = HP_CLI_OK;

  context = hp_cli_context_new ("summary", _("FILE"),
                                _("Prints the costing of a hiring plan, computed afresh from its positions: "
                                  "period, headcount, total period cost, annual run rate, budget, and the "
                                  "figures by level, quarter and month, then the warnings. With --json, "
                                  "prints exactly the “summary” object that an export of the plan holds. "
                                  "With --scenario, the same for one of the file’s scenarios. "
                                  "A FILE of “-” is the standard input."),
                                _("Exit status: 0 on success, 1 when the plan is invalid, 2 on a usage error "
                                  "(or no such scenario), 3 when the file cannot be read.\n\n"
                                  "Examples:\n"
                                  "  hiring-plan summary payments.json\n"
                                  "  hiring-plan summary --json payments.json | jq -r .total_period_cost\n"
                                  "  hiring-plan summary --scenario lean payments.json"),
                                entries);
  if (!hp_cli_parse (context, "summary", &argc, &argv))
    return HP_CLI_USAGE;

  if (files == NULL || files[0] == NULL)
    return hp_cli_usage_error ("summary", _("No plan file given"));
  if (files[1] != NULL)
    return hp_cli_usage_error ("summary", _("Only one plan file can be summarised at a time"));

  file_plan = hp_cli_load_plan (files[0], &display_name, &status);
  if (file_plan == NULL)
    return status;
  plan = hp_cli_select_plan (file_plan, display_name, scenario_id, &scenario, &status);
  if (plan == NULL)
    return status;

  catalog = hp_cli_load_catalog ();
  summary = hp_summary_compute (plan, catalog);
  if (summary->overflow)
    {
      hp_cli_error (_("%s: the costs of this plan are too large to be computed exactly"), display_name);
      return HP_CLI_INVALID;
    }

  if (json)
    {
      text = hp_summary_to_json (summary, plan);
    }
  else
    {
      GString *out = g_string_new (NULL);

      append_overview (out, plan, scenario, summary);
      append_levels (out, summary);
      append_quarters (out, summary);
      append_months (out, summary);
      append_warnings (out, summary);
      text = g_string_free (out, FALSE);
    }

  if (!hp_cli_write_output (NULL, text, strlen (text), &error))
    {
      hp_cli_error ("%s", error->message);
      return HP_CLI_IO;
    }

  return HP_CLI_OK;
}
