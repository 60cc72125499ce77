/* hp-cost-chart.c
 *
 * Vertical bars, one per month of the period, stacked by level from the
 * intern at the bottom to the lead at the top; the headcount as a line on a
 * second scale whose ticks share the cost gridlines; a legend that wraps.
 *
 * Money stays in gint64 minor units: doubles only ever hold pixel positions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-cost-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hp-cost-chart.h"
#include "hp-chart-model.h"
#include "hp-money.h"

#define PAD              4.0   /* around the whole chart */
#define AXIS_GAP         6.0   /* between tick labels and the plot */
#define MONTH_GAP        2.0   /* between the baseline tick labels and the month labels */
#define LEGEND_GAP       14.0  /* between the month labels and the legend */
#define LEGEND_SWATCH    12.0
#define LEGEND_TEXT_GAP  6.0
#define LEGEND_ITEM_GAP  18.0
#define LEGEND_ROW_GAP   4.0
#define LABEL_GAP        8.0   /* least space between two month labels */
#define MIN_PLOT_HEIGHT  72.0
#define NAT_PLOT_HEIGHT  150.0
#define MAX_BAR_WIDTH    56.0
#define BAR_FILL         0.62  /* of a month's slot */
#define BAR_RADIUS       3.0
#define DOT_RADIUS       3.5
#define LINE_WIDTH       2.0

#define MIN_WIDTH        280
#define NAT_WIDTH        520
#define MIN_HEIGHT       200
#define NAT_HEIGHT       260

#define N_LEGEND_ITEMS   HP_CHART_N_LEGEND_ITEMS

/* GNOME palette: blue 3, green 4, yellow 4, orange 3, red 3, purple 3. */
static const GdkRGBA level_colors[HP_N_LEVELS] = {
  { 0x35 / 255.f, 0x84 / 255.f, 0xe4 / 255.f, 1.f }, /* intern */
  { 0x2e / 255.f, 0xc2 / 255.f, 0x7e / 255.f, 1.f }, /* graduate */
  { 0xf5 / 255.f, 0xc2 / 255.f, 0x11 / 255.f, 1.f }, /* junior */
  { 0xff / 255.f, 0x78 / 255.f, 0x00 / 255.f, 1.f }, /* mid-level */
  { 0xe0 / 255.f, 0x1b / 255.f, 0x24 / 255.f, 1.f }, /* senior */
  { 0x91 / 255.f, 0x41 / 255.f, 0xac / 255.f, 1.f }, /* lead */
};

struct _HpCostChart
{
  GtkWidget  parent_instance;

  HpChartModel *model;   /* what to show (src/core/hp-chart-model.c) */

  /* Where the last snapshot put the plot, for the tooltips. */
  double     plot_x;
  double     plot_width;
};

G_DEFINE_FINAL_TYPE (HpCostChart, hp_cost_chart, GTK_TYPE_WIDGET)


static gint64
pow10_i64 (guint n)
{
  gint64 r = 1;

  while (n-- > 0)
    r *= 10;

  return r;
}

static gboolean
has_data (HpCostChart *self)
{
  return hp_chart_model_has_data (self->model);
}

static PangoLayout *
create_layout (GtkWidget  *widget,
               const char *text,
               gboolean    small)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);

  if (small)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  return layout;
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

static double
small_text_height (GtkWidget *widget)
{
  g_autoptr(PangoLayout) layout = create_layout (widget, "0", TRUE);
  double height;

  layout_size (layout, NULL, &height);

  return height;
}

static void
draw_layout (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             double         x,
             double         y,
             const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (x), round (y)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  GdkRGBA c = *color;

  c.alpha *= alpha;

  return c;
}

/* Lays the legend out in rows centred in @width, wrapping between items and,
 * when one item alone is too wide, inside its text: nothing is ever cut.
 * Returns the legend's height; draws it at @y when @snapshot is not NULL. */
