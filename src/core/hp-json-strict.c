/* hp-json-strict.c: a single-pass checker that refuses what json-glib lets by
 *
 * json-glib 1.6 accepts comments, single quotes, hex numbers, trailing data,
 * raw control characters, duplicate keys and integers that wrap around, and
 * it overflows the stack on deep nesting.  A finance file must be exactly
 * JSON, so every document is checked here first; errors say "LINE:COLUMN:".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-json"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-json-fields.h"
#include "hp-json-lex.h"
#include "hp-json-strict.h"

#define LINEAR_KEY_LIMIT 32

typedef struct
{
  const char *start;
  gsize       len;
} Span;

typedef struct
{
  GArray     *keys;    /* of Span, while small */
  GHashTable *set;     /* of decoded keys, once large */
} ObjectKeys;

typedef struct
{
  const char *data;
  const char *p;
  const char *end;
  guint       max_depth;
  guint       depth;
  guint       n_values;
  guint       n_containers;
  int         code;    /* of the error, when not HP_ERROR_SYNTAX */
  GError    **error;
} Scanner;

static void
position_of (Scanner    *s,
             const char *at,
             guint      *line,
             guint      *column)
{
  guint l = 1;
  const char *line_start = s->data;

  for (const char *q = s->data; q < at; q++)
    if (*q == '\n')
      {
        l++;
        line_start = q + 1;
      }

  *line = l;
  /* Columns count characters, not bytes. */
  *column = (guint) g_utf8_strlen (line_start, at - line_start) + 1;
}

G_GNUC_PRINTF (3, 4)
static gboolean
fail (Scanner    *s,
      const char *at,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *short_message = NULL;
  guint line, column;
  va_list args;

  if (at > s->end)
    at = s->end;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* A number or a key quoted in the message may be megabytes long. */
  short_message = hp_json_elide (message, HP_JSON_MAX_MESSAGE_CHARS);

  position_of (s, at, &line, &column);
  g_set_error (s->error, HP_ERROR, s->code, "%u:%u: %s", line, column, short_message);
  return FALSE;
}

static void
skip_ws (Scanner *s)
{
  s->p = hp_json_lex_skip_ws (s->p, s->end);
}

static const char *
describe_char (Scanner *s,
               char    *buf,
               gsize    size)
{
  if (s->p >= s->end)
    return _("the end of the file");

  if (*s->p == '/')
    return _("a comment (JSON has none)");
  if (*s->p == '\'')
    return _("a single quote (JSON strings use double quotes)");

  if ((guchar) *s->p >= 0x20 && (guchar) *s->p < 0x7f)
    g_snprintf (buf, size, "“%c”", *s->p);
  else
    g_snprintf (buf, size, _("the byte 0x%02X"), (guchar) *s->p);

  return buf;
}

static gboolean scan_value (Scanner *s);

