/* hp-role-compare.h: two role profiles side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-catalog.h"

G_BEGIN_DECLS

#define HP_TYPE_ROLE_COMPARE (hp_role_compare_get_type ())

G_DECLARE_FINAL_TYPE (HpRoleCompare, hp_role_compare, HP, ROLE_COMPARE, GtkWidget)

void     hp_role_compare_set_catalog (HpRoleCompare *self,
                                      HpCatalog     *catalog);
gboolean hp_role_compare_set_roles   (HpRoleCompare *self,
                                      const char    *left_id,
                                      const char    *right_id);
HpRole  *hp_role_compare_get_left    (HpRoleCompare *self);
HpRole  *hp_role_compare_get_right   (HpRoleCompare *self);

G_END_DECLS