static double
legend_run (HpCostChart   *self,
            GtkSnapshot   *snapshot,
            double         width,
            double         y,
            const GdkRGBA *fg)
{
  GtkWidget *widget = GTK_WIDGET (self);
  PangoLayout *layouts[N_LEGEND_ITEMS];
  double item_w[N_LEGEND_ITEMS], item_h[N_LEGEND_ITEMS];
  HpChartLegendPlace places[N_LEGEND_ITEMS];
  double avail = MAX (width - 2 * PAD, LEGEND_SWATCH + LEGEND_TEXT_GAP + 1);
  double legend_h;

  for (guint i = 0; i < N_LEGEND_ITEMS; i++)
    {
      double text_w;

      layouts[i] = create_layout (widget, hp_chart_legend_text (i), FALSE);
      layout_size (layouts[i], &text_w, &item_h[i]);
      if (LEGEND_SWATCH + LEGEND_TEXT_GAP + text_w > avail)
        {
          pango_layout_set_width (layouts[i], (int) ((avail - LEGEND_SWATCH - LEGEND_TEXT_GAP) * PANGO_SCALE));
          pango_layout_set_wrap (layouts[i], PANGO_WRAP_WORD_CHAR);
          layout_size (layouts[i], &text_w, &item_h[i]);
        }
      item_w[i] = LEGEND_SWATCH + LEGEND_TEXT_GAP + text_w;
    }

  legend_h = hp_chart_legend_layout (item_w, item_h, N_LEGEND_ITEMS, avail,
                                     LEGEND_ITEM_GAP, LEGEND_ROW_GAP, places);

  if (snapshot != NULL)
    {
      GdkRGBA text = with_alpha (fg, 0.85f);

      for (guint i = 0; i < N_LEGEND_ITEMS; i++)
        {
          double item_x = PAD + places[i].x;
          double line_h;
          double sy;

          /* The swatch sits on the first line of the text. */
          {
            PangoLayoutIter *iter = pango_layout_get_iter (layouts[i]);
            PangoRectangle logical;

            pango_layout_iter_get_line_extents (iter, NULL, &logical);
            line_h = (double) logical.height / PANGO_SCALE;
            pango_layout_iter_free (iter);
          }
          sy = round (y + places[i].y + (line_h - LEGEND_SWATCH) / 2.0);

          if (i < HP_N_LEVELS)
            {
              GskRoundedRect rect;
              graphene_rect_t bounds = GRAPHENE_RECT_INIT (round (item_x), sy, LEGEND_SWATCH, LEGEND_SWATCH);
              /* Faded while there is nothing to show in these colours. */
              GdkRGBA swatch = with_alpha (&level_colors[i], has_data (self) ? 1.f : 0.4f);

              gsk_rounded_rect_init_from_rect (&rect, &bounds, 3);
              gtk_snapshot_push_rounded_clip (snapshot, &rect);
              gtk_snapshot_append_color (snapshot, &swatch, &bounds);
              gtk_snapshot_pop (snapshot);
            }
          else
            {
              graphene_rect_t bounds = GRAPHENE_RECT_INIT (round (item_x) - 2, sy - 2,
                                                           LEGEND_SWATCH + 4, LEGEND_SWATCH + 4);
              cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);
              double cy = sy + LEGEND_SWATCH / 2.0;
              GdkRGBA line = with_alpha (fg, has_data (self) ? 0.85f : 0.4f);

              gdk_cairo_set_source_rgba (cr, &line);
              cairo_set_line_width (cr, LINE_WIDTH);
              cairo_move_to (cr, round (item_x), cy);
              cairo_line_to (cr, round (item_x) + LEGEND_SWATCH, cy);
              cairo_stroke (cr);
              cairo_arc (cr, round (item_x) + LEGEND_SWATCH / 2.0, cy, DOT_RADIUS, 0, 2 * G_PI);
              cairo_fill (cr);
              cairo_destroy (cr);
            }

          draw_layout (snapshot, layouts[i], item_x + LEGEND_SWATCH + LEGEND_TEXT_GAP, y + places[i].y, &text);
        }
    }

  for (guint i = 0; i < N_LEGEND_ITEMS; i++)
    g_object_unref (layouts[i]);

  return legend_h;
}

/* Month labels take two lines: the month, and under the first month and
 * each January, the year. */
static double
month_labels_height (GtkWidget *widget)
{
  return 2 * small_text_height (widget);
}

