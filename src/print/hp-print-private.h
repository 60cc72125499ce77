/* hp-print-private.h: what the parts of the printed summary share
 *
 * All sizes are in points: the print operation's unit, and the resolution
 * of the Pango context, so that "Sans 9" is 9 pt on paper.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-print.h"

G_BEGIN_DECLS

#define HP_PRINT_MAX_COLUMNS 12
#define HP_PRINT_CELL_PAD_X  4.5
#define HP_PRINT_PAIR_GAP    18.0  /* between two tables side by side */

typedef struct
{
  double r, g, b;
} HpPrintRgb;

extern const HpPrintRgb hp_print_ink;      /* text */
extern const HpPrintRgb hp_print_dim_ink;  /* labels, captions */
extern const HpPrintRgb hp_print_rule;     /* thin rules and borders */
extern const HpPrintRgb hp_print_fill;     /* table headers, cards */
extern const HpPrintRgb hp_print_stripe;   /* every other table row */
extern const HpPrintRgb hp_print_alert;    /* over budget */
extern const HpPrintRgb hp_print_good;     /* within budget */

void         hp_print_set_rgb     (cairo_t          *cr,
                                   const HpPrintRgb *color);

typedef enum
{
  HP_PRINT_TEXT_PLAIN   = 0,
  HP_PRINT_TEXT_NUMERIC = 1 << 0, /* tabular figures, right-aligned when given a width */
  HP_PRINT_TEXT_BOLD    = 1 << 1,
  HP_PRINT_TEXT_CENTER  = 1 << 2,
} HpPrintTextFlags;

/* A layout of plain text (never markup: plan text prints literally).
 * @size in points; @width <= 0 leaves it unwrapped, otherwise it wraps at
 * words, and with @max_lines > 0 ends in an ellipsis past that many lines. */
PangoLayout *hp_print_text        (PangoContext     *context,
                                   const char       *text,
                                   double            size,
                                   HpPrintTextFlags  flags,
                                   double            width,
                                   int               max_lines);
void         hp_print_text_size   (PangoLayout      *layout,
                                   double           *width,
                                   double           *height);
/* The height of a line of figures at @size: a chart's tick labels. */
double       hp_print_figure_line_height (PangoContext *context,
                                          double        size);
void         hp_print_show        (cairo_t          *cr,
                                   PangoLayout      *layout,
                                   double            x,
                                   double            y,
                                   const HpPrintRgb *color);
void         hp_print_hline       (cairo_t          *cr,
                                   double            x,
                                   double            y,
                                   double            width,
                                   double            line_width,
                                   const HpPrintRgb *color);

/* A table that fits a width: columns as wide as their widest cell, the
 * flexible ones (titles, locations) sharing the rest and wrapping; the font
 * shrinks a little when even that does not fit.  Splits between rows. */
typedef enum
{
  HP_PRINT_ROW_NORMAL,
  HP_PRINT_ROW_TOTAL,   /* bold, with a rule above */
} HpPrintRowStyle;

typedef struct
{
  char   *header;
  gboolean numeric;
  double  weight;    /* 0: as wide as its cells; > 0: a share of the rest */
  int     max_lines; /* of a flexible column's cells; 0: no limit */
  double  width;     /* computed by hp_print_table_fit() */
} HpPrintColumn;

typedef struct
{
  char           **cells;
  HpPrintRowStyle  style;
  gboolean         alert;  /* the last cell in the alert colour */
  double           height; /* computed */
} HpPrintRow;

typedef struct
{
  guint          n_columns;
  HpPrintColumn  columns[HP_PRINT_MAX_COLUMNS];
  GPtrArray     *rows;         /* of HpPrintRow* */
  gboolean       show_header;
  gboolean       plain;        /* no stripes or rules; labels (even columns) dim */
  double         font_size;
  double         width;        /* computed: the sum of the columns */
  double         header_height; /* computed */
} HpPrintTable;

HpPrintTable *hp_print_table_new      (guint            n_columns,
                                       double           font_size);
/* No header, no rules: facts, notes. */
HpPrintTable *hp_print_table_new_plain (guint           n_columns,
                                       double           font_size);
/* One line of text where a table would be, saying why there is none. */
HpPrintTable *hp_print_table_new_note (double           font_size,
                                       const char      *text);
void          hp_print_table_free     (HpPrintTable    *table);
void          hp_print_table_column   (HpPrintTable    *table,
                                       guint            column,
                                       const char      *header,
                                       gboolean         numeric,
                                       double           weight,
                                       int              max_lines);
/* Copies the n_columns strings that follow (NULL prints empty). */
HpPrintRow   *hp_print_table_add_row  (HpPrintTable    *table,
                                       HpPrintRowStyle  style,
                                       ...);
void          hp_print_table_fit      (HpPrintTable    *table,
                                       PangoContext    *context,
                                       double           width);
double        hp_print_table_natural_width (HpPrintTable *table,
                                       PangoContext    *context);
