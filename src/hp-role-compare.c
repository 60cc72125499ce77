/* hp-role-compare.c
 *
 * Two roles in two columns, section by section, so that a manager reads
 * across what changes from one level to another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-role-compare"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-money.h"
#include "hp-role-compare.h"
#include "hp-ui-util.h"

struct _HpRoleCompare
{
  GtkWidget    parent_instance;

  GtkWidget   *root_box;

  HpCatalog   *catalog;
  guint        row;
  gboolean     built;   /* the page is built on its first visit */

  GtkDropDown *left_dropdown;
  GtkDropDown *right_dropdown;
  GtkGrid     *grid;
};

G_DEFINE_FINAL_TYPE (HpRoleCompare, hp_role_compare, GTK_TYPE_WIDGET)

static void
attach_pair (HpRoleCompare *self,
             GtkWidget     *left,
             GtkWidget     *right)
{
  gtk_widget_set_valign (left, GTK_ALIGN_START);
  gtk_widget_set_valign (right, GTK_ALIGN_START);
  gtk_grid_attach (self->grid, left, 0, self->row, 1, 1);
  gtk_grid_attach (self->grid, right, 1, self->row, 1, 1);
  self->row++;
}

static void
attach_heading (HpRoleCompare *self,
                const char    *text)
{
  GtkWidget *heading = hp_section_heading_new (text);

  gtk_widget_set_margin_top (heading, 18);
  gtk_grid_attach (self->grid, heading, 0, self->row++, 2, 1);
  gtk_grid_attach (self->grid, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), 0, self->row++, 2, 1);
}

static GtkWidget *
label_with_class (const char *text,
                  const char *css_class)
{
  GtkWidget *label = hp_paragraph_new (text);

  gtk_label_set_max_width_chars (GTK_LABEL (label), 44);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
title_block (HpRole *role)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *pill = gtk_label_new (hp_role_get_level_name (role));
  GtkWidget *title = hp_section_heading_new (hp_role_get_title (role));

  gtk_widget_set_halign (pill, GTK_ALIGN_START);
  gtk_widget_add_css_class (pill, "hp-level-pill");
  gtk_widget_remove_css_class (title, "heading");
  gtk_widget_remove_css_class (title, "hp-section-heading");
  gtk_widget_add_css_class (title, "title-2");
  gtk_box_append (GTK_BOX (box), pill);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), label_with_class (hp_role_get_summary (role), "hp-summary"));

  return box;
}

/* The band, and for the right-hand role how its midpoint differs. */
static GtkWidget *
band_block (HpRole *role,
            HpRole *other)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *band = hp_role_dup_band_label (role);
  g_autofree char *mid = hp_money_format (hp_role_get_band_mid (role), hp_role_get_currency (role),
                                          HP_MONEY_FORMAT_DROP_ZERO_MINOR);
  g_autofree char *mid_text = g_strdup_printf (_("Midpoint %s"), mid);

  gtk_box_append (GTK_BOX (box), label_with_class (band, "title-3"));
  gtk_box_append (GTK_BOX (box), label_with_class (mid_text, "dim-label"));

  if (other != NULL &&
      g_strcmp0 (hp_role_get_currency (role), hp_role_get_currency (other)) == 0 &&
      hp_role_get_band_mid (other) > 0)
    {
      gint64 diff = hp_role_get_band_mid (role) - hp_role_get_band_mid (other);
      gint64 magnitude = diff < 0 ? -diff : diff;
      /* Whole percent, rounded half up, in integers. */
      gint64 percent = (magnitude * 200 / hp_role_get_band_mid (other) + 1) / 2;
      g_autofree char *amount = hp_money_format (magnitude, hp_role_get_currency (role),
                                                 HP_MONEY_FORMAT_DROP_ZERO_MINOR);
      g_autofree char *text = NULL;
      GtkWidget *label;

      if (diff == 0)
        text = g_strdup_printf (_("Same midpoint as %s"), hp_role_get_level_name (other));
      else
        /* TRANSLATORS: "+$27,000 (+30%) on the Junior midpoint" */
        {
          /* Numbers go in as text: gettext cannot see through G_GINT64_FORMAT. */
          g_autofree char *percent_text = g_strdup_printf ("%s%" G_GINT64_FORMAT, diff > 0 ? "+" : "−", percent);
          text = g_strdup_printf (_("%s%s (%s%%) on the %s midpoint"),
                                  diff > 0 ? "+" : "−", amount, percent_text,
                                  hp_role_get_level_name (other));
        }
      label = label_with_class (text, diff > 0 ? "hp-delta-up" : "hp-delta-down");
      gtk_box_append (GTK_BOX (box), label);
    }

  return box;
}

