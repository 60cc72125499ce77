/* hp-print.c
 *
 * Printing and PDF export of a plan's summary with GtkPrintOperation.  The
 * same operation serves the print dialog and a silent export: begin-print
 * computes the summary, lays the document out for the page it is given and
 * sets the number of pages; draw-page draws one page from that layout, so
 * the "of M" in each footer is known before the first page is drawn.
 *
 * The positions table has eleven columns: its pages (and the warnings
 * after it) turn the paper to landscape through request-page-setup when
 * the page setup is portrait.  The summary pages keep the page setup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-print"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "hp-file-replace.h"
#include "hp-print-private.h"

#define MARGIN_MM        15.0
#define FOOTER_HEIGHT    22.0  /* kept free at the foot of every page for the footer */
#define FOOTER_SIZE      7.5
#define SECTION_GAP      14.0  /* between two items on a page */
#define MIN_ROWS_TO_START 3    /* of a table, with its heading and header */

typedef struct
{
  HpPrintItem *item;
  double       y;
  double       height;    /* of a block, below its heading */
  guint        first_row;
  guint        n_rows;
  gboolean     continued;
} Placement;

typedef struct
{
  GArray   *placements;   /* of Placement */
  gboolean  wide;
} HpPrintPage;

static void
page_free (HpPrintPage *page)
{
  g_array_unref (page->placements);
  g_free (page);
}

static void
doc_clear (HpPrintDoc *doc)
{
  g_clear_pointer (&doc->summary, hp_summary_free);
  g_clear_object (&doc->context);
  g_clear_pointer (&doc->printed, g_free);
  g_clear_pointer (&doc->items, g_ptr_array_unref);
  g_clear_pointer (&doc->pages, g_ptr_array_unref);
  g_clear_pointer (&doc->diff, hp_plan_diff_free);
  g_clear_pointer (&doc->diff_chart, hp_chart_model_free);
  doc->warnings = NULL;
  doc->warnings_page = 0;
}

static void
doc_free (HpPrintDoc *doc)
{
  doc_clear (doc);
  g_clear_object (&doc->plan);
  g_clear_object (&doc->catalog);
  g_clear_object (&doc->compare_from);
  g_clear_object (&doc->compare_to);
  g_free (doc->compare_from_name);
  g_free (doc->compare_to_name);
  g_free (doc->title);
  g_free (doc->scenario_name);
  g_free (doc->scenario_notes);
  g_free (doc);
}

static const char *
plan_title (HpPlan *plan)
{
  const char *title = hp_plan_get_title (plan);

  return title != NULL && *title != '\0' ? title : _("Untitled plan");
}

/* The plan's title, and the scenario's name when one is printed: the
 * footer's, the job's and the file's name. */
static char *
doc_name (HpPrintDoc *doc)
{
  if (doc->scenario_name == NULL)
    return g_strdup (doc->title);

  /* TRANSLATORS: a plan's title and the name of the scenario printed, in
   * the footer of each page and as the print job's name: "Payments — Lean" */
  return g_strdup_printf (_("%s — %s"), doc->title, doc->scenario_name);
}

/* Pagination: each item in turn where the last one ended, on a new page
 * when it does not fit, or when it goes on pages of the other shape. */

static HpPrintPage *
new_page (HpPrintDoc *doc,
          gboolean    wide)
{
  HpPrintPage *page = g_new0 (HpPrintPage, 1);

  page->placements = g_array_new (FALSE, TRUE, sizeof (Placement));
  page->wide = wide;
  g_ptr_array_add (doc->pages, page);
  hp_print_doc_use_wide (doc, wide);

  return page;
}

static void
place (HpPrintPage *page,
       HpPrintItem *item,
       double       y,
       double       height,
       guint        first_row,
       guint        n_rows,
       gboolean     continued)
{
  Placement p = { item, y, height, first_row, n_rows, continued };

  g_array_append_val (page->placements, p);
}

static char *
heading_for (HpPrintItem *item,
             gboolean     continued)
{
  if (item->heading == NULL)
    return NULL;
  if (!continued)
    return g_strdup (item->heading);

  /* TRANSLATORS: the heading of a table continued on the next page: "Positions (continued)" */
  return g_strdup_printf (_("%s (continued)"), item->heading);
}

static double
row_height (HpPrintTable *table,
            guint         row)
{
  return hp_print_table_height (table, row, 1) - (table->show_header ? table->header_height : 0);
}

/* Splits a table between rows, with its heading and header row on each
 * page; starts it on a new page rather than leave a heading and one or two
 * rows at the foot of a page, and never leaves its total row alone. */
