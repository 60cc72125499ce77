/* hp-summary-tracker.c: the summary of a plan, adjusted edit by edit
 *
 * Each position of the plan has a record of what it added to the summary:
 * its months, level, status, headcount, costs and warnings.  When a
 * position changes, its record is taken out of every sum and put back with
 * the new values; that costs the months of one position, whatever the size
 * of the plan.  Positions that come or go are found through the list's
 * "items-changed", whose indices keep the records in the plan's order.
 *
 * The sums are kept 128 bits wide.  Every amount added is at least zero, so
 * a sum saturated at G_MAXINT64 the way hp_summary_compute() saturates is
 * exactly min (sum, G_MAXINT64): the figures, and whether they overflowed,
 * are those of a full computation, with no order to depend on.
 *
 * Warnings are made once per position when it changes and kept with its
 * record; the records that have any are kept in a second sequence, in the
 * plan's order, so the list is rebuilt from those alone, and only when a
 * position's warnings changed.  The two plan-wide warnings (mentoring,
 * budget) come from the sums.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-summary"

#include "config.h"

#include <string.h>

#include "hp-summary-private.h"
#include "hp-summary-tracker.h"

typedef struct
{
  guint64 lo;
  guint64 hi;
} Wide;

static inline void
wide_add (Wide   *w,
          gint64  v)
{
  guint64 u = (guint64) v;

  w->lo += u;
  if (w->lo < u)
    w->hi++;
}

static inline void
wide_sub (Wide   *w,
          gint64  v)
{
  guint64 u = (guint64) v;

  if (w->lo < u)
    w->hi--;
  w->lo -= u;
}

/* min (sum, G_MAXINT64), setting *overflow when it had to saturate. */
static inline gint64
wide_get (const Wide *w,
          gboolean   *overflow)
{
  if (w->hi != 0 || w->lo > (guint64) G_MAXINT64)
    {
      *overflow = TRUE;
      return G_MAXINT64;
    }

  return (gint64) w->lo;
}

typedef struct _Record Record;
struct _Record
{
  HpPosition       *position;
  Record           *next_same;     /* the same object again in the plan */
  GSequenceIter    *order;
  GSequenceIter    *warned;        /* NULL while it has no warnings */

  /* What it added, as it was added. */
  gboolean          employed;
  gboolean          overflow;      /* its own figures left 64 bits */
  gboolean          at_end;        /* employed in the last month: counts in the run rate */
  HpLevel           level;
  HpPositionStatus  status;
  gint64            count;
  guint             first;         /* months of the period, 0-based */
  guint             last;
  int               start_slot;    /* the month of its one-time cost, or -1 */
  gint64            per_month;
  gint64            start_cost;
  gint64            position_cost;
  gint64            annual;

  HpWarning        *period_warning;
  HpWarning        *role_warning;
};

struct _HpSummaryTracker
{
  GObject      parent_instance;

  HpPlan      *plan;
  HpCatalog   *catalog;
  GListModel  *positions;
  gulong       items_changed_id;
  gulong       position_changed_id;
  gulong       settings_changed_id;

  /* The settings the records were measured with. */
  char         currency[4];
  HpMonth      start;
  guint        n_months;
  guint        overhead_bp;

  GSequence   *order;       /* of Record*, as the plan orders its positions */
  GSequence   *warned;      /* of Record*, those with warnings, in the same order */
  GHashTable  *records;     /* HpPosition* → its first Record* */

  Wide        *month_cost;
  Wide        *month_level_cost;
  gint64      *month_headcount;
  gint64      *month_level_headcount;
  Wide         level_cost[HP_N_LEVELS];
  Wide         level_run_rate[HP_N_LEVELS];
  gint64       level_headcount[HP_N_LEVELS];
  Wide         status_cost[HP_N_POSITION_STATUSES];
  gint64       status_headcount[HP_N_POSITION_STATUSES];
  Wide         total_cost;
  Wide         run_rate;
  gint64       total_headcount;
  guint        n_overflowing;

