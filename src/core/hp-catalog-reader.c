/* hp-catalog-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-catalog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-catalog-reader.h"
#include "hp-error.h"
#include "hp-json-fields.h"
#include "hp-json-strict.h"
#include "hp-money.h"
#include "hp-role-private.h"

typedef struct
{
  const char *family_id;
  const char *family_name;
  const char *source;
  const char *origin;
  const char * const *languages;
} CatalogContext;

static gboolean
is_valid_id (const char *id)
{
  if (id == NULL || *id == '\0')
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-' || *p == '_' || *p == '.'))
      return FALSE;

  return TRUE;
}

static void
read_band (HpRole       *role,
           JsonObject   *band,
           const char   *path,
           HpJsonReport *report)
{
  const char *names[] = { "min", "mid", "max" };
  gint64 *fields[] = { &role->band_min, &role->band_mid, &role->band_max };
  const char *currency;
  guint before = report->problems->len;
  guint digits;

  currency = hp_json_get_string (band, path, "currency", HP_FIELD_REQUIRED, report);
  if (currency != NULL && !hp_currency_is_valid_code (currency))
    {
      g_autofree char *p = hp_json_path_member (path, "currency");
      hp_json_report_add (report, p, _("“%s” is not a currency code: expected three capital letters such as USD"),
                          currency);
      currency = NULL;
    }
  if (currency == NULL)
    return;

  role->currency = g_strdup (currency);
  digits = hp_currency_minor_digits (currency);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *text = hp_json_get_string (band, path, names[i], HP_FIELD_REQUIRED, report);
      g_autoptr(GError) error = NULL;
      g_autofree char *p = hp_json_path_member (path, names[i]);

      if (text == NULL)
        continue;
      if (!hp_money_parse (text, digits, fields[i], &error))
        hp_json_report_add (report, p, "%s", error->message);
      else if (*fields[i] < 0)
        hp_json_report_add (report, p, _("a salary may not be negative"));
    }

  if (report->problems->len != before)
    return;

  if (role->band_min > role->band_max)
    hp_json_report_add (report, path, _("the minimum is greater than the maximum"));
  else if (role->band_mid < role->band_min || role->band_mid > role->band_max)
    hp_json_report_add (report, path, _("the midpoint is outside the range from the minimum to the maximum"));

  role->band_basis = g_strdup (hp_json_get_string (band, path, "basis", HP_FIELD_OPTIONAL, report));
}

static void
read_employment (HpRole       *role,
                 JsonObject   *employment,
                 const char   *path,
                 HpJsonReport *report)
{
  const char *type = hp_json_get_string (employment, path, "type", HP_FIELD_REQUIRED, report);
  gint64 term = 0;

  if (type == NULL)
    return;

  if (g_str_equal (type, "permanent"))
    {
      role->fixed_term = FALSE;
      return;
    }

  if (!g_str_equal (type, "fixed-term"))
    {
      g_autofree char *p = hp_json_path_member (path, "type");
      hp_json_report_add (report, p, _("“%s” is not an employment type: expected “permanent” or “fixed-term”"), type);
      return;
    }

  role->fixed_term = TRUE;
  if (hp_json_get_int (employment, path, "term_months", HP_FIELD_REQUIRED, 1, 60, &term, report))
    role->term_months = (guint) term;
}

static void translate_role (HpRole *role, JsonObject *object, const char *path,
                            const CatalogContext *ctx, HpJsonReport *report);

static HpRole *
read_role (JsonNode             *node,
           const char           *path,
           const CatalogContext *ctx,
           HpJsonReport         *report)
{
  g_autoptr(HpRole) role = NULL;
  JsonObject *object;
  JsonObject *sub;
  const char *text;
  gint64 number;
  guint before = report->problems->len;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      hp_json_report_add (report, path, _("expected an object describing a role"));
      return NULL;
    }

  object = json_node_get_object (node);
  role = hp_role_new_empty ();
  role->family_id = g_strdup (ctx->family_id);
  role->family_name = g_strdup (ctx->family_name);
  role->source = g_strdup (ctx->source);
  role->origin = g_strdup (ctx->origin);

  text = hp_json_get_string (object, path, "id", HP_FIELD_REQUIRED | HP_FIELD_NONEMPTY, report);
  if (text != NULL && !is_valid_id (text))
    {
      g_autofree char *p = hp_json_path_member (path, "id");
      hp_json_report_add (report, p, _("“%s” is not a valid id: use lower-case letters, digits and hyphens"), text);
    }
  role->id = g_strdup (text);

  text = hp_json_get_string (object, path, "level", HP_FIELD_REQUIRED, report);
  if (text != NULL)
    {
      role->level = hp_level_from_key (text);
      if (role->level == HP_LEVEL_INVALID)
        {
          g_autofree char *p = hp_json_path_member (path, "level");
          hp_json_report_add (report, p,
                              _("“%s” is not a level: expected intern, graduate, junior, mid, senior or lead"),
                              text);
        }
    }

  if (hp_json_get_int (object, path, "rank", HP_FIELD_REQUIRED, 1, 1000, &number, report))
    role->rank = (guint) number;

  role->title = g_strdup (hp_json_get_string (object, path, "title", HP_FIELD_REQUIRED | HP_FIELD_NONEMPTY, report));
  role->summary = g_strdup (hp_json_get_string (object, path, "summary", HP_FIELD_REQUIRED | HP_FIELD_NONEMPTY, report));
  role->scope = g_strdup (hp_json_get_string (object, path, "scope", HP_FIELD_REQUIRED | HP_FIELD_NONEMPTY, report));
  role->responsibilities = hp_json_get_strv (object, path, "responsibilities", HP_FIELD_REQUIRED | HP_FIELD_NONEMPTY, report);
  role->requirements = hp_json_get_strv (object, path, "requirements", HP_FIELD_REQUIRED | HP_FIELD_NONEMPTY, report);
  role->nice_to_have = hp_json_get_strv (object, path, "nice_to_have", HP_FIELD_OPTIONAL, report);
  role->interview_focus = hp_json_get_strv (object, path, "interview_focus", HP_FIELD_REQUIRED | HP_FIELD_NONEMPTY, report);
  role->skills = hp_json_get_strv (object, path, "skills", HP_FIELD_OPTIONAL, report);

  {
    g_autofree char *p = hp_json_path_member (path, "experience_years");

    sub = hp_json_get_object (object, path, "experience_years", HP_FIELD_REQUIRED, report);
    if (sub != NULL)
      {
        gint64 min = 0, max = 0;
        gboolean ok = hp_json_get_int (sub, p, "min", HP_FIELD_REQUIRED, 0, 60, &min, report);

        ok &= hp_json_get_int (sub, p, "max", HP_FIELD_REQUIRED, 0, 60, &max, report);
        if (ok && min > max)
          hp_json_report_add (report, p, _("the minimum is greater than the maximum"));
        role->experience_min = (guint) min;
        role->experience_max = (guint) max;
      }
  }

  text = hp_json_get_string (object, path, "reports_to", HP_FIELD_OPTIONAL | HP_FIELD_NULLABLE, report);
  if (text != NULL)
    {
      role->reports_to = hp_level_from_key (text);
      if (role->reports_to == HP_LEVEL_INVALID)
        {
          g_autofree char *p = hp_json_path_member (path, "reports_to");
          hp_json_report_add (report, p, _("“%s” is not a level"), text);
        }
    }

  {
    g_autofree char *p = hp_json_path_member (path, "employment");

    sub = hp_json_get_object (object, path, "employment", HP_FIELD_REQUIRED, report);
    if (sub != NULL)
      read_employment (role, sub, p, report);
  }

  {
    g_autofree char *p = hp_json_path_member (path, "salary_band");

    sub = hp_json_get_object (object, path, "salary_band", HP_FIELD_REQUIRED, report);
    if (sub != NULL)
      read_band (role, sub, p, report);
  }

  if (report->problems->len != before)
    return NULL;

  translate_role (role, object, path, ctx, report);
  if (report->problems->len != before)
    return NULL;

  return g_steal_pointer (&role);
}

GPtrArray *
hp_catalog_read (const char  *data,
                 gsize        length,
                 const char  *display_name,
                 const char  *origin,
                 GError     **error)
{
  return hp_catalog_read_localized (data, length, display_name, origin, g_get_language_names (), error);
}

/* Picks the translation, in "translations": { LANGUAGE: { ... } }, for the
 * first of @languages the object has ("de_DE.UTF-8", "de_DE", "de", ...). */
