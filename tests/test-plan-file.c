/* test-plan-file.c: the hiring-plan file, its CSV export and its schema
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "hp-error.h"
#include "hp-json-strict.h"
#include "hp-money.h"
#include "hp-plan-file.h"
#include "hp-test-util.h"

/* When the sample was written; its generated_at. */
#define SAMPLE_STAMP "2026-11-29T19:30:00Z"

static char *
plans_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "plans", name, NULL);
}

static char *
sample_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "sample-team.json", NULL);
}

static GDateTime *
fixed_time (void)
{
  return g_date_time_new_utc (2026, 11, 29, 19, 30, 0);
}

static HpPosition *
make_position (const char       *id,
               const char       *role,
               HpLevel           level,
               const char       *title,
               guint             count,
               HpMonth           start,
               HpMonth           end,
               HpPositionStatus  status,
               gint64            salary)
{
  HpPosition *p = hp_position_new ();

  hp_position_set_id (p, id);
  hp_position_set_role_id (p, role);
  hp_position_set_level (p, level);
  hp_position_set_title (p, title);
  hp_position_set_count (p, count);
  hp_position_set_start (p, start);
  hp_position_set_end (p, end);
  hp_position_set_location (p, "Berlin");
  hp_position_set_kind (p, HP_POSITION_KIND_NEW);
  hp_position_set_status (p, status);
  hp_position_set_annual_salary (p, salary);
  hp_position_set_one_time_cost (p, 470000);
  return p;
}

static HpPlan *
make_plan (const char *currency,
           gint64      one_time,
           guint       overhead_bp)
{
  HpPlan *plan = hp_plan_new ();

  g_object_set (plan,
                "title", "Test plan", "team", "Core", "owner", "Sam",
                "currency", currency, "start", (int) hp_month_new (2027, 1), "months", 12u,
                "overhead-bp", overhead_bp, "one-time-cost", one_time,
                NULL);
  return plan;
}

static void
append_take (HpPlan     *plan,
             HpPosition *position)
{
  hp_plan_append_position (plan, position);
  g_object_unref (position);
}

/* A plan that uses every field, with text that needs escaping. */
static HpPlan *
make_rich_plan (void)
{
  HpPlan *plan = make_plan ("EUR", 123456, 3025);
  HpPosition *p;

  g_object_set (plan,
                "title", "Plan “Ω” with \"quotes\", back\\slash,\ttab\nnewline",
                "team", "Zahlungen & Risiko",
                "owner", "Zoë Ñúñez 😀",
                "status", HP_PLAN_STATUS_APPROVED,
                "months", 18u,
                "has-budget", TRUE, "budget", (gint64) 99999999,
                "notes", "control \x01\x1f, separators \u2028 and \u2029, bell \b form \f return \r",
                NULL);

  p = make_position ("a-1", "backend-senior", HP_LEVEL_SENIOR, "=SUM(A1:A9)", 3,
                     hp_month_new (2026, 11), hp_month_new (2027, 9), HP_POSITION_STATUS_ON_HOLD, 15100050);
  hp_position_set_location (p, "Remote, EU");
  hp_position_set_kind (p, HP_POSITION_KIND_BACKFILL);
  hp_position_set_notes (p, "line one\r\nline two");
  hp_position_set_team (p, "Risk");
  append_take (plan, p);

  p = make_position ("b-2", "no-such-role", HP_LEVEL_GRADUATE, "", 10000,
                     hp_month_new (2027, 12), HP_MONTH_NONE, HP_POSITION_STATUS_FILLED, 0);
  hp_position_set_one_time_cost (p, 0);
  append_take (plan, p);

  return plan;
}

static char *
read_sample_text (gsize *out_length)
{
  g_autofree char *path = sample_path ();
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, out_length, NULL));
  return contents;
}

/* The text with its "generated_at" line removed. */
static char *
without_stamp (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *s = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (lines[i], "  \"generated_at\": "))
      g_string_append_printf (s, "%s\n", lines[i]);

  return g_string_free (s, FALSE);
}

static void
test_sample (void)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpSummary) summary = NULL;
  g_autofree char *total = NULL;

  plan = hp_plan_read_file (path, &notice, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_null (notice);
  g_assert_false (hp_plan_can_undo (plan));
  g_assert_false (hp_plan_can_redo (plan));

  g_assert_cmpstr (hp_plan_get_title (plan), ==, "Payments Platform FY2027");
  g_assert_cmpstr (hp_plan_get_team (plan), ==, "Payments");
  g_assert_cmpstr (hp_plan_get_owner (plan), ==, "Alex Morgan");
  g_assert_cmpint (hp_plan_get_status (plan), ==, HP_PLAN_STATUS_DRAFT);
  g_assert_cmpstr (hp_plan_get_currency (plan), ==, "USD");
  g_assert_cmpint (hp_plan_get_start (plan), ==, hp_month_new (2027, 1));
  g_assert_cmpuint (hp_plan_get_months (plan), ==, 12);
  g_assert_cmpuint (hp_plan_get_overhead_bp (plan), ==, 3000);
  g_assert_cmpint (hp_plan_get_one_time_cost (plan), ==, 470000);
  g_assert_true (hp_plan_get_has_budget (plan));
  g_assert_cmpint (hp_plan_get_budget (plan), ==, 125000000);
  g_assert_cmpuint (hp_plan_get_n_positions (plan), ==, 5);
  g_assert_null (hp_plan_get_extensions (plan));

  {
    static const struct { HpLevel level; guint count; int start_month; gint64 salary; } expected[] = {
      { HP_LEVEL_INTERN, 1, 6, 5200000 },
      { HP_LEVEL_JUNIOR, 2, 2, 9100000 },
      { HP_LEVEL_MID,    1, 4, 11800000 },
      { HP_LEVEL_SENIOR, 1, 1, 15100000 },
      { HP_LEVEL_LEAD,   1, 3, 19000000 },
    };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        HpPosition *p = hp_plan_get_position (plan, i);

        g_assert_cmpint (hp_position_get_level (p), ==, expected[i].level);
        g_assert_cmpuint (hp_position_get_count (p), ==, expected[i].count);
        g_assert_cmpint (hp_position_get_start (p), ==, hp_month_new (2027, expected[i].start_month));
        g_assert_cmpint (hp_position_get_annual_salary (p), ==, expected[i].salary);
        g_assert_null (hp_position_get_team (p));
      }
    g_assert_cmpint (hp_position_get_end (hp_plan_get_position (plan, 0)), ==, hp_month_new (2027, 8));
    g_assert_cmpint (hp_position_get_kind (hp_plan_get_position (plan, 4)), ==, HP_POSITION_KIND_BACKFILL);
  }

  summary = hp_summary_compute (plan, NULL);
  total = hp_money_to_string (summary->total_cost, 2);
  g_assert_cmpstr (total, ==, "779166.48");
}

