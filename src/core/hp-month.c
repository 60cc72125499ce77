/* hp-month.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-month"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-month.h"

HpMonth
hp_month_new (int year,
              int month)
{
  g_return_val_if_fail (year >= HP_MONTH_MIN_YEAR && year <= HP_MONTH_MAX_YEAR, HP_MONTH_NONE);
  g_return_val_if_fail (month >= 1 && month <= 12, HP_MONTH_NONE);

  return year * 12 + (month - 1);
}

int
hp_month_get_year (HpMonth month)
{
  return month / 12;
}

int
hp_month_get_month (HpMonth month)
{
  return month % 12 + 1;
}

gboolean
hp_month_is_valid (HpMonth month)
{
  return month >= HP_MONTH_MIN_YEAR * 12 && month <= HP_MONTH_MAX_YEAR * 12 + 11;
}

/* Exactly "YYYY-MM": four digits, a hyphen, two digits. */
gboolean
hp_month_parse (const char  *text,
                HpMonth     *out_month,
                GError     **error)
{
  int year, month;

  g_return_val_if_fail (text != NULL, FALSE);

  if (strlen (text) != 7 || text[4] != '-' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[2]) || !g_ascii_isdigit (text[3]) ||
      !g_ascii_isdigit (text[5]) || !g_ascii_isdigit (text[6]))
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                   _("“%s” is not a month: expected a month like 2027-03"), text);
      return FALSE;
    }

  year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  month = (text[5] - '0') * 10 + (text[6] - '0');

  if (month < 1 || month > 12)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                   _("“%s” is not a month: the month must be 01 to 12"), text);
      return FALSE;
    }

  if (year < HP_MONTH_MIN_YEAR)
    {
      g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                   _("“%s” is too early: the year must be %d or later"), text, HP_MONTH_MIN_YEAR);
      return FALSE;
    }

  if (out_month != NULL)
    *out_month = hp_month_new (year, month);

  return TRUE;
}

char *
hp_month_to_string (HpMonth month)
{
  g_return_val_if_fail (hp_month_is_valid (month), NULL);

  return g_strdup_printf ("%04d-%02d", hp_month_get_year (month), hp_month_get_month (month));
}

static char *
format_with (HpMonth     month,
             const char *format)
{
  g_autoptr(GDateTime) dt = NULL;

  g_return_val_if_fail (hp_month_is_valid (month), NULL);

  dt = g_date_time_new_utc (hp_month_get_year (month), hp_month_get_month (month), 1, 0, 0, 0);
  return g_date_time_format (dt, format);
}

char *
hp_month_format (HpMonth month)
{
  /* TRANSLATORS: a month and its year, in strftime format: "Mar 2027" */
  return format_with (month, _("%b %Y"));
}

char *
hp_month_format_short (HpMonth month)
{
  return format_with (month, "%b");
}

/* Every new position starts in the current month, and GLib 2.74 looks the
 * local time zone up again on every call when TZ is unset (a stat and a
 * readlink of /etc/localtime): that was 14 % of reading a plan of 100,000
 * positions.  The month is looked up again at most once a second. */
HpMonth
hp_month_current (void)
{
  G_LOCK_DEFINE_STATIC (current);
  static gint64 valid_until = G_MININT64;
  static HpMonth cached = HP_MONTH_NONE;
  gint64 now_monotonic = g_get_monotonic_time ();
  HpMonth month = HP_MONTH_NONE;

  G_LOCK (current);
  if (now_monotonic < valid_until)
    month = cached;
  G_UNLOCK (current);

  if (month == HP_MONTH_NONE)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      month = hp_month_new (g_date_time_get_year (now), g_date_time_get_month (now));
      G_LOCK (current);
      cached = month;
      valid_until = now_monotonic + G_USEC_PER_SEC;
      G_UNLOCK (current);
    }

  return month;
}
