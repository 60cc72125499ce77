/* hp-money.c: parsing and formatting amounts held in integer minor units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-money"

#include "config.h"

#include <limits.h>
#include <locale.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-money.h"

typedef struct
{
  const char *code;
  guint       minor_digits;
  const char *symbol;
} CurrencyInfo;

/* ISO 4217 minor digits differ from 2 for these; the symbols are the ones a
 * reader recognises without ambiguity.  Any other valid code has 2 digits and
 * is shown by its code. */
static const CurrencyInfo currencies[] = {
  { "USD", 2, "$" },
  { "EUR", 2, "€" },
  { "GBP", 2, "£" },
  { "INR", 2, "₹" },
  { "JPY", 0, "¥" },
  { "KRW", 0, "₩" },
  { "KWD", 3, NULL },
  { "BHD", 3, NULL },
  { "JOD", 3, NULL },
  { "OMR", 3, NULL },
  { "TND", 3, NULL },
};

static const CurrencyInfo *
find_currency (const char *code)
{
  if (code == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (currencies); i++)
    if (g_str_equal (currencies[i].code, code))
      return &currencies[i];

  return NULL;
}

gboolean
hp_currency_is_valid_code (const char *code)
{
  if (code == NULL || strlen (code) != 3)
    return FALSE;

  for (guint i = 0; i < 3; i++)
    if (!g_ascii_isupper (code[i]))
      return FALSE;

  return TRUE;
}

guint
hp_currency_minor_digits (const char *code)
{
  const CurrencyInfo *info = find_currency (code);

  return info != NULL ? info->minor_digits : 2;
}

const char *
hp_currency_symbol (const char *code)
{
  const CurrencyInfo *info = find_currency (code);

  if (info != NULL && info->symbol != NULL)
    return info->symbol;

  return code;
}

static gint64
pow10_i64 (guint n)
{
  gint64 r = 1;

  while (n-- > 0)
    r *= 10;

  return r;
}

/* A strict decimal: an optional minus, digits without a superfluous leading
 * zero, and at most @minor_digits decimals after a point.  No exponent, no
 * spaces, no plus sign: what a finance file must hold exactly. */
gboolean
hp_money_parse (const char  *text,
                guint        minor_digits,
                gint64      *out_amount,
                GError     **error)
{
  const char *p = text;
  gboolean negative = FALSE;
  gint64 units = 0;
  gint64 fraction = 0;
  guint n_int = 0;
  guint n_frac = 0;
  gint64 limit;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (minor_digits <= 4, FALSE);

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  limit = HP_MONEY_MAX / pow10_i64 (minor_digits);

  for (; g_ascii_isdigit (*p); p++, n_int++)
    {
      if (n_int == 1 && units == 0)
        goto not_a_decimal; /* leading zero */
      units = units * 10 + (*p - '0');
      if (units > limit)
        {
          g_set_error (error, HP_ERROR, HP_ERROR_RANGE,
                       _("the amount “%s” is too large"), text);
          return FALSE;
        }
    }

  if (n_int == 0)
    goto not_a_decimal;

  if (*p == '.')
    {
      p++;
      for (; g_ascii_isdigit (*p); p++, n_frac++)
        {
          if (n_frac >= minor_digits)
            {
              while (g_ascii_isdigit (*p))
                p++;
              if (*p != '\0')
                goto not_a_decimal;
              if (minor_digits == 0)
                g_set_error (error, HP_ERROR, HP_ERROR_PRECISION,
                             _("the amount “%s” has decimals, but the currency has no minor unit"),
                             text);
              else
                g_set_error (error, HP_ERROR, HP_ERROR_PRECISION,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "the amount “%s” has more decimals than the currency’s %u",
                                          "the amount “%s” has more decimals than the currency’s %u",
                                          minor_digits),
                             text, minor_digits);
              return FALSE;
            }
          fraction = fraction * 10 + (*p - '0');
        }
      if (n_frac == 0)
        goto not_a_decimal;
    }

  if (*p != '\0')
    goto not_a_decimal;

  fraction *= pow10_i64 (minor_digits - n_frac);

  if (out_amount != NULL)
    {
      gint64 amount = units * pow10_i64 (minor_digits) + fraction;
      *out_amount = negative ? -amount : amount;
    }

  return TRUE;