  HpSummary   *summary;
  gboolean     figures_dirty;
  gboolean     warnings_dirty;
  guint        n_position_warnings;
  HpWarning   *mentoring_warning;
  HpWarning   *budget_warning;
};

G_DEFINE_FINAL_TYPE (HpSummaryTracker, hp_summary_tracker, G_TYPE_OBJECT)

/* Records */

static void
record_clear_warnings (Record *record)
{
  g_clear_pointer (&record->period_warning, hp_warning_free);
  g_clear_pointer (&record->role_warning, hp_warning_free);
}

/* Measures what the position adds now, by the rule hp_summary_compute()
 * uses (hp_position_cost_measure()). */
static void
record_measure (HpSummaryTracker *self,
                Record           *record)
{
  HpPosition *position = record->position;
  gint64 period_start = self->start;
  gint64 period_end = period_start + (gint64) self->n_months - 1;
  HpPositionCost cost;

  record->level = hp_position_get_level (position);
  record->status = hp_position_get_status (position);
  record->count = hp_position_get_count (position);
  record->employed = FALSE;
  record->overflow = FALSE;
  record->at_end = FALSE;
  record->start_slot = -1;
  record->per_month = 0;
  record->start_cost = 0;
  record->position_cost = 0;
  record->annual = 0;

  g_return_if_fail (record->level >= 0 && record->level < HP_N_LEVELS);
  g_return_if_fail (record->status < HP_N_POSITION_STATUSES);

  hp_position_cost_measure (position, period_start, period_end, self->overhead_bp, &cost);
  record->employed = cost.employed;

  if (cost.employed)
    {
      record->first = (guint) (cost.first - period_start);
      record->last = (guint) (cost.last - period_start);
      record->per_month = cost.per_month;
      if (cost.start_month != G_MININT64)
        {
          record->start_slot = (int) (cost.start_month - period_start);
          record->start_cost = cost.start_cost;
        }
      record->position_cost = cost.period_cost;
      record->at_end = cost.at_end;
      record->annual = cost.annual;
      record->overflow = cost.overflow;
    }

  record_clear_warnings (record);
  record->period_warning = hp_warning_new_period (position, period_start, period_end, record->employed);
  record->role_warning = hp_warning_new_role (position, self->catalog, self->currency);
}

/* Adds the record's measure to every sum, or takes it out again. */
static void
record_apply (HpSummaryTracker *self,
              Record           *record,
              gboolean          add)
{
  void (*wide_op) (Wide *, gint64) = add ? wide_add : wide_sub;
  gint64 count = add ? record->count : -record->count;
  HpLevel level = record->level;

  if (!record->employed)
    return;

  for (guint slot = record->first; slot <= record->last; slot++)
    {
      gsize level_slot = (gsize) slot * HP_N_LEVELS + (gsize) level;
      gint64 cost = (int) slot == record->start_slot ? record->start_cost : record->per_month;

      wide_op (&self->month_cost[slot], cost);
      wide_op (&self->month_level_cost[level_slot], cost);
      self->month_headcount[slot] += count;
      self->month_level_headcount[level_slot] += count;
    }

  wide_op (&self->level_cost[level], record->position_cost);
  wide_op (&self->status_cost[record->status], record->position_cost);
  wide_op (&self->total_cost, record->position_cost);
  self->level_headcount[level] += count;
  self->status_headcount[record->status] += count;
  self->total_headcount += count;

  if (record->at_end)
    {
      wide_op (&self->level_run_rate[level], record->annual);
      wide_op (&self->run_rate, record->annual);
    }

  if (record->overflow)
    {
      if (add)
        self->n_overflowing++;
      else
        self->n_overflowing--;
    }

  self->figures_dirty = TRUE;
}