static HpPrintPage *
place_table (HpPrintDoc  *doc,
             HpPrintPage *page,
             double      *y,
             HpPrintItem *item)
{
  HpPrintTable *table = item->table;
  guint n = table->rows->len;
  guint r = 0;
  gboolean continued = FALSE;

  while (r < n)
    {
      g_autofree char *heading = heading_for (item, continued);
      double head = hp_print_heading_height (doc, heading) + (table->show_header ? table->header_height : 0);
      double gap = *y > 0 ? SECTION_GAP : 0;
      double need = head, cy;
      guint first = r;

      for (guint k = r; k < MIN (r + MIN_ROWS_TO_START, n); k++)
        need += row_height (table, k);

      if (*y > 0 && *y + gap + need > doc->height)
        {
          page = new_page (doc, item->wide);
          *y = 0;
          gap = 0;
        }

      cy = *y + gap + head;
      while (r < n && cy + row_height (table, r) <= doc->height)
        cy += row_height (table, r++);
      if (r == first)
        cy += row_height (table, r++); /* taller than a page: it is cut */
      if (r == n - 1 && r - first > 1 &&
          ((HpPrintRow *) g_ptr_array_index (table->rows, r))->style == HP_PRINT_ROW_TOTAL)
        cy -= row_height (table, --r); /* the total row keeps a row company */

      if (item == doc->warnings && !continued)
        doc->warnings_page = doc->pages->len;
      place (page, item, *y + gap, 0, first, r - first, continued);
      *y = cy;
      continued = TRUE;

      if (r < n)
        {
          page = new_page (doc, item->wide);
          *y = 0;
        }
    }

  return page;
}

static void
paginate (HpPrintDoc *doc)
{
  HpPrintPage *page;
  double y = 0;

  doc->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  page = new_page (doc, FALSE);

  for (guint i = 0; i < doc->items->len; i++)
    {
      HpPrintItem *item = g_ptr_array_index (doc->items, i);
      double gap = y > 0 ? SECTION_GAP : 0;
      double head, h;

      if (item->wide != page->wide || (item->new_page && y > 0))
        {
          page = new_page (doc, item->wide);
          y = 0;
          gap = 0;
        }

      if (item->kind == HP_PRINT_ITEM_TABLE)
        {
          page = place_table (doc, page, &y, item);
          continue;
        }

      /* A pair's height already holds its headings. */
      head = item->kind == HP_PRINT_ITEM_PAIR ? 0 : hp_print_heading_height (doc, item->heading);
      h = item->height;

      /* The chart shrinks a little rather than leave the rest of a page
       * empty; when it still does not fit, it leads the wide pages that
       * follow, if any, rather than take a narrow page of its own. */
      if (y > 0 && y + gap + head + h > doc->height)
        {
          if (item->min_height > 0 && y + gap + head + item->min_height <= doc->height)
            h = doc->height - y - gap - head;
          else
            {
              HpPrintItem *next = i + 1 < doc->items->len ? g_ptr_array_index (doc->items, i + 1) : NULL;

              if (item->min_height > 0 && next != NULL && next->wide && !item->wide)
                item->wide = TRUE;
              page = new_page (doc, item->wide);
              y = 0;
              gap = 0;
              h = MIN (h, doc->height - head);
            }
        }
      place (page, item, y + gap, h, 0, 0, FALSE);
      y += gap + head + h;
    }
}

/* Drawing */

static void
draw_table_part (HpPrintDoc   *doc,
                 cairo_t      *cr,
                 const char   *heading,
                 HpPrintTable *table,
                 double        x,
                 double        y,
                 double        width,
                 guint         first_row,
                 guint         n_rows)
{
  if (heading != NULL)
    {
      hp_print_draw_heading (doc, cr, heading, x, y, width);
      y += hp_print_heading_height (doc, heading);
    }

  hp_print_table_draw (table, doc->context, cr, x, y, first_row, n_rows);
}

static void
draw_placement (HpPrintDoc      *doc,
                cairo_t         *cr,
                const Placement *p)
{
  HpPrintItem *item = p->item;
  double first_w = (doc->width - HP_PRINT_PAIR_GAP) * item->split;
  g_autofree char *heading = heading_for (item, p->continued);

  switch (item->kind)
    {
    case HP_PRINT_ITEM_TABLE:
      draw_table_part (doc, cr, heading, item->table, 0, p->y, doc->width, p->first_row, p->n_rows);
      break;

    case HP_PRINT_ITEM_PAIR:
      draw_table_part (doc, cr, heading, item->table, 0, p->y, first_w, 0, item->table->rows->len);
      draw_table_part (doc, cr, item->heading2, item->table2, first_w + HP_PRINT_PAIR_GAP, p->y,
                       doc->width - HP_PRINT_PAIR_GAP - first_w, 0, item->table2->rows->len);
      break;

    case HP_PRINT_ITEM_TITLE:
    case HP_PRINT_ITEM_TOTALS:
    case HP_PRINT_ITEM_CHART:
    default:
      if (heading != NULL)
        hp_print_draw_heading (doc, cr, heading, 0, p->y, doc->width);
      hp_print_draw_block (doc, item, cr, p->y + hp_print_heading_height (doc, heading), p->height);
      break;
    }
}

