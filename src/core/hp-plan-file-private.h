/* hp-plan-file-private.h: the two readers behind hp_plan_read(), each on
 * its own, for the tests and the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-plan-file.h"

G_BEGIN_DECLS

/* One pass, no tree: TRUE with *out_plan set, or FALSE when it gave up
 * (any problem at all, or a layout it does not expect). */
gboolean  hp_plan_read_fast  (const char  *data,
                              gsize        length,
                              const char  *display_name,
                              HpPlan     **out_plan,
                              char       **out_notice);

/* The strict checker, json-glib's tree, then every field: slower, and says
 * everything that is wrong. */
HpPlan   *hp_plan_read_tree  (const char  *data,
                              gsize        length,
                              const char  *display_name,
                              char       **out_notice,
                              GError     **error);

G_END_DECLS
