/* hp-xlsx-cells.c: typed cells, texts within Excel's limits, legal sheet
 * names, and the currency's number format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-xlsx"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hp-money.h"
#include "hp-xlsx-private.h"

/* How many cut texts are named one by one; the rest are counted. */
#define MAX_CUT_NOTICES 5

/* Text */

/* UTF-16 code units of @c: Excel measures a cell in them. */
static inline gsize
utf16_units (gunichar c)
{
  return c >= 0x10000 ? 2 : 1;
}

static gsize
utf16_length (const char *text)
{
  gsize units = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    units += utf16_units (g_utf8_get_char (p));

  return units;
}

char *
hp_xlsx_cut_text (const char *text,
                  gsize       max_units)
{
  /* TRANSLATORS: ends a text cut to fit a spreadsheet cell */
  const char *marker = _(" […cut]");
  gsize marker_units, units = 0;
  const char *keep_end = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (utf16_length (text) <= max_units)
    return NULL;

  marker_units = utf16_length (marker);
  g_return_val_if_fail (max_units > marker_units, NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize u = utf16_units (g_utf8_get_char (p));

      /* Where the text ends when the marker must follow. */
      if (keep_end == NULL && units + u > max_units - marker_units)
        keep_end = p;
      units += u;
      if (units > max_units)
        {
          g_assert (keep_end != NULL);
          return g_strdup_printf ("%.*s%s", (int) (keep_end - text), text, marker);
        }
    }

  return NULL;
}

/* Sheet names */

static gboolean
name_taken (const char         *name,
            const char * const *taken)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (guint i = 0; taken != NULL && taken[i] != NULL; i++)
    {
      g_autofree char *other = g_utf8_casefold (taken[i], -1);

      if (g_str_equal (folded, other))
        return TRUE;
    }

  return FALSE;
}

/* The first @max characters of @text (whole characters). */
static char *
utf8_head (const char *text,
           glong       max)
{
  if (g_utf8_strlen (text, -1) <= max)
    return g_strdup (text);

  return g_utf8_substring (text, 0, max);
}

char *
hp_xlsx_sheet_name (const char         *name,
                    const char * const *taken)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  g_autofree char *base = NULL;
  const char *start, *end;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    name = "";

  /* No []:*?/\ and no control characters; no apostrophe at either end. */
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f)
        g_string_append_c (clean, ' ');
      else if (c < 0x80 && strchr ("[]:*?/\\", (int) c) != NULL)
        g_string_append_c (clean, '_');
      else
        g_string_append_unichar (clean, c);
    }

  start = clean->str;
  end = clean->str + clean->len;
  while (*start == '\'' || *start == ' ')
    start++;
  while (end > start && (end[-1] == '\'' || end[-1] == ' '))
    end--;
  base = g_strndup (start, (gsize) (end - start));

  /* Excel counts characters; a sheet name has at most 31. */
  {
    char *head = utf8_head (base, HP_XLSX_MAX_SHEET_NAME);

    g_free (base);
    base = head;
  }

  /* Cutting may have left an apostrophe (or a space) at the end. */
  while (*base != '\0' && strchr ("' ", base[strlen (base) - 1]) != NULL)
    base[strlen (base) - 1] = '\0';

  /* Excel keeps "History" for itself. */
  if (*base == '\0' || g_ascii_strcasecmp (base, "History") == 0)
    {
      const char *replacement = *base == '\0' ? "Sheet" : "History_";

      g_free (base);
      base = g_strdup (replacement);
    }

  if (!name_taken (base, taken))
    return g_steal_pointer (&base);

  for (guint n = 2; ; n++)
    {
      g_autofree char *suffix = g_strdup_printf (" (%u)", n);
      g_autofree char *head = utf8_head (base, HP_XLSX_MAX_SHEET_NAME - (glong) strlen (suffix));
      char *candidate = g_strconcat (head, suffix, NULL);

      if (!name_taken (candidate, taken))
        return candidate;
      g_free (candidate);
    }
}

/* Errors */

void
hp_xlsx_check (HpXlsx     *x,
               lxw_error   error,
               const char *sheet_name,
               guint       row,
               guint       col)
{
  char cell[32];

  if (error == LXW_NO_ERROR || x->error != LXW_NO_ERROR)
    return;

  x->error = error;
  lxw_rowcol_to_cell (cell, row, (lxw_col_t) col);
  x->error_where = g_strdup_printf ("%s!%s", sheet_name, cell);
}

static const char *
sheet_name_of (HpXlsx        *x,
               lxw_worksheet *sheet)
{
  return sheet->name != NULL ? sheet->name : "?";
}

/* Cells */

