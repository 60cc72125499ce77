/* hp-print.h: a plan's summary on paper, or in a PDF, for finance review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-catalog.h"
#include "hp-chart-model.h"
#include "hp-plan.h"
#include "hp-summary.h"

G_BEGIN_DECLS

/* A print operation for @plan, ready for gtk_print_operation_run() with
 * either the print dialog or an export filename: job name, unit (points),
 * the locale's default paper (A4 or Letter) with 15 mm margins, the page
 * setup embedded in the dialog, and the pages computed in begin-print from
 * the plan as it is then.  @catalog (may be NULL) adds the role warnings.
 *
 * Page 1 (portrait) holds the plan, its assumptions, the key figures, cost
 * by level and by quarter and the monthly chart; the positions and the
 * warnings follow on pages turned to landscape.  Its print settings only
 * name the output file after the plan ("Print to File"): replacing them
 * with the user's saved settings is fine. */
GtkPrintOperation *hp_print_operation_new  (HpPlan      *plan,
                                            HpCatalog   *catalog);

/* Adds the comparison of @from (named @from_name) with @to after the
 * plan's pages: the headline changes, the chart of both plans' monthly
 * cost and the changed positions, old → new, computed when printing
 * begins.  NULL plans print no comparison. */
void               hp_print_operation_set_comparison (GtkPrintOperation *operation,
                                            HpPlan      *from,
                                            const char  *from_name,
                                            HpPlan      *to,
                                            const char  *to_name);

/* Prints the plan as the scenario @name of its file rather than as a
 * baseline: a line "Scenario: NAME" under the title, the scenario's @notes
 * (nullable) after it, and the name beside the title in every page's
 * footer, the job's name and "Print to File"'s.  A NULL @name prints the
 * baseline, as without this call. */
void               hp_print_operation_set_scenario (GtkPrintOperation *operation,
                                            const char  *name,
                                            const char  *notes);

/* Runs @operation, made by hp_print_operation_new() and set up with the
 * calls above, to a PDF at @pdf_path (a filename in the GLib filename
 * encoding) without a dialog, synchronously: what Print would print.
 * The file is replaced only when the whole document was written. */
gboolean           hp_print_operation_export_pdf (GtkPrintOperation *operation,
                                            const char  *pdf_path,
                                            GError     **error);

typedef struct
{
  HpPlan     *from;
  const char *from_name;
  HpPlan     *to;
  const char *to_name;
} HpPrintComparison;

/* Writes the summary to @pdf_path (a filename in the GLib filename
 * encoding) without a dialog, synchronously.  The file is replaced only
 * when the whole document was written.  Needs neither a display nor
 * gtk_init(). */
gboolean           hp_print_to_pdf         (HpPlan      *plan,
                                            HpCatalog   *catalog,
                                            const char  *pdf_path,
                                            GError     **error);

/* The same, with @comparison (nullable) after the plan's pages. */
gboolean           hp_print_to_pdf_full    (HpPlan                  *plan,
                                            HpCatalog               *catalog,
                                            const HpPrintComparison *comparison,
                                            const char              *pdf_path,
                                            GError                 **error);

/* The monthly chart as the summary pane draws it (bars stacked by level,
 * the headcount line, both scales, month labels and a legend), into the
 * rectangle @x, @y, @width, @height of @cr in points, with layouts from
 * @context.  Used for the printed page; works on any cairo surface. */
void               hp_print_draw_chart     (cairo_t         *cr,
                                            PangoContext    *context,
                                            const HpSummary *summary,
                                            double           x,
                                            double           y,
                                            double           width,
                                            double           height);

/* The colours and type sizes (in points) of the comparison chart. */
typedef struct
{
  double r, g, b, a;
} HpChartInk;

typedef struct
{
  HpChartInk text;
  HpChartInk dim;        /* axis titles, tick labels, years */
  HpChartInk grid;
  HpChartInk axis;
  HpChartInk series[2];  /* the plan compared from, the plan compared to */
  double     tick_size;
  double     legend_size;
} HpChartInks;

extern const HpChartInks hp_print_paper_inks;

/* The two-plan form of the chart model (hp_chart_model_new_two_plans())
 * as pairs of bars, one pair a month, with their scale, month labels and
 * a legend naming both plans, into the rectangle @x, @y, @width, @height
 * of @cr; the comparison window draws it too, in its theme's @inks. */
void               hp_print_draw_diff_chart (cairo_t            *cr,
                                             PangoContext       *context,
                                             const HpChartModel *model,
                                             const HpChartInks  *inks,
                                             double              x,
                                             double              y,
                                             double              width,
                                             double              height);

G_END_DECLS