static void
test_round_trip (void)
{
  g_autoptr(GDateTime) stamp = fixed_time ();
  g_autoptr(GDateTime) later = g_date_time_new_utc (2030, 2, 3, 4, 5, 6);
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) first = NULL;
  g_autoptr(HpPlan) second = NULL;
  g_autofree char *original = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;
  g_autofree char *again = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *snap1 = NULL;
  g_autofree char *snap2 = NULL;
  gsize length, written_length;

  original = read_sample_text (&length);
  first = hp_plan_read (original, length, "sample-team.json", NULL, &error);
  g_assert_no_error (error);

  /* The sample was written by this writer: with its own time, the same bytes. */
  written = hp_plan_to_json (first, catalog, stamp, &written_length);
  g_assert_cmpuint (written_length, ==, strlen (written));
  g_assert_cmpstr (written, ==, original);
  g_assert_true (hp_json_check_strict (written, written_length, HP_PLAN_MAX_DEPTH, NULL));

  /* Another time: only generated_at differs; and writing what was read
   * gives the same bytes again. */
  rewritten = hp_plan_to_json (first, catalog, later, NULL);
  g_assert_nonnull (strstr (rewritten, "\n  \"generated_at\": \"2030-02-03T04:05:06Z\",\n"));
  a = without_stamp (original);
  b = without_stamp (rewritten);
  g_assert_cmpstr (a, ==, b);

  second = hp_plan_read (rewritten, strlen (rewritten), "rewritten.json", NULL, &error);
  g_assert_no_error (error);
  again = hp_plan_to_json (second, catalog, later, NULL);
  g_assert_cmpstr (again, ==, rewritten);

  snap1 = hp_test_plan_snapshot (first);
  snap2 = hp_test_plan_snapshot (second);
  g_assert_cmpstr (snap1, ==, snap2);

  /* The generator names this program; a local time is written in UTC. */
  g_assert_nonnull (strstr (written, "\"generator\": \"Hiring Planner " PACKAGE_VERSION "\""));
  {
    g_autoptr(GTimeZone) tz = g_time_zone_new_offset (2 * 3600);
    g_autoptr(GDateTime) local = g_date_time_new (tz, 2026, 11, 29, 21, 30, 0);
    g_autofree char *text = hp_plan_to_json (first, NULL, local, NULL);
    g_assert_nonnull (strstr (text, "\"generated_at\": \"" SAMPLE_STAMP "\""));
    g_assert_true (g_str_has_suffix (text, "}\n"));
  }
}

static void
test_write_read_equal (void)
{
  g_autoptr(HpPlan) plan = make_rich_plan ();
  g_autoptr(HpPlan) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *snap1 = NULL;
  g_autofree char *snap2 = NULL;
  gsize length;

  json = hp_plan_to_json (plan, NULL, NULL, &length);
  g_assert_true (hp_json_check_strict (json, length, HP_PLAN_MAX_DEPTH, NULL));

  /* Escapes as documented; other non-ASCII text kept as it is. */
  g_assert_nonnull (strstr (json, "\"title\": \"Plan “Ω” with \\\"quotes\\\", back\\\\slash,\\ttab\\nnewline\""));
  g_assert_nonnull (strstr (json, "\"notes\": \"control \\u0001\\u001f, separators \\u2028 and \\u2029, bell \\b form \\f return \\r\""));
  g_assert_nonnull (strstr (json, "\"owner\": \"Zoë Ñúñez 😀\""));
  g_assert_nonnull (strstr (json, "\"overhead_percent\": 30.25,"));
  g_assert_nonnull (strstr (json, "\"budget\": \"999999.99\","));
  g_assert_nonnull (strstr (json, "\"end\": \"2027-09\","));
  g_assert_nonnull (strstr (json, "\"end\": null,"));
  g_assert_nonnull (strstr (json, "\"team\": \"Risk\","));
  g_assert_null (strstr (json, "\u2028"));

  back = hp_plan_read (json, length, "rich.json", NULL, &error);
  g_assert_no_error (error);
  snap1 = hp_test_plan_snapshot (plan);
  snap2 = hp_test_plan_snapshot (back);
  g_assert_cmpstr (snap1, ==, snap2);
  g_assert_false (hp_plan_can_undo (back));

  /* Each position compares equal field by field, too. */
  for (guint i = 0; i < hp_plan_get_n_positions (plan); i++)
    g_assert_true (hp_position_equal (hp_plan_get_position (plan, i), hp_plan_get_position (back, i)));

  /* Without a budget: null, and read back as none. */
  g_object_set (back, "has-budget", FALSE, NULL);
  {
    g_autofree char *text = hp_plan_to_json (back, NULL, NULL, NULL);
    g_autoptr(HpPlan) third = hp_plan_read (text, strlen (text), "no-budget.json", NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (strstr (text, "\"budget\": null,"));
    g_assert_nonnull (strstr (text, "\"budget_remaining\": null,"));
    g_assert_false (hp_plan_get_has_budget (third));
  }
}

static const char extensions_text[] =
  "  \"extensions\": {\n"
  "    \"com.example.finance\": {\n"
  "      \"cost_center\": \"CC-4711 “Zahlungen”\\n\\u2028\",\n"
  "      \"weights\": [\n"
  "        0.1,\n"
  "        2.5,\n"
  "        30.0,\n"
  "        1e+300,\n"
  "        -0.000123\n"
  "      ],\n"
  "      \"ids\": [\n"
  "        9223372036854775807,\n"
  "        -9223372036854775808,\n"
  "        0\n"
  "      ],\n"
  "      \"flags\": {\n"
  "        \"approved\": true,\n"
  "        \"archived\": false,\n"
  "        \"reviewer\": null\n"
  "      },\n"
  "      \"empty_object\": {},\n"
  "      \"empty_array\": []\n"
  "    },\n"
  "    \"ünïcødé key\": \"value\"\n"
  "  }\n";

static void
test_extensions (void)
{
  g_autoptr(GDateTime) stamp = fixed_time ();
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpPlan) back = NULL;
  g_autoptr(JsonNode) expected = NULL;
  g_autofree char *original = NULL;
  g_autofree char *with_extensions = NULL;
  g_autofree char *written = NULL;
  g_autofree char *again = NULL;
  JsonNode *extensions;
  gsize length;

  /* The sample with extensions as its last key. */
  original = read_sample_text (&length);
  g_assert_true (g_str_has_suffix (original, "  }\n}\n"));
  original[length - 3] = '\0';
  with_extensions = g_strconcat (original, ",\n", extensions_text, "}\n", NULL);

  plan = hp_plan_read (with_extensions, strlen (with_extensions), "ext.json", NULL, &error);
  g_assert_no_error (error);

  extensions = hp_plan_get_extensions (plan);
  g_assert_nonnull (extensions);
  expected = json_from_string (strstr (extensions_text, "{"), NULL);
  g_assert_nonnull (expected);
  g_assert_true (json_node_equal (extensions, expected));

  /* Written back as the last key, byte for byte. */
  written = hp_plan_to_json (plan, catalog, stamp, NULL);
  g_assert_cmpstr (written, ==, with_extensions);

  back = hp_plan_read (written, strlen (written), "ext2.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (json_node_equal (hp_plan_get_extensions (back), expected));
  again = hp_plan_to_json (back, catalog, stamp, NULL);
  g_assert_cmpstr (again, ==, written);

  /* Extensions must be an object. */
  {
    g_autofree char *bad = g_strconcat (original, ",\n  \"extensions\": [1]\n}\n", NULL);
    g_autoptr(HpPlan) none = hp_plan_read (bad, strlen (bad), "bad-ext.json", NULL, &error);

    g_assert_null (none);
    g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "bad-ext.json: extensions: expected an object, found an array"));
    g_clear_error (&error);
  }
}

