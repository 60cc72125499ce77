/* test-json-strict.c: what json-glib lets by, we refuse, with a position
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-error.h"
#include "hp-json-lex.h"
#include "hp-json-strict.h"

typedef struct
{
  const char *name;
  const char *input;
  const char *message;
} Case;

static const Case bad_cases[] = {
  { "empty", "", "the file is empty" },
  { "whitespace", "  \n\t ", "the file holds only white space" },
  { "comment", "{ /* x */ }", "1:3: expected a key in double quotes, found a comment (JSON has none)" },
  { "line comment", "[1, // x\n2]", "1:5: expected a value, found a comment (JSON has none)" },
  { "single quotes", "{'a': 1}", "1:2: expected a key in double quotes, found a single quote" },
  { "single quoted value", "[\n 'a']", "2:2: expected a value, found a single quote" },
  { "trailing value", "{}\n{}", "2:1: unexpected “{” after the end of the document" },
  { "trailing comma", "[1,]", "1:4: a comma may not come before “]”" },
  { "trailing comma object", "{\"a\":1,}", "1:8: a comma may not come before “}”" },
  { "hex", "[0x10]", "1:2: a number may not start with a zero" },
  { "leading zero", "[012]", "1:2: a number may not start with a zero" },
  { "var", "var x = 1;", "1:1: expected a value, found “v”" },
  { "nan", "[NaN]", "1:2: NaN and Infinity are not JSON numbers" },
  { "infinity", "[Infinity]", "1:2: NaN and Infinity are not JSON numbers" },
  { "huge integer", "[9223372036854775808]", "1:2: the number 9223372036854775808 is too large for a 64-bit integer" },
  { "30 digits", "[123456789012345678901234567890]", "too large for a 64-bit integer" },
  { "1e400", "[1e400]", "1:2: the number 1e400 is out of range" },
  { "control char", "[\"a\tb\"]", "1:4: a control character inside a string must be escaped" },
  { "bad escape", "[\"\\x41\"]", "1:3: “\\x” is not a JSON escape" },
  { "lone surrogate", "[\"\\udc00\"]", "a lone low surrogate" },
  { "unpaired high surrogate", "[\"\\ud800x\"]", "must be followed by a low one" },
  { "nul escape", "[\"\\u0000\"]", "may not contain a NUL character" },
  { "bom", "\xEF\xBB\xBF{}", "1:1: the file starts with a byte order mark" },
  { "invalid utf-8", "[\"a\xC3\x28\"]", "1:4: this string is not valid UTF-8" },
  { "duplicate key", "{\"a\": 1,\n \"a\": 2}", "2:2: the key “a” appears twice in this object" },
  { "duplicate escaped key", "{\"a\": 1, \"\\u0061\": 2}", "the key “a” appears twice" },
  { "unclosed string", "[\"abc", "1:2: this string is never closed" },
  { "unclosed array", "[1, 2", "1:1: this array is never closed" },
  { "unclosed object", "{\"a\": 1", "1:1: this object is never closed" },
  { "missing colon", "{\"a\" 1}", "1:6: expected “:” after a key, found “1”" },
  { "missing comma", "[1 2]", "1:4: expected “,” or “]”, found “2”" },
  { "bare word", "[tru]", "1:2: expected a value, found “t”" },
  { "minus alone", "[-]", "1:2: a number must have digits after its sign" },
  { "nul byte", "[1]\0", "the file contains a NUL byte" },
};

static void
test_rejects (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gsize len = strlen (bad_cases[i].input);

      if (g_str_equal (bad_cases[i].name, "nul byte"))
        len = 4;

      g_test_message ("%s", bad_cases[i].name);
      g_assert_false (hp_json_check_strict (bad_cases[i].input, len, 64, &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == HP_ERROR);
      if (strstr (error->message, bad_cases[i].message) == NULL)
        g_error ("%s: expected “%s”, got “%s”", bad_cases[i].name, bad_cases[i].message, error->message);
    }
}

