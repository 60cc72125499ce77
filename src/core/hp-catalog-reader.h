/* hp-catalog-reader.h: reads and validates one role catalog file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HP_CATALOG_FORMAT  "hiring-planner-catalog"
#define HP_CATALOG_VERSION 1
#define HP_CATALOG_MAX_DEPTH 16

/* Returns an array of HpRole, all or nothing: a file with any problem
 * yields NULL and an error listing every problem found, a line each. */
GPtrArray *hp_catalog_read (const char  *data,
                            gsize        length,
                            const char  *display_name,
                            const char  *origin,
                            GError     **error);

/* The same, with the text of each role in the first of @languages that
 * the catalog translates ("translations"); hp_catalog_read () uses the
 * user's languages (g_get_language_names ()). */
GPtrArray *hp_catalog_read_localized (const char          *data,
                                      gsize                length,
                                      const char          *display_name,
                                      const char          *origin,
                                      const char * const  *languages,
                                      GError             **error);

G_END_DECLS