/* The plan's title at the left, the date in the middle, "Page N of M" at
 * the right, under a thin rule. */
static void
draw_footer (HpPrintDoc *doc,
             cairo_t    *cr,
             guint       page,
             guint       n_pages,
             double      page_height)
{
  /* TRANSLATORS: in the footer of each printed page: "Page 2 of 5" */
  g_autofree char *page_text = g_strdup_printf (_("Page %u of %u"), page, n_pages);
  /* TRANSLATORS: in the footer of each printed page: "Printed 30 January 2026" */
  g_autofree char *printed = g_strdup_printf (_("Printed %s"), doc->printed);
  g_autoptr(PangoLayout) right = hp_print_text (doc->context, page_text, FOOTER_SIZE, HP_PRINT_TEXT_NUMERIC, -1, 0);
  g_autoptr(PangoLayout) middle = hp_print_text (doc->context, printed, FOOTER_SIZE, HP_PRINT_TEXT_PLAIN, -1, 0);
  g_autoptr(PangoLayout) left = NULL;
  g_autofree char *name = doc_name (doc);
  double right_w, middle_w, text_h, y;

  hp_print_text_size (right, &right_w, &text_h);
  hp_print_text_size (middle, &middle_w, NULL);

  /* The title takes what the date and page number leave, in one line. */
  left = hp_print_text (doc->context, name, FOOTER_SIZE, HP_PRINT_TEXT_PLAIN,
                        MAX (doc->width / 2.0 - middle_w / 2.0 - 12, 24), 1);

  y = page_height - text_h;
  hp_print_hline (cr, 0, y - 5, doc->width, 0.5, &hp_print_rule);
  hp_print_show (cr, left, 0, y, &hp_print_dim_ink);
  hp_print_show (cr, middle, (doc->width - middle_w) / 2.0, y, &hp_print_dim_ink);
  hp_print_show (cr, right, doc->width - right_w, y, &hp_print_dim_ink);
}

/* The operation's signals */

static GtkPageOrientation
turned (GtkPageOrientation orientation)
{
  switch (orientation)
    {
    case GTK_PAGE_ORIENTATION_PORTRAIT:
      return GTK_PAGE_ORIENTATION_LANDSCAPE;
    case GTK_PAGE_ORIENTATION_REVERSE_PORTRAIT:
      return GTK_PAGE_ORIENTATION_REVERSE_LANDSCAPE;
    case GTK_PAGE_ORIENTATION_LANDSCAPE:
    case GTK_PAGE_ORIENTATION_REVERSE_LANDSCAPE:
    default:
      return orientation;
    }
}

/* The narrow pages are those of the page setup; the wide ones are the same
 * paper turned to landscape, when it is not already. */
static void
measure_pages (HpPrintDoc      *doc,
               GtkPrintContext *context)
{
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);

  doc->narrow_width = gtk_print_context_get_width (context);
  doc->narrow_height = gtk_print_context_get_height (context) - FOOTER_HEIGHT;
  doc->rotate_wide = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS)
                     < gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);

  if (doc->rotate_wide)
    {
      g_autoptr(GtkPageSetup) wide = gtk_page_setup_copy (setup);

      gtk_page_setup_set_orientation (wide, turned (gtk_page_setup_get_orientation (setup)));
      doc->wide_width = gtk_page_setup_get_page_width (wide, GTK_UNIT_POINTS);
      doc->wide_height = gtk_page_setup_get_page_height (wide, GTK_UNIT_POINTS) - FOOTER_HEIGHT;
    }
  else
    {
      doc->wide_width = doc->narrow_width;
      doc->wide_height = doc->narrow_height;
    }

  hp_print_doc_use_wide (doc, FALSE);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                HpPrintDoc        *doc)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  doc_clear (doc);

  g_free (doc->title);
  doc->title = g_strdup (plan_title (doc->plan));
  doc->summary = hp_summary_compute (doc->plan, doc->catalog);
  doc->context = gtk_print_context_create_pango_context (context);
  measure_pages (doc, context);
  /* TRANSLATORS: the date in the footer of a printed plan, in
   * g_date_time_format() form: "30 January 2026" */
  doc->printed = g_date_time_format (now, _("%-d %B %Y"));
  if (doc->printed == NULL)
    doc->printed = g_date_time_format (now, "%Y-%m-%d");
  doc->items = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_print_item_free);

  hp_print_doc_build (doc);
  paginate (doc);

  gtk_print_operation_set_n_pages (operation, (int) doc->pages->len);
}

