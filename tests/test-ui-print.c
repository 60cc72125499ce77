/* test-ui-print.c: a plan's summary exported to PDF, read back with poppler
 *
 * GtkPrintOperation's export needs no display: the tests run with one when
 * there is one, and one of them runs without, in a subprocess with no
 * DISPLAY and no gtk_init().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hp-money.h"
#include "hp-print.h"
#include "hp-scenario.h"
#include "hp-summary.h"
#include "hp-test-util.h"

#define N_POSITIONS 80
#define LAST_TITLE  "Head of Settlement Operations"

typedef struct
{
  char *dir;
  char *pdf;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = hp_test_make_temp_dir ("hp-print");
  fixture->pdf = g_build_filename (fixture->dir, "summary.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hp_test_remove_temp_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->pdf);
}

/* Eighty positions across every level, a few with titles long enough to
 * wrap, and a budget the plan overruns. */
static HpPlan *
make_plan (guint months)
{
  static const char *const titles[] = {
    "Backend Engineer",
    "Payments Risk Analyst",
    "Senior Site Reliability Engineer for the Card Issuing and Acquiring Platforms, EMEA region",
    "Graduate Engineer",
    "Engineering Intern",
    "Fraud <Detection> & Disputes Engineer",
    "Staff Engineer, Ledger",
  };
  static const char *const locations[] = { "Berlin", "Remote (EU)", "London", "Lisbon", "New York City, NY, United States" };
  HpPlan *plan = hp_plan_new ();

  hp_plan_edit (plan,
                "title", "Payments <Platform> & Co",
                "team", "Payments",
                "owner", "Dana Kim",
                "status", (int) HP_PLAN_STATUS_SUBMITTED,
                "start", (int) hp_month_new (2027, 1),
                "months", months,
                "has-budget", TRUE,
                "budget", (gint64) 500000000, /* $5,000,000.00 */
                NULL);

  for (guint i = 0; i < N_POSITIONS; i++)
    {
      g_autoptr(HpPosition) p = hp_position_new ();
      HpLevel level = (HpLevel) (i % HP_N_LEVELS);
      g_autofree char *title = g_strdup_printf ("%s %u", titles[i % G_N_ELEMENTS (titles)], i + 1);

      hp_position_set_title (p, i == N_POSITIONS - 1 ? LAST_TITLE : title);
      hp_position_set_level (p, level);
      hp_position_set_count (p, 1 + i % 3);
      hp_position_set_start (p, hp_month_new (2027, 1 + (int) (i % 12)));
      if (i % 7 == 3)
        hp_position_set_end (p, hp_month_new (2027, 12));
      hp_position_set_location (p, locations[i % G_N_ELEMENTS (locations)]);
      hp_position_set_kind (p, i % 4 == 0 ? HP_POSITION_KIND_BACKFILL : HP_POSITION_KIND_NEW);
      hp_position_set_status (p, (HpPositionStatus) (i % HP_N_POSITION_STATUSES));
      hp_position_set_annual_salary (p, 4000000 + 1750000 * (gint64) level + 12345 * (gint64) i);
      hp_position_set_one_time_cost (p, HP_PLAN_DEFAULT_ONE_TIME);
      hp_plan_append_position (plan, p);
    }

  return plan;
}

/* Runs a poppler tool; skips the test when poppler-utils is missing. */
static char *
run_tool (const char *tool,
          const char *pdf,
          gboolean    layout)
{
  g_autofree char *path = g_find_program_in_path (tool);
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;
  const char *argv[5];
  guint n = 0;

  if (path == NULL)
    return NULL;

  argv[n++] = path;
  if (layout)
    argv[n++] = "-layout";
  argv[n++] = pdf;
  if (layout)
    argv[n++] = "-";
  argv[n] = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  return out;
}

static guint
pdf_pages (const char *pdf)
{
  g_autofree char *info = run_tool ("pdfinfo", pdf, FALSE);
  const char *line;

  g_assert_nonnull (info);
  line = strstr (info, "\nPages:");
  g_assert_nonnull (line);

  return (guint) g_ascii_strtoull (line + strlen ("\nPages:") + strspn (line + strlen ("\nPages:"), " "), NULL, 10);
}

static gboolean
have_poppler (void)
{
  g_autofree char *a = g_find_program_in_path ("pdftotext");
  g_autofree char *b = g_find_program_in_path ("pdfinfo");

  return a != NULL && b != NULL;
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” is not in the PDF's text:\n%s", needle, text);
}