static JsonObject *
pick_translation (JsonObject          *object,
                  const char          *path,
                  const char * const  *languages,
                  char               **out_path,
                  HpJsonReport        *report)
{
  JsonObject *translations = hp_json_get_object (object, path, "translations", HP_FIELD_OPTIONAL, report);
  g_autofree char *tpath = NULL;

  if (translations == NULL || languages == NULL)
    return NULL;

  tpath = hp_json_path_member (path, "translations");
  for (guint i = 0; languages[i] != NULL; i++)
    {
      JsonObject *tr;

      if (!json_object_has_member (translations, languages[i]))
        continue;

      tr = hp_json_get_object (translations, tpath, languages[i], HP_FIELD_REQUIRED, report);
      if (tr != NULL && out_path != NULL)
        *out_path = hp_json_path_member (tpath, languages[i]);
      return tr;
    }

  return NULL;
}

static void
translate_string (char         **field,
                  JsonObject    *tr,
                  const char    *path,
                  const char    *member,
                  HpJsonReport  *report)
{
  const char *text = hp_json_get_string (tr, path, member, HP_FIELD_OPTIONAL | HP_FIELD_NONEMPTY, report);

  if (text != NULL)
    {
      g_free (*field);
      *field = g_strdup (text);
    }
}

static void
translate_strv (char         ***field,
                JsonObject     *tr,
                const char     *path,
                const char     *member,
                HpJsonReport   *report)
{
  char **items = hp_json_get_strv (tr, path, member, HP_FIELD_OPTIONAL, report);

  if (items != NULL)
    {
      g_strfreev (*field);
      *field = items;
    }
}