static void
test_hand_written (void)
{
  g_autofree char *path = plans_path ("hand-written.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autofree char *json = NULL;

  plan = hp_plan_read_file (path, &notice, &error);
  g_assert_no_error (error);
  g_assert_null (notice);
  g_assert_false (hp_plan_get_has_budget (plan));
  g_assert_cmpuint (hp_plan_get_n_positions (plan), ==, 1);
  g_assert_cmpstr (hp_position_get_id (hp_plan_get_position (plan, 0)), ==, "p1");
  g_assert_cmpint (hp_position_get_end (hp_plan_get_position (plan, 0)), ==, HP_MONTH_NONE);

  /* Saving adds the computed fields. */
  json = hp_plan_to_json (plan, NULL, NULL, NULL);
  g_assert_nonnull (strstr (json, "\"monthly_cost_per_head\": \"16358.33\","));
  g_assert_nonnull (strstr (json, "\"total_period_cost\": \"200999.96\","));
}

static char *
read_with_notice (const char *text,
                  const char *from,
                  const char *to)
{
  g_autoptr(GString) changed = g_string_new (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  char *notice = NULL;

  g_assert_cmpuint (g_string_replace (changed, from, to, 1), ==, 1);
  plan = hp_plan_read (changed->str, changed->len, "plan.json", &notice, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);

  /* Without a place for the notice, the plan is read all the same. */
  {
    g_autoptr(HpPlan) quiet = hp_plan_read (changed->str, changed->len, "plan.json", NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (quiet);
  }

  return notice;
}

static void
test_summary_notice (void)
{
  g_autofree char *text = NULL;
  gsize length;

  text = read_sample_text (&length);

  {
    g_autofree char *notice = read_with_notice (text, "\"total_period_cost\": \"779166.48\"",
                                                "\"total_period_cost\": \"100.00\"");
    g_assert_cmpstr (notice, ==,
                     "The summary stored in plan.json does not match its positions "
                     "(total_period_cost: stored 100.00, recomputed 779166.48); the recomputed figures are used.");
  }
  {
    g_autofree char *notice = read_with_notice (text, "\"annual_run_rate\": \"833299.80\"",
                                                "\"annual_run_rate\": \"833299.8\"");
    g_assert_null (notice); /* the same amount, with fewer decimals */
  }
  {
    g_autofree char *notice = read_with_notice (text, "\"annual_run_rate\": \"833299.80\"",
                                                "\"annual_run_rate\": \"1.00\"");
    g_assert_nonnull (strstr (notice, "(annual_run_rate: stored 1.00, recomputed 833299.80)"));
  }
  {
    g_autofree char *notice = read_with_notice (text, "\"cost\": \"74141.65\"", "\"cost\": \"74141.66\"");
    g_assert_nonnull (strstr (notice, "(months[3].cost: stored 74141.66, recomputed 74141.65)"));
  }
  {
    /* A position changed by hand: the stored summary no longer fits. */
    g_autofree char *notice = read_with_notice (text, "\"count\": 2,", "\"count\": 3,");
    g_assert_nonnull (strstr (notice, "(total_period_cost: stored 779166.48, recomputed "));
  }
}

static void
test_currencies (void)
{
  g_autoptr(GError) error = NULL;

  /* JPY has no minor unit. */
  {
    g_autoptr(HpPlan) plan = make_plan ("JPY", 50000, 3000);
    g_autoptr(HpPlan) back = NULL;
    g_autofree char *json = NULL;
    g_autofree char *csv = NULL;
    g_autofree char *snap1 = NULL;
    g_autofree char *snap2 = NULL;

    append_take (plan, make_position ("j1", "backend-senior", HP_LEVEL_SENIOR, "Senior", 1,
                                      hp_month_new (2027, 1), HP_MONTH_NONE, HP_POSITION_STATUS_PLANNED,
                                      15100000));
    hp_position_set_one_time_cost (hp_plan_get_position (plan, 0), 1200000);
    json = hp_plan_to_json (plan, NULL, NULL, NULL);
    g_assert_nonnull (strstr (json, "\"one_time_cost\": \"50000\","));
    g_assert_nonnull (strstr (json, "\"annual_salary\": \"15100000\","));
    g_assert_nonnull (strstr (json, "\"one_time_cost\": \"1200000\","));
    /* 15100000 * 1.3 / 12 = 1635833.33…, rounded to whole yen */
    g_assert_nonnull (strstr (json, "\"monthly_cost_per_head\": \"1635833\","));
    g_assert_nonnull (strstr (json, "\"total_period_cost\": \"20829996\","));
    g_assert_null (strstr (json, "00.00\""));

    back = hp_plan_read (json, strlen (json), "jpy.json", NULL, &error);
    g_assert_no_error (error);
    snap1 = hp_test_plan_snapshot (plan);
    snap2 = hp_test_plan_snapshot (back);
    g_assert_cmpstr (snap1, ==, snap2);

    csv = hp_plan_to_csv (plan, NULL, NULL);
    g_assert_nonnull (strstr (csv, ",15100000,1200000,,1635833,2835833,"));
    g_assert_true (g_str_has_suffix (csv, ",20829996\r\n"));
  }

  /* KWD has three; fewer decimals are accepted and written with three. */
  {
    static const char *fewer =
      "{\"format\": \"hiring-plan\", \"version\": 1,"
      " \"plan\": {\"title\": \"K\", \"team\": \"\", \"owner\": \"\", \"status\": \"submitted\","
      "  \"currency\": \"KWD\", \"start\": \"2027-01\", \"months\": 3, \"overhead_percent\": 0,"
      "  \"one_time_cost\": \"12.5\", \"budget\": \"1000\", \"notes\": \"\"},"
      " \"positions\": [{\"id\": \"k1\", \"role\": \"\", \"level\": \"mid\", \"title\": \"T\", \"count\": 1,"
      "  \"start\": \"2027-01\", \"end\": \"2027-02\", \"location\": \"\", \"kind\": \"new\","
      "  \"status\": \"open\", \"annual_salary\": \"12.345\", \"one_time_cost\": \"0\", \"notes\": \"\"}]}";
    g_autoptr(HpPlan) plan = hp_plan_read (fewer, strlen (fewer), "kwd.json", NULL, &error);
    g_autofree char *json = NULL;

    g_assert_no_error (error);
    g_assert_cmpint (hp_plan_get_one_time_cost (plan), ==, 12500);
    g_assert_cmpint (hp_plan_get_budget (plan), ==, 1000000);
    g_assert_cmpint (hp_position_get_annual_salary (hp_plan_get_position (plan, 0)), ==, 12345);

    json = hp_plan_to_json (plan, NULL, NULL, NULL);
    g_assert_nonnull (strstr (json, "\"one_time_cost\": \"12.500\","));
    g_assert_nonnull (strstr (json, "\"budget\": \"1000.000\","));
    g_assert_nonnull (strstr (json, "\"annual_salary\": \"12.345\","));
    g_assert_nonnull (strstr (json, "\"overhead_percent\": 0,"));
    /* 12.345 / 12 = 1.02875 → 1.029 */
    g_assert_nonnull (strstr (json, "\"monthly_cost_per_head\": \"1.029\","));
    g_assert_nonnull (strstr (json, "\"total_period_cost\": \"2.058\","));
  }
}

static void
test_overhead_format (void)
{
  static const struct { guint bp; const char *text; } cases[] = {
    { 3000, "30" }, { 3050, "30.5" }, { 3025, "30.25" }, { 0, "0" }, { 5, "0.05" },
    { 70, "0.7" }, { 7, "0.07" }, { 29999, "299.99" }, { 30000, "300" }, { 1015, "10.15" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HpPlan) plan = make_plan ("USD", 0, cases[i].bp);
      g_autoptr(HpPlan) back = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *json = hp_plan_to_json (plan, NULL, NULL, NULL);
      g_autofree char *line = g_strdup_printf ("\"overhead_percent\": %s,\n", cases[i].text);

      g_assert_nonnull (strstr (json, line));
      back = hp_plan_read (json, strlen (json), "overhead.json", NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (hp_plan_get_overhead_bp (back), ==, cases[i].bp);
    }
}

/* RFC 4180, strictly: every record ends with CRLF. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          g_assert_cmpuint (field->len, ==, 0);
          for (p++;; p++)
            {
              g_assert_true (*p != '\0');
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p);
            }
          g_assert_true (*p == ',' || *p == '\r');
          continue;
        }
      if (*p == ',')
        {
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          p++;
          continue;
        }
      if (*p == '\r')
        {
          g_assert_cmpint (p[1], ==, '\n');
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
          p += 2;
          continue;
        }
      g_assert_cmpint (*p, !=, '\n'); /* a bare LF outside quotes */
      g_string_append_c (field, *p);
      p++;
    }

  g_assert_cmpuint (field->len, ==, 0);
  g_assert_cmpuint (row->len, ==, 0);
  g_string_free (field, TRUE);
  g_ptr_array_unref (row);
  return rows;
}

#define CELL(rows, r, c) ((const char *) g_ptr_array_index ((GPtrArray *) g_ptr_array_index (rows, r), c))

static void
test_csv (void)
{
  g_autoptr(HpPlan) plan = make_plan ("USD", 470000, 3000);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  static const char *titles[] = {
    "Smith, J", "Say \"hi\"", "two\nlines", "=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tTab", "\rCR",
    "Zoë 😀", "1,5",
  };
  JsonObject *summary;
  JsonArray *months;
  gsize length;
  guint n_columns;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      HpPosition *p = make_position (id, "backend-junior", HP_LEVEL_JUNIOR, titles[i], i + 1,
                                     hp_month_new (2027, 1 + i % 12), HP_MONTH_NONE,
                                     HP_POSITION_STATUS_PLANNED, 9100000 + i);
      if (i == 3)
        hp_position_set_location (p, "-Remote");
      if (i == 4)
        hp_position_set_team (p, "=cmd|' /C calc'!A0");
      append_take (plan, p);
    }
  hp_position_set_end (hp_plan_get_position (plan, 0), hp_month_new (2027, 3));

  csv = hp_plan_to_csv (plan, NULL, &length);
  g_assert_cmpuint (length, ==, strlen (csv));
  g_assert_false (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
  g_assert_true (g_utf8_validate (csv, -1, NULL));

  /* The exact header line and a few exact cells as written. */
  g_assert_true (g_str_has_prefix (csv,
                                   "id,role,level,title,count,start,end,location,kind,status,annual_salary,"
                                   "one_time_cost,team,monthly_cost_per_head,2027-01,2027-02,2027-03,2027-04,"
                                   "2027-05,2027-06,2027-07,2027-08,2027-09,2027-10,2027-11,2027-12,period_cost\r\n"));
  g_assert_nonnull (strstr (csv, "\r\np0,backend-junior,junior,\"Smith, J\",1,2027-01,2027-03,Berlin,new,planned,"
                                 "91000.00,4700.00,,9858.33,14558.33,9858.33,9858.33,0.00,"));
  g_assert_nonnull (strstr (csv, ",\"Say \"\"hi\"\"\","));
  g_assert_nonnull (strstr (csv, ",\"two\nlines\","));
  g_assert_nonnull (strstr (csv, ",\"'=HYPERLINK(\"\"x\"\")\","));
  g_assert_nonnull (strstr (csv, ",\"'-Remote\","));
  g_assert_nonnull (strstr (csv, ",\"'+1\","));
  g_assert_nonnull (strstr (csv, ",\"'=cmd|' /C calc'!A0\","));

  rows = parse_csv (csv);
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (titles) + 2);
  n_columns = ((GPtrArray *) g_ptr_array_index (rows, 0))->len;
  g_assert_cmpuint (n_columns, ==, 14 + 12 + 1);
  for (guint r = 0; r < rows->len; r++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (rows, r))->len, ==, n_columns);

  /* Text that a spreadsheet would run is neutralised; plain text is not. */
  g_assert_cmpstr (CELL (rows, 1, 3), ==, "Smith, J");
  g_assert_cmpstr (CELL (rows, 2, 3), ==, "Say \"hi\"");
  g_assert_cmpstr (CELL (rows, 3, 3), ==, "two\nlines");
  g_assert_cmpstr (CELL (rows, 4, 3), ==, "'=HYPERLINK(\"x\")");
  g_assert_cmpstr (CELL (rows, 4, 7), ==, "'-Remote");
  g_assert_cmpstr (CELL (rows, 5, 3), ==, "'+1");
  g_assert_cmpstr (CELL (rows, 5, 12), ==, "'=cmd|' /C calc'!A0");
  g_assert_cmpstr (CELL (rows, 6, 3), ==, "'-2");
  g_assert_cmpstr (CELL (rows, 7, 3), ==, "'@SUM(A1)");
  g_assert_cmpstr (CELL (rows, 8, 3), ==, "'\tTab");
  g_assert_cmpstr (CELL (rows, 9, 3), ==, "'\rCR");
  g_assert_cmpstr (CELL (rows, 10, 3), ==, "Zoë 😀");
  g_assert_cmpstr (CELL (rows, 11, 3), ==, "1,5");
  g_assert_cmpstr (CELL (rows, 1, 4), ==, "1");
  g_assert_cmpstr (CELL (rows, 2, 6), ==, "");

  /* The totals are those of the JSON summary. */
  json = hp_plan_to_json (plan, NULL, NULL, NULL);
  root = json_from_string (json, NULL);
  summary = json_object_get_object_member (json_node_get_object (root), "summary");
  months = json_object_get_array_member (summary, "months");
  g_assert_cmpstr (CELL (rows, rows->len - 1, 0), ==, "Total");
  g_assert_cmpstr (CELL (rows, rows->len - 1, n_columns - 1), ==,
                   json_object_get_string_member (summary, "total_period_cost"));
  for (guint m = 0; m < 12; m++)
    {
      const char *cost = json_object_get_string_member (json_array_get_object_element (months, m), "cost");
      gint64 column_sum = 0;

      g_assert_cmpstr (CELL (rows, rows->len - 1, 14 + m), ==, cost);
      for (guint r = 1; r + 1 < rows->len; r++)
        {
          gint64 amount;
          g_assert_true (hp_money_parse (CELL (rows, r, 14 + m), 2, &amount, NULL));
          column_sum += amount;
        }
      {
        g_autofree char *sum = hp_money_to_string (column_sum, 2);
        g_assert_cmpstr (sum, ==, cost);
      }
    }

  /* Each row's period cost is the sum of its months. */
  for (guint r = 1; r + 1 < rows->len; r++)
    {
      gint64 row_sum = 0, period;

      for (guint m = 0; m < 12; m++)
        {
          gint64 amount;
          g_assert_true (hp_money_parse (CELL (rows, r, 14 + m), 2, &amount, NULL));
          row_sum += amount;
        }
      g_assert_true (hp_money_parse (CELL (rows, r, n_columns - 1), 2, &period, NULL));
      g_assert_cmpint (row_sum, ==, period);
    }
}

