/* hp-plan-file-private.h: what the files of the plan file share, and the
 * two readers behind hp_plan_read(), each on its own, for the tests and
 * the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-json-fields.h"
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

/* The fast reader (hp-plan-fast-reader.c), stopped by @cancellable and
 * telling its progress; @control may be NULL.  On HP_PLAN_FAST_GIVE_UP
 * the full reader reads the document from the start; on
 * HP_PLAN_FAST_CANCELLED @error is set. */
typedef struct
{
  GCancellable           *cancellable;
  HpPlanReadProgressFunc  progress;
  gpointer                progress_data;
} HpPlanReadControl;

typedef enum
{
  HP_PLAN_FAST_OK,
  HP_PLAN_FAST_GIVE_UP,
  HP_PLAN_FAST_CANCELLED,
} HpPlanFastStatus;

HpPlanFastStatus  hp_plan_read_fast_controlled (const char         *data,
                                                gsize               length,
                                                const char         *display_name,
                                                HpPlanReadControl  *control,
                                                HpPlan            **out_plan,
                                                char              **out_notice,
                                                GError            **error);

/* The full reader (hp-plan-reader.c), for the fast one: the members a
 * document and a position may have (NULL-terminated, in the documented
 * order), and the reading of the plan's settings. */
extern const char * const hp_plan_file_top_level_keys[];
extern const char * const hp_plan_file_position_keys[];

const char *hp_plan_file_node_type_name       (JsonNode           *node);
void        hp_plan_file_check_known_members  (JsonObject         *object,
                                               const char         *path,
                                               const char * const *allowed,
                                               HpJsonReport       *report);
void        hp_plan_file_read_settings        (JsonObject         *object,
                                               const char         *path,
                                               HpPlan             *plan,
                                               int                *out_digits,
                                               HpJsonReport       *report);

static inline gboolean
hp_plan_file_node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static inline gboolean
hp_plan_file_node_is_number (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) &&
         (json_node_get_value_type (node) == G_TYPE_INT64 ||
          json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

/* The computed figures a file stores (hp-plan-reader-summary.c), for both
 * readers. */
gboolean    hp_plan_file_is_decimal_text       (const char   *text);
void        hp_plan_file_check_summary_member  (JsonObject   *object,
                                                const char   *path,
                                                HpJsonReport *report);
void        hp_plan_file_check_optional_string (JsonObject   *object,
                                                const char   *path,
                                                const char   *member,
                                                gboolean      is_amount,
                                                HpJsonReport *report);
char       *hp_plan_file_compare_summary       (JsonObject   *stored,
                                                HpSummary    *summary,
                                                const char   *display_name);

/* Numbers as the file and the CSV export write them (hp-plan-numbers.c). */
void        hp_plan_file_append_uint64         (GString      *out,
                                                guint64       value);
void        hp_plan_file_append_int64          (GString      *out,
                                                gint64        value);
void        hp_plan_file_append_money          (GString      *out,
                                                gint64        amount,
                                                guint         digits);
void        hp_plan_file_append_month          (GString      *out,
                                                HpMonth       month);
char       *hp_plan_file_double_to_shortest    (double        value);

G_END_DECLS
