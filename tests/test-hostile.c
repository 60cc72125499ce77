/* test-hostile.c: files made to break a reader
 *
 * Every kind of hostile input, through hp_plan_read_file and
 * hp_catalog_add_from_file, with the exact message it must give: empty and
 * not-JSON files, every prefix of a valid plan, comments, trailing values,
 * deep nesting, 10 MB strings, 200 MB files, numbers out of range, wrong
 * types at every level, byte order marks, invalid UTF-8, later versions,
 * and things that are not files at all.  The broken files of
 * tests/data/plans/ and tests/data/catalogs/ are reused; test-plan-file.c
 * and test-catalog.c test the rest of their messages.
 *
 * The 200 MB cases run in a child process whose time and peak memory are
 * measured and bounded (on the test machine natively: at most 1 s and
 * 700 MB, for a whole plan with a 200 MB title).  Under valgrind
 * (HP_TEST_UNDER_VALGRIND, set by the 'valgrind' test setup) they use
 * 20 MB or what their limit needs, and are not timed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "hp-catalog.h"
#include "hp-error.h"
#include "hp-json-fields.h"
#include "hp-json-strict.h"
#include "hp-plan-file.h"
#include "hp-scenario.h"
#include "hp-test-util.h"

#define MB (1024 * 1024)

#if defined(__SANITIZE_ADDRESS__)
# define UNDER_ASAN 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define UNDER_ASAN 1
# endif
#endif
#ifndef UNDER_ASAN
# define UNDER_ASAN 0
#endif

static gboolean
under_valgrind (void)
{
  return g_getenv ("HP_TEST_UNDER_VALGRIND") != NULL;
}

/* Files */

static char *
data_path (const char *kind,
           const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", kind, name, NULL);
}

static char *
read_data (const char *path,
           gsize      *out_length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, out_length, &error))
    g_error ("%s", error->message);
  return contents;
}

static char *
sample_plan_text (gsize *out_length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "sample-team.json", NULL);

  return read_data (path, out_length);
}

static char *
sample_catalog_text (gsize *out_length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "roles", "backend-engineering.json", NULL);

  return read_data (path, out_length);
}

/* @text with its first @old replaced by @new, which must be there. */
static char *
replace_once (const char *text,
              const char *old,
              const char *new)
{
  const char *at = strstr (text, old);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, new, at + strlen (old));
}

/* Checks */

/* @expected is the whole message, with "@" for the file's path; one that
 * starts with ":" follows the path. */
static void
assert_message (const GError *error,
                const char   *path,
                const char   *expected)
{
  g_autoptr(GString) full = g_string_new (expected[0] == ':' ? path : NULL);

  for (const char *p = expected; *p != '\0'; p++)
    if (*p == '@')
      g_string_append (full, path);
    else
      g_string_append_c (full, *p);

  g_test_message ("  → %s", error->message);
  if (!g_str_equal (error->message, full->str))
    g_error ("expected the message\n%s\nbut got\n%s", full->str, error->message);
}

static void
assert_plan_refused (const char *path,
                     GQuark      domain,
                     int         code,
                     const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  char *notice = (char *) "untouched";

  g_test_message ("plan %s", path);
  plan = hp_plan_read_file (path, &notice, &error);
  g_assert_null (plan);
  g_assert_null (notice);
  g_assert_error (error, domain, code);
  assert_message (error, path, expected);
}

static void
assert_catalog_refused (const char *path,
                        GQuark      domain,
                        int         code,
                        const char *expected)
{
  g_autoptr(HpCatalog) catalog = hp_catalog_new ();
  g_autoptr(GError) error = NULL;

  g_test_message ("catalog %s", path);
  g_assert_false (hp_catalog_add_from_file (catalog, path, &error));
  g_assert_error (error, domain, code);
  assert_message (error, path, expected);
  g_assert_cmpuint (g_list_model_get_n_items (hp_catalog_get_roles (catalog)), ==, 0);
}

/* The table of plans */

typedef struct
{
  const char *what;
  const char *file;      /* in tests/data/plans/, or NULL: @text */
  const char *text;      /* the file's contents, @length bytes (-1: a string) */
  gssize      length;
  int         code;
  const char *expected;  /* the message after the path; "@" starts a line with it */
} HostileCase;