static int
compare_order (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  int pa = g_sequence_iter_get_position (((const Record *) a)->order);
  int pb = g_sequence_iter_get_position (((const Record *) b)->order);

  return pa < pb ? -1 : (pa > pb ? 1 : 0);
}

/* After a measure: the record is in the warned sequence exactly when it
 * has warnings, and the list is rebuilt when its warnings may differ. */
static void
record_file_warnings (HpSummaryTracker *self,
                      Record           *record,
                      gboolean          had_warnings)
{
  gboolean has_warnings = record->period_warning != NULL || record->role_warning != NULL;

  if (has_warnings && record->warned == NULL)
    record->warned = g_sequence_insert_sorted (self->warned, record, compare_order, NULL);
  else if (!has_warnings && record->warned != NULL)
    {
      g_sequence_remove (record->warned);
      record->warned = NULL;
    }

  if (has_warnings || had_warnings)
    self->warnings_dirty = TRUE;
}

static void
record_update (HpSummaryTracker *self,
               Record           *record)
{
  gboolean had_warnings = record->warned != NULL;

  record_apply (self, record, FALSE);
  record_measure (self, record);
  record_apply (self, record, TRUE);
  record_file_warnings (self, record, had_warnings);
}

static void
record_link (HpSummaryTracker *self,
             Record           *record)
{
  Record *first = g_hash_table_lookup (self->records, record->position);

  if (first != NULL)
    {
      record->next_same = first->next_same;
      first->next_same = record;
    }
  else
    g_hash_table_insert (self->records, record->position, record);
}

static void
record_unlink (HpSummaryTracker *self,
               Record           *record)
{
  Record *first = g_hash_table_lookup (self->records, record->position);

  if (first == record)
    {
      if (record->next_same != NULL)
        g_hash_table_insert (self->records, record->position, record->next_same);
      else
        g_hash_table_remove (self->records, record->position);
    }
  else
    {
      for (Record *r = first; r != NULL; r = r->next_same)
        if (r->next_same == record)
          {
            r->next_same = record->next_same;
            break;
          }
    }
  record->next_same = NULL;
}

static void
record_free (Record *record)
{
  record_clear_warnings (record);
  g_clear_object (&record->position);
  g_free (record);
}

/* The sums */

static void
reset_sums (HpSummaryTracker *self)
{
  gsize n = self->n_months;

  g_free (self->month_cost);
  g_free (self->month_level_cost);
  g_free (self->month_headcount);
  g_free (self->month_level_headcount);
  self->month_cost = g_new0 (Wide, n);
  self->month_level_cost = g_new0 (Wide, n * HP_N_LEVELS);
  self->month_headcount = g_new0 (gint64, n);
  self->month_level_headcount = g_new0 (gint64, n * HP_N_LEVELS);

  memset (self->level_cost, 0, sizeof self->level_cost);
  memset (self->level_run_rate, 0, sizeof self->level_run_rate);
  memset (self->level_headcount, 0, sizeof self->level_headcount);
  memset (self->status_cost, 0, sizeof self->status_cost);
  memset (self->status_headcount, 0, sizeof self->status_headcount);
  memset (&self->total_cost, 0, sizeof self->total_cost);
  memset (&self->run_rate, 0, sizeof self->run_rate);
  self->total_headcount = 0;
  self->n_overflowing = 0;
}

static void
take_settings (HpSummaryTracker *self)
{
  const char *currency = hp_plan_get_currency (self->plan);

  g_strlcpy (self->currency, currency != NULL ? currency : "", sizeof self->currency);
  self->start = hp_plan_get_start (self->plan);
  self->n_months = hp_plan_get_months (self->plan);
  self->overhead_bp = hp_plan_get_overhead_bp (self->plan);
}

static gboolean
settings_differ (HpSummaryTracker *self)
{
  const char *currency = hp_plan_get_currency (self->plan);

  return g_strcmp0 (self->currency, currency != NULL ? currency : "") != 0 ||
         self->start != hp_plan_get_start (self->plan) ||
         self->n_months != hp_plan_get_months (self->plan) ||
         self->overhead_bp != hp_plan_get_overhead_bp (self->plan);
}

