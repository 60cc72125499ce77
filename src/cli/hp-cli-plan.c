/* hp-cli-plan.c: hiring-plan validate, export and merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hiring-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-cli.h"
#include "hp-error.h"
#include "hp-plan-file.h"
#include "hp-plan-merge.h"
#include "hp-plan-xlsx.h"

/* validate */

int
hp_cli_validate (int    argc,
                 char **argv)
{
  gboolean verbose = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose,
      N_("Also print a line for each valid file"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  gboolean invalid = FALSE;
  int status = HP_CLI_OK;

  context = hp_cli_context_new ("validate", _("FILE…"),
                                _("Checks hiring plan files. Each problem is printed on the standard output "
                                  "as a line “FILE:LINE:COLUMN: message” (a syntax error) or “FILE: PATH: message” "
                                  "(a field), and a summary stored in a file that does not match its positions "
                                  "as “FILE: warning: message”. A FILE of “-” is the standard input."),
                                _("Exit status: 0 when every file is valid, 1 when a file has problems, "
                                  "2 on a usage error, 3 when a file cannot be read.\n\n"
                                  "Example:\n  hiring-plan validate --verbose plans/*.json"),
                                entries);
  if (!hp_cli_parse (context, "validate", &argc, &argv))
    return HP_CLI_USAGE;

  if (files == NULL || files[0] == NULL)
    return hp_cli_usage_error ("validate", _("No plan file given"));

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HpPlan) plan = NULL;
      g_autofree char *display_name = NULL;
      g_autofree char *notice = NULL;

      plan = hp_cli_read_plan (files[i], &display_name, &notice, &error);
      if (plan == NULL && hp_cli_status_for_error (error) == HP_CLI_IO)
        {
          /* Not a problem of the plan: the file could not be read at all. */
          hp_cli_error ("%s", error->message);
          status = HP_CLI_IO;
          continue;
        }

      if (plan == NULL)
        {
          g_autofree char *message = hp_cli_prefix_lines (error->message, display_name);

          g_print ("%s\n", message);
          invalid = TRUE;
          continue;
        }

      if (notice != NULL)
        /* "warning" stays in English, like the keys of the file: scripts match it. */
        g_print ("%s: warning: %s\n", display_name, notice);

      if (verbose)
        {
          guint n = hp_plan_get_n_positions (plan);

          /* TRANSLATORS: a file name, then a number of positions */
          g_print (g_dngettext (GETTEXT_PACKAGE, "%s: valid, %u position\n", "%s: valid, %u positions\n", n),
                   display_name, n);
        }
    }

  if (status == HP_CLI_OK && invalid)
    status = HP_CLI_INVALID;

  return status;
}

/* export */

typedef enum
{
  FORMAT_JSON,
  FORMAT_CSV,
  FORMAT_XLSX,
} ExportFormat;

static gboolean
parse_format (const char    *text,
              ExportFormat  *out_format)
{
  if (text == NULL || g_ascii_strcasecmp (text, "json") == 0)
    *out_format = FORMAT_JSON;
  else if (g_ascii_strcasecmp (text, "csv") == 0)
    *out_format = FORMAT_CSV;
  else if (g_ascii_strcasecmp (text, "xlsx") == 0)
    *out_format = FORMAT_XLSX;
  else
    return FALSE;

  return TRUE;
}

/* The plan as JSON to @output: with the time of the export, through the
 * core's atomic writer; with a given time, through an atomic replace too. */
static int
write_plan_json (HpPlan     *plan,
                 HpCatalog  *catalog,
                 GDateTime  *generated_at,
                 const char *output)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  gboolean ok;

  if (output != NULL && !g_str_equal (output, "-") && generated_at == NULL)
    {
      ok = hp_plan_write_file (plan, catalog, output, &error);
    }
  else
    {
      data = hp_plan_to_json (plan, catalog, generated_at, &length);
      ok = hp_cli_write_output (output, data, length, &error);
    }

  if (!ok)
    {
      hp_cli_error ("%s", error->message);
      return HP_CLI_IO;
    }

  return HP_CLI_OK;
}

/* The workbook, always to a file: it is a ZIP archive, not a stream. */
static int
write_plan_xlsx (HpPlan     *plan,
                 HpCatalog  *catalog,
                 const char *output)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) notices = NULL;

  if (!hp_plan_write_xlsx (plan, catalog, output, &notices, &error))
    {
      hp_cli_error ("%s", error->message);
      return g_error_matches (error, HP_ERROR, HP_ERROR_RANGE) ? HP_CLI_INVALID : HP_CLI_IO;
    }

  for (guint i = 0; notices != NULL && notices[i] != NULL; i++)
    hp_cli_warning ("%s", notices[i]);

  return HP_CLI_OK;
}