static const HostileCase plan_cases[] = {
  { "empty file", "empty.json", NULL, 0, HP_ERROR_SYNTAX, ": the file is empty" },
  { "white space only", "whitespace.json", NULL, 0, HP_ERROR_SYNTAX, ": the file holds only white space" },
  { "not JSON: text", NULL, "Hello, finance!\n", -1, HP_ERROR_SYNTAX, ":1:1: expected a value, found “H”" },
  { "not JSON: a PNG", NULL, "\x89PNG\r\n\x1a\n", -1, HP_ERROR_SYNTAX,
    ":1:1: expected a value, found the byte 0x89" },
  { "not JSON: UTF-16", NULL, "\xff\xfe{\0}\0", 6, HP_ERROR_SYNTAX,
    ":1:4: the file contains a NUL byte: it is not a text file" },
  { "a NUL byte", NULL, "{\"format\": \"hiring-plan\"}\0", 26, HP_ERROR_SYNTAX,
    ":1:26: the file contains a NUL byte: it is not a text file" },
  { "a comment", "comment.json", NULL, 0, HP_ERROR_SYNTAX,
    ":2:3: expected a key in double quotes, found a comment (JSON has none)" },
  { "single quotes", "single-quotes.json", NULL, 0, HP_ERROR_SYNTAX,
    ":2:3: expected a key in double quotes, found a single quote (JSON strings use double quotes)" },
  { "a second value after the plan", "trailing.json", NULL, 0, HP_ERROR_SYNTAX,
    ":35:1: unexpected “{” after the end of the document" },
  { "a trailing comma", NULL, "{\"format\": \"hiring-plan\",}", -1, HP_ERROR_SYNTAX,
    ":1:26: a comma may not come before “}”" },
  { "an integer too large for 64 bits", "int-too-large.json", NULL, 0, HP_ERROR_SYNTAX,
    ":23:16: the number 99999999999999999999 is too large for a 64-bit integer" },
  { "a negative integer too large for 64 bits", NULL,
    "{\"format\": \"hiring-plan\", \"version\": -99999999999999999999}", -1, HP_ERROR_SYNTAX,
    ":1:38: the number -99999999999999999999 is too large for a 64-bit integer" },
  { "a number beyond a double", NULL, "{\"format\": \"hiring-plan\", \"version\": 1e400}", -1, HP_ERROR_SYNTAX,
    ":1:38: the number 1e400 is out of range" },
  { "a hexadecimal number", NULL, "{\"format\": \"hiring-plan\", \"version\": 0x1}", -1, HP_ERROR_SYNTAX,
    ":1:38: a number may not start with a zero (no leading zeros or hexadecimal)" },
  { "a negative count", "count-negative.json", NULL, 0, HP_ERROR_INVALID,
    ": positions[0].count: -1 is out of range: expected 1 to 10000" },
  { "a zero count", "count-zero.json", NULL, 0, HP_ERROR_INVALID,
    ": positions[0].count: 0 is out of range: expected 1 to 10000" },
  { "a count of 10^12", "count-huge.json", NULL, 0, HP_ERROR_INVALID,
    ": positions[0].count: 1000000000000 is out of range: expected 1 to 10000" },
  { "a fractional count", "count-fraction.json", NULL, 0, HP_ERROR_INVALID,
    ": positions[0].count: expected a whole number, found a number" },
  { "an amount with too many decimals", "decimals-usd.json", NULL, 0, HP_ERROR_INVALID,
    ": positions[0].annual_salary: the amount “151000.001” has more decimals than the currency’s 2" },
  { "an amount in exponent form", "amount-exponent.json", NULL, 0, HP_ERROR_INVALID,
    ": positions[0].annual_salary: “1e5” is not an amount: expected a decimal such as 151000.00" },
  { "an amount as a number", "amount-number.json", NULL, 0, HP_ERROR_INVALID,
    ": positions[0].annual_salary: an amount is written as a string such as “151000.00”, not as a number" },
  { "NaN", "nan.json", NULL, 0, HP_ERROR_SYNTAX, ":12:25: NaN and Infinity are not JSON numbers" },
  { "Infinity", NULL, "{\"format\": \"hiring-plan\", \"version\": Infinity}", -1, HP_ERROR_SYNTAX,
    ":1:38: NaN and Infinity are not JSON numbers" },
  { "-Infinity", NULL, "{\"format\": \"hiring-plan\", \"version\": -Infinity}", -1, HP_ERROR_SYNTAX,
    ":1:38: NaN and Infinity are not JSON numbers" },
  { "a duplicate key", "duplicate-key.json", NULL, 0, HP_ERROR_SYNTAX,
    ":7:5: the key “title” appears twice in this object" },
  { "a duplicate key spelled with an escape", NULL,
    "{\"format\": \"hiring-plan\", \"form\\u0061t\": \"x\"}", -1, HP_ERROR_SYNTAX,
    ":1:27: the key “format” appears twice in this object" },
  { "wrong type: the document", NULL, "null", -1, HP_ERROR_INVALID,
    ": expected a hiring plan (a JSON object), found null" },
  { "wrong type: the document is an array", "not-an-object.json", NULL, 0, HP_ERROR_INVALID,
    ": expected a hiring plan (a JSON object), found an array" },
  { "wrong types: top level", "wrong-type-top.json", NULL, 0, HP_ERROR_INVALID,
    ": generator: expected a string, found a number\n"
    "@: positions: expected an array, found an object" },
  { "wrong types: plan", "wrong-type-plan.json", NULL, 0, HP_ERROR_INVALID,
    ": plan.title: expected a string, found null\n"
    "@: plan.months: expected a whole number, found a string" },
  { "wrong types: position", "wrong-type-position.json", NULL, 0, HP_ERROR_INVALID,
    ": positions[0].location: expected a string, found a number\n"
    "@: positions[0].notes: expected a string, found an array\n"
    "@: positions[0].team: expected a string, found true or false\n"
    "@: positions[0].period_cost: expected an amount in a string such as “151000.00”, found a number" },
  { "wrong types: summary", "wrong-type-summary.json", NULL, 0, HP_ERROR_INVALID,
    ": summary.assumptions.overhead_percent: expected a number, found a string\n"
    "@: summary.headcount.by_level.senior: expected a whole number, found a string\n"
    "@: summary.months[0].headcount: expected a whole number, found a string\n"
    "@: summary.by_status[0]: expected an object, found a number\n"
    "@: summary.total_period_cost: expected an amount in a string such as “151000.00”, found a number\n"
    "@: summary.warnings[0].position: expected a string or null, found a number" },
  { "an unknown level", "unknown-level.json", NULL, 0, HP_ERROR_INVALID,
    ": positions[0].level: “principal” is not a level: expected intern, graduate, junior, mid, senior or lead" },
  { "an unknown position status", "unknown-status.json", NULL, 0, HP_ERROR_INVALID,
    ": positions[0].status: “hired” is not a position status: expected planned, approved, open, filled or on-hold" },
  { "an unknown plan status", "unknown-plan-status.json", NULL, 0, HP_ERROR_INVALID,
    ": plan.status: “final” is not a plan status: expected draft, submitted or approved" },
  { "month 2027-13", "bad-month.json", NULL, 0, HP_ERROR_INVALID,
    ": plan.start: “2027-3” is not a month: expected a month like 2027-03\n"
    "@: positions[0].start: “2027-13” is not a month: the month must be 01 to 12" },
  { "an end before the start", "end-before-start.json", NULL, 0, HP_ERROR_INVALID,
    ": positions[0].end: the position ends (2026-12) before it starts (2027-01)" },
  { "a byte order mark", "bom.json", NULL, 0, HP_ERROR_SYNTAX,
    ":1:1: the file starts with a byte order mark; save it as UTF-8 without one" },
  { "invalid UTF-8 in a string", "invalid-utf8.json", NULL, 0, HP_ERROR_SYNTAX,
    ":5:22: this string is not valid UTF-8" },
  { "invalid UTF-8 between values", NULL, "{\xff}", -1, HP_ERROR_SYNTAX,
    ":1:2: expected a key in double quotes, found the byte 0xFF" },
  { "a lone surrogate", NULL, "{\"format\": \"\\udc00\"}", -1, HP_ERROR_SYNTAX,
    ":1:13: a lone low surrogate in a \\u escape" },
  { "a scenario nested in a scenario", "scenario-nested.json", NULL, 0, HP_ERROR_INVALID,
    ": scenarios[0].scenarios: a scenario cannot hold scenarios of its own: every scenario belongs to the plan" },
  { "a scenario in another currency", "scenario-currency.json", NULL, 0, HP_ERROR_INVALID,
    ": scenarios[1].plan.currency: the scenario is in EUR and its plan in USD: a scenario keeps the plan’s currency" },
  { "a later format version", "later-version.json", NULL, 0, HP_ERROR_VERSION,
    ": version: this plan is format version 3; this version of Hiring Planner reads version 2" },
  { "a version beyond 32 bits", NULL, "{\"format\": \"hiring-plan\", \"version\": 9223372036854775807}", -1,
    HP_ERROR_VERSION,
    ": version: this plan is format version 9223372036854775807; this version of Hiring Planner reads version 2" },
};