/* Measures every position again: for a new period, overhead, currency or
 * catalog. */
static void
rebuild (HpSummaryTracker *self)
{
  GSequenceIter *iter;

  take_settings (self);
  reset_sums (self);

  g_sequence_remove_range (g_sequence_get_begin_iter (self->warned), g_sequence_get_end_iter (self->warned));

  for (iter = g_sequence_get_begin_iter (self->order); !g_sequence_iter_is_end (iter);
       iter = g_sequence_iter_next (iter))
    {
      Record *record = g_sequence_get (iter);

      record->warned = NULL;
      record_measure (self, record);
      record_apply (self, record, TRUE);
      if (record->period_warning != NULL || record->role_warning != NULL)
        record->warned = g_sequence_append (self->warned, record);
    }

  self->figures_dirty = TRUE;
  self->warnings_dirty = TRUE;
}

/* Signals of the plan */

static void
items_changed_cb (GListModel       *model,
                  guint             position,
                  guint             removed,
                  guint             added,
                  HpSummaryTracker *self)
{
  GSequenceIter *iter = g_sequence_get_iter_at_pos (self->order, (int) position);

  for (guint i = 0; i < removed && !g_sequence_iter_is_end (iter); i++)
    {
      GSequenceIter *next = g_sequence_iter_next (iter);
      Record *record = g_sequence_get (iter);

      record_apply (self, record, FALSE);
      if (record->warned != NULL)
        {
          g_sequence_remove (record->warned);
          self->warnings_dirty = TRUE;
        }
      record_unlink (self, record);
      g_sequence_remove (iter); /* frees the record */
      iter = next;
    }

  for (guint i = 0; i < added; i++)
    {
      Record *record = g_new0 (Record, 1);

      record->position = g_list_model_get_item (model, position + i);
      record->order = g_sequence_insert_before (iter, record);
      record_link (self, record);
      record_measure (self, record);
      record_apply (self, record, TRUE);
      record_file_warnings (self, record, FALSE);
    }

  self->figures_dirty = TRUE;
}

static void
position_changed_cb (HpPlan           *plan,
                     HpPosition       *position,
                     HpPosition       *old,
                     HpSummaryTracker *self)
{
  for (Record *record = g_hash_table_lookup (self->records, position); record != NULL;
       record = record->next_same)
    record_update (self, record);
}

static void
settings_changed_cb (HpPlan           *plan,
                     HpSummaryTracker *self)
{
  /* The period, overhead and currency touch every position; the budget
   * only the totals; the rest (title, notes, ...) nothing. */
  if (settings_differ (self))
    rebuild (self);
  else
    self->figures_dirty = TRUE;
}

/* The summary */

static void
summary_resize (HpSummary *summary,
                guint      n_months)
{
  if (summary->n_months == n_months && summary->month_cost != NULL)
    return;

  g_free (summary->month_cost);
  g_free (summary->month_headcount);
  g_free (summary->month_level_cost);
  g_free (summary->month_level_headcount);
  summary->n_months = n_months;
  summary->month_cost = g_new0 (gint64, n_months);
  summary->month_headcount = g_new0 (gint64, n_months);
  summary->month_level_cost = g_new0 (gint64, (gsize) n_months * HP_N_LEVELS);
  summary->month_level_headcount = g_new0 (gint64, (gsize) n_months * HP_N_LEVELS);
}

static void
summary_add_warning (HpSummary *summary,
                     HpWarning *warning)
{
  if (warning != NULL)
    g_ptr_array_add (summary->warnings, warning);
}

/* Brings the summary up to the sums: O(months × levels), plus the warnings
 * of the positions that have any when those changed. */
