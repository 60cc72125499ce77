/* hp-warning-line.c
 *
 * A row of the summary's warnings: an icon at the top of the start side
 * and the message, wrapped, in the rest of the width, as a horizontal
 * GtkBox of the two with a spacing of 10 lays them out.
 *
 * Why not that GtkBox: the window and the summary's scrolled window ask
 * the summary's content for its width at a given height, the content's
 * vertical box hands each child a share of that height, a horizontal box
 * hands it on to its label, and a wrapped GtkLabel asked for its width at
 * a height searches for it, laying its text out once per width tried
 * (about nine times).  Opening a plan of 1,000 positions laid the twenty
 * rows out about 90 times each (docs/performance.md, run E).  A
 * wrapped message is as wide as it is whatever the height, so this widget
 * asks the label for its width at no height at all (an answer GTK keeps)
 * and gives the label the width left, so that only its height is worked
 * out per width, as GtkBox's allocation would give it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-warning-line"

#include "config.h"

#include "hp-warning-line.h"

#define SPACING 10

struct _HpWarningLine
{
  GtkWidget  parent_instance;

  GtkWidget *icon;
  GtkWidget *label;
};

G_DEFINE_FINAL_TYPE (HpWarningLine, hp_warning_line, GTK_TYPE_WIDGET)

static int
icon_width (HpWarningLine *self)
{
  int width = 0;

  gtk_widget_measure (self->icon, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  return width;
}

static void
hp_warning_line_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  HpWarningLine *self = HP_WARNING_LINE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* for_size ignored: the width a wrapped text needs is the same at any height. */
      int icon_min = 0, icon_nat = 0, label_min = 0, label_nat = 0;

      gtk_widget_measure (self->icon, orientation, -1, &icon_min, &icon_nat, NULL, NULL);
      gtk_widget_measure (self->label, orientation, -1, &label_min, &label_nat, NULL, NULL);
      *minimum = icon_min + SPACING + label_min;
      *natural = icon_nat + SPACING + label_nat;
      *minimum_baseline = -1;
      *natural_baseline = -1;
    }
  else
    {
      /* As GtkBox (4.8) for a width: the children's baselines lined up
       * (the icon has one too, from the font), which can make a line of
       * text a pixel higher than the text.  At no width the same, where
       * GtkBox gives the higher of the two: GTK wants no widget to be
       * higher at no width than at any. */
      int icon = icon_width (self);
      int label_width = -1;
      int min_b[2], nat_b[2], min[2], nat[2];
      int above_min = 0, above_nat = 0, below_min = 0, below_nat = 0;
      gboolean have_baseline = FALSE;

      if (for_size >= 0)
        {
          gtk_widget_measure (self->label, GTK_ORIENTATION_HORIZONTAL, -1, &label_width, NULL, NULL, NULL);
          label_width = MAX (label_width, for_size - icon - SPACING);
        }
      gtk_widget_measure (self->icon, orientation, for_size >= 0 ? icon : -1, &min[0], &nat[0], &min_b[0], &nat_b[0]);
      gtk_widget_measure (self->label, orientation, label_width, &min[1], &nat[1], &min_b[1], &nat_b[1]);
      *minimum = 0;
      *natural = 0;
      for (int i = 0; i < 2; i++)
        {
          if (min_b[i] > -1)
            {
              have_baseline = TRUE;
              below_min = MAX (below_min, min[i] - min_b[i]);
              below_nat = MAX (below_nat, nat[i] - nat_b[i]);
              above_min = MAX (above_min, min_b[i]);
              above_nat = MAX (above_nat, nat_b[i]);
            }
          else
            {
              *minimum = MAX (*minimum, min[i]);
              *natural = MAX (*natural, nat[i]);
            }
        }
      if (have_baseline)
        {
          *minimum = MAX (*minimum, above_min + below_min);
          *natural = MAX (*natural, above_nat + below_nat);
          *minimum_baseline = above_min + MAX ((*minimum - (above_min + below_min)) / 2, 0);
          *natural_baseline = above_nat + MAX ((*natural - (above_nat + below_nat)) / 2, 0);
        }
      else
        {
          *minimum_baseline = -1;
          *natural_baseline = -1;
        }
    }
}

static void
hp_warning_line_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  HpWarningLine *self = HP_WARNING_LINE (widget);
  int icon = icon_width (self);
  int label = MAX (0, width - icon - SPACING);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  gtk_widget_size_allocate (self->icon,
                            &(GtkAllocation) { rtl ? width - icon : 0, 0, icon, height }, -1);
  gtk_widget_size_allocate (self->label,
                            &(GtkAllocation) { rtl ? 0 : icon + SPACING, 0, label, height }, -1);
}

static GtkSizeRequestMode
hp_warning_line_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
hp_warning_line_dispose (GObject *object)
{
  HpWarningLine *self = HP_WARNING_LINE (object);

  g_clear_pointer (&self->icon, gtk_widget_unparent);
  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (hp_warning_line_parent_class)->dispose (object);
}

static void
hp_warning_line_class_init (HpWarningLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_warning_line_dispose;
  widget_class->measure = hp_warning_line_measure;
  widget_class->size_allocate = hp_warning_line_size_allocate;
  widget_class->get_request_mode = hp_warning_line_get_request_mode;
  /* As the GtkBox it stands for, for the theme. */
  gtk_widget_class_set_css_name (widget_class, "box");
}

static void
hp_warning_line_init (HpWarningLine *self)
{
  self->icon = gtk_image_new ();
  gtk_widget_set_valign (self->icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->icon, "warning");
  gtk_widget_set_parent (self->icon, GTK_WIDGET (self));

  self->label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0.0f);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
}

GtkWidget *
hp_warning_line_new (const char *icon_name)
{
  HpWarningLine *self = g_object_new (HP_TYPE_WARNING_LINE, NULL);

  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), icon_name);
  return GTK_WIDGET (self);
}

GtkLabel *
hp_warning_line_get_label (HpWarningLine *self)
{
  g_return_val_if_fail (HP_IS_WARNING_LINE (self), NULL);

  return GTK_LABEL (self->label);
}