static guint
count_of (const char *text,
          const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* The amounts in brackets between @start and @end, "(+$1,234.56)",
 * "(−$80.00)", in cents and in the order printed: the change each row of
 * the changed positions makes to the period cost. */
static GArray *
bracketed_amounts (const char *start,
                   const char *end)
{
  GArray *amounts = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (const char *p = start; (p = g_strstr_len (p, end - p, "(")) != NULL; p++)
    {
      const char *q = p + 1;
      gint64 sign = 1, value = 0;
      guint digits = 0;

      if (*q == '+')
        q++;
      else if (g_str_has_prefix (q, "−"))
        {
          sign = -1;
          q += strlen ("−");
        }
      if (*q != '$')
        continue;
      for (q++; g_ascii_isdigit (*q) || *q == ','; q++)
        if (*q != ',')
          {
            value = value * 10 + (*q - '0');
            digits++;
          }
      g_assert_cmpuint (digits, >, 0);
      g_assert_true (q[0] == '.' && g_ascii_isdigit (q[1]) && g_ascii_isdigit (q[2]) && q[3] == ')');
      value = value * 100 + (q[1] - '0') * 10 + (q[2] - '0');
      value *= sign;
      g_array_append_val (amounts, value);
    }

  return amounts;
}

/* HP_TEST_KEEP_PDF=DIR keeps a copy of the PDFs, to look at them. */
static void
keep_pdf (const char *pdf,
          const char *name)
{
  const char *dir = g_getenv ("HP_TEST_KEEP_PDF");
  g_autofree char *contents = NULL;
  g_autofree char *copy = NULL;
  gsize length;

  if (dir == NULL)
    return;

  copy = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, (gssize) length, NULL));
  g_test_message ("kept %s", copy);
}

