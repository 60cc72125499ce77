/* test-plan-reader.c: the one-pass reader against the full one
 *
 * hp_plan_read() reads in one pass and hands anything it does not expect
 * to the full reader (strict checker, json-glib's tree, every field).  So
 * the one-pass reader may give up on anything, but what it accepts the
 * full reader must accept too, as the very same plan, with the very same
 * notice; and on files this program writes it must never give up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hp-catalog.h"
#include "hp-error.h"
#include "hp-plan-file.h"
#include "hp-plan-file-private.h"
#include "hp-test-util.h"

/* Both readers on @data: the same outcome, and hp_plan_read() gives it.
 * Returns whether the one-pass reader accepted it. */
static gboolean
assert_same (const char *data,
             gsize       length)
{
  g_autoptr(HpPlan) fast = NULL;
  g_autoptr(HpPlan) tree = NULL;
  g_autoptr(HpPlan) read = NULL;
  g_autoptr(GError) tree_error = NULL;
  g_autoptr(GError) read_error = NULL;
  g_autofree char *fast_notice = NULL;
  g_autofree char *tree_notice = NULL;
  g_autofree char *read_notice = NULL;
  gboolean accepted;

  accepted = hp_plan_read_fast (data, length, "mutant.json", &fast, &fast_notice);
  tree = hp_plan_read_tree (data, length, "mutant.json", &tree_notice, &tree_error);
  read = hp_plan_read (data, length, "mutant.json", &read_notice, &read_error);

  if (accepted)
    {
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;

      if (tree == NULL)
        g_error ("the one-pass reader accepted what the full reader refuses (%s):\n%.*s",
                 tree_error->message, (int) MIN (length, 2000), data);
      a = hp_test_plan_snapshot (fast);
      b = hp_test_plan_snapshot (tree);
      g_assert_cmpstr (a, ==, b);
      g_assert_cmpint (hp_plan_can_undo (fast), ==, hp_plan_can_undo (tree));
      g_assert_cmpstr (fast_notice, ==, tree_notice);
    }
  else
    g_assert_null (fast);

  /* Whoever read it, the public reader says exactly what the full one says. */
  if (tree == NULL)
    {
      g_assert_null (read);
      g_assert_nonnull (read_error);
      g_assert_cmpint (read_error->code, ==, tree_error->code);
      g_assert_cmpstr (read_error->message, ==, tree_error->message);
      g_assert_null (read_notice);
    }
  else
    {
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;

      g_assert_no_error (read_error);
      a = hp_test_plan_snapshot (read);
      b = hp_test_plan_snapshot (tree);
      g_assert_cmpstr (a, ==, b);
      g_assert_cmpint (hp_plan_can_undo (read), ==, hp_plan_can_undo (tree));
      g_assert_cmpstr (read_notice, ==, tree_notice);
    }

  return accepted;
}

static char *
sample_text (gsize *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", "sample-team.json", NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, length, NULL));
  return text;
}

/* Plans as the app writes them, with text that needs every escape: the
 * one-pass reader takes them all. */