/* The message of a token's problem, at its place. */
static gboolean
fail_token (Scanner           *s,
            const HpJsonToken *token,
            const char        *start)
{
  const char *at = token->at;

  switch (token->status)
    {
    case HP_JSON_LEX_UNCLOSED_STRING:
      return fail (s, at, _("this string is never closed"));
    case HP_JSON_LEX_CONTROL_CHAR:
      return fail (s, at, _("a control character inside a string must be escaped"));
    case HP_JSON_LEX_ESCAPE_TRUNCATED:
      return fail (s, at, _("the string ends inside a \\u escape"));
    case HP_JSON_LEX_ESCAPE_HEX:
      return fail (s, at, _("a \\u escape needs four hexadecimal digits"));
    case HP_JSON_LEX_LONE_LOW_SURROGATE:
      return fail (s, at, _("a lone low surrogate in a \\u escape"));
    case HP_JSON_LEX_LONE_HIGH_SURROGATE:
      return fail (s, at, _("a high surrogate in a \\u escape must be followed by a low one"));
    case HP_JSON_LEX_NUL_ESCAPE:
      return fail (s, at, _("a string may not contain a NUL character"));
    case HP_JSON_LEX_BAD_ESCAPE:
      return fail (s, at, _("“\\%c” is not a JSON escape"),
                   g_ascii_isprint (at[1]) ? at[1] : '?');
    case HP_JSON_LEX_BAD_UTF8:
      return fail (s, at, _("this string is not valid UTF-8"));
    case HP_JSON_LEX_NAN_INF:
      return fail (s, at, _("NaN and Infinity are not JSON numbers"));
    case HP_JSON_LEX_NO_DIGITS:
      return fail (s, at, _("a number must have digits after its sign"));
    case HP_JSON_LEX_LEADING_ZERO:
      return fail (s, at, _("a number may not start with a zero (no leading zeros or hexadecimal)"));
    case HP_JSON_LEX_NO_FRACTION_DIGITS:
      return fail (s, at, _("a decimal point must be followed by digits"));
    case HP_JSON_LEX_NO_EXPONENT_DIGITS:
      return fail (s, at, _("an exponent must have digits"));
    case HP_JSON_LEX_INTEGER_RANGE:
    case HP_JSON_LEX_REAL_RANGE:
      {
        g_autofree char *text = g_strndup (start, token->end - start);

        if (token->status == HP_JSON_LEX_INTEGER_RANGE)
          return fail (s, at, _("the number %s is too large for a 64-bit integer"), text);
        return fail (s, at, _("the number %s is out of range"), text);
      }
    case HP_JSON_LEX_OK:
    default:
      g_assert_not_reached ();
    }

  return FALSE;
}

/* Scans a string at s->p (on the opening quote); leaves s->p after the
 * closing quote.  @has_escape tells whether a backslash was seen. */
static gboolean
scan_string (Scanner  *s,
             gboolean *has_escape)
{
  HpJsonToken token;

  if (!hp_json_lex_string (s->p, s->end, NULL, &token))
    return fail_token (s, &token, s->p);

  *has_escape = token.has_escape;
  s->p = token.end;
  return TRUE;
}

static gboolean
scan_number (Scanner *s)
{
  HpJsonToken token;

  if (!hp_json_lex_number (s->p, s->end, &token))
    return fail_token (s, &token, s->p);

  s->p = token.end;
  return TRUE;
}

static gboolean
scan_literal (Scanner    *s,
              const char *word)
{
  gsize len = strlen (word);

  if ((gsize) (s->end - s->p) < len || memcmp (s->p, word, len) != 0)
    {
      char buf[32];
      gsize left = s->end - s->p;

      if (left < len && memcmp (s->p, word, left) == 0)
        return fail (s, s->p, _("the file ends inside “%s”"), word);
      return fail (s, s->p, _("expected a value, found %s"), describe_char (s, buf, sizeof buf));
    }

  s->p += len;
  return TRUE;
}

static char *
decode_key (const Span *span)
{
  g_autofree char *quoted = NULL;
  g_autoptr(JsonNode) node = NULL;

  /* Most keys have no escape: no parser needed. */
  if (memchr (span->start, '\\', span->len) == NULL)
    return g_strndup (span->start, span->len);

  quoted = g_strndup (span->start - 1, span->len + 2);
  node = json_from_string (quoted, NULL);

  return node != NULL ? g_strdup (json_node_get_string (node)) : g_strndup (span->start, span->len);
}

static gboolean
spans_equal (const Span *a,
             const Span *b)
{
  gboolean a_esc = memchr (a->start, '\\', a->len) != NULL;
  gboolean b_esc = memchr (b->start, '\\', b->len) != NULL;

  if (!a_esc && !b_esc)
    return a->len == b->len && memcmp (a->start, b->start, a->len) == 0;

  {
    g_autofree char *da = decode_key (a);
    g_autofree char *db = decode_key (b);
    return g_str_equal (da, db);
  }
}