/* Wide pages turn the paper for the page they are on. */
static void
request_page_setup_cb (GtkPrintOperation *operation,
                       GtkPrintContext   *context,
                       int                page_nr,
                       GtkPageSetup      *setup,
                       HpPrintDoc        *doc)
{
  HpPrintPage *page;

  if (doc->pages == NULL || page_nr < 0 || (guint) page_nr >= doc->pages->len)
    return;

  page = g_ptr_array_index (doc->pages, page_nr);
  if (page->wide && doc->rotate_wide)
    gtk_page_setup_set_orientation (setup, turned (gtk_page_setup_get_orientation (setup)));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              HpPrintDoc        *doc)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  HpPrintPage *page;

  g_return_if_fail (doc->pages != NULL);
  g_return_if_fail (page_nr >= 0 && (guint) page_nr < doc->pages->len);

  page = g_ptr_array_index (doc->pages, page_nr);
  hp_print_doc_use_wide (doc, page->wide);
  pango_cairo_update_context (cr, doc->context);

  cairo_save (cr);

  /* Should the page not be the shape it was laid out for, it is scaled
   * down whole rather than cut. */
  if (width < doc->width - 0.5 || height < doc->height + FOOTER_HEIGHT - 0.5)
    {
      double scale = MIN (width / doc->width, height / (doc->height + FOOTER_HEIGHT));

      cairo_scale (cr, scale, scale);
    }

  for (guint i = 0; i < page->placements->len; i++)
    draw_placement (doc, cr, &g_array_index (page->placements, Placement, i));
  draw_footer (doc, cr, (guint) page_nr + 1, doc->pages->len, doc->height + FOOTER_HEIGHT);

  cairo_restore (cr);
}

static void
end_print_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              HpPrintDoc        *doc)
{
  doc_clear (doc);
}

static char *
file_safe (const char *title)
{
  char *name = g_strdup (title);

  for (char *p = name; *p != '\0'; p++)
    if (*p == '/' || *p == '\\' || (guchar) *p < 0x20)
      *p = '-';

  return name;
}

void
hp_print_operation_set_comparison (GtkPrintOperation *operation,
                                   HpPlan            *from,
                                   const char        *from_name,
                                   HpPlan            *to,
                                   const char        *to_name)
{
  HpPrintDoc *doc;

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (from == NULL || HP_IS_PLAN (from));
  g_return_if_fail (to == NULL || HP_IS_PLAN (to));

  doc = g_object_get_data (G_OBJECT (operation), "hp-print-doc");
  g_return_if_fail (doc != NULL);

  g_set_object (&doc->compare_from, from);
  g_set_object (&doc->compare_to, to);
  g_free (doc->compare_from_name);
  doc->compare_from_name = g_strdup (from_name != NULL ? from_name : "");
  g_free (doc->compare_to_name);
  doc->compare_to_name = g_strdup (to_name != NULL ? to_name : "");
}

/* The job's name, and the one "Print to File" offers. */
static void
name_job (GtkPrintOperation *operation,
          HpPrintDoc        *doc)
{
  g_autofree char *name = doc_name (doc);
  g_autofree char *basename = file_safe (name);
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);

  gtk_print_operation_set_job_name (operation, name);
  if (settings != NULL)
    gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, basename);
}

void
hp_print_operation_set_scenario (GtkPrintOperation *operation,
                                 const char        *name,
                                 const char        *notes)
{
  HpPrintDoc *doc;

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));

  doc = g_object_get_data (G_OBJECT (operation), "hp-print-doc");
  g_return_if_fail (doc != NULL);

  g_free (doc->scenario_name);
  doc->scenario_name = g_strdup (name);
  g_free (doc->scenario_notes);
  doc->scenario_notes = name != NULL && notes != NULL && *notes != '\0' ? g_strdup (notes) : NULL;
  name_job (operation, doc);
}