static void
test_print_summary (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan (12);
  g_autoptr(HpSummary) summary = hp_summary_compute (plan, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *total = NULL;
  g_autofree char *first_page = NULL;
  g_autofree char *last_page = NULL;
  const HpWarning *over_budget = NULL;
  guint n_pages;

  if (!have_poppler ())
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
      return;
    }

  g_assert_true (hp_print_to_pdf (plan, NULL, fixture->pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (fixture->pdf, G_FILE_TEST_IS_REGULAR));

  keep_pdf (fixture->pdf, "summary.pdf");

  text = run_tool ("pdftotext", fixture->pdf, TRUE);
  n_pages = pdf_pages (fixture->pdf);
  g_test_message ("%u pages", n_pages);
  g_assert_cmpuint (n_pages, >=, 3);

  /* Plan text prints literally, never as markup. */
  assert_contains (text, "Payments <Platform> & Co");
  assert_contains (text, "Fraud <Detection> & Disputes");

  first_page = g_strdup_printf ("Page 1 of %u", n_pages);
  last_page = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  assert_contains (text, first_page);
  assert_contains (text, last_page);
  g_assert_cmpuint (count_of (text, " of "), >=, n_pages);

  total = hp_money_format (summary->total_cost, summary->currency, HP_MONEY_FORMAT_DEFAULT);
  g_assert_false (summary->overflow);
  assert_contains (text, total);

  for (guint level = 0; level < HP_N_LEVELS; level++)
    if (summary->level_headcount[level] > 0)
      assert_contains (text, hp_level_display_name ((HpLevel) level));

  assert_contains (text, "Q1");
  assert_contains (text, "Q4");
  assert_contains (text, "Jan 2027 – Mar 2027");
  assert_contains (text, "Oct 2027 – Dec 2027");
  assert_contains (text, "Jan 2027 – Dec 2027, 12 months");
  assert_contains (text, "Per head monthly cost rounded half up to the cent");

  for (guint i = 0; i < summary->warnings->len; i++)
    {
      const HpWarning *warning = g_ptr_array_index (summary->warnings, i);

      if (g_str_equal (warning->code, "over-budget"))
        over_budget = warning;
    }
  g_assert_nonnull (over_budget);
  assert_contains (text, over_budget->code);
  assert_contains (text, over_budget->message);
  assert_contains (text, "Over budget by");

  /* The positions table reached its end, its header on every page. */
  assert_contains (text, LAST_TITLE);
  assert_contains (text, "Positions (continued)");
  g_assert_cmpuint (count_of (text, "Positions (continued)"), >=, 1);
  g_assert_cmpuint (count_of (text, "Kind"), ==, count_of (text, "Positions (continued)") + 1);
}

/* The comparison after the plan: a section of its own with the headline
 * changes in both plans, the chart's legend naming both, and each changed
 * position old → new; none without a comparison. */
static void
test_print_comparison (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan (12);
  g_autoptr(HpScenario) lean = hp_scenario_new_copy ("lean", "Lean", plan);
  HpPlan *to = hp_scenario_get_plan (lean);
  HpPrintComparison comparison = { plan, "plan-v1.json", to, "Lean" };
  g_autoptr(HpPlanDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *delta = NULL;
  g_autofree char *from_total = NULL;
  g_autofree char *to_total = NULL;
  g_autoptr(HpPosition) added = hp_position_new ();
  g_autoptr(GArray) changes = NULL;
  gint64 sum = 0;
  guint n_pages;

  if (!have_poppler ())
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
      return;
    }

  hp_plan_edit_position (to, hp_plan_get_position (to, 4), "start", (int) hp_month_new (2027, 9), NULL);
  {
    HpPosition *first = hp_plan_get_position (to, 0);

    hp_plan_remove_positions (to, &first, 1);
  }
  hp_position_set_title (added, "Platform Engineer");
  hp_position_set_start (added, hp_month_new (2027, 4));
  hp_position_set_annual_salary (added, 9000000);
  hp_plan_append_position (to, added);
  diff = hp_plan_diff_compute (plan, to, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (diff->added->len, ==, 1);
  g_assert_cmpuint (diff->removed->len, ==, 1);
  g_assert_cmpuint (diff->changed->len, ==, 1);
  delta = hp_money_format_delta (diff->total_cost.delta, "USD");
  from_total = hp_money_format (diff->total_cost.from, "USD", HP_MONEY_FORMAT_DEFAULT);
  to_total = hp_money_format (diff->total_cost.to, "USD", HP_MONEY_FORMAT_DEFAULT);

  g_assert_true (hp_print_to_pdf_full (plan, NULL, &comparison, fixture->pdf, &error));
  g_assert_no_error (error);
  keep_pdf (fixture->pdf, "comparison.pdf");
  text = run_tool ("pdftotext", fixture->pdf, TRUE);
  n_pages = pdf_pages (fixture->pdf);

  /* the section starts a page of its own, after the plan's */
  assert_contains (text, "Comparison: plan-v1.json → Lean");
  g_assert_cmpuint (count_of (text, "Comparison: plan-v1.json → Lean"), ==, 1);
  assert_contains (strstr (text, "Comparison: plan-v1.json → Lean"), delta);
  assert_contains (strstr (text, "Comparison: plan-v1.json → Lean"), from_total);
  assert_contains (strstr (text, "Comparison: plan-v1.json → Lean"), to_total);
  assert_contains (text, "Monthly cost of both plans");
  assert_contains (text, "Changed positions");
  assert_contains (text, "Removed");
  assert_contains (text, "Added");
  assert_contains (text, "2027-09");
  assert_contains (text, "period cost");
  {
    /* The table ties out: the changes its rows make to the period cost
     * (an added position's cost, a removed one's, a changed one's
     * difference) add up to the change in the total on its last row. */
    const char *positions = strstr (text, "Changed positions");
    const char *total_row = NULL;
    HpPosition *old_first = hp_plan_get_position (plan, 0);
    gint64 added_cost = hp_position_period_cost (added, hp_plan_get_start (to), hp_plan_get_months (to),
                                                 hp_plan_get_overhead_bp (to));
    gint64 removed_cost = hp_position_period_cost (old_first, hp_plan_get_start (plan), hp_plan_get_months (plan),
                                                   hp_plan_get_overhead_bp (plan));

    for (const char *p = strstr (positions, "Total cost for the period"); p != NULL;
         p = strstr (p + 1, "Total cost for the period"))
      total_row = p;
    g_assert_nonnull (total_row);
    changes = bracketed_amounts (positions, total_row);
    g_assert_cmpuint (changes->len, ==, 3);  /* added, removed, changed */
    for (guint i = 0; i < changes->len; i++)
      sum += g_array_index (changes, gint64, i);
    g_assert_cmpint (g_array_index (changes, gint64, 0), ==, added_cost);
    g_assert_cmpint (g_array_index (changes, gint64, 1), ==, -removed_cost);
    g_assert_cmpint (g_array_index (changes, gint64, 2), ==,
                     ((HpPositionChange *) g_ptr_array_index (diff->changed, 0))->period_cost.delta);
    g_assert_cmpint (added_cost, >, 0);
    g_assert_cmpint (removed_cost, >, 0);
    g_assert_cmpint (sum, ==, diff->total_cost.delta);
    g_clear_pointer (&changes, g_array_unref);
    changes = bracketed_amounts (total_row, total_row + strlen (total_row));
    g_assert_cmpuint (changes->len, ==, 1);
    g_assert_cmpint (g_array_index (changes, gint64, 0), ==, diff->total_cost.delta);
    {
      /* the removed position's old cost and the added one's new cost */
      g_autofree char *old_cost = hp_money_format (removed_cost, "USD", HP_MONEY_FORMAT_DEFAULT);
      g_autofree char *new_cost = hp_money_format (added_cost, "USD", HP_MONEY_FORMAT_DEFAULT);

      assert_contains (positions, old_cost);
      assert_contains (positions, new_cost);
    }
  }
  {
    /* the legend under the chart names both plans */
    const char *chart = strstr (text, "Monthly cost of both plans");
    const char *positions = strstr (text, "Changed positions");

    g_assert_nonnull (chart);
    g_assert_nonnull (positions);
    g_assert_true (chart < positions);
    g_assert_nonnull (g_strstr_len (chart, positions - chart, "plan-v1.json"));
    g_assert_nonnull (g_strstr_len (chart, positions - chart, "Lean"));
  }
  {
    /* the plan's pages are all still there, the comparison after them */
    g_autofree char *last_page = g_strdup_printf ("Page %u of %u", n_pages, n_pages);

    assert_contains (text, last_page);
    g_assert_true (strstr (text, "Comparison: plan-v1.json") > strstr (text, LAST_TITLE));
  }

  /* without a comparison, none is printed */
  g_clear_pointer (&text, g_free);
  g_assert_true (hp_print_to_pdf (plan, NULL, fixture->pdf, &error));
  text = run_tool ("pdftotext", fixture->pdf, TRUE);
  g_assert_null (strstr (text, "Comparison:"));
  g_assert_cmpuint (pdf_pages (fixture->pdf), ==, n_pages - 1);
}

/* A scenario printed as such: its name under the plan's title and in every
 * footer, its notes line by line before the plan's facts, its own figures;
 * set back to NULL, the baseline's plain heading. */
static void
test_print_scenario (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan (12);
  g_autoptr(HpScenario) lean = hp_scenario_new_copy ("lean", "Lean", plan);
  HpPlan *to = hp_scenario_get_plan (lean);
  g_autoptr(HpSummary) summary = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *total = NULL;
  g_autofree char *footer = NULL;
  guint n_pages;

  if (!have_poppler ())
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
      return;
    }

  for (guint i = 0; i < 20; i++)
    hp_plan_edit_position (to, hp_plan_get_position (to, i), "start", (int) hp_month_new (2027, 10), NULL);
  summary = hp_summary_compute (to, NULL);
  total = hp_money_format (summary->total_cost, summary->currency, HP_MONEY_FORMAT_DEFAULT);

  operation = hp_print_operation_new (to, NULL);
  hp_print_operation_set_scenario (operation, "Lean",
                                   "Fit to a budget of $5,000,000.00: twenty positions moved later:\n"
                                   "- Backend Engineer 1 (pos-1): 9 months later\n"
                                   "- Payments Risk Analyst 2 (pos-2): 8 months later");
  g_assert_true (hp_print_operation_export_pdf (operation, fixture->pdf, &error));
  g_assert_no_error (error);
  keep_pdf (fixture->pdf, "scenario.pdf");
  text = run_tool ("pdftotext", fixture->pdf, TRUE);
  n_pages = pdf_pages (fixture->pdf);

  assert_contains (text, "Payments <Platform> & Co");
  assert_contains (text, "Scenario: Lean");
  g_assert_cmpuint (count_of (text, "Scenario: Lean"), ==, 1);
  assert_contains (text, "Scenario notes");
  assert_contains (text, "twenty positions moved later:");
  assert_contains (text, "- Payments Risk Analyst 2 (pos-2): 8 months later");
  g_assert_true (strstr (text, "Scenario: Lean") < strstr (text, "Scenario notes"));
  g_assert_true (strstr (text, "Scenario notes") < strstr (text, "Assumptions"));
  assert_contains (text, total);
  footer = g_strdup ("Payments <Platform> & Co — Lean");
  g_assert_cmpuint (count_of (text, footer), ==, n_pages);
  g_assert_cmpstr (gtk_print_settings_get (gtk_print_operation_get_print_settings (operation),
                                           GTK_PRINT_SETTINGS_OUTPUT_BASENAME), ==, footer);
  g_clear_pointer (&text, g_free);

  /* no scenario: the notes are not printed without one either */
  g_clear_object (&operation);
  operation = hp_print_operation_new (plan, NULL);
  hp_print_operation_set_scenario (operation, "Lean", "notes");
  hp_print_operation_set_scenario (operation, NULL, "notes");
  g_assert_true (hp_print_operation_export_pdf (operation, fixture->pdf, &error));
  g_assert_no_error (error);
  text = run_tool ("pdftotext", fixture->pdf, TRUE);
  assert_contains (text, "Payments <Platform> & Co");
  g_assert_null (strstr (text, "Scenario"));
  g_assert_null (strstr (text, "— Lean"));
}

/* Ten years: forty quarters do not fit beside the levels, and split. */
static void
test_print_long_period (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan (HP_PLAN_MAX_MONTHS);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *last_page = NULL;
  guint n_pages;

  if (!have_poppler ())
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
      return;
    }

  g_assert_true (hp_print_to_pdf (plan, NULL, fixture->pdf, &error));
  g_assert_no_error (error);

  keep_pdf (fixture->pdf, "long-period.pdf");

  text = run_tool ("pdftotext", fixture->pdf, TRUE);
  n_pages = pdf_pages (fixture->pdf);
  last_page = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  assert_contains (text, last_page);
  assert_contains (text, "Q40");
  assert_contains (text, "Oct 2036 – Dec 2036");
  assert_contains (text, LAST_TITLE);
}

