/* hp-print-table.c
 *
 * Text and tables for the printed summary.  Every string goes through
 * pango_layout_set_text(): titles, locations and notes from a plan are
 * plain text and print literally, "<b>" and "&" included.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-print"

#include "config.h"

#include <math.h>
#include <stdarg.h>

#include "hp-print-private.h"

#define FONT_FAMILY     "Sans"
#define CELL_PAD_X      HP_PRINT_CELL_PAD_X
#define CELL_PAD_Y      2.6
#define HEADER_SHRINK   0.5   /* the header's font is this much smaller */
#define MIN_FONT_SIZE   6.0
#define FONT_STEP       0.5
#define MIN_FLEX_WIDTH  56.0  /* a flexible column wraps down to this */

/* GNOME palette: dark 4, dark 2, light 4, light 2, red 4, green 5. */
const HpPrintRgb hp_print_ink = { 0x24 / 255., 0x1f / 255., 0x31 / 255. };
const HpPrintRgb hp_print_dim_ink = { 0x5e / 255., 0x5c / 255., 0x64 / 255. };
const HpPrintRgb hp_print_rule = { 0xc0 / 255., 0xbf / 255., 0xbc / 255. };
const HpPrintRgb hp_print_fill = { 0xed / 255., 0xec / 255., 0xea / 255. };
const HpPrintRgb hp_print_stripe = { 0xf7 / 255., 0xf6 / 255., 0xf5 / 255. };
const HpPrintRgb hp_print_alert = { 0xc0 / 255., 0x1c / 255., 0x28 / 255. };
const HpPrintRgb hp_print_good = { 0x26 / 255., 0xa2 / 255., 0x69 / 255. };

void
hp_print_set_rgb (cairo_t          *cr,
                  const HpPrintRgb *color)
{
  cairo_set_source_rgb (cr, color->r, color->g, color->b);
}

PangoLayout *
hp_print_text (PangoContext     *context,
               const char       *text,
               double            size,
               HpPrintTextFlags  flags,
               double            width,
               int               max_lines)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, FONT_FAMILY);
  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE + 0.5));
  if (flags & HP_PRINT_TEXT_BOLD)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  if (flags & HP_PRINT_TEXT_NUMERIC)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  /* Plain text, never markup. */
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      if (max_lines > 0)
        {
          pango_layout_set_height (layout, -max_lines);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
        }
      if (flags & HP_PRINT_TEXT_CENTER)
        pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      else if (flags & HP_PRINT_TEXT_NUMERIC)
        pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
    }

  return layout;
}

