/* hp-level.h: the six levels of an engineering team
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  HP_LEVEL_INTERN,
  HP_LEVEL_GRADUATE,
  HP_LEVEL_JUNIOR,
  HP_LEVEL_MID,
  HP_LEVEL_SENIOR,
  HP_LEVEL_LEAD,
  HP_N_LEVELS,
  HP_LEVEL_INVALID = -1,
} HpLevel;

HpLevel      hp_level_from_key      (const char *key);
const char  *hp_level_to_key        (HpLevel     level);
const char  *hp_level_display_name  (HpLevel     level);
gboolean     hp_level_is_early_career (HpLevel   level);

G_END_DECLS
