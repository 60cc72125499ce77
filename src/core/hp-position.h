/* hp-position.h: one line of a hiring plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hp-level.h"
#include "hp-month.h"

G_BEGIN_DECLS

typedef enum
{
  HP_POSITION_KIND_NEW,
  HP_POSITION_KIND_BACKFILL,
  HP_N_POSITION_KINDS,
} HpPositionKind;

typedef enum
{
  HP_POSITION_STATUS_PLANNED,
  HP_POSITION_STATUS_APPROVED,
  HP_POSITION_STATUS_OPEN,
  HP_POSITION_STATUS_FILLED,
  HP_POSITION_STATUS_ON_HOLD,
  HP_N_POSITION_STATUSES,
} HpPositionStatus;

#define HP_POSITION_MAX_COUNT 10000

const char       *hp_position_kind_to_key        (HpPositionKind    kind);
int               hp_position_kind_from_key      (const char       *key); /* -1 if unknown */
const char       *hp_position_kind_display_name  (HpPositionKind    kind);
const char       *hp_position_status_to_key      (HpPositionStatus  status);
int               hp_position_status_from_key    (const char       *key); /* -1 if unknown */
const char       *hp_position_status_display_name (HpPositionStatus status);

#define HP_TYPE_POSITION (hp_position_get_type ())

G_DECLARE_FINAL_TYPE (HpPosition, hp_position, HP, POSITION, GObject)

HpPosition       *hp_position_new                (void);
HpPosition       *hp_position_copy               (HpPosition       *self,
                                                  gboolean          new_id);
gboolean          hp_position_equal              (HpPosition       *a,
                                                  HpPosition       *b);

const char       *hp_position_get_id             (HpPosition       *self);
const char       *hp_position_get_role_id        (HpPosition       *self);
HpLevel           hp_position_get_level          (HpPosition       *self);
const char       *hp_position_get_title          (HpPosition       *self);
guint             hp_position_get_count          (HpPosition       *self);
HpMonth           hp_position_get_start          (HpPosition       *self);
HpMonth           hp_position_get_end            (HpPosition       *self); /* HP_MONTH_NONE: open-ended */
const char       *hp_position_get_location       (HpPosition       *self);
HpPositionKind    hp_position_get_kind           (HpPosition       *self);
HpPositionStatus  hp_position_get_status         (HpPosition       *self);
gint64            hp_position_get_annual_salary  (HpPosition       *self);
gint64            hp_position_get_one_time_cost  (HpPosition       *self);
const char       *hp_position_get_notes          (HpPosition       *self);
const char       *hp_position_get_team           (HpPosition       *self); /* NULL unless merged */

/* Setters notify the property when the value really changes.  In a plan,
 * change positions through HpPlan so that the edit can be undone. */
void              hp_position_set_id             (HpPosition       *self,
                                                  const char       *id);
void              hp_position_set_role_id        (HpPosition       *self,
                                                  const char       *role_id);
void              hp_position_set_level          (HpPosition       *self,
                                                  HpLevel           level);
void              hp_position_set_title          (HpPosition       *self,
                                                  const char       *title);
void              hp_position_set_count          (HpPosition       *self,
                                                  guint             count);
void              hp_position_set_start          (HpPosition       *self,
                                                  HpMonth           start);
void              hp_position_set_end            (HpPosition       *self,
                                                  HpMonth           end);
void              hp_position_set_location       (HpPosition       *self,
                                                  const char       *location);
void              hp_position_set_kind           (HpPosition       *self,
                                                  HpPositionKind    kind);
void              hp_position_set_status         (HpPosition       *self,
                                                  HpPositionStatus  status);
void              hp_position_set_annual_salary  (HpPosition       *self,
                                                  gint64            salary);
void              hp_position_set_one_time_cost  (HpPosition       *self,
                                                  gint64            cost);
void              hp_position_set_notes          (HpPosition       *self,
                                                  const char       *notes);
void              hp_position_set_team           (HpPosition       *self,
                                                  const char       *team);

G_END_DECLS