/* From the baseline to the month labels: below the half of the baseline's
 * tick labels, so that a crowded first or last month cannot touch them. */
static double
month_labels_offset (GtkWidget *widget)
{
  return ceil (small_text_height (widget) / 2.0) + MONTH_GAP;
}

static double
fixed_height (GtkWidget *widget)
{
  return PAD + small_text_height (widget) / 2.0 /* the top tick label */
         + month_labels_offset (widget) + month_labels_height (widget) + LEGEND_GAP + PAD;
}

static void
hp_cost_chart_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  HpCostChart *self = HP_COST_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NAT_WIDTH;
    }
  else
    {
      /* Without a width, assume the narrowest: the legend is then tallest. */
      double width = for_size >= 0 ? MAX (for_size, MIN_WIDTH) : MIN_WIDTH;
      double rest = fixed_height (widget) + legend_run (self, NULL, width, 0, NULL);

      *minimum = MAX (MIN_HEIGHT, (int) ceil (rest + MIN_PLOT_HEIGHT));
      *natural = MAX (NAT_HEIGHT, (int) ceil (rest + NAT_PLOT_HEIGHT));
    }
}

static GtkSizeRequestMode
hp_cost_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static char *
format_cost_tick (HpCostChart *self,
                  gint64       value)
{
  return hp_money_format (value, self->model->currency, HP_MONEY_FORMAT_DROP_ZERO_MINOR);
}

/* The months the model labels, each centred on its slot. */
static void
draw_month_labels (HpCostChart   *self,
                   GtkSnapshot   *snapshot,
                   double         plot_x,
                   double         plot_w,
                   double         y,
                   double         max_x,
                   const GdkRGBA *color)
{
  GtkWidget *widget = GTK_WIDGET (self);
  const HpChartModel *model = self->model;
  double slot = plot_w / model->n_months;
  double label_w = 0;
  double line_h = small_text_height (widget);
  g_autofree PangoLayout **months = g_new0 (PangoLayout *, model->n_months);
  g_autoptr(GArray) labels = NULL;
  GdkRGBA dim = with_alpha (color, 0.75f);

  for (guint i = 0; i < model->n_months; i++)
    {
      g_autofree char *text = hp_chart_model_dup_month_text (model, i);
      double w;

      months[i] = create_layout (widget, text, TRUE);
      layout_size (months[i], &w, NULL);
      label_w = MAX (label_w, w);
    }
  {
    /* Years are labelled too: "2027" is often wider than "May". */
    g_autofree char *year = hp_chart_model_dup_year_text (model, model->n_months - 1);
    g_autoptr(PangoLayout) layout = create_layout (widget, year, TRUE);
    double w;

    layout_size (layout, &w, NULL);
    label_w = MAX (label_w, w);
  }

  labels = hp_chart_model_month_labels (model, slot, label_w + LABEL_GAP);
  for (guint k = 0; k < labels->len; k++)
    {
      const HpChartMonthLabel *label = &g_array_index (labels, HpChartMonthLabel, k);
      double cx = plot_x + slot * (label->month + 0.5);
      double w, x;

      layout_size (months[label->month], &w, NULL);
      x = CLAMP (cx - w / 2.0, PAD, max_x - w);
      draw_layout (snapshot, months[label->month], x, y, color);

      if (label->with_year)
        {
          g_autofree char *year = hp_chart_model_dup_year_text (model, label->month);
          g_autoptr(PangoLayout) layout = create_layout (widget, year, TRUE);

          layout_size (layout, &w, NULL);
          x = CLAMP (cx - w / 2.0, PAD, max_x - w);
          draw_layout (snapshot, layout, x, y + line_h, &dim);
        }
    }

  for (guint i = 0; i < model->n_months; i++)
    g_object_unref (months[i]);
}

