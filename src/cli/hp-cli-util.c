/* hp-cli-util.c: what the commands of hiring-plan share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hiring-plan"

#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>

#include "hp-cli.h"
#include "hp-file-replace.h"
#include "hp-error.h"
#include "hp-money.h"
#include "hp-plan-file.h"

#define STDIN_NAME "<stdin>"

static void
print_prefixed (const char *prefix,
                const char *message)
{
  g_auto(GStrv) lines = g_strsplit (message, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      /* A message ending with a newline has no empty last line. */
      if (lines[i][0] == '\0' && lines[i + 1] == NULL && i > 0)
        break;
      g_printerr ("%s: %s%s\n", HP_CLI_NAME, prefix, lines[i]);
    }
}

void
hp_cli_error (const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  print_prefixed ("", message);
}

void
hp_cli_warning (const char *format,
                ...)
{
  g_autofree char *message = NULL;
  g_autofree char *prefix = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* TRANSLATORS: starts a warning line: "hiring-plan: warning: …" */
  prefix = g_strdup_printf ("%s: ", _("warning"));
  print_prefixed (prefix, message);
}

int
hp_cli_usage_error (const char *command,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  print_prefixed ("", message);
  if (command != NULL)
    /* TRANSLATORS: the first %s is the program, the second a command, "hiring-plan help export" */
    g_printerr (_("Try “%s help %s” for more information.\n"), HP_CLI_NAME, command);
  else
    g_printerr (_("Try “%s --help” for more information.\n"), HP_CLI_NAME);

  return HP_CLI_USAGE;
}

static void
wrap_line (GString    *out,
           const char *line,
           guint       indent)
{
  g_auto(GStrv) words = g_strsplit (line, " ", -1);
  glong column = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      glong length = g_utf8_strlen (words[i], -1);

      if (words[i][0] == '\0')
        continue;

      if (column > 0 && column + 1 + length > HP_CLI_WRAP_WIDTH)
        {
          g_string_append_c (out, '\n');
          column = 0;
        }
      if (column == 0)
        {
          for (guint s = 0; s < indent; s++)
            g_string_append_c (out, ' ');
          column = indent;
        }
      else
        {
          g_string_append_c (out, ' ');
          column++;
        }

      g_string_append (out, words[i]);
      column += length;
    }
}

char *
hp_cli_wrap (const char *text,
             guint       indent)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');

      /* An indented line, such as an example, is kept as it is. */
      if (lines[i][0] == ' ')
        g_string_append (out, lines[i]);
      else
        wrap_line (out, lines[i], indent);
    }

  return g_string_free (out, FALSE);
}

GOptionContext *
hp_cli_context_new (const char         *command,
                    const char         *parameters,
                    const char         *summary,
                    const char         *description,
                    const GOptionEntry *entries)
{
  g_autofree char *prgname = g_strdup_printf ("%s %s", HP_CLI_NAME, command);
  GOptionContext *context;

  /* GOptionContext names the program in its usage line. */
  g_set_prgname (prgname);

  context = g_option_context_new (parameters);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (summary != NULL)
    {
      g_autofree char *wrapped = hp_cli_wrap (summary, 0);
      g_option_context_set_summary (context, wrapped);
    }
  if (description != NULL)
    {
      g_autofree char *wrapped = hp_cli_wrap (description, 0);
      g_option_context_set_description (context, wrapped);
    }
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  return context;
}

gboolean
hp_cli_parse (GOptionContext   *context,
              const char       *command,
              int              *argc,
              char           ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      hp_cli_usage_error (command, "%s", error->message);
      return FALSE;
    }

  return TRUE;
}