not_a_decimal:
  g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
               _("“%s” is not an amount: expected a decimal such as 151000.00"),
               text);
  return FALSE;
}

char *
hp_money_to_string (gint64 amount,
                    guint  minor_digits)
{
  guint64 magnitude;
  guint64 scale;

  g_return_val_if_fail (minor_digits <= 4, NULL);

  magnitude = amount < 0 ? (guint64) 0 - (guint64) amount : (guint64) amount;

  if (minor_digits == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, amount < 0 ? "-" : "", magnitude);

  scale = (guint64) pow10_i64 (minor_digits);
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%0*" G_GUINT64_FORMAT,
                          amount < 0 ? "-" : "",
                          magnitude / scale,
                          (int) minor_digits,
                          magnitude % scale);
}

/* Groups the digits of @digits with @sep following a C-library grouping
 * string: sizes from the right, the last one repeating, CHAR_MAX stopping. */
static void
append_grouped (GString    *out,
                const char *digits,
                const char *grouping,
                const char *sep)
{
  gsize len = strlen (digits);
  gsize n_groups = 0;
  gsize cuts[64];
  gsize pos = len;
  const char *g = grouping;
  int size = 3;

  while (pos > 0 && n_groups < G_N_ELEMENTS (cuts))
    {
      if (*g != '\0')
        {
          if (*g == CHAR_MAX || *g <= 0)
            break;
          size = *g;
          g++;
        }
      if (pos <= (gsize) size)
        break;
      pos -= size;
      cuts[n_groups++] = pos;
    }

  for (gsize i = 0, next = n_groups; i < len; i++)
    {
      if (next > 0 && i == cuts[next - 1])
        {
          g_string_append (out, sep);
          next--;
        }
      g_string_append_c (out, digits[i]);
    }
}

typedef struct
{
  const char *decimal_point;
  const char *thousands_sep;
  const char *grouping;
  gboolean    symbol_first;
  gboolean    symbol_space;
} MoneyConventions;

static void
get_conventions (MoneyConventions *conv)
{
  const struct lconv *lc = localeconv ();

  /* The C locale has no monetary conventions at all; we then use the
   * English ones, which a reader of any language recognises. */
  if (lc->mon_decimal_point == NULL || lc->mon_decimal_point[0] == '\0')
    {
      conv->decimal_point = ".";
      conv->thousands_sep = ",";
      conv->grouping = "\3";
      conv->symbol_first = TRUE;
      conv->symbol_space = FALSE;
      return;
    }

  conv->decimal_point = lc->mon_decimal_point;
  conv->thousands_sep = lc->mon_thousands_sep != NULL ? lc->mon_thousands_sep : "";
  conv->grouping = lc->mon_grouping != NULL ? lc->mon_grouping : "";
  conv->symbol_first = lc->p_cs_precedes == 1;
  conv->symbol_space = lc->p_sep_by_space == 1;
}

char *
hp_money_format (gint64              amount,
                 const char         *currency,
                 HpMoneyFormatFlags  flags)
{
  MoneyConventions conv;
  guint digits = hp_currency_minor_digits (currency);
  const char *symbol = hp_currency_symbol (currency);
  g_autofree char *plain = hp_money_to_string (amount < 0 ? -amount : amount, digits);
  g_autoptr(GString) number = g_string_new (NULL);
  GString *out = g_string_new (NULL);
  char *point;
  gboolean space;

  get_conventions (&conv);

  point = strchr (plain, '.');
  if (point != NULL)
    *point = '\0';

  append_grouped (number, plain, conv.grouping, conv.thousands_sep);
  if (point != NULL &&
      !((flags & HP_MONEY_FORMAT_DROP_ZERO_MINOR) && strspn (point + 1, "0") == strlen (point + 1)))
    {
      g_string_append (number, conv.decimal_point);
      g_string_append (number, point + 1);
    }

  /* A code rather than a symbol always gets a space: "KWD 12.345". */
  space = conv.symbol_space || g_str_equal (symbol, currency);

  if (amount < 0)
    g_string_append (out, "−");
  if (conv.symbol_first)
    g_string_append_printf (out, "%s%s%s", symbol, space ? " " : "", number->str);
  else
    g_string_append_printf (out, "%s%s%s", number->str, space ? " " : "", symbol);

  return g_string_free (out, FALSE);
}