static void
test_plan_table (void)
{
  g_autofree char *dir = hp_test_make_temp_dir ("hp-hostile");

  for (guint i = 0; i < G_N_ELEMENTS (plan_cases); i++)
    {
      const HostileCase *c = &plan_cases[i];
      g_autofree char *path = NULL;

      g_test_message ("%s", c->what);
      if (c->file != NULL)
        path = data_path ("plans", c->file);
      else
        {
          g_autofree char *name = g_strdup_printf ("case-%02u.json", i);
          path = hp_test_write_temp (dir, name, c->text, c->length);
        }

      assert_plan_refused (path, HP_ERROR, c->code, c->expected);
    }

  hp_test_remove_temp_dir (dir);
}

/* The table of catalogs */

static const HostileCase catalog_cases[] = {
  { "empty file", "empty.json", NULL, 0, HP_ERROR_SYNTAX, ": the file is empty" },
  { "white space only", NULL, " \n\t\r\n", -1, HP_ERROR_SYNTAX, ": the file holds only white space" },
  { "not JSON", "not-json.json", NULL, 0, HP_ERROR_SYNTAX, ":2:14: expected a value, found “o”" },
  { "not JSON: UTF-16", NULL, "\xff\xfe{\0}\0", 6, HP_ERROR_SYNTAX,
    ":1:4: the file contains a NUL byte: it is not a text file" },
  { "a comment", "comment.json", NULL, 0, HP_ERROR_SYNTAX,
    ":2:3: expected a key in double quotes, found a comment (JSON has none)" },
  { "single quotes", NULL, "{'format': 'hiring-planner-catalog'}", -1, HP_ERROR_SYNTAX,
    ":1:2: expected a key in double quotes, found a single quote (JSON strings use double quotes)" },
  { "a second value after the catalog", NULL, "{\"format\": \"hiring-planner-catalog\"}\n[]\n", -1,
    HP_ERROR_SYNTAX, ":2:1: unexpected “[” after the end of the document" },
  { "nesting deeper than the limit", "deep.json", NULL, 0, HP_ERROR_TOO_DEEP,
    ":1:17: nesting deeper than 16 levels" },
  { "an integer too large for 64 bits", NULL,
    "{\"format\": \"hiring-planner-catalog\", \"version\": 18446744073709551616}", -1, HP_ERROR_SYNTAX,
    ":1:49: the number 18446744073709551616 is too large for a 64-bit integer" },
  { "NaN", NULL, "{\"format\": \"hiring-planner-catalog\", \"version\": NaN}", -1, HP_ERROR_SYNTAX,
    ":1:49: NaN and Infinity are not JSON numbers" },
  { "a duplicate key", NULL, "{\"format\": \"hiring-planner-catalog\", \"format\": \"x\"}", -1, HP_ERROR_SYNTAX,
    ":1:38: the key “format” appears twice in this object" },
  { "wrong type: the document", NULL, "[]", -1, HP_ERROR_INVALID,
    ": expected a role catalog (a JSON object), found something else" },
  { "wrong type: a role's rank", "wrong-type.json", NULL, 0, HP_ERROR_INVALID,
    ": roles[0].rank: expected a whole number, found a string" },
  { "an unknown level", "unknown-level.json", NULL, 0, HP_ERROR_INVALID,
    ": roles[0].level: “principal” is not a level: expected intern, graduate, junior, mid, senior or lead" },
  { "an amount with too many decimals", "too-many-decimals.json", NULL, 0, HP_ERROR_INVALID,
    ": roles[0].salary_band.mid: the amount “91000.001” has more decimals than the currency’s 2" },
  { "a later format version", "later-version.json", NULL, 0, HP_ERROR_INVALID,
    ": version: this catalog is format version 2; this version of Hiring Planner reads version 1" },
  { "a byte order mark", NULL, "\xef\xbb\xbf{}", -1, HP_ERROR_SYNTAX,
    ":1:1: the file starts with a byte order mark; save it as UTF-8 without one" },
  { "invalid UTF-8", NULL, "{\"format\": \"hiring-planner-catalog\xc3\x28\"}", -1, HP_ERROR_SYNTAX,
    ":1:35: this string is not valid UTF-8" },
};

/* Wrong types at every level of a catalog: the good catalog with one
 * member replaced, and the message that must name it. */
static const struct
{
  const char *old;
  const char *new;
  const char *expected;
} catalog_type_cases[] = {
  { "\"family\": {", "\"family\": [], \"x\": {",
    ": family: expected an object, found an array" },
  { "\"roles\": [", "\"roles\": {}, \"x\": [",
    ": roles: expected an array, found an object" },
  { "\"roles\": [\n    {", "\"roles\": [\n    42, {",
    ": roles[0]: expected an object describing a role" },
  { "\"rank\": 4", "\"rank\": 4.5",
    ": roles[0].rank: expected a whole number, found a number" },
  { "\"rank\": 4", "\"rank\": 1000000000000",
    ": roles[0].rank: 1000000000000 is out of range: expected 1 to 1000" },
  { "\"responsibilities\": [", "\"responsibilities\": \"all\", \"x\": [",
    ": roles[0].responsibilities: expected a list of strings, found a string" },
  { "\"Docker\"", "null",
    ": roles[0].skills[3]: expected a string, found null" },
  { "\"min\": 2", "\"min\": \"2\"",
    ": roles[0].experience_years.min: expected a whole number, found a string" },
  { "\"type\": \"permanent\"", "\"type\": true",
    ": roles[0].employment.type: expected a string, found true or false" },
  { "\"min\": \"103000.00\"", "\"min\": 103000",
    ": roles[0].salary_band.min: expected a string, found a number" },
  { "\"min\": \"103000.00\"", "\"min\": \"1.03e5\"",
    ": roles[0].salary_band.min: “1.03e5” is not an amount: expected a decimal such as 151000.00" },
  { "\"min\": \"103000.00\"", "\"min\": \"-103000.00\"",
    ": roles[0].salary_band.min: a salary may not be negative" },
};

