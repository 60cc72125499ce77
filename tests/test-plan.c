/* test-plan.c: the plan model, its edits, undo and redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-catalog.h"
#include "hp-money.h"
#include "hp-plan.h"
#include "hp-test-util.h"

static HpPlan *
sample_plan (HpCatalog *catalog)
{
  HpPlan *plan = hp_plan_new ();
  static const char *roles[] = { "backend-intern", "backend-junior", "backend-mid", "backend-senior" };

  hp_plan_edit (plan, "start", (int) hp_month_new (2027, 1), "months", 12u, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_autoptr(HpPosition) p = hp_plan_new_position_for_role (plan, hp_catalog_lookup (catalog, roles[i]),
                                                               i + 1, hp_month_new (2027, 1 + i));
      hp_plan_insert_position (plan, -1, p);
    }
  hp_plan_clear_history (plan);

  return plan;
}

static void
test_defaults_from_role (void)
{
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(HpPosition) intern = NULL;
  g_autoptr(HpPosition) senior = NULL;

  g_assert_cmpuint (hp_plan_get_overhead_bp (plan), ==, 3000);
  g_assert_cmpint (hp_plan_get_one_time_cost (plan), ==, 470000);
  g_assert_cmpuint (hp_plan_get_months (plan), ==, 12);
  g_assert_cmpstr (hp_plan_get_currency (plan), ==, "USD");
  g_assert_false (hp_plan_get_has_budget (plan));

  intern = hp_plan_new_position_for_role (plan, hp_catalog_lookup (catalog, "backend-intern"), 2,
                                          hp_month_new (2027, 6));
  g_assert_cmpstr (hp_position_get_title (intern), ==, "Intern Back-End Engineer");
  g_assert_cmpint (hp_position_get_level (intern), ==, HP_LEVEL_INTERN);
  g_assert_cmpuint (hp_position_get_count (intern), ==, 2);
  g_assert_cmpint (hp_position_get_annual_salary (intern), ==, 5200000);
  g_assert_cmpint (hp_position_get_one_time_cost (intern), ==, 470000);
  /* Three-month term: June, July, August. */
  g_assert_cmpint (hp_position_get_end (intern), ==, hp_month_new (2027, 8));

  senior = hp_plan_new_position_for_role (plan, hp_catalog_lookup (catalog, "backend-senior"), 1,
                                          hp_month_new (2027, 6));
  g_assert_cmpint (hp_position_get_end (senior), ==, HP_MONTH_NONE);
  g_assert_cmpint (hp_position_get_annual_salary (senior), ==, 15100000);
  g_assert_cmpint (hp_position_get_status (senior), ==, HP_POSITION_STATUS_PLANNED);
  g_assert_cmpint (hp_position_get_kind (senior), ==, HP_POSITION_KIND_NEW);
  g_assert_nonnull (hp_position_get_id (senior));
  g_assert_cmpstr (hp_position_get_id (senior), !=, hp_position_get_id (intern));
  g_assert_true (g_uuid_string_is_valid (hp_position_get_id (senior)));

  /* In a currency without minor units the figure keeps its major units. */
  hp_plan_edit (plan, "currency", "JPY", NULL);
  {
    g_autoptr(HpPosition) yen = hp_plan_new_position_for_role (plan, hp_catalog_lookup (catalog, "backend-senior"),
                                                               1, hp_month_new (2027, 6));
    g_assert_cmpint (hp_position_get_annual_salary (yen), ==, 151000);
  }
}

static void
test_fiscal_year (void)
{
  g_assert_cmpint (hp_plan_next_fiscal_year_start (hp_month_new (2026, 11), 1), ==, hp_month_new (2027, 1));
  g_assert_cmpint (hp_plan_next_fiscal_year_start (hp_month_new (2026, 11), 4), ==, hp_month_new (2027, 4));
  g_assert_cmpint (hp_plan_next_fiscal_year_start (hp_month_new (2026, 1), 1), ==, hp_month_new (2027, 1));
  g_assert_cmpint (hp_plan_next_fiscal_year_start (hp_month_new (2026, 6), 7), ==, hp_month_new (2026, 7));
  g_assert_cmpint (hp_plan_next_fiscal_year_start (hp_month_new (2026, 12), 12), ==, hp_month_new (2027, 12));
}