/* No positions, no budget, no title: still a complete document. */
static void
test_print_empty (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *last_page = NULL;
  guint n_pages;

  if (!have_poppler ())
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are not installed");
      return;
    }

  g_assert_true (hp_print_to_pdf (plan, NULL, fixture->pdf, &error));
  g_assert_no_error (error);

  keep_pdf (fixture->pdf, "empty.pdf");

  text = run_tool ("pdftotext", fixture->pdf, TRUE);
  n_pages = pdf_pages (fixture->pdf);
  last_page = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  assert_contains (text, "Untitled plan");
  assert_contains (text, last_page);
  assert_contains (text, "This plan has no positions yet.");
  assert_contains (text, "Not set");
}

/* A failed export reports why and leaves nothing behind. */
static void
test_print_error (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan (12);
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-dir", "summary.pdf", NULL);
  g_autoptr(GDir) dir = NULL;

  g_assert_false (hp_print_to_pdf (plan, NULL, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "summary.pdf"));

  /* A good PDF is replaced whole, and no temporary file stays. */
  g_assert_true (g_file_set_contents (fixture->pdf, "old", -1, NULL));
  g_clear_error (&error);
  g_assert_true (hp_print_to_pdf (plan, NULL, fixture->pdf, &error));
  g_assert_no_error (error);

  dir = g_dir_open (fixture->dir, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_dir_read_name (dir), ==, "summary.pdf");
  g_assert_null (g_dir_read_name (dir));
}

