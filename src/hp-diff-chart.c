/* hp-diff-chart.c: the comparison window's chart of both plans' monthly
 * cost
 *
 * A thin renderer: what it shows is the core's chart model in its
 * two-plan form, drawn by the same code as the printed comparison
 * (hp_print_draw_diff_chart()), in the theme's text colour.  Its
 * accessible description says in words what the bars show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-diff-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-diff-chart.h"
#include "hp-print.h"

#define PAD          4
#define MIN_WIDTH    240
#define NAT_WIDTH    560
#define MIN_HEIGHT   180
#define NAT_HEIGHT   240

struct _HpDiffChart
{
  GtkWidget     parent_instance;

  HpChartModel *model;
};

G_DEFINE_FINAL_TYPE (HpDiffChart, hp_diff_chart, GTK_TYPE_WIDGET)

static HpChartInk
ink (const GdkRGBA *color,
     double         alpha)
{
  HpChartInk out = { color->red, color->green, color->blue, color->alpha * alpha };

  return out;
}

static void
hp_diff_chart_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  HpDiffChart *self = HP_DIFF_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GObject) context_object = NULL;
  PangoContext *context;
  HpChartInks inks = hp_print_paper_inks;
  GdkRGBA fg;
  cairo_t *cr;

  if (self->model == NULL || width <= 2 * PAD || height <= 2 * PAD)
    return;

  /* The theme's text colour, so that it reads in light and dark. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  inks.text = ink (&fg, 1.0);
  inks.dim = ink (&fg, 0.72);
  inks.grid = ink (&fg, 0.14);
  inks.axis = ink (&fg, 0.45);
  inks.tick_size = 8.0;
  inks.legend_size = 9.0;

  context = gtk_widget_create_pango_context (widget);
  context_object = G_OBJECT (context);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pango_cairo_update_context (cr, context);
  hp_print_draw_diff_chart (cr, context, self->model, &inks, PAD, PAD, width - 2 * PAD, height - 2 * PAD);
  cairo_destroy (cr);
}

static void
hp_diff_chart_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? MIN_WIDTH : MIN_HEIGHT;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? NAT_WIDTH : NAT_HEIGHT;
}

static void
hp_diff_chart_finalize (GObject *object)
{
  HpDiffChart *self = HP_DIFF_CHART (object);

  g_clear_pointer (&self->model, hp_chart_model_free);
  G_OBJECT_CLASS (hp_diff_chart_parent_class)->finalize (object);
}

static void
hp_diff_chart_class_init (HpDiffChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hp_diff_chart_finalize;
  widget_class->snapshot = hp_diff_chart_snapshot;
  widget_class->measure = hp_diff_chart_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "diffchart");
}

static void
hp_diff_chart_init (HpDiffChart *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Monthly cost of both plans"),
                                  -1);
}

GtkWidget *
hp_diff_chart_new (void)
{
  return g_object_new (HP_TYPE_DIFF_CHART, NULL);
}

void
hp_diff_chart_set_model (HpDiffChart  *self,
                         HpChartModel *model)
{
  g_autofree char *description = NULL;

  g_return_if_fail (HP_IS_DIFF_CHART (self));
  g_return_if_fail (model == NULL || model->form == HP_CHART_TWO_PLANS);

  g_clear_pointer (&self->model, hp_chart_model_free);
  self->model = model;

  description = model != NULL ? hp_chart_model_dup_description (model) : g_strdup ("");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), model != NULL ? description : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const HpChartModel *
hp_diff_chart_get_model (HpDiffChart *self)
{
  g_return_val_if_fail (HP_IS_DIFF_CHART (self), NULL);

  return self->model;
}
