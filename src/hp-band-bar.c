/* hp-band-bar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-band-bar"

#include "config.h"

#include "hp-band-bar.h"

#define BAR_HEIGHT 10
#define MARK_HEIGHT 18

struct _HpBandBar
{
  GtkWidget parent_instance;

  gint64    min;
  gint64    mid;
  gint64    max;
  gint64    scale_min;
  gint64    scale_max;
};

G_DEFINE_FINAL_TYPE (HpBandBar, hp_band_bar, GTK_TYPE_WIDGET)

static double
position (HpBandBar *self,
          gint64     value,
          double     width)
{
  double span = (double) (self->scale_max - self->scale_min);

  if (span <= 0)
    return 0;

  /* Drawing only: money itself is never a double. */
  return CLAMP ((double) (value - self->scale_min) / span, 0.0, 1.0) * width;
}

static void
hp_band_bar_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  HpBandBar *self = HP_BAND_BAR (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double y = (height - BAR_HEIGHT) / 2.0;
  GdkRGBA accent;
  GdkRGBA track;
  GskRoundedRect rect;
  double x0, x1, xm;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &accent);
  G_GNUC_END_IGNORE_DEPRECATIONS
  track = accent;
  track.alpha = 0.12f;

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (0, y, width, BAR_HEIGHT), BAR_HEIGHT / 2.0);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, &track, &GRAPHENE_RECT_INIT (0, y, width, BAR_HEIGHT));
  gtk_snapshot_pop (snapshot);

  if (self->scale_max <= self->scale_min)
    return;

  x0 = position (self, self->min, width);
  x1 = MAX (position (self, self->max, width), x0 + BAR_HEIGHT);
  xm = position (self, self->mid, width);

  {
    GdkRGBA band = { 0.21f, 0.52f, 0.89f, 1.0f }; /* GNOME blue 3 */
    GdkRGBA mark = accent;

    gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x0, y, x1 - x0, BAR_HEIGHT), BAR_HEIGHT / 2.0);
    gtk_snapshot_push_rounded_clip (snapshot, &rect);
    gtk_snapshot_append_color (snapshot, &band, &GRAPHENE_RECT_INIT (x0, y, x1 - x0, BAR_HEIGHT));
    gtk_snapshot_pop (snapshot);

    gtk_snapshot_append_color (snapshot, &mark,
                               &GRAPHENE_RECT_INIT (CLAMP (xm - 1.5, 0, width - 3), (height - MARK_HEIGHT) / 2.0,
                                                    3, MARK_HEIGHT));
  }
}

static void
hp_band_bar_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 320;
    }
  else
    {
      *minimum = *natural = MARK_HEIGHT + 4;
    }
}

static void
hp_band_bar_class_init (HpBandBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = hp_band_bar_snapshot;
  widget_class->measure = hp_band_bar_measure;

  gtk_widget_class_set_css_name (widget_class, "bandbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hp_band_bar_init (HpBandBar *self)
{
}

GtkWidget *
hp_band_bar_new (void)
{
  return g_object_new (HP_TYPE_BAND_BAR, NULL);
}

void
hp_band_bar_set_band (HpBandBar *self,
                      gint64     min,
                      gint64     mid,
                      gint64     max,
                      gint64     scale_min,
                      gint64     scale_max)
{
  g_return_if_fail (HP_IS_BAND_BAR (self));

  self->min = min;
  self->mid = mid;
  self->max = max;
  self->scale_min = scale_min;
  self->scale_max = scale_max;

  gtk_widget_queue_draw (GTK_WIDGET (self));
}