static void
test_catalog_table (void)
{
  g_autofree char *dir = hp_test_make_temp_dir ("hp-hostile");
  g_autofree char *good_path = data_path ("catalogs", "good-platform.json");
  gsize length;
  g_autofree char *good = read_data (good_path, &length);

  for (guint i = 0; i < G_N_ELEMENTS (catalog_cases); i++)
    {
      const HostileCase *c = &catalog_cases[i];
      g_autofree char *path = NULL;

      g_test_message ("%s", c->what);
      if (c->file != NULL)
        path = data_path ("catalogs", c->file);
      else
        {
          g_autofree char *name = g_strdup_printf ("case-%02u.json", i);
          path = hp_test_write_temp (dir, name, c->text, c->length);
        }

      assert_catalog_refused (path, HP_ERROR, c->code, c->expected);
    }

  for (guint i = 0; i < G_N_ELEMENTS (catalog_type_cases); i++)
    {
      g_autofree char *text = replace_once (good, catalog_type_cases[i].old, catalog_type_cases[i].new);
      g_autofree char *name = g_strdup_printf ("type-%02u.json", i);
      g_autofree char *path = hp_test_write_temp (dir, name, text, -1);

      assert_catalog_refused (path, HP_ERROR, HP_ERROR_INVALID, catalog_type_cases[i].expected);
    }

  hp_test_remove_temp_dir (dir);
}

/* Not files */

static void
test_not_files (void)
{
  g_autofree char *dir = hp_test_make_temp_dir ("hp-hostile");
  g_autofree char *folder = g_build_filename (dir, "folder.json", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *sparse = g_build_filename (dir, "sparse.json", NULL);
  g_autofree char *locked = NULL;
  g_autofree char *sample = NULL;
  gsize length;
  FILE *f;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  /* A folder, a FIFO with no writer (never opened: it would block) and a
   * device. */
  assert_plan_refused (folder, G_FILE_ERROR, G_FILE_ERROR_ISDIR, "“@” is a folder, not a plan file");
  assert_catalog_refused (folder, G_FILE_ERROR, G_FILE_ERROR_ISDIR, ": is a folder, not a catalog file");

  assert_plan_refused (fifo, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                       "“@” is not a regular file (it is a pipe, a device or a socket), so it cannot be a plan");
  assert_plan_refused ("/dev/zero", G_FILE_ERROR, G_FILE_ERROR_INVAL,
                       "“@” is not a regular file (it is a pipe, a device or a socket), so it cannot be a plan");
  assert_catalog_refused (fifo, G_FILE_ERROR, G_FILE_ERROR_INVAL, ": is not a regular file");

  assert_catalog_refused ("/dev/zero", G_FILE_ERROR, G_FILE_ERROR_INVAL, ": is not a regular file");
  assert_plan_refused (missing, G_FILE_ERROR, G_FILE_ERROR_NOENT, "Could not read “@”: no such file or folder");
  assert_catalog_refused (missing, G_FILE_ERROR, G_FILE_ERROR_INVAL, ": is not a regular file");

  /* Too large, told by its size alone: a sparse file costs no disk. */
  f = g_fopen (sparse, "w");
  g_assert_nonnull (f);
  g_assert_cmpint (ftruncate (fileno (f), (off_t) 600 * MB), ==, 0);
  fclose (f);
  assert_plan_refused (sparse, HP_ERROR, HP_ERROR_RANGE,
                       "“@” is too large to be a plan (629.1\u00a0MB; the limit is 512 MB)");
  assert_catalog_refused (sparse, HP_ERROR, HP_ERROR_RANGE,
                          ": is too large to be a role catalog (more than 4 MB)");

  /* A file without read permission: root reads it all the same. */
  sample = sample_plan_text (&length);
  locked = hp_test_write_temp (dir, "locked.json", sample, (gssize) length);
  g_assert_cmpint (g_chmod (locked, 0000), ==, 0);
  if (geteuid () == 0)
    g_test_message ("running as root, who reads any file: permission denied is not asserted");
  else
    {
      assert_plan_refused (locked, G_FILE_ERROR, G_FILE_ERROR_ACCES, "Could not read “@”: permission denied");
      assert_catalog_refused (locked, G_FILE_ERROR, G_FILE_ERROR_ACCES, "Failed to open file “@”: Permission denied");
    }

  hp_test_remove_temp_dir (dir);
}

/* Prefixes */

/* What a cut document may be told: the message with its position. */
static gboolean
is_truncation_message (const char *message)
{
  static const char * const endings[] = {
    "this string is never closed",
    "this object is never closed",
    "this array is never closed",
    "expected a value, found the end of the file",
    "expected a key in double quotes, found the end of the file",
    "expected “:” after a key, found the end of the file",
    "the file ends inside “true”",
    "the file ends inside “false”",
    "the file ends inside “null”",
    "a number must have digits after its sign",
    "a decimal point must be followed by digits",
    "an exponent must have digits",
    "the string ends inside a \\u escape",
    "this string is not valid UTF-8",
  };

  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    if (g_str_has_suffix (message, endings[i]))
      return TRUE;
  return FALSE;
}

/* The error for a prefix of @length bytes of a document: a syntax error
 * at "NAME:LINE:COLUMN:" inside the prefix, saying the text was cut. */
static void
assert_truncated (const GError *error,
                  const char   *name,
                  const char   *data,
                  gsize         length)
{
  guint line = 0, column = 0, lines = 1;
  int consumed = 0;

  g_assert_error (error, HP_ERROR, HP_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, name));

  if (length == 0)
    {
      g_assert_cmpstr (error->message + strlen (name), ==, ": the file is empty");
      return;
    }

  if (sscanf (error->message + strlen (name), ":%u:%u: %n", &line, &column, &consumed) != 2 || consumed == 0)
    g_error ("prefix of %" G_GSIZE_FORMAT " bytes: no position in “%s”", length, error->message);

  for (gsize i = 0; i < length; i++)
    if (data[i] == '\n')
      lines++;
  g_assert_cmpuint (line, >=, 1);
  g_assert_cmpuint (line, <=, lines);
  g_assert_cmpuint (column, >=, 1);

  if (!is_truncation_message (error->message))
    g_error ("prefix of %" G_GSIZE_FORMAT " bytes: “%s” does not say the file was cut", length, error->message);
}

