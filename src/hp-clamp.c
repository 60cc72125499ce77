/* hp-clamp.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-clamp"

#include "config.h"

#include "hp-clamp.h"

struct _HpClamp
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  int        maximum_size;
};

static void hp_clamp_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HpClamp, hp_clamp, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, hp_clamp_buildable_init))

enum {
  PROP_0,
  PROP_MAXIMUM_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

static void
hp_clamp_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  HpClamp *self = HP_CLAMP (widget);
  int child_for = for_size;

  *minimum = *natural = 0;
  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  if (orientation == GTK_ORIENTATION_VERTICAL && for_size >= 0)
    child_for = MIN (for_size, self->maximum_size);

  gtk_widget_measure (self->child, orientation, child_for, minimum, natural, NULL, NULL);

  /* Horizontally it always asks for its full width, so it never jumps. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, self->maximum_size);
}

static void
hp_clamp_size_allocate (GtkWidget *widget,
                        int        width,
                        int        height,
                        int        baseline)
{
  HpClamp *self = HP_CLAMP (widget);
  int child_min = 0;
  int child_width;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
  child_width = MAX (child_min, MIN (width, self->maximum_size));

  gtk_widget_allocate (self->child, child_width, height, baseline,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT ((width - child_width) / 2.0f, 0)));
}

static GtkSizeRequestMode
hp_clamp_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
hp_clamp_dispose (GObject *object)
{
  HpClamp *self = HP_CLAMP (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (hp_clamp_parent_class)->dispose (object);
}

static void
hp_clamp_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  HpClamp *self = HP_CLAMP (object);

  switch (prop_id)
    {
    case PROP_MAXIMUM_SIZE:
      g_value_set_int (value, self->maximum_size);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_clamp_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  HpClamp *self = HP_CLAMP (object);

  switch (prop_id)
    {
    case PROP_MAXIMUM_SIZE:
      if (self->maximum_size != g_value_get_int (value))
        {
          self->maximum_size = g_value_get_int (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_clamp_class_init (HpClampClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_clamp_dispose;
  object_class->get_property = hp_clamp_get_property;
  object_class->set_property = hp_clamp_set_property;
  widget_class->measure = hp_clamp_measure;
  widget_class->size_allocate = hp_clamp_size_allocate;
  widget_class->get_request_mode = hp_clamp_get_request_mode;

  properties[PROP_MAXIMUM_SIZE] =
    g_param_spec_int ("maximum-size", NULL, NULL, 0, G_MAXINT, 720,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "clamp");
}

static void
hp_clamp_init (HpClamp *self)
{
  self->maximum_size = 720;
}

static void
hp_clamp_add_child (GtkBuildable *buildable,
                    GtkBuilder   *builder,
                    GObject      *child,
                    const char   *type)
{
  if (GTK_IS_WIDGET (child))
    hp_clamp_set_child (HP_CLAMP (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
hp_clamp_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = hp_clamp_add_child;
}

void
hp_clamp_set_child (HpClamp   *self,
                    GtkWidget *child)
{
  g_return_if_fail (HP_IS_CLAMP (self));

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
}
