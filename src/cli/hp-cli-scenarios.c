/* hp-cli-scenarios.c: hiring-plan scenarios
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hiring-plan"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "hp-cli.h"
#include "hp-money.h"
#include "hp-plan-diff.h"

/* One row: the headline figures of the plan compared (the diff's "to"),
 * and their differences from the baseline unless @baseline. */
static void
add_row (HpCliTable       *table,
         const char       *id,
         const char       *name,
         const HpPlanDiff *diff,
         gboolean          baseline)
{
  const char *currency = diff->currency;
  g_autofree char *cost = hp_money_format (diff->total_cost.to, currency, HP_MONEY_FORMAT_DEFAULT);
  g_autofree char *run_rate = hp_money_format (diff->run_rate.to, currency, HP_MONEY_FORMAT_DEFAULT);
  g_autofree char *headcount = hp_number_format_grouped (diff->headcount.to);
  g_autofree char *cost_delta = NULL;
  g_autofree char *run_rate_delta = NULL;
  g_autofree char *headcount_delta = NULL;

  if (!baseline)
    {
      cost_delta = hp_cli_format_money_delta (diff->total_cost.delta, currency);
      run_rate_delta = hp_cli_format_money_delta (diff->run_rate.delta, currency);
      headcount_delta = hp_cli_format_count_delta (diff->headcount.delta);
    }

  hp_cli_table_add_row (table, id, name, cost, cost_delta, run_rate, run_rate_delta,
                        headcount, headcount_delta);
}

static char *
format_table (HpPlan     *plan,
              const char *display_name,
              GError    **error)
{
  g_autoptr(HpCliTable) table = hp_cli_table_new ("llrrrrrr");
  g_autoptr(GPtrArray) diffs = NULL;
  const char *title = hp_plan_get_title (plan);
  guint n = hp_plan_get_n_scenarios (plan);
  GString *out;

  /* Every figure comes from the diff engine, as `hiring-plan diff` gives it. */
  diffs = hp_plan_diff_scenarios (plan, error);
  if (diffs == NULL)
    return NULL;

  out = g_string_new (NULL);
  /* TRANSLATORS: a plan's title, its file and its currency */
  g_string_append_printf (out, _("Scenarios of “%s” (%s), in %s\n\n"),
                          title[0] != '\0' ? title : _("Untitled plan"), display_name,
                          hp_plan_get_currency (plan));

  hp_cli_table_add_row (table, _("Id"), _("Name"), _("Period cost"), _("Difference"),
                        _("Annual run rate"), _("Difference"), _("Headcount"), _("Difference"));
  add_row (table, "", _("Baseline"), g_ptr_array_index (diffs, 0), TRUE);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpScenario) scenario = g_list_model_get_item (hp_plan_get_scenarios (plan), i);

      add_row (table, hp_scenario_get_id (scenario), hp_scenario_get_name (scenario),
               g_ptr_array_index (diffs, i + 1), FALSE);
    }

  hp_cli_table_append (table, out, "  ");
  if (n == 0)
    g_string_append_printf (out, "\n%s\n", _("The plan has no scenarios."));

  return g_string_free (out, FALSE);
}

int
hp_cli_scenarios (int    argc,
                  char **argv)
{
  gboolean json = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json,
      N_("Print a “hiring-plan-scenarios” JSON document rather than a table"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *text = NULL;
  int status = HP_CLI_OK;

  context = hp_cli_context_new ("scenarios", _("FILE"),
                                _("Lists the scenarios of a plan file: the baseline, then each scenario’s id, "
                                  "name, total period cost, annual run rate and headcount, with the "
                                  "difference of each from the baseline. The figures are those of “hiring-plan "
                                  "diff --scenario ID FILE” and “hiring-plan summary --scenario ID FILE”. "
                                  "A FILE of “-” is the standard input."),
                                _("Exit status: 0 on success, 1 when the plan is invalid, 2 on a usage error, "
                                  "3 when the file cannot be read.\n\n"
                                  "Examples:\n"
                                  "  hiring-plan scenarios payments.json\n"
                                  "  hiring-plan scenarios --json payments.json | jq -r '.scenarios[].id'"),
                                entries);
  if (!hp_cli_parse (context, "scenarios", &argc, &argv))
    return HP_CLI_USAGE;

  if (files == NULL || files[0] == NULL)
    return hp_cli_usage_error ("scenarios", _("No plan file given"));
  if (files[1] != NULL)
    return hp_cli_usage_error ("scenarios", _("Only one plan file can be listed at a time"));

  plan = hp_cli_load_plan (files[0], &display_name, &status);
  if (plan == NULL)
    return status;

  if (json)
    text = hp_plan_scenarios_to_json (plan, display_name, &error);
  else
    text = format_table (plan, display_name, &error);
  if (text == NULL)
    {
      hp_cli_error ("%s: %s", display_name, error->message);
      return HP_CLI_INVALID;
    }

  if (!hp_cli_write_output (NULL, text, strlen (text), &error))
    {
      hp_cli_error ("%s", error->message);
      return HP_CLI_IO;
    }

  return HP_CLI_OK;
}