char *
hp_number_format_grouped (gint64 value)
{
  MoneyConventions conv;
  g_autofree char *plain = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                            value < 0 ? (guint64) 0 - (guint64) value : (guint64) value);
  GString *out = g_string_new (value < 0 ? "−" : NULL);

  get_conventions (&conv);
  append_grouped (out, plain, conv.grouping, conv.thousands_sep);

  return g_string_free (out, FALSE);
}

char *
hp_money_format_delta (gint64      amount,
                       const char *currency)
{
  g_autofree char *text = hp_money_format (amount, currency, HP_MONEY_FORMAT_DEFAULT);

  return amount > 0 ? g_strconcat ("+", text, NULL) : g_steal_pointer (&text);
}

char *
hp_number_format_delta (gint64 value)
{
  g_autofree char *text = hp_number_format_grouped (value);

  return value > 0 ? g_strconcat ("+", text, NULL) : g_steal_pointer (&text);
}

/* The length of a currency symbol or an ISO code at @p, or 0. */
static gsize
known_symbol_length (const char *p)
{
  for (guint i = 0; i < G_N_ELEMENTS (currencies); i++)
    if (currencies[i].symbol != NULL && g_str_has_prefix (p, currencies[i].symbol))
      return strlen (currencies[i].symbol);

  if (g_ascii_isupper (p[0]) && g_ascii_isupper (p[1]) && g_ascii_isupper (p[2]) && !g_ascii_isalpha (p[3]))
    return 3;

  return 0;
}

/* TRUE when the comma at @p is followed by one or two digits and then the
 * end (or a currency), and no point was typed. */
static gboolean
decimal_comma (const char *p)
{
  guint digits = 0;

  for (p++; g_ascii_isdigit (*p); p++)
    digits++;

  return (digits == 1 || digits == 2) && strchr (p, '.') == NULL && strchr (p, ',') == NULL &&
         !g_ascii_isdigit (*p);
}

/* What a person types: "151,000", "$151,000.50", "151000", "151.000,50 €"
 * in a German locale.  The currency's symbol or code and the locale's
 * grouping are dropped, the locale's decimal separator becomes a point, and
 * the rest must be a strict decimal with at most the currency's digits. */
