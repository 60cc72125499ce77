/* hp-role-browser.h: the list of roles with search, beside a profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-catalog.h"

G_BEGIN_DECLS

#define HP_TYPE_ROLE_BROWSER (hp_role_browser_get_type ())

G_DECLARE_FINAL_TYPE (HpRoleBrowser, hp_role_browser, HP, ROLE_BROWSER, GtkWidget)

void       hp_role_browser_set_catalog     (HpRoleBrowser *self,
                                            HpCatalog     *catalog);
gboolean   hp_role_browser_select_role     (HpRoleBrowser *self,
                                            const char    *role_id);
HpRole    *hp_role_browser_get_selected_role (HpRoleBrowser *self);
guint      hp_role_browser_get_n_matches   (HpRoleBrowser *self);
void       hp_role_browser_focus_search    (HpRoleBrowser *self);

G_END_DECLS