/* The text of a role in the user's language, where the catalog has it;
 * what it lacks stays in the catalog's own language. */
static void
translate_role (HpRole               *role,
                JsonObject           *object,
                const char           *path,
                const CatalogContext *ctx,
                HpJsonReport         *report)
{
  g_autofree char *tpath = NULL;
  JsonObject *tr = pick_translation (object, path, ctx->languages, &tpath, report);

  if (tr == NULL)
    return;

  translate_string (&role->title, tr, tpath, "title", report);
  translate_string (&role->summary, tr, tpath, "summary", report);
  translate_string (&role->scope, tr, tpath, "scope", report);
  translate_strv (&role->responsibilities, tr, tpath, "responsibilities", report);
  translate_strv (&role->requirements, tr, tpath, "requirements", report);
  translate_strv (&role->nice_to_have, tr, tpath, "nice_to_have", report);
  translate_strv (&role->interview_focus, tr, tpath, "interview_focus", report);
  translate_strv (&role->skills, tr, tpath, "skills", report);
  translate_string (&role->band_basis, tr, tpath, "basis", report);
}

GPtrArray *
hp_catalog_read_localized (const char          *data,
                           gsize                length,
                           const char          *display_name,
                           const char          *origin,
                           const char * const  *languages,
                           GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) roles = NULL;
  g_autoptr(GHashTable) seen = NULL;
  HpJsonReport report;
  CatalogContext ctx = { NULL, NULL, NULL, origin, languages };
  JsonObject *object;
  JsonObject *family;
  JsonArray *array;
  const char *format;
  gint64 version = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  root = hp_json_parse_strict (data, length, HP_CATALOG_MAX_DEPTH, &local_error);
  if (root == NULL)
    {
      /* Syntax errors read "LINE:COLUMN: message"; others have none. */
      if (g_ascii_isdigit (local_error->message[0]))
        g_set_error (error, HP_ERROR, local_error->code, "%s:%s", display_name, local_error->message);
      else
        g_set_error (error, HP_ERROR, local_error->code, "%s: %s", display_name, local_error->message);
      return NULL;
    }

  hp_json_report_init (&report, display_name);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      hp_json_report_add (&report, NULL, _("expected a role catalog (a JSON object), found something else"));
      goto out;
    }

  object = json_node_get_object (root);

  format = hp_json_get_string (object, NULL, "format", HP_FIELD_REQUIRED, &report);
  if (format != NULL && !g_str_equal (format, HP_CATALOG_FORMAT))
    hp_json_report_add (&report, "format", _("“%s” is not a role catalog: expected “%s”"),
                        format, HP_CATALOG_FORMAT);

  if (hp_json_get_int (object, NULL, "version", HP_FIELD_REQUIRED, 1, G_MAXINT64, &version, &report) &&
      version > HP_CATALOG_VERSION)
    {
      g_autofree char *version_text = g_strdup_printf ("%" G_GINT64_FORMAT, version);

      hp_json_report_add (&report, "version",
                          _("this catalog is format version %s; this version of Hiring Planner reads version %d"),
                          version_text, HP_CATALOG_VERSION);
      goto out;
    }

  family = hp_json_get_object (object, NULL, "family", HP_FIELD_REQUIRED, &report);
  if (family != NULL)
    {
      ctx.family_id = hp_json_get_string (family, "family", "id", HP_FIELD_REQUIRED | HP_FIELD_NONEMPTY, &report);
      ctx.family_name = hp_json_get_string (family, "family", "name", HP_FIELD_REQUIRED | HP_FIELD_NONEMPTY, &report);
    }
  ctx.source = hp_json_get_string (object, NULL, "source", HP_FIELD_OPTIONAL, &report);

  /* The family's name and the sources in the user's language. */
  {
    g_autofree char *tpath = NULL;
    JsonObject *tr = pick_translation (object, NULL, languages, &tpath, &report);

    if (tr != NULL)
      {
        const char *name = hp_json_get_string (tr, tpath, "family", HP_FIELD_OPTIONAL | HP_FIELD_NONEMPTY, &report);
        const char *source = hp_json_get_string (tr, tpath, "source", HP_FIELD_OPTIONAL | HP_FIELD_NONEMPTY, &report);

        if (name != NULL)
          ctx.family_name = name;
        if (source != NULL)
          ctx.source = source;
      }
  }

  array = hp_json_get_array (object, NULL, "roles", HP_FIELD_REQUIRED, &report);
  if (array == NULL)
    goto out;

  if (json_array_get_length (array) == 0)
    hp_json_report_add (&report, "roles", _("a catalog must have at least one role"));

  roles = g_ptr_array_new_with_free_func (g_object_unref);
  seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = hp_json_path_index ("roles", i);
      HpRole *role = read_role (json_array_get_element (array, i), path, &ctx, &report);

      if (role == NULL)
        continue;

      if (g_hash_table_contains (seen, hp_role_get_id (role)))
        {
          g_autofree char *p = hp_json_path_member (path, "id");
          hp_json_report_add (&report, p, _("the id “%s” is used by another role of this catalog"),
                              hp_role_get_id (role));
          g_object_unref (role);
          continue;
        }

      g_hash_table_add (seen, (gpointer) hp_role_get_id (role));
      g_ptr_array_add (roles, role);
    }

out:
  if (hp_json_report_take_error (&report, error))
    {
      hp_json_report_clear (&report);
      return NULL;
    }

  hp_json_report_clear (&report);
  return g_steal_pointer (&roles);
}
