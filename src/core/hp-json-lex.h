/* hp-json-lex.h: the JSON string and number tokens, lexed once
 *
 * The strict checker (hp-json-strict.c) and the one-pass plan reader
 * (hp-plan-fast-reader.c) read strings and numbers by these same rules: the
 * checker turns a problem into its message, the fast reader gives up on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  HP_JSON_LEX_OK,
  /* Strings; `at` as noted. */
  HP_JSON_LEX_UNCLOSED_STRING,      /* at the opening quote */
  HP_JSON_LEX_CONTROL_CHAR,         /* at the character */
  HP_JSON_LEX_ESCAPE_TRUNCATED,     /* at the first of the \u digits */
  HP_JSON_LEX_ESCAPE_HEX,           /* at the digit that is not one */
  HP_JSON_LEX_LONE_LOW_SURROGATE,   /* at the backslash */
  HP_JSON_LEX_LONE_HIGH_SURROGATE,  /* at the backslash */
  HP_JSON_LEX_NUL_ESCAPE,           /* at the backslash */
  HP_JSON_LEX_BAD_ESCAPE,           /* at the backslash */
  HP_JSON_LEX_BAD_UTF8,             /* at the first bad byte */
  /* Numbers; `at` the start of the number unless noted. */
  HP_JSON_LEX_NAN_INF,
  HP_JSON_LEX_NO_DIGITS,
  HP_JSON_LEX_LEADING_ZERO,
  HP_JSON_LEX_NO_FRACTION_DIGITS,   /* at the character after the point */
  HP_JSON_LEX_NO_EXPONENT_DIGITS,   /* at the character after the exponent */
  HP_JSON_LEX_INTEGER_RANGE,
  HP_JSON_LEX_REAL_RANGE,
} HpJsonLexStatus;

typedef struct
{
  HpJsonLexStatus  status;
  const char      *at;          /* where the problem is */
  const char      *end;         /* just past the token, when OK or out of range */
  gboolean         has_escape;  /* a string with a backslash */
  gboolean         integral;    /* a number with no fraction or exponent */
  gint64           integer;     /* its value, when integral */
} HpJsonToken;

static inline const char *
hp_json_lex_skip_ws (const char *p,
                     const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
    p++;
  return p;
}

int       hp_json_lex_hex4   (const char  *p); /* four hex digits, or -1 */

/* @p is on the opening quote.  When @decoded is not NULL, it is set to the
 * string's text as json-glib decodes it. */
gboolean  hp_json_lex_string (const char  *p,
                              const char  *end,
                              GString     *decoded,
                              HpJsonToken *token);
/* @p is on the sign or the first digit. */
gboolean  hp_json_lex_number (const char  *p,
                              const char  *end,
                              HpJsonToken *token);

G_END_DECLS
