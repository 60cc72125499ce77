/* hp-role.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-role"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "hp-money.h"
#include "hp-role-private.h"

G_DEFINE_FINAL_TYPE (HpRole, hp_role, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_LEVEL_NAME,
  PROP_RANK,
  PROP_FAMILY_NAME,
  PROP_BAND_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hp_role_finalize (GObject *object)
{
  HpRole *self = (HpRole *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->scope, g_free);
  g_clear_pointer (&self->responsibilities, g_strfreev);
  g_clear_pointer (&self->requirements, g_strfreev);
  g_clear_pointer (&self->nice_to_have, g_strfreev);
  g_clear_pointer (&self->interview_focus, g_strfreev);
  g_clear_pointer (&self->skills, g_strfreev);
  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->band_basis, g_free);
  g_clear_pointer (&self->family_id, g_free);
  g_clear_pointer (&self->family_name, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->origin, g_free);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (hp_role_parent_class)->finalize (object);
}

static void
hp_role_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  HpRole *self = HP_ROLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_LEVEL_NAME:
      g_value_set_string (value, hp_role_get_level_name (self));
      break;
    case PROP_RANK:
      g_value_set_uint (value, self->rank);
      break;
    case PROP_FAMILY_NAME:
      g_value_set_string (value, self->family_name);
      break;
    case PROP_BAND_LABEL:
      g_value_take_string (value, hp_role_dup_band_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_role_class_init (HpRoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hp_role_finalize;
  object_class->get_property = hp_role_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEVEL_NAME] =
    g_param_spec_string ("level-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RANK] =
    g_param_spec_uint ("rank", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FAMILY_NAME] =
    g_param_spec_string ("family-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BAND_LABEL] =
    g_param_spec_string ("band-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hp_role_init (HpRole *self)
{
  self->level = HP_LEVEL_INVALID;
  self->reports_to = HP_LEVEL_INVALID;
}

HpRole *
hp_role_new_empty (void)
{
  return g_object_new (HP_TYPE_ROLE, NULL);
}

#define GETTER(type, name, field)               \
  type                                          \
  hp_role_get_##name (HpRole *self)             \
  {                                             \
    g_return_val_if_fail (HP_IS_ROLE (self), 0); \
    return self->field;                         \
  }

GETTER (const char *, id, id)
GETTER (HpLevel, level, level)
GETTER (guint, rank, rank)
GETTER (const char *, title, title)
GETTER (const char *, summary, summary)
GETTER (const char *, scope, scope)
GETTER (guint, experience_min, experience_min)
GETTER (guint, experience_max, experience_max)
GETTER (HpLevel, reports_to, reports_to)
GETTER (guint, term_months, term_months)
GETTER (const char *, currency, currency)
GETTER (gint64, band_min, band_min)
GETTER (gint64, band_mid, band_mid)
GETTER (gint64, band_max, band_max)
GETTER (const char *, band_basis, band_basis)
GETTER (const char *, family_id, family_id)
GETTER (const char *, family_name, family_name)
GETTER (const char *, source, source)
GETTER (const char *, origin, origin)

#undef GETTER

gboolean
hp_role_is_fixed_term (HpRole *self)
{
  g_return_val_if_fail (HP_IS_ROLE (self), FALSE);

  return self->fixed_term;
}

#define STRV_GETTER(name)                                       \
  const char * const *                                          \
  hp_role_get_##name (HpRole *self)                             \
  {                                                             \
    static const char * const empty[] = { NULL };               \
    g_return_val_if_fail (HP_IS_ROLE (self), empty);            \
    return self->name != NULL ? (const char * const *) self->name : empty; \
  }

STRV_GETTER (responsibilities)
STRV_GETTER (requirements)
STRV_GETTER (nice_to_have)
STRV_GETTER (interview_focus)
STRV_GETTER (skills)

#undef STRV_GETTER

const char *
hp_role_get_level_name (HpRole *self)
{
  g_return_val_if_fail (HP_IS_ROLE (self), NULL);

  if (self->level == HP_LEVEL_INVALID)
    return NULL;

  return hp_level_display_name (self->level);
}

char *
hp_role_dup_band_label (HpRole *self)
{
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;

  g_return_val_if_fail (HP_IS_ROLE (self), NULL);

  min = hp_money_format (self->band_min, self->currency, HP_MONEY_FORMAT_DROP_ZERO_MINOR);
  max = hp_money_format (self->band_max, self->currency, HP_MONEY_FORMAT_DROP_ZERO_MINOR);

  /* TRANSLATORS: a salary range, "$133,000 – $169,000" */
  return g_strdup_printf (_("%s – %s"), min, max);
}

char *
hp_role_dup_experience_label (HpRole *self)
{
  g_return_val_if_fail (HP_IS_ROLE (self), NULL);

  if (self->experience_min == self->experience_max)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u year", "%u years",
                                         self->experience_max),
                            self->experience_max);

  /* TRANSLATORS: a range of years of experience, "2–5 years" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u–%u year", "%u–%u years",
                                       self->experience_max),
                          self->experience_min, self->experience_max);
}

char *
hp_role_dup_employment_label (HpRole *self)
{
  g_return_val_if_fail (HP_IS_ROLE (self), NULL);

  if (!self->fixed_term)
    return g_strdup (_("Permanent"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Fixed term, %u month",
                                       "Fixed term, %u months",
                                       self->term_months),
                          self->term_months);
}

static void
append_folded (GString    *out,
               const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return;

  folded = g_utf8_casefold (text, -1);
  g_string_append (out, folded);
  g_string_append_c (out, '\n');
}

static void
append_folded_strv (GString            *out,
                    const char * const *strv)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    append_folded (out, strv[i]);
}

/* TRUE when every word of @casefolded_words occurs in the role's title,
 * level name, summary or skills: what a manager scans a list by. */
gboolean
hp_role_matches (HpRole     *self,
                 const char *casefolded_words)
{
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (HP_IS_ROLE (self), FALSE);

  if (casefolded_words == NULL || *casefolded_words == '\0')
    return TRUE;

  if (self->search_text == NULL)
    {
      GString *text = g_string_new (NULL);

      append_folded (text, self->title);
      append_folded (text, hp_role_get_level_name (self));
      append_folded (text, self->summary);
      append_folded_strv (text, hp_role_get_skills (self));
      self->search_text = g_string_free (text, FALSE);
    }

  words = g_strsplit_set (casefolded_words, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (self->search_text, words[i]) == NULL)
      return FALSE;

  return TRUE;
}
