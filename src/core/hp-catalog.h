/* hp-catalog.h: every role the application knows, from every catalog file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hp-role.h"
#include "hp-role-family.h"

G_BEGIN_DECLS

#define HP_TYPE_CATALOG (hp_catalog_get_type ())

#define HP_CATALOG_BUILTIN_RESOURCE "/io/github/hiringplanner/HiringPlanner/core/roles/backend-engineering.json"

G_DECLARE_FINAL_TYPE (HpCatalog, hp_catalog, HP, CATALOG, GObject)

HpCatalog   *hp_catalog_new               (void);
HpCatalog   *hp_catalog_new_default       (void);
gboolean     hp_catalog_add_from_data     (HpCatalog   *self,
                                           const char  *data,
                                           gsize        length,
                                           const char  *display_name,
                                           const char  *origin,
                                           GError     **error);
gboolean     hp_catalog_add_from_file     (HpCatalog   *self,
                                           const char  *path,
                                           GError     **error);
gboolean     hp_catalog_add_builtin       (HpCatalog   *self,
                                           GError     **error);
void         hp_catalog_add_from_directory (HpCatalog  *self,
                                           const char  *directory);
void         hp_catalog_add_user_catalogs (HpCatalog   *self);
GListModel  *hp_catalog_get_roles         (HpCatalog   *self);
GListModel  *hp_catalog_get_families      (HpCatalog   *self);
HpRole      *hp_catalog_lookup            (HpCatalog   *self,
                                           const char  *id);
HpRole      *hp_catalog_lookup_level      (HpCatalog   *self,
                                           const char  *family_id,
                                           HpLevel      level);
const char * const *hp_catalog_get_problems (HpCatalog *self);

G_END_DECLS
