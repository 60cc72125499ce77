/* test-locale.c: money, numbers and months follow the user's locale
 *
 * Run by run-with-locale.sh, which builds de_DE.UTF-8 and fr_FR.UTF-8 into
 * a folder of the build tree (LOCPATH) where the machine has none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "hp-money.h"
#include "hp-month.h"

static void
test_german (void)
{
  g_autofree char *eur = NULL;
  g_autofree char *usd = NULL;
  g_autofree char *jpy = NULL;
  g_autofree char *count = NULL;
  g_autofree char *month = NULL;
  gint64 amount = 0;

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_test_fail_printf ("the de_DE.UTF-8 locale could not be loaded (LOCPATH=%s)", g_getenv ("LOCPATH"));
      return;
    }

  eur = hp_money_format (123456, "EUR", HP_MONEY_FORMAT_DEFAULT);
  usd = hp_money_format (15100000, "USD", HP_MONEY_FORMAT_DEFAULT);
  jpy = hp_money_format (1200000, "JPY", HP_MONEY_FORMAT_DEFAULT);
  count = hp_number_format_grouped (1234567);
  month = hp_month_format (hp_month_new (2027, 3));

  g_assert_cmpstr (eur, ==, "1.234,56 €");
  g_assert_cmpstr (usd, ==, "151.000,00 $");
  g_assert_cmpstr (jpy, ==, "1.200.000 ¥");
  g_assert_cmpstr (count, ==, "1.234.567");
  g_assert_cmpstr (month, ==, "Mär 2027");

  /* What a German manager types is read the German way. */
  g_assert_true (hp_money_parse_input ("1.234,56 €", "EUR", &amount, NULL));
  g_assert_cmpint (amount, ==, 123456);
  g_assert_true (hp_money_parse_input ("151000", "EUR", &amount, NULL));
  g_assert_cmpint (amount, ==, 15100000);

  /* Whatever the app shows, it reads back exactly (a budget shown as
   * 1.250.000,00 $ is not a hundred times larger when read again). */
  for (gint64 v = 0; v < 200000000; v += 12345671)
    {
      g_autofree char *shown = hp_money_format (v, "USD", HP_MONEY_FORMAT_DEFAULT);
      gint64 back = -1;

      g_assert_true (hp_money_parse_input (shown, "USD", &back, NULL));
      g_assert_cmpint (back, ==, v);
    }

  {
    g_autofree char *percent = hp_percent_format_bp_display (3050);
    guint bp = 0;

    g_assert_cmpstr (percent, ==, "30,5");
    g_assert_true (hp_percent_parse_bp (percent, 30000, &bp, NULL));
    g_assert_cmpuint (bp, ==, 3050);
  }
}

static void
test_french (void)
{
  g_autofree char *eur = NULL;

  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_test_fail_printf ("the fr_FR.UTF-8 locale could not be loaded (LOCPATH=%s)", g_getenv ("LOCPATH"));
      return;
    }

  eur = hp_money_format (123456, "EUR", HP_MONEY_FORMAT_DEFAULT);
  /* French groups with a narrow no-break space and puts the symbol after. */
  g_assert_cmpstr (eur, ==, "1\u202f234,56 €");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/locale/german", test_german);
  g_test_add_func ("/locale/french", test_french);

  return g_test_run ();
}