static void
test_accepts (void)
{
  static const char *good[] = {
    "{}", "[]", "0", "-0", "1.5e-3", "\"\\u00e9\\ud83d\\ude00\"", "true", "null",
    "{\"a\": [1, 2, {\"b\": null}], \"c\": \"d\"}",
    " \n{\"é\": \"ü\"}\n ",
    "[9223372036854775807, -9223372036854775808]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = hp_json_parse_strict (good[i], strlen (good[i]), 64, &error);

      g_assert_no_error (error);
      g_assert_nonnull (node);
    }
}

static void
test_deep_nesting (void)
{
  /* 100,000 levels: json-glib alone would overflow the stack. */
  gsize depth = 100000;
  g_autofree char *deep = g_malloc (depth * 2 + 1);
  g_autoptr(GError) error = NULL;

  memset (deep, '[', depth);
  memset (deep + depth, ']', depth);
  deep[depth * 2] = '\0';

  g_assert_null (hp_json_parse_strict (deep, depth * 2, 64, &error));
  g_assert_error (error, HP_ERROR, HP_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, "1:65: nesting deeper than 64 levels");
}

static void
test_many_keys (void)
{
  /* Past the linear limit the duplicate check switches to a hash table. */
  g_autoptr(GString) s = g_string_new ("{");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (s, "%s\"k%u\": %u", i > 0 ? ", " : "", i, i);
  g_string_append (s, "}");
  g_assert_true (hp_json_check_strict (s->str, s->len, 64, &error));
  g_assert_no_error (error);

  g_string_truncate (s, s->len - 1);
  g_string_append (s, ", \"k500\": 1}");
  g_assert_false (hp_json_check_strict (s->str, s->len, 64, &error));
  g_assert_nonnull (strstr (error->message, "the key “k500” appears twice"));
}

/* The shared lexer decodes as json-glib does and knows the ends of int64. */
static void
test_lexer (void)
{
  static const struct { const char *in; const char *out; } strings[] = {
    { "\"plain\"", "plain" },
    { "\"a\\\"b\\\\c\\/d\"", "a\"b\\c/d" },
    { "\"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t" },
    { "\"Z\\u00fcrich\"", "Z\xC3\xBCrich" },
    { "\"\\ud83d\\ude00!\"", "\xF0\x9F\x98\x80!" },
    { "\"caf\xC3\xA9\"", "caf\xC3\xA9" },
  };
  static const struct { const char *in; gboolean ok; gboolean integral; gint64 value; } numbers[] = {
    { "0", TRUE, TRUE, 0 },
    { "-0", TRUE, TRUE, 0 },
    { "9223372036854775807", TRUE, TRUE, G_MAXINT64 },
    { "-9223372036854775808", TRUE, TRUE, G_MININT64 },
    { "9223372036854775808", FALSE, TRUE, 0 },
    { "-9223372036854775809", FALSE, TRUE, 0 },
    { "12.5e-3", TRUE, FALSE, 0 },
    { "01", FALSE, TRUE, 0 },
  };
  g_autoptr(GString) text = g_string_new ("junk");

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      HpJsonToken token;
      const char *in = strings[i].in;

      g_assert_true (hp_json_lex_string (in, in + strlen (in), text, &token));
      g_assert_cmpstr (text->str, ==, strings[i].out);
      g_assert_true (token.end == in + strlen (in));
    }

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      HpJsonToken token;
      const char *in = numbers[i].in;
      gboolean ok = hp_json_lex_number (in, in + strlen (in), &token);

      g_assert_cmpint (ok, ==, numbers[i].ok);
      if (ok)
        {
          g_assert_cmpint (token.integral, ==, numbers[i].integral);
          if (token.integral)
            g_assert_cmpint (token.integer, ==, numbers[i].value);
          g_assert_true (token.end == in + strlen (in));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-strict/rejects", test_rejects);
  g_test_add_func ("/json-strict/accepts", test_accepts);
  g_test_add_func ("/json-strict/deep-nesting", test_deep_nesting);
  g_test_add_func ("/json-strict/many-keys", test_many_keys);
  g_test_add_func ("/json-strict/lexer", test_lexer);

  return g_test_run ();
}
