/* hp-role-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-role-row"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-role.h"
#include "hp-role-family.h"
#include "hp-role-row.h"

struct _HpRoleRow
{
  GtkWidget  parent_instance;

  GtkWidget   *root_box;

  GtkLabel  *family_label;
  GtkWidget *role_box;
  GtkLabel  *title_label;
  GtkLabel  *detail_label;
};

G_DEFINE_FINAL_TYPE (HpRoleRow, hp_role_row, GTK_TYPE_WIDGET)

static void
hp_role_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_ROLE_ROW);

  G_OBJECT_CLASS (hp_role_row_parent_class)->dispose (object);
}

static void
hp_role_row_class_init (HpRoleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_role_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hiringplanner/HiringPlanner/hp-role-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HpRoleRow, root_box);
  gtk_widget_class_bind_template_child (widget_class, HpRoleRow, family_label);
  gtk_widget_class_bind_template_child (widget_class, HpRoleRow, role_box);
  gtk_widget_class_bind_template_child (widget_class, HpRoleRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HpRoleRow, detail_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rolerow");
}

static void
hp_role_row_init (HpRoleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hp_role_row_new (void)
{
  return g_object_new (HP_TYPE_ROLE_ROW, NULL);
}

void
hp_role_row_set_item (HpRoleRow *self,
                      GObject   *item)
{
  g_return_if_fail (HP_IS_ROLE_ROW (self));

  if (HP_IS_ROLE_FAMILY (item))
    {
      gtk_label_set_text (self->family_label, hp_role_family_get_name (HP_ROLE_FAMILY (item)));
      gtk_widget_set_visible (GTK_WIDGET (self->family_label), TRUE);
      gtk_widget_set_visible (self->role_box, FALSE);
    }
  else if (HP_IS_ROLE (item))
    {
      HpRole *role = HP_ROLE (item);
      g_autofree char *band = hp_role_dup_band_label (role);
      /* TRANSLATORS: the second line of a role in the list, "Senior · $133,000 – $169,000" */
      g_autofree char *detail = g_strdup_printf (_("%s · %s"), hp_role_get_level_name (role), band);

      gtk_label_set_text (self->title_label, hp_role_get_title (role));
      gtk_label_set_text (self->detail_label, detail);
      gtk_widget_set_visible (GTK_WIDGET (self->family_label), FALSE);
      gtk_widget_set_visible (self->role_box, TRUE);
    }
}