static void
test_summary_json (void)
{
  g_autoptr(HpPlan) plan = make_rich_plan ();
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();
  g_autoptr(HpSummary) summary = hp_summary_compute (plan, catalog);
  g_autofree char *alone = hp_summary_to_json (summary, plan);
  g_autofree char *file = hp_plan_to_json (plan, catalog, NULL, NULL);
  g_auto(GStrv) lines = g_strsplit (alone, "\n", -1);
  g_autoptr(GString) indented = g_string_new ("  \"summary\": ");
  guint n = g_strv_length (lines);

  g_assert_true (g_str_has_prefix (alone, "{\n  \"assumptions\": {\n"));
  g_assert_true (g_str_has_suffix (alone, "\n}\n"));
  g_assert_true (hp_json_check_strict (alone, strlen (alone), 16, NULL));

  /* The file holds the same lines, two spaces further in. */
  g_assert_cmpstr (lines[n - 1], ==, "");
  for (guint i = 0; i + 1 < n; i++)
    g_string_append_printf (indented, "%s%s\n", i == 0 ? "" : "  ", lines[i]);
  g_string_truncate (indented, indented->len - 1);
  g_assert_nonnull (strstr (file, indented->str));

  /* Warnings come from the catalog: the unknown role is named. */
  g_assert_nonnull (strstr (alone, "\"code\": \"unknown-role\""));
  g_assert_nonnull (strstr (alone, "\"position\": \"b-2\""));
}

