/* hp-role-profile.h: the full profile of one role
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-catalog.h"

G_BEGIN_DECLS

#define HP_TYPE_ROLE_PROFILE (hp_role_profile_get_type ())

G_DECLARE_FINAL_TYPE (HpRoleProfile, hp_role_profile, HP, ROLE_PROFILE, GtkWidget)

HpRole *hp_role_profile_get_role     (HpRoleProfile *self);
void    hp_role_profile_set_role     (HpRoleProfile *self,
                                      HpRole        *role);
void    hp_role_profile_set_catalog  (HpRoleProfile *self,
                                      HpCatalog     *catalog);

G_END_DECLS
