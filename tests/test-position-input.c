/* test-position-input.c: what a typed value means, and the edit it makes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-error.h"
#include "hp-position-input.h"
#include "hp-test-util.h"

typedef struct
{
  HpCatalog  *catalog;
  HpPlan     *plan;
  HpPosition *mid;    /* Mid-Level, one, 2027-04 on, the role's title and midpoint */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(HpPosition) p = NULL;

  f->catalog = hp_test_builtin_catalog ();
  f->plan = hp_plan_new ();
  hp_plan_edit (f->plan, "start", (int) hp_month_new (2027, 1), "months", 12u, NULL);
  p = hp_plan_new_position_for_role (f->plan, hp_catalog_lookup (f->catalog, "backend-mid"), 1,
                                     hp_month_new (2027, 4));
  hp_plan_insert_position (f->plan, -1, p);
  f->mid = p;
  hp_plan_clear_history (f->plan);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->plan);
  g_clear_object (&f->catalog);
}

static void
test_count (void)
{
  static const struct { const char *text; guint count; const char *message; } cases[] = {
    { "3", 3, NULL },
    { " 12 ", 12, NULL },
    { "10000", 10000, NULL },
    { "0", 0, "0 is out of range: a count is from 1 to 10000" },
    { "10001", 0, "10001 is out of range: a count is from 1 to 10000" },
    { "", 0, "“” is not a count: expected a whole number from 1 to 10000" },
    { "-2", 0, "“-2” is not a count: expected a whole number from 1 to 10000" },
    { "2.5", 0, "“2.5” is not a count: expected a whole number from 1 to 10000" },
    { "two", 0, "“two” is not a count: expected a whole number from 1 to 10000" },
    { "99999999999999999999999", 0, "99999999999999999999999 is out of range: a count is from 1 to 10000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      guint count = 0;
      gboolean ok = hp_input_parse_count (cases[i].text, &count, &error);

      g_test_message ("%s", cases[i].text);
      if (cases[i].message == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpuint (count, ==, cases[i].count);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, HP_ERROR, error->code);
          g_assert_cmpstr (error->message, ==, cases[i].message);
        }
    }
}

static void
test_amount (void)
{
  g_autoptr(GError) error = NULL;
  gint64 amount = 0;

  g_assert_true (hp_input_parse_amount ("151,000.50", "USD", &amount, NULL));
  g_assert_cmpint (amount, ==, 15100050);
  g_assert_true (hp_input_parse_amount ("$1,234", "USD", &amount, NULL));
  g_assert_cmpint (amount, ==, 123400);
  g_assert_true (hp_input_parse_amount ("¥500", "JPY", &amount, NULL));
  g_assert_cmpint (amount, ==, 500);

  g_assert_false (hp_input_parse_amount ("-5", "USD", &amount, &error));
  g_assert_cmpstr (error->message, ==, "a salary cannot be negative");
  g_clear_error (&error);
  g_assert_false (hp_input_parse_amount ("1.001", "USD", &amount, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "decimals"));
  g_clear_error (&error);
  g_assert_false (hp_input_parse_amount ("lots", "USD", &amount, &error));
  g_assert_nonnull (error);
}

static void
test_months (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HpMonth month = 0;

  g_assert_true (hp_input_parse_start (f->mid, " 2027-02 ", &month, NULL));
  g_assert_cmpint (month, ==, hp_month_new (2027, 2));
  g_assert_false (hp_input_parse_start (f->mid, "2027-13", &month, &error));
  g_assert_cmpstr (error->message, ==, "“2027-13” is not a month: the month must be 01 to 12");
  g_clear_error (&error);

  /* No end: an empty text, and an end before the start is refused. */
  g_assert_true (hp_input_parse_end (f->mid, "", &month, NULL));
  g_assert_cmpint (month, ==, HP_MONTH_NONE);
  g_assert_false (hp_input_parse_end (f->mid, "2027-02", &month, &error));
  g_assert_cmpstr (error->message, ==, "the end is before the start (2027-04)");
  g_clear_error (&error);
  g_assert_true (hp_input_parse_end (f->mid, "2027-04", &month, NULL));

  /* With an end, a start after it is refused. */
  g_assert_true (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_END, "2027-09", FALSE, NULL));
  g_assert_cmpint (hp_position_get_end (f->mid), ==, hp_month_new (2027, 9));
  g_assert_false (hp_input_parse_start (f->mid, "2027-10", &month, &error));
  g_assert_cmpstr (error->message, ==, "it would start after it ends (2027-09): change the end first");
}

