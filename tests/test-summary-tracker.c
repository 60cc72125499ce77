/* test-summary-tracker.c: the incremental summary always equals a full one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hp-catalog.h"
#include "hp-money.h"
#include "hp-plan.h"
#include "hp-summary-tracker.h"
#include "hp-test-util.h"

/* Every field of the two summaries, warnings included, in order. */
static void
assert_summaries_equal (HpSummary *a,
                        HpSummary *b)
{
  g_assert_cmpstr (a->currency, ==, b->currency);
  g_assert_cmpint (a->start, ==, b->start);
  g_assert_cmpuint (a->n_months, ==, b->n_months);
  g_assert_cmpuint (a->overhead_bp, ==, b->overhead_bp);

  for (guint m = 0; m < a->n_months; m++)
    {
      g_assert_cmpint (a->month_cost[m], ==, b->month_cost[m]);
      g_assert_cmpint (a->month_headcount[m], ==, b->month_headcount[m]);
      for (guint l = 0; l < HP_N_LEVELS; l++)
        {
          g_assert_cmpint (a->month_level_cost[m * HP_N_LEVELS + l], ==, b->month_level_cost[m * HP_N_LEVELS + l]);
          g_assert_cmpint (a->month_level_headcount[m * HP_N_LEVELS + l], ==,
                           b->month_level_headcount[m * HP_N_LEVELS + l]);
        }
    }

  for (guint l = 0; l < HP_N_LEVELS; l++)
    {
      g_assert_cmpint (a->level_cost[l], ==, b->level_cost[l]);
      g_assert_cmpint (a->level_headcount[l], ==, b->level_headcount[l]);
      g_assert_cmpint (a->level_run_rate[l], ==, b->level_run_rate[l]);
    }
  for (guint s = 0; s < HP_N_POSITION_STATUSES; s++)
    {
      g_assert_cmpint (a->status_cost[s], ==, b->status_cost[s]);
      g_assert_cmpint (a->status_headcount[s], ==, b->status_headcount[s]);
    }

  g_assert_cmpint (a->total_cost, ==, b->total_cost);
  g_assert_cmpint (a->total_headcount, ==, b->total_headcount);
  g_assert_cmpint (a->run_rate, ==, b->run_rate);
  g_assert_cmpint (a->has_budget, ==, b->has_budget);
  g_assert_cmpint (a->budget, ==, b->budget);
  g_assert_cmpint (a->budget_remaining, ==, b->budget_remaining);
  g_assert_cmpint (a->overflow, ==, b->overflow);

  g_assert_cmpuint (a->warnings->len, ==, b->warnings->len);
  for (guint i = 0; i < a->warnings->len; i++)
    {
      const HpWarning *wa = g_ptr_array_index (a->warnings, i);
      const HpWarning *wb = g_ptr_array_index (b->warnings, i);

      g_assert_cmpint (wa->kind, ==, wb->kind);
      g_assert_cmpstr (wa->code, ==, wb->code);
      g_assert_cmpstr (wa->message, ==, wb->message);
      g_assert_cmpstr (wa->position_id, ==, wb->position_id);
    }
}

static void
assert_tracks (HpSummaryTracker *tracker,
               HpPlan           *plan,
               HpCatalog        *catalog)
{
  g_autoptr(HpSummary) full = hp_summary_compute (plan, catalog);

  assert_summaries_equal (hp_summary_tracker_get_summary (tracker), full);
}

static const char * const roles[] = {
  "backend-intern", "backend-graduate", "backend-junior", "backend-mid", "backend-senior", "backend-lead",
};

static HpPosition *
random_position (HpPlan    *plan,
                 HpCatalog *catalog)
{
  HpRole *role = hp_catalog_lookup (catalog, roles[g_test_rand_int_range (0, G_N_ELEMENTS (roles))]);
  HpMonth start = hp_plan_get_start (plan) + g_test_rand_int_range (-8, 30);
  HpPosition *p = hp_plan_new_position_for_role (plan, role, (guint) g_test_rand_int_range (1, 6), start);

  switch (g_test_rand_int_range (0, 8))
    {
    case 0:
      hp_position_set_role_id (p, "no-such-role");
      break;
    case 1:
      hp_position_set_role_id (p, "");
      break;
    case 2:
      hp_position_set_end (p, start + g_test_rand_int_range (-3, 20));
      break;
    case 3:
      hp_position_set_annual_salary (p, g_test_rand_int_range (0, 30000000));
      break;
    case 4:
      hp_position_set_title (p, "");
      break;
    default:
      break;
    }
  hp_position_set_status (p, (HpPositionStatus) g_test_rand_int_range (0, HP_N_POSITION_STATUSES));

  return p;
}