static GByteArray *
read_stdin (GError **error)
{
  g_autoptr(GByteArray) contents = g_byte_array_new ();

  for (;;)
    {
      guint8 buf[65536];
      gssize n = read (STDIN_FILENO, buf, sizeof buf);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("Could not read the standard input: %s"), g_strerror (saved_errno));
          return NULL;
        }
      if (n == 0)
        break;

      g_byte_array_append (contents, buf, (guint) n);
      if ((goffset) contents->len > HP_PLAN_MAX_FILE_SIZE)
        {
          g_set_error (error, HP_ERROR, HP_ERROR_RANGE,
                       _("%s: the standard input is too large to be a plan (more than 512 MB)"), STDIN_NAME);
          return NULL;
        }
    }

  return g_steal_pointer (&contents);
}

HpPlan *
hp_cli_read_plan (const char  *path,
                  char       **out_display_name,
                  char       **out_notice,
                  GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  if (g_str_equal (path, "-"))
    {
      g_autoptr(GByteArray) contents = read_stdin (error);

      *out_display_name = g_strdup (STDIN_NAME);
      if (contents == NULL)
        return NULL;

      return hp_plan_read ((const char *) contents->data, contents->len, STDIN_NAME, out_notice, error);
    }

  *out_display_name = g_filename_display_name (path);
  return hp_plan_read_file (path, out_notice, error);
}

/* Reads a plan for a command that works on it: on failure prints the
 * problems on standard error and sets *status. */
HpPlan *
hp_cli_load_plan (const char  *path,
                  char       **out_display_name,
                  int         *status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *notice = NULL;
  HpPlan *plan;

  plan = hp_cli_read_plan (path, &display_name, &notice, &error);
  if (plan == NULL && hp_cli_status_for_error (error) == HP_CLI_IO)
    {
      /* "Could not read “FILE”: …" names the file already. */
      hp_cli_error ("%s", error->message);
      *status = HP_CLI_IO;
      return NULL;
    }
  if (plan == NULL)
    {
      g_autofree char *message = hp_cli_prefix_lines (error->message, display_name);

      hp_cli_error ("%s", message);
      *status = MAX (*status, hp_cli_status_for_error (error));
      return NULL;
    }

  if (notice != NULL)
    hp_cli_warning ("%s", notice);

  if (out_display_name != NULL)
    *out_display_name = g_steal_pointer (&display_name);

  return plan;
}

char *
hp_cli_prefix_lines (const char *message,
                     const char *display_name)
{
  g_auto(GStrv) lines = g_strsplit (message, "\n", -1);
  g_autofree char *prefix = g_strconcat (display_name, ":", NULL);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      if (!g_str_has_prefix (lines[i], prefix))
        g_string_append_printf (out, "%s ", prefix);
      g_string_append (out, lines[i]);
    }

  return g_string_free (out, FALSE);
}

HpPlan *
hp_cli_select_plan (HpPlan      *plan,
                    const char  *display_name,
                    const char  *scenario_id,
                    HpScenario **out_scenario,
                    int         *status)
{
  HpScenario *scenario;

  if (out_scenario != NULL)
    *out_scenario = NULL;
  if (scenario_id == NULL)
    return plan;

  scenario = hp_plan_find_scenario (plan, scenario_id);
  if (scenario == NULL)
    {
      guint n = hp_plan_get_n_scenarios (plan);
      g_autoptr(GString) ids = g_string_new (NULL);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HpScenario) item = g_list_model_get_item (hp_plan_get_scenarios (plan), i);

          g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", hp_scenario_get_id (item));
        }

      if (n == 0)
        hp_cli_error (_("%s: no scenario “%s”: the plan has no scenarios"), display_name, scenario_id);
      else
        /* TRANSLATORS: a file, a scenario id, then the ids of the file's scenarios */
        hp_cli_error (_("%s: no scenario “%s”: its scenarios are %s"), display_name, scenario_id, ids->str);
      *status = HP_CLI_USAGE;
      return NULL;
    }

  if (out_scenario != NULL)
    *out_scenario = scenario;

  return hp_scenario_get_plan (scenario);
}

