/* hp-plan-numbers.c: numbers, amounts and months as the plan file and its
 * CSV export write them
 *
 * Numbers go straight into the output, with no string in between: a plan
 * of 100,000 positions writes some three million of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-file"

#include "config.h"

#include <math.h>

#include "hp-plan-file-private.h"

void
hp_plan_file_append_uint64 (GString *out,
                            guint64  value)
{
  char buf[24];
  gsize i = sizeof buf;

  do
    {
      buf[--i] = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value != 0);

  g_string_append_len (out, buf + i, (gssize) (sizeof buf - i));
}

void
hp_plan_file_append_int64 (GString *out,
                           gint64   value)
{
  if (value < 0)
    {
      g_string_append_c (out, '-');
      hp_plan_file_append_uint64 (out, (guint64) 0 - (guint64) value);
    }
  else
    hp_plan_file_append_uint64 (out, (guint64) value);
}

/* Exactly hp_money_to_string (): "-1234.50", "1235" with no minor unit. */
void
hp_plan_file_append_money (GString *out,
                           gint64   amount,
                           guint    digits)
{
  guint64 magnitude = amount < 0 ? (guint64) 0 - (guint64) amount : (guint64) amount;
  guint64 scale = 1;
  char fraction[8];

  g_assert (digits <= 4);

  for (guint i = 0; i < digits; i++)
    scale *= 10;

  if (amount < 0)
    g_string_append_c (out, '-');
  hp_plan_file_append_uint64 (out, magnitude / scale);

  if (digits > 0)
    {
      guint64 rest = magnitude % scale;

      for (guint i = digits; i > 0; i--)
        {
          fraction[i - 1] = (char) ('0' + rest % 10);
          rest /= 10;
        }
      g_string_append_c (out, '.');
      g_string_append_len (out, fraction, digits);
    }
}

/* Exactly hp_month_to_string (): "2027-03". */
void
hp_plan_file_append_month (GString *out,
                           HpMonth  month)
{
  int year = hp_month_get_year (month);
  int m = hp_month_get_month (month);
  char buf[7];

  g_assert (hp_month_is_valid (month));

  buf[0] = (char) ('0' + year / 1000);
  buf[1] = (char) ('0' + year / 100 % 10);
  buf[2] = (char) ('0' + year / 10 % 10);
  buf[3] = (char) ('0' + year % 10);
  buf[4] = '-';
  buf[5] = (char) ('0' + m / 10);
  buf[6] = (char) ('0' + m % 10);
  g_string_append_len (out, buf, sizeof buf);
}

/* Shortest decimal text that reads back as @value: "30.25", "1e+300". */
char *
hp_plan_file_double_to_shortest (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];
  int precision;

  for (precision = 1; precision < 17; precision++)
    {
      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }

  /* "30" rather than "3e+01": %g uses an exponent from 10^precision on. */
  if (value != 0 && isfinite (value))
    {
      int exponent = (int) floor (log10 (fabs (value)));

      if (exponent >= precision && exponent < 17)
        precision = exponent + 1;
    }

  g_snprintf (format, sizeof format, "%%.%dg", precision);
  g_ascii_formatd (buf, sizeof buf, format, value);

  return g_strdup (buf);
}