void
hp_xlsx_text (HpXlsx        *x,
              lxw_worksheet *sheet,
              guint          row,
              guint          col,
              const char    *text,
              lxw_format    *format,
              const char    *what)
{
  g_autofree char *valid = NULL;
  g_autofree char *cut = NULL;

  if (text == NULL || *text == '\0')
    {
      if (format != NULL)
        hp_xlsx_check (x, worksheet_write_blank (sheet, row, (lxw_col_t) col, format),
                       sheet_name_of (x, sheet), row, col);
      return;
    }

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  /* Short texts are checked by their bytes: 32,767 bytes never hold more
   * characters than that. */
  if (strlen (text) > HP_XLSX_MAX_CELL_CHARS)
    cut = hp_xlsx_cut_text (text, HP_XLSX_MAX_CELL_CHARS);
  if (cut != NULL)
    {
      x->n_cut++;
      if (x->n_cut <= MAX_CUT_NOTICES)
        {
          g_autofree char *marker = g_strstrip (g_strdup (_(" […cut]")));
          char cell[32];

          lxw_rowcol_to_cell (cell, row, (lxw_col_t) col);
          /* TRANSLATORS: the first %s says what the text is ("The notes
           * of position “p1”"), then the sheet and the cell ("Positions",
           * "O2"), then the marker that ends the cut text */
          g_ptr_array_add (x->notices,
                           g_strdup_printf (_("%s: longer than a spreadsheet cell holds (32,767 characters), "
                                              "so cell %s!%s has the text cut to fit, ending with “%s”."),
                                            what != NULL ? what : _("A text"), sheet_name_of (x, sheet), cell,
                                            marker));
        }
      text = cut;
    }

  /* worksheet_write_string () always writes a text cell, never a formula,
   * whatever the text starts with: “=1+2” stays the five characters. */
  hp_xlsx_check (x, worksheet_write_string (sheet, row, (lxw_col_t) col, text, format),
                 sheet_name_of (x, sheet), row, col);
}

/* The amount as the spreadsheet's number: a double.  Dividing two doubles
 * that hold the integers exactly gives the double nearest the exact decimal
 * (IEEE 754 rounds correctly), which is what reading the decimal text
 * would give; amounts are checked to have at most 15 digits
 * (hp_xlsx_check_limits), so every one is shown exactly. */
double
hp_xlsx_money_value (gint64 amount,
                     guint  digits)
{
  static const double scale[] = { 1.0, 10.0, 100.0, 1000.0, 10000.0 };

  g_return_val_if_fail (digits < G_N_ELEMENTS (scale), 0.0);

  return (double) amount / scale[digits];
}

void
hp_xlsx_money (HpXlsx        *x,
               lxw_worksheet *sheet,
               guint          row,
               guint          col,
               gint64         amount,
               lxw_format    *format)
{
  hp_xlsx_check (x, worksheet_write_number (sheet, row, (lxw_col_t) col,
                                            hp_xlsx_money_value (amount, x->digits),
                                            format != NULL ? format : x->money),
                 sheet_name_of (x, sheet), row, col);
}

void
hp_xlsx_integer (HpXlsx        *x,
                 lxw_worksheet *sheet,
                 guint          row,
                 guint          col,
                 gint64         value,
                 lxw_format    *format)
{
  hp_xlsx_check (x, worksheet_write_number (sheet, row, (lxw_col_t) col, (double) value,
                                            format != NULL ? format : x->count),
                 sheet_name_of (x, sheet), row, col);
}

void
hp_xlsx_month (HpXlsx        *x,
               lxw_worksheet *sheet,
               guint          row,
               guint          col,
               HpMonth        month,
               lxw_format    *format)
{
  lxw_datetime date = { 0 };

  if (month == HP_MONTH_NONE || !hp_month_is_valid (month))
    {
      hp_xlsx_text (x, sheet, row, col, NULL, format, NULL);
      return;
    }

  date.year = hp_month_get_year (month);
  date.month = hp_month_get_month (month);
  date.day = 1;
  hp_xlsx_check (x, worksheet_write_datetime (sheet, row, (lxw_col_t) col, &date,
                                              format != NULL ? format : x->month),
                 sheet_name_of (x, sheet), row, col);
}

void
hp_xlsx_sum (HpXlsx        *x,
             lxw_worksheet *sheet,
             guint          row,
             guint          col,
             guint          first_row,
             guint          last_row,
             guint          first_col,
             guint          last_col,
             gint64         amount,
             lxw_format    *format)
{
  char range[64];
  g_autofree char *formula = NULL;

  /* An empty range would read backwards: its sum is simply 0. */
  if (last_row < first_row || last_col < first_col)
    {
      hp_xlsx_money (x, sheet, row, col, amount, format);
      return;
    }

  lxw_rowcol_to_range (range, first_row, (lxw_col_t) first_col, last_row, (lxw_col_t) last_col);
  formula = g_strdup_printf ("=SUM(%s)", range);
  hp_xlsx_check (x, worksheet_write_formula_num (sheet, row, (lxw_col_t) col, formula,
                                                 format != NULL ? format : x->money_total,
                                                 hp_xlsx_money_value (amount, x->digits)),
                 sheet_name_of (x, sheet), row, col);
}

/* Number formats */

/* "$"#,##0.00 for USD, "¥"#,##0 for JPY, "KWD "#,##0.000 for KWD: the
 * symbol placed as hp_money_format () places it in the C locale, the
 * currency's own number of decimals. */
char *
hp_xlsx_money_format (const char *currency)
{
  guint digits = hp_currency_minor_digits (currency);
  const char *symbol = hp_currency_symbol (currency);
  g_autoptr(GString) format = g_string_new ("\"");

  for (const char *p = symbol; *p != '\0'; p++)
    if (*p != '"')
      g_string_append_c (format, *p);
  if (g_strcmp0 (symbol, currency) == 0)
    g_string_append_c (format, ' ');
  g_string_append (format, "\"#,##0");
  if (digits > 0)
    {
      g_string_append_c (format, '.');
      for (guint i = 0; i < digits; i++)
        g_string_append_c (format, '0');
    }

  return g_string_free (g_steal_pointer (&format), FALSE);
}

/* A column width, in characters, that shows @largest in full. */
guint
hp_xlsx_money_width (gint64      largest,
                     const char *currency)
{
  g_autofree char *text = hp_money_format (largest, currency, HP_MONEY_FORMAT_DEFAULT);

  return (guint) g_utf8_strlen (text, -1) + 3;
}
