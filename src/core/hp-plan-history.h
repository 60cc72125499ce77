/* hp-plan-history.h: the undo and redo stacks of a plan (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hp-position.h"

G_BEGIN_DECLS

typedef enum
{
  HP_EDIT_SET,       /* a property of the plan or of a position */
  HP_EDIT_INSERT,    /* a position put in at an index */
  HP_EDIT_REMOVE,    /* a position taken out from an index */
  HP_EDIT_SCENARIO_INSERT, /* a scenario (target) put in at an index of a baseline */
  HP_EDIT_SCENARIO_REMOVE, /* a scenario (target) taken out from an index */
} HpEditKind;

typedef struct
{
  HpEditKind  kind;
  GObject    *target;     /* HP_EDIT_SET: the position or scenario, or NULL for
                           * the plan itself (a reference to it would be a
                           * cycle); HP_EDIT_SCENARIO_*: the scenario */
  GParamSpec *pspec;
  GValue      old_value;
  GValue      new_value;
  HpPosition *position;   /* HP_EDIT_INSERT, HP_EDIT_REMOVE */
  guint       index;      /* HP_EDIT_INSERT, HP_EDIT_REMOVE, HP_EDIT_SCENARIO_* */
} HpEdit;

typedef struct
{
  char      *label;
  GPtrArray *edits;       /* of HpEdit*, in the order they were made */
  gboolean   typing;      /* later keystrokes in the same field join it */
  guint64    serial;      /* when it last went on a stack: larger is later, across all plans */
} HpEditGroup;

typedef struct _HpHistory HpHistory;

HpEdit      *hp_edit_new_set          (GObject      *target,
                                       GParamSpec   *pspec,
                                       const GValue *old_value,
                                       const GValue *new_value);
HpEdit      *hp_edit_new_position     (HpEditKind    kind,
                                       HpPosition   *position,
                                       guint         index);
HpEdit      *hp_edit_new_scenario     (HpEditKind    kind,
                                       GObject      *scenario,
                                       guint         index);
HpEditGroup *hp_edit_group_new        (const char   *label);
void         hp_edit_group_free       (HpEditGroup  *group);

HpHistory   *hp_history_new           (void);
void         hp_history_free          (HpHistory    *history);
void         hp_history_clear         (HpHistory    *history);
void         hp_history_record        (HpHistory    *history,
                                       HpEditGroup  *group); /* clears the redo stack */
HpEditGroup *hp_history_take_undo     (HpHistory    *history);
HpEditGroup *hp_history_take_redo     (HpHistory    *history);
void         hp_history_push_undo     (HpHistory    *history,
                                       HpEditGroup  *group);
void         hp_history_push_redo     (HpHistory    *history,
                                       HpEditGroup  *group);
const char  *hp_history_peek_undo_label (HpHistory  *history);
guint64      hp_history_peek_serial   (HpHistory    *history,
                                       gboolean      redo); /* 0: none */
HpEditGroup *hp_history_peek_undo     (HpHistory    *history);
gboolean     hp_history_has_redo      (HpHistory    *history);
const char  *hp_history_peek_redo_label (HpHistory  *history);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpEditGroup, hp_edit_group_free)

G_END_DECLS