gboolean
hp_money_parse_input (const char  *text,
                      const char  *currency,
                      gint64      *out_amount,
                      GError     **error)
{
  MoneyConventions conv;
  g_autoptr(GString) clean = g_string_new (NULL);
  const char *symbol = hp_currency_symbol (currency);
  g_autofree char *stripped = NULL;
  const char *p;

  g_return_val_if_fail (text != NULL, FALSE);

  get_conventions (&conv);
  stripped = g_strstrip (g_strdup (text));

  for (p = stripped; *p != '\0'; )
    {
      gsize skip = 0;

      if (g_str_has_prefix (p, symbol))
        p += strlen (symbol);
      else if (currency != NULL && g_str_has_prefix (p, currency))
        p += strlen (currency);
      else if ((skip = known_symbol_length (p)) > 0)
        p += skip; /* left from the currency the plan had before */
      else if (g_str_has_prefix (p, "−"))
        {
          g_string_append_c (clean, '-');
          p += strlen ("−");
        }
      else if (*conv.decimal_point != '\0' && g_str_has_prefix (p, conv.decimal_point))
        {
          g_string_append_c (clean, '.');
          p += strlen (conv.decimal_point);
        }
      else if (*p == ',' && g_str_equal (conv.decimal_point, ".") && decimal_comma (p))
        {
          /* "151000,50" in a locale that writes a point: the comma can only
           * be a decimal comma, as grouping takes three digits. */
          g_string_append_c (clean, '.');
          p++;
        }
      else if (*conv.thousands_sep != '\0' && g_str_has_prefix (p, conv.thousands_sep))
        p += strlen (conv.thousands_sep);
      else if (g_str_has_prefix (p, "\u202f")) /* narrow no-break space */
        p += strlen ("\u202f");
      else if (g_str_has_prefix (p, "\u00a0")) /* no-break space */
        p += strlen ("\u00a0");
      else if (*p == ' ' || (*p == ',' && g_str_equal (conv.decimal_point, ".")))
        p++;
      else
        g_string_append_c (clean, *p++);
    }

  if (clean->len == 0)
    {
      g_set_error_literal (error, HP_ERROR, HP_ERROR_INVALID, _("enter an amount, such as 151000"));
      return FALSE;
    }

  if (!hp_money_parse (clean->str, hp_currency_minor_digits (currency), out_amount, error))
    {
      /* Say it in terms of what was typed. */
      if (error != NULL && *error != NULL && (*error)->code == HP_ERROR_INVALID)
        {
          g_clear_error (error);
          g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                       _("“%s” is not an amount: type digits, such as 151000 or 151,000.50"), stripped);
        }
      return FALSE;
    }

  return TRUE;
}

/* A percentage with at most two decimals, as basis points: "30.5" is 3050. */
gboolean
hp_percent_parse_bp (const char  *text,
                     guint        max_bp,
                     guint       *out_bp,
                     GError     **error)
{
  g_autofree char *stripped = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 bp = 0;
  gsize len;

  g_return_val_if_fail (text != NULL, FALSE);

  stripped = g_strstrip (g_strdup (text));
  len = strlen (stripped);
  if (len > 0 && stripped[len - 1] == '%')
    {
      stripped[len - 1] = '\0';
      g_strstrip (stripped);
    }
  /* "30,5" is how much of Europe writes 30.5. */
  g_strdelimit (stripped, ",", '.');

  if (!hp_money_parse (stripped, 2, &bp, &local_error))
    {
      if (g_error_matches (local_error, HP_ERROR, HP_ERROR_PRECISION))
        g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                     _("“%s” has more than two decimals"), stripped);
      else
        g_set_error (error, HP_ERROR, HP_ERROR_INVALID,
                     _("“%s” is not a percentage: type a number such as 30 or 30.5"), stripped);
      return FALSE;
    }

  if (bp < 0 || bp > (gint64) max_bp)
    {
      g_autofree char *max = hp_percent_format_bp (max_bp);
      g_set_error (error, HP_ERROR, HP_ERROR_RANGE,
                   _("%s%% is out of range: use 0 to %s%%"), stripped, max);
      return FALSE;
    }

  if (out_bp != NULL)
    *out_bp = (guint) bp;

  return TRUE;
}

char *
hp_percent_format_bp (guint bp)
{
  if (bp % 100 == 0)
    return g_strdup_printf ("%u", bp / 100);
  if (bp % 10 == 0)
    return g_strdup_printf ("%u.%u", bp / 100, (bp % 100) / 10);
  return g_strdup_printf ("%u.%02u", bp / 100, bp % 100);
}

/* For people: the locale's decimal separator ("30,5" in German). */
char *
hp_percent_format_bp_display (guint bp)
{
  g_autofree char *plain = hp_percent_format_bp (bp);
  const struct lconv *lc = localeconv ();
  const char *point = lc->decimal_point != NULL && *lc->decimal_point != '\0' ? lc->decimal_point : ".";
  g_auto(GStrv) parts = g_strsplit (plain, ".", 2);

  if (parts[1] == NULL)
    return g_strdup (parts[0]);

  return g_strconcat (parts[0], point, parts[1], NULL);
}
