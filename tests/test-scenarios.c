/* test-scenarios.c: a plan's scenarios in the model and in the file
 * (version 2), read strictly and written byte for byte
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hp-error.h"
#include "hp-plan-file.h"
#include "hp-plan-merge.h"
#include "hp-scenario.h"

static GDateTime *
fixed_time (void)
{
  return g_date_time_new_utc (2026, 11, 29, 19, 30, 0);
}

static char *
sample_text (gsize *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "sample-team.json", NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, length, &error));
  g_assert_no_error (error);
  return text;
}

static HpPlan *
read_sample (void)
{
  gsize length;
  g_autofree char *text = sample_text (&length);
  g_autoptr(GError) error = NULL;
  HpPlan *plan = hp_plan_read (text, length, "sample-team.json", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

/* The sample with "Lean" (a smaller budget, the first position later) and
 * "Accelerated" (a position more). */
static HpPlan *
plan_with_scenarios (void)
{
  HpPlan *plan = read_sample ();
  g_autoptr(HpScenario) lean = hp_scenario_new_copy ("lean", "Lean", plan);
  g_autoptr(HpScenario) fast = hp_scenario_new_copy ("accelerated", "Accelerated", plan);
  HpPlan *lean_plan = hp_scenario_get_plan (lean);
  HpPlan *fast_plan = hp_scenario_get_plan (fast);
  HpPosition *first = hp_plan_get_position (lean_plan, 0);
  g_autoptr(HpPosition) extra = hp_position_copy (hp_plan_get_position (fast_plan, 0), TRUE);

  hp_scenario_set_notes (lean, "80 % of the budget.\nSeniors a quarter later.");
  hp_plan_edit (lean_plan, "has-budget", TRUE, "budget", (gint64) 50000000, NULL);
  if (hp_position_get_end (first) != HP_MONTH_NONE)
    hp_plan_edit_position (lean_plan, first, "start", (int) (hp_position_get_start (first) + 3),
                           "end", (int) (hp_position_get_end (first) + 3), NULL);
  else
    hp_plan_edit_position (lean_plan, first, "start", (int) (hp_position_get_start (first) + 3), NULL);
  hp_plan_append_position (fast_plan, extra);

  hp_plan_append_scenario (plan, lean);
  hp_plan_append_scenario (plan, fast);
  return plan;
}

static void
test_model (void)
{
  g_autoptr(HpPlan) plan = plan_with_scenarios ();
  g_autoptr(HpScenario) second = NULL;
  g_autofree char *id = NULL;
  HpScenario *lean;

  g_assert_cmpuint (hp_plan_get_n_scenarios (plan), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (hp_plan_get_scenarios (plan)), ==, 2);
  g_assert_true (g_list_model_get_item_type (hp_plan_get_scenarios (plan)) == HP_TYPE_SCENARIO);

  lean = hp_plan_find_scenario (plan, "lean");
  g_assert_nonnull (lean);
  g_assert_cmpstr (hp_scenario_get_name (lean), ==, "Lean");
  g_assert_null (hp_plan_find_scenario (plan, "nope"));

  /* A copy is deep: the baseline did not move, the ids were kept. */
  g_assert_cmpint (hp_position_get_start (hp_plan_get_position (plan, 0)) + 3, ==,
                   hp_position_get_start (hp_plan_get_position (hp_scenario_get_plan (lean), 0)));
  g_assert_cmpstr (hp_position_get_id (hp_plan_get_position (plan, 0)), ==,
                   hp_position_get_id (hp_plan_get_position (hp_scenario_get_plan (lean), 0)));
  g_assert_false (hp_plan_get_has_budget (plan) && hp_plan_get_budget (plan) == 50000000);
  g_assert_false (hp_plan_can_undo (plan));
  g_assert_true (hp_plan_can_undo (hp_scenario_get_plan (lean)));

  id = hp_plan_new_scenario_id (plan, "  Lean!");
  g_assert_cmpstr (id, ==, "lean-2");
  g_clear_pointer (&id, g_free);
  id = hp_plan_new_scenario_id (plan, "…");
  g_assert_cmpstr (id, ==, "scenario");

  hp_plan_remove_scenario (plan, 0);
  g_assert_cmpuint (hp_plan_get_n_scenarios (plan), ==, 1);
  second = g_list_model_get_item (hp_plan_get_scenarios (plan), 0);
  g_assert_cmpstr (hp_scenario_get_id (second), ==, "accelerated");
}

