/* hp-plan-file.h: the hiring-plan file, version 1, and its CSV export
 *
 * The format is described in docs/plan-format.md and, for validators, in
 * data/hiring-plan.schema.json.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hp-catalog.h"
#include "hp-plan.h"
#include "hp-summary.h"

G_BEGIN_DECLS

#define HP_PLAN_FORMAT         "hiring-plan"
#define HP_PLAN_VERSION        1  /* written when a plan has no scenarios */
#define HP_PLAN_VERSION_SCENARIOS 2  /* with scenarios; both are read */
#define HP_PLAN_MAX_DEPTH      32
#define HP_SAMPLE_PLAN_RESOURCE "/io/github/hiringplanner/HiringPlanner/core/examples/sample-team.json"
#define HP_PLAN_MAX_FILE_SIZE  ((goffset) 512 * 1024 * 1024)

/* Reads a plan, all or nothing: on any problem returns NULL and one HP_ERROR
 * whose message lists every problem, a line each ("FILE: PATH: message", or
 * "FILE:LINE:COLUMN: message" for syntax).  The plan's history is empty.
 * When the file's stored summary disagrees with the recomputed one,
 * *out_notice (if not NULL) receives a sentence saying so, else NULL. */
HpPlan   *hp_plan_read          (const char  *data,
                                 gsize        length,
                                 const char  *display_name,
                                 char       **out_notice,
                                 GError     **error);
HpPlan   *hp_plan_read_file     (const char  *path,
                                 char       **out_notice,
                                 GError     **error);

/* hp_plan_read_file() in a worker thread, so that a large plan does not
 * stop the caller's main loop.  @progress (nullable) is called in the
 * thread-default main context of the caller with the fraction read so far
 * (0 to 1, at most a hundred times), never after @callback; @progress_data
 * is freed with @progress_data_free when the read is over.  Cancelling
 * stops the read early with G_IO_ERROR_CANCELLED.  The plan is the same as
 * hp_plan_read_file() returns, its history empty. */
typedef void (*HpPlanReadProgressFunc) (double    fraction,
                                        gpointer  user_data);

void      hp_plan_read_file_async  (const char             *path,
                                    GCancellable           *cancellable,
                                    HpPlanReadProgressFunc  progress,
                                    gpointer                progress_data,
                                    GDestroyNotify          progress_data_free,
                                    GAsyncReadyCallback     callback,
                                    gpointer                user_data);
HpPlan   *hp_plan_read_file_finish (GAsyncResult           *result,
                                    char                  **out_notice,
                                    GError                **error);

/* The file, ending with a newline.  @catalog (nullable) only adds warnings
 * to the summary; @generated_at NULL means now. */
char     *hp_plan_to_json       (HpPlan      *plan,
                                 HpCatalog   *catalog,
                                 GDateTime   *generated_at,
                                 gsize       *out_length);

/* The "summary" object exactly as the file holds it, as a document of its
 * own (ending with a newline); the file holds the same lines, indented by
 * two more spaces.  @plan (nullable) must be the plan it was computed from.
 * NULL when the summary overflowed (summary->overflow). */
char     *hp_summary_to_json    (HpSummary   *summary,
                                 HpPlan      *plan);

/* Replaces @path atomically: the old file stays as it was on any error. */
gboolean  hp_plan_write_file    (HpPlan      *plan,
                                 HpCatalog   *catalog,
                                 const char  *path,
                                 GError     **error);

/* RFC 4180, UTF-8 without a byte order mark, CRLF line ends. */
char     *hp_plan_to_csv        (HpPlan      *plan,
                                 HpCatalog   *catalog,
                                 gsize       *out_length);

/* The same, with a UTF-8 byte order mark first when asked: Excel reads a
 * CSV without one in the Windows code page ("Zürich" becomes "ZÃ¼rich").
 * The window writes the mark; the command line only with --bom. */
typedef enum
{
  HP_CSV_DEFAULT = 0,
  HP_CSV_BOM     = 1 << 0,
} HpCsvFlags;

#define HP_CSV_BOM_BYTES "\xEF\xBB\xBF"

char     *hp_plan_to_csv_full   (HpPlan      *plan,
                                 HpCatalog   *catalog,
                                 HpCsvFlags   flags,
                                 gsize       *out_length);

G_END_DECLS
