/* hp-plan-xlsx.c: the workbook export: limits, formats, properties, the
 * table of sheets, and the atomic replace of the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-file-replace.h"
#include "hp-money.h"
#include "hp-xlsx-private.h"

/* The sheets, in the workbook's order (the order of HpXlsxSheet); a sheet
 * marked optional is written only when the plan has what it shows. */
static const struct
{
  HpXlsxSheet      id;
  const char      *name;
  HpXlsxSheetFunc  write;
  gboolean         needs_scenarios;
} sheets[] = {
  /* TRANSLATORS: sheet names of the workbook export; at most 31 characters */
  { HP_XLSX_SHEET_SUMMARY,   N_("Summary"),   hp_xlsx_write_summary_sheet,   FALSE },
  { HP_XLSX_SHEET_POSITIONS, N_("Positions"), hp_xlsx_write_positions_sheet, FALSE },
  { HP_XLSX_SHEET_MONTHS,    N_("Months"),    hp_xlsx_write_months_sheet,    FALSE },
  { HP_XLSX_SHEET_SCENARIOS, N_("Scenarios"), hp_xlsx_write_scenarios_sheet, TRUE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (sheets) == HP_XLSX_N_SHEETS);

/* Limits */

gboolean
hp_xlsx_figure_fits (gint64       amount,
                     const char  *currency,
                     const char  *what,
                     GError     **error)
{
  g_autofree char *text = NULL;

  if (amount >= -HP_MONEY_MAX && amount <= HP_MONEY_MAX)
    return TRUE;

  text = hp_money_format (amount, currency, HP_MONEY_FORMAT_DEFAULT);
  /* TRANSLATORS: the first %s is a figure's name ("the period cost"), the second the amount */
  g_set_error (error, HP_ERROR, HP_ERROR_RANGE,
               _("The plan cannot be written as a workbook: %s, %s, has more than 15 digits, and a spreadsheet "
                 "holds a number exactly only up to 15"), what, text);
  return FALSE;
}

gboolean
hp_xlsx_check_limits (guint       n_positions,
                      HpSummary  *summary,
                      GError    **error)
{
  if (n_positions > HP_XLSX_MAX_POSITIONS)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_RANGE,
                   _("The plan cannot be written as a workbook: it has %u positions, and a sheet holds at most "
                     "%u (1,048,576 rows with the header and the Total row); export it as CSV instead"),
                   n_positions, (guint) HP_XLSX_MAX_POSITIONS);
      return FALSE;
    }

  if (summary == NULL)
    return TRUE;

  if (summary->overflow)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_RANGE,
                   _("The plan cannot be written as a workbook: its costs add up beyond the largest amount "
                     "Hiring Planner can count"));
      return FALSE;
    }

  /* Every other figure is a part of one of these. */
  return hp_xlsx_figure_fits (summary->total_cost, summary->currency, _("the period cost"), error) &&
         hp_xlsx_figure_fits (summary->run_rate, summary->currency, _("the annual run rate"), error) &&
         (!summary->has_budget ||
          hp_xlsx_figure_fits (summary->budget_remaining, summary->currency, _("the budget remaining"), error));
}

/* Formats */

static void
add_formats (HpXlsx *x)
{
  g_autofree char *money = hp_xlsx_money_format (x->currency);

  x->heading = workbook_add_format (x->workbook);
  format_set_bold (x->heading);
  format_set_font_size (x->heading, 14);

  x->header = workbook_add_format (x->workbook);
  format_set_bold (x->header);
  format_set_bottom (x->header, LXW_BORDER_THIN);

  x->header_month = workbook_add_format (x->workbook);
  format_set_bold (x->header_month);
  format_set_bottom (x->header_month, LXW_BORDER_THIN);
  format_set_num_format (x->header_month, "mmm yyyy");
  format_set_align (x->header_month, LXW_ALIGN_RIGHT);

  x->label = workbook_add_format (x->workbook);
  format_set_bold (x->label);

  x->wrap = workbook_add_format (x->workbook);
  format_set_text_wrap (x->wrap);
  format_set_align (x->wrap, LXW_ALIGN_VERTICAL_TOP);

  x->money = workbook_add_format (x->workbook);
  format_set_num_format (x->money, money);

  x->money_total = workbook_add_format (x->workbook);
  format_set_num_format (x->money_total, money);
  format_set_bold (x->money_total);
  format_set_top (x->money_total, LXW_BORDER_THIN);

  x->count = workbook_add_format (x->workbook);
  format_set_num_format (x->count, "#,##0");

  x->count_total = workbook_add_format (x->workbook);
  format_set_num_format (x->count_total, "#,##0");
  format_set_bold (x->count_total);
  format_set_top (x->count_total, LXW_BORDER_THIN);

  x->month = workbook_add_format (x->workbook);
  format_set_num_format (x->month, "mmm yyyy");

  x->percent = workbook_add_format (x->workbook);
  format_set_num_format (x->percent, "0.00%");
}

static void
set_properties (HpXlsx *x)
{
  lxw_doc_properties properties = { 0 };
  g_autofree char *comments = NULL;

  /* libxlsxwriter copies the strings. */
  properties.title = (char *) hp_plan_get_title (x->plan);
  properties.author = (char *) hp_plan_get_owner (x->plan);
  properties.subject = (char *) hp_plan_get_team (x->plan);
  comments = g_strdup_printf ("%s %s", PACKAGE_NAME, PACKAGE_VERSION);
  properties.comments = comments;
  hp_xlsx_check (x, workbook_set_properties (x->workbook, &properties), x->sheet_names[0], 0, 0);
  hp_xlsx_check (x, workbook_set_custom_property_string (x->workbook, "Generator", comments),
                 x->sheet_names[0], 0, 0);
}

