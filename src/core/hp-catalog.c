/* hp-catalog.c: merges catalog files; a later file's role replaces an
 * earlier one with the same id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-catalog"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hp-catalog.h"
#include "hp-catalog-reader.h"
#include "hp-error.h"

/* A catalog is small; a file larger than this is not one. */
#define MAX_CATALOG_FILE_SIZE (4 * 1024 * 1024)

struct _HpCatalog
{
  GObject     parent_instance;

  GHashTable *by_id;          /* id -> HpRole */
  GPtrArray  *family_order;   /* family ids, in order of first appearance */
  GListStore *roles;          /* all roles, by family then rank */
  GListStore *families;       /* HpRoleFamily */
  GPtrArray  *problems;       /* one message each, NULL-terminated */
};

G_DEFINE_FINAL_TYPE (HpCatalog, hp_catalog, G_TYPE_OBJECT)

static void
hp_catalog_finalize (GObject *object)
{
  HpCatalog *self = (HpCatalog *) object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->family_order, g_ptr_array_unref);
  g_clear_object (&self->roles);
  g_clear_object (&self->families);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (hp_catalog_parent_class)->finalize (object);
}

static void
hp_catalog_class_init (HpCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hp_catalog_finalize;
}

static void
hp_catalog_init (HpCatalog *self)
{
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->family_order = g_ptr_array_new_with_free_func (g_free);
  self->roles = g_list_store_new (HP_TYPE_ROLE);
  self->families = g_list_store_new (HP_TYPE_ROLE_FAMILY);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->problems, NULL);
}

HpCatalog *
hp_catalog_new (void)
{
  return g_object_new (HP_TYPE_CATALOG, NULL);
}

static guint
family_index (HpCatalog  *self,
              const char *family_id)
{
  guint index;

  if (g_ptr_array_find_with_equal_func (self->family_order, family_id, g_str_equal, &index))
    return index;

  return G_MAXUINT;
}

static int
compare_roles (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  HpCatalog *self = user_data;
  HpRole *ra = *(HpRole **) a;
  HpRole *rb = *(HpRole **) b;
  guint fa = family_index (self, hp_role_get_family_id (ra));
  guint fb = family_index (self, hp_role_get_family_id (rb));

  if (fa != fb)
    return fa < fb ? -1 : 1;
  if (hp_role_get_rank (ra) != hp_role_get_rank (rb))
    return hp_role_get_rank (ra) < hp_role_get_rank (rb) ? -1 : 1;
  return g_utf8_collate (hp_role_get_title (ra), hp_role_get_title (rb));
}

/* Rebuilds the list models from the id table, in one change each. */
static void
rebuild_models (HpCatalog *self)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GPtrArray) families = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer value;
  HpRoleFamily *current = NULL;

  g_hash_table_iter_init (&iter, self->by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (sorted, value);

  g_ptr_array_sort_with_data (sorted, compare_roles, self);

  for (guint i = 0; i < sorted->len; i++)
    {
      HpRole *role = g_ptr_array_index (sorted, i);

      if (current == NULL || !g_str_equal (hp_role_family_get_id (current), hp_role_get_family_id (role)))
        {
          current = hp_role_family_new (hp_role_get_family_id (role), hp_role_get_family_name (role));
          g_ptr_array_add (families, current);
        }
      hp_role_family_add_role (current, role);
    }

  g_list_store_splice (self->roles, 0, g_list_model_get_n_items (G_LIST_MODEL (self->roles)),
                       sorted->pdata, sorted->len);
  g_list_store_splice (self->families, 0, g_list_model_get_n_items (G_LIST_MODEL (self->families)),
                       families->pdata, families->len);
}

static void
add_problem (HpCatalog  *self,
             const char *message)
{
  /* Keep the array NULL-terminated. */
  g_ptr_array_insert (self->problems, self->problems->len - 1, g_strdup (message));
  g_debug ("%s", message);
}

gboolean
hp_catalog_add_from_data (HpCatalog   *self,
                          const char  *data,
                          gsize        length,
                          const char  *display_name,
                          const char  *origin,
                          GError     **error)
{
  g_autoptr(GPtrArray) roles = NULL;

  g_return_val_if_fail (HP_IS_CATALOG (self), FALSE);

  roles = hp_catalog_read (data, length, display_name, origin, error);
  if (roles == NULL)
    return FALSE;

  for (guint i = 0; i < roles->len; i++)
    {
      HpRole *role = g_ptr_array_index (roles, i);
      const char *family_id = hp_role_get_family_id (role);

      if (family_index (self, family_id) == G_MAXUINT)
        g_ptr_array_add (self->family_order, g_strdup (family_id));

      g_hash_table_replace (self->by_id, (gpointer) hp_role_get_id (role), g_object_ref (role));
    }

  rebuild_models (self);
  return TRUE;
}