/* A plan whose sums leave 64 bits: written without its computed figures,
 * and refused on reading. */
static void
test_overflow (void)
{
  g_autoptr(HpPlan) plan = make_plan ("USD", 0, 3000);
  g_autoptr(HpSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) back = NULL;
  g_autofree char *json = NULL;
  g_autofree char *csv = NULL;
  HpPosition *p;

  p = make_position ("huge", "backend-lead", HP_LEVEL_LEAD, "Huge", 10000, hp_month_new (2027, 1),
                     HP_MONTH_NONE, HP_POSITION_STATUS_PLANNED, HP_MONEY_MAX);
  hp_position_set_one_time_cost (p, HP_MONEY_MAX);
  append_take (plan, p);

  summary = hp_summary_compute (plan, NULL);
  g_assert_true (summary->overflow);
  g_assert_null (hp_summary_to_json (summary, plan));

  json = hp_plan_to_json (plan, NULL, NULL, NULL);
  g_assert_null (strstr (json, "\"summary\""));
  g_assert_null (strstr (json, "\"period_cost\""));
  g_assert_nonnull (strstr (json, "\"monthly_cost_per_head\""));

  back = hp_plan_read (json, strlen (json), "huge.json", NULL, &error);
  g_assert_null (back);
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "huge.json: the costs of this plan are too large"));

  csv = hp_plan_to_csv (plan, NULL, NULL);
  g_assert_true (g_str_has_suffix (csv, "\r\nTotal,,,,,,,,,,,,,,,,,,,,,,,,,,\r\n"));
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_write_file (void)
{
  g_autofree char *dir = hp_test_make_temp_dir ("hp-plan-file");
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *missing_dir = g_build_filename (dir, "missing", NULL);
  g_autofree char *in_missing = g_build_filename (missing_dir, "plan.json", NULL);
  g_autofree char *sub = g_build_filename (dir, "folder.json", NULL);
  g_autoptr(HpPlan) plan = make_rich_plan ();
  g_autoptr(HpPlan) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *snap1 = NULL;
  g_autofree char *snap2 = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GStatBuf st;

  g_assert_true (hp_plan_write_file (plan, NULL, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  back = hp_plan_read_file (path, NULL, &error);
  g_assert_no_error (error);
  snap1 = hp_test_plan_snapshot (plan);
  snap2 = hp_test_plan_snapshot (back);
  g_assert_cmpstr (snap1, ==, snap2);

  /* Replacing keeps the file's permissions and leaves no temporary file. */
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_object_set (plan, "title", "Second version", NULL);
  g_assert_true (hp_plan_write_file (plan, NULL, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_assert_cmpuint (count_entries (dir), ==, 1);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_nonnull (strstr (before, "\"title\": \"Second version\""));

  /* In a folder that does not exist: an error naming the path, nothing made. */
  g_assert_false (hp_plan_write_file (plan, NULL, in_missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, in_missing));
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_clear_error (&error);
  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));

  /* Onto a folder: refused, the folder untouched. */
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_false (hp_plan_write_file (plan, NULL, sub, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, sub));
  g_assert_nonnull (strstr (error->message, "it is a folder"));
  g_clear_error (&error);
  g_assert_true (g_file_test (sub, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_entries (sub), ==, 0);
  g_assert_cmpuint (count_entries (dir), ==, 2);

  /* A write that fails half way (files limited to 100 bytes, which binds
   * root too): the old file stays exactly as it was, no temporary left. */
  {
    struct rlimit old_limit, limit;
    void (*old_handler) (int);

    g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
    limit = old_limit;
    limit.rlim_cur = 100;
    old_handler = signal (SIGXFSZ, SIG_IGN);
    g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

    g_object_set (plan, "title", "Third version, never saved", NULL);
    g_assert_false (hp_plan_write_file (plan, NULL, path, &error));

    g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
    signal (SIGXFSZ, old_handler);

    g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, path));
    g_clear_error (&error);

    g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, before);
    g_assert_cmpuint (count_entries (dir), ==, 2);
  }

  /* Through a symbolic link, the file it points to is replaced. */
  {
    g_autofree char *link = g_build_filename (dir, "link.json", NULL);
    g_autofree char *target = NULL;

    g_assert_cmpint (symlink ("plan.json", link), ==, 0);
    g_object_set (plan, "title", "Via the link", NULL);
    g_assert_true (hp_plan_write_file (plan, NULL, link, &error));
    g_assert_no_error (error);
    target = g_file_read_link (link, NULL);
    g_assert_cmpstr (target, ==, "plan.json");
    g_clear_pointer (&after, g_free);
    g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
    g_assert_nonnull (strstr (after, "\"title\": \"Via the link\""));
    g_assert_cmpint (g_unlink (link), ==, 0);
  }

  g_assert_cmpint (g_rmdir (sub), ==, 0);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

typedef struct
{
  const char *file;
  int         code;
  const char *expected[6];  /* every line of the message, or a part of it, after "FILE" */
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "syntax.json", HP_ERROR_SYNTAX, { ":7:5: expected “,” or “}”" } },
  { "comment.json", HP_ERROR_SYNTAX, { ":2:3: expected a key in double quotes, found a comment (JSON has none)" } },
  { "single-quotes.json", HP_ERROR_SYNTAX, { ":2:3: expected a key in double quotes, found a single quote" } },
  { "trailing.json", HP_ERROR_SYNTAX, { ":35:1: unexpected “{” after the end of the document" } },
  { "empty.json", HP_ERROR_SYNTAX, { ": the file is empty" } },
  { "whitespace.json", HP_ERROR_SYNTAX, { ": the file holds only white space" } },
  { "not-an-object.json", HP_ERROR_INVALID, { ": expected a hiring plan (a JSON object), found an array" } },
  { "unknown-key.json", HP_ERROR_INVALID, { ": colour: this field is not part of a hiring plan" } },
  { "unknown-position-key.json", HP_ERROR_INVALID, { ": positions[0].salary: this field is not part of a hiring plan" } },
  { "missing-field.json", HP_ERROR_INVALID, { ": positions[0].title: this field is missing" } },
  { "wrong-type-top.json", HP_ERROR_INVALID,
    { ": generator: expected a string, found a number",
      ": positions: expected an array, found an object" } },
  { "wrong-type-plan.json", HP_ERROR_INVALID,
    { ": plan.title: expected a string, found null",
      ": plan.months: expected a whole number, found a string" } },
  { "wrong-type-position.json", HP_ERROR_INVALID,
    { ": positions[0].location: expected a string, found a number",
      ": positions[0].notes: expected a string, found an array",
      ": positions[0].team: expected a string, found true or false",
      ": positions[0].period_cost: expected an amount in a string such as “151000.00”, found a number" } },
  { "wrong-type-summary.json", HP_ERROR_INVALID,
    { ": summary.assumptions.overhead_percent: expected a number, found a string",
      ": summary.headcount.by_level.senior: expected a whole number, found a string",
      ": summary.months[0].headcount: expected a whole number, found a string",
      ": summary.by_status[0]: expected an object, found a number",
      ": summary.total_period_cost: expected an amount in a string such as “151000.00”, found a number",
      ": summary.warnings[0].position: expected a string or null, found a number" } },
  { "count-zero.json", HP_ERROR_INVALID, { ": positions[0].count: 0 is out of range: expected 1 to 10000" } },
  { "count-negative.json", HP_ERROR_INVALID, { ": positions[0].count: -1 is out of range: expected 1 to 10000" } },
  { "count-huge.json", HP_ERROR_INVALID, { ": positions[0].count: 1000000000000 is out of range: expected 1 to 10000" } },
  { "count-10001.json", HP_ERROR_INVALID, { ": positions[0].count: 10001 is out of range: expected 1 to 10000" } },
  { "count-fraction.json", HP_ERROR_INVALID, { ": positions[0].count: expected a whole number, found a number" } },
  { "decimals-usd.json", HP_ERROR_INVALID,
    { ": positions[0].annual_salary: the amount “151000.001” has more decimals than the currency’s 2" } },
  { "decimals-jpy.json", HP_ERROR_INVALID,
    { ": plan.one_time_cost: the amount “4700.5” has decimals, but the currency has no minor unit",
      ": positions[0].one_time_cost: the amount “4700.00” has decimals, but the currency has no minor unit" } },
  { "amount-exponent.json", HP_ERROR_INVALID,
    { ": positions[0].annual_salary: “1e5” is not an amount: expected a decimal such as 151000.00" } },
  { "amount-number.json", HP_ERROR_INVALID,
    { ": positions[0].annual_salary: an amount is written as a string such as “151000.00”, not as a number" } },
  { "amount-negative.json", HP_ERROR_INVALID, { ": positions[0].one_time_cost: this amount may not be negative" } },
  { "overhead-too-high.json", HP_ERROR_INVALID, { ": plan.overhead_percent: 300.01 is out of range: expected 0 to 300" } },
  { "overhead-decimals.json", HP_ERROR_INVALID, { ": plan.overhead_percent: 30.255 has more than two decimals" } },
  { "months-zero.json", HP_ERROR_INVALID, { ": plan.months: 0 is out of range: expected 1 to 120" } },
  { "months-121.json", HP_ERROR_INVALID, { ": plan.months: 121 is out of range: expected 1 to 120" } },
  { "bad-month.json", HP_ERROR_INVALID,
    { ": plan.start: “2027-3” is not a month: expected a month like 2027-03",
      ": positions[0].start: “2027-13” is not a month: the month must be 01 to 12" } },
  { "end-before-start.json", HP_ERROR_INVALID,
    { ": positions[0].end: the position ends (2026-12) before it starts (2027-01)" } },
  { "unknown-level.json", HP_ERROR_INVALID,
    { ": positions[0].level: “principal” is not a level: expected intern, graduate, junior, mid, senior or lead" } },
  { "unknown-status.json", HP_ERROR_INVALID, { ": positions[0].status: “hired” is not a position status" } },
  { "unknown-kind.json", HP_ERROR_INVALID, { ": positions[0].kind: “contractor” is not a kind of position" } },
  { "unknown-plan-status.json", HP_ERROR_INVALID, { ": plan.status: “final” is not a plan status" } },
  { "bad-currency.json", HP_ERROR_INVALID, { ": plan.currency: “usd” is not a currency code" } },
  { "duplicate-id.json", HP_ERROR_INVALID, { ": positions[1].id: the id “p1” is used by another position" } },
  { "duplicate-key.json", HP_ERROR_SYNTAX, { ":7:5: the key “title” appears twice in this object" } },
  { "later-version.json", HP_ERROR_VERSION,
    { ": version: this plan is format version 3; this version of Hiring Planner reads version 2" } },
  { "wrong-format.json", HP_ERROR_INVALID,
    { ": format: “hiring-planner-catalog” is not a hiring plan: expected “hiring-plan”" } },
  { "invalid-utf8.json", HP_ERROR_SYNTAX, { ":5:22: this string is not valid UTF-8" } },
  { "bom.json", HP_ERROR_SYNTAX, { ":1:1: the file starts with a byte order mark" } },
  { "nan.json", HP_ERROR_SYNTAX, { ":12:25: NaN and Infinity are not JSON numbers" } },
  { "int-too-large.json", HP_ERROR_SYNTAX,
    { ":23:16: the number 99999999999999999999 is too large for a 64-bit integer" } },
};

