/* hp-role-family.h: a job family and its roles, in rank order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hp-role.h"

G_BEGIN_DECLS

#define HP_TYPE_ROLE_FAMILY (hp_role_family_get_type ())

G_DECLARE_FINAL_TYPE (HpRoleFamily, hp_role_family, HP, ROLE_FAMILY, GObject)

HpRoleFamily *hp_role_family_new       (const char   *id,
                                        const char   *name);
const char   *hp_role_family_get_id    (HpRoleFamily *self);
const char   *hp_role_family_get_name  (HpRoleFamily *self);
GListModel   *hp_role_family_get_roles (HpRoleFamily *self);
void          hp_role_family_add_role  (HpRoleFamily *self,
                                        HpRole       *role);

G_END_DECLS