/* Records a key of the innermost open object; FALSE if it was there already. */
static gboolean
add_key (ObjectKeys *keys,
         const Span *span)
{
  if (keys->set != NULL)
    {
      char *key = decode_key (span);
      if (g_hash_table_contains (keys->set, key))
        {
          g_free (key);
          return FALSE;
        }
      g_hash_table_add (keys->set, key);
      return TRUE;
    }

  for (guint i = 0; i < keys->keys->len; i++)
    if (spans_equal (&g_array_index (keys->keys, Span, i), span))
      return FALSE;

  g_array_append_val (keys->keys, *span);

  if (keys->keys->len > LINEAR_KEY_LIMIT)
    {
      keys->set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < keys->keys->len; i++)
        g_hash_table_add (keys->set, decode_key (&g_array_index (keys->keys, Span, i)));
    }

  return TRUE;
}

static void
object_keys_clear (ObjectKeys *keys)
{
  g_clear_pointer (&keys->keys, g_array_unref);
  g_clear_pointer (&keys->set, g_hash_table_unref);
}

static gboolean
enter (Scanner *s)
{
  s->depth++;
  if (s->depth > s->max_depth)
    {
      s->code = HP_ERROR_TOO_DEEP;
      return fail (s, s->p, _("nesting deeper than %u levels"), s->max_depth);
    }

  if (++s->n_containers > HP_JSON_MAX_CONTAINERS)
    {
      s->code = HP_ERROR_RANGE;
      return fail (s, s->p, _("more than %u objects and arrays: far too many for a plan or a catalog"),
                   HP_JSON_MAX_CONTAINERS);
    }

  return TRUE;
}

static gboolean
scan_object (Scanner *s)
{
  const char *open = s->p;
  ObjectKeys keys = { NULL, NULL };
  gboolean ok = FALSE;

  if (!enter (s))
    return FALSE;

  s->p++;
  skip_ws (s);

  if (s->p < s->end && *s->p == '}')
    {
      s->p++;
      s->depth--;
      return TRUE;
    }

  keys.keys = g_array_new (FALSE, FALSE, sizeof (Span));

  for (;;)
    {
      Span span;
      gboolean esc;
      const char *key_at;
      char buf[32];

      skip_ws (s);
      key_at = s->p;
      if (s->p >= s->end)
        {
          fail (s, open, _("this object is never closed"));
          goto out;
        }
      if (*s->p != '"')
        {
          fail (s, s->p, _("expected a key in double quotes, found %s"),
                describe_char (s, buf, sizeof buf));
          goto out;
        }
      if (!scan_string (s, &esc))
        goto out;

      span.start = key_at + 1;
      span.len = (s->p - 1) - span.start;
      if (!add_key (&keys, &span))
        {
          g_autofree char *name = decode_key (&span);
          fail (s, key_at, _("the key “%s” appears twice in this object"), name);
          goto out;
        }

      skip_ws (s);
      if (s->p >= s->end || *s->p != ':')
        {
          fail (s, s->p, _("expected “:” after a key, found %s"), describe_char (s, buf, sizeof buf));
          goto out;
        }
      s->p++;
      skip_ws (s);

      if (!scan_value (s))
        goto out;

      skip_ws (s);
      if (s->p < s->end && *s->p == ',')
        {
          s->p++;
          skip_ws (s);
          if (s->p < s->end && *s->p == '}')
            {
              fail (s, s->p, _("a comma may not come before “}”"));
              goto out;
            }
          continue;
        }
      if (s->p < s->end && *s->p == '}')
        {
          s->p++;
          break;
        }
      if (s->p >= s->end)
        fail (s, open, _("this object is never closed"));
      else
        fail (s, s->p, _("expected “,” or “}”, found %s"), describe_char (s, buf, sizeof buf));
      goto out;
    }

  s->depth--;
  ok = TRUE;

out:
  object_keys_clear (&keys);
  return ok;
}