static void
test_broken_files (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      const BrokenCase *c = &broken_cases[i];
      g_autofree char *path = plans_path (c->file);
      g_autoptr(GError) error = NULL;
      g_autoptr(HpPlan) plan = NULL;
      char *notice = (char *) "untouched";

      g_test_message ("%s", c->file);
      plan = hp_plan_read_file (path, &notice, &error);
      g_assert_null (plan);
      g_assert_null (notice);
      g_assert_error (error, HP_ERROR, c->code);
      g_test_message ("  → %s", error->message);

      for (guint j = 0; j < G_N_ELEMENTS (c->expected) && c->expected[j] != NULL; j++)
        {
          /* Every problem names the file: "FILE: PATH: message". */
          g_autofree char *part = g_strconcat (c->file, c->expected[j], NULL);

          if (strstr (error->message, part) == NULL)
            g_error ("%s: expected “%s” in “%s”", c->file, part, error->message);
        }

      /* Each line is one problem, naming the file. */
      {
        g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);
        guint n_expected = 0;

        while (n_expected < G_N_ELEMENTS (c->expected) && c->expected[n_expected] != NULL)
          n_expected++;
        g_assert_cmpuint (g_strv_length (lines), ==, n_expected);
        for (guint j = 0; lines[j] != NULL; j++)
          g_assert_true (g_str_has_prefix (lines[j], path));
      }
    }
}

