/* hp-marked-line.c
 *
 * A marker at the top of the start side (a warning's icon, a list's
 * bullet) and a wrapped text in the rest of the width, as a horizontal
 * GtkBox of the two lays them out.
 *
 * Why not that GtkBox: a scrolled page asks its content for its width at
 * a given height, a vertical box hands each child a share of that height,
 * a horizontal box hands it on to its label, and a wrapped GtkLabel asked
 * for its width at a height searches for it, laying its text out once per
 * width tried.  Opening a plan of 1,000 positions laid the summary's
 * twenty warning rows out about 90 times each (docs/performance.md, run
 * E); the first visit of the Compare page, whose lists are bullet rows,
 * made 12,000 layouts of 138 labels (run F).  A wrapped text is as wide as
 * it is whatever the height, so this widget asks the label for its width
 * at no height at all (an answer GTK keeps) and gives the label the width
 * left, so that only its height is worked out per width, as GtkBox's
 * allocation would give it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-marked-line"

#include "config.h"

#include "hp-marked-line.h"

/* The summary's warnings: an icon, then the message. */
#define WARNING_SPACING 10

struct _HpMarkedLine
{
  GtkWidget  parent_instance;

  GtkWidget *marker;
  GtkWidget *label;
  int        spacing;
};

G_DEFINE_FINAL_TYPE (HpMarkedLine, hp_marked_line, GTK_TYPE_WIDGET)

static int
marker_width (HpMarkedLine *self)
{
  int width = 0;

  gtk_widget_measure (self->marker, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  return width;
}

static void
hp_marked_line_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  HpMarkedLine *self = HP_MARKED_LINE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* for_size ignored: the width a wrapped text needs is the same at any height. */
      int marker_min = 0, marker_nat = 0, label_min = 0, label_nat = 0;

      gtk_widget_measure (self->marker, orientation, -1, &marker_min, &marker_nat, NULL, NULL);
      gtk_widget_measure (self->label, orientation, -1, &label_min, &label_nat, NULL, NULL);
      *minimum = marker_min + self->spacing + label_min;
      *natural = marker_nat + self->spacing + label_nat;
      *minimum_baseline = -1;
      *natural_baseline = -1;
    }
  else
    {
      /* As GtkBox (4.8) for a width: the children's baselines lined up
       * (an icon has one too, from the font), which can make a line of
       * text a pixel higher than the text.  At no width the same, where
       * GtkBox gives the higher of the two: GTK wants no widget to be
       * higher at no width than at any. */
      int marker = marker_width (self);
      int label_width = -1;
      int min_b[2], nat_b[2], min[2], nat[2];
      int above_min = 0, above_nat = 0, below_min = 0, below_nat = 0;
      gboolean have_baseline = FALSE;

      if (for_size >= 0)
        {
          gtk_widget_measure (self->label, GTK_ORIENTATION_HORIZONTAL, -1, &label_width, NULL, NULL, NULL);
          label_width = MAX (label_width, for_size - marker - self->spacing);
        }
      gtk_widget_measure (self->marker, orientation, for_size >= 0 ? marker : -1, &min[0], &nat[0], &min_b[0], &nat_b[0]);
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
hp_marked_line_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  HpMarkedLine *self = HP_MARKED_LINE (widget);
  int marker = marker_width (self);
  int label = MAX (0, width - marker - self->spacing);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  gtk_widget_size_allocate (self->marker,
                            &(GtkAllocation) { rtl ? width - marker : 0, 0, marker, height }, -1);
  gtk_widget_size_allocate (self->label,
                            &(GtkAllocation) { rtl ? 0 : marker + self->spacing, 0, label, height }, -1);
}

static GtkSizeRequestMode
hp_marked_line_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
hp_marked_line_dispose (GObject *object)
{
  HpMarkedLine *self = HP_MARKED_LINE (object);

  g_clear_pointer (&self->marker, gtk_widget_unparent);
  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (hp_marked_line_parent_class)->dispose (object);
}

static void
hp_marked_line_class_init (HpMarkedLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_marked_line_dispose;
  widget_class->measure = hp_marked_line_measure;
  widget_class->size_allocate = hp_marked_line_size_allocate;
  widget_class->get_request_mode = hp_marked_line_get_request_mode;
  /* As the GtkBox it stands for, for the theme. */
  gtk_widget_class_set_css_name (widget_class, "box");
}

static void
hp_marked_line_init (HpMarkedLine *self)
{
}

/* @marker (given its valign by the caller) and @label, @spacing apart;
 * @role, the line's accessible role. */
GtkWidget *
hp_marked_line_new (GtkAccessibleRole  role,
                    GtkWidget         *marker,
                    GtkWidget         *label,
                    int                spacing)
{
  HpMarkedLine *self;

  g_return_val_if_fail (GTK_IS_WIDGET (marker), NULL);
  g_return_val_if_fail (GTK_IS_LABEL (label), NULL);

  self = g_object_new (HP_TYPE_MARKED_LINE, "accessible-role", role, NULL);
  self->marker = marker;
  self->label = label;
  self->spacing = MAX (spacing, 0);
  gtk_widget_set_parent (marker, GTK_WIDGET (self));
  gtk_widget_set_parent (label, GTK_WIDGET (self));
  return GTK_WIDGET (self);
}

/* A warning of the summary: its icon, and its message wrapped. */
GtkWidget *
hp_marked_line_new_warning (const char *icon_name)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, "warning");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_hexpand (label, TRUE);
  return hp_marked_line_new (GTK_ACCESSIBLE_ROLE_WIDGET, icon, label, WARNING_SPACING);
}

GtkLabel *
hp_marked_line_get_label (HpMarkedLine *self)
{
  g_return_val_if_fail (HP_IS_MARKED_LINE (self), NULL);

  return GTK_LABEL (self->label);
}
