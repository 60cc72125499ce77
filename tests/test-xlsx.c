/* test-xlsx.c: the workbook export's limits and its atomic write: texts cut
 * to a cell with a marker and a notice, legal sheet names, plans beyond a
 * sheet or beyond a spreadsheet's numbers refused with no file, the old
 * file kept on any failure.  tests/test-xlsx.py reads workbooks back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "hp-error.h"
#include "hp-plan-xlsx.h"
#include "hp-xlsx-private.h"

#define MARKER " […cut]"

static gsize
utf16_length (const char *text)
{
  gsize units = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    units += g_utf8_get_char (p) >= 0x10000 ? 2 : 1;

  return units;
}

static char *
repeat (const char *unit,
        guint       times)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (s, unit);

  return g_string_free (s, FALSE);
}

static void
test_cut_text (void)
{
  g_autofree char *fits = repeat ("a", HP_XLSX_MAX_CELL_CHARS);
  g_autofree char *over = repeat ("a", HP_XLSX_MAX_CELL_CHARS + 1);
  g_autofree char *emoji = repeat ("😀", 20000);  /* 40,000 UTF-16 units, 20,000 characters */
  g_autofree char *cut = NULL;

  /* Exactly at the limit: kept whole. */
  g_assert_null (hp_xlsx_cut_text (fits, HP_XLSX_MAX_CELL_CHARS));
  g_assert_null (hp_xlsx_cut_text ("Zürich", 6));

  cut = hp_xlsx_cut_text (over, HP_XLSX_MAX_CELL_CHARS);
  g_assert_nonnull (cut);
  g_assert_true (g_str_has_suffix (cut, MARKER));
  g_assert_cmpuint (utf16_length (cut), ==, HP_XLSX_MAX_CELL_CHARS);
  g_assert_true (strncmp (cut, over, strlen (cut) - strlen (MARKER)) == 0);
  g_clear_pointer (&cut, g_free);

  /* Characters outside the BMP count twice, as Excel counts them, and are
   * never split. */
  cut = hp_xlsx_cut_text (emoji, HP_XLSX_MAX_CELL_CHARS);
  g_assert_nonnull (cut);
  g_assert_true (g_utf8_validate (cut, -1, NULL));
  g_assert_true (g_str_has_suffix (cut, MARKER));
  g_assert_cmpuint (utf16_length (cut), <=, HP_XLSX_MAX_CELL_CHARS);
  g_assert_cmpuint (utf16_length (cut), >=, HP_XLSX_MAX_CELL_CHARS - 1);
  g_clear_pointer (&cut, g_free);

  /* A short limit, to see the exact result. */
  cut = hp_xlsx_cut_text ("abcdefghijklmnop", 12);
  g_assert_cmpstr (cut, ==, "abcde" MARKER);
}

static void
assert_legal_for_libxlsxwriter (const char *name)
{
  lxw_workbook *workbook = workbook_new (NULL);

  g_assert_nonnull (workbook);
  g_assert_cmpint (workbook_validate_sheet_name (workbook, name), ==, LXW_NO_ERROR);
  lxw_workbook_free (workbook);
}

static void
test_sheet_names (void)
{
  static const struct
  {
    const char *name;
    const char *expected;
  } cases[] = {
    { "Summary", "Summary" },
    { "Q1/Q2 [draft]: what*? a\\b", "Q1_Q2 _draft__ what__ a_b" },
    { "'quoted'", "quoted" },
    { "", "Sheet" },
    { "   ", "Sheet" },
    { "History", "History_" },
    { "Line\nbreak", "Line break" },
    { "Zürich Ümläüts ßcenario", "Zürich Ümläüts ßcenario" },
    { "A scenario with a very long name indeed", "A scenario with a very long nam" },
    { "Ünïcödé characters count as one each, ok", "Ünïcödé characters count as one" },
    { "Thirty characters and a quote'x", "Thirty characters and a quote'x" },
    { "Thirty characters and a quote'''", "Thirty characters and a quote" },
    { "Thirty characters and a quote'' more", "Thirty characters and a quote" },
  };
  const char *taken[] = { "summary", "A scenario with a very long nam", NULL };
  g_autofree char *dup = NULL;
  g_autofree char *dup_long = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = hp_xlsx_sheet_name (cases[i].name, NULL);

      g_assert_cmpstr (name, ==, cases[i].expected);
      g_assert_cmpint (g_utf8_strlen (name, -1), <=, HP_XLSX_MAX_SHEET_NAME);
      assert_legal_for_libxlsxwriter (name);
    }

  /* Unique in any case, within 31 characters. */
  dup = hp_xlsx_sheet_name ("Summary", taken);
  g_assert_cmpstr (dup, ==, "Summary (2)");
  dup_long = hp_xlsx_sheet_name ("A scenario with a very long name indeed", taken);
  g_assert_cmpstr (dup_long, ==, "A scenario with a very long (2)");
  g_assert_cmpint (g_utf8_strlen (dup_long, -1), ==, HP_XLSX_MAX_SHEET_NAME);
  assert_legal_for_libxlsxwriter (dup_long);
}