/* Where a prefix is a whole document: the length up to its last "}". */
static gsize
document_end (const char *data,
              gsize       length)
{
  while (length > 0 && data[length - 1] != '}')
    length--;
  return length;
}

static void
test_plan_prefixes (void)
{
  g_autofree char *dir = hp_test_make_temp_dir ("hp-hostile");
  gsize length;
  g_autofree char *sample = sample_plan_text (&length);
  gsize end = document_end (sample, length);
  guint n_files = 0;

  g_assert_cmpuint (end, >, 0);

  /* Every prefix, in memory: the same reader as for a file. */
  for (gsize n = 0; n < end; n++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HpPlan) plan = NULL;
      char *notice = (char *) "untouched";

      plan = hp_plan_read (sample, n, "sample-team.json", &notice, &error);
      if (plan != NULL)
        g_error ("the first %" G_GSIZE_FORMAT " bytes of the sample were read as a plan", n);
      g_assert_null (notice);
      assert_truncated (error, "sample-team.json", sample, n);
    }

  /* The document without its final newline is whole. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HpPlan) plan = hp_plan_read (sample, end, "sample-team.json", NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (plan);
  }

  /* Cut at the end of every line and in every section, through files. */
  for (gsize n = 0; n < end; n++)
    {
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(HpPlan) plan = NULL;

      if (n > 0 && sample[n] != '\n' && n % 61 != 0)
        continue;

      path = hp_test_write_temp (dir, "cut.json", sample, (gssize) n);
      plan = hp_plan_read_file (path, NULL, &error);
      g_assert_null (plan);
      assert_truncated (error, path, sample, n);
      n_files++;
    }
  g_test_message ("%" G_GSIZE_FORMAT " prefixes in memory, %u through files", end, n_files);

  hp_test_remove_temp_dir (dir);
}

static void
test_catalog_prefixes (void)
{
  g_autofree char *dir = hp_test_make_temp_dir ("hp-hostile");
  gsize length;
  g_autofree char *catalog = sample_catalog_text (&length);
  gsize end = document_end (catalog, length);
  guint n_memory = 0, n_files = 0;

  g_assert_cmpuint (end, >, 0);

  /* Every prefix of the first 2,000 bytes, then one in 7. */
  for (gsize n = 0; n < end; n += n < 2000 ? 1 : 7)
    {
      g_autoptr(HpCatalog) c = hp_catalog_new ();
      g_autoptr(GError) error = NULL;

      g_assert_false (hp_catalog_add_from_data (c, catalog, n, "backend-engineering.json", "test", &error));
      assert_truncated (error, "backend-engineering.json", catalog, n);
      g_assert_cmpuint (g_list_model_get_n_items (hp_catalog_get_roles (c)), ==, 0);
      n_memory++;
    }

  for (gsize n = 0; n < end; n++)
    {
      g_autoptr(HpCatalog) c = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *path = NULL;

      if (n > 0 && catalog[n] != '\n')
        continue;

      c = hp_catalog_new ();
      path = hp_test_write_temp (dir, "cut.json", catalog, (gssize) n);
      g_assert_false (hp_catalog_add_from_file (c, path, &error));
      assert_truncated (error, path, catalog, n);
      n_files++;
    }
  g_test_message ("%u prefixes in memory, %u through files", n_memory, n_files);

  hp_test_remove_temp_dir (dir);
}

/* Deep nesting */