void
hp_print_text_size (PangoLayout *layout,
                    double      *width,
                    double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

double
hp_print_figure_line_height (PangoContext *context,
                             double        size)
{
  g_autoptr(PangoLayout) layout = hp_print_text (context, "0", size, HP_PRINT_TEXT_NUMERIC, -1, 0);
  double height;

  hp_print_text_size (layout, NULL, &height);
  return height;
}

void
hp_print_show (cairo_t          *cr,
               PangoLayout      *layout,
               double            x,
               double            y,
               const HpPrintRgb *color)
{
  hp_print_set_rgb (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

void
hp_print_hline (cairo_t          *cr,
                double            x,
                double            y,
                double            width,
                double            line_width,
                const HpPrintRgb *color)
{
  hp_print_set_rgb (cr, color);
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + width, y);
  cairo_stroke (cr);
}

/* Tables */

static void
row_free (HpPrintRow *row)
{
  g_strfreev (row->cells);
  g_free (row);
}

HpPrintTable *
hp_print_table_new (guint  n_columns,
                    double font_size)
{
  HpPrintTable *table;

  g_return_val_if_fail (n_columns > 0 && n_columns <= HP_PRINT_MAX_COLUMNS, NULL);

  table = g_new0 (HpPrintTable, 1);
  table->n_columns = n_columns;
  table->font_size = font_size;
  table->show_header = TRUE;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);

  return table;
}

HpPrintTable *
hp_print_table_new_plain (guint  n_columns,
                          double font_size)
{
  HpPrintTable *table = hp_print_table_new (n_columns, font_size);

  table->show_header = FALSE;
  table->plain = TRUE;
  return table;
}

HpPrintTable *
hp_print_table_new_note (double      font_size,
                         const char *text)
{
  HpPrintTable *table = hp_print_table_new_plain (1, font_size);

  hp_print_table_add_row (table, HP_PRINT_ROW_NORMAL, text);
  return table;
}

void
hp_print_table_free (HpPrintTable *table)
{
  if (table == NULL)
    return;

  for (guint c = 0; c < table->n_columns; c++)
    g_free (table->columns[c].header);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

void
hp_print_table_column (HpPrintTable *table,
                       guint         column,
                       const char   *header,
                       gboolean      numeric,
                       double        weight,
                       int           max_lines)
{
  HpPrintColumn *col;

  g_return_if_fail (column < table->n_columns);

  col = &table->columns[column];
  g_free (col->header);
  col->header = g_strdup (header != NULL ? header : "");
  col->numeric = numeric;
  col->weight = MAX (weight, 0);
  col->max_lines = max_lines;
}

HpPrintRow *
hp_print_table_add_row (HpPrintTable    *table,
                        HpPrintRowStyle  style,
                        ...)
{
  HpPrintRow *row = g_new0 (HpPrintRow, 1);
  va_list args;

  row->style = style;
  row->cells = g_new0 (char *, table->n_columns + 1);

  va_start (args, style);
  for (guint c = 0; c < table->n_columns; c++)
    {
      const char *text = va_arg (args, const char *);

      row->cells[c] = g_strdup (text != NULL ? text : "");
    }
  va_end (args);

  g_ptr_array_add (table->rows, row);

  return row;
}

static HpPrintRow *
row_at (HpPrintTable *table,
        guint         index)
{
  return g_ptr_array_index (table->rows, index);
}

static HpPrintTextFlags
cell_flags (HpPrintTable *table,
            guint         column,
            gboolean      bold)
{
  return (table->columns[column].numeric ? HP_PRINT_TEXT_NUMERIC : 0) | (bold ? HP_PRINT_TEXT_BOLD : 0);
}

/* A cell as it is drawn, wrapped to its column (unwrapped when the column
 * has no width yet). */
static PangoLayout *
cell_layout (HpPrintTable *table,
             PangoContext *context,
             guint         column,
             const char   *text,
             gboolean      header,
             gboolean      bold)
{
  HpPrintColumn *col = &table->columns[column];
  double width = col->width > 0 ? col->width - 2 * CELL_PAD_X : -1;

  if (header)
    return hp_print_text (context, text, table->font_size - HEADER_SHRINK, cell_flags (table, column, TRUE), width, 0);

  return hp_print_text (context, text, table->font_size, cell_flags (table, column, bold), width,
                        col->weight > 0 ? col->max_lines : 0);
}

static double
text_width (PangoContext     *context,
            const char       *text,
            double            size,
            HpPrintTextFlags  flags)
{
  g_autoptr(PangoLayout) layout = hp_print_text (context, text, size, flags, -1, 0);
  double width;

  hp_print_text_size (layout, &width, NULL);

  return width;
}

/* The least width that holds a header in two lines, broken between words
 * (or its longest word, when that is wider). */
static double
two_line_width (PangoContext     *context,
                const char       *text,
                double            size,
                HpPrintTextFlags  flags)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);
  double best;

  best = text_width (context, text, size, flags);
  for (guint k = 1; k < n; k++)
    {
      g_autofree char *first = NULL;
      g_autofree char *second = g_strjoinv (" ", words + k);
      char *saved = words[k];

      /* The words before k: cut the vector there for a moment. */
      words[k] = NULL;
      first = g_strjoinv (" ", words);
      words[k] = saved;

      best = MIN (best, MAX (text_width (context, first, size, flags), text_width (context, second, size, flags)));
    }

  for (guint i = 0; i < n; i++)
    best = MAX (best, text_width (context, words[i], size, flags));

  return best;
}

/* Sets the columns' widths for @width at the current font size.  Fixed
 * columns take their widest cell (and their header, whole or, with
 * @wrap_headers, in two lines); flexible ones share the rest, and
 * @squeezed says when that is less than they would take unwrapped.  With
 * @force everything is scaled into @width, however cramped. */
