/* hiring-plan.c: the command-line tool for finance pipelines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hiring-plan"

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

#include "hp-cli.h"

typedef struct
{
  const char *name;
  const char *synopsis;
  const char *summary;
  int       (*run) (int argc, char **argv);
} Command;

static const Command commands[] = {
  { "validate", "validate [--verbose] FILE…",
    N_("Check plan files; print one line per problem"), hp_cli_validate },
  { "summary", "summary [--json] [--scenario ID] FILE",
    N_("Print the costing of a plan or of one of its scenarios, as a table or as JSON"), hp_cli_summary },
  { "scenarios", "scenarios [--json] FILE",
    N_("List a plan’s scenarios: each one’s cost, run rate and headcount, and its difference from the baseline"),
    hp_cli_scenarios },
  { "diff", "diff [--json] OLD NEW | diff [--json] --scenario ID FILE",
    N_("Show what changed between two plans, or between a plan’s baseline and one of its scenarios; exit "
       "status 1 when they differ"), hp_cli_diff },
  { "fit-budget", "fit-budget FILE [--budget AMOUNT] [--name NAME] [--scenario ID] -o OUT",
    N_("Add a scenario that fits the budget by starting planned and on-hold hires later"), hp_cli_fit_budget },
  { "export", "export FILE [--format json|csv] [-o OUT] [--generated-at TIME]",
    N_("Write a plan with a fresh summary, as JSON or CSV"), hp_cli_export },
  { "merge", "merge FILE… -o OUT [--title TITLE]",
    N_("Roll team plans up into one department plan"), hp_cli_merge },
  { "roles", "roles [--json]",
    N_("List the role catalog"), hp_cli_roles },
};

static const Command *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];

  return NULL;
}

static void
append_wrapped (GString    *out,
                guint       indent,
                const char *text)
{
  g_autofree char *wrapped = hp_cli_wrap (text, indent);

  g_string_append_printf (out, "%s\n", wrapped);
}

static void
append_status (GString    *out,
               int         status,
               const char *meaning)
{
  g_autofree char *wrapped = hp_cli_wrap (meaning, 5);

  /* The first line holds the status in place of the indent. */
  g_string_append_printf (out, "  %d  %s\n", status, strlen (wrapped) >= 5 ? wrapped + 5 : wrapped);
}

static void
print_help (void)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "%s\n", _("USAGE"));
  g_string_append_printf (out, "  %s %s\n", HP_CLI_NAME, _("COMMAND [OPTION…] [FILE…]"));
  g_string_append_printf (out, "  %s help [%s]\n", HP_CLI_NAME, _("COMMAND"));
  g_string_append_printf (out, "  %s --version\n\n", HP_CLI_NAME);

  append_wrapped (out, 0,
                  _("Checks, summarises, compares, exports and merges the hiring plans of Hiring Planner "
                            "for finance pipelines. A FILE of “-” is the standard input (validate, summary, scenarios, diff, "
                            "fit-budget, export). Unknown roles and salaries outside their band are checked against "
                    "the role catalog: the built-in roles and the user’s catalogs."));
  g_string_append_c (out, '\n');

  g_string_append_printf (out, "%s\n", _("COMMANDS"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_string_append_printf (out, "  %s\n", commands[i].synopsis);
      append_wrapped (out, 6, _(commands[i].summary));
    }
  g_string_append_printf (out, "  help [%s]\n", _("COMMAND"));
  append_wrapped (out, 6, _("Show this help, or the help of a command (as does COMMAND --help)"));
  g_string_append_c (out, '\n');

  g_string_append_printf (out, "%s\n", _("OPTIONS"));
  g_string_append_printf (out, "  -h, --help   %s\n", _("Show this help"));
  g_string_append_printf (out, "  --version    %s\n\n", _("Show the version"));

  g_string_append_printf (out, "%s\n", _("EXIT STATUS"));
  append_status (out, 0, _("Success; for validate, every file is valid; for diff, the plans cost the same "
                           "and have the same positions."));
  append_status (out, 1, _("A plan is invalid (validation problems), the plans cannot be merged or compared, "
                           "the budget cannot be met; for diff, the plans differ."));
  append_status (out, 2, _("Usage error: an unknown command or option, or a missing or extra argument."));
  append_status (out, 3, _("I/O error: a file cannot be read or written."));
  g_string_append_c (out, '\n');

  g_string_append_printf (out, "%s\n", _("OUTPUT"));
  append_wrapped (out, 2,
                  _("Results go to the standard output; errors and warnings go to the standard "
                            "error as “hiring-plan: message”. validate prints its problems on the standard "
                    "output, one per line: “FILE:LINE:COLUMN: message” or “FILE: PATH: message”."));
  g_string_append_c (out, '\n');

  g_string_append_printf (out, "%s\n", _("EXAMPLES"));
  g_string_append (out,
                   "  hiring-plan validate plans/*.json\n"
                   "  hiring-plan summary payments.json\n"
                   "  hiring-plan summary --json payments.json | jq -r .total_period_cost\n"
                   "  hiring-plan summary --scenario lean payments.json\n"
                   "  hiring-plan export payments.json --format csv -o payments.csv\n"
                   "  curl -s https://example.com/plan.json | hiring-plan export - --format csv\n"
                   "  hiring-plan merge payments.json risk.json --title \"Platform FY2027\" -o platform.json\n"
                   "  hiring-plan scenarios payments.json\n"
                   "  hiring-plan diff --scenario lean payments.json\n"
                   "  hiring-plan fit-budget payments.json --budget 900000 -o payments-fitted.json\n"
                   "  hiring-plan roles --json | jq -r '.[].id'\n");

  g_print ("%s", out->str);
  g_string_free (out, TRUE);
}

static int
run_command (const Command *command,
             int            argc,
             char         **argv)
{
  return command->run (argc, argv);
}

/* "help COMMAND" is "COMMAND --help". */
static int
run_help (int    argc,
          char **argv)
{
  const Command *command;
  char *help_argv[] = { NULL, (char *) "--help", NULL };

  if (argc < 2)
    {
      print_help ();
      return HP_CLI_OK;
    }
  if (argc > 2)
    return hp_cli_usage_error (NULL, _("help takes one command at most"));

  command = find_command (argv[1]);
  if (command == NULL)
    return hp_cli_usage_error (NULL, _("“%s” is not a command"), argv[1]);

  help_argv[0] = (char *) command->name;
  return run_command (command, 2, help_argv);
}

int
main (int   argc,
      char *argv[])
{
  const Command *command;
  const char *name;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname (HP_CLI_NAME);

  if (argc < 2)
    return hp_cli_usage_error (NULL, _("No command given"));

  name = argv[1];

  if (g_str_equal (name, "--help") || g_str_equal (name, "-h") || g_str_equal (name, "-?"))
    {
      print_help ();
      return HP_CLI_OK;
    }

  if (g_str_equal (name, "--version"))
    {
      g_print ("%s (%s) %s\n", HP_CLI_NAME, PACKAGE_NAME, PACKAGE_VERSION);
      return HP_CLI_OK;
    }

  if (g_str_equal (name, "help"))
    return run_help (argc - 1, argv + 1);

  if (name[0] == '-')
    return hp_cli_usage_error (NULL, _("Unknown option %s: the options follow the command"), name);

  command = find_command (name);
  if (command == NULL)
    return hp_cli_usage_error (NULL, _("“%s” is not a command"), name);

  return run_command (command, argc - 1, argv + 1);
}
