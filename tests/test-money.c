/* test-money.c: exact amounts in minor units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "hp-error.h"
#include "hp-money.h"

static void
test_currency_digits (void)
{
  g_assert_cmpuint (hp_currency_minor_digits ("USD"), ==, 2);
  g_assert_cmpuint (hp_currency_minor_digits ("EUR"), ==, 2);
  g_assert_cmpuint (hp_currency_minor_digits ("JPY"), ==, 0);
  g_assert_cmpuint (hp_currency_minor_digits ("KRW"), ==, 0);
  g_assert_cmpuint (hp_currency_minor_digits ("KWD"), ==, 3);
  g_assert_cmpuint (hp_currency_minor_digits ("BHD"), ==, 3);
  g_assert_cmpuint (hp_currency_minor_digits ("JOD"), ==, 3);
  g_assert_cmpuint (hp_currency_minor_digits ("OMR"), ==, 3);
  g_assert_cmpuint (hp_currency_minor_digits ("TND"), ==, 3);
  g_assert_cmpuint (hp_currency_minor_digits ("CHF"), ==, 2);

  g_assert_true (hp_currency_is_valid_code ("USD"));
  g_assert_false (hp_currency_is_valid_code ("usd"));
  g_assert_false (hp_currency_is_valid_code ("US"));
  g_assert_false (hp_currency_is_valid_code ("USDX"));
  g_assert_false (hp_currency_is_valid_code (NULL));
}

static void
test_parse_good (void)
{
  static const struct { const char *text; guint digits; gint64 amount; } cases[] = {
    { "151000.00", 2, 15100000 },
    { "151000", 2, 15100000 },
    { "151000.5", 2, 15100050 },
    { "0.01", 2, 1 },
    { "0", 2, 0 },
    { "-12.34", 2, -1234 },
    { "1200000", 0, 1200000 },
    { "12.345", 3, 12345 },
    { "9999999999999.99", 2, 999999999999999 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 amount = -42;

      g_assert_true (hp_money_parse (cases[i].text, cases[i].digits, &amount, &error));
      g_assert_no_error (error);
      g_assert_cmpint (amount, ==, cases[i].amount);
    }
}

static void
test_parse_bad (void)
{
  static const struct { const char *text; guint digits; const char *message; } cases[] = {
    { "12.345", 2, "the amount “12.345” has more decimals than the currency’s 2" },
    { "12.5", 0, "the amount “12.5” has decimals, but the currency has no minor unit" },
    { "1e5", 2, "“1e5” is not an amount" },
    { "+5", 2, "“+5” is not an amount" },
    { "05", 2, "“05” is not an amount" },
    { "5.", 2, "“5.” is not an amount" },
    { ".5", 2, "“.5” is not an amount" },
    { "", 2, "“” is not an amount" },
    { "1,000.00", 2, "“1,000.00” is not an amount" },
    { " 5", 2, "“ 5” is not an amount" },
    { "NaN", 2, "“NaN” is not an amount" },
    { "10000000000000.00", 2, "the amount “10000000000000.00” is too large" },
    { "99999999999999999999999999", 0, "is too large" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 amount = 7;

      g_assert_false (hp_money_parse (cases[i].text, cases[i].digits, &amount, &error));
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("“%s”: expected “%s”, got “%s”", cases[i].text, cases[i].message, error->message);
      g_assert_cmpint (amount, ==, 7); /* untouched */
    }
}

