/* hp-role-row.h: a row of the role list: a family heading or a role
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_ROLE_ROW (hp_role_row_get_type ())

G_DECLARE_FINAL_TYPE (HpRoleRow, hp_role_row, HP, ROLE_ROW, GtkWidget)

GtkWidget *hp_role_row_new      (void);
void       hp_role_row_set_item (HpRoleRow *self,
                                 GObject   *item);

G_END_DECLS