/* Refused input stores nothing and adds no step; each accepted edit is one
 * named step; keystrokes join one step. */
static void
test_input_steps (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *before = hp_test_plan_snapshot (f->plan);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_START, "2027-13", FALSE, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_COUNT, "0", TRUE, &error));
  g_clear_error (&error);
  g_assert_false (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_SALARY, "-1", FALSE, &error));
  g_clear_error (&error);
  g_assert_false (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_TITLE, "  ", FALSE, &error));
  g_assert_cmpstr (error->message, ==, "a position needs a title");
  g_clear_error (&error);
  g_assert_false (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_STATUS, "maybe", FALSE, &error));
  g_assert_cmpstr (error->message, ==, "“maybe” is not a status: expected Planned, Approved, Open, Filled, On Hold");
  g_clear_error (&error);
  after = hp_test_plan_snapshot (f->plan);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (hp_plan_can_undo (f->plan));

  /* Typing 1, 12, 125: one step, undone at once. */
  g_assert_true (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_COUNT, "2", TRUE, NULL));
  g_assert_true (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_COUNT, "12", TRUE, NULL));
  g_assert_true (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_COUNT, "125", TRUE, NULL));
  g_assert_cmpuint (hp_position_get_count (f->mid), ==, 125);
  g_assert_cmpstr (hp_plan_get_undo_label (f->plan), ==, "Change Count");
  /* The commit of what was typed adds no step of its own ... */
  g_assert_true (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_COUNT, "125", FALSE, NULL));
  g_assert_true (hp_plan_undo (f->plan));
  g_assert_false (hp_plan_can_undo (f->plan));
  g_free (after);
  after = hp_test_plan_snapshot (f->plan);
  g_assert_cmpstr (before, ==, after);

  /* ... but ends the step: the next edit of the count is a step of its own. */
  g_assert_true (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_COUNT, "3", TRUE, NULL));
  g_assert_true (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_COUNT, "3", FALSE, NULL));
  g_assert_true (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_COUNT, "4", TRUE, NULL));
  g_assert_true (hp_plan_undo (f->plan));
  g_assert_cmpuint (hp_position_get_count (f->mid), ==, 3);
  g_assert_true (hp_plan_undo (f->plan));
  g_assert_cmpuint (hp_position_get_count (f->mid), ==, 1);
  g_assert_false (hp_plan_can_undo (f->plan));

  /* Each field, by its text, then all undone. */
  g_assert_true (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_SALARY, "120,500.25", FALSE, NULL));
  g_assert_cmpint (hp_position_get_annual_salary (f->mid), ==, 12050025);
  g_assert_true (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_ONE_TIME_COST, "3,000", FALSE, NULL));
  g_assert_cmpint (hp_position_get_one_time_cost (f->mid), ==, 300000);
  g_assert_true (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_LOCATION, " Berlin ", FALSE, NULL));
  g_assert_cmpstr (hp_position_get_location (f->mid), ==, "Berlin");
  g_assert_true (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_STATUS, "open", FALSE, NULL));
  g_assert_cmpint (hp_position_get_status (f->mid), ==, HP_POSITION_STATUS_OPEN);
  g_assert_true (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_KIND, "1", FALSE, NULL));
  g_assert_cmpint (hp_position_get_kind (f->mid), ==, HP_POSITION_KIND_BACKFILL);
  g_assert_true (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_NOTES, "remote ok", FALSE, NULL));
  g_assert_cmpstr (hp_position_get_notes (f->mid), ==, "remote ok");
  g_assert_true (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_TITLE, "Payments engineer", FALSE, NULL));
  g_assert_cmpstr (hp_position_get_title (f->mid), ==, "Payments engineer");

  for (guint i = 0; i < 7; i++)
    g_assert_true (hp_plan_undo (f->plan));
  g_assert_false (hp_plan_can_undo (f->plan));
  g_free (after);
  after = hp_test_plan_snapshot (f->plan);
  g_assert_cmpstr (before, ==, after);
}

/* A level change moves the position to that level's role, with its title
 * and midpoint where the old role's were kept; what the manager changed
 * stays. */