static void
check_undo_redo (HpPlan     *plan,
                 const char *label,
                 void      (*edit) (HpPlan *plan, gpointer data),
                 gpointer    data)
{
  g_autofree char *before = hp_test_plan_snapshot (plan);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  edit (plan, data);
  after = hp_test_plan_snapshot (plan);
  g_assert_cmpstr (before, !=, after);
  g_assert_true (hp_plan_can_undo (plan));
  g_assert_cmpstr (hp_plan_get_undo_label (plan), ==, label);

  g_assert_true (hp_plan_undo (plan));
  undone = hp_test_plan_snapshot (plan);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpstr (hp_plan_get_redo_label (plan), ==, label);

  g_assert_true (hp_plan_redo (plan));
  redone = hp_test_plan_snapshot (plan);
  g_assert_cmpstr (redone, ==, after);
}

static void edit_title (HpPlan *p, gpointer d) { hp_plan_edit (p, "title", "Payments Team FY2027", NULL); }
static void edit_team (HpPlan *p, gpointer d) { hp_plan_edit (p, "team", "Payments", NULL); }
static void edit_owner (HpPlan *p, gpointer d) { hp_plan_edit (p, "owner", "A. Manager", NULL); }
static void edit_status (HpPlan *p, gpointer d) { hp_plan_edit (p, "status", (int) HP_PLAN_STATUS_SUBMITTED, NULL); }
static void edit_start (HpPlan *p, gpointer d) { hp_plan_edit (p, "start", (int) hp_month_new (2027, 4), NULL); }
static void edit_months (HpPlan *p, gpointer d) { hp_plan_edit (p, "months", 24u, NULL); }
static void edit_overhead (HpPlan *p, gpointer d) { hp_plan_edit (p, "overhead-bp", 3550u, NULL); }
static void edit_one_time (HpPlan *p, gpointer d) { hp_plan_edit (p, "one-time-cost", (gint64) 500000, NULL); }
static void edit_budget (HpPlan *p, gpointer d) { hp_plan_edit (p, "has-budget", TRUE, "budget", (gint64) 90000000, NULL); }
static void edit_notes (HpPlan *p, gpointer d) { hp_plan_edit (p, "notes", "Two hires depend on the Q2 review.", NULL); }
static void edit_currency (HpPlan *p, gpointer d) { hp_plan_edit (p, "currency", "EUR", NULL); }

static void edit_count (HpPlan *p, gpointer d) { hp_plan_edit_position (p, hp_plan_get_position (p, 1), "count", 5u, NULL); }
static void edit_level (HpPlan *p, gpointer d) { hp_plan_edit_position (p, hp_plan_get_position (p, 1), "level", (int) HP_LEVEL_MID, NULL); }
static void edit_pstart (HpPlan *p, gpointer d) { hp_plan_edit_position (p, hp_plan_get_position (p, 2), "start", (int) hp_month_new (2027, 9), NULL); }
static void edit_end (HpPlan *p, gpointer d) { hp_plan_edit_position (p, hp_plan_get_position (p, 3), "end", (int) hp_month_new (2027, 10), NULL); }
static void edit_no_end (HpPlan *p, gpointer d) { hp_plan_edit_position (p, hp_plan_get_position (p, 0), "end", (int) HP_MONTH_NONE, NULL); }
static void edit_location (HpPlan *p, gpointer d) { hp_plan_edit_position (p, hp_plan_get_position (p, 0), "location", "Berlin", NULL); }
static void edit_kind (HpPlan *p, gpointer d) { hp_plan_edit_position (p, hp_plan_get_position (p, 0), "kind", (int) HP_POSITION_KIND_BACKFILL, NULL); }
static void edit_pstatus (HpPlan *p, gpointer d) { hp_plan_edit_position (p, hp_plan_get_position (p, 0), "status", (int) HP_POSITION_STATUS_OPEN, NULL); }
static void edit_salary (HpPlan *p, gpointer d) { hp_plan_edit_position (p, hp_plan_get_position (p, 2), "annual-salary", (gint64) 12000000, NULL); }
static void edit_ptitle (HpPlan *p, gpointer d) { hp_plan_edit_position (p, hp_plan_get_position (p, 2), "title", "Payments Engineer", NULL); }
static void edit_pnotes (HpPlan *p, gpointer d) { hp_plan_edit_position (p, hp_plan_get_position (p, 2), "notes", "Needs a visa.", NULL); }
static void edit_pone (HpPlan *p, gpointer d) { hp_plan_edit_position (p, hp_plan_get_position (p, 2), "one-time-cost", (gint64) 0, NULL); }