static void
draw_bars (HpCostChart *self,
           GtkSnapshot *snapshot,
           double       plot_x,
           double       plot_w,
           double       base_y,
           double       plot_h,
           const HpChartScale *scale)
{
  double slot = plot_w / self->model->n_months;
  double bar_w = MIN (MAX (slot * BAR_FILL, 1.0), MAX_BAR_WIDTH);

  for (guint m = 0; m < self->model->n_months; m++)
    {
      double cx = plot_x + slot * (m + 0.5);
      double x0 = round (cx - bar_w / 2.0);
      double x1 = MAX (round (cx + bar_w / 2.0), x0 + 1);
      double top_y = round (base_y - hp_chart_fraction (self->model->month_total[m], scale->top) * plot_h);
      double radius = MIN (BAR_RADIUS, MIN ((x1 - x0) / 2.0, base_y - top_y));
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (x0, top_y, x1 - x0, base_y - top_y);
      GskRoundedRect clip;
      double y_prev = base_y;

      if (self->model->month_total[m] <= 0 || base_y - top_y < 1)
        continue;

      /* Round the top of the stack only. */
      gsk_rounded_rect_init (&clip, &bounds,
                             &GRAPHENE_SIZE_INIT (radius, radius),
                             &GRAPHENE_SIZE_INIT (radius, radius),
                             &GRAPHENE_SIZE_INIT (0, 0),
                             &GRAPHENE_SIZE_INIT (0, 0));
      gtk_snapshot_push_rounded_clip (snapshot, &clip);

      for (guint l = 0; l < HP_N_LEVELS; l++)
        {
          gint64 cost = hp_chart_model_get_level_cost (self->model, m, (HpLevel) l);
          double y;

          if (cost <= 0)
            continue;

          y = round (base_y - hp_chart_fraction (hp_chart_model_get_stack_top (self->model, m, (HpLevel) l),
                                                 scale->top) * plot_h);
          if (y_prev - y >= 1)
            gtk_snapshot_append_color (snapshot, &level_colors[l],
                                       &GRAPHENE_RECT_INIT (x0, y, x1 - x0, y_prev - y));
          y_prev = y;
        }

      gtk_snapshot_pop (snapshot);
    }
}

static void
draw_headcount (HpCostChart   *self,
                GtkSnapshot   *snapshot,
                double         plot_x,
                double         plot_w,
                double         base_y,
                double         plot_h,
                const HpChartScale   *scale,
                const GdkRGBA *fg)
{
  double slot = plot_w / self->model->n_months;
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (plot_x - DOT_RADIUS - 2, base_y - plot_h - DOT_RADIUS - 2,
                                               plot_w + 2 * DOT_RADIUS + 4, plot_h + 2 * DOT_RADIUS + 4);
  GdkRGBA line = with_alpha (fg, 0.85f);
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);

  gdk_cairo_set_source_rgba (cr, &line);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  for (guint m = 0; m < self->model->n_months; m++)
    {
      double x = plot_x + slot * (m + 0.5);
      double y = base_y - hp_chart_fraction (self->model->headcount[m], scale->top) * plot_h;

      if (m == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);

  /* Dots only while they do not merge into a solid line. */
  if (slot >= 3 * DOT_RADIUS)
    {
      for (guint m = 0; m < self->model->n_months; m++)
        {
          double x = plot_x + slot * (m + 0.5);
          double y = base_y - hp_chart_fraction (self->model->headcount[m], scale->top) * plot_h;

          cairo_new_sub_path (cr);
          cairo_arc (cr, x, y, DOT_RADIUS, 0, 2 * G_PI);
        }
      cairo_fill (cr);
    }

  cairo_destroy (cr);
}

