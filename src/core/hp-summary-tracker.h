/* hp-summary-tracker.h: a plan's summary, kept up to date edit by edit
 *
 * The tracker listens to its plan and adjusts the summary by what each step
 * changed: an edit of one position costs the months of that position, not
 * a pass over the plan; a change of the plan's period, overhead, currency
 * or of the catalog recomputes everything.  Its summary always equals
 * hp_summary_compute (plan, catalog), field by field, warnings included.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-catalog.h"
#include "hp-plan.h"
#include "hp-summary.h"

G_BEGIN_DECLS

#define HP_TYPE_SUMMARY_TRACKER (hp_summary_tracker_get_type ())

G_DECLARE_FINAL_TYPE (HpSummaryTracker, hp_summary_tracker, HP, SUMMARY_TRACKER, GObject)

HpSummaryTracker *hp_summary_tracker_new         (HpPlan           *plan,
                                                  HpCatalog        *catalog); /* catalog may be NULL */
HpPlan           *hp_summary_tracker_get_plan    (HpSummaryTracker *self);
HpCatalog        *hp_summary_tracker_get_catalog (HpSummaryTracker *self);
void              hp_summary_tracker_set_catalog (HpSummaryTracker *self,
                                                  HpCatalog        *catalog);

/* The tracker's own summary (transfer none): read it, never free it.  It
 * stays valid until the plan or the catalog next changes. */
HpSummary        *hp_summary_tracker_get_summary (HpSummaryTracker *self);
HpSummary        *hp_summary_tracker_dup_summary (HpSummaryTracker *self);

/* After positions were changed behind the plan's back (hp_position_set_*
 * on a position of the plan), which the plan cannot tell. */
void              hp_summary_tracker_recompute   (HpSummaryTracker *self);

G_END_DECLS