static HpPosition *
random_member (HpPlan *plan)
{
  guint n = hp_plan_get_n_positions (plan);

  return n > 0 ? hp_plan_get_position (plan, (guint) g_test_rand_int_range (0, (int) n)) : NULL;
}

static void
random_position_edit (HpPlan     *plan,
                      HpCatalog  *catalog,
                      HpPosition *p)
{
  switch (g_test_rand_int_range (0, 12))
    {
    case 0:
      hp_plan_edit_position (plan, p, "count", (guint) g_test_rand_int_range (1, 10001), NULL);
      break;
    case 1:
      hp_plan_edit_position (plan, p, "start", (int) (hp_plan_get_start (plan) + g_test_rand_int_range (-10, 30)),
                             NULL);
      break;
    case 2:
      hp_plan_edit_position (plan, p, "end",
                             g_test_rand_bit () ? (int) HP_MONTH_NONE
                                                : (int) (hp_position_get_start (p) + g_test_rand_int_range (-4, 30)),
                             NULL);
      break;
    case 3:
      hp_plan_edit_position (plan, p, "level", g_test_rand_int_range (0, HP_N_LEVELS), NULL);
      break;
    case 4:
      hp_plan_edit_position (plan, p, "status", g_test_rand_int_range (0, HP_N_POSITION_STATUSES), NULL);
      break;
    case 5:
      hp_plan_type_position (plan, p, "annual-salary", (gint64) g_test_rand_int_range (0, 40000000), NULL);
      break;
    case 6:
      hp_plan_type_position (plan, p, "count", (guint) g_test_rand_int_range (1, 8), NULL);
      break;
    case 7:
      hp_plan_edit_position (plan, p, "one-time-cost", (gint64) g_test_rand_int_range (0, 2000000), NULL);
      break;
    case 8:
      hp_plan_edit_position (plan, p, "title", g_test_rand_bit () ? "" : "Renamed", NULL);
      break;
    case 9:
      hp_plan_edit_position (plan, p, "role-id",
                             g_test_rand_bit () ? "unknown" : roles[g_test_rand_int_range (0, G_N_ELEMENTS (roles))],
                             NULL);
      break;
    case 10:
      /* Several fields of one position in one step, as the level cell does. */
      hp_plan_edit_position (plan, p,
                             "level", g_test_rand_int_range (0, HP_N_LEVELS),
                             "role-id", roles[g_test_rand_int_range (0, G_N_ELEMENTS (roles))],
                             "annual-salary", (gint64) g_test_rand_int_range (0, 30000000),
                             NULL);
      break;
    default:
      hp_plan_edit_position (plan, p, "location", "Remote", "kind", g_test_rand_int_range (0, HP_N_POSITION_KINDS),
                             NULL);
      break;
    }
}

static void
random_plan_edit (HpPlan *plan)
{
  switch (g_test_rand_int_range (0, 7))
    {
    case 0:
      hp_plan_edit (plan, "start", (int) (hp_month_new (2027, 1) + g_test_rand_int_range (-6, 7)), NULL);
      break;
    case 1:
      hp_plan_edit (plan, "months", (guint) g_test_rand_int_range (1, 37), NULL);
      break;
    case 2:
      hp_plan_edit (plan, "overhead-bp", (guint) g_test_rand_int_range (0, HP_PLAN_MAX_OVERHEAD_BP + 1), NULL);
      break;
    case 3:
      hp_plan_edit (plan, "has-budget", g_test_rand_bit (),
                    "budget", (gint64) g_test_rand_int_range (0, G_MAXINT32) * 10, NULL);
      break;
    case 4:
      hp_plan_change_currency (plan, g_test_rand_bit () ? "USD" : (g_test_rand_bit () ? "JPY" : "KWD"));
      break;
    case 5:
      hp_plan_edit (plan, "title", g_test_rand_bit () ? "A" : "B", NULL);
      break;
    default:
      hp_plan_edit (plan, "budget", (gint64) g_test_rand_int_range (0, 500000000), NULL);
      break;
    }
}