char *
hp_cli_format_money_delta (gint64      amount,
                           const char *currency)
{
  return hp_money_format_delta (amount, currency);
}

char *
hp_cli_format_count_delta (gint64 value)
{
  return hp_number_format_delta (value);
}

int
hp_cli_status_for_error (const GError *error)
{
  if (error->domain == G_FILE_ERROR || error->domain == G_IO_ERROR)
    return HP_CLI_IO;

  return HP_CLI_INVALID;
}

HpCatalog *
hp_cli_load_catalog (void)
{
  HpCatalog *catalog = hp_catalog_new_default ();
  const char * const *problems = hp_catalog_get_problems (catalog);

  for (guint i = 0; problems != NULL && problems[i] != NULL; i++)
    hp_cli_warning ("%s", problems[i]);

  return catalog;
}

GDateTime *
hp_cli_parse_time (const char  *text,
                   GError     **error)
{
  GDateTime *time = g_date_time_new_from_iso8601 (text, NULL);

  if (time == NULL)
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 _("“%s” is not a date and time: expected one such as 2027-01-01T00:00:00Z"), text);

  return time;
}

static gboolean
write_stdout (const char  *data,
              gsize        length,
              GError     **error)
{
  if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not write to the standard output: %s"), g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

gboolean
hp_cli_write_output (const char  *path,
                     const char  *data,
                     gsize        length,
                     GError     **error)
{
  if (path == NULL || g_str_equal (path, "-"))
    return write_stdout (data, length, error);

  return hp_file_replace_contents (path, data, length, 0666, NULL, error);
}

/* Tables */

struct _HpCliTable
{
  char      *alignment;
  guint      n_columns;
  GPtrArray *cells;   /* rows one after the other */
};

HpCliTable *
hp_cli_table_new (const char *alignment)
{
  HpCliTable *table = g_new0 (HpCliTable, 1);

  table->alignment = g_strdup (alignment);
  table->n_columns = (guint) strlen (alignment);
  table->cells = g_ptr_array_new_with_free_func (g_free);

  return table;
}

void
hp_cli_table_free (HpCliTable *table)
{
  if (table == NULL)
    return;

  g_free (table->alignment);
  g_ptr_array_unref (table->cells);
  g_free (table);
}

void
hp_cli_table_add_row (HpCliTable *table,
                      ...)
{
  va_list args;

  va_start (args, table);
  for (guint c = 0; c < table->n_columns; c++)
    {
      const char *cell = va_arg (args, const char *);

      g_ptr_array_add (table->cells, g_strdup (cell != NULL ? cell : ""));
    }
  va_end (args);
}

static void
append_spaces (GString *out,
               glong    n)
{
  for (glong i = 0; i < n; i++)
    g_string_append_c (out, ' ');
}

void
hp_cli_table_append (HpCliTable *table,
                     GString    *out,
                     const char *indent)
{
  g_autofree glong *widths = g_new0 (glong, table->n_columns);
  guint n_rows = table->cells->len / table->n_columns;

  for (guint i = 0; i < table->cells->len; i++)
    widths[i % table->n_columns] = MAX (widths[i % table->n_columns],
                                        g_utf8_strlen (g_ptr_array_index (table->cells, i), -1));

  for (guint r = 0; r < n_rows; r++)
    {
      gsize line_start = out->len;

      g_string_append (out, indent != NULL ? indent : "");
      for (guint c = 0; c < table->n_columns; c++)
        {
          const char *cell = g_ptr_array_index (table->cells, r * table->n_columns + c);
          glong pad = widths[c] - g_utf8_strlen (cell, -1);

          if (c > 0)
            g_string_append (out, "  ");
          if (table->alignment[c] == 'r')
            append_spaces (out, pad);
          g_string_append (out, cell);
          if (table->alignment[c] != 'r')
            append_spaces (out, pad);
        }

      /* No spaces at the end of a line. */
      while (out->len > line_start && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      g_string_append_c (out, '\n');
    }
}
