/* hp-json-strict.h: strict RFC 8259 reading on top of json-glib
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define HP_JSON_DEFAULT_MAX_DEPTH 64

/* json-glib holds every value of a document in memory, an empty object in
 * about 150 bytes: a document with more values than these, far more than
 * any plan or catalog, is refused before it is parsed. */
#define HP_JSON_MAX_VALUES     10000000
#define HP_JSON_MAX_CONTAINERS 1000000

gboolean  hp_json_check_strict  (const char  *data,
                                 gsize        length,
                                 guint        max_depth,
                                 GError     **error);
JsonNode *hp_json_parse_strict  (const char  *data,
                                 gsize        length,
                                 guint        max_depth,
                                 GError     **error);
gboolean  hp_json_check_strict_value (const char *data,
                                 gsize        length,
                                 gsize       *offset,
                                 guint        depth,
                                 guint        max_depth);

G_END_DECLS