/* Thousands of random steps, each checked against a full computation. */
static void
test_random_steps (void)
{
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();
  g_autoptr(HpCatalog) empty = hp_catalog_new ();
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(HpSummaryTracker) tracker = NULL;
  HpCatalog *current = catalog;
  guint n_steps = g_test_slow () ? 20000 : 4000;

  hp_plan_edit (plan, "start", (int) hp_month_new (2027, 1), "months", 24u, NULL);
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(HpPosition) p = random_position (plan, catalog);
      hp_plan_append_position (plan, p);
    }

  tracker = hp_summary_tracker_new (plan, catalog);
  assert_tracks (tracker, plan, current);

  for (guint step = 0; step < n_steps; step++)
    {
      int what = g_test_rand_int_range (0, 100);
      HpPosition *member = random_member (plan);

      if (what < 12)
        {
          g_autoptr(HpPosition) p = random_position (plan, catalog);
          hp_plan_insert_position (plan, g_test_rand_int_range (-1, (int) hp_plan_get_n_positions (plan) + 1), p);
        }
      else if (what < 18 && member != NULL)
        {
          HpPosition *several[3] = { member, random_member (plan), random_member (plan) };
          hp_plan_remove_positions (plan, several, (guint) g_test_rand_int_range (1, 4));
        }
      else if (what < 21 && member != NULL)
        {
          g_autoptr(GPtrArray) copies = hp_plan_duplicate_positions (plan, &member, 1);
          g_assert_cmpuint (copies->len, ==, 1);
        }
      else if (what < 55 && member != NULL)
        random_position_edit (plan, catalog, member);
      else if (what < 62)
        random_plan_edit (plan);
      else if (what < 80)
        hp_plan_undo (plan);
      else if (what < 92)
        hp_plan_redo (plan);
      else if (what < 94)
        {
          g_autoptr(HpPosition) p = random_position (plan, catalog);
          hp_plan_append_position (plan, p);
        }
      else if (what < 95)
        {
          current = current == catalog ? empty : (current == empty ? NULL : catalog);
          hp_summary_tracker_set_catalog (tracker, current);
        }
      else if (what < 96 && member != NULL)
        {
          /* Too large for 64 bits, then back. */
          hp_plan_edit_position (plan, member, "annual-salary", HP_MONEY_MAX, "count", (guint) HP_POSITION_MAX_COUNT,
                                 "one-time-cost", HP_MONEY_MAX, NULL);
        }
      else
        {
          /* Between checks as well: the summary may be read at any time. */
          hp_summary_tracker_get_summary (tracker);
          continue;
        }

      assert_tracks (tracker, plan, current);
    }

  /* All the way back, then forward again. */
  while (hp_plan_undo (plan))
    assert_tracks (tracker, plan, current);
  while (hp_plan_redo (plan))
    assert_tracks (tracker, plan, current);
}

/* Overflow: flagged as a full computation flags it, and gone when the
 * position that caused it is. */
static void
test_overflow (void)
{
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(HpSummaryTracker) tracker = hp_summary_tracker_new (plan, catalog);
  g_autoptr(HpPosition) huge = hp_plan_new_position_for_role (plan, hp_catalog_lookup (catalog, "backend-lead"),
                                                              HP_POSITION_MAX_COUNT, hp_plan_get_start (plan));

  hp_position_set_annual_salary (huge, HP_MONEY_MAX);
  hp_position_set_one_time_cost (huge, HP_MONEY_MAX);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(HpPosition) p = hp_position_copy (huge, TRUE);
      hp_plan_insert_position (plan, -1, p);
      assert_tracks (tracker, plan, catalog);
    }
  g_assert_true (hp_summary_tracker_get_summary (tracker)->overflow);

  while (hp_plan_undo (plan))
    assert_tracks (tracker, plan, catalog);
  g_assert_false (hp_summary_tracker_get_summary (tracker)->overflow);
}

