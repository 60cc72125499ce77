/* hp-json-lex.c: the JSON string and number tokens, lexed once
 *
 * RFC 8259 exactly: no raw control characters, only the eight escapes and
 * \u with paired surrogates (and no NUL, which C strings cannot hold),
 * valid UTF-8, no leading zeros, digits after a point or an exponent, and
 * numbers that fit (integers in 64 bits, reals finite).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-json"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hp-json-lex.h"

static gboolean
lex_fail (HpJsonToken     *token,
          HpJsonLexStatus  status,
          const char      *at)
{
  token->status = status;
  token->at = at;
  return FALSE;
}

int
hp_json_lex_hex4 (const char *p)
{
  int v = 0;

  for (guint i = 0; i < 4; i++)
    {
      char c = p[i];
      int h;

      if (c >= '0' && c <= '9')
        h = c - '0';
      else if (c >= 'a' && c <= 'f')
        h = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        h = c - 'A' + 10;
      else
        return -1;
      v = (v << 4) | h;
    }

  return v;
}

/* Four hex digits at @at, reporting which one is wrong. */
static gboolean
lex_hex4 (const char  *at,
          const char  *end,
          HpJsonToken *token,
          gunichar    *out)
{
  if (end - at < 4)
    return lex_fail (token, HP_JSON_LEX_ESCAPE_TRUNCATED, at);

  for (guint i = 0; i < 4; i++)
    if (!g_ascii_isxdigit (at[i]))
      return lex_fail (token, HP_JSON_LEX_ESCAPE_HEX, at + i);

  *out = (gunichar) hp_json_lex_hex4 (at);
  return TRUE;
}

/* At a backslash: moves past the escape, appending what it stands for. */
static gboolean
lex_escape (const char  **pp,
            const char   *end,
            const char   *open,
            GString      *decoded,
            HpJsonToken  *token)
{
  const char *esc = *pp;
  const char *p = esc + 1;
  gunichar u;
  char c;

  if (p >= end)
    return lex_fail (token, HP_JSON_LEX_UNCLOSED_STRING, open);

  switch (*p)
    {
    case '"':  c = '"'; break;
    case '\\': c = '\\'; break;
    case '/':  c = '/'; break;
    case 'b':  c = '\b'; break;
    case 'f':  c = '\f'; break;
    case 'n':  c = '\n'; break;
    case 'r':  c = '\r'; break;
    case 't':  c = '\t'; break;

    case 'u':
      if (!lex_hex4 (p + 1, end, token, &u))
        return FALSE;
      p += 5;
      if (u >= 0xDC00 && u <= 0xDFFF)
        return lex_fail (token, HP_JSON_LEX_LONE_LOW_SURROGATE, esc);
      if (u >= 0xD800 && u <= 0xDBFF)
        {
          gunichar low;

          if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
            return lex_fail (token, HP_JSON_LEX_LONE_HIGH_SURROGATE, esc);
          if (!lex_hex4 (p + 2, end, token, &low))
            return FALSE;
          if (low < 0xDC00 || low > 0xDFFF)
            return lex_fail (token, HP_JSON_LEX_LONE_HIGH_SURROGATE, esc);
          u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
          p += 6;
        }
      else if (u == 0)
        return lex_fail (token, HP_JSON_LEX_NUL_ESCAPE, esc);

      if (decoded != NULL)
        {
          char utf8[6];

          g_string_append_len (decoded, utf8, g_unichar_to_utf8 (u, utf8));
        }
      *pp = p;
      return TRUE;

    default:
      return lex_fail (token, HP_JSON_LEX_BAD_ESCAPE, esc);
    }

  if (decoded != NULL)
    g_string_append_c (decoded, c);
  *pp = p + 1;
  return TRUE;
}

gboolean
hp_json_lex_string (const char  *p,
                    const char  *end,
                    GString     *decoded,
                    HpJsonToken *token)
{
  const char *open = p;
  const char *run;

  g_assert (p < end && *p == '"');

  token->status = HP_JSON_LEX_OK;
  token->has_escape = FALSE;
  if (decoded != NULL)
    g_string_truncate (decoded, 0);

  run = ++p;
  for (;;)
    {
      guchar c;

      if (p >= end)
        return lex_fail (token, HP_JSON_LEX_UNCLOSED_STRING, open);

      c = (guchar) *p;
      if (c == '"')
        break;

      if (c < 0x20)
        return lex_fail (token, HP_JSON_LEX_CONTROL_CHAR, p);

      if (c == '\\')
        {
          token->has_escape = TRUE;
          if (decoded != NULL)
            g_string_append_len (decoded, run, p - run);
          if (!lex_escape (&p, end, open, decoded, token))
            return FALSE;
          run = p;
          continue;
        }

      if (c >= 0x80)
        {
          /* A run of non-ASCII bytes: validated as UTF-8 at once. */
          const char *start = p;
          const char *bad = NULL;

          while (p < end && (guchar) *p >= 0x80)
            p++;
          if (!g_utf8_validate (start, p - start, &bad))
            return lex_fail (token, HP_JSON_LEX_BAD_UTF8, bad);
          continue;
        }

      p++;
    }

  if (decoded != NULL)
    g_string_append_len (decoded, run, p - run);
  token->end = p + 1;
  return TRUE;
}

gboolean
hp_json_lex_number (const char  *p,
                    const char  *end,
                    HpJsonToken *token)
{
  const char *start = p;
  gboolean negative = FALSE;
  gboolean range = FALSE;
  gint64 v = 0;  /* accumulated negative, so that G_MININT64 fits */

  token->status = HP_JSON_LEX_OK;
  token->integral = TRUE;
  token->integer = 0;

  if (p < end && *p == '-')
    {
      negative = TRUE;
      p++;
    }

  if (end - p >= 3 && (memcmp (p, "NaN", 3) == 0 || memcmp (p, "Inf", 3) == 0))
    return lex_fail (token, HP_JSON_LEX_NAN_INF, start);

  if (p >= end || !g_ascii_isdigit (*p))
    return lex_fail (token, HP_JSON_LEX_NO_DIGITS, start);

  if (*p == '0')
    {
      p++;
      if (p < end && (g_ascii_isdigit (*p) || *p == 'x' || *p == 'X'))
        return lex_fail (token, HP_JSON_LEX_LEADING_ZERO, start);
    }
  else
    while (p < end && g_ascii_isdigit (*p))
      {
        if (__builtin_mul_overflow (v, 10, &v) || __builtin_sub_overflow (v, *p - '0', &v))
          range = TRUE;
        p++;
      }

  if (p < end && *p == '.')
    {
      token->integral = FALSE;
      p++;
      if (p >= end || !g_ascii_isdigit (*p))
        return lex_fail (token, HP_JSON_LEX_NO_FRACTION_DIGITS, p);
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      token->integral = FALSE;
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p >= end || !g_ascii_isdigit (*p))
        return lex_fail (token, HP_JSON_LEX_NO_EXPONENT_DIGITS, p);
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }

  token->end = p;  /* set on a range error too: the number as written */
  if (token->integral)
    {
      if (range || (!negative && v == G_MININT64))
        return lex_fail (token, HP_JSON_LEX_INTEGER_RANGE, start);
      token->integer = negative ? v : -v;
    }
  else
    {
      g_autofree char *text = g_strndup (start, p - start);

      if (!isfinite (g_ascii_strtod (text, NULL)))
        return lex_fail (token, HP_JSON_LEX_REAL_RANGE, start);
    }

  return TRUE;
}
