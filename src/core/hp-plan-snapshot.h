/* hp-plan-snapshot.h: a copy of a plan taken in slices, for a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-plan.h"

G_BEGIN_DECLS

/* Writing a large plan takes longer than a frame (270 ms to turn 100,000
 * positions into JSON here), so it is done in a worker thread, on a copy:
 * the plan itself belongs to the main thread, where it is edited.
 *
 * The copy is taken on the main thread in slices that each end by a given
 * time, so the main loop keeps turning; the caller starts again when the
 * plan changes before the copy is whole ("changed").  The finished copy
 * belongs to whoever takes it and can be written from any thread. */
typedef struct _HpPlanSnapshot HpPlanSnapshot;

HpPlanSnapshot *hp_plan_snapshot_new       (HpPlan         *plan);
gboolean        hp_plan_snapshot_copy_some (HpPlanSnapshot *snapshot,
                                            gint64          until);  /* g_get_monotonic_time(); TRUE when whole */
HpPlan         *hp_plan_snapshot_finish    (HpPlanSnapshot *snapshot); /* any thread; frees @snapshot */
void            hp_plan_snapshot_free      (HpPlanSnapshot *snapshot);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpPlanSnapshot, hp_plan_snapshot_free)

G_END_DECLS