static void
test_deep_nesting (void)
{
  gsize depth = 100000;
  g_autoptr(GString) text = g_string_sized_new (depth * 2 + 64);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;

  g_string_append (text, "{\"format\": \"hiring-plan\", \"extensions\": ");
  for (gsize i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (gsize i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');

  plan = hp_plan_read (text->str, text->len, "deep.json", NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, HP_ERROR, HP_ERROR_TOO_DEEP);
  g_assert_nonnull (strstr (error->message, "deep.json:1:72: nesting deeper than 32 levels"));
}

static void
test_all_problems (void)
{
  static const char data[] =
    "{\"format\": \"hiring-plan\", \"version\": 1,"
    " \"plan\": {\"title\": \"T\", \"team\": \"\", \"owner\": \"\", \"status\": \"draft\", \"currency\": \"EUR\","
    "  \"start\": \"2027-01\", \"months\": 12, \"overhead_percent\": -1, \"one_time_cost\": \"0\","
    "  \"budget\": null, \"notes\": \"\", \"extra\": 1},"
    " \"positions\": [{\"id\": \"\", \"role\": \"r\", \"level\": \"mid\", \"title\": \"T\", \"count\": 1,"
    "  \"start\": \"2027-01\", \"end\": null, \"location\": \"\", \"kind\": \"new\", \"status\": \"open\","
    "  \"annual_salary\": \"1.00\", \"one_time_cost\": \"0\", \"notes\": \"\"}, 42]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = hp_plan_read (data, sizeof data - 1, "inline.json", NULL, &error);

  g_assert_null (plan);
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "inline.json: plan.extra: this field is not part of a hiring plan"));
  g_assert_nonnull (strstr (error->message, "\ninline.json: plan.overhead_percent: -1 is out of range: expected 0 to 300"));
  g_assert_nonnull (strstr (error->message, "\ninline.json: positions[0].id: this field may not be empty"));
  g_assert_nonnull (strstr (error->message, "\ninline.json: positions[1]: expected an object describing a position, found a number"));
}