GtkPrintOperation *
hp_print_operation_new (HpPlan    *plan,
                        HpCatalog *catalog)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPrintSettings) settings = NULL;
  HpPrintDoc *doc;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (catalog == NULL || HP_IS_CATALOG (catalog), NULL);

  operation = gtk_print_operation_new ();

  doc = g_new0 (HpPrintDoc, 1);
  doc->plan = g_object_ref (plan);
  doc->catalog = catalog != NULL ? g_object_ref (catalog) : NULL;
  doc->title = g_strdup (plan_title (plan));
  g_object_set_data_full (G_OBJECT (operation), "hp-print-doc", doc, (GDestroyNotify) doc_free);

  /* The locale's paper, A4 or Letter, with margins for binding and notes. */
  setup = gtk_page_setup_new ();
  gtk_page_setup_set_top_margin (setup, MAX (gtk_page_setup_get_top_margin (setup, GTK_UNIT_MM), MARGIN_MM), GTK_UNIT_MM);
  gtk_page_setup_set_bottom_margin (setup, MAX (gtk_page_setup_get_bottom_margin (setup, GTK_UNIT_MM), MARGIN_MM), GTK_UNIT_MM);
  gtk_page_setup_set_left_margin (setup, MAX (gtk_page_setup_get_left_margin (setup, GTK_UNIT_MM), MARGIN_MM), GTK_UNIT_MM);
  gtk_page_setup_set_right_margin (setup, MAX (gtk_page_setup_get_right_margin (setup, GTK_UNIT_MM), MARGIN_MM), GTK_UNIT_MM);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);

  /* "Print to File" in the dialog offers the plan's title as the name. */
  settings = gtk_print_settings_new ();
  gtk_print_operation_set_print_settings (operation, settings);
  name_job (operation, doc);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), doc);
  g_signal_connect (operation, "request-page-setup", G_CALLBACK (request_page_setup_cb), doc);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), doc);
  g_signal_connect (operation, "end-print", G_CALLBACK (end_print_cb), doc);

  return operation;
}

/* The PDF ends as every complete one does; cairo does not report a write
 * that failed while it finished the file. */
static gboolean
pdf_is_complete (const char *path)
{
  char tail[64];
  ssize_t n;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean complete = FALSE;

  if (fd < 0)
    return FALSE;

  if (lseek (fd, -(off_t) sizeof tail, SEEK_END) >= 0 || lseek (fd, 0, SEEK_SET) == 0)
    {
      n = read (fd, tail, sizeof tail - 1);
      if (n > 0)
        {
          tail[n] = '\0';
          complete = g_strstr_len (tail, n, "%%EOF") != NULL;
        }
    }
  close (fd);

  return complete;
}

gboolean
hp_print_to_pdf (HpPlan      *plan,
                 HpCatalog   *catalog,
                 const char  *pdf_path,
                 GError     **error)
{
  return hp_print_to_pdf_full (plan, catalog, NULL, pdf_path, error);
}

gboolean
hp_print_to_pdf_full (HpPlan                  *plan,
                      HpCatalog               *catalog,
                      const HpPrintComparison *comparison,
                      const char              *pdf_path,
                      GError                 **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (catalog == NULL || HP_IS_CATALOG (catalog), FALSE);
  g_return_val_if_fail (pdf_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  operation = hp_print_operation_new (plan, catalog);
  if (comparison != NULL)
    hp_print_operation_set_comparison (operation, comparison->from, comparison->from_name,
                                       comparison->to, comparison->to_name);

  return hp_print_operation_export_pdf (operation, pdf_path, error);
}

gboolean
hp_print_operation_export_pdf (GtkPrintOperation  *operation,
                               const char         *pdf_path,
                               GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *tmp_utf8 = NULL;
  g_autoptr(HpFileReplace) replace = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), FALSE);
  g_return_val_if_fail (g_object_get_data (G_OBJECT (operation), "hp-print-doc") != NULL, FALSE);
  g_return_val_if_fail (pdf_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (pdf_path);

  /* Written beside the target and renamed over it once complete, so that a
   * failure never leaves half a PDF where a good one was. */
  replace = hp_file_replace_begin (pdf_path, 0666, NULL, error);
  if (replace == NULL)
    return FALSE;

  /* The export filename is UTF-8; GTK converts it back. */
  tmp_utf8 = g_filename_to_utf8 (hp_file_replace_get_temp_path (replace), -1, NULL, NULL, &local_error);
  if (tmp_utf8 == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("Could not write “%s”: %s"), display, local_error->message);
      return FALSE;
    }

  gtk_print_operation_set_export_filename (operation, tmp_utf8);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &local_error);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR || !pdf_is_complete (hp_file_replace_get_temp_path (replace)))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("Could not write “%s”: %s"), display,
                   local_error != NULL ? local_error->message : _("the PDF is incomplete"));
      return FALSE;
    }

  return hp_file_replace_commit (g_steal_pointer (&replace), error);
}