static void
materialize (HpSummaryTracker *self)
{
  HpSummary *summary = self->summary;
  gboolean overflow = self->n_overflowing > 0;

  if (!self->figures_dirty && !self->warnings_dirty)
    return;

  g_strlcpy (summary->currency, self->currency, sizeof summary->currency);
  summary->start = self->start;
  summary->overhead_bp = self->overhead_bp;
  summary_resize (summary, self->n_months);

  for (guint m = 0; m < self->n_months; m++)
    {
      summary->month_cost[m] = wide_get (&self->month_cost[m], &overflow);
      summary->month_headcount[m] = self->month_headcount[m];
    }
  for (gsize i = 0; i < (gsize) self->n_months * HP_N_LEVELS; i++)
    {
      summary->month_level_cost[i] = wide_get (&self->month_level_cost[i], &overflow);
      summary->month_level_headcount[i] = self->month_level_headcount[i];
    }

  for (guint level = 0; level < HP_N_LEVELS; level++)
    {
      summary->level_cost[level] = wide_get (&self->level_cost[level], &overflow);
      summary->level_headcount[level] = self->level_headcount[level];
      summary->level_run_rate[level] = wide_get (&self->level_run_rate[level], &overflow);
    }
  for (guint status = 0; status < HP_N_POSITION_STATUSES; status++)
    {
      summary->status_cost[status] = wide_get (&self->status_cost[status], &overflow);
      summary->status_headcount[status] = self->status_headcount[status];
    }

  summary->total_cost = wide_get (&self->total_cost, &overflow);
  summary->total_headcount = self->total_headcount;
  summary->run_rate = wide_get (&self->run_rate, &overflow);

  summary->has_budget = hp_plan_get_has_budget (self->plan);
  summary->budget = 0;
  summary->budget_remaining = 0;
  if (summary->has_budget)
    {
      summary->budget = hp_plan_get_budget (self->plan);
      summary->budget_remaining = hp_checked_sub (summary->budget, summary->total_cost, &overflow);
    }

  /* The positions' warnings in the plan's order, then the plan-wide ones. */
  if (self->warnings_dirty)
    {
      GSequenceIter *iter;

      g_ptr_array_set_size (summary->warnings, 0);
      for (iter = g_sequence_get_begin_iter (self->warned); !g_sequence_iter_is_end (iter);
           iter = g_sequence_iter_next (iter))
        {
          Record *record = g_sequence_get (iter);

          summary_add_warning (summary, record->period_warning);
          summary_add_warning (summary, record->role_warning);
        }
      self->n_position_warnings = summary->warnings->len;
    }
  else
    g_ptr_array_set_size (summary->warnings, self->n_position_warnings);

  g_clear_pointer (&self->mentoring_warning, hp_warning_free);
  g_clear_pointer (&self->budget_warning, hp_warning_free);
  self->mentoring_warning = hp_warning_new_mentoring (summary->level_headcount, &overflow);
  summary_add_warning (summary, self->mentoring_warning);
  self->budget_warning = hp_warning_new_budget (summary, &overflow);
  summary_add_warning (summary, self->budget_warning);

  summary->overflow = overflow;
  self->figures_dirty = FALSE;
  self->warnings_dirty = FALSE;
}

/* GObject */

static void
disconnect_plan (HpSummaryTracker *self)
{
  if (self->positions != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->positions);
  if (self->plan != NULL)
    {
      g_clear_signal_handler (&self->position_changed_id, self->plan);
      g_clear_signal_handler (&self->settings_changed_id, self->plan);
    }
}

static void
hp_summary_tracker_dispose (GObject *object)
{
  HpSummaryTracker *self = HP_SUMMARY_TRACKER (object);

  disconnect_plan (self);

  G_OBJECT_CLASS (hp_summary_tracker_parent_class)->dispose (object);
}