static char **
strv_minus (const char * const *items,
            const char * const *remove)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; items[i] != NULL; i++)
    if (!g_strv_contains (remove, items[i]))
      g_strv_builder_add (builder, items[i]);

  return g_strv_builder_end (builder);
}

static void
attach_lists (HpRoleCompare      *self,
              const char         *heading,
              const char * const *left,
              const char * const *right)
{
  if (left[0] == NULL && right[0] == NULL)
    return;

  attach_heading (self, heading);
  attach_pair (self, hp_bullet_list_new (left), hp_bullet_list_new (right));
}

static void
rebuild (HpRoleCompare *self)
{
  HpRole *left = hp_role_compare_get_left (self);
  HpRole *right = hp_role_compare_get_right (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  self->row = 0;

  if (left == NULL || right == NULL)
    return;

  attach_pair (self, title_block (left), title_block (right));

  attach_heading (self, _("Annual Base Salary"));
  attach_pair (self, band_block (left, NULL), band_block (right, left));

  attach_heading (self, _("Experience and Employment"));
  {
    g_autofree char *le = hp_role_dup_experience_label (left);
    g_autofree char *re = hp_role_dup_experience_label (right);
    g_autofree char *lm = hp_role_dup_employment_label (left);
    g_autofree char *rm = hp_role_dup_employment_label (right);
    g_autofree char *ltext = g_strdup_printf ("%s · %s", le, lm);
    g_autofree char *rtext = g_strdup_printf ("%s · %s", re, rm);

    attach_pair (self, label_with_class (ltext, NULL), label_with_class (rtext, NULL));
  }

  attach_heading (self, _("Scope and Autonomy"));
  attach_pair (self,
               label_with_class (hp_role_get_scope (left), NULL),
               label_with_class (hp_role_get_scope (right), NULL));

  attach_lists (self, _("Responsibilities"),
                hp_role_get_responsibilities (left), hp_role_get_responsibilities (right));
  attach_lists (self, _("Requirements"),
                hp_role_get_requirements (left), hp_role_get_requirements (right));
  attach_lists (self, _("Nice to Have"),
                hp_role_get_nice_to_have (left), hp_role_get_nice_to_have (right));
  attach_lists (self, _("How to Assess a Candidate"),
                hp_role_get_interview_focus (left), hp_role_get_interview_focus (right));

  if (hp_role_get_skills (left)[0] != NULL || hp_role_get_skills (right)[0] != NULL)
    {
      g_auto(GStrv) left_only = strv_minus (hp_role_get_skills (left), hp_role_get_skills (right));
      g_auto(GStrv) right_only = strv_minus (hp_role_get_skills (right), hp_role_get_skills (left));

      attach_heading (self, _("Skills"));
      attach_pair (self,
                   hp_chip_box_new (hp_role_get_skills (left), (const char * const *) left_only),
                   hp_chip_box_new (hp_role_get_skills (right), (const char * const *) right_only));
      attach_pair (self,
                   label_with_class (_("Highlighted skills are not listed for the other role."), "caption"),
                   gtk_label_new (NULL));
    }
}

static void
swap_clicked_cb (HpRoleCompare *self)
{
  guint left = gtk_drop_down_get_selected (self->left_dropdown);
  guint right = gtk_drop_down_get_selected (self->right_dropdown);

  g_object_freeze_notify (G_OBJECT (self->left_dropdown));
  gtk_drop_down_set_selected (self->left_dropdown, right);
  gtk_drop_down_set_selected (self->right_dropdown, left);
  g_object_thaw_notify (G_OBJECT (self->left_dropdown));
}

static void
apply_catalog (HpRoleCompare *self)
{
  GListModel *roles = hp_catalog_get_roles (self->catalog);

  gtk_drop_down_set_model (self->left_dropdown, roles);
  gtk_drop_down_set_model (self->right_dropdown, roles);

  /* A sensible first comparison: the second level against the third. */
  if (g_list_model_get_n_items (roles) >= 2)
    {
      guint first = g_list_model_get_n_items (roles) > 3 ? 2 : 0;
      gtk_drop_down_set_selected (self->left_dropdown, first);
      gtk_drop_down_set_selected (self->right_dropdown, first + 1);
    }
  rebuild (self);
}

/* The page's widgets, made the first time they are shown or asked for:
 * a window that never compares roles never builds them. */
static void
ensure_built (HpRoleCompare *self)
{
  GtkExpression *expression;

  if (self->built)
    return;
  self->built = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  expression = gtk_property_expression_new (HP_TYPE_ROLE, NULL, "title");
  gtk_drop_down_set_expression (self->left_dropdown, expression);
  gtk_drop_down_set_expression (self->right_dropdown, expression);
  gtk_expression_unref (expression);

  hp_drop_down_name_button (self->left_dropdown, _("First role to compare"));
  hp_drop_down_name_button (self->right_dropdown, _("Second role to compare"));

  if (self->catalog != NULL)
    apply_catalog (self);
  g_signal_connect_swapped (self->left_dropdown, "notify::selected", G_CALLBACK (rebuild), self);
  g_signal_connect_swapped (self->right_dropdown, "notify::selected", G_CALLBACK (rebuild), self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
hp_role_compare_map (GtkWidget *widget)
{
  ensure_built (HP_ROLE_COMPARE (widget));

  GTK_WIDGET_CLASS (hp_role_compare_parent_class)->map (widget);
}

static void
hp_role_compare_dispose (GObject *object)
{
  HpRoleCompare *self = HP_ROLE_COMPARE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_ROLE_COMPARE);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (hp_role_compare_parent_class)->dispose (object);
}

static void
hp_role_compare_class_init (HpRoleCompareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_role_compare_dispose;
  widget_class->map = hp_role_compare_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hiringplanner/HiringPlanner/hp-role-compare.ui");
  gtk_widget_class_bind_template_child (widget_class, HpRoleCompare, root_box);
  gtk_widget_class_bind_template_child (widget_class, HpRoleCompare, left_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HpRoleCompare, right_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HpRoleCompare, grid);
  gtk_widget_class_bind_template_callback (widget_class, swap_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rolecompare");
}

static void
hp_role_compare_init (HpRoleCompare *self)
{
}

void
hp_role_compare_set_catalog (HpRoleCompare *self,
                             HpCatalog     *catalog)
{
  g_return_if_fail (HP_IS_ROLE_COMPARE (self));
  g_return_if_fail (HP_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  if (self->built)
    apply_catalog (self);
}

static guint
position_of_role (HpRoleCompare *self,
                  const char    *id)
{
  GListModel *roles = hp_catalog_get_roles (self->catalog);
  guint n = g_list_model_get_n_items (roles);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpRole) role = g_list_model_get_item (roles, i);
      if (g_strcmp0 (hp_role_get_id (role), id) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

gboolean
hp_role_compare_set_roles (HpRoleCompare *self,
                           const char    *left_id,
                           const char    *right_id)
{
  guint left, right;

  g_return_val_if_fail (HP_IS_ROLE_COMPARE (self), FALSE);

  if (self->catalog == NULL)
    return FALSE;

  ensure_built (self);
  left = position_of_role (self, left_id);
  right = position_of_role (self, right_id);
  if (left == GTK_INVALID_LIST_POSITION || right == GTK_INVALID_LIST_POSITION)
    return FALSE;

  gtk_drop_down_set_selected (self->left_dropdown, left);
  gtk_drop_down_set_selected (self->right_dropdown, right);
  return TRUE;
}

HpRole *
hp_role_compare_get_left (HpRoleCompare *self)
{
  g_return_val_if_fail (HP_IS_ROLE_COMPARE (self), NULL);
  ensure_built (self);
  return gtk_drop_down_get_selected_item (self->left_dropdown);
}

HpRole *
hp_role_compare_get_right (HpRoleCompare *self)
{
  g_return_val_if_fail (HP_IS_ROLE_COMPARE (self), NULL);
  ensure_built (self);
  return gtk_drop_down_get_selected_item (self->right_dropdown);
}