/* No scenarios: version 1, the sample's bytes exactly. */
static void
test_version_1_unchanged (void)
{
  gsize length, written_length;
  g_autofree char *original = sample_text (&length);
  g_autoptr(HpPlan) plan = read_sample ();
  g_autoptr(GDateTime) when = fixed_time ();
  g_autofree char *written = hp_plan_to_json (plan, NULL, when, &written_length);

  g_assert_cmpuint (written_length, ==, length);
  g_assert_cmpstr (written, ==, original);
  g_assert_nonnull (strstr (written, "\"version\": 1,"));
  g_assert_null (strstr (written, "scenarios"));
}

static char *
write_temp (const char *dir,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  return path;
}

/* Version 2: read back to the same plans and written to the same bytes;
 * the baseline is the top level, which a version 1 reader understands. */
static void
test_version_2_round_trip (void)
{
  g_autoptr(HpPlan) plan = plan_with_scenarios ();
  g_autoptr(GDateTime) when = fixed_time ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *v1 = NULL;
  g_autoptr(HpPlan) baseline = read_sample ();
  gsize length;
  HpScenario *lean;

  first = hp_plan_to_json (plan, NULL, when, &length);
  g_assert_nonnull (strstr (first, "\"version\": 2,"));
  g_assert_nonnull (strstr (first, "\"scenarios\": ["));

  again = hp_plan_read (first, length, "v2.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hp_plan_get_n_scenarios (again), ==, 2);
  lean = hp_plan_find_scenario (again, "lean");
  g_assert_nonnull (lean);
  g_assert_cmpstr (hp_scenario_get_notes (lean), ==, "80 % of the budget.\nSeniors a quarter later.");
  g_assert_cmpint (hp_plan_get_budget (hp_scenario_get_plan (lean)), ==, 50000000);
  g_assert_cmpuint (hp_plan_get_n_positions (hp_scenario_get_plan (hp_plan_find_scenario (again, "accelerated"))),
                    ==, hp_plan_get_n_positions (again) + 1);

  second = hp_plan_to_json (again, NULL, when, NULL);
  g_assert_cmpstr (second, ==, first);

  /* The top level is the baseline's version 1 text, up to the scenarios. */
  v1 = hp_plan_to_json (baseline, NULL, when, NULL);
  {
    const char *cut = strstr (first, ",\n  \"scenarios\"");
    const char *v1_body = strstr (v1, "\"generator\"");
    const char *v2_body = strstr (first, "\"generator\"");

    g_assert_nonnull (cut);
    g_assert_cmpint (strncmp (v1_body, v2_body, cut - v2_body), ==, 0);
  }

  /* The JSON Schema accepts what the writer writes. */
  if (g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    {
      g_autofree char *dir = g_dir_make_tmp ("hp-scenarios-XXXXXX", &error);
      g_autofree char *path = write_temp (dir, "v2.json", first);
      g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-schema.py", NULL);
      g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "data", "hiring-plan.schema.json", NULL);
      const char *argv[] = { "/usr/bin/python3", script, schema, path, NULL };
      int status = 0;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, NULL, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (WIFEXITED (status));
      if (WEXITSTATUS (status) != 77)
        g_assert_cmpint (WEXITSTATUS (status), ==, 0);
      g_unlink (path);
      g_rmdir (dir);
    }
}

typedef struct
{
  const char *name;
  const char *find;      /* in the written version 2 text */
  const char *replace;
  const char *message;   /* expected in the error */
} Case;

static const Case bad_cases[] = {
  { "position field", "\"start\": \"2027-02\"", "\"start\": \"2027-13\"",
    "v2.json: scenarios[1].positions[0].start: " },
  { "duplicate scenario id", "\"id\": \"accelerated\"", "\"id\": \"lean\"",
    "v2.json: scenarios[1].id: the id “lean” is used by another scenario of this plan" },
  { "blank scenario id", "\"id\": \"accelerated\"", "\"id\": \"  \"",
    "v2.json: scenarios[1].id: " },
  { "unknown key", "\"name\": \"Lean\"", "\"name\": \"Lean\", \"colour\": \"red\"",
    "v2.json: scenarios[0].colour: " },
  { "nested", "\"name\": \"Lean\"", "\"name\": \"Lean\", \"scenarios\": []",
    "v2.json: scenarios[0].scenarios: a scenario cannot hold scenarios of its own" },
  { "other currency", "\"name\": \"Lean\"", "\"name\": \"Lean\"",
    "v2.json: scenarios[0].plan.currency: the scenario is in EUR and its plan in USD" },
  { "version 1 with scenarios", "\"version\": 2", "\"version\": 1",
    "v2.json: scenarios: a plan with scenarios is format version 2, not 1" },
  { "scenarios not an array", "\"scenarios\": [", "\"scenarios\": {\"a\": [",
    "v2.json: scenarios: " },
  { "missing plan", NULL, NULL, "v2.json: scenarios[0].plan: " },
};

static void
test_errors (void)
{
  g_autoptr(HpPlan) plan = plan_with_scenarios ();
  g_autoptr(GDateTime) when = fixed_time ();
  g_autofree char *text = hp_plan_to_json (plan, NULL, when, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      const Case *c = &bad_cases[i];
      g_autoptr(GString) bad = g_string_new (text);
      g_autoptr(GError) error = NULL;
      g_autoptr(HpPlan) read = NULL;

      if (g_str_equal (c->name, "other currency"))
        {
          /* The first scenario's plan: the second "currency" of the file. */
          char *second = strstr (strstr (bad->str, "\"currency\": \"USD\"") + 1, "\"currency\": \"USD\"");
          memcpy (second + strlen ("\"currency\": \""), "EUR", 3);
        }
      else if (g_str_equal (c->name, "missing plan"))
        {
          /* The first scenario's "plan" renamed. */
          char *key = strstr (strstr (bad->str, "\"id\": \"lean\""), "\"plan\": {");
          key[4] = 'z';
        }
      else if (g_str_equal (c->name, "position field"))
        {
          /* The second scenario's first position. */
          const char *scenario = strstr (bad->str, "\"id\": \"accelerated\"");
          char *start = strstr (scenario, "\"start\": \"20");
          start = strstr (start + 1, "\"start\": \"20");  /* past the plan's start */
          memcpy (start + strlen ("\"start\": \"2027-"), "13", 2);
        }
      else
        g_assert_cmpuint (g_string_replace (bad, c->find, c->replace, 1), ==, 1);

      if (g_str_equal (c->name, "scenarios not an array"))
        g_string_replace (bad, "\n  ]\n}\n", "\n  ]}\n}\n", 1);

      read = hp_plan_read (bad->str, bad->len, "v2.json", NULL, &error);
      g_test_message ("%s: %s", c->name, error != NULL ? error->message : "(no error)");
      g_assert_null (read);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, c->message));
    }
}