double        hp_print_table_height   (HpPrintTable    *table,
                                       guint            first_row,
                                       guint            n_rows);
void          hp_print_table_draw     (HpPrintTable    *table,
                                       PangoContext    *context,
                                       cairo_t         *cr,
                                       double           x,
                                       double           y,
                                       guint            first_row,
                                       guint            n_rows);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpPrintTable, hp_print_table_free)

/* The document: a flow of items that the pagination places on pages. */
typedef enum
{
  HP_PRINT_ITEM_TITLE,   /* the plan's title */
  HP_PRINT_ITEM_TOTALS,  /* the key figures, as cards */
  HP_PRINT_ITEM_TABLE,   /* splits between rows, header repeated */
  HP_PRINT_ITEM_PAIR,    /* two tables side by side, not split */
  HP_PRINT_ITEM_CHART,   /* the monthly chart */
  HP_PRINT_ITEM_DIFF_CHART, /* the comparison's chart of both plans */
} HpPrintItemKind;

typedef struct
{
  HpPrintItemKind  kind;
  char            *heading;   /* NULL for none */
  char            *heading2;  /* the second table's, in a pair */
  HpPrintTable    *table;
  HpPrintTable    *table2;
  double           height;    /* of what is below the heading */
  double           min_height; /* > 0: it may shrink to this to fit a page (the chart) */
  gboolean         wide;      /* on the wide pages */
  double           split;     /* the first table's share of a pair's width */
  gboolean         new_page;  /* starts a page of its own (a section) */
} HpPrintItem;

typedef struct
{
  HpPlan       *plan;
  HpCatalog    *catalog;     /* may be NULL */
  HpSummary    *summary;     /* from begin-print to end-print */
  PangoContext *context;
  char         *title;       /* the plan's, or "Untitled plan" */
  char         *scenario_name;  /* the scenario printed, or NULL for the baseline */
  char         *scenario_notes; /* its notes, or NULL */
  char         *printed;     /* today, in the user's locale */
  double        width;       /* of the printable area */
  double        height;      /* of the printable area above the footer */
  /* The positions and warnings go on wide pages: the paper turned to
   * landscape when the page setup is portrait, for their many columns. */
  double        narrow_width;
  double        narrow_height;
  double        wide_width;
  double        wide_height;
  gboolean      rotate_wide; /* the wide pages turn the paper */
  gboolean      building_wide; /* new items go on the wide pages */
  GPtrArray    *items;       /* of HpPrintItem* */
  GPtrArray    *pages;       /* of HpPrintPage* */
  HpPrintItem  *warnings;    /* the warnings' item, to refer to */
  guint         warnings_page; /* 1-based, 0 until paginated */
  /* The comparison shown in the window, printed after the plan: the
   * plans compared and their names, and from begin-print to end-print
   * their diff and its chart (hp-print-compare.c). */
  HpPlan       *compare_from;
  HpPlan       *compare_to;
  char         *compare_from_name;
  char         *compare_to_name;
  HpPlanDiff   *diff;
  HpChartModel *diff_chart;
} HpPrintDoc;

/* hp-print-content.c */
void    hp_print_doc_build     (HpPrintDoc  *doc);
void    hp_print_doc_use_wide  (HpPrintDoc  *doc,
                                gboolean     wide);
void    hp_print_item_free     (HpPrintItem *item);
HpPrintItem *hp_print_doc_add_item (HpPrintDoc    *doc,
                                HpPrintItemKind  kind,
                                const char      *heading);

/* hp-print-compare.c */
void    hp_print_doc_build_comparison (HpPrintDoc *doc);
char   *hp_print_money         (HpPrintDoc  *doc,
                                gint64       amount);
char   *hp_print_total_money   (HpPrintDoc  *doc,
                                gint64       amount); /* "Too large to compute" on overflow */
char   *hp_print_period_text   (HpPrintDoc  *doc);    /* "Jan 2027 – Dec 2027, 12 months" */

/* hp-print-month-labels.c: under a chart's plot, from @y. */
void    hp_print_draw_month_labels (cairo_t            *cr,
                                    PangoContext       *context,
                                    const HpChartModel *model,
                                    double              size,
                                    const HpChartInk   *text_ink,
                                    const HpChartInk   *year_ink,
                                    double              plot_x,
                                    double              plot_w,
                                    double              y,
                                    double              min_x,
                                    double              max_x);

/* hp-print-blocks.c */
double  hp_print_heading_height (HpPrintDoc *doc,
                                 const char *heading);
void    hp_print_draw_heading  (HpPrintDoc  *doc,
                                cairo_t     *cr,
                                const char  *heading,
                                double       x,
                                double       y,
                                double       width);
/* A title, totals or chart item: measured when @cr is NULL, else drawn
 * at @y (the chart @height tall).  Returns its height. */
double  hp_print_draw_block    (HpPrintDoc  *doc,
                                HpPrintItem *item,
                                cairo_t     *cr,
                                double       y,
                                double       height);

G_END_DECLS