typedef struct
{
  guint      settings;
  GPtrArray *removed;
  GPtrArray *added;
  GPtrArray *changed;
  GPtrArray *old_counts;
  guint      changed_signals;
  GString   *order;
} Seen;

static void
settings_changed_cb (HpPlan *plan,
                     Seen   *seen)
{
  seen->settings++;
  g_string_append_c (seen->order, 's');
}

static void
positions_changed_cb (HpPlan    *plan,
                      GPtrArray *removed,
                      GPtrArray *added,
                      Seen      *seen)
{
  for (guint i = 0; i < removed->len; i++)
    g_ptr_array_add (seen->removed, g_object_ref (g_ptr_array_index (removed, i)));
  for (guint i = 0; i < added->len; i++)
    g_ptr_array_add (seen->added, g_object_ref (g_ptr_array_index (added, i)));
  g_string_append_c (seen->order, 'p');
}

static void
position_changed_cb (HpPlan     *plan,
                     HpPosition *position,
                     HpPosition *old,
                     Seen       *seen)
{
  g_assert_true (position != old);
  g_assert_cmpstr (hp_position_get_id (position), ==, hp_position_get_id (old));
  g_ptr_array_add (seen->changed, g_object_ref (position));
  g_ptr_array_add (seen->old_counts, GUINT_TO_POINTER (hp_position_get_count (old)));
  g_string_append_c (seen->order, 'c');
}

static void
changed_cb (HpPlan *plan,
            Seen   *seen)
{
  seen->changed_signals++;
  g_string_append_c (seen->order, '.');
}

static void
seen_reset (Seen *seen)
{
  seen->settings = 0;
  seen->changed_signals = 0;
  g_ptr_array_set_size (seen->removed, 0);
  g_ptr_array_set_size (seen->added, 0);
  g_ptr_array_set_size (seen->changed, 0);
  g_ptr_array_set_size (seen->old_counts, 0);
  g_string_truncate (seen->order, 0);
}

/* The detailed signals: what each step changed, undo and redo alike. */
static void
test_detailed_signals (void)
{
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(HpPosition) a = hp_plan_new_position_for_role (plan, hp_catalog_lookup (catalog, "backend-mid"), 2,
                                                           hp_plan_get_start (plan));
  g_autoptr(HpPosition) b = hp_position_copy (a, TRUE);
  Seen seen = { 0 };

  seen.removed = g_ptr_array_new_with_free_func (g_object_unref);
  seen.added = g_ptr_array_new_with_free_func (g_object_unref);
  seen.changed = g_ptr_array_new_with_free_func (g_object_unref);
  seen.old_counts = g_ptr_array_new ();
  seen.order = g_string_new (NULL);

  g_signal_connect (plan, "settings-changed", G_CALLBACK (settings_changed_cb), &seen);
  g_signal_connect (plan, "positions-changed", G_CALLBACK (positions_changed_cb), &seen);
  g_signal_connect (plan, "position-changed", G_CALLBACK (position_changed_cb), &seen);
  g_signal_connect (plan, "changed", G_CALLBACK (changed_cb), &seen);

  hp_plan_insert_position (plan, -1, a);
  g_assert_cmpstr (seen.order->str, ==, "p.");
  g_assert_true (g_ptr_array_index (seen.added, 0) == a);
  g_assert_cmpuint (seen.removed->len, ==, 0);

  seen_reset (&seen);
  hp_plan_append_position (plan, b);
  g_assert_cmpstr (seen.order->str, ==, "p.");
  g_assert_true (g_ptr_array_index (seen.added, 0) == b);

  /* Two fields of one position: one detail, with the values before. */
  seen_reset (&seen);
  hp_plan_edit_position (plan, a, "count", 5u, "location", "Lisbon", NULL);
  g_assert_cmpstr (seen.order->str, ==, "c.");
  g_assert_true (g_ptr_array_index (seen.changed, 0) == a);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (seen.old_counts, 0)), ==, 2);

  /* Undo tells the same, the other way round. */
  seen_reset (&seen);
  g_assert_true (hp_plan_undo (plan));
  g_assert_cmpstr (seen.order->str, ==, "c.");
  g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (seen.old_counts, 0)), ==, 5);
  g_assert_cmpuint (hp_position_get_count (a), ==, 2);

  seen_reset (&seen);
  g_assert_true (hp_plan_redo (plan));
  g_assert_cmpstr (seen.order->str, ==, "c.");
  g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (seen.old_counts, 0)), ==, 2);

  /* Typing joins one step; each keystroke is told. */
  seen_reset (&seen);
  hp_plan_type_position (plan, a, "annual-salary", (gint64) 100, NULL);
  hp_plan_type_position (plan, a, "annual-salary", (gint64) 1000, NULL);
  g_assert_cmpstr (seen.order->str, ==, "c.c.");

  /* Removing and undoing it. */
  seen_reset (&seen);
  hp_plan_remove_positions (plan, &a, 1);
  g_assert_cmpstr (seen.order->str, ==, "p.");
  g_assert_true (g_ptr_array_index (seen.removed, 0) == a);
  seen_reset (&seen);
  hp_plan_undo (plan);
  g_assert_cmpstr (seen.order->str, ==, "p.");
  g_assert_true (g_ptr_array_index (seen.added, 0) == a);

  /* A plan-wide setting; the currency changes amounts of positions too. */
  seen_reset (&seen);
  hp_plan_edit (plan, "overhead-bp", 2500u, NULL);
  g_assert_cmpstr (seen.order->str, ==, "s.");
  seen_reset (&seen);
  hp_plan_change_currency (plan, "JPY");
  g_assert_cmpstr (seen.order->str, ==, "scc.");
  seen_reset (&seen);
  hp_plan_undo (plan);
  g_assert_cmpstr (seen.order->str, ==, "scc.");

  g_signal_handlers_disconnect_by_data (plan, &seen);
  g_ptr_array_unref (seen.removed);
  g_ptr_array_unref (seen.added);
  g_ptr_array_unref (seen.changed);
  g_ptr_array_unref (seen.old_counts);
  g_string_free (seen.order, TRUE);
}