static void
edit_insert (HpPlan *p, gpointer d)
{
  g_autoptr(HpPosition) pos = hp_position_new ();
  hp_position_set_title (pos, "Contract engineer");
  hp_plan_insert_position (p, 1, pos);
}

static void
edit_remove_two (HpPlan *p, gpointer d)
{
  HpPosition *victims[] = { hp_plan_get_position (p, 3), hp_plan_get_position (p, 0) };
  hp_plan_remove_positions (p, victims, 2);
}

static void
edit_duplicate (HpPlan *p, gpointer d)
{
  HpPosition *originals[] = { hp_plan_get_position (p, 0), hp_plan_get_position (p, 2) };
  g_autoptr(GPtrArray) copies = hp_plan_duplicate_positions (p, originals, 2);

  g_assert_cmpuint (copies->len, ==, 2);
  /* Each copy stands right after its original, with a new id. */
  g_assert_true (hp_plan_get_position (p, 1) == g_ptr_array_index (copies, 0));
  g_assert_true (hp_plan_get_position (p, 4) == g_ptr_array_index (copies, 1));
  g_assert_cmpstr (hp_position_get_title (hp_plan_get_position (p, 1)), ==,
                   hp_position_get_title (hp_plan_get_position (p, 0)));
  g_assert_cmpstr (hp_position_get_id (hp_plan_get_position (p, 1)), !=,
                   hp_position_get_id (hp_plan_get_position (p, 0)));
}

static void
test_every_edit_undoes (void)
{
  static const struct { const char *label; void (*edit) (HpPlan *, gpointer); } edits[] = {
    { "Change Plan Title", edit_title },
    { "Change Team", edit_team },
    { "Change Owner", edit_owner },
    { "Change Review Status", edit_status },
    { "Change Period Start", edit_start },
    { "Change Period Length", edit_months },
    { "Change Overhead", edit_overhead },
    { "Change One-Time Cost", edit_one_time },
    { "Change Budget", edit_budget },
    { "Change Notes", edit_notes },
    { "Change Currency", edit_currency },
    { "Change Count", edit_count },
    { "Change Level", edit_level },
    { "Change Start Month", edit_pstart },
    { "Change End Month", edit_end },
    { "Change End Month", edit_no_end },
    { "Change Location", edit_location },
    { "Change Kind", edit_kind },
    { "Change Status", edit_pstatus },
    { "Change Salary", edit_salary },
    { "Rename Position", edit_ptitle },
    { "Change Notes", edit_pnotes },
    { "Change One-Time Cost", edit_pone },
    { "Add Position", edit_insert },
    { "Remove 2 Positions", edit_remove_two },
    { "Duplicate 2 Positions", edit_duplicate },
  };
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autoptr(HpPlan) plan = sample_plan (catalog);

      g_test_message ("%s", edits[i].label);
      g_assert_false (hp_plan_can_undo (plan));
      check_undo_redo (plan, edits[i].label, edits[i].edit, NULL);
    }
}

static void
test_no_op_edit_not_recorded (void)
{
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();
  g_autoptr(HpPlan) plan = sample_plan (catalog);
  guint count = hp_position_get_count (hp_plan_get_position (plan, 1));

  hp_plan_edit_position (plan, hp_plan_get_position (plan, 1), "count", count, NULL);
  g_assert_false (hp_plan_can_undo (plan));
}

static void
count_changed_cb (HpPlan *plan,
                  guint  *n)
{
  (*n)++;
}