static gboolean
try_fit (HpPrintTable *table,
         PangoContext *context,
         double        width,
         gboolean      wrap_headers,
         gboolean      force,
         gboolean     *squeezed)
{
  double nat[HP_PRINT_MAX_COLUMNS], min[HP_PRINT_MAX_COLUMNS];
  double fixed = 0, flex_min = 0, flex_nat = 0, flex_weight = 0, rest;

  for (guint c = 0; c < table->n_columns; c++)
    {
      HpPrintColumn *col = &table->columns[c];
      double cells = 0, head = 0, head_word = 0;

      for (guint r = 0; r < table->rows->len; r++)
        {
          HpPrintRow *row = row_at (table, r);

          cells = MAX (cells, text_width (context, row->cells[c], table->font_size,
                                          cell_flags (table, c, row->style == HP_PRINT_ROW_TOTAL)));
        }

      if (table->show_header)
        {
          HpPrintTextFlags flags = cell_flags (table, c, TRUE);

          head = text_width (context, col->header, table->font_size - HEADER_SHRINK, flags);
          head_word = two_line_width (context, col->header, table->font_size - HEADER_SHRINK, flags);
        }

      nat[c] = ceil (MAX (cells, wrap_headers ? head_word : head) + 2 * CELL_PAD_X);
      if (col->weight > 0)
        {
          min[c] = ceil (MAX (MIN (cells, MIN_FLEX_WIDTH), head_word) + 2 * CELL_PAD_X);
          flex_min += min[c];
          flex_nat += nat[c];
          flex_weight += col->weight;
        }
      else
        {
          min[c] = nat[c];
          fixed += nat[c];
        }
    }

  rest = width - fixed;
  if (squeezed != NULL)
    *squeezed = flex_nat > rest;
  if (rest < flex_min && !force)
    return FALSE;

  for (guint c = 0; c < table->n_columns; c++)
    {
      HpPrintColumn *col = &table->columns[c];

      if (rest < flex_min)
        col->width = min[c] * width / (fixed + flex_min);
      else if (col->weight <= 0)
        col->width = nat[c];
      else if (flex_nat <= rest)
        col->width = nat[c] + (rest - flex_nat) * col->weight / flex_weight;
      else
        col->width = min[c] + (rest - flex_min) * (nat[c] - min[c]) / (flex_nat - flex_min);
    }

  return TRUE;
}

double
hp_print_table_natural_width (HpPrintTable *table,
                              PangoContext *context)
{
  double width = 0;

  g_return_val_if_fail (table != NULL, 0);

  try_fit (table, context, G_MAXINT32, FALSE, FALSE, NULL);
  for (guint c = 0; c < table->n_columns; c++)
    if (table->columns[c].weight <= 0)
      width += table->columns[c].width;

  /* The flexible columns took the rest of a huge width: measure them
   * without it. */
  for (guint c = 0; c < table->n_columns; c++)
    if (table->columns[c].weight > 0)
      {
        double cells = table->show_header
                       ? text_width (context, table->columns[c].header, table->font_size - HEADER_SHRINK,
                                     cell_flags (table, c, TRUE))
                       : 0;

        for (guint r = 0; r < table->rows->len; r++)
          cells = MAX (cells, text_width (context, row_at (table, r)->cells[c], table->font_size,
                                          cell_flags (table, c, row_at (table, r)->style == HP_PRINT_ROW_TOTAL)));
        width += ceil (cells + 2 * CELL_PAD_X);
      }

  return width;
}

