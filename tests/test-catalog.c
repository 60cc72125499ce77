/* test-catalog.c: the role catalog, built-in and from files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hp-catalog.h"
#include "hp-catalog-reader.h"
#include "hp-error.h"

static char *data_home;

static char *
catalog_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "catalogs", name, NULL);
}

static void
test_builtin_six_roles (void)
{
  g_autoptr(HpCatalog) catalog = hp_catalog_new ();
  g_autoptr(GError) error = NULL;
  GListModel *roles;
  static const char *ids[] = {
    "backend-intern", "backend-graduate", "backend-junior",
    "backend-mid", "backend-senior", "backend-lead",
  };

  g_assert_true (hp_catalog_add_builtin (catalog, &error));
  g_assert_no_error (error);

  roles = hp_catalog_get_roles (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 6);

  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(HpRole) role = g_list_model_get_item (roles, i);

      g_assert_cmpstr (hp_role_get_id (role), ==, ids[i]);
      g_assert_cmpint (hp_role_get_level (role), ==, (HpLevel) i);
      g_assert_cmpuint (hp_role_get_rank (role), ==, i + 1);
      g_assert_cmpint (hp_role_get_band_min (role), <=, hp_role_get_band_mid (role));
      g_assert_cmpint (hp_role_get_band_mid (role), <=, hp_role_get_band_max (role));
      g_assert_cmpint (hp_role_get_band_min (role), >, 0);
      g_assert_cmpstr (hp_role_get_currency (role), ==, "USD");
      g_assert_nonnull (hp_role_get_summary (role));
      g_assert_cmpuint (g_strv_length ((char **) hp_role_get_responsibilities (role)), >=, 5);
      g_assert_cmpuint (g_strv_length ((char **) hp_role_get_requirements (role)), >=, 4);
      g_assert_cmpuint (g_strv_length ((char **) hp_role_get_interview_focus (role)), >=, 3);
      g_assert_cmpuint (hp_role_get_experience_min (role), <=, hp_role_get_experience_max (role));
      g_assert_cmpstr (hp_role_get_family_id (role), ==, "backend-engineering");
    }

  /* Facts from the cost defaults: the senior band and the intern term. */
  {
    HpRole *senior = hp_catalog_lookup (catalog, "backend-senior");
    HpRole *intern = hp_catalog_lookup (catalog, "backend-intern");
    g_autofree char *band = hp_role_dup_band_label (senior);

    g_assert_cmpint (hp_role_get_band_min (senior), ==, 13300000);
    g_assert_cmpint (hp_role_get_band_mid (senior), ==, 15100000);
    g_assert_cmpint (hp_role_get_band_max (senior), ==, 16900000);
    g_assert_cmpstr (band, ==, "$133,000 – $169,000");
    g_assert_true (hp_role_is_fixed_term (intern));
    g_assert_cmpuint (hp_role_get_term_months (intern), ==, 3);
    g_assert_false (hp_role_is_fixed_term (senior));
    g_assert_cmpint (hp_role_get_reports_to (intern), ==, HP_LEVEL_SENIOR);
  }

  g_assert_cmpuint (g_list_model_get_n_items (hp_catalog_get_families (catalog)), ==, 1);
}

typedef struct
{
  const char *file;
  int         code;
  const char *expected;  /* a part of the message */
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "missing-field.json",     HP_ERROR_INVALID,  "roles[0].title: this field is missing" },
  { "wrong-type.json",        HP_ERROR_INVALID,  "roles[0].rank: expected a whole number, found a string" },
  { "min-above-max.json",     HP_ERROR_INVALID,  "roles[0].salary_band: the minimum is greater than the maximum" },
  { "unknown-level.json",     HP_ERROR_INVALID,  "roles[0].level: “principal” is not a level" },
  { "duplicate-id.json",      HP_ERROR_INVALID,  "roles[1].id: the id “backend-junior” is used by another role" },
  { "too-many-decimals.json", HP_ERROR_INVALID,  "roles[0].salary_band.mid: the amount “91000.001” has more decimals" },
  { "later-version.json",     HP_ERROR_INVALID,  "version: this catalog is format version 2; this version of Hiring Planner reads version 1" },
  { "not-json.json",          HP_ERROR_SYNTAX,   "not-json.json:2:14: expected a value, found “o”" },
  { "comment.json",           HP_ERROR_SYNTAX,   "comment.json:2:3: expected a key in double quotes, found a comment (JSON has none)" },
  { "empty.json",             HP_ERROR_SYNTAX,   "empty.json: the file is empty" },
  { "deep.json",              HP_ERROR_TOO_DEEP, "deep.json:1:17: nesting deeper than 16 levels" },
  { "trailing.json",          HP_ERROR_SYNTAX,   "after the end of the document" },
};

