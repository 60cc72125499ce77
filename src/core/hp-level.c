/* hp-level.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-level"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-level.h"

static const char * const level_keys[HP_N_LEVELS] = {
  "intern", "graduate", "junior", "mid", "senior", "lead",
};

HpLevel
hp_level_from_key (const char *key)
{
  if (key == NULL)
    return HP_LEVEL_INVALID;

  for (guint i = 0; i < HP_N_LEVELS; i++)
    if (g_str_equal (key, level_keys[i]))
      return (HpLevel) i;

  return HP_LEVEL_INVALID;
}

const char *
hp_level_to_key (HpLevel level)
{
  g_return_val_if_fail (level >= 0 && level < HP_N_LEVELS, NULL);

  return level_keys[level];
}

const char *
hp_level_display_name (HpLevel level)
{
  g_return_val_if_fail (level >= 0 && level < HP_N_LEVELS, NULL);

  switch (level)
    {
    case HP_LEVEL_INTERN:   return _("Intern");
    case HP_LEVEL_GRADUATE: return _("Graduate");
    case HP_LEVEL_JUNIOR:   return _("Junior");
    case HP_LEVEL_MID:      return _("Mid-Level");
    case HP_LEVEL_SENIOR:   return _("Senior");
    case HP_LEVEL_LEAD:     return _("Lead");
    case HP_N_LEVELS:
    case HP_LEVEL_INVALID:
    default:
      break;
    }

  g_return_val_if_reached (NULL);
}

gboolean
hp_level_is_early_career (HpLevel level)
{
  return level == HP_LEVEL_INTERN ||
         level == HP_LEVEL_GRADUATE ||
         level == HP_LEVEL_JUNIOR;
}
