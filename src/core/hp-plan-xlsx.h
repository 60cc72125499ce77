/* hp-plan-xlsx.h: a plan as an Excel workbook for finance
 *
 * The workbook has a Summary sheet (the plan's facts, the costing rules,
 * the headline figures, tables by level, status and quarter, the
 * warnings), a Positions sheet (a typed row per position with its cost in
 * each month, a Total row of SUM formulas with their exact results stored)
 * a Months sheet (headcount and cost per month, with a native chart of
 * the cost stacked by level), and, when the plan has scenarios, a
 * Scenarios sheet (each one's headline figures and differences from the
 * baseline, and its monthly costs).  Every figure is the core's summary
 * (hp-summary.h) or diff (hp-plan-diff.h), never computed again here.  docs/plan-format.md says
 * more.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hp-catalog.h"
#include "hp-plan.h"

G_BEGIN_DECLS

/* Excel's limits: characters in a cell, rows in a sheet, characters in a
 * sheet name. */
#define HP_XLSX_MAX_CELL_CHARS  32767
#define HP_XLSX_MAX_ROWS        1048576
#define HP_XLSX_MAX_SHEET_NAME  31

/* The Positions sheet has a header row and a Total row besides them. */
#define HP_XLSX_MAX_POSITIONS   (HP_XLSX_MAX_ROWS - 2)

/* Writes the workbook to @path through hp_file_replace: on any error the
 * old file stays as it was and no new file is left.  Errors: HP_ERROR_RANGE
 * for a plan beyond what a spreadsheet holds (too many positions, figures
 * beyond 15 significant digits), G_FILE_ERROR for the disk, HP_ERROR_INVALID
 * when the writer fails.
 *
 * @out_notices (nullable) receives NULL, or a NULL-terminated list of
 * sentences about what the workbook could not hold as it is (a note cut to
 * a cell's limit, ...); the export succeeded all the same. */
gboolean  hp_plan_write_xlsx        (HpPlan      *plan,
                                     HpCatalog   *catalog,
                                     const char  *path,
                                     char      ***out_notices,
                                     GError     **error);

/* @name as a legal sheet name: at most 31 characters, none of []:*?/\, not
 * starting or ending with an apostrophe, not empty, not "History".  When
 * @taken (nullable, a NULL-terminated list) already holds the result in
 * any case, " (2)", " (3)", ... is added within the 31 characters. */
char     *hp_xlsx_sheet_name        (const char         *name,
                                     const char * const *taken);

/* @text cut to at most @max_units UTF-16 code units (Excel's measure)
 * without splitting a character, ending with a visible marker; NULL when it
 * fits as it is. */
char     *hp_xlsx_cut_text          (const char  *text,
                                     gsize        max_units);

G_END_DECLS