static void
test_row_limit (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hp_xlsx_check_limits (HP_XLSX_MAX_POSITIONS, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (hp_xlsx_check_limits (HP_XLSX_MAX_POSITIONS + 1, NULL, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_RANGE);
  g_assert_nonnull (strstr (error->message, "1048575 positions"));
  g_assert_nonnull (strstr (error->message, "at most 1048574"));
  g_assert_nonnull (strstr (error->message, "export it as CSV instead"));
}

/* A small plan; the caller adds positions. */
static HpPlan *
make_plan (const char *currency)
{
  HpPlan *plan = hp_plan_new ();

  g_object_set (plan,
                "title", "=HYPERLINK(\"http://example.com\")", "team", "Core", "owner", "Zoë",
                "currency", currency, "start", (int) hp_month_new (2027, 1), "months", 12u,
                "overhead-bp", 3000u, NULL);
  return plan;
}

static void
add_position (HpPlan     *plan,
              const char *id,
              guint       count,
              gint64      salary,
              const char *notes)
{
  g_autoptr(HpPosition) p = hp_position_new ();

  hp_position_set_id (p, id);
  hp_position_set_role_id (p, "backend-senior");
  hp_position_set_level (p, HP_LEVEL_SENIOR);
  hp_position_set_title (p, "Senior Back-End Engineer");
  hp_position_set_count (p, count);
  hp_position_set_start (p, hp_month_new (2027, 3));
  hp_position_set_location (p, "Zürich");
  hp_position_set_annual_salary (p, salary);
  hp_position_set_one_time_cost (p, 470000);
  hp_position_set_notes (p, notes);
  hp_plan_append_position (plan, p);
}

typedef struct
{
  char *dir;
  char *path;    /* an old file, there before each test */
} Fixture;

#define OLD_CONTENTS "the old file, which must survive\n"

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("test-xlsx-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "plan.xlsx", NULL);
  g_assert_true (g_file_set_contents (f->path, OLD_CONTENTS, -1, &error));
  g_assert_no_error (error);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;

  return n;
}

static void
assert_old_file_survives (Fixture *f)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (f->path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, OLD_CONTENTS);
  /* And no temporary file is left beside it. */
  g_assert_cmpuint (count_files (f->dir), ==, 1);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
test_writes_workbook (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan ("USD");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) notices = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  add_position (plan, "p1", 2, 15100000, "Short notes.");
  g_assert_true (hp_plan_write_xlsx (plan, NULL, f->path, &notices, &error));
  g_assert_no_error (error);
  g_assert_null (notices);

  g_assert_true (g_file_get_contents (f->path, &contents, &length, &error));
  g_assert_cmpmem (contents, 4, "PK\x03\x04", 4);
  g_assert_cmpuint (count_files (f->dir), ==, 1);
}

static void
test_long_notes_cut (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan ("USD");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) notices = NULL;
  g_autofree char *long_notes = repeat ("Ledger work. ", 4000); /* 52,000 characters */

  add_position (plan, "p-long", 1, 15100000, long_notes);
  add_position (plan, "p-short", 1, 15100000, "Short.");
  g_assert_true (hp_plan_write_xlsx (plan, NULL, f->path, &notices, &error));
  g_assert_no_error (error);
  g_assert_nonnull (notices);
  g_assert_cmpuint (g_strv_length (notices), ==, 1);
  g_assert_nonnull (strstr (notices[0], "The notes of position “p-long”"));
  g_assert_nonnull (strstr (notices[0], "32,767"));
  g_assert_nonnull (strstr (notices[0], "Positions!O2"));
  g_assert_nonnull (strstr (notices[0], "[…cut]"));
}

