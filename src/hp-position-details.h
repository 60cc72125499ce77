/* hp-position-details.h: every field of one position, with its label
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-catalog.h"
#include "hp-plan.h"
#include "hp-position-input.h"

G_BEGIN_DECLS

#define HP_TYPE_POSITION_DETAILS (hp_position_details_get_type ())

G_DECLARE_FINAL_TYPE (HpPositionDetails, hp_position_details, HP, POSITION_DETAILS, GtkWidget)

GtkWidget  *hp_position_details_new          (void);
/* @position: (nullable): a position of @plan, or %NULL for none */
void        hp_position_details_set_position (HpPositionDetails *self,
                                              HpPlan            *plan,
                                              HpCatalog         *catalog,
                                              HpPosition        *position);
HpPosition *hp_position_details_get_position (HpPositionDetails *self);
/* The editor of @field: an entry, a drop-down (level, status, kind) or a
 * text view (notes). */
GtkWidget  *hp_position_details_get_editor   (HpPositionDetails *self,
                                              HpPositionField    field);
/* What was last refused and why, or %NULL. */
const char *hp_position_details_get_error    (HpPositionDetails *self);

G_END_DECLS