static void
test_not_files (void)
{
  g_autofree char *dir = hp_test_make_temp_dir ("hp-plan-file");
  g_autofree char *fifo = g_build_filename (dir, "pipe.json", NULL);
  g_autofree char *locked = g_build_filename (dir, "locked.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *sample = sample_path ();
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  gsize length;

  /* A folder. */
  plan = hp_plan_read_file (dir, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_assert_nonnull (strstr (error->message, dir));
  g_assert_nonnull (strstr (error->message, "is a folder, not a plan file"));
  g_clear_error (&error);

  /* A FIFO with no writer: refused at once, never opened. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  plan = hp_plan_read_file (fifo, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_assert_nonnull (strstr (error->message, fifo));
  g_assert_nonnull (strstr (error->message, "is not a regular file"));
  g_clear_error (&error);

  /* A device. */
  plan = hp_plan_read_file ("/dev/null", NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_assert_nonnull (strstr (error->message, "/dev/null"));
  g_clear_error (&error);

  /* A file that does not exist. */
  plan = hp_plan_read_file (missing, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* A file without read permission: root reads it anyway. */
  g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (locked, contents, length, NULL));
  g_assert_cmpint (g_chmod (locked, 0000), ==, 0);
  plan = hp_plan_read_file (locked, NULL, &error);
  if (geteuid () == 0)
    {
      g_test_message ("running as root, who can read any file: the permission check is not asserted");
      g_clear_error (&error);
      g_clear_object (&plan);
    }
  else
    {
      g_assert_null (plan);
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ACCES);
      g_assert_nonnull (strstr (error->message, locked));
      g_assert_nonnull (strstr (error->message, "permission denied"));
      g_clear_error (&error);
    }

  g_assert_cmpint (g_unlink (locked), ==, 0);
  g_assert_cmpint (g_unlink (fifo), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Runs tests/check-schema.py on @files; returns its exit status, or -1 if
 * the validator is not installed. */
static int
run_schema_check (gboolean    expect_invalid,
                  GPtrArray  *files)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-schema.py", NULL);
  g_autofree char *schema = g_test_build_filename (G_TEST_DIST, "..", "data", "hiring-plan.schema.json", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) "/usr/bin/python3");
  g_ptr_array_add (argv, script);
  if (expect_invalid)
    g_ptr_array_add (argv, (gpointer) "--expect-invalid");
  g_ptr_array_add (argv, schema);
  for (guint i = 0; i < files->len; i++)
    g_ptr_array_add (argv, g_ptr_array_index (files, i));
  g_ptr_array_add (argv, NULL);

  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    return -1;

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("check-schema.py:\n%s%s", out, err);

  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    return -1;
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_schema (void)
{
  g_autofree char *dir = hp_test_make_temp_dir ("hp-plan-file");
  g_autoptr(GPtrArray) good = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) bad = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();
  g_autoptr(GError) error = NULL;
  g_autofree char *sample_text = NULL;
  g_autoptr(HpPlan) sample = NULL;
  gsize length;
  int status;

  sample_text = read_sample_text (&length);
  sample = hp_plan_read (sample_text, length, "sample-team.json", NULL, &error);
  g_assert_no_error (error);

  /* What the writer produces. */
  g_ptr_array_add (good, sample_path ());
  {
    g_autofree char *text = hp_plan_to_json (sample, catalog, NULL, NULL);
    g_ptr_array_add (good, hp_test_write_temp (dir, "sample.json", text, -1));
  }
  {
    g_autoptr(HpPlan) plan = make_rich_plan ();   /* EUR, merged teams, warnings */
    g_autofree char *text = hp_plan_to_json (plan, catalog, NULL, NULL);
    g_ptr_array_add (good, hp_test_write_temp (dir, "rich.json", text, -1));
  }
  {
    g_autoptr(HpPlan) plan = make_plan ("JPY", 50000, 3050);
    g_autofree char *text = NULL;

    append_take (plan, make_position ("j1", "backend-mid", HP_LEVEL_MID, "Mid", 2, hp_month_new (2027, 4),
                                      HP_MONTH_NONE, HP_POSITION_STATUS_APPROVED, 12000000));
    g_object_set (plan, "has-budget", TRUE, "budget", (gint64) 1000, NULL); /* over budget: negative remaining */
    text = hp_plan_to_json (plan, catalog, NULL, NULL);
    g_assert_nonnull (strstr (text, "\"budget_remaining\": \"-"));
    g_ptr_array_add (good, hp_test_write_temp (dir, "jpy.json", text, -1));
  }
  {
    g_autoptr(HpPlan) plan = make_plan ("KWD", 12345, 0);
    g_autofree char *text = NULL;

    append_take (plan, make_position ("k1", "backend-lead", HP_LEVEL_LEAD, "Lead", 1, hp_month_new (2026, 6),
                                      hp_month_new (2027, 2), HP_POSITION_STATUS_OPEN, 45000125));
    text = hp_plan_to_json (plan, NULL, NULL, NULL);
    g_ptr_array_add (good, hp_test_write_temp (dir, "kwd.json", text, -1));
  }
  {
    g_autofree char *text = NULL;
    g_autoptr(JsonNode) extensions = json_from_string (strstr (extensions_text, "{"), NULL);

    hp_plan_set_extensions (sample, extensions);
    text = hp_plan_to_json (sample, catalog, NULL, NULL);
    g_ptr_array_add (good, hp_test_write_temp (dir, "extensions.json", text, -1));
  }
  {
    g_autoptr(HpPlan) plan = make_plan ("USD", 0, 30000);  /* no positions at all */
    g_autofree char *text = hp_plan_to_json (plan, NULL, NULL, NULL);
    g_ptr_array_add (good, hp_test_write_temp (dir, "empty.json", text, -1));
  }
  {
    g_autoptr(HpPlan) plan = make_plan ("USD", 0, 3000);   /* overflowing: no summary */
    g_autofree char *text = NULL;
    HpPosition *p = make_position ("huge", "", HP_LEVEL_LEAD, "Huge", 10000, hp_month_new (2027, 1),
                                   HP_MONTH_NONE, HP_POSITION_STATUS_PLANNED, HP_MONEY_MAX);

    hp_position_set_one_time_cost (p, HP_MONEY_MAX);
    append_take (plan, p);
    text = hp_plan_to_json (plan, NULL, NULL, NULL);
    g_ptr_array_add (good, hp_test_write_temp (dir, "overflow.json", text, -1));
  }

  status = run_schema_check (FALSE, good);
  if (status < 0)
    {
      g_test_skip ("/usr/bin/python3 with python3-jsonschema is not installed");
      goto out;
    }
  g_assert_cmpint (status, ==, 0);

  /* The validator really validates: files it must refuse. */
  {
    g_autoptr(GString) text = g_string_new (sample_text);

    g_string_replace (text, "\"version\": 1,", "\"version\": 1, \"colour\": \"blue\",", 1);
    g_ptr_array_add (bad, hp_test_write_temp (dir, "bad-extra.json", text->str, -1));

    g_string_assign (text, sample_text);
    g_string_replace (text, "\"annual_salary\": \"52000.00\"", "\"annual_salary\": 52000", 1);
    g_ptr_array_add (bad, hp_test_write_temp (dir, "bad-number.json", text->str, -1));

    g_string_assign (text, sample_text);
    g_string_replace (text, "\"start\": \"2027-06\"", "\"start\": \"2027-13\"", 1);
    g_ptr_array_add (bad, hp_test_write_temp (dir, "bad-month.json", text->str, -1));

    g_string_assign (text, sample_text);
    g_string_replace (text, "\"cost\": \"21058.33\"", "\"cost\": \"1e5\"", 1);
    g_ptr_array_add (bad, hp_test_write_temp (dir, "bad-summary.json", text->str, -1));
  }
  g_assert_cmpint (run_schema_check (TRUE, bad), ==, 0);
  g_assert_cmpint (run_schema_check (FALSE, bad), ==, 1);

out:
  for (guint i = 1; i < good->len; i++)
    g_assert_cmpint (g_unlink (g_ptr_array_index (good, i)), ==, 0);
  for (guint i = 0; i < bad->len; i++)
    g_assert_cmpint (g_unlink (g_ptr_array_index (bad, i)), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-file/sample", test_sample);
  g_test_add_func ("/plan-file/round-trip", test_round_trip);
  g_test_add_func ("/plan-file/write-read-equal", test_write_read_equal);
  g_test_add_func ("/plan-file/extensions", test_extensions);
  g_test_add_func ("/plan-file/hand-written", test_hand_written);
  g_test_add_func ("/plan-file/summary-notice", test_summary_notice);
  g_test_add_func ("/plan-file/currencies", test_currencies);
  g_test_add_func ("/plan-file/overhead-format", test_overhead_format);
  g_test_add_func ("/plan-file/csv", test_csv);
  g_test_add_func ("/plan-file/summary-json", test_summary_json);
  g_test_add_func ("/plan-file/overflow", test_overflow);
  g_test_add_func ("/plan-file/write-file", test_write_file);
  g_test_add_func ("/plan-file/broken", test_broken_files);
  g_test_add_func ("/plan-file/deep-nesting", test_deep_nesting);
  g_test_add_func ("/plan-file/all-problems", test_all_problems);
  g_test_add_func ("/plan-file/not-files", test_not_files);
  g_test_add_func ("/plan-file/schema", test_schema);

  return g_test_run ();
}