/* The export with no display and GTK never initialised. */
static void
test_print_no_display (Fixture       *fixture,
                       gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(HpPlan) plan = make_plan (12);
      g_autoptr(GError) error = NULL;

      g_assert_null (g_getenv ("DISPLAY"));
      g_assert_true (hp_print_to_pdf (plan, NULL, fixture->pdf, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_test (fixture->pdf, G_FILE_TEST_IS_REGULAR));
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_test_subprocess ())
    {
      /* Only the export without a display runs in a subprocess. */
      g_unsetenv ("DISPLAY");
      g_unsetenv ("WAYLAND_DISPLAY");
    }
  else if (!gtk_init_check ())
    g_test_message ("No display: the export runs without one");

  g_test_add ("/print/summary", Fixture, NULL, fixture_set_up, test_print_summary, fixture_tear_down);
  g_test_add ("/print/comparison", Fixture, NULL, fixture_set_up, test_print_comparison, fixture_tear_down);
  g_test_add ("/print/scenario", Fixture, NULL, fixture_set_up, test_print_scenario, fixture_tear_down);
  g_test_add ("/print/long-period", Fixture, NULL, fixture_set_up, test_print_long_period, fixture_tear_down);
  g_test_add ("/print/empty", Fixture, NULL, fixture_set_up, test_print_empty, fixture_tear_down);
  g_test_add ("/print/error", Fixture, NULL, fixture_set_up, test_print_error, fixture_tear_down);
  g_test_add ("/print/no-display", Fixture, NULL, fixture_set_up, test_print_no_display, fixture_tear_down);

  return g_test_run ();
}