void
hp_print_table_fit (HpPrintTable *table,
                    PangoContext *context,
                    double        width)
{
  g_return_if_fail (table != NULL);

  /* A plain table's text lines up with the heading above it. */
  if (table->plain)
    width += CELL_PAD_X;

  /* Headers wrap ("Monthly cost / per head") only when that leaves the
   * titles more room. */
  for (;;)
    {
      gboolean squeezed = FALSE;

      if (try_fit (table, context, width, FALSE, FALSE, &squeezed) && !squeezed)
        break;
      if (try_fit (table, context, width, TRUE, FALSE, NULL))
        break;
      if (table->font_size - FONT_STEP < MIN_FONT_SIZE)
        {
          try_fit (table, context, width, TRUE, TRUE, NULL);
          break;
        }
      table->font_size -= FONT_STEP;
    }

  table->width = 0;
  table->header_height = 0;
  for (guint c = 0; c < table->n_columns; c++)
    {
      table->width += table->columns[c].width;
      if (table->show_header)
        {
          g_autoptr(PangoLayout) layout = cell_layout (table, context, c, table->columns[c].header, TRUE, TRUE);
          double h;

          hp_print_text_size (layout, NULL, &h);
          table->header_height = MAX (table->header_height, h + 2 * CELL_PAD_Y);
        }
    }

  for (guint r = 0; r < table->rows->len; r++)
    {
      HpPrintRow *row = row_at (table, r);

      row->height = 0;
      for (guint c = 0; c < table->n_columns; c++)
        {
          g_autoptr(PangoLayout) layout = cell_layout (table, context, c, row->cells[c], FALSE,
                                                       row->style == HP_PRINT_ROW_TOTAL);
          double h;

          hp_print_text_size (layout, NULL, &h);
          row->height = MAX (row->height, h);
        }
      row->height += 2 * CELL_PAD_Y;
    }
}

double
hp_print_table_height (HpPrintTable *table,
                       guint         first_row,
                       guint         n_rows)
{
  double height = table->show_header ? table->header_height : 0;

  for (guint r = first_row; r < first_row + n_rows && r < table->rows->len; r++)
    height += row_at (table, r)->height;

  return height;
}

void
hp_print_table_draw (HpPrintTable *table,
                     PangoContext *context,
                     cairo_t      *cr,
                     double        x,
                     double        y,
                     guint         first_row,
                     guint         n_rows)
{
  g_return_if_fail (first_row + n_rows <= table->rows->len);

  cairo_save (cr);

  if (table->plain)
    x -= CELL_PAD_X;

  if (table->show_header)
    {
      double cx = x;

      hp_print_set_rgb (cr, &hp_print_fill);
      cairo_rectangle (cr, x, y, table->width, table->header_height);
      cairo_fill (cr);

      for (guint c = 0; c < table->n_columns; c++)
        {
          g_autoptr(PangoLayout) layout = cell_layout (table, context, c, table->columns[c].header, TRUE, TRUE);

          hp_print_show (cr, layout, cx + CELL_PAD_X, y + CELL_PAD_Y, &hp_print_dim_ink);
          cx += table->columns[c].width;
        }

      y += table->header_height;
      hp_print_hline (cr, x, y, table->width, 0.8, &hp_print_ink);
    }

  for (guint r = first_row; r < first_row + n_rows; r++)
    {
      HpPrintRow *row = row_at (table, r);
      gboolean total = row->style == HP_PRINT_ROW_TOTAL;
      double cx = x;

      /* Stripes follow the row's place in the whole table, so they do not
       * restart on a continued page. */
      if (!total && !table->plain && r % 2 == 1)
        {
          hp_print_set_rgb (cr, &hp_print_stripe);
          cairo_rectangle (cr, x, y, table->width, row->height);
          cairo_fill (cr);
        }

      for (guint c = 0; c < table->n_columns; c++)
        {
          g_autoptr(PangoLayout) layout = cell_layout (table, context, c, row->cells[c], FALSE, total);
          const HpPrintRgb *color = &hp_print_ink;

          if (row->alert && c == table->n_columns - 1)
            color = &hp_print_alert;
          else if (table->plain && c % 2 == 0 && table->n_columns > 1)
            color = &hp_print_dim_ink;

          hp_print_show (cr, layout, cx + CELL_PAD_X, y + CELL_PAD_Y, color);
          cx += table->columns[c].width;
        }

      if (total)
        hp_print_hline (cr, x, y, table->width, 0.8, &hp_print_ink);

      y += row->height;
    }

  if (!table->plain)
    hp_print_hline (cr, x, y, table->width, 0.5, &hp_print_rule);

  cairo_restore (cr);
}
