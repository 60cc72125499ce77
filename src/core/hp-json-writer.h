/* hp-json-writer.h: JSON written by hand, in the layout of the plan file
 *
 * Keys in the order they are written, two spaces of indent, amounts as
 * strings with exactly the currency's minor digits, months as "2027-03":
 * the same bytes for the same document.  Used by the plan writer and by
 * the other JSON documents of the core (the difference of two plans).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hp-month.h"

G_BEGIN_DECLS

typedef struct
{
  GString  *out;
  guint     depth;
  gboolean  first;  /* nothing written yet in the open container */
} HpJsonWriter;

#define HP_JSON_WRITER_INIT(string) { (string), 0, TRUE }

/* @text as a JSON string, escaped; invalid UTF-8 is made valid. */
void hp_json_append_string (GString      *out,
                            const char   *text);

/* Each writes "KEY": (or nothing for an element of an array, @key NULL). */
void hp_jw_prefix          (HpJsonWriter *w,
                            const char   *key);
void hp_jw_begin           (HpJsonWriter *w,
                            const char   *key,
                            char          bracket);  /* '{' or '[' */
void hp_jw_end             (HpJsonWriter *w,
                            char          bracket);  /* '}' or ']' */
void hp_jw_string          (HpJsonWriter *w,
                            const char   *key,
                            const char   *value);    /* NULL: null */
void hp_jw_raw_take        (HpJsonWriter *w,
                            const char   *key,
                            char         *value);    /* JSON text, taken */
void hp_jw_int             (HpJsonWriter *w,
                            const char   *key,
                            gint64        value);
void hp_jw_money           (HpJsonWriter *w,
                            const char   *key,
                            gint64        amount,
                            guint         digits);   /* "-1234.50" */
void hp_jw_month           (HpJsonWriter *w,
                            const char   *key,
                            HpMonth       month);    /* HP_MONTH_NONE: null */

G_END_DECLS
