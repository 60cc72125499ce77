/* hp-json-strict.h: strict RFC 8259 reading on top of json-glib
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define HP_JSON_DEFAULT_MAX_DEPTH 64

gboolean  hp_json_check_strict  (const char  *data,
                                 gsize        length,
                                 guint        max_depth,
                                 GError     **error);
JsonNode *hp_json_parse_strict  (const char  *data,
                                 gsize        length,
                                 guint        max_depth,
                                 GError     **error);

G_END_DECLS
