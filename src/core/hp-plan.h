/* hp-plan.h: a team's hiring plan, with undo and redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "hp-month.h"
#include "hp-position.h"
#include "hp-role.h"

G_BEGIN_DECLS

typedef enum
{
  HP_PLAN_STATUS_DRAFT,
  HP_PLAN_STATUS_SUBMITTED,
  HP_PLAN_STATUS_APPROVED,
  HP_N_PLAN_STATUSES,
} HpPlanStatus;

#define HP_PLAN_MAX_MONTHS          120
#define HP_PLAN_MAX_OVERHEAD_BP     30000   /* 300.00 % */
#define HP_PLAN_DEFAULT_OVERHEAD_BP 3000    /* 30 % */
#define HP_PLAN_DEFAULT_ONE_TIME    470000  /* 4,700.00 */

const char *hp_plan_status_to_key       (HpPlanStatus status);
int         hp_plan_status_from_key     (const char  *key); /* -1 if unknown */
const char *hp_plan_status_display_name (HpPlanStatus status);

#define HP_TYPE_PLAN (hp_plan_get_type ())

G_DECLARE_FINAL_TYPE (HpPlan, hp_plan, HP, PLAN, GObject)

/* Signals.  After every step (an edit, an undo, a redo, a keystroke that
 * joins the previous step, an append) the plan first says what the step
 * changed, then emits "changed" once.  The details are emitted when the
 * whole step has been applied, in this order, each only when it applies:
 *
 *   "settings-changed"  (void)
 *       a plan-wide setting changed: title, start, months, overhead,
 *       currency, budget, ...
 *   "positions-changed" (GPtrArray *removed, GPtrArray *added)
 *       positions were taken out of or put into the plan (arrays of
 *       HpPosition*, never NULL, possibly empty)
 *   "position-changed"  (HpPosition *position, HpPosition *old)
 *       fields of a position of the plan changed; @old is a detached copy
 *       with the values it had before the step
 *
 * Undo and redo emit the same details as the edit they take back or do
 * again.  A change made to a position directly (hp_position_set_*) is not
 * seen by the plan, and so is not told. */

HpPlan       *hp_plan_new                  (void);
HpMonth       hp_plan_next_fiscal_year_start (HpMonth    today,
                                            int         fiscal_year_start_month);

const char   *hp_plan_get_title            (HpPlan     *self);
const char   *hp_plan_get_team             (HpPlan     *self);
const char   *hp_plan_get_owner            (HpPlan     *self);
HpPlanStatus  hp_plan_get_status           (HpPlan     *self);
const char   *hp_plan_get_currency         (HpPlan     *self);
HpMonth       hp_plan_get_start            (HpPlan     *self);
guint         hp_plan_get_months           (HpPlan     *self);
HpMonth       hp_plan_get_end              (HpPlan     *self); /* the last month, inclusive */
guint         hp_plan_get_overhead_bp      (HpPlan     *self);
gint64        hp_plan_get_one_time_cost    (HpPlan     *self);
gboolean      hp_plan_get_has_budget       (HpPlan     *self);
gint64        hp_plan_get_budget           (HpPlan     *self);
const char   *hp_plan_get_notes            (HpPlan     *self);

GListModel   *hp_plan_get_positions        (HpPlan     *self);
guint         hp_plan_get_n_positions      (HpPlan     *self);
HpPosition   *hp_plan_get_position         (HpPlan     *self,
                                            guint       index); /* transfer none */
HpPosition   *hp_plan_find_position        (HpPlan     *self,
                                            const char *id,
                                            guint      *out_index);

HpPosition   *hp_plan_new_position_for_role (HpPlan    *self,
                                            HpRole     *role,
                                            guint       count,
                                            HpMonth     start);

/* Undoable edits: each call is one step of the history.  Properties are
 * those of HpPlan or HpPosition ("title", "count", "annual-salary", ...). */
void          hp_plan_edit                 (HpPlan     *self,
                                            const char *first_property,
                                            ...) G_GNUC_NULL_TERMINATED;
void          hp_plan_edit_labeled         (HpPlan     *self,
                                            const char *label,
                                            const char *first_property,
                                            ...) G_GNUC_NULL_TERMINATED;
void          hp_plan_edit_position        (HpPlan     *self,
                                            HpPosition *position,
                                            const char *first_property,
                                            ...) G_GNUC_NULL_TERMINATED;
void          hp_plan_type_position        (HpPlan     *self,
                                            HpPosition *position,
                                            const char *property,
                                            ...) G_GNUC_NULL_TERMINATED;
void          hp_plan_end_typing           (HpPlan     *self); /* the next keystroke starts a step */
void          hp_plan_insert_position      (HpPlan     *self,
                                            int         index, /* -1: at the end */
                                            HpPosition *position);
void          hp_plan_remove_positions     (HpPlan     *self,
                                            HpPosition **positions,
                                            guint       n_positions);
GPtrArray    *hp_plan_duplicate_positions  (HpPlan     *self,
                                            HpPosition **positions,
                                            guint       n_positions);

void          hp_plan_change_currency      (HpPlan     *self,
                                            const char *currency);

gboolean      hp_plan_can_undo             (HpPlan     *self);
gboolean      hp_plan_can_redo             (HpPlan     *self);
const char   *hp_plan_get_undo_label       (HpPlan     *self);
const char   *hp_plan_get_redo_label       (HpPlan     *self);
gboolean      hp_plan_undo                 (HpPlan     *self);
gboolean      hp_plan_redo                 (HpPlan     *self);
void          hp_plan_clear_history        (HpPlan     *self);

/* Without undo, for readers that build a plan. */
void          hp_plan_append_position      (HpPlan     *self,
                                            HpPosition *position);
void          hp_plan_append_positions     (HpPlan     *self,
                                            HpPosition **positions,
                                            guint       n_positions); /* one "changed" for all */

/* The file's "extensions" object, kept as it was (NULL when absent). */
JsonNode     *hp_plan_get_extensions       (HpPlan     *self);
void          hp_plan_set_extensions       (HpPlan     *self,
                                            JsonNode   *extensions);

G_END_DECLS
