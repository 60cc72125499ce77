/* bench-save.c: how long the main loop stalls while a plan is saved
 *
 *   bench-save [--repeat N] PLAN.json
 *
 * Opens PLAN.json into an HpDocument and, N times each (medians printed):
 *   save-sync         the save as the window used to make it, on the main
 *                     thread (hp_plan_write_file): the loop stalls for all
 *                     of it
 *   save-async        hp_document_save_async(): the longest gap between
 *                     two turns of a 1 ms timeout while it runs (in wall
 *                     time, and in the main thread's own CPU time: on a
 *                     busy machine the first includes other threads' and
 *                     processes' turns), the whole save's time and how
 *                     often the loop turned
 *   draft-sync        a draft (the autosave) written on the main thread
 *                     (hp_drafts_save), as before
 *   draft-async       hp_document_save_draft_async(), as the autosave runs
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
#include "hp-drafts.h"
#include "hp-plan-file.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("PLAN.json");
  int repeat = 3;
  GOptionEntry entries[] = {
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, "Samples of each", "N" },
    { NULL }
  };
  g_autofree char *dir = NULL;
  g_autofree char *target_path = NULL;
  g_autofree char *drafts_dir = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpDocument) document = NULL;
  g_autoptr(GArray) save_sync = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) draft_sync = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(BenchStalls) save_async = bench_stalls_new ();
  g_autoptr(BenchStalls) draft_async = bench_stalls_new ();

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || repeat < 1)
    {
      g_printerr ("usage: bench-save [--repeat N] PLAN.json%s%s\n",
                  error != NULL ? ": " : "", error != NULL ? error->message : "");
      return 2;
    }

  plan = bench_read_plan ("bench-save", argv[1]);
  if (plan == NULL)
    return 1;

  dir = g_dir_make_tmp ("hp-bench-save-XXXXXX", &error);
  g_assert_no_error (error);
  target_path = g_build_filename (dir, "plan.json", NULL);
  drafts_dir = g_build_filename (dir, "drafts", NULL);
  target = g_file_new_for_path (target_path);
  document = g_object_new (HP_TYPE_DOCUMENT, "drafts-dir", drafts_dir, "autosave-delay", 3600, NULL);
  hp_document_set_plan (document, plan, target);

  for (int i = 0; i < repeat; i++)
    {
      g_autofree char *id = hp_draft_new_id ();
      g_autoptr(GDateTime) edited = g_date_time_new_now_utc ();
      BenchWatch save, draft;
      double t0, value;

      /* As before: everything on the main thread. */
      t0 = bench_now_ms ();
      if (!hp_plan_write_file (plan, NULL, target_path, &error))
        g_error ("%s", error->message);
      value = bench_now_ms () - t0;
      g_array_append_val (save_sync, value);

      t0 = bench_now_ms ();
      if (!hp_drafts_save (drafts_dir, id, plan, NULL, edited, &error))
        g_error ("%s", error->message);
      value = bench_now_ms () - t0;
      g_array_append_val (draft_sync, value);
      hp_drafts_remove (drafts_dir, id, NULL);

      /* In the background, as the window saves now. */
      hp_plan_edit (plan, "notes", i % 2 == 0 ? "edited" : "edited again", NULL);
      bench_watch_start (&save);
      hp_document_save_async (document, NULL, NULL, bench_watch_done_cb, &save);
      bench_watch_run (&save);
      if (!hp_document_save_finish (document, save.result, &error))
        g_error ("%s", error->message);
      bench_watch_clear (&save);
      bench_stalls_add (save_async, &save);

      hp_plan_edit (plan, "notes", i % 2 == 0 ? "drafted" : "drafted again", NULL);
      bench_watch_start (&draft);
      hp_document_save_draft_async (document, NULL, bench_watch_done_cb, &draft);
      bench_watch_run (&draft);
      if (!hp_document_save_draft_finish (document, draft.result, &error))
        g_error ("%s", error->message);
      bench_watch_clear (&draft);
      bench_stalls_add (draft_async, &draft);
    }

  bench_print_median ("save-sync-stall-ms", save_sync);
  /* save-async-ms, -longest-stall-ms, -longest-busy-ms, -loop-turns */
  bench_stalls_print (save_async, "save-async");
  bench_print_median ("draft-sync-stall-ms", draft_sync);
  /* draft-async-ms, -longest-stall-ms, -longest-busy-ms, -loop-turns */
  bench_stalls_print (draft_async, "draft-async");

  hp_document_discard_draft (document);
  g_unlink (target_path);
  g_rmdir (drafts_dir);
  g_rmdir (dir);
  return 0;
}