static void
test_change_level (Fixture       *f,
                   gconstpointer  data)
{
  HpRole *senior = hp_catalog_lookup (f->catalog, "backend-senior");
  HpRole *lead = hp_catalog_lookup (f->catalog, "backend-lead");

  hp_plan_change_level (f->plan, f->catalog, f->mid, HP_LEVEL_SENIOR);
  g_assert_cmpint (hp_position_get_level (f->mid), ==, HP_LEVEL_SENIOR);
  g_assert_cmpstr (hp_position_get_role_id (f->mid), ==, "backend-senior");
  g_assert_cmpstr (hp_position_get_title (f->mid), ==, hp_role_get_title (senior));
  g_assert_cmpint (hp_position_get_annual_salary (f->mid), ==, hp_role_get_band_mid (senior));
  g_assert_cmpstr (hp_plan_get_undo_label (f->plan), ==, "Change Level");

  /* The same level: no step. */
  hp_plan_change_level (f->plan, f->catalog, f->mid, HP_LEVEL_SENIOR);
  g_assert_true (hp_plan_undo (f->plan));
  g_assert_false (hp_plan_can_undo (f->plan));
  g_assert_cmpstr (hp_position_get_role_id (f->mid), ==, "backend-mid");

  /* A title and a salary of the manager's own stay as they are. */
  hp_plan_edit_position (f->plan, f->mid, "title", "Payments engineer", "annual-salary", (gint64) 12345600, NULL);
  g_assert_true (hp_plan_input_position (f->plan, f->catalog, f->mid, HP_FIELD_LEVEL, "Lead", FALSE, NULL));
  g_assert_cmpstr (hp_position_get_role_id (f->mid), ==, hp_role_get_id (lead));
  g_assert_cmpstr (hp_position_get_title (f->mid), ==, "Payments engineer");
  g_assert_cmpint (hp_position_get_annual_salary (f->mid), ==, 12345600);

  /* Without a catalog, only the level changes. */
  hp_plan_change_level (f->plan, NULL, f->mid, HP_LEVEL_JUNIOR);
  g_assert_cmpint (hp_position_get_level (f->mid), ==, HP_LEVEL_JUNIOR);
  g_assert_cmpstr (hp_position_get_role_id (f->mid), ==, hp_role_get_id (lead));
}

static void
test_field_text (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *start = hp_position_field_to_text (f->plan, f->mid, HP_FIELD_START);
  g_autofree char *end = hp_position_field_to_text (f->plan, f->mid, HP_FIELD_END);
  g_autofree char *count = hp_position_field_to_text (f->plan, f->mid, HP_FIELD_COUNT);
  g_autofree char *level = hp_position_field_to_text (f->plan, f->mid, HP_FIELD_LEVEL);

  g_assert_cmpstr (start, ==, "2027-04");
  g_assert_cmpstr (end, ==, "");
  g_assert_cmpstr (count, ==, "1");
  g_assert_cmpstr (level, ==, "Mid-Level");
  /* What a field shows is what it reads back, for every field. */
  for (guint i = 0; i < HP_N_FIELDS; i++)
    {
      g_autofree char *text = hp_position_field_to_text (f->plan, f->mid, i);
      g_autofree char *before = hp_test_plan_snapshot (f->plan);
      g_autofree char *after = NULL;

      g_test_message ("%s: %s", hp_position_field_display_name (i), text);
      if (i == HP_FIELD_NOTES || i == HP_FIELD_LOCATION)
        continue; /* empty, and stored as they are */
      g_assert_true (hp_plan_input_position (f->plan, f->catalog, f->mid, i, text, FALSE, NULL));
      after = hp_test_plan_snapshot (f->plan);
      g_assert_cmpstr (before, ==, after);
    }
  g_assert_false (hp_plan_can_undo (f->plan));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/input/count", test_count);
  g_test_add_func ("/input/amount", test_amount);
  g_test_add ("/input/months", Fixture, NULL, fixture_set_up, test_months, fixture_tear_down);
  g_test_add ("/input/steps", Fixture, NULL, fixture_set_up, test_input_steps, fixture_tear_down);
  g_test_add ("/input/change-level", Fixture, NULL, fixture_set_up, test_change_level, fixture_tear_down);
  g_test_add ("/input/field-text", Fixture, NULL, fixture_set_up, test_field_text, fixture_tear_down);

  return g_test_run ();
}
