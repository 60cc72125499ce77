/* hp-position-input.c
 *
 * Every rule that turns what a person typed into a position's value, and
 * the edits that store it.  The table (while typing and on commit) and the
 * details pane call these, so a rule is written once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-position-input"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-money.h"
#include "hp-position-input.h"

G_DEFINE_ENUM_TYPE (HpPositionField, hp_position_field,
                    G_DEFINE_ENUM_VALUE (HP_FIELD_TITLE, "title"),
                    G_DEFINE_ENUM_VALUE (HP_FIELD_LEVEL, "level"),
                    G_DEFINE_ENUM_VALUE (HP_FIELD_COUNT, "count"),
                    G_DEFINE_ENUM_VALUE (HP_FIELD_START, "start"),
                    G_DEFINE_ENUM_VALUE (HP_FIELD_END, "end"),
                    G_DEFINE_ENUM_VALUE (HP_FIELD_STATUS, "status"),
                    G_DEFINE_ENUM_VALUE (HP_FIELD_SALARY, "salary"),
                    G_DEFINE_ENUM_VALUE (HP_FIELD_LOCATION, "location"),
                    G_DEFINE_ENUM_VALUE (HP_FIELD_KIND, "kind"),
                    G_DEFINE_ENUM_VALUE (HP_FIELD_ONE_TIME_COST, "one-time-cost"),
                    G_DEFINE_ENUM_VALUE (HP_FIELD_NOTES, "notes"))

const char *
hp_position_field_display_name (HpPositionField field)
{
  switch (field)
    {
    case HP_FIELD_TITLE:         return _("Position");
    case HP_FIELD_LEVEL:         return _("Level");
    case HP_FIELD_COUNT:         return _("Count");
    case HP_FIELD_START:         return _("Start");
    case HP_FIELD_END:           return _("End");
    case HP_FIELD_STATUS:        return _("Status");
    case HP_FIELD_SALARY:        return _("Annual Salary");
    case HP_FIELD_LOCATION:      return _("Location");
    case HP_FIELD_KIND:          return _("Kind");
    case HP_FIELD_ONE_TIME_COST: return _("One-Time Cost");
    case HP_FIELD_NOTES:         return _("Notes");
    case HP_N_FIELDS:
    default:
      g_return_val_if_reached ("");
    }
}

gboolean
hp_input_parse_count (const char  *text,
                      guint       *out_count,
                      GError     **error)
{
  g_autofree char *stripped = NULL;
  char *end = NULL;
  guint64 count;

  g_return_val_if_fail (text != NULL, FALSE);

  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0' || !g_ascii_isdigit (*stripped))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                   _("“%s” is not a count: expected a whole number from 1 to %u"), stripped, HP_POSITION_MAX_COUNT);
      return FALSE;
    }

  count = g_ascii_strtoull (stripped, &end, 10);
  if (end == NULL || *end != '\0')
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                   _("“%s” is not a count: expected a whole number from 1 to %u"), stripped, HP_POSITION_MAX_COUNT);
      return FALSE;
    }
  if (count < 1 || count > HP_POSITION_MAX_COUNT)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_RANGE,
                   _("%s is out of range: a count is from 1 to %u"), stripped, HP_POSITION_MAX_COUNT);
      return FALSE;
    }

  if (out_count != NULL)
    *out_count = (guint) count;
  return TRUE;
}

static gboolean
parse_amount (const char  *text,
              const char  *currency,
              const char  *negative_message,
              gint64      *out_amount,
              GError     **error)
{
  gint64 amount = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  if (!hp_money_parse_input (text, currency, &amount, error))
    return FALSE;
  if (amount < 0)
    {
      g_set_error_literal (error, HP_ERROR, HP_ERROR_RANGE, negative_message);
      return FALSE;
    }

  if (out_amount != NULL)
    *out_amount = amount;
  return TRUE;
}

gboolean
hp_input_parse_amount (const char  *text,
                       const char  *currency,
                       gint64      *out_amount,
                       GError     **error)
{
  return parse_amount (text, currency, _("a salary cannot be negative"), out_amount, error);
}

gboolean
hp_input_parse_start (HpPosition  *position,
                      const char  *text,
                      HpMonth     *out_month,
                      GError     **error)
{
  g_autofree char *stripped = NULL;
  HpMonth month;

  g_return_val_if_fail (HP_IS_POSITION (position), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  stripped = g_strstrip (g_strdup (text));
  if (!hp_month_parse (stripped, &month, error))
    return FALSE;

  if (hp_position_get_end (position) != HP_MONTH_NONE && month > hp_position_get_end (position))
    {
      g_autofree char *end = hp_month_to_string (hp_position_get_end (position));

      g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                   _("it would start after it ends (%s): change the end first"), end);
      return FALSE;
    }

  if (out_month != NULL)
    *out_month = month;
  return TRUE;
}

gboolean
hp_input_parse_end (HpPosition  *position,
                    const char  *text,
                    HpMonth     *out_month,
                    GError     **error)
{
  g_autofree char *stripped = NULL;
  HpMonth month;

  g_return_val_if_fail (HP_IS_POSITION (position), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    {
      if (out_month != NULL)
        *out_month = HP_MONTH_NONE;
      return TRUE;
    }

  if (!hp_month_parse (stripped, &month, error))
    return FALSE;

  if (month < hp_position_get_start (position))
    {
      g_autofree char *start = hp_month_to_string (hp_position_get_start (position));

      g_set_error (error, HP_ERROR, HP_ERROR_INVALID, _("the end is before the start (%s)"), start);
      return FALSE;
    }

  if (out_month != NULL)
    *out_month = month;
  return TRUE;
}

static char *
month_text (HpMonth month)
{
  return month == HP_MONTH_NONE ? g_strdup ("") : hp_month_to_string (month);
}

char *
hp_position_field_to_text (HpPlan          *plan,
                           HpPosition      *p,
                           HpPositionField  field)
{
  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HP_IS_POSITION (p), NULL);

  switch (field)
    {
    case HP_FIELD_TITLE:         return g_strdup (hp_position_get_title (p));
    case HP_FIELD_LEVEL:         return g_strdup (hp_level_display_name (hp_position_get_level (p)));
    case HP_FIELD_COUNT:         return g_strdup_printf ("%u", hp_position_get_count (p));
    case HP_FIELD_START:         return month_text (hp_position_get_start (p));
    case HP_FIELD_END:           return month_text (hp_position_get_end (p));
    case HP_FIELD_STATUS:        return g_strdup (hp_position_status_display_name (hp_position_get_status (p)));
    case HP_FIELD_SALARY:
      return hp_money_format (hp_position_get_annual_salary (p), hp_plan_get_currency (plan), HP_MONEY_FORMAT_DEFAULT);
    case HP_FIELD_LOCATION:      return g_strdup (hp_position_get_location (p));
    case HP_FIELD_KIND:          return g_strdup (hp_position_kind_display_name (hp_position_get_kind (p)));
    case HP_FIELD_ONE_TIME_COST:
      return hp_money_format (hp_position_get_one_time_cost (p), hp_plan_get_currency (plan), HP_MONEY_FORMAT_DEFAULT);
    case HP_FIELD_NOTES:         return g_strdup (hp_position_get_notes (p));
    case HP_N_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

void
hp_plan_change_level (HpPlan     *plan,
                      HpCatalog  *catalog,
                      HpPosition *p,
                      HpLevel     level)
{
  HpRole *old_role;
  HpRole *new_role = NULL;

  g_return_if_fail (HP_IS_PLAN (plan));
  g_return_if_fail (catalog == NULL || HP_IS_CATALOG (catalog));
  g_return_if_fail (HP_IS_POSITION (p));
  g_return_if_fail (level >= 0 && level < HP_N_LEVELS);

  if (level == hp_position_get_level (p))
    return;

  old_role = catalog != NULL ? hp_catalog_lookup (catalog, hp_position_get_role_id (p)) : NULL;
  if (old_role != NULL)
    new_role = hp_catalog_lookup_level (catalog, hp_role_get_family_id (old_role), level);

  if (new_role == NULL)
    {
      hp_plan_edit_position (plan, p, "level", (int) level, NULL);
      return;
    }

  hp_plan_edit_position (plan, p,
                         "level", (int) level,
                         "role-id", hp_role_get_id (new_role),
                         "title", g_str_equal (hp_position_get_title (p), hp_role_get_title (old_role))
                                    ? hp_role_get_title (new_role) : hp_position_get_title (p),
                         "annual-salary", hp_position_get_annual_salary (p) == hp_role_get_band_mid (old_role)
                                            ? hp_role_get_band_mid (new_role) : hp_position_get_annual_salary (p),
                         NULL);
}

/* A choice by its index ("4") or its name, any case ("senior"). */
static int
parse_choice (const char  *text,
              guint        n,
              const char *(*name) (int),
              const char  *format, /* "“%s” is not a level: expected %s" */
              GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *folded = g_utf8_casefold (stripped, -1);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *candidate = g_utf8_casefold (name ((int) i), -1);
      g_autofree char *index = g_strdup_printf ("%u", i);

      if (g_str_equal (folded, candidate) || g_str_equal (stripped, index))
        return (int) i;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, name ((int) i));
    }

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_set_error (error, HP_ERROR, HP_ERROR_INVALID, format, stripped, names->str);
#pragma GCC diagnostic pop
  return -1;
}