static void
test_many_cuts_counted (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan ("USD");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) notices = NULL;
  g_autofree char *long_notes = repeat ("x", HP_XLSX_MAX_CELL_CHARS + 10);

  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      add_position (plan, id, 1, 15100000, long_notes);
    }
  g_assert_true (hp_plan_write_xlsx (plan, NULL, f->path, &notices, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (notices), ==, 6);
  g_assert_nonnull (strstr (notices[4], "“p4”"));
  g_assert_cmpstr (notices[5], ==, "3 more texts were cut to fit their cells.");
}

/* A period cost of more than 15 digits: refused, no file written. */
static void
test_figures_beyond_15_digits (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan ("USD");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) notices = NULL;

  add_position (plan, "p1", 100, 900000000000000, NULL);
  g_assert_false (hp_plan_write_xlsx (plan, NULL, f->path, &notices, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_RANGE);
  g_assert_nonnull (strstr (error->message, "the period cost"));
  g_assert_nonnull (strstr (error->message, "more than 15 digits"));
  g_assert_null (notices);
  assert_old_file_survives (f);
}

/* The writer fails at the end, when libxlsxwriter writes the workbook into
 * the temporary file (here it has become a link into a folder that does
 * not exist): the old file is untouched and nothing is left behind. */
static void
break_temp_file (const char *temp_path,
                 gpointer    data)
{
  const char *dir = data;
  g_autofree char *nowhere = g_build_filename (dir, "no-such-folder", "x.xlsx", NULL);

  g_assert_true (g_file_test (temp_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_unlink (temp_path), ==, 0);
  g_assert_cmpint (symlink (nowhere, temp_path), ==, 0);
}

static void
test_failure_keeps_old_file (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan ("USD");
  g_autoptr(GError) error = NULL;
  HpXlsxOptions options = { .before_close = break_temp_file, .data = f->dir };

  add_position (plan, "p1", 1, 15100000, NULL);
  g_assert_false (hp_plan_write_xlsx_full (plan, NULL, f->path, &options, NULL, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Could not write the workbook (the file): "));
  assert_old_file_survives (f);
}

/* A folder that does not exist: the replace itself refuses. */
static void
test_missing_folder (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan ("USD");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "no-such-folder", "plan.xlsx", NULL);

  g_assert_false (hp_plan_write_xlsx (plan, NULL, path, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  assert_old_file_survives (f);
}

static void
test_money_format (void)
{
  g_autofree char *usd = hp_xlsx_money_format ("USD");
  g_autofree char *jpy = hp_xlsx_money_format ("JPY");
  g_autofree char *kwd = hp_xlsx_money_format ("KWD");
  g_autofree char *chf = hp_xlsx_money_format ("CHF");

  g_assert_cmpstr (usd, ==, "\"$\"#,##0.00");
  g_assert_cmpstr (jpy, ==, "\"¥\"#,##0");
  g_assert_cmpstr (kwd, ==, "\"KWD \"#,##0.000");
  g_assert_cmpstr (chf, ==, "\"CHF \"#,##0.00");

  /* The double nearest the exact decimal, as reading the text would give. */
  g_assert_true (hp_xlsx_money_value (20099996, 2) == g_ascii_strtod ("200999.96", NULL));
  g_assert_true (hp_xlsx_money_value (12345, 3) == g_ascii_strtod ("12.345", NULL));
  g_assert_true (hp_xlsx_money_value (999999999999999, 2) == g_ascii_strtod ("9999999999999.99", NULL));
  g_assert_true (hp_xlsx_money_value (15100000, 0) == 15100000.0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/xlsx/cut-text", test_cut_text);
  g_test_add_func ("/xlsx/sheet-names", test_sheet_names);
  g_test_add_func ("/xlsx/row-limit", test_row_limit);
  g_test_add_func ("/xlsx/money-format", test_money_format);
  g_test_add ("/xlsx/writes-workbook", Fixture, NULL, fixture_set_up, test_writes_workbook, fixture_tear_down);
  g_test_add ("/xlsx/long-notes-cut", Fixture, NULL, fixture_set_up, test_long_notes_cut, fixture_tear_down);
  g_test_add ("/xlsx/many-cuts-counted", Fixture, NULL, fixture_set_up, test_many_cuts_counted, fixture_tear_down);
  g_test_add ("/xlsx/figures-beyond-15-digits", Fixture, NULL, fixture_set_up, test_figures_beyond_15_digits,
              fixture_tear_down);
  g_test_add ("/xlsx/failure-keeps-old-file", Fixture, NULL, fixture_set_up, test_failure_keeps_old_file,
              fixture_tear_down);
  g_test_add ("/xlsx/missing-folder", Fixture, NULL, fixture_set_up, test_missing_folder, fixture_tear_down);

  return g_test_run ();
}