static void
test_deep_nesting (void)
{
  g_autofree char *dir = hp_test_make_temp_dir ("hp-hostile");
  gsize depth = 100000;
  g_autoptr(GString) text = g_string_sized_new (depth * 2 + 64);
  g_autofree char *plan_path = NULL;
  g_autofree char *catalog_path = NULL;
  g_autofree char *array_path = NULL;

  g_string_append (text, "{\"format\": \"hiring-plan\", \"extensions\": ");
  for (gsize i = 0; i < depth; i++)
    g_string_append (text, i % 2 == 0 ? "[" : "{\"k\": ");
  plan_path = hp_test_write_temp (dir, "deep-plan.json", text->str, (gssize) text->len);
  assert_plan_refused (plan_path, HP_ERROR, HP_ERROR_TOO_DEEP, ":1:147: nesting deeper than 32 levels");

  g_string_truncate (text, 0);
  for (gsize i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (gsize i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  array_path = hp_test_write_temp (dir, "deep-array.json", text->str, (gssize) text->len);
  assert_plan_refused (array_path, HP_ERROR, HP_ERROR_TOO_DEEP, ":1:33: nesting deeper than 32 levels");

  g_string_truncate (text, 0);
  g_string_append (text, "{\"format\": \"hiring-planner-catalog\", \"roles\": ");
  for (gsize i = 0; i < depth; i++)
    g_string_append (text, "[{\"a\":");
  catalog_path = hp_test_write_temp (dir, "deep-catalog.json", text->str, (gssize) text->len);
  assert_catalog_refused (catalog_path, HP_ERROR, HP_ERROR_TOO_DEEP, ":1:90: nesting deeper than 16 levels");

  hp_test_remove_temp_dir (dir);
}

/* 10 MB strings */

/* The sample plan with its title, @title_length bytes of @unit repeated. */
static char *
plan_with_title (const char *unit,
                 gsize       title_length,
                 gsize      *out_length)
{
  gsize length;
  g_autofree char *sample = sample_plan_text (&length);
  const char *title = "\"Payments Platform FY2027\"";
  const char *at = strstr (sample, title);
  GString *s = g_string_sized_new (length + title_length + 16);
  gsize unit_length = strlen (unit);

  g_assert_nonnull (at);
  g_string_append_len (s, sample, at - sample + 1);
  for (gsize n = 0; n + unit_length <= title_length; n += unit_length)
    g_string_append_len (s, unit, unit_length);
  g_string_append (s, at + strlen (title) - 1);

  *out_length = s->len;
  return g_string_free (s, FALSE);
}

static void
test_long_strings (void)
{
  g_autofree char *dir = hp_test_make_temp_dir ("hp-hostile");
  static const struct
  {
    const char *unit;
    glong       n_chars;   /* of the title once read */
  } titles[] = {
    { "x", 10 * MB },
    { "é", 5 * MB },              /* two bytes each */
    { "\\u00e9", 10 * MB / 6 },   /* escaped */
    { "\\ud83d\\ude00", 10 * MB / 12 }, /* an escaped surrogate pair */
  };

  /* In a title: accepted, whole. */
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      gsize length;
      g_autofree char *text = plan_with_title (titles[i].unit, 10 * MB, &length);
      g_autofree char *path = hp_test_write_temp (dir, "long-title.json", text, (gssize) length);
      g_autoptr(GError) error = NULL;
      g_autoptr(HpPlan) plan = hp_plan_read_file (path, NULL, &error);

      g_test_message ("a title of 10 MB of “%s”", titles[i].unit);
      g_assert_no_error (error);
      g_assert_nonnull (plan);
      g_assert_cmpint (g_utf8_strlen (hp_plan_get_title (plan), -1), ==, titles[i].n_chars);
    }

  /* Where the value is quoted in the message, the message stays short:
   * the start and the end of the value, and what is wrong with it. */
  {
    gsize length;
    g_autofree char *sample = sample_plan_text (&length);
    g_autofree char *level = g_strnfill (10 * MB, 'q');
    g_autofree char *quoted_level = g_strdup_printf ("\"level\": \"%s\"", level);
    g_autofree char *bad_level = replace_once (sample, "\"level\": \"intern\"", quoted_level);
    g_autofree char *key = g_strdup_printf ("\"%s\": 1, \"format\"", level);
    g_autofree char *bad_key = replace_once (sample, "\"format\"", key);
    g_autofree char *digits = g_strnfill (10 * MB, '7');
    g_autofree char *long_number = g_strdup_printf ("\"count\": %s", digits);
    g_autofree char *bad_number = replace_once (sample, "\"count\": 1", long_number);
    g_autofree char *path = NULL;

    path = hp_test_write_temp (dir, "long-level.json", bad_level, -1);
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HpPlan) plan = hp_plan_read_file (path, NULL, &error);

      g_assert_null (plan);
      g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
      g_test_message ("a level of 10 MB → %s", error->message);
      g_assert_cmpuint (strlen (error->message), <, strlen (path) + 3 * HP_JSON_MAX_MESSAGE_CHARS);
      g_assert_true (g_str_has_prefix (error->message + strlen (path), ": positions[0].level: “qqq"));
      g_assert_nonnull (strstr (error->message, "qqq … qqq"));
      g_assert_true (g_str_has_suffix (error->message,
                                       "” is not a level: expected intern, graduate, junior, mid, senior or lead"));
    }
    g_clear_pointer (&path, g_free);

    path = hp_test_write_temp (dir, "long-key.json", bad_key, -1);
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HpPlan) plan = hp_plan_read_file (path, NULL, &error);

      g_assert_null (plan);
      g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
      g_test_message ("an unknown key of 10 MB → %s", error->message);
      g_assert_cmpuint (strlen (error->message), <, strlen (path) + 3 * HP_JSON_MAX_MESSAGE_CHARS);
      g_assert_true (g_str_has_prefix (error->message + strlen (path), ": qqq"));
      g_assert_nonnull (strstr (error->message, "qqq … qqq"));
      g_assert_true (g_str_has_suffix (error->message,
                                       "qqq: this field is not part of a hiring plan; keep your own data in the top-level “extensions” object"));
    }
    g_clear_pointer (&path, g_free);

    path = hp_test_write_temp (dir, "long-number.json", bad_number, -1);
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HpPlan) plan = hp_plan_read_file (path, NULL, &error);

      g_assert_null (plan);
      g_assert_error (error, HP_ERROR, HP_ERROR_SYNTAX);
      g_test_message ("a number of 10 MB → %s", error->message);
      g_assert_cmpuint (strlen (error->message), <, strlen (path) + 3 * HP_JSON_MAX_MESSAGE_CHARS);
      g_assert_nonnull (strstr (error->message, ": the number 777"));
      g_assert_nonnull (strstr (error->message, "777 … 777"));
      g_assert_true (g_str_has_suffix (error->message, "777 is too large for a 64-bit integer"));
    }
  }

  /* A catalog: a file this large is refused by its size; the same text
   * given as data is read. */
  {
    gsize length;
    g_autofree char *good_path = data_path ("catalogs", "good-platform.json");
    g_autofree char *good = read_data (good_path, &length);
    g_autofree char *title = g_strnfill (10 * MB, 't');
    g_autofree char *quoted = g_strdup_printf ("\"title\": \"%s\"", title);
    g_autofree char *text = replace_once (good, "\"title\": \"Mid-Level Platform Engineer\"", quoted);
    g_autofree char *path = hp_test_write_temp (dir, "long-catalog.json", text, -1);
    g_autoptr(HpCatalog) catalog = hp_catalog_new ();
    g_autoptr(GError) error = NULL;

    assert_catalog_refused (path, HP_ERROR, HP_ERROR_RANGE, ": is too large to be a role catalog (more than 4 MB)");
    g_assert_true (hp_catalog_add_from_data (catalog, text, strlen (text), "long-catalog.json", "test", &error));
    g_assert_no_error (error);
    g_assert_cmpuint (strlen (hp_role_get_title (hp_catalog_lookup (catalog, "platform-mid"))), ==, 10 * MB);
  }

  hp_test_remove_temp_dir (dir);
}

