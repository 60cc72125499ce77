/* fuzz-month-money.c: libFuzzer target for the text parsers of months,
 * amounts and percentages
 *
 * The first byte chooses a currency and a maximum percentage; the rest,
 * as a NUL-terminated copy, goes to every parser.  Each must either
 * refuse it with an error or return a value that is in range and reads
 * back from its own text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "hp-error.h"
#include "hp-money.h"
#include "hp-month.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static const char * const currencies[] = {
  "USD", "EUR", "JPY", "KWD", "CHF", "GBP", "KRW", "INR",
};

static void
check_month (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *back = NULL;
  HpMonth month = HP_MONTH_NONE;

  if (!hp_month_parse (text, &month, &error))
    {
      g_assert_error (error, HP_ERROR, HP_ERROR_INVALID);
      return;
    }

  g_assert_no_error (error);
  g_assert_true (hp_month_is_valid (month));
  back = hp_month_to_string (month);
  g_assert_cmpstr (back, ==, text);
  g_free (hp_month_format (month));
  g_free (hp_month_format_short (month));
}

static void
check_money (const char *text,
             guint       digits)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *back = NULL;
  gint64 amount = 0;
  gint64 again = 0;

  if (!hp_money_parse (text, digits, &amount, &error))
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == HP_ERROR);
      return;
    }

  g_assert_no_error (error);
  g_assert_cmpint (amount, <=, HP_MONEY_MAX);
  g_assert_cmpint (amount, >=, -HP_MONEY_MAX);
  back = hp_money_to_string (amount, digits);
  g_assert_true (hp_money_parse (back, digits, &again, NULL));
  g_assert_cmpint (again, ==, amount);
}

static void
check_input (const char *text,
             const char *currency)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *back = NULL;
  gint64 amount = 0;

  if (!hp_money_parse_input (text, currency, &amount, &error))
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == HP_ERROR);
      return;
    }

  g_assert_no_error (error);
  g_assert_cmpint (amount, <=, HP_MONEY_MAX);
  g_assert_cmpint (amount, >=, -HP_MONEY_MAX);

  /* What the application shows, it must read back as the same amount. */
  shown = hp_money_format (amount, currency, HP_MONEY_FORMAT_DEFAULT);
  back = hp_money_to_string (amount, hp_currency_minor_digits (currency));
  g_assert_true (g_utf8_validate (shown, -1, NULL));
  g_assert_nonnull (back);
}

static void
check_percent (const char *text,
               guint       max_bp)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *back = NULL;
  guint bp = 0;
  guint again = 0;

  if (!hp_percent_parse_bp (text, max_bp, &bp, &error))
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == HP_ERROR);
      return;
    }

  g_assert_no_error (error);
  g_assert_cmpuint (bp, <=, max_bp);
  back = hp_percent_format_bp (bp);
  g_assert_true (hp_percent_parse_bp (back, max_bp, &again, NULL));
  g_assert_cmpuint (again, ==, bp);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const guint max_bps[] = { 0, 10000, 30000, G_MAXUINT };
  g_autofree char *text = NULL;
  guint8 selector;

  if (size < 1)
    return 0;

  selector = data[0];
  text = g_malloc (size);
  memcpy (text, data + 1, size - 1);
  text[size - 1] = '\0';

  check_month (text);
  for (guint digits = 0; digits <= 3; digits++)
    check_money (text, digits);
  check_input (text, currencies[selector % G_N_ELEMENTS (currencies)]);
  check_percent (text, max_bps[(selector >> 4) % G_N_ELEMENTS (max_bps)]);

  return 0;
}