int
hp_cli_export (int    argc,
               char **argv)
{
  g_autofree char *format_text = NULL;
  gboolean bom = FALSE;
  g_autofree char *output = NULL;
  g_autofree char *generated_at_text = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text,
      N_("The format of the export: json (the default), csv or xlsx (an Excel workbook, written to a file "
         "given with -o)"), N_("FORMAT") },
    { "bom", 0, 0, G_OPTION_ARG_NONE, &bom,
      N_("Begin a CSV export with a UTF-8 byte order mark, so that Excel reads accents correctly"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to OUT, replacing it atomically, rather than to the standard output"), N_("OUT") },
    { "generated-at", 0, 0, G_OPTION_ARG_STRING, &generated_at_text,
      N_("Write TIME (ISO 8601, such as 2027-01-01T00:00:00Z) as the JSON file’s generated_at rather than now, "
         "so that the same plan always gives the same bytes"), N_("TIME") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) generated_at = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpCatalog) catalog = NULL;
  ExportFormat format;
  int status = HP_CLI_OK;

  context = hp_cli_context_new ("export", _("FILE"),
                                _("Writes a hiring plan again with a freshly computed summary, as a JSON plan "
                                  "file, as CSV (one row per position, a column per month, and a total row), "
                                  "or as an Excel workbook (Summary, Positions and Months sheets, typed cells, "
                                  "totals as formulas, a chart). A FILE of “-” is the standard input."),
                                _("Exit status: 0 on success, 1 when the plan is invalid, 2 on a usage error, "
                                  "3 when a file cannot be read or written.\n\n"
                                  "Examples:\n"
                                  "  hiring-plan export payments.json --format csv -o payments.csv\n"
                                  "  hiring-plan export payments.json --format xlsx -o payments.xlsx\n"
                                  "  hiring-plan export payments.json --generated-at 2027-01-01T00:00:00Z"),
                                entries);
  if (!hp_cli_parse (context, "export", &argc, &argv))
    return HP_CLI_USAGE;

  if (files == NULL || files[0] == NULL)
    return hp_cli_usage_error ("export", _("No plan file given"));
  if (files[1] != NULL)
    return hp_cli_usage_error ("export", _("Only one plan file can be exported at a time"));
  if (!parse_format (format_text, &format))
    return hp_cli_usage_error ("export", _("“%s” is not a format: expected json, csv or xlsx"), format_text);
  if (format == FORMAT_XLSX && (output == NULL || g_str_equal (output, "-")))
    return hp_cli_usage_error ("export", _("A workbook cannot be written to the standard output: "
                                           "give a file with -o, such as -o plan.xlsx"));
  if (bom && format != FORMAT_CSV)
    hp_cli_warning (_("--bom only applies to CSV"));
  if (generated_at_text != NULL)
    {
      generated_at = hp_cli_parse_time (generated_at_text, &error);
      if (generated_at == NULL)
        return hp_cli_usage_error ("export", "%s", error->message);
      if (format != FORMAT_JSON)
        hp_cli_warning (_("--generated-at only applies to JSON; a CSV or workbook export has no time in it"));
    }

  plan = hp_cli_load_plan (files[0], NULL, &status);
  if (plan == NULL)
    return status;

  catalog = hp_cli_load_catalog ();

  if (format == FORMAT_JSON)
    return write_plan_json (plan, catalog, generated_at, output);
  if (format == FORMAT_XLSX)
    return write_plan_xlsx (plan, catalog, output);

  {
    gsize length = 0;
    g_autofree char *data = hp_plan_to_csv_full (plan, catalog, bom ? HP_CSV_BOM : HP_CSV_DEFAULT, &length);

    if (!hp_cli_write_output (output, data, length, &error))
      {
        hp_cli_error ("%s", error->message);
        return HP_CLI_IO;
      }
  }

  return HP_CLI_OK;
}

/* merge */

int
hp_cli_merge (int    argc,
              char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *title = NULL;
  g_autofree char *generated_at_text = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the department plan to OUT (required; “-” is the standard output)"), N_("OUT") },
    { "title", 't', 0, G_OPTION_ARG_STRING, &title,
      N_("The title of the department plan (default: “Department plan”)"), N_("TITLE") },
    { "generated-at", 0, 0, G_OPTION_ARG_STRING, &generated_at_text,
      N_("Write TIME (ISO 8601) as the file’s generated_at rather than now"), N_("TIME") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) generated_at = NULL;
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HpCatalog) catalog = NULL;
  g_autoptr(HpPlan) merged = NULL;
  int status = HP_CLI_OK;

  context = hp_cli_context_new ("merge", _("FILE… -o OUT"),
                                _("Rolls team plans up into one department plan: every position, with its "
                                  "team; the union of the periods; the sum of the budgets when every plan has "
                                  "one. The plans must use the same currency and the same overhead. A position "
                                  "id that an earlier file already uses gets a new id."),
                                _("Exit status: 0 on success, 1 when a plan is invalid or the plans cannot be "
                                  "merged, 2 on a usage error, 3 when a file cannot be read or written.\n\n"
                                  "Example:\n"
                                  "  hiring-plan merge payments.json risk.json --title \"Platform FY2027\" "
                                  "-o platform.json"),
                                entries);
  if (!hp_cli_parse (context, "merge", &argc, &argv))
    return HP_CLI_USAGE;

  if (files == NULL || files[0] == NULL)
    return hp_cli_usage_error ("merge", _("No plan file given"));
  if (output == NULL)
    return hp_cli_usage_error ("merge", _("No output file given: add -o OUT"));
  if (generated_at_text != NULL)
    {
      generated_at = hp_cli_parse_time (generated_at_text, &error);
      if (generated_at == NULL)
        return hp_cli_usage_error ("merge", "%s", error->message);
    }

  /* Report every file that cannot be read, not just the first. */
  for (guint i = 0; files[i] != NULL; i++)
    {
      char *display_name = NULL;
      HpPlan *plan = hp_cli_load_plan (files[i], &display_name, &status);

      if (plan == NULL)
        continue;

      g_ptr_array_add (plans, plan);
      g_ptr_array_add (names, display_name);
    }
  if (status != HP_CLI_OK)
    return status;
  g_ptr_array_add (names, NULL);

  merged = hp_plan_merge ((HpPlan **) plans->pdata, (const char * const *) names->pdata, plans->len,
                          title, &error);
  if (merged == NULL)
    {
      hp_cli_error ("%s", error->message);
      return HP_CLI_INVALID;
    }

  catalog = hp_cli_load_catalog ();

  return write_plan_json (merged, catalog, generated_at, output);
}