static void
test_broken_catalogs (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autoptr(HpCatalog) catalog = hp_catalog_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *path = catalog_path (broken_cases[i].file);

      g_test_message ("%s", broken_cases[i].file);
      g_assert_false (hp_catalog_add_from_file (catalog, path, &error));
      g_assert_error (error, HP_ERROR, broken_cases[i].code);
      g_test_message ("  → %s", error->message);
      /* Every message names the file. */
      g_assert_true (g_str_has_prefix (error->message, path));
      if (strstr (error->message, broken_cases[i].expected) == NULL)
        g_error ("%s: expected “%s” in “%s”", broken_cases[i].file, broken_cases[i].expected, error->message);
      g_assert_cmpuint (g_list_model_get_n_items (hp_catalog_get_roles (catalog)), ==, 0);
    }
}

static void
test_all_problems_reported (void)
{
  static const char data[] =
    "{\"format\": \"hiring-planner-catalog\", \"version\": 1,"
    " \"family\": {\"id\": \"f\", \"name\": \"F\"},"
    " \"roles\": [{\"id\": \"Bad Id\", \"level\": \"mid\", \"rank\": 0}]}";
  g_autoptr(HpCatalog) catalog = hp_catalog_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (hp_catalog_add_from_data (catalog, data, sizeof data - 1, "inline.json", "inline", &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "inline.json: roles[0].id: “Bad Id” is not a valid id"));
  g_assert_nonnull (strstr (error->message, "roles[0].rank: 0 is out of range"));
  g_assert_nonnull (strstr (error->message, "roles[0].title: this field is missing"));
  g_assert_nonnull (strstr (error->message, "roles[0].salary_band: this field is missing"));
}