static void
clear_context (HpXlsx *x)
{
  for (guint i = 0; i < HP_XLSX_N_SHEETS; i++)
    g_free (x->sheet_names[i]);
  g_clear_pointer (&x->notices, g_ptr_array_unref);
  g_free (x->error_where);
}

static char **
take_notices (HpXlsx *x)
{
  if (x->n_cut > 5)
    {
      guint more = x->n_cut - 5;

      g_ptr_array_add (x->notices,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "%u more text was cut to fit its cell.",
                                                     "%u more texts were cut to fit their cells.", more),
                                        more));
    }

  if (x->notices->len == 0)
    return NULL;

  g_ptr_array_add (x->notices, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&x->notices), FALSE);
}

gboolean
hp_plan_write_xlsx_full (HpPlan               *plan,
                         HpCatalog            *catalog,
                         const char           *path,
                         const HpXlsxOptions  *options,
                         char               ***out_notices,
                         GError              **error)
{
  g_autoptr(HpSummary) summary = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autoptr(HpFileReplace) replace = NULL;
  lxw_workbook_options workbook_options = { 0 };
  HpXlsx x = { 0 };
  lxw_error closed;

  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (catalog == NULL || HP_IS_CATALOG (catalog), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_notices != NULL)
    *out_notices = NULL;

  summary = hp_summary_compute (plan, catalog);
  if (!hp_xlsx_check_limits (hp_plan_get_n_positions (plan), summary, error))
    return FALSE;
  if (!hp_xlsx_compute_scenarios (plan, &scenarios, error))
    return FALSE;

  replace = hp_file_replace_begin (path, 0666, NULL, error);
  if (replace == NULL)
    return FALSE;

  /* Constant-memory mode: each sheet streams its rows to a temporary file
   * (in the system's temporary folder, unlinked at once), so a plan of
   * 100,000 positions is written in a few megabytes. */
  workbook_options.constant_memory = LXW_TRUE;
  workbook_options.use_zip64 = LXW_TRUE;

  x.workbook = workbook_new_opt (hp_file_replace_get_temp_path (replace), &workbook_options);
  if (x.workbook == NULL)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID, _("Could not write the workbook: out of memory"));
      return FALSE;
    }
  x.plan = plan;
  x.summary = summary;
  x.scenarios = scenarios;
  x.currency = hp_plan_get_currency (plan);
  x.digits = hp_currency_minor_digits (x.currency);
  x.notices = g_ptr_array_new_with_free_func (g_free);
  x.cancellable = options != NULL ? options->cancellable : NULL;

  /* The optional sheets come last, so the names before them are a
   * NULL-terminated list. */
  for (guint i = 0; i < HP_XLSX_N_SHEETS; i++)
    if (!sheets[i].needs_scenarios || scenarios != NULL)
      x.sheet_names[sheets[i].id] = hp_xlsx_sheet_name (_(sheets[i].name), (const char * const *) x.sheet_names);

  add_formats (&x);
  set_properties (&x);

  for (guint i = 0; i < HP_XLSX_N_SHEETS && x.error == LXW_NO_ERROR && !x.cancelled; i++)
    {
      lxw_worksheet *sheet;

      if (x.sheet_names[sheets[i].id] == NULL)
        continue;
      sheet = workbook_add_worksheet (x.workbook, x.sheet_names[sheets[i].id]);

      if (sheet == NULL)
        {
          /* libxlsxwriter could not make the sheet's temporary file. */
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                       _("Could not write the workbook: no temporary file could be made for its sheets"));
          lxw_workbook_free (x.workbook);
          clear_context (&x);
          return FALSE;
        }
      sheets[i].write (&x, sheet);
    }

  /* Stopped: nothing is written, the replace is abandoned. */
  if (x.cancelled || g_cancellable_is_cancelled (x.cancellable))
    {
      g_cancellable_set_error_if_cancelled (x.cancellable, error);
      lxw_workbook_free (x.workbook);
      clear_context (&x);
      return FALSE;
    }

  /* After an error nothing is written: the replace is abandoned. */
  if (x.error == LXW_NO_ERROR)
    {
      if (options != NULL && options->before_close != NULL)
        options->before_close (hp_file_replace_get_temp_path (replace), options->data);
      closed = workbook_close (x.workbook);
      if (closed != LXW_NO_ERROR)
        {
          x.error = closed;
          x.error_where = g_strdup (_("the file"));
        }
    }
  else
    lxw_workbook_free (x.workbook);

  if (x.error != LXW_NO_ERROR)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID, _("Could not write the workbook (%s): %s"),
                   x.error_where, lxw_strerror (x.error));
      clear_context (&x);
      return FALSE;
    }

  if (!hp_file_replace_commit (g_steal_pointer (&replace), error))
    {
      clear_context (&x);
      return FALSE;
    }

  if (out_notices != NULL)
    *out_notices = take_notices (&x);
  clear_context (&x);

  return TRUE;
}

gboolean
hp_plan_write_xlsx (HpPlan      *plan,
                    HpCatalog   *catalog,
                    const char  *path,
                    char      ***out_notices,
                    GError     **error)
{
  return hp_plan_write_xlsx_full (plan, catalog, path, NULL, out_notices, error);
}
