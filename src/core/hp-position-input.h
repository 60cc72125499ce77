/* hp-position-input.h: what a typed value means for a position, and the
 * edits it makes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-catalog.h"
#include "hp-plan.h"

G_BEGIN_DECLS

/* The fields a person types into, in the order of the table. */
typedef enum
{
  HP_FIELD_TITLE,
  HP_FIELD_LEVEL,
  HP_FIELD_COUNT,
  HP_FIELD_START,
  HP_FIELD_END,
  HP_FIELD_STATUS,
  HP_FIELD_SALARY,
  HP_FIELD_LOCATION,
  HP_FIELD_KIND,
  HP_FIELD_ONE_TIME_COST,
  HP_FIELD_NOTES,
  HP_N_FIELDS,
} HpPositionField;

#define HP_TYPE_POSITION_FIELD (hp_position_field_get_type ())
GType       hp_position_field_get_type     (void);

const char *hp_position_field_display_name (HpPositionField field); /* "Start", translated */

/* Each rule once.  On failure, @error (HP_ERROR_INVALID or HP_ERROR_RANGE)
 * says why in words a person reads, and nothing is stored. */
gboolean hp_input_parse_count  (const char  *text,
                                guint       *out_count,
                                GError     **error);
gboolean hp_input_parse_amount (const char  *text,
                                const char  *currency,
                                gint64      *out_amount,
                                GError     **error);
gboolean hp_input_parse_start  (HpPosition  *position,
                                const char  *text,
                                HpMonth     *out_month,
                                GError     **error);
gboolean hp_input_parse_end    (HpPosition  *position,
                                const char  *text,
                                HpMonth     *out_month, /* HP_MONTH_NONE for an empty text */
                                GError     **error);

/* The text a field shows for editing ("2027-03", "151,000.00", "2"). */
char    *hp_position_field_to_text (HpPlan          *plan,
                                    HpPosition      *position,
                                    HpPositionField  field);

/* The position moved to @level: to the role of that level in the same
 * family, with that role's title and midpoint where the position still had
 * the old role's.  One undoable step; nothing when the level is unchanged. */
void     hp_plan_change_level  (HpPlan          *plan,
                                HpCatalog       *catalog, /* nullable */
                                HpPosition      *position,
                                HpLevel          level);

/* @text read for @field and, when valid, stored: one undoable step, or,
 * with @typing, a keystroke joined to the step typing the same field.
 * Level, kind and status take their index as decimal text or their
 * display name.  Returns FALSE with @error when @text is refused.  A
 * commit (@typing FALSE) also ends the typing step before it, so that the
 * next edit of the same field is a step of its own. */
gboolean hp_plan_input_position (HpPlan          *plan,
                                 HpCatalog       *catalog,
                                 HpPosition      *position,
                                 HpPositionField  field,
                                 const char      *text,
                                 gboolean         typing,
                                 GError         **error);

G_END_DECLS
