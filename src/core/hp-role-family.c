/* hp-role-family.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-role-family"

#include "config.h"

#include "hp-role-family.h"

struct _HpRoleFamily
{
  GObject     parent_instance;

  char       *id;
  char       *name;
  GListStore *roles;
};

G_DEFINE_FINAL_TYPE (HpRoleFamily, hp_role_family, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
compare_roles (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  HpRole *ra = (HpRole *) a;
  HpRole *rb = (HpRole *) b;

  if (hp_role_get_rank (ra) != hp_role_get_rank (rb))
    return hp_role_get_rank (ra) < hp_role_get_rank (rb) ? -1 : 1;

  return g_utf8_collate (hp_role_get_title (ra), hp_role_get_title (rb));
}

static void
hp_role_family_finalize (GObject *object)
{
  HpRoleFamily *self = (HpRoleFamily *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_object (&self->roles);

  G_OBJECT_CLASS (hp_role_family_parent_class)->finalize (object);
}

static void
hp_role_family_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HpRoleFamily *self = HP_ROLE_FAMILY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_role_family_class_init (HpRoleFamilyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hp_role_family_finalize;
  object_class->get_property = hp_role_family_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hp_role_family_init (HpRoleFamily *self)
{
  self->roles = g_list_store_new (HP_TYPE_ROLE);
}

HpRoleFamily *
hp_role_family_new (const char *id,
                    const char *name)
{
  HpRoleFamily *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (HP_TYPE_ROLE_FAMILY, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);

  return self;
}

const char *
hp_role_family_get_id (HpRoleFamily *self)
{
  g_return_val_if_fail (HP_IS_ROLE_FAMILY (self), NULL);
  return self->id;
}

const char *
hp_role_family_get_name (HpRoleFamily *self)
{
  g_return_val_if_fail (HP_IS_ROLE_FAMILY (self), NULL);
  return self->name;
}

GListModel *
hp_role_family_get_roles (HpRoleFamily *self)
{
  g_return_val_if_fail (HP_IS_ROLE_FAMILY (self), NULL);
  return G_LIST_MODEL (self->roles);
}

void
hp_role_family_add_role (HpRoleFamily *self,
                         HpRole       *role)
{
  g_return_if_fail (HP_IS_ROLE_FAMILY (self));
  g_return_if_fail (HP_IS_ROLE (role));

  g_list_store_insert_sorted (self->roles, role, compare_roles, NULL);
}