static void
test_changed_once_per_step (void)
{
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();
  g_autoptr(HpPlan) plan = sample_plan (catalog);
  guint n = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (count_changed_cb), &n);
  hp_plan_edit_position (plan, hp_plan_get_position (plan, 0), "count", 3u, "location", "Remote", NULL);
  g_assert_cmpuint (n, ==, 1);
  hp_plan_undo (plan);
  g_assert_cmpuint (n, ==, 2);
  hp_plan_redo (plan);
  g_assert_cmpuint (n, ==, 3);
}

/* Many random edits, then all the way back and forward again. */
static void
test_random_history (void)
{
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();
  g_autoptr(HpPlan) plan = sample_plan (catalog);
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  guint steps = 0;

  g_ptr_array_add (states, hp_test_plan_snapshot (plan));

  for (guint i = 0; i < 300; i++)
    {
      guint n = hp_plan_get_n_positions (plan);
      int what = g_test_rand_int_range (0, 6);
      g_autofree char *before = hp_test_plan_snapshot (plan);
      char *after;

      if (n == 0)
        what = 0;

      switch (what)
        {
        case 0:
          {
            g_autoptr(HpPosition) p = hp_plan_new_position_for_role (plan,
                                                                     hp_catalog_lookup (catalog, "backend-mid"),
                                                                     g_test_rand_int_range (1, 20),
                                                                     hp_month_new (2027, g_test_rand_int_range (1, 13)));
            hp_plan_insert_position (plan, g_test_rand_int_range (-1, (int) n + 1), p);
          }
          break;
        case 1:
          {
            HpPosition *p = hp_plan_get_position (plan, g_test_rand_int_range (0, (int) n));
            hp_plan_remove_positions (plan, &p, 1);
          }
          break;
        case 2:
          hp_plan_edit_position (plan, hp_plan_get_position (plan, g_test_rand_int_range (0, (int) n)),
                                 "count", (guint) g_test_rand_int_range (1, 10000),
                                 "annual-salary", (gint64) g_test_rand_int_range (0, 30000000),
                                 NULL);
          break;
        case 3:
          hp_plan_edit (plan, "overhead-bp", (guint) g_test_rand_int_range (0, 30001), NULL);
          break;
        case 4:
          {
            HpPosition *p = hp_plan_get_position (plan, g_test_rand_int_range (0, (int) n));
            g_autoptr(GPtrArray) copies = hp_plan_duplicate_positions (plan, &p, 1);
          }
          break;
        default:
          hp_plan_edit_position (plan, hp_plan_get_position (plan, g_test_rand_int_range (0, (int) n)),
                                 "end", g_test_rand_bit () ? (int) HP_MONTH_NONE
                                                           : (int) hp_month_new (2027, g_test_rand_int_range (1, 13)),
                                 NULL);
          break;
        }

      after = hp_test_plan_snapshot (plan);
      if (g_str_equal (before, after))
        {
          g_free (after);
          continue;
        }
      g_ptr_array_add (states, after);
      steps++;
    }

  for (guint i = steps; i > 0; i--)
    {
      g_autofree char *s = NULL;

      g_assert_true (hp_plan_undo (plan));
      s = hp_test_plan_snapshot (plan);
      g_assert_cmpstr (s, ==, g_ptr_array_index (states, i - 1));
    }
  g_assert_false (hp_plan_can_undo (plan));

  for (guint i = 1; i <= steps; i++)
    {
      g_autofree char *s = NULL;

      g_assert_true (hp_plan_redo (plan));
      s = hp_test_plan_snapshot (plan);
      g_assert_cmpstr (s, ==, g_ptr_array_index (states, i));
    }
  g_assert_false (hp_plan_can_redo (plan));
}

static void
test_new_edit_clears_redo (void)
{
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();
  g_autoptr(HpPlan) plan = sample_plan (catalog);

  hp_plan_edit (plan, "title", "A", NULL);
  hp_plan_undo (plan);
  g_assert_true (hp_plan_can_redo (plan));
  hp_plan_edit (plan, "title", "B", NULL);
  g_assert_false (hp_plan_can_redo (plan));
  g_assert_cmpstr (hp_plan_get_title (plan), ==, "B");
}