static gboolean
scan_array (Scanner *s)
{
  const char *open = s->p;

  if (!enter (s))
    return FALSE;

  s->p++;
  skip_ws (s);

  if (s->p < s->end && *s->p == ']')
    {
      s->p++;
      s->depth--;
      return TRUE;
    }

  for (;;)
    {
      char buf[32];

      skip_ws (s);
      if (!scan_value (s))
        return FALSE;
      skip_ws (s);

      if (s->p < s->end && *s->p == ',')
        {
          s->p++;
          skip_ws (s);
          if (s->p < s->end && *s->p == ']')
            return fail (s, s->p, _("a comma may not come before “]”"));
          continue;
        }
      if (s->p < s->end && *s->p == ']')
        {
          s->p++;
          break;
        }
      if (s->p >= s->end)
        return fail (s, open, _("this array is never closed"));
      return fail (s, s->p, _("expected “,” or “]”, found %s"), describe_char (s, buf, sizeof buf));
    }

  s->depth--;
  return TRUE;
}

static gboolean
scan_value (Scanner *s)
{
  char buf[32];
  gboolean esc;

  skip_ws (s);
  if (s->p >= s->end)
    return fail (s, s->p, _("expected a value, found the end of the file"));

  if (++s->n_values > HP_JSON_MAX_VALUES)
    {
      s->code = HP_ERROR_RANGE;
      return fail (s, s->p, _("more than %u values: far too many for a plan or a catalog"),
                   HP_JSON_MAX_VALUES);
    }

  switch (*s->p)
    {
    case '{': return scan_object (s);
    case '[': return scan_array (s);
    case '"': return scan_string (s, &esc);
    case 't': return scan_literal (s, "true");
    case 'f': return scan_literal (s, "false");
    case 'n': return scan_literal (s, "null");
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return scan_number (s);
    default:
      if (s->end - s->p >= 3 && (memcmp (s->p, "NaN", 3) == 0 || memcmp (s->p, "Inf", 3) == 0))
        return fail (s, s->p, _("NaN and Infinity are not JSON numbers"));
      return fail (s, s->p, _("expected a value, found %s"), describe_char (s, buf, sizeof buf));
    }
}

gboolean
hp_json_check_strict (const char  *data,
                      gsize        length,
                      guint        max_depth,
                      GError     **error)
{
  Scanner s = { .data = data, .p = data, .end = data + length, .max_depth = max_depth,
                .code = HP_ERROR_SYNTAX, .error = error };
  char buf[32];

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    return fail (&s, data, _("the file starts with a byte order mark; save it as UTF-8 without one"));

  skip_ws (&s);
  if (s.p >= s.end)
    {
      g_set_error_literal (error, HP_ERROR, HP_ERROR_SYNTAX,
                           length == 0 ? _("the file is empty") : _("the file holds only white space"));
      return FALSE;
    }

  if (memchr (data, '\0', length) != NULL)
    return fail (&s, memchr (data, '\0', length), _("the file contains a NUL byte: it is not a text file"));

  if (!scan_value (&s))
    return FALSE;

  skip_ws (&s);
  if (s.p < s.end)
    return fail (&s, s.p, _("unexpected %s after the end of the document"),
                 describe_char (&s, buf, sizeof buf));

  return TRUE;
}

/* One value inside a document that is being read by other means: checked
 * as hp_json_check_strict() checks it there, with @depth containers already
 * open around it.  On success *offset moves past the value; on failure it
 * stays and the reason is dropped (the caller reads the document again
 * with the full checker to say where and why). */
gboolean
hp_json_check_strict_value (const char *data,
                            gsize       length,
                            gsize      *offset,
                            guint       depth,
                            guint       max_depth)
{
  g_autoptr(GError) error = NULL;
  Scanner s = { .data = data, .p = data + *offset, .end = data + length, .max_depth = max_depth,
                .depth = depth, .code = HP_ERROR_SYNTAX, .error = &error };

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (*offset <= length, FALSE);

  if (!scan_value (&s))
    return FALSE;

  *offset = (gsize) (s.p - data);
  return TRUE;
}

JsonNode *
hp_json_parse_strict (const char  *data,
                      gsize        length,
                      guint        max_depth,
                      GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!hp_json_check_strict (data, length, max_depth, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      /* The checker accepted it, so this should not happen; say so plainly. */
      g_set_error (error, HP_ERROR, HP_ERROR_SYNTAX, "%s", local_error->message);
      return NULL;
    }

  return json_node_ref (json_parser_get_root (parser));
}