static void
hp_summary_tracker_finalize (GObject *object)
{
  HpSummaryTracker *self = HP_SUMMARY_TRACKER (object);

  g_clear_pointer (&self->warned, g_sequence_free);
  g_clear_pointer (&self->order, g_sequence_free);
  g_clear_pointer (&self->records, g_hash_table_unref);

  g_free (self->month_cost);
  g_free (self->month_level_cost);
  g_free (self->month_headcount);
  g_free (self->month_level_headcount);

  g_clear_pointer (&self->mentoring_warning, hp_warning_free);
  g_clear_pointer (&self->budget_warning, hp_warning_free);
  /* The summary's warnings belong to the records: the array frees none. */
  g_clear_pointer (&self->summary, hp_summary_free);

  g_clear_object (&self->positions);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (hp_summary_tracker_parent_class)->finalize (object);
}

static void
hp_summary_tracker_class_init (HpSummaryTrackerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hp_summary_tracker_dispose;
  object_class->finalize = hp_summary_tracker_finalize;
}

static void
hp_summary_tracker_init (HpSummaryTracker *self)
{
  self->order = g_sequence_new ((GDestroyNotify) record_free);
  self->warned = g_sequence_new (NULL);
  self->records = g_hash_table_new (NULL, NULL);
  self->summary = g_new0 (HpSummary, 1);
  self->summary->warnings = g_ptr_array_new ();
}

HpSummaryTracker *
hp_summary_tracker_new (HpPlan    *plan,
                        HpCatalog *catalog)
{
  HpSummaryTracker *self;
  guint n;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (catalog == NULL || HP_IS_CATALOG (catalog), NULL);

  self = g_object_new (HP_TYPE_SUMMARY_TRACKER, NULL);
  self->plan = g_object_ref (plan);
  self->catalog = catalog != NULL ? g_object_ref (catalog) : NULL;
  self->positions = g_object_ref (hp_plan_get_positions (plan));

  n = g_list_model_get_n_items (self->positions);
  for (guint i = 0; i < n; i++)
    {
      Record *record = g_new0 (Record, 1);

      record->position = g_list_model_get_item (self->positions, i);
      record->order = g_sequence_append (self->order, record);
      record_link (self, record);
    }

  rebuild (self);

  self->items_changed_id = g_signal_connect (self->positions, "items-changed",
                                             G_CALLBACK (items_changed_cb), self);
  self->position_changed_id = g_signal_connect (plan, "position-changed",
                                                G_CALLBACK (position_changed_cb), self);
  self->settings_changed_id = g_signal_connect (plan, "settings-changed",
                                                G_CALLBACK (settings_changed_cb), self);

  return self;
}

HpPlan *
hp_summary_tracker_get_plan (HpSummaryTracker *self)
{
  g_return_val_if_fail (HP_IS_SUMMARY_TRACKER (self), NULL);
  return self->plan;
}

HpCatalog *
hp_summary_tracker_get_catalog (HpSummaryTracker *self)
{
  g_return_val_if_fail (HP_IS_SUMMARY_TRACKER (self), NULL);
  return self->catalog;
}

void
hp_summary_tracker_set_catalog (HpSummaryTracker *self,
                                HpCatalog        *catalog)
{
  g_return_if_fail (HP_IS_SUMMARY_TRACKER (self));
  g_return_if_fail (catalog == NULL || HP_IS_CATALOG (catalog));

  if (g_set_object (&self->catalog, catalog))
    rebuild (self);
}

HpSummary *
hp_summary_tracker_get_summary (HpSummaryTracker *self)
{
  g_return_val_if_fail (HP_IS_SUMMARY_TRACKER (self), NULL);

  materialize (self);
  return self->summary;
}

HpSummary *
hp_summary_tracker_dup_summary (HpSummaryTracker *self)
{
  g_return_val_if_fail (HP_IS_SUMMARY_TRACKER (self), NULL);

  return hp_summary_copy (hp_summary_tracker_get_summary (self));
}

void
hp_summary_tracker_recompute (HpSummaryTracker *self)
{
  g_return_if_fail (HP_IS_SUMMARY_TRACKER (self));

  rebuild (self);
}