static void
hp_cost_chart_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  HpCostChart *self = HP_COST_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double line_h = small_text_height (widget);
  gboolean data = has_data (self);
  HpChartScale cost = self->model->cost_scale;
  HpChartScale heads = self->model->headcount_scale;
  g_autofree PangoLayout **cost_labels = g_new0 (PangoLayout *, cost.n + 1);
  g_autofree PangoLayout **head_labels = g_new0 (PangoLayout *, cost.n + 1);
  double left_w = 0, right_w = 0;
  double legend_h, plot_x, plot_w, plot_top, base_y, plot_h;
  GdkRGBA fg, text, grid, axis;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  text = with_alpha (&fg, 0.7f);
  grid = with_alpha (&fg, 0.1f);
  axis = with_alpha (&fg, 0.35f);

  /* The tick columns keep room for typical figures even when empty, so
   * the plot does not jump when data arrives. */
  {
    g_autofree char *sample_cost = format_cost_tick (self, 100000 * pow10_i64 (hp_currency_minor_digits (self->model->currency)));
    g_autoptr(PangoLayout) sample_l = create_layout (widget, sample_cost, TRUE);
    g_autoptr(PangoLayout) sample_r = create_layout (widget, "00", TRUE);

    layout_size (sample_l, &left_w, NULL);
    layout_size (sample_r, &right_w, NULL);
  }

  if (data)
    {
      for (guint i = 0; i <= cost.n; i++)
        {
          g_autofree char *c = format_cost_tick (self, hp_chart_model_get_cost_tick (self->model, i));
          g_autofree char *h = hp_number_format_grouped (hp_chart_model_get_headcount_tick (self->model, i));
          double w;

          cost_labels[i] = create_layout (widget, c, TRUE);
          head_labels[i] = create_layout (widget, h, TRUE);
          layout_size (cost_labels[i], &w, NULL);
          left_w = MAX (left_w, w);
          layout_size (head_labels[i], &w, NULL);
          right_w = MAX (right_w, w);
        }
    }

  legend_h = legend_run (self, NULL, width, 0, NULL);

  plot_x = PAD + left_w + AXIS_GAP;
  plot_w = MAX (width - PAD - right_w - AXIS_GAP - plot_x, 1.0);
  plot_top = round (PAD + line_h / 2.0);
  base_y = round (height - PAD - legend_h - LEGEND_GAP - month_labels_height (widget) - month_labels_offset (widget));
  plot_h = MAX (base_y - plot_top, 1.0);

  self->plot_x = plot_x;
  self->plot_width = plot_w;

  /* Gridlines and the baseline. */
  for (guint i = 0; i <= cost.n; i++)
    {
      double y = round (base_y - plot_h * i / cost.n);

      gtk_snapshot_append_color (snapshot, i == 0 ? &axis : &grid,
                                 &GRAPHENE_RECT_INIT (plot_x, y, plot_w, 1));

      if (data)
        {
          double w;

          layout_size (cost_labels[i], &w, NULL);
          draw_layout (snapshot, cost_labels[i], plot_x - AXIS_GAP - w, y - line_h / 2.0, &text);
          draw_layout (snapshot, head_labels[i], plot_x + plot_w + AXIS_GAP, y - line_h / 2.0, &text);
        }
    }

  if (data)
    {
      draw_bars (self, snapshot, plot_x, plot_w, base_y, plot_h, &cost);
      draw_headcount (self, snapshot, plot_x, plot_w, base_y, plot_h, &heads, &fg);
    }
  else
    {
      g_autoptr(PangoLayout) empty = create_layout (widget,
                                                    self->model->overflow ? _("The figures are too large to chart")
                                                                   : _("No costs yet"),
                                                    FALSE);
      GdkRGBA dim = with_alpha (&fg, 0.55f);
      double w, h;

      pango_layout_set_width (empty, (int) (plot_w * PANGO_SCALE));
      pango_layout_set_wrap (empty, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (empty, PANGO_ALIGN_CENTER);
      layout_size (empty, &w, &h);
      draw_layout (snapshot, empty, plot_x, plot_top + (plot_h - h) / 2.0, &dim);
    }

  if (self->model->n_months > 0)
    draw_month_labels (self, snapshot, plot_x, plot_w, base_y + month_labels_offset (widget), width - PAD, &text);

  legend_run (self, snapshot, width, height - PAD - legend_h, &fg);

  for (guint i = 0; i <= cost.n; i++)
    {
      g_clear_object (&cost_labels[i]);
      g_clear_object (&head_labels[i]);
    }
}

