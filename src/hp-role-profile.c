/* hp-role-profile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-role-profile"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-band-bar.h"
#include "hp-clamp.h"
#include "hp-money.h"
#include "hp-month.h"
#include "hp-month-picker.h"
#include "hp-role-profile.h"
#include "hp-ui-util.h"

struct _HpRoleProfile
{
  GtkWidget          parent_instance;

  HpRole            *role;
  HpCatalog         *catalog;

  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkLabel          *level_label;
  GtkLabel          *title_label;
  GtkLabel          *summary_label;
  GtkButton         *compare_button;
  GtkMenuButton     *add_button;
  GtkPopover        *add_popover;
  GtkSpinButton     *add_count_spin;
  GtkEntry          *add_start_entry;
  GtkLabel          *add_error_label;
  GtkLabel          *band_label;
  HpBandBar         *band_bar;
  GtkLabel          *band_detail_label;
  GtkLabel          *experience_label;
  GtkLabel          *employment_label;
  GtkLabel          *reports_to_label;
  GtkBox            *sections_box;
  GtkLabel          *source_label;
};

G_DEFINE_FINAL_TYPE (HpRoleProfile, hp_role_profile, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_section (HpRoleProfile *self,
             const char    *heading,
             GtkWidget     *content)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);

  gtk_box_append (GTK_BOX (box), hp_section_heading_new (heading));
  gtk_box_append (GTK_BOX (box), content);
  gtk_box_append (self->sections_box, box);
}

/* The role of the same family one rank up, or down for the top level. */
static HpRole *
find_neighbour (HpRoleProfile *self)
{
  GListModel *roles;
  HpRole *previous = NULL;
  guint n;

  if (self->catalog == NULL)
    return NULL;

  roles = hp_catalog_get_roles (self->catalog);
  n = g_list_model_get_n_items (roles);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpRole) role = g_list_model_get_item (roles, i);

      if (g_strcmp0 (hp_role_get_family_id (role), hp_role_get_family_id (self->role)) != 0)
        continue;

      if (role == self->role)
        {
          for (guint j = i + 1; j < n; j++)
            {
              g_autoptr(HpRole) next = g_list_model_get_item (roles, j);
              if (g_strcmp0 (hp_role_get_family_id (next), hp_role_get_family_id (self->role)) == 0)
                return next;
            }
          return previous;
        }
      previous = role;
    }

  return NULL;
}

