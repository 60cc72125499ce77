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
  { "summary", "summary FILE [--json]",
    N_("Print the costing of a plan, as a table or as JSON"), hp_cli_summary },
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
                  _("Checks, summarises, exports and merges the hiring plans of Hiring Planner "
                            "for finance pipelines. A FILE of “-” is the standard input (validate, summary, "
                            "export). Unknown roles and salaries outside their band are checked against "
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
  append_status (out, 0, _("Success; for validate, every file is valid."));
  append_status (out, 1, _("A plan is invalid (validation problems), or the plans cannot be merged."));
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
                   "  hiring-plan export payments.json --format csv -o payments.csv\n"
                   "  curl -s https://example.com/plan.json | hiring-plan export - --format csv\n"
                   "  hiring-plan merge payments.json risk.json --title \"Platform FY2027\" -o platform.json\n"
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
