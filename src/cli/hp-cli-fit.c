/* hp-cli-fit.c: hiring-plan fit-budget
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
#include "hp-plan-fit.h"

int
hp_cli_fit_budget (int    argc,
                   char **argv)
{
  g_autofree char *budget_text = NULL;
  g_autofree char *name = NULL;
  g_autofree char *from_id = NULL;
  g_autofree char *output = NULL;
  g_autofree char *generated_at_text = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "budget", 'b', 0, G_OPTION_ARG_STRING, &budget_text,
      N_("The budget to fit, such as 500000.00, in the plan’s currency (default: the plan’s budget)"),
      N_("AMOUNT") },
    { "name", 'n', 0, G_OPTION_ARG_STRING, &name,
      N_("The new scenario’s name (default: “Fit to Budget”)"), N_("NAME") },
    { "scenario", 's', 0, G_OPTION_ARG_STRING, &from_id,
      N_("Start from the scenario with this id rather than the baseline"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the plan with the new scenario to OUT (required; “-” is the standard output)"), N_("OUT") },
    { "generated-at", 0, 0, G_OPTION_ARG_STRING, &generated_at_text,
      N_("Write TIME (ISO 8601) as the file’s generated_at rather than now"), N_("TIME") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) generated_at = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpCatalog) catalog = NULL;
  g_autoptr(HpScenario) fitted = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *id = NULL;
  g_autofree char *data = NULL;
  HpPlan *shown;
  gint64 budget;
  gsize length = 0;
  int status = HP_CLI_OK;

  context = hp_cli_context_new ("fit-budget", _("FILE -o OUT"),
                                _("Adds to a copy of a plan a scenario fitted to a budget: from the baseline "
                                  "(or the scenario given), the positions whose status is planned or on-hold "
                                  "start later, one month at a time, the one with the latest start first (then "
                                  "the higher period cost, then the id), until the period cost is within the "
                                  "budget; an end moves with its start. Other positions are never moved. The "
                                  "scenario’s notes say what moved and by how much; they are printed too. When "
                                  "even moving every such position past the end of the period is not enough, "
                                  "nothing is written."),
                                _("Exit status: 0 on success, 1 when the plan is invalid or the budget cannot "
                                  "be met, 2 on a usage error (or no budget, or no such scenario), 3 when a "
                                  "file cannot be read or written.\n\n"
                                  "Examples:\n"
                                  "  hiring-plan fit-budget payments.json -o payments-fitted.json\n"
                                  "  hiring-plan fit-budget payments.json --budget 900000 --name Lean -o lean.json"),
                                entries);
  if (!hp_cli_parse (context, "fit-budget", &argc, &argv))
    return HP_CLI_USAGE;

  if (files == NULL || files[0] == NULL)
    return hp_cli_usage_error ("fit-budget", _("No plan file given"));
  if (files[1] != NULL)
    return hp_cli_usage_error ("fit-budget", _("Only one plan file can be fitted at a time"));
  if (output == NULL)
    return hp_cli_usage_error ("fit-budget", _("No output file given: add -o OUT"));
  if (name != NULL && g_strstrip (name)[0] == '\0')
    return hp_cli_usage_error ("fit-budget", _("The scenario’s name cannot be blank"));
  if (generated_at_text != NULL)
    {
      generated_at = hp_cli_parse_time (generated_at_text, &error);
      if (generated_at == NULL)
        return hp_cli_usage_error ("fit-budget", "%s", error->message);
    }

  plan = hp_cli_load_plan (files[0], &display_name, &status);
  if (plan == NULL)
    return status;
  shown = hp_cli_select_plan (plan, display_name, from_id, NULL, &status);
  if (shown == NULL)
    return status;

  if (budget_text != NULL)
    {
      if (!hp_money_parse (budget_text, hp_currency_minor_digits (hp_plan_get_currency (shown)), &budget, &error))
        return hp_cli_usage_error ("fit-budget", "--budget: %s", error->message);
    }
  else if (hp_plan_get_has_budget (shown))
    budget = hp_plan_get_budget (shown);
  else
    {
      hp_cli_error (_("%s: the plan has no budget: give one with --budget AMOUNT"), display_name);
      return HP_CLI_USAGE;
    }

  if (name == NULL)
    name = g_strdup (_("Fit to Budget"));
  id = hp_plan_new_scenario_id (plan, name);
  fitted = hp_plan_fit_budget (shown, budget, id, name, &error);
  if (fitted == NULL)
    {
      hp_cli_error ("%s: %s", display_name, error->message);
      return HP_CLI_INVALID;
    }

  hp_plan_append_scenario (plan, fitted);
  catalog = hp_cli_load_catalog ();
  data = hp_plan_to_json (plan, catalog, generated_at, &length);
  if (!hp_cli_write_output (output, data, length, &error))
    {
      hp_cli_error ("%s", error->message);
      return HP_CLI_IO;
    }

  /* The notes say what moved; the standard output may be the file. */
  if (g_str_equal (output, "-"))
    g_printerr ("%s\n", hp_scenario_get_notes (fitted));
  else
    g_print ("%s\n", hp_scenario_get_notes (fitted));

  return HP_CLI_OK;
}
