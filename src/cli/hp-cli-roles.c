/* hp-cli-roles.c: hiring-plan roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hiring-plan"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "hp-cli.h"
#include "hp-money.h"

static void
add_money (JsonBuilder *builder,
           const char  *key,
           gint64       amount,
           guint        digits)
{
  g_autofree char *text = hp_money_to_string (amount, digits);

  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, text);
}

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (builder, key);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_int (JsonBuilder *builder,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_int_value (builder, value);
}

/* The keys are those of the catalog format (docs/catalog-format.md). */
static void
add_role (JsonBuilder *builder,
          HpRole      *role)
{
  HpLevel level = hp_role_get_level (role);
  guint digits = hp_currency_minor_digits (hp_role_get_currency (role));

  json_builder_begin_object (builder);
  add_string (builder, "id", hp_role_get_id (role));
  add_string (builder, "family", hp_role_get_family_id (role));
  add_string (builder, "level", level >= 0 && level < HP_N_LEVELS ? hp_level_to_key (level) : NULL);
  add_int (builder, "rank", hp_role_get_rank (role));
  add_string (builder, "title", hp_role_get_title (role));
  add_string (builder, "summary", hp_role_get_summary (role));
  add_string (builder, "currency", hp_role_get_currency (role));
  add_money (builder, "band_min", hp_role_get_band_min (role), digits);
  add_money (builder, "band_mid", hp_role_get_band_mid (role), digits);
  add_money (builder, "band_max", hp_role_get_band_max (role), digits);

  json_builder_set_member_name (builder, "experience_years");
  json_builder_begin_object (builder);
  add_int (builder, "min", hp_role_get_experience_min (role));
  add_int (builder, "max", hp_role_get_experience_max (role));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "employment");
  json_builder_begin_object (builder);
  if (hp_role_is_fixed_term (role))
    {
      add_string (builder, "type", "fixed-term");
      add_int (builder, "term_months", hp_role_get_term_months (role));
    }
  else
    add_string (builder, "type", "permanent");
  json_builder_end_object (builder);

  json_builder_end_object (builder);
}

static char *
roles_to_json (GListModel *roles)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(HpRole) role = g_list_model_get_item (roles, i);

      add_role (builder, role);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);

  return g_strconcat (text, "\n", NULL);
}

static char *
roles_to_table (GListModel *roles)
{
  g_autoptr(HpCliTable) table = hp_cli_table_new ("llll");
  GString *out = g_string_new (NULL);

  hp_cli_table_add_row (table, _("ID"), _("Level"), _("Title"), _("Band"));
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(HpRole) role = g_list_model_get_item (roles, i);
      g_autofree char *band = hp_role_dup_band_label (role);

      hp_cli_table_add_row (table, hp_role_get_id (role), hp_role_get_level_name (role),
                            hp_role_get_title (role), band);
    }
  hp_cli_table_append (table, out, "");

  return g_string_free (out, FALSE);
}

int
hp_cli_roles (int    argc,
              char **argv)
{
  gboolean json = FALSE;
  g_auto(GStrv) rest = NULL;
  const GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json,
      N_("Print the roles as a JSON array rather than a table"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &rest, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpCatalog) catalog = NULL;
  g_autofree char *text = NULL;
  GListModel *roles;

  context = hp_cli_context_new ("roles", NULL,
                                _("Lists the role catalog as Hiring Planner loads it: the built-in roles, "
                                  "then every catalog in ~/.local/share/hiring-planner/roles/ and in "
                                  "hiring-planner/roles/ under each of $XDG_DATA_DIRS. A catalog that cannot "
                                  "be read is named in a warning on the standard error."),
                                _("Exit status: 0 on success, 2 on a usage error.\n\n"
                                  "Examples:\n"
                                  "  hiring-plan roles\n"
                                  "  hiring-plan roles --json | jq -r '.[] | [.id, .band_mid] | @tsv'"),
                                entries);
  if (!hp_cli_parse (context, "roles", &argc, &argv))
    return HP_CLI_USAGE;

  if (rest != NULL && rest[0] != NULL)
    return hp_cli_usage_error ("roles", _("Unexpected argument “%s”: roles takes no file"), rest[0]);

  catalog = hp_cli_load_catalog ();
  roles = hp_catalog_get_roles (catalog);

  text = json ? roles_to_json (roles) : roles_to_table (roles);

  if (!hp_cli_write_output (NULL, text, strlen (text), &error))
    {
      hp_cli_error ("%s", error->message);
      return HP_CLI_IO;
    }

  return HP_CLI_OK;
}