static void
test_change_currency_rescales (void)
{
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();
  g_autoptr(HpPlan) plan = sample_plan (catalog);
  HpPosition *senior = hp_plan_get_position (plan, 3);
  g_autofree char *before = hp_test_plan_snapshot (plan);
  g_autofree char *after = NULL;

  hp_plan_edit (plan, "has-budget", TRUE, "budget", (gint64) 100000050, NULL); /* 1,000,000.50 */
  hp_plan_clear_history (plan);
  g_clear_pointer (&before, g_free);
  before = hp_test_plan_snapshot (plan);

  hp_plan_change_currency (plan, "JPY");
  g_assert_cmpstr (hp_plan_get_currency (plan), ==, "JPY");
  g_assert_cmpint (hp_position_get_annual_salary (senior), ==, 151000);
  g_assert_cmpint (hp_plan_get_one_time_cost (plan), ==, 4700);
  g_assert_cmpint (hp_plan_get_budget (plan), ==, 1000001); /* .50 rounds half up */
  g_assert_cmpstr (hp_plan_get_undo_label (plan), ==, "Change Currency");

  hp_plan_change_currency (plan, "KWD");
  g_assert_cmpint (hp_position_get_annual_salary (senior), ==, 151000000);

  g_assert_true (hp_plan_undo (plan));
  g_assert_true (hp_plan_undo (plan));
  after = hp_test_plan_snapshot (plan);
  g_assert_cmpstr (after, ==, before);
}

static void
test_typing_joins_one_step (void)
{
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();
  g_autoptr(HpPlan) plan = sample_plan (catalog);
  HpPosition *p = hp_plan_get_position (plan, 2);
  gint64 before = hp_position_get_annual_salary (p);
  static const gint64 keystrokes[] = { 1, 12, 120, 1200, 12000, 120000, 1200000, 12000000 };

  for (guint i = 0; i < G_N_ELEMENTS (keystrokes); i++)
    hp_plan_type_position (plan, p, "annual-salary", keystrokes[i], NULL);
  g_assert_cmpint (hp_position_get_annual_salary (p), ==, 12000000);
  g_assert_cmpstr (hp_plan_get_undo_label (plan), ==, "Change Salary");

  /* Typing elsewhere starts a new step. */
  hp_plan_type_position (plan, p, "location", "Lisbon", NULL);
  hp_plan_type_position (plan, p, "location", "Lisbon, PT", NULL);

  g_assert_true (hp_plan_undo (plan));
  g_assert_cmpstr (hp_position_get_location (p), ==, "");
  g_assert_true (hp_plan_undo (plan));
  g_assert_cmpint (hp_position_get_annual_salary (p), ==, before);
  g_assert_false (hp_plan_can_undo (plan));

  g_assert_true (hp_plan_redo (plan));
  g_assert_cmpint (hp_position_get_annual_salary (p), ==, 12000000);

  /* Typing back to the first value leaves no step at all. */
  hp_plan_clear_history (plan);
  g_assert_cmpuint (hp_position_get_count (p), ==, 3);
  hp_plan_type_position (plan, p, "count", 7u, NULL);
  g_assert_true (hp_plan_can_undo (plan));
  hp_plan_type_position (plan, p, "count", 3u, NULL);
  g_assert_false (hp_plan_can_undo (plan));
  hp_plan_type_position (plan, p, "count", 3u, NULL); /* no change: nothing */
  g_assert_false (hp_plan_can_undo (plan));
  g_assert_cmpuint (hp_position_get_count (p), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan/defaults-from-role", test_defaults_from_role);
  g_test_add_func ("/plan/fiscal-year", test_fiscal_year);
  g_test_add_func ("/plan/every-edit-undoes", test_every_edit_undoes);
  g_test_add_func ("/plan/no-op-edit", test_no_op_edit_not_recorded);
  g_test_add_func ("/plan/changed-once-per-step", test_changed_once_per_step);
  g_test_add_func ("/plan/random-history", test_random_history);
  g_test_add_func ("/plan/new-edit-clears-redo", test_new_edit_clears_redo);
  g_test_add_func ("/plan/typing-joins-one-step", test_typing_joins_one_step);
  g_test_add_func ("/plan/change-currency-rescales", test_change_currency_rescales);

  return g_test_run ();
}