static void
band_scale (HpRoleProfile *self,
            gint64        *scale_min,
            gint64        *scale_max)
{
  GListModel *roles = hp_catalog_get_roles (self->catalog);
  guint n = g_list_model_get_n_items (roles);

  *scale_min = hp_role_get_band_min (self->role);
  *scale_max = hp_role_get_band_max (self->role);

  /* The bar places this band among every band of the same currency. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpRole) role = g_list_model_get_item (roles, i);

      if (g_strcmp0 (hp_role_get_currency (role), hp_role_get_currency (self->role)) != 0)
        continue;
      *scale_min = MIN (*scale_min, hp_role_get_band_min (role));
      *scale_max = MAX (*scale_max, hp_role_get_band_max (role));
    }
}

static void
update (HpRoleProfile *self)
{
  HpRole *role = self->role;
  HpRole *neighbour;
  g_autofree char *band = NULL;
  g_autofree char *mid = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *experience = NULL;
  g_autofree char *employment = NULL;
  g_autofree char *band_description = NULL;
  gint64 scale_min = 0, scale_max = 0;

  hp_box_remove_all (self->sections_box);

  if (role == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  gtk_label_set_text (self->level_label, hp_role_get_level_name (role));
  gtk_label_set_text (self->title_label, hp_role_get_title (role));
  gtk_label_set_text (self->summary_label, hp_role_get_summary (role));

  band = hp_role_dup_band_label (role);
  mid = hp_money_format (hp_role_get_band_mid (role), hp_role_get_currency (role),
                         HP_MONEY_FORMAT_DROP_ZERO_MINOR);
  /* TRANSLATORS: "Midpoint $151,000 · amounts in USD" */
  detail = g_strdup_printf (_("Midpoint %s · amounts in %s"), mid, hp_role_get_currency (role));
  gtk_label_set_text (self->band_label, band);
  gtk_label_set_text (self->band_detail_label, detail);

  if (self->catalog != NULL)
    band_scale (self, &scale_min, &scale_max);
  hp_band_bar_set_band (self->band_bar, hp_role_get_band_min (role), hp_role_get_band_mid (role),
                        hp_role_get_band_max (role), scale_min, scale_max);
  /* TRANSLATORS: the accessible description of the salary band chart */
  band_description = g_strdup_printf (_("Salary band %s, midpoint %s"), band, mid);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->band_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, band_description,
                                  -1);

  experience = hp_role_dup_experience_label (role);
  employment = hp_role_dup_employment_label (role);
  gtk_label_set_text (self->experience_label, experience);
  gtk_label_set_text (self->employment_label, employment);

  if (hp_role_get_reports_to (role) != HP_LEVEL_INVALID)
    {
      HpRole *manager = self->catalog != NULL
        ? hp_catalog_lookup_level (self->catalog, hp_role_get_family_id (role), hp_role_get_reports_to (role))
        : NULL;

      gtk_label_set_text (self->reports_to_label,
                          manager != NULL ? hp_role_get_title (manager)
                                          : hp_level_display_name (hp_role_get_reports_to (role)));
    }
  else
    gtk_label_set_text (self->reports_to_label, _("Engineering manager"));

  add_section (self, _("Scope and Autonomy"), hp_paragraph_new (hp_role_get_scope (role)));
  add_section (self, _("Responsibilities"), hp_bullet_list_new (hp_role_get_responsibilities (role)));
  add_section (self, _("Requirements"), hp_bullet_list_new (hp_role_get_requirements (role)));
  if (hp_role_get_nice_to_have (role)[0] != NULL)
    add_section (self, _("Nice to Have"), hp_bullet_list_new (hp_role_get_nice_to_have (role)));
  add_section (self, _("How to Assess a Candidate"), hp_bullet_list_new (hp_role_get_interview_focus (role)));
  if (hp_role_get_skills (role)[0] != NULL)
    add_section (self, _("Skills"), hp_chip_box_new (hp_role_get_skills (role), NULL));

  {
    GString *source = g_string_new (NULL);

    if (hp_role_get_band_basis (role) != NULL)
      g_string_append_printf (source, "%s ", hp_role_get_band_basis (role));
    if (hp_role_get_source (role) != NULL)
      g_string_append (source, hp_role_get_source (role));
    if (g_strcmp0 (hp_role_get_origin (role), "built-in") != 0)
      g_string_append_printf (source, "%s%s %s", source->len > 0 ? "\n" : "",
                              _("From the catalog file"), hp_role_get_origin (role));
    gtk_label_set_text (self->source_label, source->str);
    gtk_widget_set_visible (GTK_WIDGET (self->source_label), source->len > 0);
    g_string_free (source, TRUE);
  }

  neighbour = find_neighbour (self);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_button), neighbour != NULL);
  if (neighbour != NULL)
    {
      /* TRANSLATORS: a button, "Compare with Mid-Level" */
      g_autofree char *label = g_strdup_printf (_("_Compare with %s"), hp_role_get_level_name (neighbour));

      gtk_button_set_label (self->compare_button, label);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->compare_button), "(ss)",
                                        hp_role_get_id (role), hp_role_get_id (neighbour));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->compare_button), "win.compare-next");
    }

  gtk_stack_set_visible_child_name (self->stack, "profile");

  /* A new role starts at its top. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
add_confirm_cb (HpRoleProfile *self)
{
  g_autofree char *start = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_start_entry))));
  g_autoptr(GError) error = NULL;

  if (self->role == NULL)
    return;

  gtk_spin_button_update (self->add_count_spin);
  if (*start != '\0' && !hp_month_parse (start, NULL, &error))
    {
      gtk_label_set_text (self->add_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->add_error_label), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->add_start_entry), "error");
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->add_error_label), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->add_start_entry), "error");
  gtk_popover_popdown (self->add_popover);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.add-role-to-plan", "(sus)",
                              hp_role_get_id (self->role),
                              (guint) gtk_spin_button_get_value_as_int (self->add_count_spin),
                              start);
}

static void
hp_role_profile_dispose (GObject *object)
{
  HpRoleProfile *self = HP_ROLE_PROFILE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_ROLE_PROFILE);
  g_clear_object (&self->role);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (hp_role_profile_parent_class)->dispose (object);
}

static void
hp_role_profile_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HpRoleProfile *self = HP_ROLE_PROFILE (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      g_value_set_object (value, self->role);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_role_profile_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HpRoleProfile *self = HP_ROLE_PROFILE (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      hp_role_profile_set_role (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_role_profile_class_init (HpRoleProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_role_profile_dispose;
  object_class->get_property = hp_role_profile_get_property;
  object_class->set_property = hp_role_profile_set_property;

  properties[PROP_ROLE] =
    g_param_spec_object ("role", NULL, NULL, HP_TYPE_ROLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HP_TYPE_BAND_BAR);
  g_type_ensure (HP_TYPE_CLAMP);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hiringplanner/HiringPlanner/hp-role-profile.ui");
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, stack);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, scroller);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, level_label);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, title_label);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, compare_button);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, add_button);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, add_popover);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, add_count_spin);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, add_start_entry);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, add_error_label);
  gtk_widget_class_bind_template_callback (widget_class, add_confirm_cb);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, band_label);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, band_bar);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, band_detail_label);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, experience_label);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, employment_label);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, reports_to_label);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, sections_box);
  gtk_widget_class_bind_template_child (widget_class, HpRoleProfile, source_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "roleprofile");
}

static void
hp_role_profile_init (HpRoleProfile *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hp_menu_button_suggest (self->add_button);
  hp_month_entry_add_picker (self->add_start_entry, FALSE);
}

HpRole *
hp_role_profile_get_role (HpRoleProfile *self)
{
  g_return_val_if_fail (HP_IS_ROLE_PROFILE (self), NULL);
  return self->role;
}

void
hp_role_profile_set_role (HpRoleProfile *self,
                          HpRole        *role)
{
  g_return_if_fail (HP_IS_ROLE_PROFILE (self));
  g_return_if_fail (role == NULL || HP_IS_ROLE (role));

  if (!g_set_object (&self->role, role))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

void
hp_role_profile_set_catalog (HpRoleProfile *self,
                             HpCatalog     *catalog)
{
  g_return_if_fail (HP_IS_ROLE_PROFILE (self));

  if (g_set_object (&self->catalog, catalog))
    update (self);
}