static const char *
level_name (int i)
{
  return hp_level_display_name ((HpLevel) i);
}

static const char *
kind_name (int i)
{
  return hp_position_kind_display_name ((HpPositionKind) i);
}

static const char *
status_name (int i)
{
  return hp_position_status_display_name ((HpPositionStatus) i);
}

/* One undoable step, or a keystroke joined to the step typing this field. */
#define STORE(property, value) \
  G_STMT_START { \
    if (typing) \
      hp_plan_type_position (plan, p, property, value, NULL); \
    else \
      { \
        hp_plan_edit_position (plan, p, property, value, NULL); \
        hp_plan_end_typing (plan); \
      } \
  } G_STMT_END

gboolean
hp_plan_input_position (HpPlan          *plan,
                        HpCatalog       *catalog,
                        HpPosition      *p,
                        HpPositionField  field,
                        const char      *text,
                        gboolean         typing,
                        GError         **error)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (HP_IS_POSITION (p), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stripped = g_strstrip (g_strdup (text));

  switch (field)
    {
    case HP_FIELD_TITLE:
      if (*stripped == '\0')
        {
          g_set_error_literal (error, HP_ERROR, HP_ERROR_INVALID, _("a position needs a title"));
          return FALSE;
        }
      STORE ("title", stripped);
      return TRUE;

    case HP_FIELD_LEVEL:
      {
        int level = parse_choice (text, HP_N_LEVELS, level_name,
                                 /* TRANSLATORS: "“Boss” is not a level: expected Intern, Graduate, …" */
                                 _("“%s” is not a level: expected %s"), error);

        if (level < 0)
          return FALSE;
        hp_plan_change_level (plan, catalog, p, (HpLevel) level);
        return TRUE;
      }

    case HP_FIELD_KIND:
    case HP_FIELD_STATUS:
      {
        int value = field == HP_FIELD_KIND
                    ? parse_choice (text, HP_N_POSITION_KINDS, kind_name,
                                  _("“%s” is not a kind: expected %s"), error)
                    : parse_choice (text, HP_N_POSITION_STATUSES, status_name,
                                  _("“%s” is not a status: expected %s"), error);

        if (value < 0)
          return FALSE;
        STORE (field == HP_FIELD_KIND ? "kind" : "status", value);
        return TRUE;
      }

    case HP_FIELD_COUNT:
      {
        guint count;

        if (!hp_input_parse_count (text, &count, error))
          return FALSE;
        STORE ("count", count);
        return TRUE;
      }

    case HP_FIELD_START:
    case HP_FIELD_END:
      {
        HpMonth month;

        if (field == HP_FIELD_START ? !hp_input_parse_start (p, text, &month, error)
                                    : !hp_input_parse_end (p, text, &month, error))
          return FALSE;
        STORE (field == HP_FIELD_START ? "start" : "end", (int) month);
        return TRUE;
      }

    case HP_FIELD_SALARY:
    case HP_FIELD_ONE_TIME_COST:
      {
        gint64 amount;

        if (!parse_amount (text, hp_plan_get_currency (plan),
                           field == HP_FIELD_SALARY ? _("a salary cannot be negative")
                                                    : _("a one-time cost cannot be negative"),
                           &amount, error))
          return FALSE;
        STORE (field == HP_FIELD_SALARY ? "annual-salary" : "one-time-cost", amount);
        return TRUE;
      }

    case HP_FIELD_LOCATION:
      STORE ("location", stripped);
      return TRUE;

    case HP_FIELD_NOTES:
      STORE ("notes", text);
      return TRUE;

    case HP_N_FIELDS:
    default:
      g_return_val_if_reached (FALSE);
    }
}
