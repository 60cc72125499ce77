/* bench-export.c: how long the main loop stalls while a plan is exported
 *
 *   bench-export [--repeat N] [--format xlsx|csv|json] PLAN.json
 *
 * Opens PLAN.json into an HpDocument and, N times each (medians printed):
 *   export-sync       the export as the window used to make it, on the main
 *                     thread (hp_plan_write_xlsx and the like): the loop
 *                     stalls for all of it
 *   export-async      hp_document_export_async(): the longest gap between
 *                     two turns of a 1 ms timeout while it runs (in wall
 *                     time, and in the main thread's own CPU time: on a
 *                     busy machine the first includes other threads' and
 *                     processes' turns), the whole export's time and how
 *                     often the loop turned
 *
 * Everything is written into a temporary folder that is removed at the
 * end.  Every figure goes to the standard output as "name value" lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "bench-util.h"
#include "hp-document.h"
#include "hp-file-replace.h"
#include "hp-plan-file.h"
#include "hp-plan-xlsx.h"

static gboolean
export_sync (HpPlan          *plan,
             HpExportFormat   format,
             const char      *path,
             GError         **error)
{
  switch (format)
    {
    case HP_EXPORT_CSV:
      {
        gsize length = 0;
        g_autofree char *text = hp_plan_to_csv_full (plan, NULL, HP_CSV_BOM, &length);

        return hp_file_replace_contents (path, text, length, 0666, NULL, error);
      }
    case HP_EXPORT_JSON:
      return hp_plan_write_file (plan, NULL, path, error);
    case HP_EXPORT_XLSX:
    default:
      return hp_plan_write_xlsx (plan, NULL, path, NULL, error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("PLAN.json");
  int repeat = 3;
  g_autofree char *format_name = NULL;
  GOptionEntry entries[] = {
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, "Samples of each", "N" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, "xlsx (default), csv or json", "FORMAT" },
    { NULL }
  };
  HpExportFormat format;
  g_autofree char *dir = NULL;
  g_autofree char *target_path = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpDocument) document = NULL;
  g_autoptr(GArray) sync_time = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(BenchStalls) async_stalls = bench_stalls_new ();

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || repeat < 1)
    {
      g_printerr ("usage: bench-export [--repeat N] [--format xlsx|csv|json] PLAN.json%s%s\n",
                  error != NULL ? ": " : "", error != NULL ? error->message : "");
      return 2;
    }
  format = hp_export_format_for_path (NULL, format_name);

  plan = bench_read_plan ("bench-export", argv[1]);
  if (plan == NULL)
    return 1;

  dir = g_dir_make_tmp ("hp-bench-export-XXXXXX", &error);
  g_assert_no_error (error);
  target_path = g_build_filename (dir, "export.out", NULL);
  target = g_file_new_for_path (target_path);
  document = g_object_new (HP_TYPE_DOCUMENT, "drafts-dir", dir, "autosave-delay", 3600, NULL);
  hp_document_set_plan (document, plan, NULL);

  for (int i = 0; i < repeat; i++)
    {
      BenchWatch watch;
      double t0, value;

      /* As before: everything on the main thread. */
      t0 = bench_now_ms ();
      if (!export_sync (plan, format, target_path, &error))
        g_error ("%s", error->message);
      value = bench_now_ms () - t0;
      g_array_append_val (sync_time, value);

      /* In the background, as the window exports now. */
      bench_watch_start (&watch);
      hp_document_export_async (document, target, format, NULL, bench_watch_done_cb, &watch);
      bench_watch_run (&watch);
      if (!hp_document_export_finish (document, watch.result, NULL, &error))
        g_error ("%s", error->message);
      bench_watch_clear (&watch);
      bench_stalls_add (async_stalls, &watch);
    }

  bench_print_median ("export-sync-stall-ms", sync_time);
  /* export-async-ms, -longest-stall-ms, -longest-busy-ms, -loop-turns */
  bench_stalls_print (async_stalls, "export-async");

  g_unlink (target_path);
  g_rmdir (dir);
  return 0;
}