static void
test_override_and_broken_neighbour (void)
{
  g_autoptr(HpCatalog) catalog = hp_catalog_new ();
  g_autofree char *dir = g_dir_make_tmp ("hp-catalog-XXXXXX", NULL);
  g_autofree char *good_src = catalog_path ("override-senior.json");
  g_autofree char *bad_src = catalog_path ("min-above-max.json");
  g_autofree char *good = g_build_filename (dir, "b-good.json", NULL);
  g_autofree char *bad = g_build_filename (dir, "a-broken.json", NULL);
  g_autofree char *contents = NULL;
  const char * const *problems;
  HpRole *senior;
  gsize len;

  g_assert_true (g_file_get_contents (good_src, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (good, contents, len, NULL));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (bad_src, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (bad, contents, len, NULL));

  g_assert_true (hp_catalog_add_builtin (catalog, NULL));
  hp_catalog_add_from_directory (catalog, dir);

  /* The good file replaced the built-in senior, the broken one is reported. */
  g_assert_cmpuint (g_list_model_get_n_items (hp_catalog_get_roles (catalog)), ==, 6);
  senior = hp_catalog_lookup (catalog, "backend-senior");
  g_assert_cmpstr (hp_role_get_title (senior), ==, "Senior Back-End Engineer (Company)");
  g_assert_cmpint (hp_role_get_band_mid (senior), ==, 15500000);
  g_assert_cmpstr (hp_role_get_origin (senior), ==, good);

  problems = hp_catalog_get_problems (catalog);
  g_assert_cmpuint (g_strv_length ((char **) problems), ==, 1);
  g_assert_true (g_str_has_prefix (problems[0], bad));

  g_assert_cmpint (g_unlink (good), ==, 0);
  g_assert_cmpint (g_unlink (bad), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_default_reads_user_dirs (void)
{
  g_autofree char *roles_dir = g_build_filename (data_home, "hiring-planner", "roles", NULL);
  g_autofree char *src = catalog_path ("good-platform.json");
  g_autofree char *dst = g_build_filename (roles_dir, "platform.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(HpCatalog) catalog = NULL;
  GListModel *families;
  gsize len;

  g_assert_cmpint (g_mkdir_with_parents (roles_dir, 0700), ==, 0);
  g_assert_true (g_file_get_contents (src, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (dst, contents, len, NULL));

  catalog = hp_catalog_new_default ();
  g_assert_cmpuint (g_list_model_get_n_items (hp_catalog_get_roles (catalog)), ==, 7);
  g_assert_nonnull (hp_catalog_lookup (catalog, "platform-mid"));
  g_assert_cmpuint (g_strv_length ((char **) hp_catalog_get_problems (catalog)), ==, 0);

  /* Families keep the built-in one first. */
  families = hp_catalog_get_families (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (families), ==, 2);
  {
    g_autoptr(HpRoleFamily) first = g_list_model_get_item (families, 0);
    g_autoptr(HpRoleFamily) second = g_list_model_get_item (families, 1);
    g_assert_cmpstr (hp_role_family_get_id (first), ==, "backend-engineering");
    g_assert_cmpstr (hp_role_family_get_name (second), ==, "Platform Engineering");
  }

  g_assert_cmpint (g_unlink (dst), ==, 0);
}

static void
test_not_a_file (void)
{
  g_autoptr(HpCatalog) catalog = hp_catalog_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "catalogs", NULL);

  g_assert_false (hp_catalog_add_from_file (catalog, dir, &error));
  g_assert_nonnull (strstr (error->message, "is a folder, not a catalog file"));
}

static void
test_translations (void)
{
  static const char data[] =
    "{\"format\": \"hiring-planner-catalog\", \"version\": 1,"
    " \"family\": {\"id\": \"f\", \"name\": \"Data\"},"
    " \"source\": \"Sources.\","
    " \"translations\": {\"de\": {\"family\": \"Daten\", \"source\": \"Quellen.\"}},"
    " \"roles\": [{\"id\": \"data-mid\", \"level\": \"mid\", \"rank\": 1,"
    "  \"title\": \"Data Engineer\", \"summary\": \"Builds pipelines.\", \"scope\": \"Owns pipelines.\","
    "  \"responsibilities\": [\"Build pipelines\"], \"requirements\": [\"SQL\"],"
    "  \"interview_focus\": [\"Pipeline design\"], \"skills\": [\"SQL\", \"Spark\"],"
    "  \"experience_years\": {\"min\": 2, \"max\": 5}, \"employment\": {\"type\": \"permanent\"},"
    "  \"salary_band\": {\"currency\": \"EUR\", \"min\": \"50000\", \"mid\": \"60000\", \"max\": \"70000\"},"
    "  \"translations\": {\"de\": {\"title\": \"Dateningenieur\", \"summary\": \"Baut Pipelines.\","
    "                      \"skills\": [\"SQL\", \"Spark\", \"Datenmodellierung\"]}}}]}";
  static const char broken[] =
    "{\"format\": \"hiring-planner-catalog\", \"version\": 1,"
    " \"family\": {\"id\": \"f\", \"name\": \"Data\"},"
    " \"roles\": [{\"id\": \"data-mid\", \"level\": \"mid\", \"rank\": 1,"
    "  \"title\": \"Data Engineer\", \"summary\": \"s\", \"scope\": \"s\","
    "  \"responsibilities\": [\"r\"], \"requirements\": [\"r\"], \"interview_focus\": [\"i\"],"
    "  \"experience_years\": {\"min\": 2, \"max\": 5}, \"employment\": {\"type\": \"permanent\"},"
    "  \"salary_band\": {\"currency\": \"EUR\", \"min\": \"1\", \"mid\": \"2\", \"max\": \"3\"},"
    "  \"translations\": {\"de\": {\"title\": 42}}}]}";
  static const char *german[] = { "de_DE.UTF-8", "de_DE", "de", "C", NULL };
  static const char *french[] = { "fr", "C", NULL };
  g_autoptr(GPtrArray) de = NULL;
  g_autoptr(GPtrArray) fr = NULL;
  g_autoptr(GError) error = NULL;
  HpRole *role;

  de = hp_catalog_read_localized (data, sizeof data - 1, "data.json", "data.json", german, &error);
  g_assert_no_error (error);
  role = g_ptr_array_index (de, 0);
  g_assert_cmpstr (hp_role_get_title (role), ==, "Dateningenieur");
  g_assert_cmpstr (hp_role_get_summary (role), ==, "Baut Pipelines.");
  g_assert_cmpstr (hp_role_get_scope (role), ==, "Owns pipelines."); /* not translated: kept */
  g_assert_cmpuint (g_strv_length ((char **) hp_role_get_skills (role)), ==, 3);
  g_assert_cmpstr (hp_role_get_family_name (role), ==, "Daten");
  g_assert_cmpstr (hp_role_get_source (role), ==, "Quellen.");
  g_assert_true (hp_role_matches (role, "dateningenieur"));

  /* No French: the catalog's own language. */
  fr = hp_catalog_read_localized (data, sizeof data - 1, "data.json", "data.json", french, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hp_role_get_title (g_ptr_array_index (fr, 0)), ==, "Data Engineer");
  g_assert_cmpstr (hp_role_get_family_name (g_ptr_array_index (fr, 0)), ==, "Data");

  /* A translation of the wrong type is a problem like any other. */
  g_assert_null (hp_catalog_read_localized (broken, sizeof broken - 1, "broken.json", "broken.json", german, &error));
  g_assert_nonnull (strstr (error->message, "broken.json: roles[0].translations.de.title: expected a string, found a number"));
}

/* The built-in roles read in German and in French, every one of them. */
static void
test_builtin_translated (void)
{
  static const char *languages[][3] = { { "de", "C", NULL }, { "fr", "C", NULL } };
  g_autoptr(GBytes) bytes = g_resources_lookup_data (HP_CATALOG_BUILTIN_RESOURCE, 0, NULL);
  g_autoptr(GPtrArray) english = NULL;

  g_assert_nonnull (bytes);
  english = hp_catalog_read_localized (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                       "built-in", "built-in", NULL, NULL);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) roles = hp_catalog_read_localized (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                                              "built-in", "built-in", languages[l], &error);

      g_assert_no_error (error);
      g_assert_cmpuint (roles->len, ==, 6);
      for (guint i = 0; i < roles->len; i++)
        {
          HpRole *role = g_ptr_array_index (roles, i);
          HpRole *en = g_ptr_array_index (english, i);

          g_test_message ("%s: %s", languages[l][0], hp_role_get_title (role));
          g_assert_cmpstr (hp_role_get_title (role), !=, hp_role_get_title (en));
          g_assert_cmpstr (hp_role_get_summary (role), !=, hp_role_get_summary (en));
          g_assert_cmpstr (hp_role_get_scope (role), !=, hp_role_get_scope (en));
          g_assert_cmpuint (g_strv_length ((char **) hp_role_get_responsibilities (role)), ==,
                            g_strv_length ((char **) hp_role_get_responsibilities (en)));
          g_assert_cmpstr (hp_role_get_responsibilities (role)[0], !=, hp_role_get_responsibilities (en)[0]);
          g_assert_cmpstr (hp_role_get_family_name (role), !=, hp_role_get_family_name (en));
          /* The facts stay the same in every language. */
          g_assert_cmpint (hp_role_get_band_mid (role), ==, hp_role_get_band_mid (en));
          g_assert_cmpstr (hp_role_get_id (role), ==, hp_role_get_id (en));
        }
    }
}

static void
test_search (void)
{
  g_autoptr(HpCatalog) catalog = hp_catalog_new ();
  HpRole *senior, *intern;

  g_assert_true (hp_catalog_add_builtin (catalog, NULL));
  senior = hp_catalog_lookup (catalog, "backend-senior");
  intern = hp_catalog_lookup (catalog, "backend-intern");

  g_assert_true (hp_role_matches (senior, ""));
  g_assert_true (hp_role_matches (senior, "senior"));
  g_assert_false (hp_role_matches (intern, "senior engineer mentoring xyzzy"));
  g_assert_true (hp_role_matches (intern, "intern"));
  g_assert_true (hp_role_matches (senior, "kubernetes"));   /* a skill */
  g_assert_false (hp_role_matches (intern, "kubernetes"));
  g_assert_true (hp_role_matches (senior, "senior kubernetes"));
  g_assert_false (hp_role_matches (senior, "senior cobol"));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* Before GLib reads them: a private data home and no system catalogs. */
  data_home = g_dir_make_tmp ("hp-test-data-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_DATA_DIRS", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog/builtin", test_builtin_six_roles);
  g_test_add_func ("/catalog/broken", test_broken_catalogs);
  g_test_add_func ("/catalog/all-problems", test_all_problems_reported);
  g_test_add_func ("/catalog/override-and-broken-neighbour", test_override_and_broken_neighbour);
  g_test_add_func ("/catalog/default-reads-user-dirs", test_default_reads_user_dirs);
  g_test_add_func ("/catalog/not-a-file", test_not_a_file);
  g_test_add_func ("/catalog/search", test_search);
  g_test_add_func ("/catalog/translations", test_translations);
  g_test_add_func ("/catalog/builtin-translated", test_builtin_translated);

  ret = g_test_run ();

  {
    g_autofree char *roles = g_build_filename (data_home, "hiring-planner", "roles", NULL);
    g_autofree char *hp = g_build_filename (data_home, "hiring-planner", NULL);
    g_rmdir (roles);
    g_rmdir (hp);
    g_rmdir (data_home);
    g_free (data_home);
  }

  return ret;
}
