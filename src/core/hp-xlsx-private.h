/* hp-xlsx-private.h: what the sheets of the workbook export share
 *
 * hp-plan-xlsx.c opens the workbook and writes each sheet of its table
 * through a HpXlsxSheetFunc (hp-xlsx-summary.c, hp-xlsx-positions.c,
 * hp-xlsx-months.c, hp-xlsx-scenarios.c); a new sheet is one more function
 * and one more line in that table.  The cell writers below (hp-xlsx-cells.c) type every cell,
 * keep every text within Excel's limits and remember the first error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <xlsxwriter.h>

#include "hp-plan-diff.h"
#include "hp-plan-xlsx.h"
#include "hp-summary.h"

G_BEGIN_DECLS

typedef enum
{
  HP_XLSX_SHEET_SUMMARY,
  HP_XLSX_SHEET_POSITIONS,
  HP_XLSX_SHEET_MONTHS,
  HP_XLSX_SHEET_SCENARIOS,   /* only when the plan has scenarios */
  HP_XLSX_N_SHEETS,
} HpXlsxSheet;

typedef struct
{
  lxw_workbook *workbook;
  HpPlan       *plan;
  HpSummary    *summary;
  const char   *currency;
  guint         digits;       /* the currency's minor digits */
  GPtrArray    *scenarios;    /* hp_plan_diff_scenarios (), or NULL: no scenarios */

  /* The sheets' names as written (translated, made legal); NULL for a
   * sheet the workbook does not have. */
  char         *sheet_names[HP_XLSX_N_SHEETS];

  lxw_format   *heading;      /* a sheet's title */
  lxw_format   *header;       /* a table's header row */
  lxw_format   *header_month; /* a header cell that is a month */
  lxw_format   *label;        /* a bold text cell */
  lxw_format   *wrap;         /* a paragraph */
  lxw_format   *money;
  lxw_format   *money_total;
  lxw_format   *count;
  lxw_format   *count_total;
  lxw_format   *month;
  lxw_format   *percent;

  guint         n_cut;        /* texts cut to a cell's limit */
  GPtrArray    *notices;      /* of char*, for the caller */
  GCancellable *cancellable;  /* nullable; checked between rows of positions */
  gboolean      cancelled;
  lxw_error     error;        /* the writer's first error, or LXW_NO_ERROR */
  char         *error_where;  /* where it happened */
} HpXlsx;

typedef void (*HpXlsxSheetFunc) (HpXlsx        *x,
                                 lxw_worksheet *sheet);

void    hp_xlsx_write_summary_sheet   (HpXlsx        *x,
                                       lxw_worksheet *sheet);
void    hp_xlsx_write_positions_sheet (HpXlsx        *x,
                                       lxw_worksheet *sheet);
void    hp_xlsx_write_months_sheet    (HpXlsx        *x,
                                       lxw_worksheet *sheet);
void    hp_xlsx_write_scenarios_sheet (HpXlsx        *x,
                                       lxw_worksheet *sheet);

/* Checks, before anything is written, that the plan fits in a workbook:
 * rows in a sheet, and figures a spreadsheet's numbers hold exactly. */
gboolean hp_xlsx_check_limits         (guint          n_positions,
                                       HpSummary     *summary,
                                       GError       **error);
/* FALSE with @error set when @amount has more than 15 digits; @what names
 * the figure ("the period cost"). */
gboolean hp_xlsx_figure_fits          (gint64         amount,
                                       const char    *currency,
                                       const char    *what,
                                       GError       **error);
/* The comparisons the Scenarios sheet shows (hp_plan_diff_scenarios ()),
 * checked to fit in a spreadsheet's numbers; *@out_diffs is NULL for a
 * plan without scenarios. */
gboolean hp_xlsx_compute_scenarios    (HpPlan         *plan,
                                       GPtrArray     **out_diffs,
                                       GError        **error);

/* For tests: @before_close is called with the temporary file's path just
 * before libxlsxwriter writes the workbook into it, so that a test can
 * make that write fail.  For a worker (HpDocument's export):
 * @cancellable, nullable, stops the write between rows of the Positions
 * sheet with G_IO_ERROR_CANCELLED, nothing written. */
typedef struct
{
  void         (*before_close) (const char *temp_path,
                                gpointer    data);
  gpointer       data;
  GCancellable  *cancellable;
} HpXlsxOptions;

gboolean hp_plan_write_xlsx_full      (HpPlan               *plan,
                                       HpCatalog            *catalog,
                                       const char           *path,
                                       const HpXlsxOptions  *options,
                                       char               ***out_notices,
                                       GError              **error);

/* Cells (hp-xlsx-cells.c).  Each records the first error in @x. */
void    hp_xlsx_check      (HpXlsx        *x,
                            lxw_error      error,
                            const char    *sheet_name,
                            guint          row,
                            guint          col);
void    hp_xlsx_text       (HpXlsx        *x,
                            lxw_worksheet *sheet,
                            guint          row,
                            guint          col,
                            const char    *text,
                            lxw_format    *format,
                            const char    *what); /* for the notice when cut; NULL: never cut silently */
void    hp_xlsx_money      (HpXlsx        *x,
                            lxw_worksheet *sheet,
                            guint          row,
                            guint          col,
                            gint64         amount,
                            lxw_format    *format);
void    hp_xlsx_integer    (HpXlsx        *x,
                            lxw_worksheet *sheet,
                            guint          row,
                            guint          col,
                            gint64         value,
                            lxw_format    *format);
void    hp_xlsx_month      (HpXlsx        *x,
                            lxw_worksheet *sheet,
                            guint          row,
                            guint          col,
                            HpMonth        month,
                            lxw_format    *format);
/* =SUM(first:last) of column @col, rows @first_row to @last_row, with
 * @amount (the core's exact figure) stored as its result. */
void    hp_xlsx_sum        (HpXlsx        *x,
                            lxw_worksheet *sheet,
                            guint          row,
                            guint          col,
                            guint          first_row,
                            guint          last_row,
                            guint          first_col,
                            guint          last_col,
                            gint64         amount,
                            lxw_format    *format);

double  hp_xlsx_money_value  (gint64       amount,
                              guint        digits);
char   *hp_xlsx_money_format (const char  *currency);
guint   hp_xlsx_money_width  (gint64       largest,
                              const char  *currency);

G_END_DECLS