/* Huge files */

typedef enum
{
  HUGE_OPEN_STRING,   /* a plan whose title never ends */
  HUGE_TITLE,         /* a whole plan with a title of the size */
  HUGE_OBJECTS,       /* "extensions": [{}, {}, ...] */
  HUGE_NUMBERS,       /* "positions": [1, 1, ...] */
  HUGE_PROBLEMS,      /* "positions": [{}, {}, ...]: 13 problems each */
  HUGE_CATALOG,       /* a catalog of the size */
} HugeKind;

static const char * const huge_names[] = {
  "a title that never ends",
  "a whole plan with a huge title",
  "millions of empty objects",
  "millions of numbers",
  "millions of problems",
  "a huge catalog",
};

static void
write_repeated (FILE       *f,
                const char *unit,
                gsize       size)
{
  gsize unit_length = strlen (unit);
  gsize chunk_units = MB / unit_length;
  g_autoptr(GString) chunk = g_string_sized_new (chunk_units * unit_length);

  for (gsize i = 0; i < chunk_units; i++)
    g_string_append_len (chunk, unit, unit_length);

  /* Whole units only, @size bytes at most. */
  for (gsize written = 0; written + unit_length <= size; )
    {
      gsize n = MIN (chunk->len, (size - written) / unit_length * unit_length);

      g_assert_cmpuint (fwrite (chunk->str, 1, n, f), ==, n);
      written += n;
    }
}

static char *
write_huge (const char *dir,
            HugeKind    kind,
            gsize       size)
{
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  gsize length;
  g_autofree char *sample = sample_plan_text (&length);
  const char *positions = strstr (sample, "\"positions\": [");
  const char *title = strstr (sample, "\"Payments Platform FY2027\"");
  gsize end = document_end (sample, length);
  FILE *f = g_fopen (path, "wb");

  g_assert_nonnull (f);
  g_assert_nonnull (positions);
  g_assert_nonnull (title);

  switch (kind)
    {
    case HUGE_OPEN_STRING:
      fputs ("{\"format\": \"hiring-plan\", \"version\": 1, \"plan\": {\"title\": \"", f);
      write_repeated (f, "x", size);
      break;

    case HUGE_TITLE:
      fwrite (sample, 1, title - sample + 1, f);
      write_repeated (f, "x", size);
      fputs (title + strlen ("\"Payments Platform FY2027"), f);
      break;

    case HUGE_OBJECTS:
      fwrite (sample, 1, end - 1, f);
      fputs (",\n  \"extensions\": {\"x\": [", f);
      write_repeated (f, "{}, ", size);
      fputs ("{}]}\n}\n", f);
      break;

    case HUGE_NUMBERS:
    case HUGE_PROBLEMS:
      positions += strlen ("\"positions\": [");
      fwrite (sample, 1, positions - sample, f);
      write_repeated (f, kind == HUGE_NUMBERS ? "1, " : "{}, ", size);
      fputs (positions, f);
      break;

    case HUGE_CATALOG:
      fputs ("{\"format\": \"hiring-planner-catalog\", \"source\": \"", f);
      write_repeated (f, "s", size);
      fputs ("\"}", f);
      break;

    default:
      g_assert_not_reached ();
    }

  g_assert_cmpint (fclose (f), ==, 0);
  return g_steal_pointer (&path);
}

/* What the child of read_in_child() checks: 0 when the file was told
 * apart as it must be.  Everything is freed on return, so that valgrind
 * finds no leak in the child. */
static int
check_huge (const char *path,
            HugeKind    kind)
{
  g_autoptr(GError) error = NULL;
  const char *message;

  if (kind == HUGE_CATALOG)
    {
      g_autoptr(HpCatalog) catalog = hp_catalog_new ();

      if (hp_catalog_add_from_file (catalog, path, &error))
        return 10;
    }
  else
    {
      g_autoptr(HpPlan) plan = hp_plan_read_file (path, NULL, &error);

      if (kind == HUGE_TITLE)
        return plan != NULL && error == NULL && strlen (hp_plan_get_title (plan)) > MB ? 0 : 11;
      if (plan != NULL)
        return 12;
    }

  /* Refused: with one clear, short message naming the file. */
  message = error->message;
  g_printerr ("# %.300s\n", message);
  if (!g_str_has_prefix (message, path) ||
      strlen (message) > (strlen (path) + 2000) * (HP_JSON_REPORT_MAX_PROBLEMS + 1))
    return 13;
  message += strlen (path);

  switch (kind)
    {
    case HUGE_OPEN_STRING:
      return error->code == HP_ERROR_SYNTAX && g_str_equal (message, ":1:59: this string is never closed") ? 0 : 20;

    case HUGE_OBJECTS:
      return error->code == HP_ERROR_RANGE &&
             g_str_has_suffix (message, ": more than 1000000 objects and arrays: far too many for a plan or a catalog")
             ? 0 : 21;

    case HUGE_NUMBERS:
      return error->code == HP_ERROR_RANGE &&
             g_str_has_suffix (message, ": more than 10000000 values: far too many for a plan or a catalog")
             ? 0 : 22;

    case HUGE_PROBLEMS:
      {
        /* Few enough to become millions of problems, too many to list. */
        g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);
        guint n = g_strv_length (lines);
        guint more = 0;
        char word[16] = "";

        return error->code == HP_ERROR_INVALID &&
               g_str_has_prefix (message, ": positions[0].id: this field is missing\n") &&
               n == HP_JSON_REPORT_MAX_PROBLEMS + 1 &&
               sscanf (lines[n - 1] + strlen (path), ": and %u more %15s", &more, word) == 2 &&
               more > 50000 && g_str_equal (word, "problems")
               ? 0 : 23;
      }

    case HUGE_CATALOG:
      return error->code == HP_ERROR_RANGE &&
             g_str_equal (message, ": is too large to be a role catalog (more than 4 MB)") ? 0 : 24;

    case HUGE_TITLE:
    default:
      return 30;
    }
}

/* Reads @path in a child process, which checks the result; returns its
 * wall time in seconds and its peak memory in MB. */