static void
test_to_string (void)
{
  static const struct { gint64 amount; guint digits; const char *text; } cases[] = {
    { 15100000, 2, "151000.00" },
    { 1, 2, "0.01" },
    { -1, 2, "-0.01" },
    { 0, 2, "0.00" },
    { 1200000, 0, "1200000" },
    { 12345, 3, "12.345" },
    { -12345, 3, "-12.345" },
    { G_MININT64, 0, "-9223372036854775808" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = hp_money_to_string (cases[i].amount, cases[i].digits);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_round_trip (void)
{
  for (gint64 v = -100000; v <= 100000; v += 7)
    for (guint digits = 0; digits <= 3; digits++)
      {
        g_autofree char *text = hp_money_to_string (v, digits);
        gint64 back = 0;

        g_assert_true (hp_money_parse (text, digits, &back, NULL));
        g_assert_cmpint (back, ==, v);
      }
}

static void
test_format_c_locale (void)
{
  static const struct { gint64 amount; const char *currency; int flags; const char *text; } cases[] = {
    { 15100000, "USD", 0, "$151,000.00" },
    { 15100000, "USD", HP_MONEY_FORMAT_DROP_ZERO_MINOR, "$151,000" },
    { 15100050, "USD", HP_MONEY_FORMAT_DROP_ZERO_MINOR, "$151,000.50" },
    { -123456, "EUR", 0, "−€1,234.56" },
    { 1200000, "JPY", 0, "¥1,200,000" },
    { 12345, "KWD", 0, "KWD 12.345" },
    { 99, "USD", 0, "$0.99" },
    { 100000, "CHF", 0, "CHF 1,000.00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = hp_money_format (cases[i].amount, cases[i].currency, cases[i].flags);
      g_assert_cmpstr (text, ==, cases[i].text);
    }

  {
    g_autofree char *n = hp_number_format_grouped (1234567);
    g_assert_cmpstr (n, ==, "1,234,567");
  }
}

/* A change carries its sign: plus for more, the minus sign for less. */
static void
test_format_delta (void)
{
  static const struct { gint64 amount; const char *currency; const char *expected; } money[] = {
    { 12040000, "USD", "+$120,400.00" },
    { -300, "USD", "−$3.00" },
    { 0, "USD", "$0.00" },
    { 1500, "JPY", "+¥1,500" },
  };
  static const struct { gint64 value; const char *expected; } numbers[] = {
    { 2, "+2" }, { -2, "−2" }, { 0, "0" }, { 12345, "+12,345" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (money); i++)
    {
      g_autofree char *text = hp_money_format_delta (money[i].amount, money[i].currency);
      g_assert_cmpstr (text, ==, money[i].expected);
    }
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *text = hp_number_format_delta (numbers[i].value);
      g_assert_cmpstr (text, ==, numbers[i].expected);
    }
}

static void
test_parse_input (void)
{
  static const struct { const char *text; const char *currency; gint64 amount; } good[] = {
    { "151000", "USD", 15100000 },
    { "151,000", "USD", 15100000 },
    { "$151,000.50", "USD", 15100050 },
    { "  151000.5 ", "USD", 15100050 },
    { "USD 12", "USD", 1200 },
    { "¥1,200,000", "JPY", 1200000 },
    { "KWD 12.345", "KWD", 12345 },
    { "151000,50", "USD", 15100050 },     /* a decimal comma where a point is usual */
    { "151 000,5", "USD", 15100050 },
    { "1,234,567", "USD", 123456700 },    /* grouping, not decimals */
  };
  static const struct { const char *text; const char *currency; const char *message; } bad[] = {
    { "", "USD", "enter an amount" },
    { "abc", "USD", "“abc” is not an amount" },
    { "12.345", "USD", "more decimals" },
    { "12,345.678", "USD", "more decimals" },
    { "1e5", "USD", "“1e5” is not an amount" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 amount = 0;

      g_assert_true (hp_money_parse_input (good[i].text, good[i].currency, &amount, &error));
      g_assert_no_error (error);
      g_assert_cmpint (amount, ==, good[i].amount);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 amount = 0;

      g_assert_false (hp_money_parse_input (bad[i].text, bad[i].currency, &amount, &error));
      if (strstr (error->message, bad[i].message) == NULL)
        g_error ("“%s”: expected “%s”, got “%s”", bad[i].text, bad[i].message, error->message);
    }
}

static void
test_percent (void)
{
  static const struct { const char *text; guint bp; } good[] = {
    { "30", 3000 }, { "30.5", 3050 }, { "30.25", 3025 }, { "0", 0 }, { "300", 30000 }, { " 45 % ", 4500 },
    { "30,5", 3050 },
  };
  static const struct { const char *text; const char *message; } bad[] = {
    { "30.125", "more than two decimals" },
    { "300.01", "out of range" },
    { "-1", "out of range" },
    { "thirty", "is not a percentage" },
    { "", "is not a percentage" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      guint bp = 1;
      g_autofree char *back = NULL;

      g_assert_true (hp_percent_parse_bp (good[i].text, 30000, &bp, NULL));
      g_assert_cmpuint (bp, ==, good[i].bp);
      back = hp_percent_format_bp (bp);
      g_assert_true (hp_percent_parse_bp (back, 30000, &bp, NULL));
      g_assert_cmpuint (bp, ==, good[i].bp);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (hp_percent_parse_bp (bad[i].text, 30000, NULL, &error));
      if (strstr (error->message, bad[i].message) == NULL)
        g_error ("“%s”: expected “%s”, got “%s”", bad[i].text, bad[i].message, error->message);
    }

  {
    g_autofree char *a = hp_percent_format_bp (3000);
    g_autofree char *b = hp_percent_format_bp (3050);
    g_autofree char *c = hp_percent_format_bp (3025);
    g_assert_cmpstr (a, ==, "30");
    g_assert_cmpstr (b, ==, "30.5");
    g_assert_cmpstr (c, ==, "30.25");
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/currency-digits", test_currency_digits);
  g_test_add_func ("/money/parse-good", test_parse_good);
  g_test_add_func ("/money/parse-bad", test_parse_bad);
  g_test_add_func ("/money/format-delta", test_format_delta);
  g_test_add_func ("/money/to-string", test_to_string);
  g_test_add_func ("/money/round-trip", test_round_trip);
  g_test_add_func ("/money/format-c-locale", test_format_c_locale);
  g_test_add_func ("/money/parse-input", test_parse_input);
  g_test_add_func ("/money/percent", test_percent);

  return g_test_run ();
}
