/* hp-json-writer.c: JSON written by hand, in the layout of the plan file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-file"

#include "config.h"

#include <string.h>

#include "hp-json-writer.h"
#include "hp-plan-file-private.h"

void
hp_json_append_string (GString    *out,
                       const char *text)
{
  g_autofree char *valid = NULL;
  const char *run;

  if (text == NULL)
    text = "";

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');
  run = text;
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      /* Runs that need no escape go out whole. */
      if (c >= 0x20 && c != '"' && c != '\\' && c != 0xE2)
        continue;

      if (c == 0xE2 && !((guchar) p[1] == 0x80 && ((guchar) p[2] == 0xA8 || (guchar) p[2] == 0xA9)))
        continue;

      g_string_append_len (out, run, p - run);

      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case 0xE2:
          /* U+2028 and U+2029 end lines in JavaScript: escape them too. */
          g_string_append (out, (guchar) p[2] == 0xA8 ? "\\u2028" : "\\u2029");
          p += 2;
          break;
        default:
          g_string_append_printf (out, "\\u%04x", c);
          break;
        }
      run = p + 1;
    }
  g_string_append_len (out, run, (gssize) strlen (run));
  g_string_append_c (out, '"');
}

void
hp_jw_prefix (HpJsonWriter *w,
              const char   *key)
{
  static const char spaces[] = "                                                                ";

  if (w->depth > 0)
    {
      g_string_append (w->out, w->first ? "\n" : ",\n");
      for (guint i = 0; i < w->depth; i += (sizeof spaces - 1) / 2)
        g_string_append_len (w->out, spaces, 2 * MIN (w->depth - i, (sizeof spaces - 1) / 2));
    }
  w->first = FALSE;

  if (key != NULL)
    {
      hp_json_append_string (w->out, key);
      g_string_append (w->out, ": ");
    }
}

void
hp_jw_begin (HpJsonWriter *w,
             const char   *key,
             char          bracket)
{
  hp_jw_prefix (w, key);
  g_string_append_c (w->out, bracket);
  w->depth++;
  w->first = TRUE;
}

void
hp_jw_end (HpJsonWriter *w,
           char          bracket)
{
  w->depth--;
  if (!w->first)
    {
      g_string_append_c (w->out, '\n');
      for (guint i = 0; i < w->depth; i++)
        g_string_append (w->out, "  ");
    }
  g_string_append_c (w->out, bracket);
  w->first = FALSE;
}

void
hp_jw_string (HpJsonWriter *w,
              const char   *key,
              const char   *value)
{
  hp_jw_prefix (w, key);
  if (value == NULL)
    g_string_append (w->out, "null");
  else
    hp_json_append_string (w->out, value);
}

/* Takes ownership of @value: a number, true, false or null as JSON text. */
void
hp_jw_raw_take (HpJsonWriter *w,
                const char   *key,
                char         *value)
{
  hp_jw_prefix (w, key);
  g_string_append (w->out, value);
  g_free (value);
}

void
hp_jw_int (HpJsonWriter *w,
           const char   *key,
           gint64        value)
{
  hp_jw_prefix (w, key);
  hp_plan_file_append_int64 (w->out, value);
}

void
hp_jw_money (HpJsonWriter *w,
             const char   *key,
             gint64        amount,
             guint         digits)
{
  hp_jw_prefix (w, key);
  g_string_append_c (w->out, '"');
  hp_plan_file_append_money (w->out, amount, digits);
  g_string_append_c (w->out, '"');
}

void
hp_jw_month (HpJsonWriter *w,
             const char   *key,
             HpMonth       month)
{
  hp_jw_prefix (w, key);
  if (month == HP_MONTH_NONE || !hp_month_is_valid (month))
    {
      g_string_append (w->out, "null");
      return;
    }

  g_string_append_c (w->out, '"');
  hp_plan_file_append_month (w->out, month);
  g_string_append_c (w->out, '"');
}
