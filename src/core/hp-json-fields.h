/* hp-json-fields.h: typed access to JSON members, with errors by path
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A hostile file can hold millions of problems: the report keeps the
 * first ones and counts the others. */
#define HP_JSON_REPORT_MAX_PROBLEMS 100

/* A problem's path or message longer than this, in characters, loses its
 * middle: a value quoted in a message may be megabytes long. */
#define HP_JSON_MAX_MESSAGE_CHARS 400

/* Collects every problem of one document as "FILE: PATH: message", the
 * first HP_JSON_REPORT_MAX_PROBLEMS of them. */
typedef struct
{
  const char *file;
  GPtrArray  *problems; /* of char* */
  guint       n_omitted;
} HpJsonReport;

typedef enum
{
  HP_FIELD_OPTIONAL = 0,
  HP_FIELD_REQUIRED = 1 << 0,
  HP_FIELD_NULLABLE = 1 << 1,
  HP_FIELD_NONEMPTY = 1 << 2,
} HpFieldFlags;

void         hp_json_report_init   (HpJsonReport *report,
                                    const char   *file);
void         hp_json_report_clear  (HpJsonReport *report);
void         hp_json_report_add    (HpJsonReport *report,
                                    const char   *path,
                                    const char   *format,
                                    ...) G_GNUC_PRINTF (3, 4);
gboolean     hp_json_report_take_error (HpJsonReport *report,
                                    GError      **error);

char        *hp_json_elide         (const char   *text,
                                    gsize         max_chars);

char        *hp_json_path_member   (const char   *path,
                                    const char   *member);
char        *hp_json_path_index    (const char   *path,
                                    guint         index);

const char  *hp_json_get_string    (JsonObject   *object,
                                    const char   *path,
                                    const char   *member,
                                    HpFieldFlags  flags,
                                    HpJsonReport *report);
char       **hp_json_get_strv      (JsonObject   *object,
                                    const char   *path,
                                    const char   *member,
                                    HpFieldFlags  flags,
                                    HpJsonReport *report);
gboolean     hp_json_get_int       (JsonObject   *object,
                                    const char   *path,
                                    const char   *member,
                                    HpFieldFlags  flags,
                                    gint64        min,
                                    gint64        max,
                                    gint64       *out,
                                    HpJsonReport *report);
JsonObject  *hp_json_get_object    (JsonObject   *object,
                                    const char   *path,
                                    const char   *member,
                                    HpFieldFlags  flags,
                                    HpJsonReport *report);
JsonArray   *hp_json_get_array     (JsonObject   *object,
                                    const char   *path,
                                    const char   *member,
                                    HpFieldFlags  flags,
                                    HpJsonReport *report);
gboolean     hp_json_member_is_null (JsonObject  *object,
                                    const char   *member);

G_END_DECLS