static void
test_written_plans (void)
{
  static const char *texts[] = {
    "", "plain", "quote \" backslash \\ slash /", "tab\tnewline\nreturn\r", "bell \b form \f",
    "control \x01\x1f", "Zoë 😀 “quoted”", "separators \u2028 and \u2029", "=SUM(A1)",
  };
  static const char *currencies[] = { "USD", "JPY", "KWD", "EUR" };
  g_autoptr(HpCatalog) catalog = hp_test_builtin_catalog ();
  gsize length;
  g_autofree char *sample = sample_text (&length);

  g_assert_true (assert_same (sample, length));

  for (guint round = 0; round < 40; round++)
    {
      g_autoptr(HpPlan) plan = hp_plan_new ();
      g_autofree char *json = NULL;
      guint n = (guint) g_test_rand_int_range (0, 30);

      g_object_set (plan,
                    "title", texts[round % G_N_ELEMENTS (texts)],
                    "notes", texts[(round + 3) % G_N_ELEMENTS (texts)],
                    "currency", currencies[round % G_N_ELEMENTS (currencies)],
                    "start", (int) hp_month_new (2027, 1 + round % 12),
                    "months", (guint) g_test_rand_int_range (1, 121),
                    "overhead-bp", (guint) g_test_rand_int_range (0, 30001),
                    "has-budget", g_test_rand_bit (), "budget", (gint64) g_test_rand_int_range (0, G_MAXINT32),
                    NULL);

      for (guint i = 0; i < n; i++)
        {
          HpRole *role = hp_catalog_lookup (catalog, "backend-mid");
          g_autoptr(HpPosition) p = hp_plan_new_position_for_role (plan, role, (guint) g_test_rand_int_range (1, 10001),
                                                                   hp_month_new (2027, 1) + g_test_rand_int_range (-20, 40));

          hp_position_set_title (p, texts[(i + round) % G_N_ELEMENTS (texts)]);
          hp_position_set_location (p, texts[(i + 2 * round) % G_N_ELEMENTS (texts)]);
          hp_position_set_notes (p, texts[(i + 5) % G_N_ELEMENTS (texts)]);
          hp_position_set_level (p, (HpLevel) g_test_rand_int_range (0, HP_N_LEVELS));
          hp_position_set_status (p, (HpPositionStatus) g_test_rand_int_range (0, HP_N_POSITION_STATUSES));
          hp_position_set_kind (p, (HpPositionKind) g_test_rand_int_range (0, HP_N_POSITION_KINDS));
          hp_position_set_annual_salary (p, g_test_rand_int_range (0, G_MAXINT32));
          hp_position_set_one_time_cost (p, g_test_rand_int_range (0, 10000000));
          if (g_test_rand_bit ())
            hp_position_set_end (p, hp_position_get_start (p) + g_test_rand_int_range (0, 30));
          if (i % 4 == 0)
            hp_position_set_team (p, texts[i % G_N_ELEMENTS (texts)]);
          hp_plan_append_position (plan, p);
        }

      if (round % 3 == 0)
        {
          g_autoptr(JsonNode) extensions = json_from_string ("{\"x\": [1, 2.5, \"é\", null, {\"y\": true}]}", NULL);
          hp_plan_set_extensions (plan, extensions);
        }

      json = hp_plan_to_json (plan, round % 2 == 0 ? catalog : NULL, NULL, &length);
      if (!assert_same (json, length))
        g_error ("the one-pass reader gave up on a plan this program wrote:\n%s", json);
    }
}

/* Every broken file of the test data: the same messages, word for word. */
static void
test_broken_files (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "plans", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = NULL;
      gsize length;

      if (!g_str_has_suffix (name, ".json") || !g_file_get_contents (path, &text, &length, NULL))
        continue;
      assert_same (text, length);
      n++;
    }
  g_assert_cmpuint (n, >, 10);
}

/* Random damage to the sample, of the kinds that matter to a reader:
 * whatever the one-pass reader accepts, the full one accepts alike. */
static void
test_mutations (void)
{
  static const char *pieces[] = {
    "\"", "\\", ",", ":", "{", "}", "[", "]", " ", "\n", "0", "1", "-", ".", "e", "null", "true", "\"x\"",
    "\\u0041", "\\ud83d\\ude00", "\\udc00", "\x01", "\xc3\xa9", "\xff", "\"id\": \"dup\",", "\"team\": null,",
    "\"notes\": \"\",", "10000", "10001", "2027-13", "\"2027-02\"", "\"1.001\"", "\"-1.00\"", "1e5",
  };
  gsize length;
  g_autofree char *sample = sample_text (&length);
  guint n = g_test_slow () ? 20000 : 3000;
  guint accepted = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) text = g_string_new_len (sample, (gssize) length);
      guint edits = (guint) g_test_rand_int_range (1, 4);

      for (guint e = 0; e < edits; e++)
        {
          guint at = text->len > 1 ? (guint) g_test_rand_int_range (0, (int) text->len) : 0;

          switch (g_test_rand_int_range (0, 4))
            {
            case 0:
              {
                gssize n_bytes = g_test_rand_int_range (1, 8);
                g_string_erase (text, at, MIN (n_bytes, (gssize) (text->len - at)));
              }
              break;
            case 1:
              g_string_insert (text, at, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);
              break;
            case 2:
              {
                /* Replace a value: from a colon to the next comma. */
                const char *colon = strchr (text->str + at, ':');
                const char *comma = colon != NULL ? strchr (colon, ',') : NULL;

                if (comma != NULL)
                  {
                    gsize from = (gsize) (colon - text->str) + 1;
                    g_string_erase (text, from, comma - colon - 1);
                    g_string_insert (text, from, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);
                  }
              }
              break;
            default:
              {
                /* A piece twice: duplicate keys, duplicate positions. */
                const char *line = text->str + at;
                const char *end = strchr (line, '\n');

                if (end != NULL)
                  g_string_insert_len (text, end - text->str + 1, line, end - line + 1);
              }
              break;
            }
        }

      if (assert_same (text->str, text->len))
        accepted++;
    }

  g_test_message ("%u of %u mutants read by the one-pass reader", accepted, n);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-reader/written-plans", test_written_plans);
  g_test_add_func ("/plan-reader/broken-files", test_broken_files);
  g_test_add_func ("/plan-reader/mutations", test_mutations);

  return g_test_run ();
}