/* Everything at once, one position twice in the list given: removed in one
 * step, each once, and back with undo. */
static void
test_remove_all (void)
{
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(HpSummaryTracker) tracker = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  guint n = 2000;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpPosition) p = random_position (plan, catalog);
      hp_plan_append_position (plan, p);
    }
  tracker = hp_summary_tracker_new (plan, catalog);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (all, hp_plan_get_position (plan, i));
  g_ptr_array_add (all, hp_plan_get_position (plan, 7));

  {
    g_autoptr(GPtrArray) copies = hp_plan_duplicate_positions (plan, (HpPosition **) all->pdata, 3);
    g_assert_cmpuint (copies->len, ==, 3);
    g_assert_cmpuint (hp_plan_get_n_positions (plan), ==, n + 3);
    assert_tracks (tracker, plan, catalog);
    hp_plan_undo (plan);
  }

  hp_plan_remove_positions (plan, (HpPosition **) all->pdata, all->len);
  g_assert_cmpuint (hp_plan_get_n_positions (plan), ==, 0);
  assert_tracks (tracker, plan, catalog);

  g_assert_true (hp_plan_undo (plan));
  g_assert_cmpuint (hp_plan_get_n_positions (plan), ==, n);
  g_assert_true (hp_plan_get_position (plan, 7) == g_ptr_array_index (all, 7));
  assert_tracks (tracker, plan, catalog);
}

/* The summary a tracker hands out can be copied and outlives it. */
static void
test_dup (void)
{
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(HpSummary) copy = NULL;
  g_autoptr(HpSummary) full = NULL;

  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(HpPosition) p = random_position (plan, catalog);
      hp_plan_append_position (plan, p);
    }

  {
    g_autoptr(HpSummaryTracker) tracker = hp_summary_tracker_new (plan, catalog);
    copy = hp_summary_tracker_dup_summary (tracker);
  }
  full = hp_summary_compute (plan, catalog);
  assert_summaries_equal (copy, full);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/summary-tracker/random-steps", test_random_steps);
  g_test_add_func ("/summary-tracker/overflow", test_overflow);
  g_test_add_func ("/summary-tracker/detailed-signals", test_detailed_signals);
  g_test_add_func ("/summary-tracker/remove-all", test_remove_all);
  g_test_add_func ("/summary-tracker/dup", test_dup);

  return g_test_run ();
}