static void
read_in_child (const char *path,
               HugeKind    kind,
               double     *out_seconds,
               double     *out_peak_mb)
{
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();
  int status = 0;
  pid_t pid;

  fflush (stdout);
  fflush (stderr);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);

  if (pid == 0)
    _exit (check_huge (path, kind));

  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  *out_seconds = (g_get_monotonic_time () - start) / 1e6;
  *out_peak_mb = usage.ru_maxrss / 1024.0;  /* in kB on Linux */

  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s: the child failed (status 0x%x)", huge_names[kind], status);
}

/* The size of each kind of huge file: 200 MB, but where the kind needs
 * another.  Millions of problems need fewer objects than the reader's limit
 * on them: 3 MB of "{}, " are 786,432 positions with 13 problems each.
 * Under valgrind, 20 MB, and just enough numbers to pass the limit on
 * values (3 bytes each). */
static gsize
huge_size (HugeKind kind)
{
  if (kind == HUGE_PROBLEMS)
    return under_valgrind () ? 256 * 1024 : 3 * MB;
  if (!under_valgrind ())
    return 200 * MB;
  if (kind == HUGE_NUMBERS)
    return (HP_JSON_MAX_VALUES / MB + 1) * 3 * MB;
  return 20 * MB;
}

static void
test_huge_files (void)
{
  g_autofree char *dir = hp_test_make_temp_dir ("hp-hostile");
  /* Bounds with a wide margin over what this machine measured natively
   * (see the messages); sanitizers are slower and keep freed memory. */
  double max_seconds = UNDER_ASAN ? 120 : 40;
  double max_mb = UNDER_ASAN ? 4096 : 2048;

  for (HugeKind kind = HUGE_OPEN_STRING; kind <= HUGE_CATALOG; kind++)
    {
      g_autofree char *path = NULL;
      double seconds = 0, peak_mb = 0;

      path = write_huge (dir, kind, huge_size (kind));
      read_in_child (path, kind, &seconds, &peak_mb);
      g_test_message ("%s (%.2f MB): %.2f s, peak %.0f MB",
                      huge_names[kind], (double) huge_size (kind) / MB, seconds, peak_mb);
      g_assert_cmpint (g_unlink (path), ==, 0);

      if (under_valgrind ())
        continue;
      g_assert_cmpfloat (seconds, <, max_seconds);
      g_assert_cmpfloat (peak_mb, <, max_mb);
    }

  hp_test_remove_temp_dir (dir);
}

/* Ten thousand scenarios, each a small plan of its own: all read, in order. */
static void
test_many_scenarios (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpScenario) last = NULL;
  const char *settings =
    "{\"title\": \"T\", \"team\": \"\", \"owner\": \"\", \"status\": \"draft\", \"currency\": \"USD\", "
    "\"start\": \"2027-01\", \"months\": 12, \"overhead_percent\": 30, \"one_time_cost\": \"0.00\", "
    "\"budget\": null, \"notes\": \"\"}";
  const char *position =
    "{\"id\": \"p\", \"role\": \"\", \"level\": \"senior\", \"title\": \"S\", \"count\": 1, "
    "\"start\": \"2027-01\", \"end\": null, \"location\": \"\", \"kind\": \"new\", \"status\": \"planned\", "
    "\"annual_salary\": \"120000.00\", \"one_time_cost\": \"0.00\", \"notes\": \"\"}";

  g_string_append_printf (text, "{\"format\": \"hiring-plan\", \"version\": 2, \"plan\": %s, "
                          "\"positions\": [%s], \"scenarios\": [", settings, position);
  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (text, "%s{\"id\": \"s%u\", \"name\": \"S %u\", \"notes\": \"\", "
                            "\"plan\": %s, \"positions\": [%s]}",
                            i > 0 ? ", " : "", i, i, settings, i % 2 == 0 ? position : "");
  g_string_append (text, "]}");

  plan = hp_plan_read (text->str, text->len, "many.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hp_plan_get_n_scenarios (plan), ==, 10000);
  last = g_list_model_get_item (hp_plan_get_scenarios (plan), 9999);
  g_assert_cmpstr (hp_scenario_get_id (last), ==, "s9999");
  g_assert_cmpuint (hp_plan_get_n_positions (hp_scenario_get_plan (last)), ==, 0);
  g_assert_cmpuint (hp_plan_get_n_positions (hp_plan_find_scenario (plan, "s9998") != NULL
                                             ? hp_scenario_get_plan (hp_plan_find_scenario (plan, "s9998"))
                                             : plan), ==, 1);
}

/* Every broken file kept in tests/data, and every input that once crashed a
 * fuzz target: refused or read, never a crash. */
static void
test_every_data_file (void)
{
  static const char * const kinds[] = { "plans", "catalogs" };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", kinds[k], NULL);
      g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
      const char *name;
      guint n = 0;

      g_assert_nonnull (d);
      while ((name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_autoptr(GError) error = NULL;
          gboolean ok;

          if (k == 0)
            {
              g_autoptr(HpPlan) plan = hp_plan_read_file (path, NULL, &error);
              ok = plan != NULL;
            }
          else
            {
              g_autoptr(HpCatalog) catalog = hp_catalog_new ();
              ok = hp_catalog_add_from_file (catalog, path, &error);
            }

          if (ok)
            g_assert_no_error (error);
          else
            {
              g_assert_nonnull (error);
              g_assert_true (g_str_has_prefix (error->message, path));
              g_assert_true (g_utf8_validate (error->message, -1, NULL));
            }
          n++;
        }
      g_test_message ("%u %s", n, kinds[k]);
      g_assert_cmpuint (n, >, 5);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile/plan-table", test_plan_table);
  g_test_add_func ("/hostile/catalog-table", test_catalog_table);
  g_test_add_func ("/hostile/not-files", test_not_files);
  g_test_add_func ("/hostile/plan-prefixes", test_plan_prefixes);
  g_test_add_func ("/hostile/catalog-prefixes", test_catalog_prefixes);
  g_test_add_func ("/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/hostile/long-strings", test_long_strings);
  g_test_add_func ("/hostile/huge-files", test_huge_files);
  g_test_add_func ("/hostile/every-data-file", test_every_data_file);
  g_test_add_func ("/hostile/many-scenarios", test_many_scenarios);

  return g_test_run ();
}