/* A merge would lose scenarios: refused, naming the plan and them. */
static void
test_merge_refuses (void)
{
  g_autoptr(HpPlan) with = plan_with_scenarios ();
  g_autoptr(HpPlan) without = read_sample ();
  g_autoptr(HpPlan) merged = NULL;
  g_autoptr(GError) error = NULL;
  HpPlan *plans[] = { without, with };
  const char *names[] = { "risk.json", "payments.json", NULL };

  merged = hp_plan_merge (plans, names, 2, NULL, &error);
  g_assert_null (merged);
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "payments.json has scenarios (lean, accelerated): plans with scenarios cannot be merged, "
                   "since a merge would lose them; merge copies without scenarios");
  g_clear_error (&error);

  /* Without the scenarios, the same plans merge. */
  while (hp_plan_get_n_scenarios (with) > 0)
    hp_plan_remove_scenario (with, 0);
  merged = hp_plan_merge (plans, names, 2, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hp_plan_get_n_positions (merged), ==, 2 * hp_plan_get_n_positions (without));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scenarios/model", test_model);
  g_test_add_func ("/scenarios/version-1-unchanged", test_version_1_unchanged);
  g_test_add_func ("/scenarios/version-2-round-trip", test_version_2_round_trip);
  g_test_add_func ("/scenarios/errors", test_errors);
  g_test_add_func ("/scenarios/merge-refuses", test_merge_refuses);

  return g_test_run ();
}
