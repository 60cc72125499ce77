/* fuzz-catalog-reader.c: libFuzzer target for hp_catalog_add_from_data
 *
 * Any bytes, given to a fresh catalog, must add roles or give one error,
 * never a crash, a leak or undefined behaviour; the roles of an accepted
 * catalog must be whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "hp-catalog.h"
#include "hp-error.h"
#include "hp-money.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check_role (HpCatalog *catalog,
            HpRole    *role)
{
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;

  g_assert_nonnull (hp_role_get_id (role));
  g_assert_true (hp_catalog_lookup (catalog, hp_role_get_id (role)) == role);
  g_assert_cmpint (hp_role_get_level (role), >=, 0);
  g_assert_cmpint (hp_role_get_level (role), <, HP_N_LEVELS);
  g_assert_nonnull (hp_role_get_level_name (role));
  g_assert_nonnull (hp_role_get_title (role));
  g_assert_nonnull (hp_role_get_summary (role));
  g_assert_nonnull (hp_role_get_scope (role));
  g_assert_nonnull (hp_role_get_responsibilities (role));
  g_assert_nonnull (hp_role_get_requirements (role));
  g_assert_nonnull (hp_role_get_interview_focus (role));
  g_assert_nonnull (hp_role_get_family_id (role));
  g_assert_nonnull (hp_role_get_family_name (role));
  g_assert_cmpuint (hp_role_get_experience_min (role), <=, hp_role_get_experience_max (role));
  g_assert_cmpint (hp_role_get_band_min (role), >=, 0);
  g_assert_cmpint (hp_role_get_band_min (role), <=, hp_role_get_band_mid (role));
  g_assert_cmpint (hp_role_get_band_mid (role), <=, hp_role_get_band_max (role));
  g_assert_cmpint (hp_role_get_band_max (role), <=, HP_MONEY_MAX);

  /* What the role browser shows. */
  min = hp_money_format (hp_role_get_band_min (role), hp_role_get_currency (role), HP_MONEY_FORMAT_DEFAULT);
  max = hp_money_format (hp_role_get_band_max (role), hp_role_get_currency (role),
                         HP_MONEY_FORMAT_DROP_ZERO_MINOR);
  g_assert_true (g_utf8_validate (min, -1, NULL));
  g_assert_true (g_utf8_validate (max, -1, NULL));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(HpCatalog) catalog = hp_catalog_new ();
  g_autoptr(GError) error = NULL;
  GListModel *roles;
  GListModel *families;
  guint n_roles_in_families = 0;

  if (!hp_catalog_add_from_data (catalog, (const char *) data, size, "fuzz.json", "fuzz", &error))
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == HP_ERROR);
      g_assert_nonnull (strstr (error->message, "fuzz.json"));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpuint (g_list_model_get_n_items (hp_catalog_get_roles (catalog)), ==, 0);
      return 0;
    }
  g_assert_no_error (error);

  roles = hp_catalog_get_roles (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (roles), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(HpRole) role = g_list_model_get_item (roles, i);
      check_role (catalog, role);
    }

  families = hp_catalog_get_families (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (families); i++)
    {
      g_autoptr(HpRoleFamily) family = g_list_model_get_item (families, i);
      GListModel *family_roles = hp_role_family_get_roles (family);

      n_roles_in_families += g_list_model_get_n_items (family_roles);
      for (int level = 0; level < HP_N_LEVELS; level++)
        hp_catalog_lookup_level (catalog, hp_role_family_get_id (family), (HpLevel) level);
    }
  g_assert_cmpuint (n_roles_in_families, ==, g_list_model_get_n_items (roles));

  return 0;
}