gboolean
hp_catalog_add_from_file (HpCatalog   *self,
                          const char  *path,
                          GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  g_return_val_if_fail (HP_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   _("%s: is a folder, not a catalog file"), path);
      return FALSE;
    }

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("%s: is not a regular file"), path);
      return FALSE;
    }

  {
    GStatBuf st;
    if (g_stat (path, &st) == 0 && st.st_size > MAX_CATALOG_FILE_SIZE)
      {
        g_set_error (error, HP_ERROR, HP_ERROR_RANGE,
                     _("%s: is too large to be a role catalog (more than 4 MB)"), path);
        return FALSE;
      }
  }

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code, "%s", local_error->message);
      return FALSE;
    }

  return hp_catalog_add_from_data (self, contents, length, path, path, error);
}

gboolean
hp_catalog_add_builtin (HpCatalog  *self,
                        GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (HP_IS_CATALOG (self), FALSE);

  bytes = g_resources_lookup_data (HP_CATALOG_BUILTIN_RESOURCE, 0, error);
  if (bytes == NULL)
    return FALSE;

  return hp_catalog_add_from_data (self,
                                   g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes),
                                   _("built-in catalog"),
                                   "built-in",
                                   error);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* Loads every *.json of @directory in name order; a broken file is recorded
 * as a problem and the others still load. */
void
hp_catalog_add_from_directory (HpCatalog  *self,
                               const char *directory)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  g_return_if_fail (HP_IS_CATALOG (self));
  g_return_if_fail (directory != NULL);

  dir = g_dir_open (directory, 0, NULL);
  if (dir == NULL)
    return;

  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));

  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (directory, g_ptr_array_index (names, i), NULL);
      g_autoptr(GError) error = NULL;

      if (!hp_catalog_add_from_file (self, path, &error))
        add_problem (self, error->message);
    }
}

/* The system's data directories first, the least important last in
 * $XDG_DATA_DIRS and so loaded first; the user's own directory wins. */
void
hp_catalog_add_user_catalogs (HpCatalog *self)
{
  const char * const *system_dirs = g_get_system_data_dirs ();
  guint n = g_strv_length ((char **) system_dirs);

  g_return_if_fail (HP_IS_CATALOG (self));

  for (guint i = n; i > 0; i--)
    {
      g_autofree char *dir = g_build_filename (system_dirs[i - 1], "hiring-planner", "roles", NULL);
      hp_catalog_add_from_directory (self, dir);
    }

  {
    g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "hiring-planner", "roles", NULL);
    hp_catalog_add_from_directory (self, dir);
  }
}

HpCatalog *
hp_catalog_new_default (void)
{
  HpCatalog *self = hp_catalog_new ();
  g_autoptr(GError) error = NULL;

  if (!hp_catalog_add_builtin (self, &error))
    add_problem (self, error->message);

  hp_catalog_add_user_catalogs (self);

  return self;
}

GListModel *
hp_catalog_get_roles (HpCatalog *self)
{
  g_return_val_if_fail (HP_IS_CATALOG (self), NULL);
  return G_LIST_MODEL (self->roles);
}

GListModel *
hp_catalog_get_families (HpCatalog *self)
{
  g_return_val_if_fail (HP_IS_CATALOG (self), NULL);
  return G_LIST_MODEL (self->families);
}

HpRole *
hp_catalog_lookup (HpCatalog  *self,
                   const char *id)
{
  g_return_val_if_fail (HP_IS_CATALOG (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->by_id, id);
}

HpRole *
hp_catalog_lookup_level (HpCatalog  *self,
                         const char *family_id,
                         HpLevel     level)
{
  guint n;

  g_return_val_if_fail (HP_IS_CATALOG (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->roles));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpRole) role = g_list_model_get_item (G_LIST_MODEL (self->roles), i);

      if (hp_role_get_level (role) == level &&
          (family_id == NULL || g_strcmp0 (family_id, hp_role_get_family_id (role)) == 0))
        return role;
    }

  return NULL;
}

const char * const *
hp_catalog_get_problems (HpCatalog *self)
{
  g_return_val_if_fail (HP_IS_CATALOG (self), NULL);
  return (const char * const *) self->problems->pdata;
}