static char *
month_figures (HpCostChart *self,
               guint        m)
{
  g_autofree char *month = hp_month_format (self->model->start + (HpMonth) m);
  g_autofree char *cost = hp_money_format (self->model->month_total[m], self->model->currency, HP_MONEY_FORMAT_DEFAULT);
  g_autofree char *number = hp_number_format_grouped (self->model->headcount[m]);
  g_autofree char *people =
    /* TRANSLATORS: %s is a number of people */
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s person", "%s people",
                                  (gulong) MIN (self->model->headcount[m], (gint64) G_MAXLONG)),
                     number);

  /* TRANSLATORS: a month, its cost and its headcount: "Jan 2027: $25,437.50, 3 people" */
  return g_strdup_printf (_("%s: %s, %s"), month, cost, people);
}

static gboolean
hp_cost_chart_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  HpCostChart *self = HP_COST_CHART (widget);
  g_autoptr(GString) text = NULL;
  double slot;
  guint m;

  if (!has_data (self) || keyboard_mode || self->plot_width <= 0)
    return FALSE;

  slot = self->plot_width / self->model->n_months;
  if (x < self->plot_x || x >= self->plot_x + self->plot_width)
    return FALSE;
  m = MIN ((guint) ((x - self->plot_x) / slot), self->model->n_months - 1);

  text = g_string_new (NULL);
  {
    g_autofree char *figures = month_figures (self, m);
    g_string_append (text, figures);
  }

  for (guint l = HP_N_LEVELS; l-- > 0;)
    {
      gint64 cost = hp_chart_model_get_level_cost (self->model, m, (HpLevel) l);
      g_autofree char *amount = NULL;

      if (cost <= 0)
        continue;

      amount = hp_money_format (cost, self->model->currency, HP_MONEY_FORMAT_DEFAULT);
      g_string_append_c (text, '\n');
      /* TRANSLATORS: a level and its cost in a month: "Senior: $12,000" */
      g_string_append_printf (text, _("%s: %s"), hp_level_display_name ((HpLevel) l), amount);
    }

  gtk_tooltip_set_text (tooltip, text->str);

  return TRUE;
}

static void
update_accessible (HpCostChart *self)
{
  g_autofree char *description = hp_cost_chart_dup_description (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Monthly cost chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
hp_cost_chart_finalize (GObject *object)
{
  g_clear_pointer (&HP_COST_CHART (object)->model, hp_chart_model_free);

  G_OBJECT_CLASS (hp_cost_chart_parent_class)->finalize (object);
}

static void
hp_cost_chart_class_init (HpCostChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hp_cost_chart_finalize;

  widget_class->snapshot = hp_cost_chart_snapshot;
  widget_class->measure = hp_cost_chart_measure;
  widget_class->get_request_mode = hp_cost_chart_get_request_mode;
  widget_class->query_tooltip = hp_cost_chart_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "costchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hp_cost_chart_init (HpCostChart *self)
{
  self->model = hp_chart_model_new_empty ("USD", hp_month_current ());
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  update_accessible (self);
}

GtkWidget *
hp_cost_chart_new (void)
{
  return g_object_new (HP_TYPE_COST_CHART, NULL);
}

void
hp_cost_chart_set_summary (HpCostChart     *self,
                           const HpSummary *summary)
{
  HpChartModel *model;

  g_return_if_fail (HP_IS_COST_CHART (self));

  /* Cleared, the chart keeps the last currency, so the axis keeps its room. */
  if (summary != NULL)
    model = hp_chart_model_new (summary);
  else
    model = hp_chart_model_new_empty (self->model->currency, self->model->start);
  g_clear_pointer (&self->model, hp_chart_model_free);
  self->model = model;

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

char *
hp_cost_chart_dup_description (HpCostChart *self)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (HP_IS_COST_CHART (self), NULL);

  text = g_string_new (_("Monthly cost by level."));
  g_string_append_c (text, ' ');

  if (self->model->overflow)
    {
      g_string_append (text, _("The figures are too large to chart."));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  if (!has_data (self))
    {
      g_string_append (text, _("No costs yet."));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  for (guint m = 0; m < self->model->n_months; m++)
    {
      g_autofree char *figures = month_figures (self, m);

      if (m > 0)
        g_string_append (text, "; ");
      g_string_append (text, figures);
    }
  g_string_append_c (text, '.');

  return g_string_free (g_steal_pointer (&text), FALSE);
}
